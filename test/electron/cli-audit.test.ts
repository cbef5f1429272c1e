import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../db/connection';
import { readKeyring, unwrapWithPassphrase } from '../../db/keyring';
import { createServiceContext } from '../../electron/services/service-context';
import { createVaultService } from '../../electron/services/vault-service';
import { createAuditHandlers } from '../../electron/services/audit-service';
import { TEST_SCRYPT_COST, useTempDirs } from '../db/helpers';
import { runCli } from './cli-runner';

const tempDir = useTempDirs();
const PASSPHRASE = 'audit check passphrase';

async function teamWithHistory() {
  const dir = tempDir();
  const vault = createVaultService({ dataDir: dir, databaseFileName: 'team.db', scryptCost: TEST_SCRYPT_COST });
  await vault.setup({ serviceName: 'Westmoor IPS', managerName: 'Dana', passphrase: PASSPHRASE });
  await vault.lock();
  await vault.unlock({ user: 'Dana', passphrase: PASSPHRASE });
  await vault.lock();
  vault.close();
  return { dir, file: join(dir, 'team.db') };
}

describe('audit trail: list and verify', () => {
  it('lists entries newest first with filters, and audit-verify passes an untouched trail', async () => {
    const { dir, file } = await teamWithHistory();
    const vault = createVaultService({ dataDir: dir, databaseFileName: 'team.db', scryptCost: TEST_SCRYPT_COST });
    await vault.unlock({ user: 'Dana', passphrase: PASSPHRASE });
    const audit = createAuditHandlers(createServiceContext(vault));
    const caller = vault.caller()!;
    const all = await audit['audit.list']({ limit: 100 }, caller);
    expect(all.entries.map((e) => e.action)).toEqual(['vault.unlock', 'vault.lock', 'vault.unlock', 'vault.lock', 'vault.setup']);
    expect(all.users).toEqual(['Dana']);
    const page = await audit['audit.list']({ action: 'vault.lock', limit: 1 }, caller);
    expect(page).toMatchObject({ entries: [{ action: 'vault.lock', seq: 4 }], more: true });
    expect((await audit['audit.list']({ action: 'vault', limit: 100, beforeSeq: 3 }, caller)).entries.map((e) => e.seq)).toEqual([2, 1]);
    expect(await audit['audit.verify']({}, caller)).toEqual({ ok: true, entries: 5, firstBroken: null });
    vault.close();

    const run = await runCli(['audit-verify', '--db', file], { passphrase: PASSPHRASE });
    expect(run).toMatchObject({ code: 0, stdout: expect.stringContaining('The audit trail is intact: 5 entries') });
  });

  it('audit-verify exits non-zero and names the first entry that was altered', async () => {
    const { file } = await teamWithHistory();
    const key = await unwrapWithPassphrase(readKeyring(join(file, '..', 'team.keyring.json')), 'Dana', PASSPHRASE);
    const raw = openEncryptedDatabase(file, key);
    raw.prepare(`UPDATE audit_log SET user = 'Someone Else' WHERE seq = 2`).run();
    raw.close();
    const run = await runCli(['audit-verify', '--db', file], { passphrase: PASSPHRASE });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/The audit trail has been altered\. Entry 2, dated \d{4}-.*: the entry was changed after it was written\./);
    expect(run.stderr).toContain('The 1 entry before it is intact.');
  });
});
