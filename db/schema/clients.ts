import { index, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { BENEFIT, DIAGNOSIS, EDUCATION_LEVEL, EMPLOYMENT_STATUS, ETHNICITY, GENDER, PAID_WORK_RECENCY } from '../../shared/codes';
import type { AgeBand } from '../../shared/outcomes/facts';
import { timestamps, uuidPrimaryKey, yesNo, yesNoCheck, yesNoUnknown, yesNoUnknownCheck } from './columns';

type Code<L extends { values: readonly string[] }> = L['values'][number];

/**
 * A client is one referral episode (DOMAIN §2). Columns carry the interchange field names; `id` is the
 * record's UUID and `client_id` the team's own reference, unique but editable.
 */
export const clients = sqliteTable(
  'clients',
  {
    id: uuidPrimaryKey(),
    client_id: text('client_id').notNull().unique(),
    nhs_number: text('nhs_number'),
    given_name: text('given_name'),
    family_name: text('family_name'),
    date_of_birth: text('date_of_birth'),
    gender: text('gender').$type<Code<typeof GENDER>>(),
    ethnicity: text('ethnicity').$type<Code<typeof ETHNICITY>>(),
    diagnosis: text('diagnosis').$type<Code<typeof DIAGNOSIS>>(),
    specialist: text('specialist'),
    team: text('team'),
    referral_date: text('referral_date').notNull(),
    employment_status_at_referral: text('employment_status_at_referral').$type<Code<typeof EMPLOYMENT_STATUS>>(),
    retention_case: yesNo('retention_case').notNull(),
    retention_return_date: text('retention_return_date'),
    vocational_profile_date: text('vocational_profile_date'),
    action_plan_date: text('action_plan_date'),
    discharge_date: text('discharge_date'),
    discharge_reason: text('discharge_reason'),
    education_level: text('education_level').$type<Code<typeof EDUCATION_LEVEL>>(),
    /** JSON array of benefit codes. */
    benefits: text('benefits', { mode: 'json' }).$type<Code<typeof BENEFIT>[]>().notNull(),
    paid_work_recency: text('paid_work_recency').$type<Code<typeof PAID_WORK_RECENCY>>(),
    maintained_job_over_1y: yesNoUnknown('maintained_job_over_1y'),
    in_secondary_mh_care: yesNoUnknown('in_secondary_mh_care'),
    care_plan_employment_actions: yesNoUnknown('care_plan_employment_actions'),
    care_plan_retention_actions: yesNoUnknown('care_plan_retention_actions'),
    /**
     * The person's earlier episode when this one is a re-referral (not an interchange column). Deleting the
     * earlier episode keeps this one and clears the link.
     */
    previous_episode_id: text('previous_episode_id').references((): AnySQLiteColumn => clients.id, { onDelete: 'set null' }),
    ...timestamps,
    /**
     * Set when the retention rule anonymised the record (shared/retention.ts): the date it was done, and the
     * Sainsbury B1 age band at referral worked out from the date of birth just before it was removed, so
     * `intake_age_band` stays as it was. Neither is an interchange column.
     */
    age_band_at_referral: text('age_band_at_referral').$type<AgeBand>(),
    anonymised_at: text('anonymised_at'),
  },
  (t) => [
    index('clients_referral_date_idx').on(t.referral_date),
    index('clients_nhs_number_idx').on(t.nhs_number),
    index('clients_previous_episode_id_idx').on(t.previous_episode_id),
    yesNoCheck('clients', t.retention_case),
    yesNoUnknownCheck('clients', t.maintained_job_over_1y),
    yesNoUnknownCheck('clients', t.in_secondary_mh_care),
    yesNoUnknownCheck('clients', t.care_plan_employment_actions),
    yesNoUnknownCheck('clients', t.care_plan_retention_actions),
  ],
);
