import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDatabase, listBackups } from '../../db/backup';
import { readKeyring, unwrapWithPassphrase } from '../../db/keyring';
import { clients } from '../../db/schema';
import { createTeamDatabase, openTeamDatabase, teamDatabasePaths } from '../../db/team-database';
import { TEST_SCRYPT_COST, TEST_SETUP, useTempDirs } from './helpers';

const tempDir = useTempDirs();

async function teamDatabaseWithAClient() {
  const paths = teamDatabasePaths(join(tempDir(), 'ipsdesk.db'));
  const { database, key } = await createTeamDatabase({ paths, user: 'Ann', passphrase: 'backup test passphrase', scryptCost: TEST_SCRYPT_COST, ...TEST_SETUP });
  database.db.insert(clients).values({ client_id: 'B-1', referral_date: '2025-07-01', retention_case: false, benefits: [], family_name: 'Backupson' }).run();
  return { paths, database, key };
}

describe('backupDatabase', () => {
  it('writes an encrypted copy that opens with the same key, and the keyring beside it', async () => {
    const { paths, database } = await teamDatabaseWithAClient();
    const result = backupDatabase(database.raw, paths.backupDir, { now: new Date('2026-01-02T03:04:05.678Z') });
    database.raw.close();
    expect(result.databaseFile).toBe(join(paths.backupDir, 'ipsdesk-backup-20260102T030405678Z.db'));
    expect(result.keyringFile).toBe(join(paths.backupDir, 'ipsdesk-backup-20260102T030405678Z.keyring.json'));

    const bytes = readFileSync(result.databaseFile);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(bytes.includes(Buffer.from('Backupson'))).toBe(false);

    // The copied keyring alone (with the passphrase) opens the copy.
    const keyring = readKeyring(result.keyringFile);
    const key = await unwrapWithPassphrase(keyring, 'Ann', 'backup test passphrase');
    const copy = openTeamDatabase({ databaseFile: result.databaseFile, key, databaseId: keyring.database_id, readonly: true });
    expect(copy.db.select().from(clients).all().map((c) => c.family_name)).toEqual(['Backupson']);
    copy.raw.close();
  });

  it('keeps only the newest N backups, with their keyrings', async () => {
    const { paths, database } = await teamDatabaseWithAClient();
    const made = [];
    for (let i = 0; i < 5; i++) {
      made.push(backupDatabase(database.raw, paths.backupDir, { keep: 3, now: new Date(Date.UTC(2026, 0, 1 + i)) }));
    }
    database.raw.close();
    expect(made.at(-1)!.removed).toEqual([made[1]!.databaseFile]);
    expect(listBackups(paths.databaseFile, paths.backupDir)).toEqual(made.slice(2).map((m) => m.databaseFile));
    expect(readdirSync(paths.backupDir).sort()).toEqual(
      made
        .slice(2)
        .flatMap((m) => [m.databaseFile, m.keyringFile])
        .map((f) => f.slice(paths.backupDir.length + 1))
        .sort(),
    );
  });

  it('defaults to keeping ten and never clashes within the same millisecond', async () => {
    const { paths, database } = await teamDatabaseWithAClient();
    const now = new Date('2026-03-01T00:00:00.000Z');
    const first = backupDatabase(database.raw, paths.backupDir, { now });
    const second = backupDatabase(database.raw, paths.backupDir, { now });
    expect(second.databaseFile).not.toBe(first.databaseFile);
    expect(listBackups(paths.databaseFile, paths.backupDir)).toEqual([first.databaseFile, second.databaseFile]);
    const april = Array.from({ length: 10 }, (_, i) => backupDatabase(database.raw, paths.backupDir, { now: new Date(Date.UTC(2026, 3, 1 + i)) }));
    database.raw.close();
    // Twelve made: the ten newest (1–10 April) stay, the two of 1 March go with their keyrings.
    expect(listBackups(paths.databaseFile, paths.backupDir)).toEqual(april.map((b) => b.databaseFile));
    expect(readdirSync(paths.backupDir).filter((f) => f.includes('20260301'))).toEqual([]);
  });
});
