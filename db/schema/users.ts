import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Role } from '../../shared/roles';
import { timestamps, uuidPrimaryKey } from './columns';

/** People who use the app, with their role. Each normally has a passphrase slot of the same name in the keyring. */
export const users = sqliteTable('users', {
  id: uuidPrimaryKey(),
  name: text('name').notNull().unique(),
  role: text('role').$type<Role>().notNull(),
  ...timestamps,
});
