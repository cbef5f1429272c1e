import { expect, test } from '../fixtures';
import { setUpAndContinue } from '../flows';
import { addContact, dialogsClosed, fillJobDialog, openTab } from '../client-flows';
import { addClient } from '../client-flows';
import { openNav, openContactsLog } from '../records-flows';

/** Today as people type it, in the page's own time zone (fixtures: Europe/London). */
function todayText(): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
}

test('a change on a client record shows on the caseload, the reports, the employer log and data quality without a reload', async ({ app }) => {
  const { page } = app;
  const today = todayText();
  await setUpAndContinue(page);
  await addClient(page, { clientId: 'NS-0500', givenName: 'Ellis', familyName: 'Brook', referralDate: today, specialist: 'Priya Shah' });
  await page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });

  // Every other screen is read once first, so each has an answer cached from before the change.
  await openNav(page, 'Caseload');
  const row = page.getByRole('grid', { name: 'Clients' }).getByRole('row', { name: /Ellis Brook/ });
  await expect(row).toContainText('Referred');
  await expect(row.locator('[data-field="current_job"]')).toHaveText('');
  await openNav(page, 'Reports');
  await expect(page.getByTestId('value-job_starts')).toHaveText(/^0\b/);
  await openContactsLog(page);
  await expect(page.getByTestId('employer-contact-count')).toContainText('0 employer contacts');
  await openNav(page, 'Data quality');
  await expect(page.getByText('No problems found.', { exact: false })).toBeVisible();

  // The change: a job with four paid hours confirmed, and an employer contact with no employer named.
  await openNav(page, 'Caseload');
  await row.getByRole('link', { name: /Ellis Brook/ }).click();
  await openTab(page, 'Jobs');
  await page.getByRole('button', { name: 'Add job' }).click();
  await fillJobDialog(page, { title: 'Bookbinder', employer: 'Riverside Press', start: today, hours: '20' });
  await page.getByRole('dialog').getByLabel('Four paid hours confirmed').check();
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await dialogsClosed(page);
  // On the same page, the header's status follows at once.
  await expect(page.getByText('In work', { exact: true })).toBeVisible();
  await openTab(page, 'Contacts');
  await addContact(page, today, 'employer_other');

  await openNav(page, 'Caseload');
  await expect(row).toContainText('In work');
  await expect(row.locator('[data-field="current_job"]')).toHaveText(/Bookbinder/);
  await openNav(page, 'Reports');
  await expect(page.getByTestId('value-job_starts')).toHaveText(/^1\b/);
  await openContactsLog(page);
  await expect(page.getByTestId('employer-contact-count')).toContainText('1 employer contact');
  await expect(page.getByRole('grid', { name: 'Employer contacts' })).toContainText('Not recorded');
  await openNav(page, 'Data quality');
  await expect(page.getByRole('heading', { level: 3, name: 'Employer contacts with no employer named (1)' })).toBeVisible();

  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
});
