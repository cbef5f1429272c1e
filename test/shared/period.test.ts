import { describe, expect, it } from 'vitest';
import {
  financialYearOf, financialYearsBetween, parsePeriod, periodLengthDays, periodOptions, periodRangeSchema, periodStringSchema, quarterOf, quartersOf,
  tryParsePeriod,
} from '../../shared/period';

describe('parsePeriod', () => {
  it('reads a financial year as 1 April to 31 March', () => {
    expect(parsePeriod('2025-26')).toEqual({ start: '2025-04-01', end: '2026-03-31', label: 'Financial year 2025-26' });
  });

  it('reads the four quarters of a financial year (Q4 is January–March of the next calendar year)', () => {
    expect(parsePeriod('2025-26-Q1')).toMatchObject({ start: '2025-04-01', end: '2025-06-30' });
    expect(parsePeriod('2025-26-Q2')).toMatchObject({ start: '2025-07-01', end: '2025-09-30' });
    expect(parsePeriod('2025-26-Q3')).toMatchObject({ start: '2025-10-01', end: '2025-12-31' });
    expect(parsePeriod('2025-26-Q4')).toEqual({ start: '2026-01-01', end: '2026-03-31', label: '2025-26 Q4 (January to March 2026)' });
  });

  it('accepts a lower-case q, surrounding spaces and the century turn (2099-00)', () => {
    expect(parsePeriod(' 2025-26-q2 ').start).toBe('2025-07-01');
    expect(parsePeriod('2099-00')).toMatchObject({ start: '2099-04-01', end: '2100-03-31' });
  });

  it('reads a custom range, including a single day', () => {
    expect(parsePeriod('2025-05-01..2025-05-31')).toEqual({ start: '2025-05-01', end: '2025-05-31', label: '01/05/2025 to 31/05/2025' });
    expect(parsePeriod('2025-05-01 .. 2025-05-01')).toMatchObject({ start: '2025-05-01', end: '2025-05-01' });
  });

  it.each([
    ['', /Period is required/],
    ['2025-27', /second year must follow the first \(2025-26\)/],
    ['2025-26-Q5', /quarter must be Q1, Q2, Q3 or Q4/],
    ['2025-26-Q0', /quarter must be Q1, Q2, Q3 or Q4/],
    ['1850-51', /year must be between/],
    ['2025-06-31..2025-07-01', /start "2025-06-31" is not a real date/],
    ['2025-06-01..2025-13-01', /end "2025-13-01" is not a real date/],
    ['2025-06-02..2025-06-01', /start must be on or before the end/],
    ['last year', /not recognised/],
    ['2025/26', /not recognised/],
  ])('rejects %j with a clear message', (text, message) => {
    expect(() => parsePeriod(text)).toThrow(message);
    const result = tryParsePeriod(text);
    expect(result.ok).toBe(false);
  });
});

describe('periodStringSchema', () => {
  it('parses to the period, or fails with the parser message', () => {
    expect(periodStringSchema.parse('2024-25')).toMatchObject({ start: '2024-04-01', end: '2025-03-31' });
    const bad = periodStringSchema.safeParse('2024-26');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/second year must follow the first \(2024-25\)/);
    expect(periodStringSchema.safeParse(42).success).toBe(false);
  });
});

describe('financial year helpers', () => {
  it('financialYearOf switches on 1 April', () => {
    expect(financialYearOf('2026-03-31')).toBe('2025-26');
    expect(financialYearOf('2026-04-01')).toBe('2026-27');
    expect(financialYearOf('2026-01-01')).toBe('2025-26');
  });

  it('quarterOf and quartersOf', () => {
    expect(quarterOf('2025-04-01')).toBe('2025-26-Q1');
    expect(quarterOf('2025-09-30')).toBe('2025-26-Q2');
    expect(quarterOf('2025-10-01')).toBe('2025-26-Q3');
    expect(quarterOf('2026-03-31')).toBe('2025-26-Q4');
    expect(quartersOf('2025-26')).toEqual(['2025-26-Q1', '2025-26-Q2', '2025-26-Q3', '2025-26-Q4']);
    expect(() => quartersOf('2025-26-Q1')).toThrow(/not a financial year/);
  });

  it('periodOptions lists each year then its started quarters, newest first', () => {
    const options = periodOptions('2025-08-15', 1);
    expect(options.map((o) => o.value)).toEqual([
      '2025-26', '2025-26-Q1', '2025-26-Q2',
      '2024-25', '2024-25-Q1', '2024-25-Q2', '2024-25-Q3', '2024-25-Q4',
    ]);
    expect(options[0]).toMatchObject({ kind: 'year', start: '2025-04-01', end: '2026-03-31' });
  });

  it('financialYearsBetween covers a data span; periodLengthDays counts both ends', () => {
    expect(financialYearsBetween('2023-05-01', '2025-04-01')).toEqual(['2025-26', '2024-25', '2023-24']);
    expect(periodLengthDays(parsePeriod('2025-26'))).toBe(365);
    expect(periodLengthDays(parsePeriod('2023-24'))).toBe(366); // 29/02/2024
    expect(periodLengthDays(parsePeriod('2025-05-01..2025-05-01'))).toBe(1);
  });
});

describe('periodRangeSchema', () => {
  it('accepts real dates in order and names the field that is wrong', () => {
    expect(periodRangeSchema.parse({ start: '2025-04-01', end: '2025-04-01' })).toEqual({ start: '2025-04-01', end: '2025-04-01' });
    const messages = (v: unknown) => periodRangeSchema.safeParse(v).error?.issues.map((i) => i.message);
    expect(messages({ start: '2025-02-30', end: '2025-04-01' })).toEqual(['Period start must be a real date (YYYY-MM-DD)']);
    expect(messages({ start: '2025-04-02', end: '2025-04-01' })).toEqual(['Period start must be on or before the period end']);
    expect(messages({ end: '2025-04-01' })).toEqual(['Period start is required']);
  });
});
