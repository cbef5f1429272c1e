import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDatabase, backupFilesAsTheyAre, copyBackupTo, listBackups, rotateBackups } from '../../db/backup';
import { extractBackupParts, readBackupHeader, verifyBackupFile } from '../../db/backup-file';
import { BackupDamagedError } from '../../db/errors';
import { readKeyring, unwrapWithPassphrase } from '../../db/keyring';
import { clients } from '../../db/schema';
import { createTeamDatabase, openTeamDatabase, teamDatabasePaths } from '../../db/team-database';
import { TEST_SCRYPT_COST, TEST_SETUP, useTempDirs } from './helpers';

const tempDir = useTempDirs();
const PASSPHRASE = 'backup test passphrase';

async function teamDatabaseWithAClient() {
  const paths = teamDatabasePaths(join(tempDir(), 'ipsdesk.db'));
  const { database, key } = await createTeamDatabase({ paths, user: 'Ann', passphrase: PASSPHRASE, scryptCost: TEST_SCRYPT_COST, ...TEST_SETUP });
  database.db.insert(clients).values({ client_id: 'B-1', referral_date: '2025-07-01', retention_case: false, benefits: [], family_name: 'Backupson' }).run();
  return { paths, database, key };
}

/** Unpacks a backup into a folder of its own and opens it with the passphrase, as a restore would. */
async function openBackup(file: string) {
  const dir = tempDir();
  const databaseFile = join(dir, 'restored.db');
  const keyringFile = join(dir, 'restored.keyring.json');
  extractBackupParts(file, readBackupHeader(file), { database: databaseFile, keyring: keyringFile, wal: `${databaseFile}-wal` });
  const keyring = readKeyring(keyringFile);
  const key = await unwrapWithPassphrase(keyring, 'Ann', PASSPHRASE);
  return openTeamDatabase({ databaseFile, key, databaseId: keyring.database_id, readonly: true });
}

const mode = (file: string) => statSync(file).mode & 0o777;

