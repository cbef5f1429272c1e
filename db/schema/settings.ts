import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps, uuidPrimaryKey } from './columns';

/**
 * Service-wide settings as key → JSON value (service name, auto-lock minutes, retention, …), so a new
 * setting needs no migration. Keys, schemas and defaults: shared/settings.ts.
 */
export const serviceSettings = sqliteTable('service_settings', {
  id: uuidPrimaryKey(),
  key: text('key').notNull().unique(),
  value: text('value', { mode: 'json' }).$type<unknown>().notNull(),
  ...timestamps,
});

/**
 * Facts about the database file itself. `database_id` is the UUID also stored in the keyring, so a keyring
 * from another database is recognised.
 */
export const databaseMeta = sqliteTable('database_meta', {
  id: uuidPrimaryKey(),
  key: text('key').notNull().unique(),
  value: text('value').notNull(),
  ...timestamps,
});

/** `pseudonym_secret`: random bytes behind the stable pseudonyms of returns and pseudonymised exports, made on first use. */
export const DATABASE_META_KEYS = { databaseId: 'database_id', pseudonymSecret: 'pseudonym_secret' } as const;
