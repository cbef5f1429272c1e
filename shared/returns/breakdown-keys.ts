import {
  CONTRACT_TYPE, EMPLOYMENT_STATUS, ETHNICITY, GENDER, PAID_WORK_RECENCY, SECTOR, SOC_MAJOR_GROUP, YES_NO_UNKNOWN, type CodeList,
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

export const AGE_BAND_LABELS: Record<string, string> = { '16-35': '16 to 35', '36-50': '36 to 50', '51-65': '51 to 65', other: 'Other ages' };

const BAND_LABELS: Partial<Record<MetricId, Record<string, string>>> = {
  intake_age_band: AGE_BAND_LABELS,
  job_starts_by_time_in_service: {
    lt6m: 'Under 6 months after assessment', '6to12m': '6 to 12 months', gt12m: 'Over 12 months', no_assessment: 'No assessment date',
  },
  placed_in_work_by_hours: { lt5: 'Under 5 hours a week', '5to16': '5 to under 16 hours', ge16: '16 hours or more' },
  days_to_first_employer_contact: { median: 'Median (days)' },
};

const CODE_LISTS: Partial<Record<MetricId, CodeList>> = {
  intake_gender: GENDER,
  intake_ethnicity: ETHNICITY,
  intake_employment_status: EMPLOYMENT_STATUS,
  intake_in_secondary_mh_care: YES_NO_UNKNOWN,
  intake_paid_work_recency: PAID_WORK_RECENCY,
  intake_maintained_job_over_1y: YES_NO_UNKNOWN,
  job_starts_by_contract_type: CONTRACT_TYPE,
  job_starts_by_sector: SECTOR,
  job_starts_by_soc: SOC_MAJOR_GROUP,
};

/** A breakdown key (a stored code or a band name, DOMAIN §4) in the words the seeds use. */
export function breakdownKeyLabel(metric: MetricId, key: string): string {
  if (key === 'unknown') return 'Not recorded';
  const band = BAND_LABELS[metric]?.[key];
  if (band) return band;
  const list = CODE_LISTS[metric];
  return list ? (list.labels[key] ?? key) : key;
}
