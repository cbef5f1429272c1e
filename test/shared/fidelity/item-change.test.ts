import { describe, expect, it } from 'vitest';
import { applyItemChange, type StoredReviewItem } from '../../../shared/fidelity';

const blank = (item: StoredReviewItem['item']): StoredReviewItem => ({ item, score: null, evidence: null, sources: [], not_enough_evidence: false, suggestion: null });
const ok = (result: ReturnType<typeof applyItemChange>) => {
  if (!result.ok) throw new Error(result.message);
  return result.item;
};

describe('applyItemChange', () => {
  it('changes only the fields given', () => {
    const start = { ...blank('ips25:4'), score: 3, evidence: 'Rota', sources: ['records' as const] };
    expect(ok(applyItemChange(start, { not_enough_evidence: true }, null))).toEqual({ ...start, not_enough_evidence: true });
    expect(ok(applyItemChange(start, { evidence: null }, null))).toEqual({ ...start, evidence: null });
    expect(ok(applyItemChange(start, {}, null))).toEqual(start);
  });

  it('keeps sources once each, in the code list’s order', () => {
    expect(ok(applyItemChange(blank('ips25:4'), { sources: ['documents', 'interviews', 'documents', 'records'] }, null)).sources).toEqual([
      'records', 'interviews', 'documents',
    ]);
  });

  it('keeps the live suggestion beside a new score, not beside the same score saved again, and clears it with the score', () => {
    const live = { score: 3, figure: 0.6 };
    const scored = ok(applyItemChange(blank('ips25:16'), { score: 2 }, live));
    expect(scored).toMatchObject({ score: 2, suggestion: { score: 3, figure: 0.6 } });
    const later = { score: 5, figure: 1 };
    expect(ok(applyItemChange(scored, { score: 2 }, later)).suggestion).toEqual({ score: 3, figure: 0.6 });
    expect(ok(applyItemChange(scored, { score: 4 }, later)).suggestion).toEqual({ score: 5, figure: 1 });
    expect(ok(applyItemChange(scored, { score: null }, later))).toMatchObject({ score: null, suggestion: null });
  });

  it('scores with the suggestion only when asked, and refuses when there is none', () => {
    expect(ok(applyItemChange(blank('ips25:1'), { acceptSuggestion: true }, { score: 4, figure: 22.5 }))).toMatchObject({ score: 4, suggestion: { score: 4, figure: 22.5 } });
    expect(applyItemChange(blank('ips25:1'), { acceptSuggestion: true }, { score: null, figure: null })).toMatchObject({ ok: false, field: 'acceptSuggestion' });
    expect(applyItemChange(blank('ips25:2'), { acceptSuggestion: true }, null)).toEqual({
      ok: false, field: 'acceptSuggestion', message: 'Item 2 (Time on employment work) has no suggestion from the data',
    });
    expect(ok(applyItemChange(blank('ips25:2'), { score: 5 }, null)).suggestion).toBeNull();
  });

  it('refuses a score outside the item’s range or not whole, naming the item', () => {
    expect(applyItemChange(blank('sainsbury:8'), { score: 4 }, null)).toEqual({ ok: false, field: 'score', message: 'Item 8 (Audit of client feedback): score must be a whole number from 0 to 3' });
    expect(applyItemChange(blank('sainsbury:8'), { score: 0 }, null).ok).toBe(true);
    expect(applyItemChange(blank('ips25:3'), { score: 0 }, null).ok).toBe(false);
    expect(applyItemChange(blank('ips25:3'), { score: 2.5 }, null).ok).toBe(false);
    expect(applyItemChange(blank('ips25:3'), { score: Number.NaN }, null).ok).toBe(false);
  });
});
