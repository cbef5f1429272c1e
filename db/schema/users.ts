import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps, uuidPrimaryKey } from './columns';

export const USER_ROLES = ['manager', 'specialist'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** People who use the app. Each normally has a passphrase slot of the same name in the keyring. */
export const users = sqliteTable('users', {
  id: uuidPrimaryKey(),
  name: text('name').notNull().unique(),
  role: text('role').$type<UserRole>().notNull(),
  ...timestamps,
});
