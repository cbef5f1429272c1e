import { describe, expect, it } from 'vitest';
import {
  FIDELITY_ITEM_IDS, INSTRUMENTS, IPS25, SAINSBURY_C, fidelityItem, fidelityItemIdSchema, instrumentIdSchema, itemLabel, totalRange,
} from '../../../shared/fidelity';

describe('Sainsbury Centre section C', () => {
  it('has items 1–6 scored 1 to 5 and items 7–8 scored 0 to 3, one level per score, no sections or bands', () => {
    expect(SAINSBURY_C.items.map((i) => i.id)).toEqual(Array.from({ length: 8 }, (_, i) => `sainsbury:${i + 1}`));
    for (const item of SAINSBURY_C.items) {
      const [min, max] = item.number <= 6 ? [1, 5] : [0, 3];
      expect({ id: item.id, min: item.min, max: item.max }).toEqual({ id: item.id, min, max });
      expect(item.levels.map((l) => l.score)).toEqual(Array.from({ length: max - min + 1 }, (_, i) => min + i));
      expect(item.levels.every((l) => l.text.length > 10)).toBe(true);
      expect(item.section).toBeNull();
      expect(item.instrument).toBe('sainsbury_c');
    }
    expect(SAINSBURY_C.sections).toEqual([]);
    expect(SAINSBURY_C.bands).toEqual([]);
    expect(totalRange(SAINSBURY_C)).toEqual({ min: 6, max: 36 });
  });

  it('keeps the seed’s headings and anchor texts', () => {
    expect(fidelityItem('sainsbury:2').title).toBe(
      'Local specialist employment provider is targeted towards finding paid employment consistent with user preference',
    );
    expect(fidelityItem('sainsbury:2').levels[0]!.text).toBe(
      'Employment specialists seldom (<10%) make contact with employers based on client’s preferences and strengths, rather than availability of positions in local job market',
    );
    expect(fidelityItem('sainsbury:3').levels[4]).toEqual({
      score: 5,
      text: 'First face-to-face contact with an employer about a competitive job is on average within 1 month after programme entry',
    });
    expect(fidelityItem('sainsbury:7').levels).toEqual([
      { score: 0, text: 'No audit in last 12 months' },
      { score: 1, text: 'Audit carried out in last 12 months' },
      { score: 2, text: 'Clear action plan developed and key priorities identified' },
      { score: 3, text: 'Significant progress regarding at least one key development priority' },
    ]);
    expect(fidelityItem('sainsbury:8').levels[2]!.text).toBe('Clear action plan developed on basis of audit and key priorities identified');
  });
});

describe('IPS-25', () => {
  it('has 25 items: staffing 3, organisation 8, services 14, each scored 1 to 5 with five levels', () => {
    expect(IPS25.items.map((i) => i.id)).toEqual(Array.from({ length: 25 }, (_, i) => `ips25:${i + 1}`));
    const bySection = (s: string) => IPS25.items.filter((i) => i.section === s).map((i) => i.number);
    expect(bySection('staffing')).toEqual([1, 2, 3]);
    expect(bySection('organisation')).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    expect(bySection('services')).toEqual([12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]);
    for (const item of IPS25.items) {
      expect(item.levels.map((l) => l.score)).toEqual([1, 2, 3, 4, 5]);
      expect(item.description.length).toBeGreaterThan(20);
      expect(new Set(item.levels.map((l) => l.text)).size).toBe(5);
    }
    expect(totalRange(IPS25)).toEqual({ min: 25, max: 125 });
    expect(IPS25.bands.map((b) => [b.key, b.min, b.max])).toEqual([
      ['exemplary', 115, 125],
      ['good', 100, 114],
      ['fair', 74, 99],
      ['not_ips', 25, 73],
    ]);
  });

  it('states the numeric facts DOMAIN gives for the ends of the data-suggested items', () => {
    expect(fidelityItem('ips25:1').levels.map((l) => l.text)).toEqual([
      '41 or more active clients per full-time specialist.',
      '31 to 40 per full-time specialist.',
      '26 to 30 per full-time specialist.',
      '21 to 25 per full-time specialist.',
      '20 or fewer per full-time specialist.',
    ]);
    expect(fidelityItem('ips25:15').levels[4]!.text).toBe('30 days or fewer.');
    expect(fidelityItem('ips25:17').levels[0]!.text).toBe('Fewer than 2 a week.');
    expect(fidelityItem('ips25:21').levels[4]!.text).toBe('95 % or more.');
  });
});

describe('item ids', () => {
  it('are Sainsbury 1–8 then IPS-25 1–25, each naming its own item and accepted by the schema; anything else is refused with a message', () => {
    const expected = [...Array.from({ length: 8 }, (_, i) => `sainsbury:${i + 1}`), ...Array.from({ length: 25 }, (_, i) => `ips25:${i + 1}`)];
    expect(FIDELITY_ITEM_IDS).toEqual(expected);
    expect(Object.keys(INSTRUMENTS)).toEqual(['sainsbury_c', 'ips25']);
    for (const id of FIDELITY_ITEM_IDS) {
      expect({ id, item: fidelityItem(id).id, number: fidelityItem(id).number }).toEqual({ id, item: id, number: Number(id.split(':')[1]) });
      expect(fidelityItemIdSchema.parse(id)).toBe(id);
    }
    for (const bad of ['ips25:26', 'sainsbury:0', 'sainsbury:9', 'IPS25:1', '']) {
      expect(fidelityItemIdSchema.safeParse(bad).error?.issues[0]?.message).toBe(
        `Item "${bad}" is not a fidelity item (expected an id like sainsbury:2 or ips25:15)`,
      );
    }
    expect(instrumentIdSchema.safeParse('ips26').error?.issues[0]?.message).toBe('Instrument "ips26" is not known (expected one of sainsbury_c, ips25)');
    expect(() => fidelityItem('ips25:99' as never)).toThrow('Unknown fidelity item "ips25:99"');
    expect(itemLabel(fidelityItem('ips25:4'))).toBe('Item 4 (Team assignment)');
  });
});
