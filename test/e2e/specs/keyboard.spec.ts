import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { expectHome, MANAGER, PASSPHRASE, SERVICE } from '../flows';

/** Presses Tab until `target` has focus, failing if it takes more than `max` presses. */
async function tabTo(page: Page, target: Locator, max = 8): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Could not reach ${target.toString()} with ${max} presses of Tab`);
}

test('set-up completes with the keyboard alone, with a visible NHS focus ring', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Set up IPS Desk' })).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();

  // Each field is the next Tab stop after the one before.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Service name')).toBeFocused();
  await page.keyboard.type(SERVICE);
  // The ring is drawn on the field's outline: yellow, 3px.
  const ring = page.locator('.MuiOutlinedInput-root.Mui-focused');
  await expect(ring).toHaveCSS('outline-color', 'rgb(255, 235, 59)');
  await expect(ring).toHaveCSS('outline-width', '3px');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Your name')).toBeFocused();
  await page.keyboard.type(MANAGER);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Confirm passphrase')).toBeFocused();
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Tab');
  const submit = page.getByRole('button', { name: 'Set up IPS Desk' });
  await expect(submit).toBeFocused();
  await expect(submit).toHaveCSS('outline-color', 'rgb(255, 235, 59)');
  await app.screenshot('setup-keyboard-focus');
  await page.keyboard.press('Enter');

  // The new screen's heading takes focus, so the next Tab starts at the top of the recovery key screen.
  const heading = page.getByRole('heading', { level: 1, name: 'Your recovery key' });
  await expect(heading).toBeFocused();
  const checkbox = page.getByLabel('I have printed or stored this recovery key somewhere safe');
  await tabTo(page, checkbox);
  await page.keyboard.press('Space');
  await expect(checkbox).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Continue' }), 2);
  await page.keyboard.press('Enter');
  await expectHome(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeFocused();
});
