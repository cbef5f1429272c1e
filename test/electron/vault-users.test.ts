import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../db/connection';
import { WrongKeyError } from '../../db/errors';
import { pendingKeyringPath, readKeyring, unwrapWithPassphrase } from '../../db/keyring';
import { createRouter } from '../../electron/ipc/router';
import { createAppHandlers } from '../../electron/services/app-handlers';
import { ServiceError } from '../../electron/services/service-error';
import { createVaultService, type VaultServiceOptions } from '../../electron/services/vault-service';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/ipc/contract';
import { TEST_SCRYPT_COST, useTempDirs } from '../db/helpers';

const tempDir = useTempDirs();
const ANN = 'river stone meadow 7';
const BEN = 'ben keeps his own passphrase';
const APP = 'app://ipsdesk/index.html';

async function teamOf(extra: Partial<VaultServiceOptions> = {}) {
  const vault = createVaultService({ dataDir: tempDir(), scryptCost: TEST_SCRYPT_COST, ...extra });
  const { recoveryKey } = await vault.setup({ serviceName: 'Northfield IPS', managerName: 'Ann Manager', passphrase: ANN });
  const router = createRouter(createAppHandlers(vault), { isTrustedSender: (u) => u === APP, caller: vault.caller, validateOutput: true });
  const dispatch = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => router.dispatch(channel, input, APP);
  return { vault, recoveryKey, dispatch };
}

