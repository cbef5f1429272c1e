import { describe, expect, it } from 'vitest';
import { bandOf, compareReviews, ips25Band, scoreSummary, unscoredItems } from '../../../shared/fidelity';
import { ips25WithTotal, scored } from './helpers';

describe('IPS-25 bands', () => {
  it.each([
    [25, 'not_ips'],
    [73, 'not_ips'],
    [74, 'fair'],
    [99, 'fair'],
    [100, 'good'],
    [114, 'good'],
    [115, 'exemplary'],
    [125, 'exemplary'],
  ])('a total of %i is %s, from the item scores and from the total alike', (total, band) => {
    expect(ips25Band(total)).toBe(band);
    const summary = scoreSummary(ips25WithTotal(total));
    expect(summary.total).toBe(total);
    expect(summary.complete).toBe(true);
    expect(summary.band?.key).toBe(band);
  });

  it('refuses a total an IPS-25 review cannot have', () => {
    for (const total of [24, 126, 99.5]) expect(() => ips25Band(total)).toThrow(/IPS-25 total must be a whole number from 25 to 125/);
  });

  it('Sainsbury has a total and no band', () => {
    expect(bandOf('sainsbury_c', 20)).toBeNull();
    expect(() => bandOf('sainsbury_c', 37)).toThrow(/from 6 to 36/);
  });
});

describe('scoreSummary', () => {
  it('adds IPS-25 section subtotals: staffing 1–3, organisation 4–11, services 12–25', () => {
    // Staffing 5+4+3 = 12; organisation 8 items of 2 = 16; services 14 items of 4 = 56; total 84 → fair.
    const review = scored('ips25', [5, 4, 3, ...Array(8).fill(2), ...Array(14).fill(4)]);
    const summary = scoreSummary(review);
    expect(summary.sections.map((s) => [s.section, s.subtotal, s.max, s.scored, s.items, s.complete])).toEqual([
      ['staffing', 12, 15, 3, 3, true],
      ['organisation', 16, 40, 8, 8, true],
      ['services', 56, 70, 14, 14, true],
    ]);
    expect(summary).toMatchObject({ total: 84, min: 25, max: 125, scored: 25, items: 25, complete: true, unscored: [] });
    expect(summary.band).toMatchObject({ key: 'fair', label: 'Fair fidelity' });
  });

  it('a draft with unscored items: the total so far, which items are missing, and no band', () => {
    // 4 + 5 + (2 unscored) + 22 × 3 = 75 so far; with item 3 and item 20 unscored.
    const scores: (number | null)[] = [4, 5, null, ...Array(22).fill(3)];
    scores[19] = null;
    scores[24] = 3;
    const summary = scoreSummary(scored('ips25', scores));
    expect(summary.total).toBe(4 + 5 + 22 * 3 - 3);
    expect(summary.complete).toBe(false);
    expect(summary.band).toBeNull();
    expect(summary.unscored.map((i) => i.id)).toEqual(['ips25:3', 'ips25:20']);
    expect(summary.sections[0]).toMatchObject({ subtotal: 9, scored: 2, complete: false });
    expect(unscoredItems(scored('ips25', scores)).map((i) => i.number)).toEqual([3, 20]);
  });

  it('Sainsbury: items 1–6 from 1, items 7–8 from 0; a total only', () => {
    // 5+4+3+2+1+5 = 20, plus 0 + 3 = 23.
    const summary = scoreSummary(scored('sainsbury_c', [5, 4, 3, 2, 1, 5, 0, 3]));
    expect(summary).toMatchObject({ total: 23, min: 6, max: 36, complete: true, sections: [], band: null, unscored: [] });
  });

  it('refuses a score outside its item’s range or an item of the other instrument', () => {
    expect(() => scoreSummary(scored('sainsbury_c', [0]))).toThrow('Item sainsbury:1: score 0 is outside 1 to 5');
    expect(() => scoreSummary(scored('sainsbury_c', [1, 1, 1, 1, 1, 1, 4]))).toThrow('Item sainsbury:7: score 4 is outside 0 to 3');
    expect(() => scoreSummary({ instrument: 'ips25', items: [{ item: 'sainsbury:1', score: 3 }] })).toThrow('Item sainsbury:1 is not part of IPS-25');
  });
});

describe('compareReviews', () => {
  it('gives per-item, section, total and band changes', () => {
    // Before: every item 3 → 75, fair. Now: item 1 up to 5, item 12 down to 2, items 13–25 up to 5 → 75 + 2 − 1 + 13 × 2 = 102, good.
    const before = scored('ips25', Array(25).fill(3));
    const nowScores = Array<number>(25).fill(3);
    nowScores[0] = 5;
    nowScores[11] = 2;
    for (let i = 12; i < 25; i++) nowScores[i] = 5;
    const c = compareReviews(scored('ips25', nowScores), before);
    expect(c.items[0]).toEqual({ item: 'ips25:1', current: 5, previous: 3, change: 2 });
    expect(c.items[11]).toEqual({ item: 'ips25:12', current: 2, previous: 3, change: -1 });
    expect(c.items[5]).toEqual({ item: 'ips25:6', current: 3, previous: 3, change: 0 });
    expect(c.sections).toEqual([
      { section: 'staffing', current: 11, previous: 9, change: 2 },
      { section: 'organisation', current: 24, previous: 24, change: 0 },
      { section: 'services', current: 67, previous: 42, change: 25 },
    ]);
    expect(c.total).toEqual({ current: 102, previous: 75, change: 27 });
    expect(c.band.current?.key).toBe('good');
    expect(c.band.previous?.key).toBe('fair');
    expect(c.band.direction).toBe('up');
    expect(compareReviews(before, scored('ips25', nowScores)).band.direction).toBe('down');
    expect(compareReviews(before, before).band.direction).toBe('same');
  });

  it('no change for an unscored item, an incomplete section or total, and no band direction', () => {
    const partial = scored('ips25', [null, ...Array(24).fill(4)]);
    const c = compareReviews(partial, scored('ips25', Array(25).fill(3)));
    expect(c.items[0]).toEqual({ item: 'ips25:1', current: null, previous: 3, change: null });
    expect(c.sections[0]).toEqual({ section: 'staffing', current: null, previous: 9, change: null });
    expect(c.sections[1]).toEqual({ section: 'organisation', current: 32, previous: 24, change: 8 });
    expect(c.total).toEqual({ current: null, previous: 75, change: null });
    expect(c.band).toEqual({ current: null, previous: expect.objectContaining({ key: 'fair' }), direction: null });
  });

  it('compares Sainsbury totals, and refuses reviews of different instruments', () => {
    const c = compareReviews(scored('sainsbury_c', [5, 5, 5, 5, 5, 5, 3, 3]), scored('sainsbury_c', [1, 2, 3, 4, 5, 1, 0, 1]));
    expect(c.total).toEqual({ current: 36, previous: 17, change: 19 });
    expect(c.sections).toEqual([]);
    expect(c.band.direction).toBeNull();
    expect(() => compareReviews(scored('ips25', []), scored('sainsbury_c', []))).toThrow(/same instrument/);
  });
});
