import { expect, test } from '../fixtures';
import { setUpAndContinue } from '../flows';
import { addClient, addContact, ensureStaff, fillClientForm, fillJobDialog, openNewClientForm, openTab } from '../client-flows';

const ALEX = {
  clientId: 'NS-0001',
  nhsNumber: '9434765919',
  givenName: 'Alex',
  familyName: 'Morgan',
  dateOfBirth: '14/02/1988',
  referralDate: '03/04/2025',
  specialist: 'Priya Shah',
};

test('add a client, a job and two contacts through the UI', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await addClient(page, ALEX);
  await expect(page.getByText('NHS number 943 476 5919')).toBeVisible();
  await expect(page.getByText('Referred 03/04/2025')).toBeVisible();

  await openTab(page, 'Jobs');
  await page.getByRole('button', { name: 'Add job' }).click();
  await fillJobDialog(page, { title: 'Barista', employer: 'Harbour Coffee', start: '02/06/2025', hours: '16' });
  await expect(page.getByRole('dialog').getByLabel('Competitive employment')).toBeChecked();
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  const jobs = page.getByRole('table', { name: 'Jobs' });
  await expect(jobs.getByRole('row', { name: /Barista Harbour Coffee 02\/06\/2025 Still in job 16/ })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Jobs (1)' })).toBeVisible();

  await openTab(page, 'Contacts');
  await addContact(page, '10/04/2025', 'client_face_to_face');
  await addContact(page, '20/05/2025', 'employer_face_to_face', 'Harbour Coffee');
  const contacts = page.getByRole('table', { name: 'Contacts' });
  await expect(contacts.getByRole('row')).toHaveCount(3);
  // Newest first.
  await expect(contacts.getByRole('row').nth(1)).toContainText('20/05/2025');

  await openTab(page, 'Timeline');
  const events = page.getByRole('list', { name: 'Events, newest first' }).getByRole('listitem');
  await expect(events.first()).toContainText('02/06/2025');
  await expect(events.first()).toContainText('Job started: Barista at Harbour Coffee');
  await expect(events.last()).toContainText('03/04/2025');

  // The record survives a reload (it was saved, not just shown).
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Alex Morgan' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Contacts (2)' })).toBeVisible();
  await app.screenshot('client-record-timeline');

  // On the caseload, with the status and job the records imply; the name leads back to the record.
  await page.getByRole('link', { name: 'Back to caseload' }).click();
  const row = page.getByRole('grid', { name: 'Clients' }).getByRole('row', { name: /Alex Morgan/ });
  await expect(row).toContainText('NS-0001');
  await expect(row).toContainText('Priya Shah');
  await expect(row).toContainText('In work');
  await expect(row).toContainText('Barista');
  await row.getByRole('link', { name: /Alex Morgan/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alex Morgan' })).toBeVisible();
});

test('an invalid NHS number is refused at its field and nothing is saved', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await ensureStaff(page, ALEX.specialist);
  await openNewClientForm(page);
  await fillClientForm(page, { ...ALEX, nhsNumber: '943 476 5918' });
  await page.getByRole('button', { name: 'Save client' }).click();
  const nhs = page.getByLabel('NHS number');
  await expect(nhs).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#client-nhs_number-helper-text')).toHaveText('NHS number fails its check digit');
  await expect(page.getByRole('alert')).toContainText('There is a problem');
  await expect(page.getByRole('heading', { level: 1, name: 'Add a client' })).toBeVisible();
  // A date that is not a date is named at its field too, in the form people type.
  await page.getByLabel('Date of birth').fill('31/02/1990');
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.locator('#client-date_of_birth-helper-text')).toHaveText('Date of birth must be a real date (dd/mm/yyyy)');
  const listed = await page.evaluate(async () => window.ipsDesk?.invoke('clients.list', {}));
  expect(listed).toMatchObject({ ok: true, data: { rows: [] } });
});

