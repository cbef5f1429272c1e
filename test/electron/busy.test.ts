import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKeyring, unwrapWithPassphrase } from '../../db/keyring';
import { createRouter } from '../../electron/ipc/router';
import { createAppHandlers } from '../../electron/services/app-handlers';
import { BUSY_MESSAGE, isDatabaseBusy } from '../../electron/services/busy';
import { createVaultService } from '../../electron/services/vault-service';
import { TEST_SCRYPT_COST, useTempDirs } from '../db/helpers';
import { startChild, waitFor, type RunningChild } from './child-process';
import { HOLD_WRITE_LOCK_BUNDLE } from './cli-bundle';
import { runCli } from './cli-runner';

const tempDir = useTempDirs();
const PASSPHRASE = 'busy database passphrase';
const APP_PAGE = 'app://ipsdesk/index.html';
const SLOW = 120_000;

/** Another process holding the database's write lock (a long import, a second copy of IPS Desk…). */
async function holdWriteLock(db: string, key: Buffer): Promise<RunningChild> {
  const holder = startChild(HOLD_WRITE_LOCK_BUNDLE, [db], { IPSDESK_TEST_KEY: key.toString('hex') });
  await waitFor(() => holder.stdout().includes('locked') || holder.child.exitCode !== null, 'the other process to take the lock', SLOW, 20);
  expect(holder.child.exitCode, `the lock holder stopped: ${holder.stderr()}`).toBeNull();
  expect(holder.stdout()).toBe('locked\n');
  return holder;
}

describe('a second process writing at the same time', () => {
  it('is told "IPS Desk is busy" after a short wait, never "database is locked", and the write works once it is free', async () => {
    const dir = tempDir();
    const vault = createVaultService({ dataDir: dir, scryptCost: TEST_SCRYPT_COST, busyTimeoutMs: 300 });
    await vault.setup({ serviceName: 'Westmoor IPS', managerName: 'Dana', passphrase: PASSPHRASE });
    const router = createRouter(createAppHandlers(vault, { today: () => '2026-01-15' }), { isTrustedSender: (u) => u === APP_PAGE, caller: vault.caller });
    const key = await unwrapWithPassphrase(readKeyring(vault.paths.keyringFile), 'Dana', PASSPHRASE);
    const client = { client: { client_id: 'C-1', referral_date: '2025-04-01' } };

    const holder = await holdWriteLock(vault.paths.databaseFile, key);
    try {
      const busy = await router.dispatch('clients.create', client, APP_PAGE);
      expect(busy).toEqual({ ok: false, error: { code: 'busy', message: BUSY_MESSAGE } });
      // Reads go on: WAL readers never wait for a writer.
      expect(await router.dispatch('clients.list', {}, APP_PAGE)).toMatchObject({ ok: true, data: { rows: [] } });
    } finally {
      holder.child.kill('SIGKILL');
      await holder.exited;
    }
    expect(await router.dispatch('clients.create', client, APP_PAGE)).toMatchObject({ ok: true });
    vault.close();
  }, SLOW);

  it('the command line says so too, and exits 1', async () => {
    const dir = tempDir();
    const vault = createVaultService({ dataDir: dir, databaseFileName: 'team.db', scryptCost: TEST_SCRYPT_COST });
    await vault.setup({ serviceName: 'Westmoor IPS', managerName: 'Dana', passphrase: PASSPHRASE });
    await vault.lock();
    vault.close();
    const db = join(dir, 'team.db');
    const key = await unwrapWithPassphrase(readKeyring(join(dir, 'team.keyring.json')), 'Dana', PASSPHRASE);

    const holder = await holdWriteLock(db, key);
    try {
      const run = await runCli(['backup', '--db', db, '--out', join(dir, 'out')], { passphrase: PASSPHRASE, timeoutMs: SLOW });
      // Had the holder died meanwhile, the backup would rightly succeed: say so rather than fail on the code.
      expect(holder.child.exitCode, `the lock holder stopped during the run: ${holder.stderr()}`).toBeNull();
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toBe(`${BUSY_MESSAGE}\n`);
      expect(run.stderr).not.toMatch(/locked/i);
    } finally {
      holder.child.kill('SIGKILL');
      await holder.exited;
    }
  }, SLOW);

  it('recognises SQLite busy and locked codes and nothing else', () => {
    for (const code of ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY', 'SQLITE_LOCKED', 'SQLITE_LOCKED_SHAREDCACHE']) {
      expect(isDatabaseBusy(Object.assign(new Error('database is locked'), { code })), code).toBe(true);
    }
    for (const code of ['SQLITE_BUSYNESS', 'SQLITE_CORRUPT', 'SQLITE_CONSTRAINT', undefined]) {
      expect(isDatabaseBusy(Object.assign(new Error('x'), { code })), String(code)).toBe(false);
    }
    expect(isDatabaseBusy(null)).toBe(false);
  });
});
