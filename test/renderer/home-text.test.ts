import { describe, expect, it } from 'vitest';
import { actionOverdueText, evidenceText, kpiFigures, milestoneText, onTrackText, reviewDueText } from '../../renderer/src/screens/home/home-text';

const milestone = { client_id: 'C-1', clientRecordId: null, name: 'Jane Smith', weeks: 13 as const, date: '2026-01-20', job_id: 'J-1', employer: 'Harbour Coffee', evidence: null };

describe('home screen words', () => {
  it('says what evidence to collect for a milestone, or what is held', () => {
    expect(milestoneText(milestone)).toBe('13 weeks in work at Harbour Coffee on 20/01/2026');
    expect(evidenceText(milestone)).toBe('Collect evidence: employer letter, payslip, timesheet or signed self-declaration.');
    expect(evidenceText({ evidence: 'payslip' })).toBe('Evidence held: payslip. Check it still covers the job.');
  });

  it('states a count year to date against its pro-rata target, and a rate against its target', () => {
    const count = { id: 'kpi_job_starts', title: 'Job starts (KPI)', actual: 9, targetSoFar: 8.5, targetText: '17 to 26 a year', kind: 'count' as const, onTrack: true };
    expect(kpiFigures(count)).toEqual({ actual: '9 so far', target: '8.5 by now (17 to 26 a year)' });
    const rate = { id: 'sustainment_rate_13w', title: 'Job sustainment rate at 13 weeks', actual: 0.583, targetSoFar: 0.6, targetText: '60% or more', kind: 'rate' as const, onTrack: false };
    expect(kpiFigures(rate)).toEqual({ actual: '58%', target: '60% or more' });
    expect(kpiFigures({ ...rate, actual: null, onTrack: null }).actual).toBe('No one to count yet');
    expect([true, false, null].map(onTrackText)).toEqual(['On track', 'Behind', 'Nothing to judge yet']);
  });

  it('says when a fidelity review is due and how late an action is', () => {
    const review = { instrument: 'ips25' as const, title: 'IPS-25', latest_final: null, due: '2026-02-01', interval_months: 12, rule: '', state: 'due_soon' as const, days_until_due: 10 };
    expect(reviewDueText(review)).toBe('Due 01/02/2026 (in 10 days)');
    expect(reviewDueText({ ...review, state: 'overdue', days_until_due: -1 })).toBe('Overdue since 01/02/2026 (1 day)');
    expect(reviewDueText({ ...review, state: 'never_reviewed', due: null, days_until_due: null })).toBe('Never reviewed: due now');
    const action = {
      action: { id: 'a', review_id: 'r', position: 1, items: [], action: 'Weekly employer visits', owner: 'Dana', due_date: '2026-01-01', status: 'in_progress' as const, progress: [] },
      review: { id: 'r', instrument: 'ips25' as const, review_date: '2025-12-01', status: 'final' as const },
      days_overdue: 14,
    };
    expect(actionOverdueText(action)).toBe('due 01/01/2026, 14 days overdue, Dana');
  });
});
