import {
  BENEFIT, DIAGNOSIS, EDUCATION_LEVEL, EMPLOYMENT_STATUS, ETHNICITY, GENDER, PAID_WORK_RECENCY, YES_NO_UNKNOWN,
} from '../../../../shared/codes';
import type { Client } from '../../../../shared/records';
import type { FieldGroup, FieldSpec } from '../../forms/field-spec';

type ClientField = keyof Client & string;

/** Every client field of DOMAIN §2, grouped as a specialist thinks of them. Labels: the seed's wording. */
export const CLIENT_FIELD_GROUPS: FieldGroup<ClientField>[] = [
  {
    title: 'Person',
    fields: [
      { name: 'client_id', label: 'Client ID', kind: 'text', required: true, hint: "Your team's own reference" },
      { name: 'nhs_number', label: 'NHS number', kind: 'nhs', hint: '10 digits, for example 943 476 5919' },
      { name: 'given_name', label: 'Given name', kind: 'text' },
      { name: 'family_name', label: 'Family name', kind: 'text' },
      { name: 'date_of_birth', label: 'Date of birth', kind: 'date' },
      { name: 'gender', label: 'Gender', kind: 'code', list: GENDER },
      { name: 'ethnicity', label: 'Ethnicity', kind: 'code', list: ETHNICITY },
      { name: 'diagnosis', label: 'Diagnosis', kind: 'code', list: DIAGNOSIS },
    ],
  },
  {
    title: 'Referral',
    fields: [
      { name: 'referral_date', label: 'Referral date', kind: 'date', required: true, hint: 'when the referral was accepted' },
      { name: 'team', label: 'Referring team', kind: 'pick', pick: 'team', hint: 'From the list in Settings › Teams' },
      { name: 'specialist', label: 'Employment specialist', kind: 'pick', pick: 'specialist', hint: 'From Settings › Staff' },
      { name: 'employment_status_at_referral', label: 'Employment status at referral', kind: 'code', list: EMPLOYMENT_STATUS },
      { name: 'retention_case', label: 'Job retention case', kind: 'yesno', hint: 'Referred with a job at risk or off sick' },
      { name: 'retention_return_date', label: 'Retention return date', kind: 'date', hint: 'back at work (retention cases)' },
    ],
  },
  {
    title: 'Engagement',
    fields: [
      { name: 'vocational_profile_date', label: 'Vocational profile date', kind: 'date', hint: 'initial assessment completed' },
      { name: 'action_plan_date', label: 'Action plan date', kind: 'date', hint: 'vocational action plan agreed' },
    ],
  },
  {
    title: 'Background (Sainsbury B)',
    fields: [
      { name: 'education_level', label: 'Highest education level', kind: 'code', list: EDUCATION_LEVEL },
      { name: 'paid_work_recency', label: 'Last in paid work', kind: 'code', list: PAID_WORK_RECENCY },
      { name: 'maintained_job_over_1y', label: 'Ever kept a paid job for over 1 year', kind: 'code', list: YES_NO_UNKNOWN },
      { name: 'in_secondary_mh_care', label: 'In secondary mental health care at referral', kind: 'code', list: YES_NO_UNKNOWN },
      { name: 'benefits', label: 'Benefits received', kind: 'codes', list: BENEFIT, wide: true, hint: 'Tick every benefit that applies' },
    ],
  },
  {
    title: 'Care plan',
    fields: [
      { name: 'care_plan_employment_actions', label: 'Care plan has employment actions', kind: 'code', list: YES_NO_UNKNOWN },
      { name: 'care_plan_retention_actions', label: 'Care plan has job retention actions', kind: 'code', list: YES_NO_UNKNOWN },
    ],
  },
  {
    title: 'Discharge',
    fields: [
      { name: 'discharge_date', label: 'Discharge date', kind: 'date' },
      { name: 'discharge_reason', label: 'Discharge reason', kind: 'reason' },
    ],
  },
];

/** A new referral is open: its discharge is recorded later with the Discharge action. */
export const NEW_CLIENT_GROUPS = CLIENT_FIELD_GROUPS.filter((group) => group.title !== 'Discharge');

export const CLIENT_FIELDS: FieldSpec<ClientField>[] = CLIENT_FIELD_GROUPS.flatMap((group) => group.fields);
export const CLIENT_FIELD_NAMES: string[] = CLIENT_FIELDS.map((spec) => spec.name);
