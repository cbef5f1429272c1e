import { expect, test } from '../fixtures';
import { openSettings } from '../settings-flows';
import { setUpAndContinue } from '../flows';
import { addClient, dialogOpened, dialogsClosed, ensureStaff, openNewClientForm, openTab } from '../client-flows';
import { expectNoSeriousViolations, invoke, openNav, openContactsLog } from '../records-flows';

/** Issue 11 points 2 and 3: names chosen from lists, names on no list merged, dates sense-checked. */

const inDays = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
};

test('specialists, teams and clients are chosen from lists, not typed', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await ensureStaff(page, 'Priya Shah');
  await openSettings(page, 'Staff and teams');
  await page.getByLabel('Team to add').fill('Northshire Early Intervention');
  await page.getByRole('button', { name: 'Add team' }).click();
  await expect(page.getByRole('list', { name: 'Teams' })).toContainText('Northshire Early Intervention');
  await page.getByLabel('Team to add').fill('northshire early intervention ');
  await page.getByRole('button', { name: 'Add team' }).click();
  await expect(page.getByLabel('Team to add')).toHaveAccessibleDescription('northshire early intervention is already on the list');
  await page.getByLabel('Team to add').fill('');

  await openNewClientForm(page);
  const specialist = page.getByLabel('Employment specialist');
  await expect(specialist.locator('option')).toHaveText(['Not recorded', 'Priya Shah']);
  await expect(page.getByLabel('Referring team').locator('option')).toHaveText(['Not recorded', 'Northshire Early Intervention']);
  await page.getByLabel('Client ID').fill('NS-0301');
  await page.getByLabel('Given name').fill('Robin');
  await page.getByLabel('Family name').fill('Vale');
  await page.getByLabel('Referral date').fill('03/04/2025');
  await specialist.selectOption('Priya Shah');
  await page.getByLabel('Referring team').selectOption('Northshire Early Intervention');
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Robin Vale' })).toBeVisible();

  // The contact on the client's record starts with the client's specialist, from the same list.
  await openTab(page, 'Contacts');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByRole('dialog').getByLabel('Employment specialist')).toHaveValue('Priya Shah');
  await page.keyboard.press('Escape');
  await dialogsClosed(page);

  // An employer contact's client is found by name or client ID in the caseload.
  await openContactsLog(page);
  await page.getByRole('button', { name: 'Add employer contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add employer contact' });
  await dialog.getByLabel('Date').fill('14/05/2025');
  await dialog.getByLabel('Employer', { exact: true }).fill('Harbour Coffee');
  await dialog.getByLabel('On behalf of client').fill('vale');
  await page.getByRole('option', { name: 'Robin Vale (NS-0301)' }).click();
  await expect(dialog.getByLabel('On behalf of client')).toHaveValue('Robin Vale (NS-0301)');
  await dialogOpened(page);
  await expectNoSeriousViolations(page, 'employer contact with the client picker');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialogsClosed(page);
  const stored = await invoke<{ rows: { client_id: string | null }[] }>(page, 'contacts.listEmployer', {});
  expect(stored.rows).toMatchObject([{ client_id: 'NS-0301' }]);
});

