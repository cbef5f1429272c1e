import { describe, expect, it } from 'vitest';
import { fromDayNumber, isIsoDate, toDayNumber } from '../../shared/dates';

/** The calendar as JavaScript's Date keeps it: the reference isIsoDate's arithmetic must agree with. */
function realDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  t.setUTCFullYear(y, m - 1, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

describe('isIsoDate', () => {
  it('agrees with the calendar on every month and day number of years around every kind of leap rule', () => {
    const years = [100, 101, 1600, 1700, 1800, 1899, 1900, 1904, 1999, 2000, 2023, 2024, 2025, 2026, 2100, 2400, 9996, 9999];
    for (const y of years) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) expect(isIsoDate(iso(y, m, d)), iso(y, m, d)).toBe(m >= 1 && m <= 12 && d >= 1 && realDate(y, m, d));
      }
    }
  });

  it('takes every day from 1800 to 2300, as fromDayNumber writes them', () => {
    for (let day = toDayNumber('1800-01-01'); day <= toDayNumber('2300-12-31'); day++) {
      if (!isIsoDate(fromDayNumber(day))) expect.fail(`${fromDayNumber(day)} refused`);
    }
  });

  it('refuses what is not written YYYY-MM-DD, and years before 100', () => {
    for (const text of ['2024-4-01', '2024-04-1', ' 2024-04-01', '2024-04-01 ', '24-04-01', '01/04/2024', '2024/04/01', '２０２４-04-01', '0099-12-31', '0000-01-01', '', 'x']) {
      expect(isIsoDate(text), text).toBe(false);
    }
  });
});
