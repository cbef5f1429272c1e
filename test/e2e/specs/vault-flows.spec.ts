import { expect, test } from '../fixtures';
import {
  confirmRecoveryKey, expectHome, fillSetUpForm, lock, MANAGER, NEW_PASSPHRASE, PASSPHRASE, SERVICE, setUp, setUpAndContinue,
  submitPassphrase, unlock,
} from '../flows';

test('set-up shows the recovery key once, asks for confirmation, then opens the home screen', async ({ app }) => {
  const { page } = app;
  await app.screenshot('setup');
  const key = await setUp(page);
  await app.screenshot('recovery-key');

  // Copy either works or says how to copy by hand (Electron refuses clipboard permission on purpose).
  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByRole('status')).toHaveText(/Copied\.|Could not copy automatically/);

  // Printing shows only the key, the service and the date.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1, name: 'Your recovery key' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  const printed = page.locator('.print-only');
  await expect(printed).toBeVisible();
  await expect(printed).toContainText(`Service: ${SERVICE}`);
  await expect(printed).toContainText(/Created: \d{2}\/\d{2}\/\d{4}/);
  await expect(printed).toContainText(key);
  await app.screenshot('recovery-key-print');
  await page.emulateMedia({ media: 'screen' });
  await expect(printed).toBeHidden();

  // Continue without confirming: the checkbox says why, beside itself.
  await page.getByRole('button', { name: 'Continue' }).click();
  const checkbox = page.getByLabel('I have printed or stored this recovery key somewhere safe');
  await expect(page.getByText('Confirm that you have stored the recovery key before you continue')).toBeVisible();
  await expect(checkbox).toHaveAttribute('aria-describedby', 'stored-error');
  await expect(page.getByRole('heading', { level: 1, name: 'Your recovery key' })).toBeVisible();

  await confirmRecoveryKey(page);
  await expect(page.getByRole('banner')).toContainText(SERVICE);
  await expect(page.getByRole('banner')).toContainText(`signed in as ${MANAGER}`);
  // The first screen is the week ahead, which says where to start on an empty database.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('No clients are recorded yet')).toBeVisible();
  await expect(page.getByText(key)).toHaveCount(0);
  await app.screenshot('home-empty');
});

test('set-up puts each problem beside its field', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Set up IPS Desk' }).click();
  await expect(page.getByRole('alert')).toContainText('There are problems');
  const serviceName = page.getByLabel('Service name');
  await expect(serviceName).toHaveAttribute('aria-invalid', 'true');
  await expect(serviceName).toHaveAccessibleDescription('Enter the service name');
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveAccessibleDescription('Passphrase must be at least 12 characters');

  await fillSetUpForm(page);
  await page.getByLabel('Confirm passphrase').fill(`${PASSPHRASE}x`);
  await page.getByRole('button', { name: 'Set up IPS Desk' }).click();
  await expect(page.getByLabel('Confirm passphrase')).toHaveAccessibleDescription('The passphrases do not match');
  await expect(page.getByLabel('Service name')).not.toHaveAttribute('aria-invalid', 'true');
  await app.screenshot('setup-errors');
});

test('the passphrase strength hint changes as the passphrase grows', async ({ app }) => {
  const { page } = app;
  const passphrase = page.getByLabel('Passphrase', { exact: true });
  await passphrase.fill('short');
  await expect(passphrase).toHaveAccessibleDescription(/Strength: Weak\. Use at least 12 characters \(7 more\)/);
  await passphrase.fill('password1234');
  await expect(passphrase).toHaveAccessibleDescription(/Strength: Weak\. This passphrase would be easy to guess\./);
  await passphrase.fill('Summer2026!x');
  await expect(passphrase).toHaveAccessibleDescription(/Strength: Good/);
  await passphrase.fill(PASSPHRASE);
  await expect(passphrase).toHaveAccessibleDescription(/Strength: Strong/);
});

test('the meter, like the service, counts the service and manager names as easy to guess', async ({ app }) => {
  const { page } = app;
  await fillSetUpForm(page, `${SERVICE} 1`);
  const passphrase = page.getByLabel('Passphrase', { exact: true });
  await expect(passphrase).toHaveAccessibleDescription(/Strength: Weak\. This passphrase would be easy to guess\./);
  // Refused by the service for the same reason, beside the same field.
  await page.getByRole('button', { name: 'Set up IPS Desk' }).click();
  await expect(passphrase).toHaveAttribute('aria-invalid', 'true');
  await expect(passphrase).toHaveAccessibleDescription(/easy to guess/);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up IPS Desk' })).toBeVisible();
});

test('lock, a wrong passphrase shows the message, then the right one unlocks', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await lock(page);
  await expect(page.getByText(`Unlocking as ${MANAGER}`)).toBeVisible();
  await app.screenshot('unlock');

  await submitPassphrase(page, 'not my passphrase at all');
  await expect(page.getByRole('alert')).toContainText(`That passphrase is not right for ${MANAGER}`);
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveValue('');
  await app.screenshot('unlock-wrong-passphrase');

  await unlock(page);
  await expect(page.getByRole('banner')).toContainText(`signed in as ${MANAGER}`);
});

test('repeated wrong passphrases are throttled with a live countdown', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await lock(page);
  // The vault allows three free mistakes; the fourth starts a 2-second wait.
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await submitPassphrase(page, `wrong guess number ${attempt}`);
    await expect(page.getByRole('alert')).toContainText('That passphrase is not right');
  }
  await submitPassphrase(page, 'wrong guess number 4');
  const throttled = page.getByTestId('throttled');
  await expect(throttled).toHaveText(/Too many attempts\. Try again in [12] seconds?\./);
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeDisabled();
  await app.screenshot('unlock-throttled');

  // The countdown ends by itself and the button comes back.
  await expect(throttled).toBeHidden({ timeout: 5_000 });
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeEnabled();
  await unlock(page);
});

test('recovery key unlock, new passphrase, then the new passphrase works and the old one does not', async ({ app }) => {
  const { page } = app;
  const key = await setUpAndContinue(page);
  await lock(page);

  await page.getByRole('button', { name: 'Use the recovery key instead' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock with the recovery key' })).toBeVisible();
  await app.screenshot('recovery-unlock');

  await page.getByLabel('Recovery key', { exact: true }).fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByLabel('Recovery key', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  // Typed as people do from paper: lower case, spaces instead of dashes.
  await page.getByLabel('Recovery key', { exact: true }).fill(key.toLowerCase().replaceAll('-', ' '));
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new passphrase' })).toBeVisible();
  await expect(page.getByLabel('Whose passphrase is this?')).toHaveValue(MANAGER);
  await page.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByLabel('Confirm new passphrase').fill(NEW_PASSPHRASE);
  await app.screenshot('new-passphrase');
  await page.getByRole('button', { name: 'Save passphrase and continue' }).click();
  await expectHome(page);

  await lock(page);
  await submitPassphrase(page, PASSPHRASE);
  await expect(page.getByRole('alert')).toContainText('That passphrase is not right');
  await unlock(page, NEW_PASSPHRASE);
});

test('the skip link moves focus to the main content', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Set up IPS Desk' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  // Hidden above the page until focused, then shown at the top left.
  expect((await skip.boundingBox())?.y).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
