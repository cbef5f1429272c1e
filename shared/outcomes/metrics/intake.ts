import {
  EMPLOYMENT_STATUS, ETHNICITY, GENDER, LONG_TERM_BENEFITS, NVQ2_PLUS_LEVELS, PAID_WORK_RECENCY, YES_NO_UNKNOWN,
} from '../../codes';
import { codeKey, codeKeys, distributeClients, rate, type EngineContext } from '../context';
import { AGE_BANDS, ageBandOf } from '../facts';

/**
 * DOMAIN §4.5 Sainsbury Centre section B: clients referred in P. Distributions carry counts in
 * `breakdown` (shares are count ÷ `value`, left to the UI so no rounding is baked in); the two rates are
 * fractions with numerator and denominator.
 */
export function intake(ctx: EngineContext) {
  const referred = ctx.index.clients.filter((c) => ctx.inP(c.referral));
  return {
    intake_age_band: distributeClients(referred, AGE_BANDS, ageBandOf),
    intake_gender: distributeClients(referred, codeKeys(GENDER.values), (c) => codeKey(c.client.gender)),
    intake_ethnicity: distributeClients(referred, codeKeys(ETHNICITY.values), (c) => codeKey(c.client.ethnicity)),
    intake_nvq2_plus: rate(
      referred.filter((c) => c.client.education_level !== null),
      (c) => NVQ2_PLUS_LEVELS.includes(c.client.education_level!),
    ),
    intake_employment_status: distributeClients(referred, codeKeys(EMPLOYMENT_STATUS.values), (c) =>
      codeKey(c.client.employment_status_at_referral),
    ),
    // yes/no/unknown fields: a blank is already stored as `unknown`.
    intake_in_secondary_mh_care: distributeClients(referred, YES_NO_UNKNOWN.values, (c) => codeKey(c.client.in_secondary_mh_care)),
    intake_paid_work_recency: distributeClients(referred, codeKeys(PAID_WORK_RECENCY.values), (c) => codeKey(c.client.paid_work_recency)),
    intake_maintained_job_over_1y: distributeClients(referred, YES_NO_UNKNOWN.values, (c) => codeKey(c.client.maintained_job_over_1y)),
    intake_long_term_benefits: rate(referred, (c) => c.client.benefits.some((b) => LONG_TERM_BENEFITS.includes(b))),
  };
}
