import { describe, expect, it } from 'vitest';
import { defaultReviewPeriod, nextReviewDue, reviewDueState } from '../../../shared/fidelity';
import { ips25WithTotal, scored } from './helpers';

const ips25 = (review_date: string, total: number) => ({ ...ips25WithTotal(total), review_date });

describe('defaultReviewPeriod', () => {
  it('is the 12 months up to and including the review date', () => {
    expect(defaultReviewPeriod('2026-01-15')).toEqual({ start: '2025-01-16', end: '2026-01-15' });
    expect(defaultReviewPeriod('2026-03-31')).toEqual({ start: '2025-04-01', end: '2026-03-31' });
    // 29 Feb 2024 − 12 months = 28 Feb 2023, so the period starts 1 March 2023.
    expect(defaultReviewPeriod('2024-02-29')).toEqual({ start: '2023-03-01', end: '2024-02-29' });
  });
});

describe('nextReviewDue', () => {
  it('IPS-25: 6 months after a final review below good (99 or less), 12 after good or exemplary (100 or more)', () => {
    expect(nextReviewDue(ips25('2025-06-10', 73))).toMatchObject({ due: '2025-12-10', intervalMonths: 6 });
    expect(nextReviewDue(ips25('2025-06-10', 99))).toMatchObject({ due: '2025-12-10', intervalMonths: 6 });
    expect(nextReviewDue(ips25('2025-06-10', 100))).toMatchObject({ due: '2026-06-10', intervalMonths: 12 });
    expect(nextReviewDue(ips25('2025-06-10', 125))).toMatchObject({ due: '2026-06-10', intervalMonths: 12 });
    // Unscored items: no band, so below good.
    expect(nextReviewDue({ ...scored('ips25', Array(24).fill(5)), review_date: '2025-06-10' }).intervalMonths).toBe(6);
    // A month without the day: the month's last day.
    expect(nextReviewDue(ips25('2025-08-31', 80)).due).toBe('2026-02-28');
    expect(nextReviewDue(ips25('2025-06-10', 80)).rule).toMatch(/below good .* 6 months/);
  });

  it('Sainsbury section C: yearly, whatever its scores', () => {
    expect(nextReviewDue({ ...scored('sainsbury_c', [1, 1, 1, 1, 1, 1, 0, 0]), review_date: '2025-06-10' })).toMatchObject({
      due: '2026-06-10',
      intervalMonths: 12,
    });
  });
});

describe('reviewDueState', () => {
  it('due soon from 30 days before the due date to the day itself, overdue the day after', () => {
    expect(reviewDueState('2026-06-10', '2026-05-10')).toEqual({ state: 'not_due', daysUntilDue: 31 });
    expect(reviewDueState('2026-06-10', '2026-05-11')).toEqual({ state: 'due_soon', daysUntilDue: 30 });
    expect(reviewDueState('2026-06-10', '2026-06-10')).toEqual({ state: 'due_soon', daysUntilDue: 0 });
    expect(reviewDueState('2026-06-10', '2026-06-11')).toEqual({ state: 'overdue', daysUntilDue: -1 });
  });
});
