import { describe, expect, it } from 'vitest';
import { checkAsOfDate, financialYearOfPeriod, parseReportPeriod } from '../../shared/report-period';
import { SAINSBURY_A_ITEMS, financialYearSchema, handEnteredFiguresSchema } from '../../shared/sainsbury-a';

const SPELLINGS = 'is not a financial year like 2025-26, a quarter like 2025-26-Q3 or a range like 2025-04-01..2025-09-30';

describe('report period text', () => {
  it('parses the three spellings', () => {
    expect(parseReportPeriod(' 2025-26 ')).toMatchObject({ start: '2025-04-01', end: '2026-03-31' });
    expect(parseReportPeriod('2025-26-Q3')).toMatchObject({ start: '2025-10-01', end: '2025-12-31' });
    expect(parseReportPeriod('2025-04-01..2025-09-30')).toMatchObject({ start: '2025-04-01', end: '2025-09-30' });
  });

  it('refuses with the three spellings, and says what is wrong when it can', () => {
    expect(() => parseReportPeriod('2025-27')).toThrow(`Period "2025-27" ${SPELLINGS}: a financial year runs April to March`);
    expect(() => parseReportPeriod('Q3')).toThrow(new Error(`Period "Q3" ${SPELLINGS}`));
    expect(() => parseReportPeriod('2025-26-Q5')).toThrow(`Period "2025-26-Q5" ${SPELLINGS}: the quarter must be Q1, Q2, Q3 or Q4`);
    expect(() => parseReportPeriod('2025-09-30..2025-04-01')).toThrow(`${SPELLINGS}: the start must be on or before the end`);
    expect(() => parseReportPeriod('  ')).toThrow('Period is required: give a financial year like 2025-26');
  });

  it('checks an as-of date, naming the field', () => {
    expect(checkAsOfDate('2026-02-28')).toBe('2026-02-28');
    expect(() => checkAsOfDate('2026-02-29', '--as-of')).toThrow('--as-of "2026-02-29" is not a real date (YYYY-MM-DD)');
  });

  it('gives the financial year of a period for its hand-entered figures, none for a range over two years', () => {
    expect(financialYearOfPeriod(parseReportPeriod('2025-26-Q4'))).toBe('2025-26');
    expect(financialYearOfPeriod(parseReportPeriod('2025-05-01..2025-05-31'))).toBe('2025-26');
    expect(financialYearOfPeriod(parseReportPeriod('2025-03-01..2025-04-30'))).toBeNull();
  });
});

describe('Sainsbury section A items', () => {
  it('are items 1–13 of seed 003: 1–10 percentages, 11–13 statements', () => {
    expect(SAINSBURY_A_ITEMS.map((i) => i.number)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(SAINSBURY_A_ITEMS.filter((i) => i.kind === 'statement').map((i) => i.number)).toEqual([11, 12, 13]);
    expect(SAINSBURY_A_ITEMS[0]!.text).toBe('% of local population who are employed');
    expect(SAINSBURY_A_ITEMS[12]!.guidance).toHaveLength(6);
  });

  it('financial years run April to March', () => {
    expect(financialYearSchema.parse(' 2099-00 ')).toBe('2099-00');
    expect(financialYearSchema.safeParse('2025-27').error?.issues.map((i) => i.message)).toEqual([
      'Financial year must run April to March, so the second year follows the first (like 2025-26)',
    ]);
  });

  it('accept a blank item, and 0 and 100 as percentages', () => {
    const parsed = handEnteredFiguresSchema.parse({
      financialYear: '2025-26',
      items: [
        { key: 'a1', value: 0, source: 'LFS', year: '2024' },
        { key: 'a2', value: 100, source: 'LFS' },
        { key: 'a3', value: '', source: '', year: '' },
      ],
    });
    expect(parsed.items).toEqual([
      { key: 'a1', value: 0, source: 'LFS', year: '2024' },
      { key: 'a2', value: 100, source: 'LFS', year: null },
      { key: 'a3', value: null, source: null, year: null },
    ]);
    const twice = handEnteredFiguresSchema.safeParse({ financialYear: '2025-26', items: [{ key: 'a1', value: null }, { key: 'a1', value: null }] });
    expect(twice.error?.issues.map((i) => i.message)).toEqual(['Item A1 is given twice']);
    const yearOnly = handEnteredFiguresSchema.safeParse({ financialYear: '2025-26', items: [{ key: 'a4', value: null, source: 'LFS', year: '2024' }] });
    expect(yearOnly.error?.issues.map((i) => i.message)).toEqual(['Item A4: a year is given but no value']);
  });
});
