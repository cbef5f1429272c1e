import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { ACTIVITY_KIND } from '../../shared/codes';
import { clients } from './clients';
import { timestamps, uuidPrimaryKey } from './columns';

type Code<L extends { values: readonly string[] }> = L['values'][number];

/** Non-employment outcomes: education, volunteering, retirement (DOMAIN §2, Sainsbury D4). */
export const activities = sqliteTable(
  'activities',
  {
    id: uuidPrimaryKey(),
    client_pk: text('client_pk')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    start_date: text('start_date').notNull(),
    kind: text('kind').$type<Code<typeof ACTIVITY_KIND>>().notNull(),
    ...timestamps,
  },
  (t) => [index('activities_client_pk_start_date_idx').on(t.client_pk, t.start_date)],
);
