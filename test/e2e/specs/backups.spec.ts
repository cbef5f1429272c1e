import type { Page } from '@playwright/test';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, SCREENS_DIR, test } from '../fixtures';
import { expectHome, MANAGER, openCaseload, PASSPHRASE, setUpAndContinue, submitPassphrase } from '../flows';
import { addClient } from '../client-flows';
import { expectBackupsPage } from '../backup-flows';
import { expectNoSeriousViolations } from '../records-flows';
import { openSettings } from '../settings-flows';

// The system's Open dialog is answered by the harness (browser run).
test.skip(({ target }) => target !== 'browser', 'answerPathDialog drives the harness (browser run) only');

test.beforeEach(async ({ app }) => {
  await app.page.setViewportSize({ width: 1366, height: 768 });
});

async function shots(page: Page, target: string, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENS_DIR, `${target}-1366-${name}.png`), animations: 'disabled', caret: 'hide' });
  await page.screenshot({ path: join(SCREENS_DIR, `${target}-1366-${name}-full.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
}

const ROWAN = { clientId: 'NS-7731', givenName: 'Rowan', familyName: 'Quillfeather', referralDate: '03/04/2025' };
const ISLA = { clientId: 'NS-7732', givenName: 'Isla', familyName: 'Brackenridge', referralDate: '05/04/2025' };

test('Back up now: the backup is listed, the outcome read out, and no warning is left', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await openSettings(page, 'Backups');
  await expectBackupsPage(page);
  // A new team has no backup yet: the page says so plainly.
  await expect(page.getByTestId('backup-stale')).toContainText('There is no backup');
  await expect(page.getByTestId('last-backup')).toHaveText('None yet');
  await expectNoSeriousViolations(page, 'settings backups');
  await shots(page, app.target, 'settings-backups-none');

  await page.getByRole('button', { name: 'Back up now' }).click();
  const outcome = page.getByTestId('backup-outcome');
  await expect(outcome).toContainText(/Backed up at \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  await expect(page.getByTestId('backup-stale')).toHaveCount(0);
  await expect(page.getByTestId('last-backup')).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} · Backed up by hand/);
  const list = page.getByRole('table', { name: 'Backups on this computer' });
  await expect(list.getByRole('row', { name: /Backed up by hand/ })).toHaveCount(1);
  await shots(page, app.target, 'settings-backups');
});

test('restoring a listed backup from Settings with the passphrase brings back the records as they were', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await addClient(page, ROWAN);
  await openSettings(page, 'Backups');
  await expectBackupsPage(page);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByTestId('backup-outcome')).toContainText('Backed up at');
  // Recorded after the backup: the restore takes it away.
  await addClient(page, ISLA);

  await openSettings(page, 'Backups');
  const manual = page.getByRole('table', { name: 'Backups on this computer' }).getByRole('row', { name: /Backed up by hand/ });
  await manual.getByRole('button', { name: /^Restore the backup made/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog.getByText(`Passphrases in it`)).toBeVisible();
  await expect(dialog.getByText('Backed up by hand')).toBeVisible();
  await expectNoSeriousViolations(page, 'restore dialog');
  await shots(page, app.target, 'settings-backups-restore-dialog');

  // A wrong passphrase is refused beside its field, and nothing is replaced.
  await dialog.getByLabel('Passphrase', { exact: true }).fill('not the passphrase at all');
  await dialog.getByRole('button', { name: 'Replace the current records' }).click();
  await expect(dialog.getByLabel('Passphrase', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Replace the current records' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Unlock IPS Desk' })).toBeVisible();
  const notice = page.getByTestId('lock-notice');
  await expect(notice).toContainText('Backup restored');
  await expect(notice).toContainText(/as they were on \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  await expect(notice).toContainText('backed up just before the restore');
  await expect(page.getByText(`Unlocking as ${MANAGER}`)).toBeVisible();

  await submitPassphrase(page, PASSPHRASE);
  await expectHome(page);
  await openCaseload(page);
  const grid = page.getByRole('grid', { name: 'Clients' });
  await expect(grid.getByRole('row', { name: /Rowan Quillfeather/ })).toBeVisible();
  await expect(grid.getByRole('row', { name: /Isla Brackenridge/ })).toHaveCount(0);

  // What was there before the restore is itself kept, and listed.
  await openSettings(page, 'Backups');
  await expect(page.getByRole('table', { name: 'Backups on this computer' }).getByRole('row', { name: /Before a restore/ })).toHaveCount(1);
});

test('restoring from a backup file chosen in the Open dialog, and a cancelled dialog changes nothing', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await openSettings(page, 'Backups');
  await expectBackupsPage(page);
  app.answerPathDialog!(null);
  await page.getByRole('button', { name: 'Restore from a backup file…' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  app.answerPathDialog!(join(app.dataDir!, 'no-such.ipsdesk-backup'));
  await page.getByRole('button', { name: 'Restore from a backup file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog.getByRole('alert')).toContainText('there is no such file');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('a second folder: refused beside the field when it is not there, then every backup is also copied there', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await openSettings(page, 'Backups');
  await expectBackupsPage(page);
  const folderForm = page.getByRole('form', { name: 'Second folder for backups' });
  const field = folderForm.getByLabel('Folder for copies');

  await field.fill(join(app.dataDir!, 'not-made-yet'));
  await folderForm.getByRole('button', { name: 'Save folder' }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/There is no folder .*not-made-yet/);

  const second = await mkdtemp(join(tmpdir(), 'ipsdesk-e2e-team-share-'));
  try {
    app.answerPathDialog!(second);
    await folderForm.getByRole('button', { name: 'Choose a folder…' }).click();
    await expect(field).toHaveValue(second);
    await folderForm.getByRole('button', { name: 'Save folder' }).click();
    await expect(folderForm.getByRole('status')).toContainText(`a copy also goes to ${second}`);

    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByTestId('backup-outcome')).toContainText(`A copy is in ${second}.`);
    await expect(page.getByRole('table', { name: `Copies in ${second}` }).getByRole('row', { name: /Backed up by hand/ })).toHaveCount(1);
    expect((await readdir(second)).filter((name) => name.endsWith('.ipsdesk-backup'))).toHaveLength(1);

    await page.getByRole('button', { name: 'Stop copying there' }).click();
    await expect(page.getByText('A copy also goes to').locator('xpath=following-sibling::dd[1]')).toContainText('Nowhere else yet');
  } finally {
    await rm(second, { recursive: true, force: true });
  }
});

test('keyboard only: Back up now, open a restore, and leave it with Escape', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await openSettings(page, 'Backups');
  await expectBackupsPage(page);
  const backUp = page.getByRole('button', { name: 'Back up now' });
  await backUp.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('backup-outcome')).toContainText('Backed up at');

  const restore = page.getByRole('button', { name: /^Restore the backup made/ });
  await restore.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  // Tab reaches the fields from the safe first stop, within the dialog.
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(restore).toBeFocused();
});
