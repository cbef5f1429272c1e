import { real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps, uuidPrimaryKey } from './columns';

/** Employment specialists and their hours, for caseload per FTE (DOMAIN §2). `fte` may be blank at first. */
export const staff = sqliteTable('staff', {
  id: uuidPrimaryKey(),
  name: text('name').notNull(),
  fte: real('fte'),
  start_date: text('start_date'),
  end_date: text('end_date'),
  ...timestamps,
});
