/**
 * The columns of a client-level return: tokens `{{client.<field>}}` and `{{job.<field>}}` in the row that
 * starts with `{{#clients}}`, which repeats once per client. `job.*` describe the client's job entry (their
 * first counted job, DOMAIN §3), the job the IPS Grow reporting tool records as "job start".
 *
 * `identifiable` columns (names, NHS number, date of birth, the team's own client id) are written only when
 * the manager chooses identifiable output; otherwise `client.client_id` shows the pseudonym and the others
 * stay empty.
 */
export type ClientColumnType = 'text' | 'date' | 'number';

export type ClientColumnDefinition = {
  /** Token text: `client.referral_date`. */
  id: string;
  title: string;
  type: ClientColumnType;
  identifiable: boolean;
};

const client = (field: string, title: string, type: ClientColumnType, identifiable = false): ClientColumnDefinition => ({
  id: `client.${field}`,
  title,
  type,
  identifiable,
});
const job = (field: string, title: string, type: ClientColumnType): ClientColumnDefinition => ({
  id: `job.${field}`,
  title,
  type,
  identifiable: false,
});

export const CLIENT_COLUMNS: readonly ClientColumnDefinition[] = [
  client('pseudonym', 'Pseudonym', 'text'),
  client('client_id', 'Client ID', 'text', true),
  client('nhs_number', 'NHS number', 'text', true),
  client('given_name', 'Given name', 'text', true),
  client('family_name', 'Family name', 'text', true),
  client('date_of_birth', 'Date of birth', 'date', true),
  client('age_at_referral', 'Age at referral', 'number'),
  client('gender', 'Gender', 'text'),
  client('ethnicity', 'Ethnicity', 'text'),
  client('diagnosis', 'Diagnosis', 'text'),
  client('specialist', 'Employment specialist', 'text'),
  client('team', 'Referring team', 'text'),
  client('referral_date', 'Referral date', 'date'),
  client('employment_status_at_referral', 'Employment status at referral', 'text'),
  client('retention_case', 'Job retention case', 'text'),
  client('vocational_profile_date', 'Vocational profile date', 'date'),
  client('action_plan_date', 'Action plan date', 'date'),
  client('engagement_date', 'Engagement date', 'date'),
  client('first_employer_contact_date', 'First face-to-face employer contact', 'date'),
  client('job_entry_date', 'Job entry date', 'date'),
  client('job_starts_in_period', 'Job starts in the period', 'number'),
  client('sustained_13w_date', '13-week sustainment date', 'date'),
  client('sustained_13w_hours', '13-week sustainment hours band', 'text'),
  client('sustained_26w_date', '26-week sustainment date', 'date'),
  client('sustained_26w_hours', '26-week sustainment hours band', 'text'),
  client('sustained_52w_date', '52-week sustainment date', 'date'),
  client('sustained_52w_hours', '52-week sustainment hours band', 'text'),
  client('retention_return_date', 'Retention: back at work', 'date'),
  client('discharge_date', 'Discharge date', 'date'),
  client('discharge_reason', 'Discharge reason', 'text'),
  job('start_date', 'Job start date', 'date'),
  job('end_date', 'Job end date', 'date'),
  job('employer', 'Employer', 'text'),
  job('job_title', 'Job title', 'text'),
  job('hours_per_week', 'Hours per week', 'number'),
  job('contract_type', 'Contract type', 'text'),
  job('sector', 'Sector', 'text'),
  job('soc_major_group', 'Occupation (SOC 2020 major group)', 'text'),
];

export type ClientColumnId = string;

const BY_ID = new Map(CLIENT_COLUMNS.map((c) => [c.id, c]));

export function clientColumn(id: string): ClientColumnDefinition | undefined {
  return BY_ID.get(id.toLowerCase());
}

/** The row marker: the first filled cell of a client row starts with it. */
export const CLIENTS_ROW_MARKER = '#clients';
