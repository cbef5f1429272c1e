import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, SCREENS_DIR, test } from '../fixtures';
import { lock, PASSPHRASE, setUp, setUpAndContinue, submitPassphrase } from '../flows';
import { addClient, dialogOpened, dialogsClosed, openTab } from '../client-flows';
import { expectNoSeriousViolations, loadDemoData, openNav, openContactsLog } from '../records-flows';
import { openSettings } from '../settings-flows';

/**
 * Every screen whose forms or loading moved to the shared form style and query layer, at the laptop size
 * the team uses (1366×768), with and without problems shown. Files: test-results/screens/<target>-1366-*.png
 */
test.beforeEach(async ({ app }) => {
  await app.page.setViewportSize({ width: 1366, height: 768 });
});

async function shot(page: Page, target: string, name: string): Promise<void> {
  // What fits in the window, as people first see it (the fixture's screenshot() takes the whole page).
  await page.screenshot({ path: join(SCREENS_DIR, `${target}-1366-${name}.png`), animations: 'disabled', caret: 'hide' });
}

test('passphrase screens', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Set up IPS Desk' }).click();
  await expect(page.getByRole('alert')).toContainText('There are problems');
  await expect(page.getByLabel('Service name')).toBeFocused();
  await shot(page, app.target, 'setup-errors');
  const key = await setUp(page);
  await shot(page, app.target, 'recovery-key');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('Confirm that you have stored the recovery key before you continue')).toBeVisible();
  await shot(page, app.target, 'recovery-key-unconfirmed');
  await page.getByLabel('I have printed or stored this recovery key somewhere safe').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await lock(page);
  await submitPassphrase(page, 'not the passphrase');
  await expect(page.getByRole('alert')).toBeVisible();
  await shot(page, app.target, 'unlock-wrong');
  await page.getByRole('button', { name: 'Use the recovery key instead' }).click();
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByLabel('Recovery key', { exact: true })).toHaveAccessibleDescription('Enter the recovery key');
  await expectNoSeriousViolations(page, 'recovery key unlock with errors');
  await shot(page, app.target, 'recovery-unlock-errors');
  await page.getByLabel('Recovery key', { exact: true }).fill(key);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await page.getByLabel('New passphrase', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Save passphrase and continue' }).click();
  await expect(page.getByLabel('Confirm new passphrase')).toHaveAccessibleDescription('Enter the new passphrase again');
  await expectNoSeriousViolations(page, 'new passphrase with errors');
  await shot(page, app.target, 'new-passphrase-errors');
  await page.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Confirm new passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Save passphrase and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await shot(page, app.target, 'home-empty');
});

test('client record forms', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await addClient(page, { clientId: 'NS-0042', nhsNumber: '943 476 5919', givenName: 'Morgan', familyName: 'Ashby', referralDate: '03/04/2025', specialist: 'Priya Shah' });
  await shot(page, app.target, 'client-details');
  await page.getByRole('button', { name: 'Edit details' }).click();
  await page.getByLabel('Referral date').fill('');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('#client-referral_date-helper-text')).toHaveText('Referral date is required');
  await shot(page, app.target, 'client-edit-errors');
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await page.getByRole('dialog', { name: 'Cancel without saving?' }).getByRole('button', { name: 'Throw away my changes' }).click();

  await openTab(page, 'Contacts');
  await page.getByRole('button', { name: 'Add contact' }).click();
  const contact = page.getByRole('dialog', { name: 'Add contact' });
  await contact.getByLabel('Date').fill('1/13/2025');
  await contact.getByRole('button', { name: 'Save' }).click();
  await expect(contact.getByLabel('Date')).toHaveAccessibleDescription('Date must be a real date (dd/mm/yyyy)');
  await dialogOpened(page);
  await expectNoSeriousViolations(page, 'contact dialog with errors');
  await shot(page, app.target, 'client-contact-errors');
  await contact.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('dialog', { name: 'Close without saving?' }).getByRole('button', { name: 'Close without saving' }).click();
  await dialogsClosed(page);

  await page.getByRole('button', { name: 'Discharge' }).click();
  const discharge = page.getByRole('dialog', { name: 'Discharge NS-0042' });
  await discharge.getByLabel('Discharge date').fill('01/04/2025');
  await discharge.getByRole('button', { name: 'Discharge' }).click();
  await expect(discharge.getByLabel('Discharge date')).toHaveAccessibleDescription('Discharge date must be on or after the referral date (03/04/2025)');
  await dialogOpened(page);
  await expectNoSeriousViolations(page, 'discharge dialog with errors');
  await shot(page, app.target, 'client-discharge-errors');
});

