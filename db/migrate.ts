import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { backupDatabase, type BackupResult } from './backup';
import { createDrizzle, type RawDatabase } from './connection';

const MIGRATIONS_TABLE = '__drizzle_migrations';

/**
 * Where the committed SQL lives when running from source (tests, CLI). A bundled main process must pass
 * its own folder (the migrations shipped as resources) instead.
 */
export function defaultMigrationsFolder(): string {
  // In a CommonJS bundle import.meta.url is undefined; the bundle then looks beside itself.
  const here = import.meta.url as string | undefined;
  return here ? fileURLToPath(new URL('./migrations', here)) : join(__dirname, 'migrations');
}

export interface MigrateOptions {
  migrationsFolder?: string;
  /**
   * Where the automatic pre-migration backup goes (rotated with the other backups there). Null only for a
   * database that is itself a fresh copy of a backup being restored: the backup file is the copy from before.
   */
  backupDir: string | null;
  keyringFile?: string;
  now?: Date;
}

export interface MigrateResult {
  applied: number;
  /** Set when the database held data and was backed up before migrating. */
  backup?: BackupResult;
}

/** Migrations drizzle has not yet applied to `db` (it compares each migration's time with the last applied). */
export function pendingMigrationCount(db: RawDatabase, migrationsFolder = defaultMigrationsFolder()): number {
  const migrations = readMigrationFiles({ migrationsFolder });
  const hasTable = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(MIGRATIONS_TABLE);
  if (!hasTable) return migrations.length;
  const last = db.prepare(`SELECT max(created_at) AS at FROM "${MIGRATIONS_TABLE}"`).get() as { at: number | string | null };
  const lastAt = last.at === null ? -Infinity : Number(last.at);
  return migrations.filter((m) => m.folderMillis > lastAt).length;
}

/** True when any table other than SQLite's and drizzle's own holds a row. */
export function databaseHasData(db: RawDatabase): boolean {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> ?`)
    .pluck()
    .all(MIGRATIONS_TABLE) as string[];
  return tables.some((name) => db.prepare(`SELECT EXISTS (SELECT 1 FROM "${name.replace(/"/g, '""')}")`).pluck().get() === 1);
}

/**
 * Brings the schema up to date at unlock. If anything is pending and the database already holds data, it is
 * backed up first, so a migration that goes wrong never costs the team their records. drizzle applies all
 * pending migrations in one transaction.
 */
export function migrateDatabase(db: RawDatabase, options: MigrateOptions): MigrateResult {
  const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
  if (!existsSync(migrationsFolder)) throw new Error(`The migrations folder ${migrationsFolder} is missing`);
  const pending = pendingMigrationCount(db, migrationsFolder);
  if (pending === 0) return { applied: 0 };
  const backup =
    options.backupDir !== null && databaseHasData(db)
      ? backupDatabase(db, options.backupDir, {
          reason: 'before-migration',
          ...(options.keyringFile ? { keyringFile: options.keyringFile } : {}),
          ...(options.now ? { now: options.now } : {}),
        })
      : undefined;
  migrate(createDrizzle(db), { migrationsFolder });
  return { applied: pending, ...(backup ? { backup } : {}) };
}
