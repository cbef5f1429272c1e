import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_RETURNS } from '../../../../electron/xlsx/return-templates';
import { fillTemplate, scanTemplate, type FillResult } from '../../../../electron/xlsx/template';
import { formatUkDate } from '../../../../shared/dates';
import {
  NO_SAINSBURY_C_REVIEW, figureAsText, parseFigureRef, resolveFigure, returnWarnings, type FigureValue,
} from '../../../../shared/returns';
import { demoReturnSources } from './builtin-sources';
import { SOFFICE_MISSING, convertToCsv, csvCell, findSoffice, type CsvSheets } from './libreoffice';

/**
 * The built-in returns in build/templates: still what the script makes, every token a real figure, and
 * filled by the same filler as any template, LibreOffice shows exactly the report's figures.
 */
const committed = (file: string) => readFileSync(new URL(`../../../../build/templates/${file}`, import.meta.url));

const gridOf = (bytes: Buffer) => {
  const scan = scanTemplate(bytes);
  if (!scan.ok) throw new Error(scan.problems.map((p) => p.message).join('\n'));
  return scan.scan;
};

describe('built-in returns as committed', () => {
  for (const built of BUILT_IN_RETURNS) {
    it(`${built.file} is what build/scripts/make-return-templates.ts makes, and every token names a figure`, async () => {
      const fresh = gridOf(await built.make());
      const file = gridOf(committed(built.file));
      expect(file.problems).toEqual([]);
      expect(file.sheets).toEqual(fresh.sheets);
      expect(file.figures).toEqual(fresh.figures);
      expect(file.clientRows).toEqual(fresh.clientRows);
      expect(file.figures.length + file.clientRows.length).toBeGreaterThan(0);
      expect(file.sheets.map((s) => s.name)).toContain(built.clientLevel ? 'Clients' : 'Notes');
    });
  }
});

type Filled = Extract<FillResult, { ok: true }>;

/** Whether LibreOffice's displayed text shows `value`, to the precision it displays. */
function shows(text: string, figure: string, value: FigureValue): boolean {
  if (value === null) return text === '';
  if (typeof value === 'string') return text.includes(value);
  if (typeof value === 'object') return text.includes(formatUkDate(value.date));
  const plain = text.replace(/,/g, '');
  if (/^-?\d+(\.\d+)?%?$/.test(plain)) {
    // Hand-entered percentages are kept as published (74.6 shown as 74.6%); rates are fractions.
    const fraction = plain.endsWith('%') && !/^(sainsbury_a|new_recruits)/.test(figure);
    const shown = fraction ? Number(plain.slice(0, -1)) / 100 : Number(plain.replace('%', ''));
    const decimals = (plain.replace('%', '').split('.')[1] ?? '').length + (fraction ? 2 : 0);
    return Math.abs(shown - value) <= 0.5 * 10 ** -decimals + 1e-9;
  }
  const parsed = parseFigureRef(figure);
  return parsed.ok && text.includes(figureAsText(parsed.ref, value));
}

describe.skipIf(!findSoffice())(`built-in returns filled and opened in LibreOffice${findSoffice() ? '' : ` (${SOFFICE_MISSING})`}`, () => {
  const withReview = demoReturnSources({ sainsburyC: true });
  const noReview = demoReturnSources({ sainsburyC: false });
  const outputs: Array<{ name: string; path: string; result: Filled }> = [];
  let converted: Map<string, CsvSheets>;
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ipsdesk-builtin-'));
    const fill = (name: string, bytes: Buffer, data: typeof withReview) => {
      const result = fillTemplate(bytes, { resolve: (ref) => resolveFigure(ref, data.sources), clients: data.clients });
      if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
      const path = join(dir, `${name}.xlsx`);
      writeFileSync(path, result.bytes);
      outputs.push({ name, path, result });
    };
    for (const built of BUILT_IN_RETURNS) fill(built.id, committed(built.file), withReview);
    fill('sainsbury-no-review', committed('sainsbury-centre-kpis.xlsx'), noReview);
    converted = convertToCsv(findSoffice()!, outputs.map((o) => o.path));
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows every filled figure exactly as the report has it', () => {
    let checked = 0;
    for (const { path, result } of outputs) {
      const sheets = converted.get(path)!;
      for (const f of result.filled) {
        const [sheet, cell] = f.where.split('!') as [string, string];
        const text = csvCell(sheets.get(sheet), cell);
        expect(shows(text, f.figure, f.value), `${f.where} ${f.figure}: shows "${text}", report has ${JSON.stringify(f.value)}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('shows the key figures of the report where a commissioner looks for them', () => {
    const ips = converted.get(outputs.find((o) => o.name === 'ips-standard-data-set')!.path)!.get('Return');
    const m = withReview.report.metrics;
    const row = (label: string) => ips!.find((r) => r[1] === label)!;
    expect(row('Referrals to the service').slice(2, 4)).toEqual([String(m.referrals.value), String(m.referrals.people)]);
    expect(row('Job starts (every job counts)').slice(2, 4)).toEqual([String(m.job_starts.value), String(m.job_starts.people)]);
    const sustained = m.sustained_13w_lt16.value! + m.sustained_13w_ge16.value!;
    expect(row('13 weeks')[4]).toBe(String(sustained));
    expect(row('Employment rate (IPS Grow 2024 definition)')[2]).toBe(`${(m.employment_rate.value! * 100).toFixed(1)}%`);
    expect(ips![2]![0]).toBe('Service: Riverside IPS Employment Service');
    expect(ips![3]![0]).toBe('Reporting period: Financial year 2025-26: 01/04/2025 to 31/03/2026');
  });

  it('gives section C from the final review, or says that none has been finalised', () => {
    const kpis = (name: string) => converted.get(outputs.find((o) => o.name === name)!.path)!.get('KPIs')!;
    const total = (rows: string[][]) => rows.find((r) => r[1] === 'Total (out of 36)')![2];
    expect(kpis('sainsbury-centre-kpis').some((r) => r[0] === 'Scores from the final review of 12/02/2026')).toBe(true);
    expect(total(kpis('sainsbury-centre-kpis'))).toBe('25');
    expect(kpis('sainsbury-no-review').some((r) => r[0] === NO_SAINSBURY_C_REVIEW)).toBe(true);
    expect(total(kpis('sainsbury-no-review'))).toBe('');
  });

  it('lists one pseudonymised row per client in the client-level extract', () => {
    const out = outputs.find((o) => o.name === 'client-level-extract')!;
    const rows = converted.get(out.path)!.get('Clients')!;
    const first = out.result.clientRows[0]!;
    const data = rows.slice(first.firstRow - 1, first.firstRow - 1 + first.rows);
    expect(data.map((r) => r[0])).toEqual(withReview.clients.map((c) => c['client.pseudonym']));
    expect(data.map((r) => r[1])).toEqual(withReview.clients.map((c) => formatUkDate((c['client.referral_date'] as { date: string }).date)));
    expect(rows.flat().some((t) => t.startsWith('DEMO-'))).toBe(false);
  });
});

describe('a built-in return for a period with no records', () => {
  it('is filled with zeros, and the resolver warns', () => {
    const empty = demoReturnSources({ period: '2015-16', asOf: '2026-06-30' });
    const result = fillTemplate(committed('ips-standard-data-set.xlsx'), { resolve: (ref) => resolveFigure(ref, empty.sources), clients: [] });
    expect(result.ok).toBe(true);
    expect(result.ok && result.filled.find((f) => f.figure === 'referrals')?.value).toBe(0);
    expect(returnWarnings(empty.sources)).toEqual([expect.stringContaining('No records fall in')]);
  });
});