async function refusal(promise: Promise<unknown>): Promise<ServiceError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('users and roles', () => {
  it('adds a specialist who signs in with their own passphrase and may not do a manager’s work', async () => {
    const { vault, dispatch } = await teamOf();
    expect(await dispatch('users.add', { name: 'Ben Specialist', role: 'specialist', passphrase: BEN })).toMatchObject({
      ok: true,
      data: { users: [{ name: 'Ann Manager', role: 'manager', hasPassphrase: true, isYou: true }, { name: 'Ben Specialist', role: 'specialist', hasPassphrase: true, isYou: false }] },
    });
    await vault.lock();
    expect(await vault.unlock({ user: 'ben specialist', passphrase: BEN })).toMatchObject({ currentUser: 'Ben Specialist', currentRole: 'specialist' });
    expect(await dispatch('clients.create', { client: { client_id: 'C-1', referral_date: '2025-04-01' } })).toMatchObject({ ok: true });
    expect(await dispatch('staff.save', { staff: { name: 'Priya', fte: 1 } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await dispatch('users.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    vault.close();
  });

  it('refuses weak and whitespace-only passphrases with the reason, wherever one is chosen', async () => {
    const { vault, dispatch } = await teamOf();
    const weak = await dispatch('users.add', { name: 'Cat', role: 'viewer', passphrase: 'password1234' });
    expect(weak).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: ['passphrase'], message: expect.stringMatching(/easy to guess/) }] } });
    const spaces = await dispatch('users.add', { name: 'Cat', role: 'viewer', passphrase: ' '.repeat(14) });
    expect(spaces).toMatchObject({ ok: false, error: { issues: [{ path: ['passphrase'], message: 'A passphrase cannot be only spaces' }] } });
    const change = await dispatch('vault.changePassphrase', { currentPassphrase: ANN, newPassphrase: 'aaaaaaaaaaaaaaa' });
    expect(change).toMatchObject({ ok: false, error: { issues: [{ path: ['newPassphrase'] }] } });
    const mine = await dispatch('vault.changePassphrase', { currentPassphrase: ANN, newPassphrase: 'Northfield IPS Ann' });
    expect(mine).toMatchObject({ ok: false, error: { issues: [{ path: ['newPassphrase'] }] } });
    vault.close();
    const fresh = createVaultService({ dataDir: tempDir(), scryptCost: TEST_SCRYPT_COST });
    const setup = await refusal(fresh.setup({ serviceName: 'Northfield IPS', managerName: 'Ann', passphrase: 'qwertyuiop12' }));
    expect(setup).toMatchObject({ code: 'invalid_input', extra: { issues: [{ path: ['passphrase'] }] } });
    expect(fresh.status().state).toBe('needs_setup');
  });

  it('removes a user and their slot, but never yourself or the last manager', async () => {
    const { vault, dispatch } = await teamOf();
    await dispatch('users.add', { name: 'Ben Specialist', role: 'manager', passphrase: BEN });
    expect(await dispatch('users.remove', { name: 'Ann Manager' })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('cannot remove yourself') } });
    expect(await dispatch('users.setRole', { name: 'Ann Manager', role: 'viewer' })).toMatchObject({ ok: true });
    expect(vault.caller()).toEqual({ user: 'Ann Manager', role: 'viewer' });
    await vault.lock();
    await vault.unlock({ user: 'Ben Specialist', passphrase: BEN });
    expect(await dispatch('users.setRole', { name: 'Ben Specialist', role: 'specialist' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('only manager') },
    });
    expect(await dispatch('users.remove', { name: 'Ann Manager' })).toMatchObject({ ok: true, data: { users: [{ name: 'Ben Specialist' }] } });
    expect(readKeyring(vault.paths.keyringFile).slots.filter((s) => s.kind === 'passphrase').map((s) => 'user' in s && s.user)).toEqual(['Ben Specialist']);
    await vault.lock();
    expect((await refusal(vault.unlock({ user: 'Ann Manager', passphrase: ANN }))).code).toBe('invalid_input');
    vault.close();
  });

  it('writes wrong passphrases tried while locked into the audit trail at the next unlock', async () => {
    const { vault } = await teamOf();
    await vault.lock();
    await refusal(vault.unlock({ user: 'Ann Manager', passphrase: 'guess number one' }));
    await refusal(vault.unlockWithRecoveryKey({ recoveryKey: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA' }));
    await vault.unlock({ user: 'Ann Manager', passphrase: ANN });
    const rows = vault.reader().raw.prepare('SELECT action, details FROM audit_log ORDER BY seq').all() as { action: string; details: string | null }[];
    expect(rows.map((r) => r.action)).toEqual(['vault.setup', 'vault.lock', 'vault.unlock_failed', 'vault.unlock']);
    expect(JSON.parse(rows[2]!.details!)).toMatchObject({
      count: 2,
      attempts: [{ user: 'Ann Manager', method: 'passphrase' }, { user: null, method: 'recovery_key' }],
    });
    vault.close();
  });

  it('keeps counting wrong passphrases after a restart', async () => {
    let now = Date.UTC(2026, 0, 5, 9);
    const clock = () => now;
    const { vault } = await teamOf({ clock });
    const dataDir = vault.status().dataFolder!;
    await vault.lock();
    for (let i = 0; i < 3; i++) await refusal(vault.unlock({ user: 'Ann Manager', passphrase: 'not the passphrase' }));
    vault.close();
    const restarted = createVaultService({ dataDir, scryptCost: TEST_SCRYPT_COST, clock });
    const fourth = await refusal(restarted.unlock({ user: 'Ann Manager', passphrase: 'not the passphrase' }));
    expect(fourth.extra.retryAfterMs).toBe(2000);
    const again = createVaultService({ dataDir, scryptCost: TEST_SCRYPT_COST, clock });
    expect((await refusal(again.unlock({ user: 'Ann Manager', passphrase: ANN }))).code).toBe('throttled');
    now += 2000;
    expect(await again.unlock({ user: 'Ann Manager', passphrase: ANN })).toMatchObject({ state: 'unlocked' });
    again.close();
  });
});

describe('changing the database key', () => {
  it('re-keys the file, keeps every user able to unlock, and replaces the recovery key', async () => {
    const { vault, recoveryKey, dispatch } = await teamOf();
    await dispatch('users.add', { name: 'Ben Specialist', role: 'specialist', passphrase: BEN });
    await dispatch('clients.create', { client: { client_id: 'C-1', referral_date: '2025-04-01', family_name: 'Smith' } });
    const oldKey = await unwrapWithPassphrase(readKeyring(vault.paths.keyringFile), 'Ann Manager', ANN);
    const changed = await dispatch('vault.changeDatabaseKey', {});
    if (!changed.ok) throw new Error(changed.error.message);
    const data = changed.data as ChannelOutput<'vault.changeDatabaseKey'>;
    expect(data.droppedUsers).toEqual([]);
    expect(data.recoveryKey).not.toBe(recoveryKey);
    // Still usable in this session, and the old key opens nothing.
    expect(await dispatch('clients.list', {})).toMatchObject({ ok: true, data: { rows: [{ client_id: 'C-1' }] } });
    await vault.lock();
    expect(() => openEncryptedDatabase(vault.paths.databaseFile, oldKey)).toThrow(WrongKeyError);
    await vault.unlock({ user: 'Ben Specialist', passphrase: BEN });
    expect(await dispatch('clients.list', {})).toMatchObject({ ok: true, data: { rows: [{ client_id: 'C-1' }] } });
    await vault.lock();
    expect((await refusal(vault.unlockWithRecoveryKey({ recoveryKey }))).code).toBe('wrong_recovery_key');
    expect(await vault.unlockWithRecoveryKey({ recoveryKey: data.recoveryKey })).toMatchObject({ mustSetPassphrase: true });
    vault.close();
  });

  it('makes a fresh backup under the new key: the new recovery key restores it on a new laptop, the old one does not', async () => {
    const { vault, recoveryKey, dispatch } = await teamOf();
    await dispatch('clients.create', { client: { client_id: 'C-1', referral_date: '2025-04-01' } });
    const changed = await dispatch('vault.changeDatabaseKey', {});
    if (!changed.ok) throw new Error(changed.error.message);
    const { backup, recoveryKey: newRecoveryKey } = changed.data as ChannelOutput<'vault.changeDatabaseKey'>;
    expect(backup).toMatchObject({ reason: 'after-key-change', kind: 'copy' });
    vault.close();
    const laptop = createVaultService({ dataDir: tempDir(), scryptCost: TEST_SCRYPT_COST });
    const refused = await refusal(laptop.backups.restore({ file: backup!.file, unlock: { method: 'recovery_key', recoveryKey, newPassphrase: 'a passphrase for the new laptop' } }));
    expect(refused.code).toBe('wrong_recovery_key');
    await laptop.backups.restore({ file: backup!.file, unlock: { method: 'recovery_key', recoveryKey: newRecoveryKey, newPassphrase: 'a passphrase for the new laptop' } });
    await laptop.unlock({ user: 'Ann Manager', passphrase: 'a passphrase for the new laptop' });
    const onLaptop = createRouter(createAppHandlers(laptop), { isTrustedSender: (u) => u === APP, caller: laptop.caller, validateOutput: true });
    expect(await onLaptop.dispatch('clients.list', {}, APP)).toMatchObject({ ok: true, data: { rows: [{ client_id: 'C-1' }] } });
    laptop.close();
  });

  it('finishes a change cut short between re-keying the file and replacing the keyring, and drops a stale pending keyring', async () => {
    const { vault, dispatch } = await teamOf();
    await dispatch('clients.create', { client: { client_id: 'C-1', referral_date: '2025-04-01' } });
    const before = readFileSync(vault.paths.keyringFile);
    await dispatch('vault.changeDatabaseKey', {});
    await vault.lock();
    // As if the app died after the file was re-keyed: the old keyring live, the new one still pending.
    copyFileSync(vault.paths.keyringFile, pendingKeyringPath(vault.paths.keyringFile));
    writeFileSync(vault.paths.keyringFile, before);
    expect(await vault.unlock({ user: 'Ann Manager', passphrase: ANN })).toMatchObject({ state: 'unlocked' });
    expect(existsSync(pendingKeyringPath(vault.paths.keyringFile))).toBe(false);
    expect(readFileSync(vault.paths.keyringFile).equals(before)).toBe(false);
    await vault.lock();
    // And a pending keyring the file never needed (the app died before re-keying): removed, nothing else changes.
    writeFileSync(pendingKeyringPath(vault.paths.keyringFile), before);
    const live = readFileSync(vault.paths.keyringFile);
    expect(await vault.unlock({ user: 'Ann Manager', passphrase: ANN })).toMatchObject({ state: 'unlocked' });
    expect(existsSync(pendingKeyringPath(vault.paths.keyringFile))).toBe(false);
    expect(readFileSync(vault.paths.keyringFile).equals(live)).toBe(true);
    vault.close();
  });
});
