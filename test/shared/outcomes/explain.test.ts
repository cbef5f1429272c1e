import { describe, expect, it } from 'vitest';
import { explainClient, type ClientExplanation } from '../../../shared/outcomes/explain';
import { METRIC_IDS, type MetricId } from '../../../shared/outcomes/metric-ids';
import { activity, client, contact, inputOf, job, periodOf, report, staff, type Parts } from './helpers';

const P = periodOf('2025-26');
const AS_OF = '2026-06-30';
const explain = (parts: Parts, id: string) =>
  Object.fromEntries(explainClient(id, inputOf(parts, P, AS_OF), P, AS_OF).map((e) => [e.metricId, e])) as Record<MetricId, ClientExplanation>;

describe('explainClient', () => {
  it('names the reason a job start is not counted', () => {
    const parts: Parts = {
      clients: [client('A', { referral_date: '2025-05-01' })],
      jobs: [
        job('j1', 'A', { employer: 'Tesco', start_date: '2025-06-03', four_hours_confirmed: false }),
        job('j2', 'A', { employer: 'Club', start_date: '2025-06-10', competitive: false }),
        job('j3', 'A', { employer: 'Boots', start_date: '2025-04-01' }),
      ],
    };
    const e = explain(parts, 'A');
    expect(e.job_starts.counted).toBe(false);
    expect(e.job_starts.reason).toContain('Job start not counted: four paid hours not yet confirmed (Tesco, started 03/06/2025)');
    expect(e.job_starts.reason).toContain('sheltered (non-competitive) work is never counted');
    expect(e.job_starts.reason).toContain('job began before referral (01/05/2025)');
    expect(e.people_into_work.reason).toMatch(/^No job entry: no counted job/);
    expect(e.excluded_non_competitive).toMatchObject({ counted: true });
  });

  it('says why a client is not engaged', () => {
    const e = explain({ clients: [client('A', { vocational_profile_date: '2025-05-01' })] }, 'A');
    expect(e.engaged).toEqual({ metricId: 'engaged', counted: false, reason: 'Not engaged: action plan date is blank' });
    const ok = explain({ clients: [client('B', { vocational_profile_date: '2025-05-01', action_plan_date: '2025-05-08' })] }, 'B');
    expect(ok.engaged.counted).toBe(true);
    expect(ok.engaged.reason).toBe(
      'Engaged: engagement date 08/05/2025 (the later of vocational profile 01/05/2025 and action plan 08/05/2025) is in this period',
    );
  });

  it('gives the milestone date and average hours of a sustainment outcome', () => {
    // 18.5 hours from 15/04/2025: the 91st day is 15/04 + 90 = 14/07/2025.
    const parts: Parts = { clients: [client('A')], jobs: [job('j', 'A', { start_date: '2025-04-15', hours_per_week: 18.5 })] };
    const e = explain(parts, 'A');
    expect(e.sustained_13w_ge16).toMatchObject({
      counted: true,
      reason: '13-week outcome reached on 14/07/2025 (average 18.5 hours a week, 16 or more)',
    });
    expect(e.sustained_13w_lt16.counted).toBe(false);
    expect(e.sustained_13w_lt16.reason).toContain('counted under sustained_13w_ge16, not here');
    expect(e.sustained_52w_ge16.reason).toMatch(/^52-week outcome reached on 13\/04\/2026 .*, but that date is after this period/);
  });

  it('marks rates with whether the client is in the denominator', () => {
    const parts: Parts = {
      clients: [client('A', { vocational_profile_date: '2025-05-01', action_plan_date: '2025-05-02' })],
      contacts: [contact({ date: '2025-05-30', kind: 'employer_face_to_face', client_id: 'A' })],
    };
    const e = explain(parts, 'A');
    expect(e.job_search_within_4w).toEqual({
      metricId: 'job_search_within_4w',
      counted: false,
      inDenominator: true,
      reason: 'Job search not within 4 weeks: first face-to-face employer contact on 30/05/2025, 29 days after the vocational profile (01/05/2025), later than day 28 (29/05/2025)',
    });
    expect(e.employment_rate).toMatchObject({ counted: false, inDenominator: true });
    expect(e.referrals).toEqual({ metricId: 'referrals', counted: true, reason: 'Referral date 01/04/2025 is in this period' });
  });

  it('accepts raw contacts instead of contact facts, with the same answer', () => {
    const parts: Parts = {
      clients: [client('A', { vocational_profile_date: '2025-05-01', action_plan_date: '2025-05-02' })],
      contacts: [
        contact({ date: '2025-05-20', kind: 'employer_face_to_face', client_id: 'A' }),
        contact({ date: '2026-03-30', kind: 'client_other', client_id: 'A' }),
      ],
    };
    const withFacts = explainClient('A', inputOf(parts, P, AS_OF), P, AS_OF);
    const { contactFacts: _unused, ...rest } = inputOf(parts, P, AS_OF);
    const withContacts = explainClient('A', { ...rest, contacts: parts.contacts! }, P, AS_OF);
    expect(withContacts).toEqual(withFacts);
    expect(withFacts.find((e) => e.metricId === 'active_caseload')?.counted).toBe(true);
  });

  it('agrees with the report for every client and metric of a mixed caseload', () => {
    const parts: Parts = {
      clients: [
        client('A', { vocational_profile_date: '2025-04-10', action_plan_date: '2025-04-20', specialist: 'Sam', date_of_birth: '1990-01-01' }),
        client('B', { referral_date: '2024-05-01', retention_case: true, employment_status_at_referral: '01', retention_return_date: '2025-06-01' }),
        client('C', { referral_date: '2025-06-01', discharge_date: '2025-06-01' }),
        client('D', { referral_date: '2024-01-01', vocational_profile_date: '2024-02-01', action_plan_date: '2024-02-02', education_level: 'level3' }),
      ],
      jobs: [
        job('a1', 'A', { start_date: '2025-05-01', end_date: '2025-05-31', hours_per_week: 10 }),
        job('a2', 'A', { start_date: '2025-07-11', hours_per_week: 12 }),
        job('b1', 'B', { start_date: '2010-01-01' }),
        job('d1', 'D', { start_date: '2024-03-01', sector: 'education' }),
      ],
      contacts: [
        contact({ date: '2025-04-25', kind: 'employer_face_to_face', client_id: 'A' }),
        contact({ date: '2026-03-25', kind: 'client_face_to_face', client_id: 'A' }),
        contact({ date: '2026-03-01', kind: 'client_face_to_face', client_id: 'D' }),
      ],
      activities: [activity('D', '2025-09-01', 'fe_college')],
      staff: [staff('Sam')],
    };
    const full = report(parts, P, AS_OF);
    for (const c of parts.clients) {
      const explained = explainClient(c.client_id, inputOf(parts, P, AS_OF), P, AS_OF);
      expect(explained.length).toBe(METRIC_IDS.length - 2); // all but employer_f2f_per_week and new_recruits_declaring_mh
      for (const e of explained) {
        const inFigure = full.metrics[e.metricId].records.clients?.includes(c.client_id) ?? false;
        expect({ id: c.client_id, metric: e.metricId, counted: e.counted }).toEqual({ id: c.client_id, metric: e.metricId, counted: inFigure });
        expect(e.reason.length).toBeGreaterThan(5);
        expect(e.reason).not.toMatch(/undefined|NaN|null/);
      }
    }
    const c = explain(parts, 'C');
    expect(c.open_caseload.reason).toBe('Not open on the snapshot day (31/03/2026): discharged on 01/06/2025');
    expect(c.employment_rate.reason).toBe('Not in this rate: not open during the period (discharged on 01/06/2025)');
    const b = explain(parts, 'B');
    expect(b.job_starts.reason).toContain('job began before referral (01/05/2024): it counts for being in work, never as a job start');
    expect(b.currently_employed).toMatchObject({ counted: true, inDenominator: true });
    expect(b.retention_outcomes).toMatchObject({ counted: true, reason: 'Retention case: return to work on 01/06/2025, which is in this period' });
  });

  it('throws a clear error for an unknown client', () => {
    expect(() => explainClient('Z', inputOf({ clients: [] }, P, AS_OF), P, AS_OF)).toThrow('Client "Z" was not found');
  });
});