test('discharge before the referral date is refused at the field; discharge and re-open', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await addClient(page, ALEX);
  await page.getByRole('button', { name: 'Discharge' }).click();
  const dialog = page.getByRole('dialog', { name: 'Discharge NS-0001' });
  await dialog.getByLabel('Discharge date').fill('01/04/2025');
  await dialog.getByRole('button', { name: 'Discharge' }).click();
  await expect(dialog.getByLabel('Discharge date')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('Discharge date must be on or after the referral date (03/04/2025)')).toBeVisible();
  await dialog.getByLabel('Discharge date').fill('30/09/2025');
  await dialog.getByLabel('Reason').selectOption('other');
  await dialog.getByLabel('Other reason (optional)').fill('Moved to a college course');
  await dialog.getByRole('button', { name: 'Discharge' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Discharged', { exact: true })).toBeVisible();
  await expect(page.locator('[data-field="discharge_reason"]')).toHaveText('Moved to a college course');
  await page.getByRole('button', { name: 'Re-open' }).click();
  await expect(page.getByRole('button', { name: 'Discharge' })).toBeVisible();
  await expect(page.locator('[data-field="discharge_date"]')).toHaveText('Not recorded');
});

test('a second client with the same NHS number is warned about and recorded as a new referral', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await addClient(page, ALEX);
  await page.getByRole('button', { name: 'Discharge' }).click();
  await page.getByRole('dialog').getByLabel('Discharge date').fill('30/09/2025');
  await page.getByRole('dialog').getByRole('button', { name: 'Discharge' }).click();
  await expect(page.getByRole('button', { name: 'Re-open' })).toBeVisible();

  const second = { ...ALEX, clientId: 'NS-0002', givenName: 'Alexandra', referralDate: '05/01/2026', nhsNumber: '943 476 5919' };
  await openNewClientForm(page);
  await fillClientForm(page, second);
  await page.getByRole('button', { name: 'Save client' }).click();
  const warning = page.getByRole('dialog', { name: 'This person may already be on your records' });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('row', { name: /NS-0001 Alex Morgan 03\/04\/2025 30\/09\/2025 Same NHS number/ })).toBeVisible();
  await app.screenshot('client-duplicate-warning');
  await warning.getByRole('button', { name: 'Record as a new referral of this person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alexandra Morgan' })).toBeVisible();
  const episodes = page.getByRole('navigation', { name: 'Other referral episodes' });
  await expect(episodes).toContainText('NS-0001: referred 03/04/2025, discharged 30/09/2025 (the episode before this one)');
  await episodes.getByRole('link', { name: 'NS-0001' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alex Morgan' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Other referral episodes' })).toContainText('NS-0002');
});

test('record tabs switch with the arrow keys and the tab is in the address', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await addClient(page, ALEX);
  const details = page.getByRole('tab', { name: 'Details' });
  await details.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /^Jobs/ })).toBeFocused();
  await expect(page.getByRole('tab', { name: /^Jobs/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toContainText('No jobs recorded yet.');
  expect(await page.evaluate(() => window.location.hash)).toMatch(/^#\/clients\/[0-9a-f-]{36}\/jobs$/);
  await page.keyboard.press('End');
  await expect(page.getByRole('tab').last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(details).toHaveAttribute('aria-selected', 'true');
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /^Wellbeing/ })).toHaveAttribute('aria-selected', 'true');
  // Into the panel with Tab, and its Add button works from the keyboard.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add wellbeing score' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add wellbeing score' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Date').fill('01/05/2025');
  await dialog.getByLabel('Score').fill('40');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('SWEMWBS raw score must be between 7 and 35')).toBeVisible();
  await dialog.getByLabel('Score').fill('23');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: 'Wellbeing' })).toContainText('20.73');
});

test('a job can be edited and deleted; a client ID already in use is refused at its field', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await addClient(page, ALEX);
  await openTab(page, 'Jobs');
  await page.getByRole('button', { name: 'Add job' }).click();
  await fillJobDialog(page, { title: 'Barista', employer: 'Harbour Coffee', start: '02/06/2025', hours: '16' });
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.getByRole('button', { name: 'Edit job Barista at Harbour Coffee' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit job' });
  await expect(dialog.getByLabel('Start date')).toHaveValue('02/06/2025');
  await expect(dialog.getByLabel('Job ID')).toHaveValue('NS-0001-J1');
  await dialog.getByLabel('Hours per week').fill('0');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.locator('#job-hours_per_week-helper-text')).toHaveText('Hours per week must be more than 0');
  await dialog.getByLabel('Hours per week').fill('24');
  await dialog.getByLabel('End date').fill('31/10/2025');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: 'Jobs' })).toContainText('31/10/2025');
  await expect(page.getByRole('table', { name: 'Jobs' })).toContainText('24');

  await page.getByRole('button', { name: 'Delete job Barista at Harbour Coffee' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete job Barista at Harbour Coffee?' });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText('No jobs recorded yet.')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Jobs (0)' })).toBeVisible();

  // A different person under a client ID that is taken: the service refuses, and says so at the field.
  await openNewClientForm(page);
  await fillClientForm(page, { clientId: 'NS-0001', givenName: 'Jo', familyName: 'Bloggs', referralDate: '01/12/2025' });
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.locator('#client-client_id-helper-text')).toHaveText('Client ID "NS-0001" is already used by another client');
  await expect(page.getByLabel('Client ID')).toHaveAttribute('aria-invalid', 'true');
});
