import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps, uuidPrimaryKey } from './columns';

/** Who did what, when. `user` is blank for actions taken with the recovery key before a name is known. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: uuidPrimaryKey(),
    at: text('at').notNull(),
    user: text('user'),
    action: text('action').notNull(),
    entity: text('entity'),
    entity_id: text('entity_id'),
    details: text('details', { mode: 'json' }).$type<unknown>(),
    ...timestamps,
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_entity_idx').on(t.entity, t.entity_id)],
);
