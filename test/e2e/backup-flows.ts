import { expect, type Page } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRouter } from '../../electron/ipc/router';
import { createAppHandlers } from '../../electron/services/app-handlers';
import { createVaultService } from '../../electron/services/vault-service';
import { FAST_SCRYPT_COST } from './harness/harness';

/** Steps the backup and restore specs share. */

export const OTHER_TEAM = { service: 'Eastmoor IPS', manager: 'Dana Whitfield', passphrase: 'copper willow thistle 42' };

/**
 * Another laptop's team database, made straight through the services (no browser), with one client, and
 * one backup file of it in a folder of its own: what a manager carries to a new laptop. The folder is left
 * for the OS to clear (it is under the temporary folder).
 */
export async function backupFromAnotherLaptop(client: { client_id: string; given_name: string; family_name: string }) {
  const dataDir = await mkdtemp(join(tmpdir(), 'ipsdesk-e2e-old-laptop-'));
  const vault = createVaultService({ dataDir, scryptCost: FAST_SCRYPT_COST });
  try {
    const { recoveryKey } = await vault.setup({ serviceName: OTHER_TEAM.service, managerName: OTHER_TEAM.manager, passphrase: OTHER_TEAM.passphrase });
    const router = createRouter(createAppHandlers(vault), { isTrustedSender: () => true, caller: vault.caller });
    const created = await router.dispatch('clients.create', { client: { ...client, referral_date: '2025-04-01' } }, 'app://ipsdesk/index.html');
    expect(created).toMatchObject({ ok: true });
    const caller = vault.caller();
    if (!caller) throw new Error('not signed in after set-up');
    const backup = await vault.backups.backupTo(await mkdtemp(join(tmpdir(), 'ipsdesk-e2e-usb-stick-')), caller);
    return { file: backup.file, recoveryKey };
  } finally {
    vault.close();
  }
}

/** Opens Settings › Backups and waits for it to have read the backups. */
export async function expectBackupsPage(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 2, name: 'Backups', exact: true })).toBeVisible();
  await expect(page.getByTestId('last-backup')).toBeVisible();
}
