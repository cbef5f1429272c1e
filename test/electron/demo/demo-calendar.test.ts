import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../shared/dates';
import { demoWindow, isoOf, sampleReferralDays, weekdayOf } from '../../../electron/services/demo/demo-calendar';
import { createRng } from '../../../electron/services/demo/prng';

describe('demo calendar', () => {
  it('covers the three financial years ending with the one containing today', () => {
    expect(isoOf(demoWindow('2026-02-14', 3).start)).toBe('2023-04-01');
    expect(isoOf(demoWindow('2026-04-01', 3).start)).toBe('2024-04-01');
    expect(isoOf(demoWindow('2026-03-31', 3).start)).toBe('2023-04-01');
    expect(isoOf(demoWindow('2026-11-22', 1).start)).toBe('2026-04-01');
    expect(demoWindow('2026-02-14', 3).today).toBe(toDayNumber('2026-02-14'));
  });

  it('knows the weekday of a day number', () => {
    expect(weekdayOf(toDayNumber('2026-02-14'))).toBe(6); // a Saturday
    expect(weekdayOf(toDayNumber('2026-02-16'))).toBe(1);
    expect(weekdayOf(toDayNumber('1969-12-28'))).toBe(0); // before day 0 too
  });

  it('puts referrals on working days inside the window, sorted, even when today is a Saturday', () => {
    const window = demoWindow('2026-02-14', 3);
    const days = sampleReferralDays(createRng(5), 500, window);
    expect(days).toHaveLength(500);
    expect([...days].sort((a, b) => a - b)).toEqual(days);
    for (const d of days) {
      expect(d).toBeGreaterThanOrEqual(window.start);
      expect(d).toBeLessThanOrEqual(window.today);
      expect([0, 6]).not.toContain(weekdayOf(d));
    }
  });
});
