import { expect, test } from '../fixtures';
import { expectHome, PASSPHRASE, SERVICE, setUpAndContinue, submitPassphrase } from '../flows';
import { dialogOpened } from '../client-flows';
import { expectNoSeriousViolations } from '../records-flows';
import { openSettings } from '../settings-flows';

// Auto-lock and the computer locking both come from the main process: the harness drives them for real.
test.skip(({ target }) => target !== 'browser', 'auto-lock and lockFromMain drive the harness (browser run) only');

const TYPED_NAME = 'Northshire Half-Typed Renaming';
const TYPED_STAFF = 'Ottoline Featherstonehaugh';

test.describe('idle', () => {
  // Locks after 4 s with no request from the page. The harness's idle clock counts requests, not keys, so
  // typing in a form counts as idle here (the app counts keys: there, typing would have to pause that long).
  test.use({ harness: { autoLockSeconds: 4 } });

  test('auto-lock while typing in a form drops the typing and says so on the unlock screen', async ({ app }) => {
    const { page } = app;
    await setUpAndContinue(page);
    await openSettings(page, 'Service');
    const field = page.getByLabel('Service name');
    await field.fill(TYPED_NAME);
    await expect(field).toHaveValue(TYPED_NAME);

    await expect(page.getByRole('heading', { level: 1, name: 'Unlock IPS Desk' })).toBeVisible({ timeout: 15_000 });
    const notice = page.getByTestId('lock-notice');
    await expect(notice).toContainText('Unsaved changes were discarded');
    await expect(notice).toContainText('IPS Desk locked itself because nobody had used the computer for a while.');
    await expect(notice).toContainText('What you had typed on “Service details” and not saved was thrown away');
    // The typing itself is gone from the page, not hidden.
    expect(await page.content()).not.toContain(TYPED_NAME);
    await expectNoSeriousViolations(page, 'unlock after auto-lock with discarded typing');
    await app.screenshot('auto-lock-discarded');

    await submitPassphrase(page, PASSPHRASE);
    await expectHome(page);
    await expect(page.getByTestId('lock-notice')).toHaveCount(0);
    await openSettings(page, 'Service');
    await expect(page.getByLabel('Service name')).toHaveValue(SERVICE);
  });
});

test('the computer locking while a dialog holds typing names that form; with nothing typed, it only says why', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await openSettings(page, 'Staff and teams');
  await page.getByRole('button', { name: 'Add staff member' }).click();
  await dialogOpened(page);
  await page.getByRole('dialog').getByLabel('Name').fill(TYPED_STAFF);

  await app.lockFromMain!('system');
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock IPS Desk' })).toBeVisible();
  const notice = page.getByTestId('lock-notice');
  await expect(notice).toContainText('because the computer was locked, went to sleep or switched user');
  await expect(notice).toContainText('“Add a member of staff”');
  expect(await page.content()).not.toContain(TYPED_STAFF);

  await submitPassphrase(page, PASSPHRASE);
  await expectHome(page);
  await app.lockFromMain!('system');
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock IPS Desk' })).toBeVisible();
  await expect(notice).toHaveText(/IPS Desk locked itself.*went to sleep or switched user\.$/);
  await expect(notice).not.toContainText('discarded');
});
