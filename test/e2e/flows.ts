import { expect, type Page } from '@playwright/test';

/** The steps every spec shares, written once so the browser and Electron runs do exactly the same thing. */

export const SERVICE = 'Northshire IPS Service';
export const MANAGER = 'Sam Patel';
export const PASSPHRASE = 'kettle orbit meadow lantern';
export const NEW_PASSPHRASE = 'harbour violet pencil tundra';

export async function fillSetUpForm(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Set up IPS Desk' })).toBeVisible();
  await page.getByLabel('Service name').fill(SERVICE);
  await page.getByLabel('Your name').fill(MANAGER);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Confirm passphrase').fill(passphrase);
}

/** Sets up a new team database and returns the recovery key as shown (still on the recovery key screen). */
export async function setUp(page: Page): Promise<string> {
  await fillSetUpForm(page);
  await page.getByRole('button', { name: 'Set up IPS Desk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your recovery key' })).toBeVisible();
  const key = (await page.getByTestId('recovery-key').textContent()) ?? '';
  expect(key).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4})+$/);
  return key;
}

export async function confirmRecoveryKey(page: Page): Promise<void> {
  await page.getByLabel('I have printed or stored this recovery key somewhere safe').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectHome(page);
}

/** Sets up a new team database and goes on to the (empty) caseload, where most specs start. */
export async function setUpAndContinue(page: Page): Promise<string> {
  const key = await setUp(page);
  await confirmRecoveryKey(page);
  await openCaseload(page);
  return key;
}

/** The first screen after set-up and unlock. */
export async function expectHome(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
}

export async function openCaseload(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Caseload' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Caseload' })).toBeVisible();
}

export async function expectCaseload(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Caseload' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No clients yet' })).toBeVisible();
}

export async function lock(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock IPS Desk' })).toBeVisible();
}

export async function submitPassphrase(page: Page, passphrase: string): Promise<void> {
  // Wait out an attempt still being checked ("Unlocking…"): its refusal clears the field, which would
  // otherwise empty what is typed next and send nothing.
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await submitPassphrase(page, passphrase);
  await expectHome(page);
}
