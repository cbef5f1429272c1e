import { index, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { CONTRACT_TYPE, EVIDENCE, SECTOR, SOC_MAJOR_GROUP } from '../../shared/codes';
import { clients } from './clients';
import { timestamps, uuidPrimaryKey, yesNo, yesNoCheck } from './columns';

type Code<L extends { values: readonly string[] }> = L['values'][number];

/**
 * A paid job of a client (DOMAIN §2). It points at the client's UUID (`client_pk`), not at the editable
 * `client_id`; the interchange `client_id` is read through the join. Deleting a client deletes its jobs.
 */
export const jobs = sqliteTable(
  'jobs',
  {
    id: uuidPrimaryKey(),
    job_id: text('job_id').notNull().unique(),
    client_pk: text('client_pk')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    employer: text('employer'),
    job_title: text('job_title'),
    start_date: text('start_date').notNull(),
    four_hours_confirmed: yesNo('four_hours_confirmed').notNull(),
    end_date: text('end_date'),
    hours_per_week: real('hours_per_week').notNull(),
    contract_type: text('contract_type').$type<Code<typeof CONTRACT_TYPE>>().notNull(),
    competitive: yesNo('competitive').notNull(),
    sector: text('sector').$type<Code<typeof SECTOR>>(),
    /** SOC 2020 major group '1'..'9', kept as the code text used everywhere else. */
    soc_major_group: text('soc_major_group').$type<Code<typeof SOC_MAJOR_GROUP>>(),
    evidence: text('evidence').$type<Code<typeof EVIDENCE>>(),
    ...timestamps,
  },
  (t) => [
    index('jobs_client_pk_idx').on(t.client_pk),
    index('jobs_start_date_idx').on(t.start_date),
    yesNoCheck('jobs', t.four_hours_confirmed),
    yesNoCheck('jobs', t.competitive),
  ],
);
