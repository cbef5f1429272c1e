import { expect, test } from '../fixtures';
import { setUpAndContinue } from '../flows';
import { expectNoSeriousViolations } from '../records-flows';
import { addClient, addContact, dialogOpened, dialogsClosed, fillJobDialog, openNewClientForm, openTab } from '../client-flows';

const SAM = {
  clientId: 'NS-0100',
  nhsNumber: '943 476 5919',
  givenName: 'Sam',
  familyName: 'Okafor',
  dateOfBirth: '02/11/1979',
  referralDate: '12/05/2025',
  specialist: 'Priya Shah',
};

test('create form, empty and with errors', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await openNewClientForm(page);
  await expectNoSeriousViolations(page, 'add client');
  await app.screenshot('client-new');
  await page.getByLabel('NHS number').fill('943 476 5918');
  await page.getByLabel('Date of birth').fill('1979-13-45');
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.locator('#client-client_id-helper-text')).toHaveText('Client ID is required');
  await expect(page.locator('#client-referral_date-helper-text')).toHaveText('Referral date is required');
  await expectNoSeriousViolations(page, 'add client with errors');
  await app.screenshot('client-new-errors');
});

test('record page: every tab, the job dialog and the discharge dialog', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await addClient(page, SAM);
  await expectNoSeriousViolations(page, 'record details');
  await app.screenshot('client-record-details');

  await openTab(page, 'Jobs');
  await page.getByRole('button', { name: 'Add job' }).click();
  await expect(page.getByRole('dialog', { name: 'Add job' })).toBeVisible();
  await dialogOpened(page);
  await expectNoSeriousViolations(page, 'job dialog');
  await fillJobDialog(page, { title: 'Warehouse operative', employer: 'Northshire Logistics', start: '01/05/2025', end: '30/04/2025', hours: '120' });
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add job' });
  await expect(dialog.locator('#job-hours_per_week-helper-text')).toHaveText('Hours per week must be at most 100');
  await expect(dialog.locator('#job-end_date-helper-text')).toHaveText('End date must be on or after the start date');
  await expectNoSeriousViolations(page, 'job dialog with errors');
  await app.screenshot('client-job-dialog-errors');
  await dialog.getByLabel('Start date').fill('02/06/2025');
  await dialog.getByLabel('End date').fill('');
  await dialog.getByLabel('Hours per week').fill('22.5');
  await dialog.getByLabel('Four paid hours confirmed').check();
  await dialog.getByLabel('Evidence').selectOption('payslip');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await dialogsClosed(page);
  await expectNoSeriousViolations(page, 'record jobs');
  await app.screenshot('client-record-jobs');

  await openTab(page, 'Contacts');
  await addContact(page, '15/05/2025', 'client_face_to_face');
  await addContact(page, '21/05/2025', 'employer_other', 'Northshire Logistics');
  await expectNoSeriousViolations(page, 'record contacts');

  await openTab(page, 'Activities');
  await page.getByRole('button', { name: 'Add activity' }).click();
  const activity = page.getByRole('dialog', { name: 'Add activity' });
  await activity.getByLabel('Start date').fill('01/09/2025');
  await activity.getByLabel('Activity').selectOption('fe_college');
  await activity.getByRole('button', { name: 'Save' }).click();
  await expect(activity).toBeHidden();
  await dialogsClosed(page);
  await expect(page.getByRole('table', { name: 'Activities' })).toContainText('Further education college');
  await expectNoSeriousViolations(page, 'record activities');

  await openTab(page, 'Wellbeing');
  await page.getByRole('button', { name: 'Add wellbeing score' }).click();
  const wellbeing = page.getByRole('dialog', { name: 'Add wellbeing score' });
  await wellbeing.getByLabel('Date').fill('12/05/2025');
  await wellbeing.getByLabel('Score').fill('19');
  await wellbeing.getByRole('button', { name: 'Save' }).click();
  await expect(wellbeing).toBeHidden();
  await dialogsClosed(page);
  await expect(page.getByRole('table', { name: 'Wellbeing' })).toContainText('17.98');
  await expectNoSeriousViolations(page, 'record wellbeing');
  await app.screenshot('client-record-wellbeing');

  await openTab(page, 'Timeline');
  await expectNoSeriousViolations(page, 'record timeline');
  await app.screenshot('client-record-timeline-full');

  await page.getByRole('button', { name: 'Discharge' }).click();
  await expect(page.getByRole('dialog', { name: 'Discharge NS-0100' })).toBeVisible();
  await dialogOpened(page);
  await expectNoSeriousViolations(page, 'discharge dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await dialogsClosed(page);

  await page.getByRole('button', { name: 'Edit details' }).click();
  await expect(page.getByRole('heading', { name: 'Edit details' })).toBeVisible();
  await page.getByLabel('Vocational profile date').fill('20/05/2025');
  await page.getByRole('checkbox', { name: 'Universal Credit' }).check();
  await expectNoSeriousViolations(page, 'edit details');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('[data-field="vocational_profile_date"]')).toHaveText('20/05/2025');
  await expect(page.locator('[data-field="benefits"]')).toHaveText('Universal Credit');
});

test('duplicate warning dialog', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await addClient(page, SAM);
  await openNewClientForm(page);
  await page.getByLabel('Client ID').fill('NS-0101');
  await page.getByLabel('Given name').fill('Sam');
  await page.getByLabel('Family name').fill('Okafor');
  await page.getByLabel('Date of birth').fill('02/11/1979');
  await page.getByLabel('Referral date').fill('01/02/2026');
  await page.getByRole('button', { name: 'Save client' }).click();
  const warning = page.getByRole('dialog', { name: 'This person may already be on your records' });
  await expect(warning.getByRole('row', { name: /NS-0100 Sam Okafor 12\/05\/2025 Still open Same name and date of birth/ })).toBeVisible();
  // The earlier episode is open: a re-referral is not offered, opening it is.
  await expect(warning.getByRole('button', { name: 'Record as a new referral of this person' })).toHaveCount(0);
  await expect(warning.getByRole('link', { name: 'Open NS-0100' })).toBeVisible();
  await dialogOpened(page);
  await expectNoSeriousViolations(page, 'duplicate warning');
  await app.screenshot('client-duplicate-open');
  await warning.getByRole('button', { name: 'Save anyway as a different person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Okafor' })).toBeVisible();
  await expect(page.getByText('Client ID NS-0101')).toBeVisible();
});
