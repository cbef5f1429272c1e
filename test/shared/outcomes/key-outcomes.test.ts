import { describe, expect, it } from 'vitest';
import { client, job, metric, report } from './helpers';

// Period 2025-26 = 01/04/2025–31/03/2026, as of 30/06/2026 unless a test says otherwise.

describe('§4.1 key outcomes', () => {
  it('referrals: referral date in P; an as-of date inside P cuts later ones off', () => {
    const clients = [
      client('before', { referral_date: '2025-03-31' }),
      client('first', { referral_date: '2025-04-01' }),
      client('oct', { referral_date: '2025-10-01' }),
      client('last', { referral_date: '2026-03-31' }),
      client('after', { referral_date: '2026-04-01' }),
    ];
    // first, oct, last = 3.
    expect(metric({ clients }, 'referrals')).toMatchObject({ value: 3, people: 3, records: { clients: ['first', 'oct', 'last'] } });
    // As of 30/09/2025 only "first" had happened.
    expect(metric({ clients }, 'referrals', '2025-26', '2025-09-30').value).toBe(1);
  });

  it('referrals_in_work: retention cases and status 01 among referrals in P', () => {
    const clients = [
      client('ret', { retention_case: true }),
      client('s01', { employment_status_at_referral: '01' }),
      client('s02', { employment_status_at_referral: '02' }),
      client('blank'),
      client('old01', { referral_date: '2025-03-01', employment_status_at_referral: '01' }), // not referred in P
    ];
    // ret + s01 = 2.
    expect(metric({ clients }, 'referrals_in_work')).toMatchObject({ value: 2, records: { clients: ['ret', 's01'] } });
  });

  it('engaged: engagement date (later of profile and plan) in P; blank action plan never engaged', () => {
    const clients = [
      client('in', { vocational_profile_date: '2025-04-20', action_plan_date: '2025-05-02' }), // 02/05/2025 in P
      client('spans', { referral_date: '2025-02-01', vocational_profile_date: '2025-03-10', action_plan_date: '2025-04-01' }), // 01/04/2025: in P
      client('early', { referral_date: '2025-01-01', vocational_profile_date: '2025-02-01', action_plan_date: '2025-03-31' }), // before P
      client('noplan', { vocational_profile_date: '2025-04-20' }),
    ];
    expect(metric({ clients }, 'engaged')).toMatchObject({ value: 2, records: { clients: ['in', 'spans'] } });
  });

  it('job_starts: counted jobs starting in P; people = distinct clients', () => {
    const clients = [
      client('C1'),
      client('C2'),
      client('C3'),
      client('C4'),
      client('C5', { referral_date: '2025-06-01', retention_case: true, employment_status_at_referral: '01' }),
    ];
    const jobs = [
      job('j1', 'C1', { start_date: '2025-05-01', end_date: '2025-05-20' }),
      job('j2', 'C1', { start_date: '2025-06-01' }),
      job('j3', 'C2', { start_date: '2026-03-31' }),
      job('j4', 'C3', { start_date: '2025-06-01', four_hours_confirmed: false }), // four hours not confirmed
      job('j5', 'C4', { start_date: '2025-06-01', competitive: false }), // sheltered work
      job('j6', 'C5', { start_date: '2019-01-01' }), // retention client's existing job: never a start
      job('j7', 'C2', { start_date: '2026-04-01' }), // after P
    ];
    // j1, j2, j3 = 3 starts by C1 and C2 = 2 people.
    expect(metric({ clients, jobs }, 'job_starts')).toMatchObject({
      value: 3,
      people: 2,
      records: { jobs: ['j1', 'j2', 'j3'], clients: ['C1', 'C2'] },
    });
    // As of 31/05/2025 only j1 had started.
    expect(metric({ clients, jobs }, 'job_starts', '2025-26', '2025-05-31')).toMatchObject({ value: 1, people: 1 });
  });

  it('people_into_work: job entry in P, one per client ever', () => {
    const clients = [client('new'), client('already', { referral_date: '2024-06-01' }), client('unconfirmed')];
    const jobs = [
      job('a', 'new', { start_date: '2025-05-01', end_date: '2025-05-31' }),
      job('b', 'new', { start_date: '2025-07-01' }), // second job: still one person
      job('c', 'already', { start_date: '2024-09-01', end_date: '2024-12-31' }), // entry in 2024-25
      job('d', 'already', { start_date: '2025-05-01' }),
      job('e', 'unconfirmed', { start_date: '2025-05-01', four_hours_confirmed: false }),
    ];
    expect(metric({ clients, jobs }, 'people_into_work')).toMatchObject({ value: 1, records: { clients: ['new'] } });
  });

  it('sustained_*: milestone date in P, by hours band (16 hours is ge16)', () => {
    const clients = [client('full'), client('part')];
    const jobs = [
      job('f', 'full', { start_date: '2025-05-01', hours_per_week: 16 }),
      job('p', 'part', { start_date: '2025-05-01', hours_per_week: 10 }),
    ];
    // Both: 13 weeks on 30/07/2025, 26 weeks on 29/10/2025 (in P), 52 weeks on 29/04/2026 (after P).
    const r = report({ clients, jobs });
    expect(r.metrics.sustained_13w_ge16).toMatchObject({ value: 1, people: 1, records: { clients: ['full'] } });
    expect(r.metrics.sustained_13w_lt16).toMatchObject({ value: 1, records: { clients: ['part'] } });
    expect(r.metrics.sustained_26w_ge16.value).toBe(1);
    expect(r.metrics.sustained_26w_lt16.value).toBe(1);
    expect(r.metrics.sustained_52w_ge16.value).toBe(0);
    expect(r.metrics.sustained_52w_lt16.value).toBe(0);
    // In 2026-27 as of 30/06/2026 the 52-week outcomes (29/04/2026) count; as of 28/04/2026 they do not exist yet.
    expect(report({ clients, jobs }, '2026-27', '2026-06-30').metrics.sustained_52w_ge16.value).toBe(1);
    expect(report({ clients, jobs }, '2026-27', '2026-04-28').metrics.sustained_52w_ge16.value).toBe(0);
  });

  it('retention_outcomes: retention cases whose return-to-work date is in P', () => {
    const ret = { retention_case: true, employment_status_at_referral: '01' as const };
    const clients = [
      client('back', { ...ret, retention_return_date: '2025-06-01' }),
      client('notyet', ret),
      client('lastyear', { ...ret, referral_date: '2025-01-01', retention_return_date: '2025-03-01' }),
    ];
    expect(metric({ clients }, 'retention_outcomes')).toMatchObject({ value: 1, records: { clients: ['back'] } });
  });

  it('carried_over_in_work: referred before P, open on its first day, in a counted job that day', () => {
    const clients = [
      client('yes', { referral_date: '2024-06-01' }),
      client('ended', { referral_date: '2024-06-01' }),
      client('sameday', { referral_date: '2025-04-01' }), // not referred before P
      client('gone', { referral_date: '2024-06-01', discharge_date: '2025-04-01' }), // discharged on start(P)
      client('retention', { referral_date: '2024-06-01', retention_case: true, employment_status_at_referral: '01' }),
    ];
    const jobs = [
      job('y', 'yes', { start_date: '2024-09-01' }),
      job('e', 'ended', { start_date: '2024-09-01', end_date: '2025-03-31' }),
      job('s', 'sameday', { start_date: '2025-04-01' }),
      job('g', 'gone', { start_date: '2024-09-01' }),
      job('r', 'retention', { start_date: '2018-01-01' }), // not a counted job
    ];
    expect(metric({ clients, jobs }, 'carried_over_in_work')).toMatchObject({ value: 1, records: { clients: ['yes'] } });
    // As of a date before P starts, nothing about 01/04/2025 is known yet.
    expect(metric({ clients, jobs }, 'carried_over_in_work', '2025-26', '2025-03-15').value).toBe(0);
  });
});
