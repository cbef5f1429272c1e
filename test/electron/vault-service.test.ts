import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asc } from 'drizzle-orm';
import { audited } from '../../db/audited-write';
import { insertClient } from '../../db/repositories/clients-repository';
import { auditLog, clients, users } from '../../db/schema';
import { readServiceSettings } from '../../db/repositories/settings-repository';
import { clientSchema } from '../../shared/records';
import { ServiceError } from '../../electron/services/service-error';
import { createVaultService, type VaultServiceOptions } from '../../electron/services/vault-service';
import { createVaultHandlers } from '../../electron/services/vault-handlers';
import { createAppHandlers } from '../../electron/services/app-handlers';
import { channelNames } from '../../shared/ipc/contract';
import { userChannels } from '../../shared/ipc/users';
import { vaultChannels } from '../../shared/ipc/vault';
import { TEST_SCRYPT_COST, useTempDirs } from '../db/helpers';

const tempDir = useTempDirs();
const PASSPHRASE = 'river stone meadow 7';
const ANN = { user: 'Ann Manager', role: 'manager' } as const;

function fakeClock(start = Date.UTC(2026, 0, 5, 9)) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

function newVault(extra: Partial<VaultServiceOptions> = {}) {
  return createVaultService({ dataDir: tempDir(), scryptCost: TEST_SCRYPT_COST, ...extra });
}

async function setUpVault(extra: Partial<VaultServiceOptions> = {}) {
  const vault = newVault(extra);
  const { recoveryKey, status } = await vault.setup({ serviceName: 'Northfield IPS', managerName: 'Ann Manager', passphrase: PASSPHRASE });
  return { vault, recoveryKey, status };
}

