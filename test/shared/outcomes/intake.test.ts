import { describe, expect, it } from 'vitest';
import { EMPLOYMENT_STATUS, ETHNICITY, PAID_WORK_RECENCY } from '../../../shared/codes';
import { client, report } from './helpers';

const zeros = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 0]));

describe('§4.5 intake (clients referred in P)', () => {
  it('intake_age_band: age at referral, with a birthday on the referral date moving 35 → 36', () => {
    const clients = [
      client('A', { referral_date: '2025-06-15', date_of_birth: '1989-06-15' }), // 36 on the day → 36-50
      client('B', { referral_date: '2025-06-14', date_of_birth: '1989-06-15' }), // 35 → 16-35
      client('C', { referral_date: '2025-05-01' }), // no date of birth → unknown
      client('D', { referral_date: '2025-05-01', date_of_birth: '1950-01-01' }), // 75 → other
      client('E', { referral_date: '2025-05-01', date_of_birth: '1970-05-01' }), // 55 → 51-65
      client('F', { referral_date: '2025-03-01', date_of_birth: '1990-01-01' }), // referred before P
    ];
    const m = report({ clients }).metrics.intake_age_band;
    expect(m.value).toBe(5);
    expect(m.breakdown).toEqual({ '16-35': 1, '36-50': 1, '51-65': 1, other: 1, unknown: 1 });
    expect(m.records.byKey?.['36-50']?.clients).toEqual(['A']);
    expect(m.numerator).toBeUndefined();
  });

  it('intake_age_band: an anonymised client (no date of birth) counts under the band kept for it; a date of birth wins', () => {
    const clients = [
      client('ANON', { referral_date: '2025-06-15' }),
      client('DOB', { referral_date: '2025-06-15', date_of_birth: '1989-06-15' }), // 36 → 36-50, not the stale band below
      client('NONE', { referral_date: '2025-06-15' }),
    ];
    const ageBandsAtReferral = { ANON: '51-65', DOB: '16-35' } as const;
    const m = report({ clients, ageBandsAtReferral }).metrics.intake_age_band;
    expect(m.breakdown).toEqual({ '16-35': 0, '36-50': 1, '51-65': 1, other: 0, unknown: 1 });
    expect(m.records.byKey?.['51-65']?.clients).toEqual(['ANON']);
  });

  it('code distributions use stored codes, with blanks under unknown', () => {
    const clients = [
      client('A', { gender: 'female', ethnicity: 'A', employment_status_at_referral: '02', paid_work_recency: 'lt6m',
        in_secondary_mh_care: 'yes', maintained_job_over_1y: 'no' }),
      client('B', { gender: 'male', ethnicity: '99', employment_status_at_referral: 'ZZ', paid_work_recency: 'never' }),
      client('C'),
    ];
    const r = report({ clients }).metrics;
    expect(r.intake_gender).toMatchObject({ value: 3, breakdown: { male: 1, female: 1, other_or_not_said: 0, unknown: 1 } });
    expect(r.intake_ethnicity.breakdown).toEqual({ ...zeros(ETHNICITY.values), A: 1, '99': 1, unknown: 1 });
    expect(r.intake_employment_status.breakdown).toEqual({ ...zeros(EMPLOYMENT_STATUS.values), '02': 1, ZZ: 1, unknown: 1 });
    expect(r.intake_paid_work_recency.breakdown).toEqual({ ...zeros(PAID_WORK_RECENCY.values), lt6m: 1, never: 1, unknown: 1 });
    expect(r.intake_in_secondary_mh_care.breakdown).toEqual({ yes: 1, no: 0, unknown: 2 });
    expect(r.intake_maintained_job_over_1y.breakdown).toEqual({ yes: 0, no: 1, unknown: 2 });
  });

  it('intake_nvq2_plus: level2..level8 ÷ clients with a known level', () => {
    const clients = [
      client('L2', { education_level: 'level2' }),
      client('L8', { education_level: 'level8' }),
      client('L1', { education_level: 'level1' }),
      client('RC', { education_level: 'recovery_college' }),
      client('none'), // unknown: left out of the denominator
    ];
    expect(report({ clients }).metrics.intake_nvq2_plus).toMatchObject({ value: 0.5, numerator: 2, denominator: 4 });
    expect(report({ clients: [client('none')] }).metrics.intake_nvq2_plus).toMatchObject({ value: null, denominator: 0 });
  });

  it('intake_long_term_benefits: any long-term employment-related benefit ÷ clients referred', () => {
    const clients = [
      client('esa', { benefits: ['esa_wrag', 'pip_dla'] }),
      client('uc', { benefits: ['universal_credit'] }),
      client('sda', { benefits: ['severe_disablement_allowance'] }),
      client('jsa', { benefits: ['jobseekers_allowance'] }), // work-related but not long-term
      client('none'),
    ];
    // esa, uc, sda = 3 of 5.
    expect(report({ clients }).metrics.intake_long_term_benefits).toMatchObject({ value: 0.6, numerator: 3, denominator: 5 });
  });
});
