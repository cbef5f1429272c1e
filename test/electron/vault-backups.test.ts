import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asc } from 'drizzle-orm';
import { audited } from '../../db/audited-write';
import { addOrReplacePassphraseSlot, readKeyring, unwrapWithPassphrase } from '../../db/keyring';
import { auditLog, users } from '../../db/schema';
import { generateDemoData } from '../../electron/services/demo';
import { createEventHub } from '../../electron/services/event-hub';
import { createReportHandlers } from '../../electron/services/report-service';
import { createServiceContext } from '../../electron/services/service-context';
import { ServiceError } from '../../electron/services/service-error';
import { createVaultService, type VaultService, type VaultServiceOptions } from '../../electron/services/vault-service';
import { toPublicMetrics } from '../../shared/outcomes';
import { insertDemoData } from '../db/demo-database';
import { TEST_SCRYPT_COST, useTempDirs } from '../db/helpers';

const tempDir = useTempDirs();
const PASSPHRASE = 'backup and restore passphrase';
const MANAGER = 'Ann Manager';
const TODAY = '2026-01-15';
const DAY = 24 * 60 * 60 * 1000;

function fakeClock(start = Date.UTC(2026, 0, 15, 9)) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

function newVault(dataDir = tempDir(), extra: Partial<VaultServiceOptions> = {}): VaultService {
  return createVaultService({ dataDir, scryptCost: TEST_SCRYPT_COST, ...extra });
}

/** A set-up team database holding demo records, left unlocked. */
async function teamWithRecords(extra: Partial<VaultServiceOptions> = {}) {
  const vault = newVault(tempDir(), extra);
  const { recoveryKey } = await vault.setup({ serviceName: 'Northfield IPS', managerName: MANAGER, passphrase: PASSPHRASE });
  const data = generateDemoData({ clients: 40, seed: 3, today: TODAY, contactsPerClient: 5, jobsPerClient: 2 });
  vault.write(vault.caller()!, ({ raw }) => {
    insertDemoData(raw, data);
    return audited(null, { action: 'test.seed' });
  });
  return { vault, recoveryKey };
}

/** Every figure of the financial year, as the CLI's `report --json` prints them. */
async function figures(vault: VaultService) {
  const { report } = await createReportHandlers(createServiceContext(vault, { today: () => TODAY }))['reports.run'](
    { period: '2025-26', asOf: TODAY, withCatalogue: false },
    vault.caller()!,
  );
  return toPublicMetrics(report);
}

async function failure(call: Promise<unknown>): Promise<ServiceError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected a ServiceError');
}

const mode = (file: string) => statSync(file).mode & 0o777;
const actions = (vault: VaultService) => vault.reader().db.select().from(auditLog).orderBy(asc(auditLog.seq)).all();

describe('automatic backups', () => {
  it('backs up at the first unlock of each day, after migrations, and records it in the unlock entry', async () => {
    const clock = fakeClock();
    const { vault } = await teamWithRecords({ clock: clock.now });
    expect(vault.backups.status()).toMatchObject({ lastBackup: null, stale: true, backups: [] });
    await vault.lock();

    await vault.unlock({ user: MANAGER, passphrase: PASSPHRASE });
    const first = vault.backups.status();
    expect(first.backups.map((b) => b.reason)).toEqual(['daily']);
    expect(first).toMatchObject({ stale: false, lastBackup: { reason: 'daily', createdAt: new Date(clock.now()).toISOString() } });
    expect(first.lastAttempt).toMatchObject({ ok: true, reason: 'daily' });
    const unlock = actions(vault).at(-1)!;
    expect(unlock).toMatchObject({ action: 'vault.unlock', details: { method: 'passphrase', daily_backup: { file: first.backups[0]!.fileName } } });

    // Later the same day: no second backup.
    await vault.lock();
    clock.advance(3 * 60 * 60 * 1000);
    await vault.unlock({ user: MANAGER, passphrase: PASSPHRASE });
    expect(vault.backups.status().backups).toHaveLength(1);
    expect(actions(vault).at(-1)!.details).toEqual({ method: 'passphrase' });

    // The next day: another.
    await vault.lock();
    clock.advance(DAY);
    await vault.unlock({ user: MANAGER, passphrase: PASSPHRASE });
    expect(vault.backups.status().backups.map((b) => b.reason)).toEqual(['daily', 'daily']);

    // Eight days without one: Settings warns.
    await vault.lock();
    clock.advance(9 * DAY);
    const stale = newVault(vault.paths.databaseFile.replace(/[/\\]ipsdesk\.db$/, ''), { clock: clock.now, automaticBackups: false });
    await stale.unlock({ user: MANAGER, passphrase: PASSPHRASE });
    expect(stale.backups.status()).toMatchObject({ stale: true, backups: [{}, {}] });
    stale.close();
    vault.close();
  });

  it('an automatic backup that fails never stops the unlock, and Settings shows why', async () => {
    const { vault } = await teamWithRecords();
    await vault.lock();
    writeFileSync(vault.paths.backupDir, 'a file where the backups folder should be');
    await vault.unlock({ user: MANAGER, passphrase: PASSPHRASE });
    expect(vault.status().state).toBe('unlocked');
    expect(actions(vault).at(-1)!.details).toMatchObject({ daily_backup: { problem: expect.stringContaining('could not be written') as string } });
    vault.close();
  });
});