test('a name on no list shows in Data quality and merges into a listed name everywhere', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  // Typed as they were before the lists: through the bridge, as an import would bring them.
  await invoke(page, 'clients.create', { client: { client_id: 'NS-0401', given_name: 'Ash', family_name: 'Lee', referral_date: '2025-04-03', specialist: 'priya shah' } });
  await invoke(page, 'contacts.save', { contact: { client_id: 'NS-0401', date: '2025-04-10', kind: 'client_face_to_face', specialist: 'priya shah' } });
  await ensureStaff(page, 'Priya Shah');
  await openNav(page, 'Data quality');
  const names = page.getByRole('region', { name: 'Names on no list' });
  await expect(names.getByRole('heading', { name: 'Specialists not on the staff list (1)' })).toBeVisible();
  await expect(names).toContainText('On 1 client and 1 contact');
  // The spelling that differs only in case is offered first.
  const into = names.getByLabel('Merge “priya shah” into');
  await expect(into).toHaveValue('Priya Shah');
  await expectNoSeriousViolations(page, 'data quality with names on no list');
  await names.getByRole('button', { name: 'Merge' }).click();
  await page.getByRole('dialog', { name: 'Merge “priya shah” into Priya Shah?' }).getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Merged "priya shah" into Priya Shah: 1 client and 1 contact changed.' })).toBeVisible();
  await expect(names).toBeHidden();
  const clients = await invoke<{ rows: { specialist: string | null }[] }>(page, 'clients.list', {});
  expect(clients.rows.map((r) => r.specialist)).toEqual(['Priya Shah']);
  // And the merge is on the audit trail.
  const audit = await invoke<{ entries: { action: string }[] }>(page, 'audit.list', {});
  expect(audit.entries.map((r) => r.action)).toContain('names.merge_specialist');
});

test('a date in the future or before the referral is questioned at its field and saved only once confirmed', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await addClient(page, { clientId: 'NS-0501', givenName: 'Sky', familyName: 'Dale', referralDate: '03/04/2025' });
  await openTab(page, 'Jobs');
  await page.getByRole('button', { name: 'Add job' }).click();
  const job = page.getByRole('dialog', { name: 'Add job' });
  await job.getByLabel('Start date').fill(inDays(10));
  await job.getByLabel('Hours per week').fill('16');
  await job.getByLabel('Contract type').selectOption('permanent');
  await expect(job.getByLabel('Start date')).toHaveAccessibleDescription(new RegExp(`Check: Start date ${inDays(10)} is in the future: check it before saving`));
  await job.getByRole('button', { name: 'Save' }).click();
  const confirm = job.getByLabel('The date marked "Check" is right: save it as it is');
  await expect(confirm).toHaveAccessibleDescription('Check the dates marked, then tick here if they are right');
  await expect(confirm).toBeFocused();
  await dialogOpened(page);
  await expectNoSeriousViolations(page, 'job with a date questioned');
  await page.screenshot({ path: `test-results/screens/${app.target}-1366-date-warning.png` });
  // Before the referral instead: a new question, so the box must be ticked again.
  await confirm.check();
  await job.getByLabel('Start date').fill('01/03/2025');
  await expect(job.getByLabel('Start date')).toHaveAccessibleDescription(/Check: Start date 01\/03\/2025 is before the referral \(03\/04\/2025\)/);
  await expect(confirm).not.toBeChecked();
  await confirm.check();
  await job.getByRole('button', { name: 'Save' }).click();
  await dialogsClosed(page);
  await expect(page.getByRole('table', { name: 'Jobs' })).toContainText('01/03/2025');

  // Saved anyway, it is listed in Data quality, with the client's name beside the reference.
  await openNav(page, 'Data quality');
  const item = page.getByRole('listitem').filter({ hasText: 'began before' }).first();
  await expect(item).toContainText('Sky Dale:');
});

test('"Not recorded" stays apart from "Not known" for yes/no/unknown answers', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await openNewClientForm(page);
  await page.getByLabel('Client ID').fill('NS-0601');
  await page.getByLabel('Referral date').fill('03/04/2025');
  const kept = page.getByLabel('Ever kept a paid job for over 1 year');
  await expect(kept.locator('option')).toHaveText(['Not recorded', 'Yes', 'No', 'Not known']);
  await kept.selectOption('unknown');
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Client NS-0601' })).toBeVisible();
  await expect(page.locator('dd[data-field="maintained_job_over_1y"]')).toHaveText('Not known');
  await expect(page.locator('dd[data-field="in_secondary_mh_care"]')).toHaveText('Not recorded');
  await page.getByRole('button', { name: 'Edit details' }).click();
  await expect(page.getByLabel('Ever kept a paid job for over 1 year')).toHaveValue('unknown');
  await expect(page.getByLabel('In secondary mental health care at referral')).toHaveValue('');
});
