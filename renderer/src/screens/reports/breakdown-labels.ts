import type { MetricId } from '../../../../shared/outcomes';
import { AGE_BAND_LABELS, breakdownKeyLabel } from '../../../../shared/returns/breakdown-keys';

/** Breakdown keys in words: the same labels the returns write (shared/returns/breakdown-keys.ts). */
export { AGE_BAND_LABELS as AGE_BAND_LABELS_FOR_KEYS, breakdownKeyLabel };

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