test('caseload, reports, hand-entered figures, data quality, employers and settings', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await loadDemoData(page);
  await shot(page, app.target, 'caseload');

  await openNav(page, 'Reports');
  await expect(page.getByTestId('value-job_starts')).toBeVisible();
  await shot(page, app.target, 'reports');
  await page.getByLabel('Date range').check();
  await page.getByLabel('Figures as of').fill('31/31/2025');
  await page.getByRole('button', { name: 'Show figures' }).click();
  await expect(page.getByLabel('From', { exact: true })).toHaveAccessibleDescription('Enter the start date as dd/mm/yyyy');
  // Focus goes to the first problem on screen, not to the field the form happened to know first.
  await expect(page.getByLabel('From', { exact: true })).toBeFocused();
  await expectNoSeriousViolations(page, 'reports with period errors');
  await shot(page, app.target, 'reports-period-errors');

  await page.getByRole('tab', { name: 'Local context (Sainsbury A) and D7' }).click();
  await page.getByLabel('A1 value (%)').fill('150');
  await page.getByLabel('A11 answer').click();
  await page.getByRole('option', { name: 'Partly' }).click();
  await page.getByRole('button', { name: /Save figures for/ }).click();
  await expect(page.getByLabel('A11 source')).toHaveAccessibleDescription('Item A11: say where the figure comes from (source)');
  await expectNoSeriousViolations(page, 'hand-entered figures with errors');
  await shot(page, app.target, 'hand-entered-errors');

  // The figures typed are not saved: leaving asks first.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data quality' }).click();
  await page.getByRole('dialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data quality' })).toBeVisible();
  await shot(page, app.target, 'data-quality');

  await openContactsLog(page);
  await expect(page.getByRole('grid', { name: 'Employer contacts' })).toBeVisible();
  await page.getByLabel('From').fill('yesterday');
  await page.getByRole('button', { name: 'Show these dates' }).click();
  await expect(page.getByLabel('From')).toHaveAccessibleDescription('From must be a real date, written dd/mm/yyyy');
  await shot(page, app.target, 'employers-range-error');
  await page.getByRole('button', { name: 'Add employer contact' }).click();
  await dialogOpened(page);
  await shot(page, app.target, 'employer-contact-dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await dialogsClosed(page);

  await openSettings(page, 'Staff and teams');
  await expect(page.getByRole('table', { name: 'Staff' })).toBeVisible();
  await shot(page, app.target, 'settings');
  await page.getByRole('button', { name: 'Add staff member' }).click();
  const staff = page.getByRole('dialog', { name: 'Add a member of staff' });
  await staff.getByLabel('Name').fill('Robin Hale');
  await staff.getByLabel('FTE (full-time equivalent)').fill('half');
  await staff.getByLabel('End date').fill('01/01/2020');
  await staff.getByLabel('Start date').fill('01/01/2021');
  await staff.getByRole('button', { name: 'Add staff member' }).click();
  await expect(staff.getByLabel('FTE (full-time equivalent)')).toHaveAccessibleDescription('FTE must be a number');
  // Rules across fields are checked once every field can be read.
  await staff.getByLabel('FTE (full-time equivalent)').fill('0.5');
  await staff.getByRole('button', { name: 'Add staff member' }).click();
  await expect(staff.getByLabel('End date')).toHaveAccessibleDescription('End date must be on or after the start date');
  await dialogOpened(page);
  await expectNoSeriousViolations(page, 'staff dialog with errors');
  await shot(page, app.target, 'staff-errors');
});