describe('backupDatabase', () => {
  it('writes one private file holding the encrypted database and the keyring, which open together', async () => {
    const { paths, database } = await teamDatabaseWithAClient();
    const result = backupDatabase(database.raw, paths.backupDir, { reason: 'manual', now: new Date('2026-01-02T03:04:05.678Z') });
    database.raw.close();
    expect(result.file).toBe(join(paths.backupDir, 'ipsdesk-20260102T030405678Z-manual.ipsdesk-backup'));
    expect(readdirSync(paths.backupDir)).toEqual(['ipsdesk-20260102T030405678Z-manual.ipsdesk-backup']);
    expect(mode(result.file)).toBe(0o600);
    expect(mode(paths.backupDir)).toBe(0o700);

    const { header } = verifyBackupFile(result.file);
    expect(header).toMatchObject({
      format: 'ipsdesk-backup',
      version: 1,
      database_id: readKeyring(paths.keyringFile).database_id,
      created_at: '2026-01-02T03:04:05.678Z',
      reason: 'manual',
      kind: 'copy',
    });
    expect(header.parts.map((p) => p.name)).toEqual(['keyring', 'database']);
    const bytes = readFileSync(result.file);
    expect(bytes.includes(Buffer.from('Backupson'))).toBe(false);
    expect(bytes.includes(Buffer.from('SQLite format 3\0'))).toBe(false);

    const copy = await openBackup(result.file);
    expect(copy.db.select().from(clients).all().map((c) => c.family_name)).toEqual(['Backupson']);
    copy.raw.close();
  });

  it('never clashes within the same millisecond', async () => {
    const { paths, database } = await teamDatabaseWithAClient();
    const now = new Date('2026-03-01T09:00:00.000Z');
    const first = backupDatabase(database.raw, paths.backupDir, { reason: 'manual', now });
    const second = backupDatabase(database.raw, paths.backupDir, { reason: 'manual', now, rotate: false });
    database.raw.close();
    expect(second.file).not.toBe(first.file);
    expect(second.file).toMatch(/-manual-2\.ipsdesk-backup$/);
  });

  it('rotates the folder: seven daily, four weekly and twelve monthly, pinned backups and other databases left alone', async () => {
    const { paths, database } = await teamDatabaseWithAClient();
    const other = await teamDatabaseWithAClient();
    const foreign = backupDatabase(other.database.raw, paths.backupDir, { reason: 'manual', now: new Date(2025, 0, 1, 12) });
    other.database.raw.close();
    const migration = backupDatabase(database.raw, paths.backupDir, { reason: 'before-migration', now: new Date(2025, 5, 1, 12) });
    // One backup a day at noon, 02/06/2025 to 11/07/2025.
    for (let day = 0; day < 40; day++) backupDatabase(database.raw, paths.backupDir, { reason: 'daily', now: new Date(2025, 5, 2 + day, 12) });
    database.raw.close();
    const ours = listBackups(paths.backupDir, readKeyring(paths.keyringFile).database_id).backups;
    const day = (b: { createdAt: Date }) => `${b.createdAt.getMonth() + 1}/${b.createdAt.getDate()}`;
    // Days 5–11 July; weeks ending 29 and 22 June; the month of June (30th); the pre-migration backup.
    expect(ours.map(day)).toEqual(['6/1', '6/22', '6/29', '6/30', '7/5', '7/6', '7/7', '7/8', '7/9', '7/10', '7/11']);
    expect(ours[0]!.file).toBe(migration.file);
    expect(listBackups(paths.backupDir).backups.map((b) => b.file)).toContain(foreign.file);
  });

  it('lists damaged files as unreadable and never rotates them away', async () => {
    const { paths, database } = await teamDatabaseWithAClient();
    const good = backupDatabase(database.raw, paths.backupDir, { reason: 'manual', now: new Date(2026, 0, 1, 9) });
    const cut = join(paths.backupDir, 'ipsdesk-20250101T000000000Z-daily.ipsdesk-backup');
    writeFileSync(cut, readFileSync(good.file).subarray(0, 5000));
    writeFileSync(join(paths.backupDir, 'notes.txt'), 'not a backup');
    rotateBackups(paths.backupDir, readKeyring(paths.keyringFile).database_id, { daily: 1, weekly: 0, monthly: 0 });
    database.raw.close();
    const listed = listBackups(paths.backupDir);
    expect(listed.backups.map((b) => b.file)).toEqual([good.file]);
    expect(listed.unreadable).toEqual([{ file: cut, problem: expect.stringContaining('cut off') as string }]);
  });

  it('removes the leftovers of a backup killed part-way once they are an hour old, and never lists them', async () => {
    const { paths, database } = await teamDatabaseWithAClient();
    backupDatabase(database.raw, paths.backupDir, { reason: 'manual' });
    const leftover = join(paths.backupDir, '.ipsdesk-20260101T000000000Z-daily.ipsdesk-backup.0123456789ab.tmp');
    const fresh = join(paths.backupDir, '.ipsdesk-20260101T000000000Z-daily.ipsdesk-backup.ba9876543210.tmp');
    writeFileSync(leftover, 'half a backup');
    writeFileSync(fresh, 'a backup being written right now');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(leftover, twoHoursAgo, twoHoursAgo);
    expect(listBackups(paths.backupDir).backups).toHaveLength(1);
    backupDatabase(database.raw, paths.backupDir, { reason: 'manual' });
    database.raw.close();
    const names = readdirSync(paths.backupDir);
    expect(names).not.toContain('.ipsdesk-20260101T000000000Z-daily.ipsdesk-backup.0123456789ab.tmp');
    expect(names).toContain('.ipsdesk-20260101T000000000Z-daily.ipsdesk-backup.ba9876543210.tmp');
  });
});

