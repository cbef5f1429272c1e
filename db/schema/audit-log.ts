import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { timestamps, uuidPrimaryKey } from './columns';

/**
 * Who did what, when, and what it changed: one row per write (db/audited-write.ts), in the same transaction
 * as the change. `user` is blank for actions taken with the recovery key before a name is known. Rows are
 * chained: `hash` covers the row and the previous row's hash, so an edited or deleted row breaks the chain
 * from there on (db/audit-chain.ts). `before`/`after` hold the changed fields only (whole records for
 * creates and deletes), names and NHS numbers included: the file is encrypted like every other table.
 */
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
    role: text('role'),
    before: text('before'),
    after: text('after'),
    /** 1, 2, 3, … in the order written; null only for rows from before the chain existed, until sealed. */
    seq: integer('seq'),
    hash: text('hash'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_entity_idx').on(t.entity, t.entity_id),
    uniqueIndex('audit_log_seq_idx').on(t.seq),
  ],
);
