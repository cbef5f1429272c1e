import { randomBytes, randomUUID } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDrizzle, openEncryptedDatabase } from '../../db/connection';
import { databaseHasData, defaultMigrationsFolder, migrateDatabase, pendingMigrationCount } from '../../db/migrate';
import { listBackups } from '../../db/backup';
import { createKeyring } from '../../db/keyring';
import { clients } from '../../db/schema';
import { TEST_SCRYPT_COST, useTempDirs } from './helpers';

const tempDir = useTempDirs();

/** Statements that could lose data or break an older copy of the app reading the file. */
function destructiveStatements(sql: string): string[] {
  const statements = sql
    .replace(/--[^\n]*$/gm, (comment) => (comment.startsWith('--> statement-breakpoint') ? ';' : ''))
    .split(';')
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return statements.filter(
    (s) =>
      /\bDROP\b/i.test(s) ||
      /\bRENAME\b/i.test(s) ||
      /\bALTER\s+TABLE\b.*\bDROP\b/i.test(s) ||
      (/\bADD\s+(COLUMN\s+)?\S+.*\bNOT\s+NULL\b/i.test(s) && /\bALTER\s+TABLE\b/i.test(s) && !/\bDEFAULT\b/i.test(s)),
  );
}

describe('migrations', () => {
  it('only ever add: no DROP, RENAME, or NOT NULL column added without a DEFAULT', () => {
    const folder = defaultMigrationsFolder();
    const files = readdirSync(folder).filter((f) => f.endsWith('.sql'));
    expect(files.length).toBeGreaterThan(0);
    const offending = files.flatMap((f) => destructiveStatements(readFileSync(join(folder, f), 'utf8')).map((s) => `${f}: ${s}`));
    expect(offending).toEqual([]);
  });

  it('the scan catches each forbidden kind of statement', () => {
    expect(destructiveStatements('DROP TABLE `clients`;')).toHaveLength(1);
    expect(destructiveStatements('ALTER TABLE `jobs` RENAME COLUMN `a` TO `b`;')).toHaveLength(1);
    expect(destructiveStatements('ALTER TABLE `jobs` RENAME TO `old_jobs`;')).toHaveLength(1);
    expect(destructiveStatements('ALTER TABLE `jobs` DROP COLUMN `a`;')).toHaveLength(1);
    expect(destructiveStatements('ALTER TABLE `jobs` ADD `pay` real NOT NULL;')).toHaveLength(1);
    expect(destructiveStatements('ALTER TABLE `jobs` ADD COLUMN `pay` real NOT NULL;')).toHaveLength(1);
    expect(destructiveStatements('ALTER TABLE `jobs` ADD `pay` real DEFAULT 0 NOT NULL;')).toEqual([]);
    expect(destructiveStatements('ALTER TABLE `jobs` ADD `pay` real;--> statement-breakpoint\nCREATE INDEX `x` ON `jobs` (`pay`);')).toEqual([]);
  });

  it('create every table on a new encrypted database, and then have nothing pending', () => {
    const dir = tempDir();
    const raw = openEncryptedDatabase(join(dir, 'ipsdesk.db'), randomBytes(32), { create: true });
    expect(pendingMigrationCount(raw)).toBeGreaterThan(0);
    const result = migrateDatabase(raw, { backupDir: join(dir, 'backups') });
    expect(result.backup).toBeUndefined(); // nothing to lose yet
    expect(pendingMigrationCount(raw)).toBe(0);
    const tables = raw.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'activities', 'audit_log', 'clients', 'contacts', 'database_meta', 'export_history', 'fidelity_actions', 'fidelity_review_items',
        'fidelity_reviews', 'hand_entered_figures', 'jobs', 'return_templates', 'service_settings', 'staff', 'users', 'wellbeing',
      ]),
    );
    expect(migrateDatabase(raw, { backupDir: join(dir, 'backups') })).toEqual({ applied: 0 });
    raw.close();
  });

  it('back up a database that holds data before applying a new migration', async () => {
    const dir = tempDir();
    const folder = join(dir, 'migrations');
    cpSync(defaultMigrationsFolder(), folder, { recursive: true });
    const databaseFile = join(dir, 'ipsdesk.db');
    const key = randomBytes(32);
    await createKeyring({ file: join(dir, 'ipsdesk.keyring.json'), databaseId: randomUUID(), key, user: 'Ann', passphrase: 'migration passphrase', scryptCost: TEST_SCRYPT_COST });
    const raw = openEncryptedDatabase(databaseFile, key, { create: true });
    migrateDatabase(raw, { backupDir: join(dir, 'backups'), migrationsFolder: folder });
    expect(databaseHasData(raw)).toBe(false);
    createDrizzle(raw).insert(clients).values({ client_id: 'M-1', referral_date: '2025-04-01', retention_case: false, benefits: [] }).run();
    expect(databaseHasData(raw)).toBe(true);

    // A later release adds a column.
    const journalFile = join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { idx: number; when: number; tag: string }[] };
    const last = journal.entries.at(-1)!;
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_test_addition' });
    writeFileSync(journalFile, JSON.stringify(journal));
    writeFileSync(join(folder, '9999_test_addition.sql'), 'ALTER TABLE `clients` ADD `test_note` text;');

    const result = migrateDatabase(raw, { backupDir: join(dir, 'backups'), migrationsFolder: folder });
    expect(result.applied).toBe(1);
    expect(result.backup?.file).toMatch(/^.*ipsdesk-\d{8}T\d{9}Z-before-migration\.ipsdesk-backup$/);
    expect(listBackups(join(dir, 'backups')).backups.map((b) => [b.file, b.reason])).toEqual([[result.backup!.file, 'before-migration']]);
    expect(raw.prepare('SELECT test_note FROM clients').all()).toEqual([{ test_note: null }]);
    raw.close();
  });
});
