import { describe, expect, it } from 'vitest';
import { activity, client, job, report } from './helpers';

// Snapshot day 31/03/2026 (end of 2025-26, as of 30/06/2026).
const engaged = { vocational_profile_date: '2025-04-10', action_plan_date: '2025-04-20' };

describe('§4.6 Sainsbury Centre section D', () => {
  it('placed_in_work_by_hours: first counted start in P per client; 5 is 5to16, 16 is ge16', () => {
    const clients = ['A', 'B', 'C', 'D', 'E'].map((id) => client(id));
    const jobs = [
      job('a1', 'A', { start_date: '2025-05-01', end_date: '2025-05-31', hours_per_week: 4.5 }),
      job('a2', 'A', { start_date: '2025-07-01', hours_per_week: 30 }), // not A's first job in P
      job('b', 'B', { start_date: '2025-05-01', hours_per_week: 5 }),
      job('c', 'C', { start_date: '2025-05-01', hours_per_week: 15.5 }),
      job('d', 'D', { start_date: '2025-05-01', hours_per_week: 16 }),
      job('e', 'E', { start_date: '2025-05-01', hours_per_week: 16, four_hours_confirmed: false }), // not counted
    ];
    const m = report({ clients, jobs }).metrics.placed_in_work_by_hours;
    // A lt5 (4.5), B 5to16 (5), C 5to16 (15.5), D ge16 (16) → 4 clients.
    expect(m.value).toBe(4);
    expect(m.breakdown).toEqual({ lt5: 1, '5to16': 2, ge16: 1 });
    expect(m.records.jobs).toEqual(['a1', 'b', 'c', 'd']);
  });

  it('currently_employed and unemployed_seeking: shares of the open caseload on snap', () => {
    const clients = [
      client('job', engaged),
      client('retention', { ...engaged, retention_case: true, employment_status_at_referral: '01' }),
      client('seeking', engaged),
      client('not_engaged'),
      client('sheltered', engaged),
      client('closed', { ...engaged, discharge_date: '2025-12-01' }),
    ];
    const jobs = [
      job('j', 'job', { start_date: '2025-06-01' }),
      job('r', 'retention', { start_date: '2015-01-01', four_hours_confirmed: false }), // existing job counts as employed
      job('s', 'sheltered', { start_date: '2025-06-01', competitive: false }),
      job('x', 'seeking', { start_date: '2025-06-01', end_date: '2026-03-30' }), // ended before snap
    ];
    const r = report({ clients, jobs }).metrics;
    // Open: job, retention, seeking, not_engaged, sheltered = 5. Employed: job, retention = 2.
    expect(r.currently_employed).toMatchObject({ value: 0.4, numerator: 2, denominator: 5, records: { clients: ['job', 'retention'] } });
    // Not employed and engaged by snap: seeking, sheltered = 2 of 5.
    expect(r.unemployed_seeking).toMatchObject({ value: 0.4, numerator: 2, records: { clients: ['seeking', 'sheltered'] } });
  });

  it('moved_to_education_volunteering_retirement: of clients open during P, an activity starting in P', () => {
    const clients = [
      client('vol'),
      client('uni', { referral_date: '2024-05-01' }),
      client('old', { referral_date: '2024-05-01' }),
      client('none'),
      client('gone', { referral_date: '2024-05-01', discharge_date: '2025-03-01' }),
    ];
    const activities = [
      activity('vol', '2025-08-01', 'voluntary_work'),
      activity('uni', '2025-09-20', 'university'),
      activity('old', '2025-01-10', 'fe_college'), // before P
      activity('gone', '2025-06-01', 'retirement'), // not open during P
    ];
    // Open during P: vol, uni, old, none = 4; with an activity in P: vol, uni → 0.5.
    expect(report({ clients, activities }).metrics.moved_to_education_volunteering_retirement).toMatchObject({
      value: 0.5,
      numerator: 2,
      denominator: 4,
    });
  });

  it('care plan actions: employment over the open caseload, retention over open clients employed on snap', () => {
    const clients = [
      client('A', { care_plan_employment_actions: 'yes', care_plan_retention_actions: 'yes' }),
      client('B', { care_plan_employment_actions: 'no', care_plan_retention_actions: 'no' }),
      client('C', { care_plan_employment_actions: 'yes' }),
      client('D'), // unknown: in the denominator, not the numerator
    ];
    const jobs = [job('a', 'A', { start_date: '2025-06-01' }), job('b', 'B', { start_date: '2025-06-01' })];
    const r = report({ clients, jobs }).metrics;
    expect(r.care_plan_employment_actions).toMatchObject({ value: 0.5, numerator: 2, denominator: 4 });
    expect(r.care_plan_retention_actions).toMatchObject({ value: 0.5, numerator: 1, denominator: 2, records: { denominatorClients: ['A', 'B'] } });
  });

  it('new_recruits_declaring_mh: the hand-entered figure, null until entered', () => {
    expect(report({ clients: [] }).metrics.new_recruits_declaring_mh).toEqual({ value: null, records: {} });
    expect(report({ clients: [], handEntered: { new_recruits_declaring_mh: 0.032 } }).metrics.new_recruits_declaring_mh.value).toBe(0.032);
    expect(report({ clients: [], handEntered: { new_recruits_declaring_mh: null } }).metrics.new_recruits_declaring_mh.value).toBeNull();
  });
});
