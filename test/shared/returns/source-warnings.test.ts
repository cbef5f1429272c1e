import { describe, expect, it } from 'vitest';
import { toPublicMetrics } from '../../../shared/outcomes';
import { NO_SAINSBURY_C_REVIEW, figureSourceWarnings, parseFigureRef, type FigureRef, type ReturnSources } from '../../../shared/returns';
import { client, report } from '../outcomes/helpers';

const refs = (...texts: string[]): FigureRef[] =>
  texts.map((t) => {
    const r = parseFigureRef(t);
    if (!r.ok) throw new Error(r.message);
    return r.ref;
  });

describe('warnings about figures with nothing behind them', () => {
  const r = report({ clients: [client('C1')], jobs: [], contacts: [] });
  const sources = (extra: Partial<ReturnSources> = {}): ReturnSources => ({
    report: { period: r.period, metrics: toPublicMetrics(r).metrics },
    service: { name: 'North IPS', manager: null },
    handEntered: [{ key: 'a1', value: 70, source: 'APS', year: '2024' }, { key: 'a2', value: null, source: 'APS', year: null }],
    sainsburyC: null,
    ...extra,
  });

  it('names the hand-entered items the template asks for that are not entered, and section C with no final review', () => {
    const warnings = figureSourceWarnings(refs('sainsbury_a.1', 'sainsbury_a.2', 'sainsbury_a.2.source', 'new_recruits_declaring_mh', 'sainsbury_c.3'), sources(), '2025-26');
    expect(warnings).toEqual([expect.stringMatching(/^Not entered for 2025-26, so left empty: A2, D7\. Enter them on the Reports screen/), NO_SAINSBURY_C_REVIEW]);
  });

  it('says a period over two financial years has no hand-entered figures, and is quiet when nothing is missing', () => {
    expect(figureSourceWarnings(refs('sainsbury_a.1'), sources(), null)).toEqual([expect.stringContaining('spans two financial years')]);
    expect(figureSourceWarnings(refs('sainsbury_a.1', 'referrals', 'sainsbury_c.status'), sources(), '2025-26')).toEqual([]);
    expect(figureSourceWarnings(refs('sainsbury_c.total'), sources({ sainsburyC: { date: '2026-01-01', scores: {} } }), '2025-26')).toEqual([]);
  });
});