describe('backup files', () => {
  async function oneBackup() {
    const { paths, database } = await teamDatabaseWithAClient();
    const { file } = backupDatabase(database.raw, paths.backupDir, { reason: 'manual' });
    database.raw.close();
    return file;
  }

  it('finds a flipped bit in the database before anything is restored', async () => {
    const file = await oneBackup();
    const bytes = readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 100) ^ 0x01, bytes.length - 100);
    writeFileSync(file, bytes);
    expect(() => verifyBackupFile(file)).toThrow(/its database does not match its checksum/);
    const dir = tempDir();
    expect(() => extractBackupParts(file, readBackupHeader(file), { database: join(dir, 'a.db'), keyring: join(dir, 'a.keyring.json') })).toThrow(
      BackupDamagedError,
    );
    expect(readdirSync(dir)).toEqual([]); // nothing half-written left behind
  });

  it('refuses files that are not backups, cut off, padded, or with a hostile header', async () => {
    const file = await oneBackup();
    const bytes = readFileSync(file);
    const dir = tempDir();
    const cases: [string, Buffer, RegExp][] = [
      ['plain.txt', Buffer.from('hello'), /not an IPS Desk backup/],
      ['cut.ipsdesk-backup', bytes.subarray(0, bytes.length - 1), /cut off/],
      ['padded.ipsdesk-backup', Buffer.concat([bytes, Buffer.from([0])]), /extra bytes/],
      ['huge-header.ipsdesk-backup', Buffer.concat([bytes.subarray(0, 16), Buffer.from([0xff, 0xff, 0xff, 0xff]), bytes.subarray(20)]), /header is damaged or cut off/],
      ['not-json.ipsdesk-backup', Buffer.concat([bytes.subarray(0, 16), Buffer.from([0, 0, 0, 3]), Buffer.from('{{{')]), /header is not readable/],
      [
        'newer.ipsdesk-backup',
        (() => {
          const json = Buffer.from(JSON.stringify({ format: 'ipsdesk-backup', version: 2, parts: [] }));
          const length = Buffer.alloc(4);
          length.writeUInt32BE(json.length);
          return Buffer.concat([bytes.subarray(0, 16), length, json]);
        })(),
        /newer version of IPS Desk/,
      ],
    ];
    for (const [name, content, message] of cases) {
      writeFileSync(join(dir, name), content);
      expect(() => verifyBackupFile(join(dir, name)), name).toThrow(message);
    }
  });
});

describe('backupFilesAsTheyAre', () => {
  it('keeps the database, its WAL and the keyring byte for byte without opening them', async () => {
    const { paths, database } = await teamDatabaseWithAClient();
    // Still open: the latest writes are in the WAL, not yet in the database file.
    const result = backupFilesAsTheyAre({ ...paths, destDir: paths.backupDir, reason: 'before-restore', now: new Date('2026-02-01T10:00:00Z') })!;
    expect(result.header.kind).toBe('files');
    expect(result.header.database_id).toBe(readKeyring(paths.keyringFile).database_id);
    expect(result.header.parts.map((p) => p.name)).toEqual(['keyring', 'database', 'wal']);
    database.raw.close();
    const copy = await openBackup(result.file);
    expect(copy.db.select().from(clients).all().map((c) => c.family_name)).toEqual(['Backupson']);
    copy.raw.close();
  });

  it('keeps the files even when the keyring is damaged, and does nothing when there is no database', async () => {
    const dir = tempDir();
    const paths = teamDatabasePaths(join(dir, 'ipsdesk.db'));
    expect(backupFilesAsTheyAre({ ...paths, destDir: paths.backupDir, reason: 'before-restore' })).toBeUndefined();
    writeFileSync(paths.databaseFile, 'whatever was here');
    writeFileSync(paths.keyringFile, '{ damaged');
    const result = backupFilesAsTheyAre({ ...paths, destDir: paths.backupDir, reason: 'before-restore' })!;
    expect(result.header.database_id).toBeNull();
    const out = tempDir();
    extractBackupParts(result.file, readBackupHeader(result.file), { database: join(out, 'db'), keyring: join(out, 'keyring') });
    expect(readFileSync(join(out, 'db'), 'utf8')).toBe('whatever was here');
    expect(readFileSync(join(out, 'keyring'), 'utf8')).toBe('{ damaged');
  });
});

describe('copyBackupTo', () => {
  it('copies a backup into a second folder as a private file and rotates that folder', async () => {
    const { paths, database } = await teamDatabaseWithAClient();
    const second = tempDir();
    const made = [];
    for (let day = 1; day <= 3; day++) {
      const backup = backupDatabase(database.raw, paths.backupDir, { reason: 'daily', now: new Date(2026, 0, day, 12) });
      made.push(copyBackupTo(backup.file, second, { daily: 2, weekly: 0, monthly: 0 }));
    }
    database.raw.close();
    expect(made[2]!.removed).toEqual([made[0]!.file]);
    expect(readdirSync(second).sort()).toEqual(made.slice(1).map((m) => m.file.slice(second.length + 1)));
    expect(mode(made[2]!.file)).toBe(0o600);
    expect(readFileSync(made[2]!.file).equals(readFileSync(join(paths.backupDir, made[2]!.file.slice(second.length + 1))))).toBe(true);
  });
});
