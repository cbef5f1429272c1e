import { describe, expect, it } from 'vitest';
import { CONTRACT_TYPE, SECTOR } from '../../../shared/codes';
import { contactFactsFrom } from '../../../shared/outcomes/contact-facts';
import { clientPreferenceShare, median } from '../../../shared/outcomes/metrics/fidelity';
import { client, contact, job, metric, report } from './helpers';

const efc = (clientId: string | null, date: string, specialist: string | null = 'Sam') =>
  contact({ date, kind: 'employer_face_to_face', client_id: clientId, specialist });

describe('§4.3 fidelity and quality measures', () => {
  it('job_search_within_4w: FEC on day 28 counts, day 29 does not; an FEC before the clock counts', () => {
    const vp = { vocational_profile_date: '2025-05-01' }; // day 28 = 29/05/2025
    const clients = [
      client('day28', vp),
      client('day29', vp),
      client('before', vp),
      client('none', vp),
      client('early', { referral_date: '2025-02-01', vocational_profile_date: '2025-03-01' }), // day 28 = 29/03/2025: before P
      client('noclock'),
      client('late', { vocational_profile_date: '2026-03-10' }), // day 28 = 07/04/2026: after P
    ];
    const contacts = [efc('day28', '2025-05-29'), efc('day29', '2025-05-30'), efc('before', '2025-04-20'), efc('noclock', '2025-05-01')];
    // Denominator day28, day29, before, none = 4; numerator day28, before = 2 → 0.5.
    expect(metric({ clients, contacts }, 'job_search_within_4w')).toMatchObject({
      value: 0.5,
      numerator: 2,
      denominator: 4,
      records: { clients: ['day28', 'before'], denominatorClients: ['day28', 'day29', 'before', 'none'] },
    });
    // Nobody's day 28 in P: null, not 0.
    expect(metric({ clients: [client('noclock')] }, 'job_search_within_4w')).toMatchObject({ value: null, numerator: 0, denominator: 0 });
  });

  it('days_to_first_employer_contact: mean and median of max(0, FEC − clock) for FECs in P', () => {
    const vp = { vocational_profile_date: '2025-05-01' };
    const clients = [
      client('d28', vp),
      client('d29', vp),
      client('before', vp),
      client('noclock'),
      client('old', { referral_date: '2025-01-01', vocational_profile_date: '2025-01-10' }),
    ];
    const contacts = [
      efc('d28', '2025-05-29'),
      efc('d29', '2025-05-30'),
      efc('before', '2025-04-20'), // 11 days before the profile → 0
      efc('noclock', '2025-06-01'), // no clock: left out
      efc('old', '2025-03-01'), // FEC before P: left out
      efc('old', '2025-06-01'), // not the first
    ];
    // (28 + 29 + 0) / 3 = 19; median of 0, 28, 29 = 28.
    expect(metric({ clients, contacts }, 'days_to_first_employer_contact')).toEqual({
      value: 19,
      breakdown: { median: 28 },
      records: { clients: ['d28', 'd29', 'before'] },
    });
    // Unrounded mean, median of an even count = middle pair's mean: (28 + 29) / 2.
    const two = metric({ clients: clients.slice(0, 2), contacts }, 'days_to_first_employer_contact');
    expect(two.value).toBe(28.5);
    expect(two.breakdown).toEqual({ median: 28.5 });
    expect(metric({ clients: [client('x')] }, 'days_to_first_employer_contact')).toEqual({ value: null, records: { clients: [] } });
    expect(median([5, 1, 3])).toBe(3);
  });

  it('job_starts_by_time_in_service: 182 lt6m, 183 and 365 6to12m, 366 gt12m, no clock no_assessment', () => {
    const clients = [client('A', { referral_date: '2024-12-01', vocational_profile_date: '2025-01-01' }), client('B')];
    const jobs = [
      job('d182', 'A', { start_date: '2025-07-02', end_date: '2025-07-02' }), // 01/01/2025 + 182
      job('d183', 'A', { start_date: '2025-07-03', end_date: '2025-07-03' }),
      job('d365', 'A', { start_date: '2026-01-01', end_date: '2026-01-01' }),
      job('d366', 'A', { start_date: '2026-01-02' }),
      job('noclock', 'B', { start_date: '2025-06-01' }),
    ];
    const m = metric({ clients, jobs }, 'job_starts_by_time_in_service');
    expect(m.value).toBe(5);
    expect(m.breakdown).toEqual({ lt6m: 1, '6to12m': 2, gt12m: 1, no_assessment: 1 });
    expect(m.records.byKey?.['6to12m']).toEqual({ clients: ['A'], jobs: ['d183', 'd365'] });
  });

  it('employer_f2f_per_week: face-to-face employer contacts in P ÷ (days ÷ 7), per specialist too', () => {
    const contacts = [
      ...Array.from({ length: 10 }, () => efc(null, '2025-06-01', 'Sam')),
      ...Array.from({ length: 4 }, () => efc('C1', '2026-03-31', 'Alex')),
      efc(null, '2025-04-01', null), // blank specialist → unknown
      efc(null, '2025-03-31', 'Sam'), // before P
      contact({ date: '2025-06-01', kind: 'employer_other' }), // not face to face
    ];
    // 15 contacts over 365 days = 15 ÷ (365/7) = 105/365 a week; Sam 70/365, Alex 28/365, unknown 7/365.
    const m = metric({ clients: [client('C1')], contacts }, 'employer_f2f_per_week');
    expect(m.value).toBeCloseTo(105 / 365, 12);
    expect(m.breakdown?.Sam).toBeCloseTo(70 / 365, 12);
    expect(m.breakdown?.Alex).toBeCloseTo(28 / 365, 12);
    expect(m.breakdown?.unknown).toBeCloseTo(7 / 365, 12);
    expect(m.numerator).toBeUndefined();
    // As of 30/06/2025 (mid-period): 11 contacts in 01/04–30/06/2025 = 91 days = 13 weeks → 11/13.
    const mid = metric({ clients: [client('C1')], contacts }, 'employer_f2f_per_week', '2025-26', '2025-06-30');
    expect(mid.value).toBeCloseTo(11 / 13, 12);
  });

  it('job starts by contract type, sector and SOC group, with unknown for blanks', () => {
    const clients = [client('A'), client('B')];
    const jobs = [
      job('j1', 'A', { start_date: '2025-05-01', contract_type: 'permanent', sector: 'construction', soc_major_group: '9' }),
      job('j2', 'A', { start_date: '2025-06-01', contract_type: 'zero_hours' }),
      job('j3', 'B', { start_date: '2025-06-01', contract_type: 'self_employed', sector: 'education', soc_major_group: '2' }),
      job('j4', 'B', { start_date: '2025-06-01', contract_type: 'self_employed', competitive: false }), // sheltered: not a start
    ];
    const r = report({ clients, jobs });
    const zeros = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 0]));
    expect(r.metrics.job_starts_by_contract_type).toMatchObject({
      value: 3,
      breakdown: { ...zeros(CONTRACT_TYPE.values), permanent: 1, zero_hours: 1, self_employed: 1 },
    });
    expect(r.metrics.job_starts_by_sector.breakdown).toEqual({ ...zeros(SECTOR.values), construction: 1, education: 1, unknown: 1 });
    expect(r.metrics.job_starts_by_soc.breakdown).toEqual({
      '1': 0, '2': 1, '3': 0, '4': 0, '5': 0, '6': 0, '7': 0, '8': 0, '9': 1, unknown: 1,
    });
    expect(r.metrics.self_employment_starts).toMatchObject({ value: 1, people: 1, records: { jobs: ['j3'] } });
  });

  it('excluded_non_competitive: sheltered jobs starting in P are shown, never counted', () => {
    const clients = [client('A', { referral_date: '2024-01-01' })];
    const jobs = [
      job('club1', 'A', { start_date: '2025-05-01', competitive: false }),
      job('club2', 'A', { start_date: '2025-09-01', competitive: false, four_hours_confirmed: false }),
      job('club0', 'A', { start_date: '2025-03-01', competitive: false }), // before P
    ];
    const r = report({ clients, jobs });
    expect(r.metrics.excluded_non_competitive).toMatchObject({ value: 2, people: 1, records: { jobs: ['club1', 'club2'] } });
    expect(r.metrics.job_starts.value).toBe(0);
    expect(r.metrics.people_into_work.value).toBe(0);
    expect(r.metrics.currently_employed.value).toBe(0);
  });

  it('clientPreferenceShare: of employer contacts in P marked yes or no, the share marked yes', () => {
    const contacts = [
      contact({ date: '2025-05-01', kind: 'employer_face_to_face', client_preference_based: 'yes' }),
      contact({ date: '2025-05-02', kind: 'employer_other', client_preference_based: 'yes' }),
      contact({ date: '2025-05-03', kind: 'employer_other', client_preference_based: 'no' }),
      contact({ date: '2025-05-04', kind: 'employer_other' }), // unknown: in neither count
      contact({ date: '2025-05-05', kind: 'employer_face_to_face', client_preference_based: 'unknown' }), // likewise
      contact({ date: '2025-03-01', kind: 'employer_other', client_preference_based: 'yes' }), // before P
    ];
    const facts = contactFactsFrom(contacts, { start: '2025-04-01', end: '2026-03-31' }, '2026-06-30');
    expect(clientPreferenceShare(facts)).toEqual({ value: 2 / 3, numerator: 2, denominator: 3 });
  });
});
