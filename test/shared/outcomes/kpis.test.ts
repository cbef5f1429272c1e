import { describe, expect, it } from 'vitest';
import { client, job, report } from './helpers';

describe('§4.4 annual KPIs', () => {
  it('kpi_engaged and kpi_job_starts repeat engaged and job_starts', () => {
    const clients = [client('A', { vocational_profile_date: '2025-04-10', action_plan_date: '2025-04-11' }), client('B')];
    const jobs = [job('j1', 'A'), job('j2', 'A', { start_date: '2025-09-01' }), job('j3', 'B')];
    const r = report({ clients, jobs });
    expect(r.metrics.kpi_engaged).toEqual(r.metrics.engaged);
    expect(r.metrics.kpi_job_starts).toEqual(r.metrics.job_starts);
    // A engaged on 11/04/2025; B never.
    expect(r.metrics.kpi_engaged).toMatchObject({ value: 1, records: { clients: ['A'] } });
    expect(r.metrics.kpi_job_starts).toMatchObject({ value: 3, people: 2, records: { jobs: ['j1', 'j2', 'j3'] } });
  });

  it('sustainment_rate_13w: entry + 90 in P; sustained if the 13-week milestone is on or before snap', () => {
    const clients = ['A', 'B', 'C', 'D', 'E'].map((id) => client(id, { referral_date: '2024-11-01' }));
    const jobs = [
      job('a', 'A', { start_date: '2025-05-01' }), // entry + 90 = 30/07/2025 in P; 13 weeks on 30/07/2025
      job('b', 'B', { start_date: '2025-05-01', end_date: '2025-06-30' }), // 61 days only
      job('c', 'C', { start_date: '2026-02-01' }), // entry + 90 = 02/05/2026: after P
      job('d', 'D', { start_date: '2024-12-01' }), // entry + 90 = 01/03/2025: before P
      job('e1', 'E', { start_date: '2025-05-01', end_date: '2025-05-31' }),
      job('e2', 'E', { start_date: '2025-07-13' }), // new chain after 42 days off: 13 weeks on 11/10/2025
    ];
    // Denominator A, B, E; numerator A, E → 2/3.
    expect(report({ clients, jobs }).metrics.sustainment_rate_13w).toMatchObject({
      value: 2 / 3,
      numerator: 2,
      denominator: 3,
      records: { clients: ['A', 'E'], denominatorClients: ['A', 'B', 'E'] },
    });
    // As of 15/08/2025: same denominator (all three entry + 90 dates are by then), E's outcome (11/10) not yet → 1/3.
    expect(report({ clients, jobs }, '2025-26', '2025-08-15').metrics.sustainment_rate_13w).toMatchObject({ numerator: 1, denominator: 3 });
  });

  it('sustainment_rate_26w and _52w: entry + 181 and entry + 363', () => {
    const clients = [client('A')];
    const jobs = [job('a', 'A', { start_date: '2025-05-01' })];
    const r = report({ clients, jobs });
    // + 181 = 29/10/2025 in P and reached; + 363 = 29/04/2026 after P → nobody due: null.
    expect(r.metrics.sustainment_rate_26w).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
    expect(r.metrics.sustainment_rate_52w).toMatchObject({ value: null, numerator: 0, denominator: 0 });
    expect(report({ clients, jobs }, '2026-27', '2027-03-31').metrics.sustainment_rate_52w).toMatchObject({ value: 1, denominator: 1 });
  });

  it('employment_rate: clients open during P not in work at referral, with a job entry by snap', () => {
    const clients = [
      client('U1', { employment_status_at_referral: '02' }),
      client('U2'), // status blank: not in work
      client('U3', { referral_date: '2024-06-01', employment_status_at_referral: '04' }),
      client('W1', { employment_status_at_referral: '01' }),
      client('R1', { retention_case: true }),
      client('G1', { referral_date: '2024-06-01', discharge_date: '2025-04-01' }), // discharged on start(P): never open in P
      client('L1', { referral_date: '2026-04-01' }),
      client('F1'),
    ];
    const jobs = [
      job('u1', 'U1', { start_date: '2025-08-01' }),
      job('u3', 'U3', { start_date: '2024-10-01', end_date: '2024-12-31' }), // entry before P still counts
      job('w1', 'W1', { start_date: '2025-05-01' }),
      job('g1', 'G1', { start_date: '2024-07-01' }),
      job('f1', 'F1', { start_date: '2026-04-15' }), // after snap (31/03/2026)
    ];
    // Denominator U1, U2, U3, F1; numerator U1, U3 → 0.5.
    expect(report({ clients, jobs }).metrics.employment_rate).toMatchObject({
      value: 0.5,
      numerator: 2,
      denominator: 4,
      records: { clients: ['U1', 'U3'], denominatorClients: ['U1', 'U2', 'U3', 'F1'] },
    });
  });
});