describe('back up now and the second folder', () => {
  it('backs up on request, copies to the second folder, and says when the copy could not be made', async () => {
    const { vault } = await teamWithRecords();
    const second = tempDir();
    const withFolder = await vault.backups.setCopyFolder({ folder: second }, vault.caller()!);
    expect(withFolder.copyFolder).toBe(second);

    const made = await vault.backups.backupNow(vault.caller()!);
    expect(made.backup).toMatchObject({ reason: 'manual', kind: 'copy' });
    expect(made.copy).toMatchObject({ folder: second, ok: true });
    expect(readFileSync(made.copy!.file!).equals(readFileSync(made.backup.file))).toBe(true);
    const status = vault.backups.status();
    expect(status.lastBackup?.file).toBe(made.backup.file);
    expect(status.copies.map((c) => c.fileName)).toEqual([made.backup.fileName]);
    expect(actions(vault).at(-1)).toMatchObject({ action: 'backup.create', user: MANAGER, entity_id: made.backup.fileName });

    rmSync(second, { recursive: true });
    const again = await vault.backups.backupNow(vault.caller()!);
    expect(again.copy).toMatchObject({ ok: false, problem: expect.stringContaining('is not there') as string });
    expect(vault.backups.status().lastAttempt).toMatchObject({ ok: true, copy: { ok: false } });
    vault.close();
  });

  it('refuses a second folder that is missing, a file, relative or its own, with the reason', async () => {
    const { vault } = await teamWithRecords();
    const file = join(tempDir(), 'a-file.txt');
    writeFileSync(file, '');
    const cases: [string, RegExp][] = [
      [join(tempDir(), 'missing'), /There is no folder .*missing/],
      [file, /is a file, not a folder/],
      [vault.paths.backupDir, /IPS Desk's own folder/],
    ];
    mkdirSync(vault.paths.backupDir, { recursive: true });
    for (const [folder, reason] of cases) {
      const error = await failure(vault.backups.setCopyFolder({ folder }, vault.caller()!));
      expect(error.code).toBe('invalid_input');
      expect(error.message).toMatch(reason);
      expect(error.extra.issues?.[0]?.path).toEqual(['folder']);
    }
    expect(vault.backups.status().copyFolder).toBeNull();
    vault.close();
  });
});

describe('restore', () => {
  it('restores into an empty folder with a passphrase, without the original keyring, giving identical figures', async () => {
    const { vault } = await teamWithRecords();
    const expected = await figures(vault);
    const { backup } = await vault.backups.backupNow(vault.caller()!);
    vault.close();

    const laptop = newVault();
    expect(laptop.status().state).toBe('needs_setup');
    const inspected = await laptop.backups.inspect({ file: backup.file });
    expect(inspected).toMatchObject({ users: [MANAGER], sameDatabase: null, backup: { reason: 'manual' } });
    const result = await laptop.backups.restore({ file: backup.file, unlock: { method: 'passphrase', user: 'ann manager', passphrase: PASSPHRASE } });
    expect(result).toMatchObject({ safetyBackup: null, status: { state: 'locked', users: [MANAGER] } });
    await laptop.unlock({ user: MANAGER, passphrase: PASSPHRASE });
    expect(await figures(laptop)).toEqual(expected);
    expect(actions(laptop).at(-2)).toMatchObject({ action: 'backup.restore', user: MANAGER, details: { method: 'passphrase', from: backup.file } });
    for (const file of [laptop.paths.databaseFile, `${laptop.paths.databaseFile}-wal`, `${laptop.paths.databaseFile}-shm`, laptop.paths.keyringFile]) {
      expect(mode(file), file).toBe(0o600);
    }
    laptop.close();
  });

  it('restores with the recovery key alone when the live keyring is lost, and sets a new passphrase', async () => {
    const { vault, recoveryKey } = await teamWithRecords();
    const expected = await figures(vault);
    const { backup } = await vault.backups.backupNow(vault.caller()!);
    await vault.lock();
    vault.close();
    rmSync(vault.paths.keyringFile); // the keyring is gone: the live database can no longer be opened

    const same = newVault(vault.paths.databaseFile.replace(/[/\\]ipsdesk\.db$/, ''));
    expect(same.status().state).toBe('locked');
    const result = await same.backups.restore({
      file: backup.file,
      unlock: { method: 'recovery_key', recoveryKey: recoveryKey.toLowerCase(), newPassphrase: 'a new passphrase after the loss' },
    });
    // What was there (a database without its keyring) is kept byte for byte.
    expect(result.safetyBackup).toMatch(/before-restore\.ipsdesk-backup$/);
    await expect(same.unlock({ user: MANAGER, passphrase: PASSPHRASE })).rejects.toMatchObject({ code: 'wrong_passphrase' });
    await same.unlock({ user: MANAGER, passphrase: 'a new passphrase after the loss' });
    expect(await figures(same)).toEqual(expected);
    expect(actions(same).find((a) => a.action === 'backup.restore')).toMatchObject({ user: MANAGER, details: { method: 'recovery_key', passphrase_set_for: MANAGER } });
    same.close();
  });

  it('over an unlocked database: the manager restores, the old one is backed up first and can be restored back', async () => {
    const events = createEventHub();
    const heard: unknown[] = [];
    events.subscribe((name, payload) => heard.push({ name, payload }));
    const { vault } = await teamWithRecords({ events });
    const { backup } = await vault.backups.backupNow(vault.caller()!);
    const before = await figures(vault);
    vault.write(vault.caller()!, ({ raw }) => {
      raw.prepare('DELETE FROM contacts').run();
      return audited(null, { action: 'test.delete_contacts' });
    });
    const changed = await figures(vault);
    expect(changed).not.toEqual(before);

    const result = await vault.backups.restore({ file: backup.file, unlock: { method: 'passphrase', user: MANAGER, passphrase: PASSPHRASE } });
    expect(result.status.state).toBe('locked');
    expect(heard).toEqual([{ name: 'vault.locked', payload: { reason: 'system' } }]);
    await vault.unlock({ user: MANAGER, passphrase: PASSPHRASE });
    expect(await figures(vault)).toEqual(before);

    // The safety backup holds the changed database: restoring it brings the change back.
    expect(vault.backups.status().backups.map((b) => b.reason)).toContain('before-restore');
    await vault.backups.restore({ file: result.safetyBackup!, unlock: { method: 'passphrase', user: MANAGER, passphrase: PASSPHRASE } });
    await vault.unlock({ user: MANAGER, passphrase: PASSPHRASE });
    expect(await figures(vault)).toEqual(changed);
    vault.close();
  });

  it('refuses a wrong passphrase, a damaged file and a non-manager, and leaves the live files exactly as they were', async () => {
    const { vault, recoveryKey } = await teamWithRecords();
    const key = await unwrapWithPassphrase(readKeyring(vault.paths.keyringFile), MANAGER, PASSPHRASE);
    vault.write(vault.caller()!, ({ db }) => {
      db.insert(users).values({ name: 'Bea Specialist', role: 'specialist' }).run();
      return audited(null, { action: 'test.add_user' });
    });
    await addOrReplacePassphraseSlot({ file: vault.paths.keyringFile, key, user: 'Bea Specialist', passphrase: 'specialist passphrase', scryptCost: TEST_SCRYPT_COST });
    const { backup } = await vault.backups.backupNow(vault.caller()!);
    await vault.lock();
    const damaged = join(tempDir(), 'damaged.ipsdesk-backup');
    const bytes = readFileSync(backup.file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    writeFileSync(damaged, bytes);
    const live = () => [vault.paths.databaseFile, vault.paths.keyringFile].map((f) => readFileSync(f).toString('base64'));
    const liveBefore = live();
    const dataDirBefore = readdirSync(vault.paths.databaseFile.replace(/[/\\]ipsdesk\.db$/, '')).sort();

    const wrong = await failure(vault.backups.restore({ file: backup.file, unlock: { method: 'passphrase', user: MANAGER, passphrase: 'not the passphrase' } }));
    expect(wrong.code).toBe('wrong_passphrase');
    const broken = await failure(vault.backups.restore({ file: damaged, unlock: { method: 'passphrase', user: MANAGER, passphrase: PASSPHRASE } }));
    expect(broken).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/does not match its checksum.*Nothing has been changed/) as string });
    const specialist = await failure(vault.backups.restore({ file: backup.file, unlock: { method: 'passphrase', user: 'Bea Specialist', passphrase: 'specialist passphrase' } }));
    expect(specialist).toMatchObject({ code: 'forbidden', message: expect.stringContaining('Bea Specialist is not a manager') as string });
    const badKey = await failure(vault.backups.restore({ file: backup.file, unlock: { method: 'recovery_key', recoveryKey: 'AAAA-'.repeat(7) + 'AAAA', newPassphrase: 'whatever it may be' } }));
    expect(badKey.code).toBe('wrong_recovery_key');
    const nobody = await failure(
      vault.backups.restore({ file: backup.file, unlock: { method: 'recovery_key', recoveryKey, user: 'Nobody Here', newPassphrase: 'whatever it may be' } }),
    );
    expect(nobody.code).toBe('invalid_input');
    expect(live()).toEqual(liveBefore);
    expect(readdirSync(vault.paths.databaseFile.replace(/[/\\]ipsdesk\.db$/, '')).sort()).toEqual(dataDirBefore);

    // Signed in as the specialist: not theirs to do either.
    await vault.unlock({ user: 'Bea Specialist', passphrase: 'specialist passphrase' });
    const signedIn = await failure(vault.backups.restore({ file: backup.file, unlock: { method: 'passphrase', user: MANAGER, passphrase: PASSPHRASE } }));
    expect(signedIn.code).toBe('forbidden');
    vault.close();
  });

  it('still reads an old two-file backup (database and keyring side by side)', async () => {
    const { vault } = await teamWithRecords();
    const expected = await figures(vault);
    await vault.lock();
    vault.close();
    const old = tempDir();
    const oldDb = join(old, 'ipsdesk-backup-20251201T101010123Z-before-migration.db');
    copyFileSync(vault.paths.databaseFile, oldDb);
    copyFileSync(vault.paths.keyringFile, join(old, 'ipsdesk-backup-20251201T101010123Z-before-migration.keyring.json'));

    const laptop = newVault();
    const inspected = await laptop.backups.inspect({ file: oldDb });
    expect(inspected.backup).toMatchObject({ createdAt: '2025-12-01T10:10:10.123Z', reason: 'before-migration' });
    await laptop.backups.restore({ file: oldDb, unlock: { method: 'passphrase', user: MANAGER, passphrase: PASSPHRASE } });
    await laptop.unlock({ user: MANAGER, passphrase: PASSPHRASE });
    expect(await figures(laptop)).toEqual(expected);
    laptop.close();
  });
});

describe('files and places', () => {
  it('creates the data folder 0700 and the database, -wal, -shm, keyring and backups 0600', async () => {
    const parent = tempDir();
    const dataDir = join(parent, 'data');
    const vault = newVault(dataDir);
    await vault.setup({ serviceName: 'Northfield IPS', managerName: MANAGER, passphrase: PASSPHRASE });
    await vault.lock();
    await vault.unlock({ user: MANAGER, passphrase: PASSPHRASE }); // makes the daily backup
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(vault.paths.backupDir)).toBe(0o700);
    const files = [vault.paths.databaseFile, `${vault.paths.databaseFile}-wal`, `${vault.paths.databaseFile}-shm`, vault.paths.keyringFile];
    const backups = readdirSync(vault.paths.backupDir).map((f) => join(vault.paths.backupDir, f));
    expect(backups.filter((f) => f.endsWith('.ipsdesk-backup'))).toHaveLength(1);
    for (const file of [...files, ...backups]) {
      expect(existsSync(file), file).toBe(true);
      expect(mode(file), file).toBe(0o600);
    }
    vault.close();
  });
});
