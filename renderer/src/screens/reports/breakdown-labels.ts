import {
  CONTRACT_TYPE, EMPLOYMENT_STATUS, ETHNICITY, GENDER, PAID_WORK_RECENCY, SECTOR, SOC_MAJOR_GROUP, YES_NO_UNKNOWN, type CodeList,
} from '../../../../shared/codes';
import type { MetricId } from '../../../../shared/outcomes';

/** Breakdown keys (stored codes or band names, DOMAIN §4) in the words the seeds use. */

export const AGE_BAND_LABELS_FOR_KEYS: Record<string, string> = {
  '16-35': '16 to 35', '36-50': '36 to 50', '51-65': '51 to 65', other: 'Other ages',
};

const BANDS: Partial<Record<MetricId, Record<string, string>>> = {
  intake_age_band: AGE_BAND_LABELS_FOR_KEYS,
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

export function breakdownKeyLabel(metric: MetricId, key: string): string {
  if (key === 'unknown') return 'Not recorded';
  const band = BANDS[metric]?.[key];
  if (band) return band;
  const list = CODE_LISTS[metric];
  return list ? (list.labels[key] ?? key) : key;
}

/** What a breakdown groups by, as a column heading in drill-down lists and exports. */
const BREAKDOWN_HEADINGS: Partial<Record<MetricId, string>> = {
  intake_age_band: 'Age at referral',
  intake_gender: 'Gender',
  intake_ethnicity: 'Ethnicity',
  intake_employment_status: 'Employment status at referral',
  intake_in_secondary_mh_care: 'In secondary mental health care',
  intake_paid_work_recency: 'Most recent paid work',
  intake_maintained_job_over_1y: 'Kept a paid job over a year',
  job_starts_by_time_in_service: 'Time in service',
  job_starts_by_contract_type: 'Contract type',
  job_starts_by_sector: 'Sector',
  job_starts_by_soc: 'Occupation (SOC major group)',
  placed_in_work_by_hours: 'Hours a week (band)',
  caseload_per_fte: 'Specialist',
};

export function breakdownHeading(metric: MetricId): string {
  return BREAKDOWN_HEADINGS[metric] ?? 'Group';
}
