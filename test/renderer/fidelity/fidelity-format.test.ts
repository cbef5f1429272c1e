import { describe, expect, it } from 'vitest';
import type { InstrumentSchedule } from '../../../shared/ipc/fidelity';
import {
  bandText, changeText, dueText, parseReviewers, periodText, reviewName, reviewersText, startLabel, timestampText, totalText, workingText,
} from '../../../renderer/src/screens/fidelity/fidelity-format';

const schedule = (over: Partial<InstrumentSchedule>): InstrumentSchedule => ({
  instrument: 'ips25',
  title: 'IPS-25',
  latest_final: { id: 'r1', review_date: '2025-07-01' },
  due: '2026-01-01',
  interval_months: 6,
  rule: 'rule',
  state: 'not_due',
  days_until_due: 40,
  ...over,
});

describe('how the fidelity screens word things', () => {
  it('names reviews, periods and reviewers with dates as dd/mm/yyyy', () => {
    expect(reviewName({ instrument: 'ips25', review_date: '2026-01-15' })).toBe('IPS-25 review of 15/01/2026');
    expect(reviewName({ instrument: 'sainsbury_c', review_date: '2026-01-15' })).toBe('Sainsbury Centre C review of 15/01/2026');
    expect(periodText({ start: '2025-01-16', end: '2026-01-15' })).toBe('16/01/2025 to 15/01/2026');
    expect(reviewersText([])).toBe('No reviewer named yet');
    expect(reviewersText(['Ann'])).toBe('Ann');
    expect(reviewersText(['Ann', 'Ben', 'Carl'])).toBe('Ann, Ben and Carl');
    expect(startLabel('ips25')).toBe('Start an IPS-25 review');
    expect(startLabel('sainsbury_c')).toBe('Start a Sainsbury Centre C review');
  });

  it('gives a partial total as "so far" and a band only when it can be trusted', () => {
    expect(totalText({ total: 87, max: 125, scored: 25, items: 25, complete: true })).toBe('87 out of 125');
    expect(totalText({ total: 70, max: 125, scored: 20, items: 25, complete: false })).toBe('70 so far (20 of 25 items scored)');
    expect(bandText('ips25', { label: 'Good fidelity' }, true)).toBe('Good fidelity');
    expect(bandText('ips25', null, false)).toBe('When every item is scored');
    expect(bandText('sainsbury_c', null, true)).toBe('None for this instrument');
  });

  it('writes changes with a sign, a real minus and words for none', () => {
    expect(changeText(3)).toBe('+3');
    expect(changeText(-2)).toBe('−2');
    expect(changeText(0)).toBe('No change');
    expect(changeText(null)).toBe('–');
  });

  it('says when the next review is due, and how urgent it is', () => {
    expect(dueText(schedule({ state: 'overdue', days_until_due: -5 }))).toEqual({ headline: 'Overdue by 5 days (due 01/01/2026)', tone: 'overdue' });
    expect(dueText(schedule({ state: 'overdue', days_until_due: -1 }))).toEqual({ headline: 'Overdue by 1 day (due 01/01/2026)', tone: 'overdue' });
    expect(dueText(schedule({ state: 'due_soon', days_until_due: 0 }))).toEqual({ headline: 'Due today (01/01/2026)', tone: 'soon' });
    expect(dueText(schedule({ state: 'due_soon', days_until_due: 12 }))).toEqual({ headline: 'Due in 12 days, on 01/01/2026', tone: 'soon' });
    expect(dueText(schedule({ state: 'not_due', days_until_due: 40 }))).toEqual({ headline: 'Next due 01/01/2026', tone: 'fine' });
    expect(dueText(schedule({ state: 'never_reviewed', due: null, days_until_due: null, latest_final: null }))).toEqual({ headline: 'No final review yet', tone: 'none' });
  });

  it('reads reviewers typed in one box, split at commas or new lines', () => {
    expect(parseReviewers(' Ann Smith, Ben Jones\nCarl ,, ')).toEqual(['Ann Smith', 'Ben Jones', 'Carl']);
    expect(parseReviewers('')).toEqual([]);
  });

  it('shows when a review was made final in local time', () => {
    const local = new Date(2026, 0, 15, 14, 3);
    expect(timestampText(local.toISOString())).toBe('15/01/2026 at 14:03');
    expect(timestampText('not a time')).toBe('not a time');
  });

  it('says how a suggestion’s figure is worked out, in its own units', () => {
    expect(workingText({ unit: 'share', numerator: 12, denominator: 15 })).toBe('12 of 15');
    expect(workingText({ unit: 'days', numerator: 3177, denominator: 95 })).toBe('3,177 days in all, over 95 clients');
    expect(workingText({ unit: 'clients_per_fte', numerator: 41, denominator: 2.5 })).toBe('41 active clients ÷ 2.5 full-time equivalent staff');
    expect(workingText({ unit: 'contacts_per_fte_per_week', numerator: 1, denominator: 104.285714 })).toBe(
      '1 face-to-face employer contact ÷ 104.29 (weeks × full-time equivalent staff)',
    );
  });
});