/** The ServiceError a call rejects (or throws) with. */
async function failure(call: Promise<unknown> | (() => unknown)): Promise<ServiceError> {
  try {
    await (typeof call === 'function' ? call() : call);
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected a ServiceError');
}

describe('vault service', () => {
  it('sets up a team database and reports it unlocked for the manager', async () => {
    const vault = newVault();
    expect(vault.status()).toMatchObject({ state: 'needs_setup', users: [], mustSetPassphrase: false });
    const { recoveryKey, status } = await vault.setup({ serviceName: 'Northfield IPS', managerName: 'Ann Manager', passphrase: PASSPHRASE });
    expect(recoveryKey).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$/);
    expect(status).toMatchObject({ state: 'unlocked', serviceName: 'Northfield IPS', users: ['Ann Manager'], currentUser: 'Ann Manager', mustSetPassphrase: false });
    const { db } = vault.reader();
    expect(db.select().from(users).all()).toMatchObject([{ name: 'Ann Manager', role: 'manager' }]);
    expect(readServiceSettings(db)).toMatchObject({ serviceName: 'Northfield IPS', managerName: 'Ann Manager' });
    expect(db.select().from(auditLog).orderBy(asc(auditLog.seq)).all().map((a) => a.action)).toEqual(['vault.setup']);
    vault.close();
  });

  it('refuses a second set-up and changes nothing', async () => {
    const { vault } = await setUpVault();
    await vault.lock();
    const keyring = readFileSync(vault.paths.keyringFile);
    const database = readFileSync(vault.paths.databaseFile);
    const error = await failure(vault.setup({ serviceName: 'Other', managerName: 'Mallory', passphrase: 'another passphrase' }));
    expect(error.code).toBe('already_set_up');
    expect(readFileSync(vault.paths.keyringFile).equals(keyring)).toBe(true);
    expect(readFileSync(vault.paths.databaseFile).equals(database)).toBe(true);
  });

  it('locks, refuses a wrong passphrase with a clear message, throttles repeats, then unlocks', async () => {
    const clock = fakeClock();
    const { vault } = await setUpVault({ clock: clock.now });
    vault.write(vault.caller()!, ({ db }) => audited(insertClient(db, clientSchema.parse({ client_id: 'V-1', referral_date: '2025-09-01' })), { action: 'client.create' }));
    expect(await vault.lock()).toMatchObject({ state: 'locked', users: ['Ann Manager'] });
    expect((await failure(() => vault.reader())).code).toBe('locked');

    const wrong = await failure(vault.unlock({ user: 'Ann Manager', passphrase: 'not my passphrase' }));
    expect(wrong.code).toBe('wrong_passphrase');
    expect(wrong.message).toBe('That passphrase is not right for Ann Manager. Check Caps Lock and try again.');
    await failure(vault.unlock({ user: 'Ann Manager', passphrase: 'not my passphrase' }));
    await failure(vault.unlock({ user: 'Ann Manager', passphrase: 'not my passphrase' }));
    // The fourth failure closes the door for 2 s, the fifth for 4 s.
    const fourth = await failure(vault.unlock({ user: 'Ann Manager', passphrase: 'not my passphrase' }));
    expect(fourth).toMatchObject({ code: 'wrong_passphrase', extra: { retryAfterMs: 2000 } });
    const throttled = await failure(vault.unlock({ user: 'Ann Manager', passphrase: PASSPHRASE }));
    expect(throttled.code).toBe('throttled');
    expect(throttled.extra.retryAfterMs).toBe(2000);
    expect(throttled.message).toMatch(/Wait 2 seconds/);
    clock.advance(2000);
    expect((await failure(vault.unlock({ user: 'Ann Manager', passphrase: 'still wrong' }))).extra.retryAfterMs).toBe(4000);
    clock.advance(3999);
    expect((await failure(vault.unlock({ user: 'Ann Manager', passphrase: PASSPHRASE }))).extra.retryAfterMs).toBe(1);
    clock.advance(1);

    const status = await vault.unlock({ user: 'ann manager', passphrase: PASSPHRASE });
    expect(status).toMatchObject({ state: 'unlocked', currentUser: 'Ann Manager', serviceName: 'Northfield IPS' });
    expect(vault.reader().db.select().from(clients).all().map((c) => c.client_id)).toEqual(['V-1']);
    expect(vault.reader().db.select().from(auditLog).orderBy(asc(auditLog.seq)).all().map((a) => a.action)).toEqual(['vault.setup', 'client.create', 'vault.lock', 'vault.unlock_failed', 'vault.unlock']);

    // Success resets the count: three more free mistakes.
    await vault.lock();
    for (let i = 0; i < 3; i++) expect((await failure(vault.unlock({ user: 'Ann Manager', passphrase: 'wrong again!' }))).extra).toEqual({});
    vault.close();
  });

  it('caps the wait at five minutes', async () => {
    const clock = fakeClock();
    const { vault } = await setUpVault({ clock: clock.now });
    await vault.lock();
    let last = 0;
    for (let i = 0; i < 14; i++) {
      last = (await failure(vault.unlock({ user: 'Ann Manager', passphrase: 'wrong passphrase' }))).extra.retryAfterMs ?? 0;
      clock.advance(last);
    }
    expect(last).toBe(5 * 60 * 1000);
  });

  it('unlocks with the recovery key, requires a new passphrase, then unlocks with it', async () => {
    const { vault, recoveryKey } = await setUpVault();
    await vault.lock();
    const wrong = await failure(vault.unlockWithRecoveryKey({ recoveryKey: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA' }));
    expect(wrong.code).toBe('wrong_recovery_key');
    const typo = await failure(vault.unlockWithRecoveryKey({ recoveryKey: 'ABCD-EFGH' }));
    expect(typo).toMatchObject({ code: 'wrong_recovery_key', extra: { issues: [{ path: ['recoveryKey'] }] } });

    const status = await vault.unlockWithRecoveryKey({ recoveryKey: recoveryKey.toLowerCase().replace(/-/g, ' ') });
    expect(status).toMatchObject({ state: 'unlocked', mustSetPassphrase: true });
    expect(status.currentUser).toBeUndefined();
    expect((await failure(() => vault.reader())).code).toBe('locked');
    expect(vault.caller()).toBeNull();
    expect((await failure(vault.changePassphrase({ currentPassphrase: PASSPHRASE, newPassphrase: 'something else entirely' }, ANN))).code).toBe('locked');
    const stranger = await failure(vault.setPassphraseAfterRecovery({ user: 'Mallory', newPassphrase: 'a new passphrase here' }));
    expect(stranger).toMatchObject({ code: 'invalid_input', extra: { issues: [{ path: ['user'] }] } });

    const after = await vault.setPassphraseAfterRecovery({ user: 'ann manager', newPassphrase: 'a new passphrase here' });
    expect(after).toMatchObject({ state: 'unlocked', mustSetPassphrase: false, currentUser: 'Ann Manager' });
    expect(vault.reader().db.select().from(auditLog).orderBy(asc(auditLog.seq)).all().map((a) => [a.action, a.user])).toEqual([
      ['vault.setup', 'Ann Manager'],
      ['vault.lock', 'Ann Manager'],
      ['vault.unlock_failed', null],
      ['vault.unlock', null],
      ['vault.passphrase_set_after_recovery', 'Ann Manager'],
    ]);
    await vault.lock();
    expect((await failure(vault.unlock({ user: 'Ann Manager', passphrase: PASSPHRASE }))).code).toBe('wrong_passphrase');
    expect(await vault.unlock({ user: 'Ann Manager', passphrase: 'a new passphrase here' })).toMatchObject({ state: 'unlocked' });
    vault.close();
  });

  it('changes the passphrase of the unlocked user', async () => {
    const { vault } = await setUpVault();
    const wrong = await failure(vault.changePassphrase({ currentPassphrase: 'not the current one', newPassphrase: 'my next passphrase' }, ANN));
    expect(wrong.code).toBe('wrong_passphrase');
    const same = await failure(vault.changePassphrase({ currentPassphrase: PASSPHRASE, newPassphrase: PASSPHRASE }, ANN));
    expect(same).toMatchObject({ code: 'invalid_input', extra: { issues: [{ path: ['newPassphrase'] }] } });
    expect(await vault.changePassphrase({ currentPassphrase: PASSPHRASE, newPassphrase: 'my next passphrase' }, ANN)).toEqual({});
    await vault.lock();
    expect((await failure(vault.unlock({ user: 'Ann Manager', passphrase: PASSPHRASE }))).code).toBe('wrong_passphrase');
    await vault.unlock({ user: 'Ann Manager', passphrase: 'my next passphrase' });
    expect(vault.reader().db.select().from(auditLog).orderBy(asc(auditLog.seq)).all().map((a) => a.action)).toContain('vault.passphrase_changed');
    vault.close();
  });

  it('reports a missing or damaged keyring by name and overwrites nothing', async () => {
    const { vault } = await setUpVault();
    await vault.lock();
    const original = readFileSync(vault.paths.keyringFile);
    const database = readFileSync(vault.paths.databaseFile);

    writeFileSync(vault.paths.keyringFile, '{ "format": "ipsdesk-keyring", ');
    const damaged = await failure(vault.unlock({ user: 'Ann Manager', passphrase: PASSPHRASE }));
    expect(damaged.code).toBe('keyring_damaged');
    expect(damaged.message).toContain(vault.paths.keyringFile);
    expect(readFileSync(vault.paths.keyringFile, 'utf8')).toBe('{ "format": "ipsdesk-keyring", ');

    rmSync(vault.paths.keyringFile);
    const missing = await failure(vault.unlock({ user: 'Ann Manager', passphrase: PASSPHRASE }));
    expect(missing.code).toBe('keyring_damaged');
    expect(missing.message).toMatch(/keyring .*ipsdesk\.keyring\.json is missing/);
    expect(vault.status().state).toBe('locked');

    writeFileSync(vault.paths.keyringFile, original);
    expect(readFileSync(vault.paths.databaseFile).equals(database)).toBe(true);
    expect(await vault.unlock({ user: 'Ann Manager', passphrase: PASSPHRASE })).toMatchObject({ state: 'unlocked' });
    vault.close();
  });

  it('refuses a keyring from another database, or a file that is not an IPS Desk database', async () => {
    const a = await setUpVault();
    const b = await setUpVault();
    a.vault.close();
    b.vault.close();
    copyFileSync(b.vault.paths.keyringFile, a.vault.paths.keyringFile);
    const database = readFileSync(a.vault.paths.databaseFile);
    const foreign = await failure(a.vault.unlock({ user: 'Ann Manager', passphrase: PASSPHRASE }));
    expect(foreign.code).toBe('not_ips_desk_db');
    expect(foreign.message).toMatch(/belongs to another database/);
    expect(readFileSync(a.vault.paths.databaseFile).equals(database)).toBe(true);

    writeFileSync(b.vault.paths.databaseFile, 'This is a spreadsheet, honest.'.repeat(100));
    const notOurs = await failure(b.vault.unlock({ user: 'Ann Manager', passphrase: PASSPHRASE }));
    expect(notOurs.code).toBe('not_ips_desk_db');
    expect(readFileSync(b.vault.paths.databaseFile, 'utf8')).toMatch(/^This is a spreadsheet/);
  });

  it('answers every vault and users channel of the contract, and the app answers every channel', async () => {
    const vault = newVault();
    const handlers = createVaultHandlers(vault);
    // A channel without a handler is only found when the page calls it (the router says "internal"): check them all here.
    expect(Object.keys(handlers).sort()).toEqual([...Object.keys(vaultChannels), ...Object.keys(userChannels)].sort());
    const app = createAppHandlers(vault) as Record<string, unknown>;
    expect(channelNames.filter((channel) => typeof app[channel] !== 'function')).toEqual([]);
    expect(Object.keys(app).sort()).toEqual([...channelNames].sort());
    expect(await handlers['vault.status']({}, null)).toMatchObject({ state: 'needs_setup' });
    const setup = await handlers['vault.setup']({ serviceName: 'Eastgate IPS', managerName: 'Cat', passphrase: PASSPHRASE }, null);
    expect(setup.status.state).toBe('unlocked');
    expect(await handlers['vault.lock']({}, null)).toMatchObject({ state: 'locked', users: ['Cat'] });
    expect(await handlers['vault.unlock']({ user: 'Cat', passphrase: PASSPHRASE }, null)).toMatchObject({ state: 'unlocked', currentUser: 'Cat' });
    vault.close();
  });

  it('verifies a database read-only, without unlocking it', async () => {
    const { vault } = await setUpVault();
    await vault.lock();
    const before = readFileSync(vault.paths.databaseFile);
    expect(await vault.verify({ user: 'Ann Manager', passphrase: PASSPHRASE })).toEqual({ ok: true, problems: ['ok'] });
    expect(vault.status().state).toBe('locked');
    expect(readFileSync(vault.paths.databaseFile).equals(before)).toBe(true);
    expect((await failure(vault.verify({ user: 'Ann Manager', passphrase: 'wrong passphrase' }))).code).toBe('wrong_passphrase');
  });
});
