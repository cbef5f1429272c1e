import {
  CONTRACT_TYPE, EMPLOYMENT_STATUS, ETHNICITY, GENDER, PAID_WORK_RECENCY, SECTOR, SOC_MAJOR_GROUP, YES_NO_UNKNOWN,
} from '../codes';
import { AGE_BANDS, PLACED_HOURS_BANDS, TIME_IN_SERVICE_BANDS } from '../outcomes/facts';
import type { MetricId } from '../outcomes/metric-ids';

/**
 * The keys a template may name in `{{<id>.breakdown.<key>}}`, from the same lists the engine distributes
 * by (DOMAIN §4: stored codes, band names, `1`..`9`, and `unknown` for a blank). `specialist` = the
 * breakdown is per specialist name, so any name is accepted (a name with no figure reads as 0).
 */
export type BreakdownKeys = readonly string[] | 'specialist';

const withUnknown = (values: readonly string[]): readonly string[] => [...values, 'unknown'];

export const BREAKDOWN_KEYS: Partial<Record<MetricId, BreakdownKeys>> = {
  days_to_first_employer_contact: ['median'],
  caseload_per_fte: 'specialist',
  employer_f2f_per_week: 'specialist',
  job_starts_by_time_in_service: TIME_IN_SERVICE_BANDS,
  job_starts_by_contract_type: withUnknown(CONTRACT_TYPE.values),
  job_starts_by_sector: withUnknown(SECTOR.values),
  job_starts_by_soc: withUnknown(SOC_MAJOR_GROUP.values),
  intake_age_band: AGE_BANDS,
  intake_gender: withUnknown(GENDER.values),
  intake_ethnicity: withUnknown(ETHNICITY.values),
  intake_employment_status: withUnknown(EMPLOYMENT_STATUS.values),
  intake_in_secondary_mh_care: YES_NO_UNKNOWN.values,
  intake_paid_work_recency: withUnknown(PAID_WORK_RECENCY.values),
  intake_maintained_job_over_1y: YES_NO_UNKNOWN.values,
  placed_in_work_by_hours: withUnknown(PLACED_HOURS_BANDS),
};

/** The canonical spelling of `key` among `keys` (codes such as `ZZ` or `A` match in any case), or null. */
export function canonicalBreakdownKey(keys: BreakdownKeys, key: string): string | null {
  if (keys === 'specialist') return key.trim() === '' ? null : key.trim();
  const lower = key.toLowerCase();
  return keys.find((k) => k.toLowerCase() === lower) ?? null;
}
