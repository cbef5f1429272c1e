import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { WELLBEING_MEASURE } from '../../shared/codes';
import { clients } from './clients';
import { timestamps, uuidPrimaryKey } from './columns';

type Code<L extends { values: readonly string[] }> = L['values'][number];

/** Wellbeing scores (DOMAIN §2): SWEMWBS raw 7–35 or ReQoL-10 0–40, whole numbers. */
export const wellbeing = sqliteTable(
  'wellbeing',
  {
    id: uuidPrimaryKey(),
    client_pk: text('client_pk')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    measure: text('measure').$type<Code<typeof WELLBEING_MEASURE>>().notNull(),
    score: integer('score').notNull(),
    ...timestamps,
  },
  (t) => [index('wellbeing_client_pk_date_idx').on(t.client_pk, t.date)],
);
