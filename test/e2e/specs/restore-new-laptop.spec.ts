import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, SCREENS_DIR, test } from '../fixtures';
import { expectHome, lock, NEW_PASSPHRASE, openCaseload, PASSPHRASE, setUpAndContinue, submitPassphrase } from '../flows';
import { backupFromAnotherLaptop, OTHER_TEAM } from '../backup-flows';
import { expectNoSeriousViolations } from '../records-flows';

// The system's Open dialog is answered by the harness (browser run).
test.skip(({ target }) => target !== 'browser', 'answerPathDialog drives the harness (browser run) only');

test.beforeEach(async ({ app }) => {
  await app.page.setViewportSize({ width: 1366, height: 768 });
});

async function shots(page: Page, target: string, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENS_DIR, `${target}-1366-${name}.png`), animations: 'disabled', caret: 'hide' });
  await page.screenshot({ path: join(SCREENS_DIR, `${target}-1366-${name}-full.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
}

const CLIENT = { client_id: 'EM-0042', given_name: 'Morwenna', family_name: 'Tregaskis' };

test('a new laptop: restore a backup file from the set-up screen with the recovery key, choose a new passphrase, and find the records', async ({ app }) => {
  const { page } = app;
  const { file, recoveryKey } = await backupFromAnotherLaptop(CLIENT);

  await expect(page.getByRole('heading', { level: 1, name: 'Set up IPS Desk' })).toBeVisible();
  await page.getByRole('button', { name: 'Restore from a backup' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Restore from a backup' })).toBeVisible();
  await expectNoSeriousViolations(page, 'restore from a backup (no file yet)');

  app.answerPathDialog!(file);
  await page.getByRole('button', { name: 'Choose a backup file…' }).click();
  const chosen = page.getByRole('region', { name: 'The backup you chose' });
  await expect(chosen.getByText('Passphrases in it')).toBeVisible();
  await expect(chosen.getByRole('definition').filter({ hasText: OTHER_TEAM.manager })).toBeVisible();
  await expect(chosen.getByText(/no team database on this computer yet/)).toBeVisible();
  await expect(chosen.getByText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)).toBeVisible();

  await chosen.getByRole('radio', { name: /printed recovery key/ }).check();
  await chosen.getByRole('textbox', { name: 'Recovery key' }).fill(recoveryKey.toLowerCase().replaceAll('-', ' '));
  await chosen.getByLabel('Set the new passphrase for').selectOption(OTHER_TEAM.manager);
  await chosen.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  // Typed differently the second time: the form's own check, beside the field.
  await chosen.getByLabel('Confirm new passphrase').fill(`${NEW_PASSPHRASE}x`);
  await chosen.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(chosen.getByLabel('Confirm new passphrase')).toHaveAccessibleDescription('The passphrases do not match');
  await expectNoSeriousViolations(page, 'restore from a backup (with a problem)');
  await shots(page, app.target, 'restore-new-laptop');

  await chosen.getByLabel('Confirm new passphrase').fill(NEW_PASSPHRASE);
  await chosen.getByRole('button', { name: 'Restore this backup' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Unlock IPS Desk' })).toBeVisible();
  const notice = page.getByTestId('lock-notice');
  await expect(notice).toContainText('Backup restored');
  await expect(notice).toContainText('Unlock with the new passphrase you have just chosen');
  await expect(page.getByText(`Unlocking as ${OTHER_TEAM.manager}`)).toBeVisible();
  await expectNoSeriousViolations(page, 'unlock after a restore');
  await shots(page, app.target, 'restore-new-laptop-unlock');

  await submitPassphrase(page, NEW_PASSPHRASE);
  await expectHome(page);
  await openCaseload(page);
  await expect(page.getByRole('grid', { name: 'Clients' }).getByRole('row', { name: /Morwenna Tregaskis/ })).toBeVisible();
  // The notice was about that lock only.
  await expect(page.getByTestId('lock-notice')).toHaveCount(0);
});

test('the unlock screen offers a restore too: another team’s backup is flagged, and a wrong recovery key is refused beside its field', async ({ app }) => {
  const { page } = app;
  const { file } = await backupFromAnotherLaptop(CLIENT);
  await setUpAndContinue(page);
  await lock(page);
  await page.getByRole('button', { name: 'Restore from a backup' }).click();
  app.answerPathDialog!(file);
  await page.getByRole('button', { name: 'Choose a backup file…' }).click();
  const chosen = page.getByRole('region', { name: 'The backup you chose' });
  await expect(chosen.getByText(/a different team database/)).toBeVisible();
  await chosen.getByRole('radio', { name: /printed recovery key/ }).check();
  await chosen.getByRole('textbox', { name: 'Recovery key' }).fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH');
  await chosen.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await chosen.getByLabel('Confirm new passphrase').fill(NEW_PASSPHRASE);
  await chosen.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(chosen.getByRole('textbox', { name: 'Recovery key' })).toHaveAttribute('aria-invalid', 'true');
  // Nothing was restored: the team's own records still open with its own passphrase.
  await page.getByRole('button', { name: 'Back to unlocking' }).click();
  await submitPassphrase(page, PASSPHRASE);
  await expectHome(page);
});
