import { z } from 'zod';

/**
 * Every metric id of DOMAIN §4, in the order of its tables. These ids are stable API: CLI JSON keys,
 * template tokens (`{{job_starts.people}}`) and test names use them.
 */
export const METRIC_IDS = [
  // §4.1 key outcomes
  'referrals',
  'referrals_in_work',
  'engaged',
  'job_starts',
  'people_into_work',
  'sustained_13w_lt16',
  'sustained_13w_ge16',
  'sustained_26w_lt16',
  'sustained_26w_ge16',
  'sustained_52w_lt16',
  'sustained_52w_ge16',
  'retention_outcomes',
  'carried_over_in_work',
  // §4.2 caseload snapshot
  'open_caseload',
  'active_caseload',
  'caseload_per_fte',
  'retention_share',
  // §4.3 fidelity and quality
  'job_search_within_4w',
  'days_to_first_employer_contact',
  'job_starts_by_time_in_service',
  'employer_f2f_per_week',
  'job_starts_by_contract_type',
  'job_starts_by_sector',
  'job_starts_by_soc',
  'self_employment_starts',
  'excluded_non_competitive',
  // §4.4 annual KPIs
  'kpi_engaged',
  'kpi_job_starts',
  'sustainment_rate_13w',
  'sustainment_rate_26w',
  'sustainment_rate_52w',
  'employment_rate',
  // §4.5 Sainsbury B intake
  'intake_age_band',
  'intake_gender',
  'intake_ethnicity',
  'intake_nvq2_plus',
  'intake_employment_status',
  'intake_in_secondary_mh_care',
  'intake_paid_work_recency',
  'intake_maintained_job_over_1y',
  'intake_long_term_benefits',
  // §4.6 Sainsbury D individual outcomes
  'placed_in_work_by_hours',
  'currently_employed',
  'unemployed_seeking',
  'moved_to_education_volunteering_retirement',
  'care_plan_employment_actions',
  'care_plan_retention_actions',
  'new_recruits_declaring_mh',
] as const;

export const metricIdSchema = z.enum(METRIC_IDS, {
  error: (issue) => `Metric "${String(issue.input)}" is not a known metric id`,
});
export type MetricId = z.infer<typeof metricIdSchema>;

export function isMetricId(value: string): value is MetricId {
  return (METRIC_IDS as readonly string[]).includes(value);
}
