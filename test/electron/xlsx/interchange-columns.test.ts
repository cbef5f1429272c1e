import { describe, expect, it } from 'vitest';
import { INTERCHANGE_SHEETS } from '../../../electron/xlsx/interchange-columns';

/** Row 1 of each sheet is "the field names of §2 exactly" (DOMAIN §5): typed here from DOMAIN §2, in its order. */
const DOMAIN_FIELDS = {
  Clients: [
    'client_id', 'nhs_number', 'given_name', 'family_name', 'date_of_birth', 'gender', 'ethnicity', 'diagnosis', 'specialist', 'team',
    'referral_date', 'employment_status_at_referral', 'retention_case', 'retention_return_date', 'vocational_profile_date', 'action_plan_date',
    'discharge_date', 'discharge_reason', 'education_level', 'benefits', 'paid_work_recency', 'maintained_job_over_1y', 'in_secondary_mh_care',
    'care_plan_employment_actions', 'care_plan_retention_actions',
  ],
  Jobs: [
    'job_id', 'client_id', 'employer', 'job_title', 'start_date', 'four_hours_confirmed', 'end_date', 'hours_per_week', 'contract_type',
    'competitive', 'sector', 'soc_major_group', 'evidence',
  ],
  Contacts: ['date', 'kind', 'client_id', 'employer', 'specialist', 'client_preference_based'],
  Activities: ['client_id', 'start_date', 'kind'],
  Wellbeing: ['client_id', 'date', 'measure', 'score'],
  Staff: ['name', 'fte', 'start_date', 'end_date'],
};

describe('interchange columns', () => {
  it('are DOMAIN §2’s field names in its order, one sheet per record (Clients also carries the episode link)', () => {
    const byName = Object.fromEntries(INTERCHANGE_SHEETS.map((s) => [s.name, s.columns.map((c) => c.field)]));
    expect(byName).toEqual({ ...DOMAIN_FIELDS, Clients: [...DOMAIN_FIELDS.Clients, 'previous_episode_id'] });
  });

  it('mark as required exactly the fields DOMAIN §2 requires', () => {
    const required = Object.fromEntries(INTERCHANGE_SHEETS.map((s) => [s.name, s.columns.filter((c) => c.required).map((c) => c.field)]));
    expect(required).toEqual({
      Clients: ['client_id', 'referral_date'],
      Jobs: ['job_id', 'client_id', 'start_date', 'hours_per_week', 'contract_type'],
      Contacts: ['date', 'kind'],
      Activities: ['client_id', 'start_date', 'kind'],
      Wellbeing: ['client_id', 'date', 'measure', 'score'],
      Staff: ['name'],
    });
  });
});
