import { expect, test } from '../fixtures';
import { expectHome, lock, setUpAndContinue } from '../flows';
import { addClient, dialogOpened, dialogsClosed, openNewClientForm, openTab } from '../client-flows';
import { expectNoSeriousViolations, loadDemoData } from '../records-flows';

/** Issue 11 point 1: never lose typing. */

const ASH = { clientId: 'NS-0101', givenName: 'Ash', familyName: 'Keeper', referralDate: '03/04/2025' };

test('leaving a form with unsaved typing asks first: navigation, Back, Esc, Cancel and Lock', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  const nav = page.getByRole('navigation', { name: 'Main' });

  // Navigation away from a half-typed new client.
  await openNewClientForm(page);
  await page.getByLabel('Client ID').fill('NS-0100');
  await nav.getByRole('link', { name: 'Reports' }).click();
  const ask = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(ask).toBeVisible();
  await expect(ask.getByRole('button', { name: 'Stay and keep my changes' })).toBeFocused();
  await expectNoSeriousViolations(page, 'leave without saving');
  await ask.getByRole('button', { name: 'Stay and keep my changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a client' })).toBeVisible();
  await expect(page.getByLabel('Client ID')).toHaveValue('NS-0100');
  expect(await page.evaluate(() => window.location.hash)).toBe('#/clients/new');
  // Back in the browser is held the same way.
  await page.goBack();
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Stay and keep my changes' }).click();
  await expect(page.getByLabel('Client ID')).toHaveValue('NS-0100');
  await nav.getByRole('link', { name: 'Reports' }).click();
  await ask.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();

  // Nothing typed: no question.
  await addClient(page, ASH);
  await openTab(page, 'Jobs');
  await page.getByRole('button', { name: 'Add job' }).click();
  const job = page.getByRole('dialog', { name: 'Add job' });
  await dialogOpened(page);
  // A dialog opens with focus on its first field.
  await expect(job.getByLabel('Job title')).toBeFocused();
  await job.getByLabel('Job title').fill('Gardener');
  await page.keyboard.press('Escape');
  const close = page.getByRole('dialog', { name: 'Close without saving?' });
  await expect(close).toBeVisible();
  await close.getByRole('button', { name: 'Stay and keep my changes' }).click();
  await expect(job.getByLabel('Job title')).toHaveValue('Gardener');
  await job.getByRole('button', { name: 'Cancel' }).click();
  await close.getByRole('button', { name: 'Close without saving' }).click();
  await dialogsClosed(page);

  // Another dialog: focus on its first field too.
  await openTab(page, 'Contacts');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByRole('dialog', { name: 'Add contact' }).getByLabel('Date')).toBeFocused();
  await page.keyboard.press('Escape');
  await dialogsClosed(page);

  // Lock with half-typed details asks; staying keeps the vault open and the typing.
  await page.getByRole('button', { name: 'Edit details' }).click();
  await page.getByLabel('Family name').fill('Keeping');
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  const lockAsk = page.getByRole('dialog', { name: 'Lock without saving?' });
  await expect(lockAsk).toBeVisible();
  await lockAsk.getByRole('button', { name: 'Stay and keep my changes' }).click();
  await expect(page.getByLabel('Family name')).toHaveValue('Keeping');
  // Cancel on the edit form asks as well.
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  const cancelAsk = page.getByRole('dialog', { name: 'Cancel without saving?' });
  await cancelAsk.getByRole('button', { name: 'Stay and keep my changes' }).click();
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await lockAsk.getByRole('button', { name: 'Lock without saving' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock IPS Desk' })).toBeVisible();
});

test('a long form puts the outcome of Save beside the button and moves focus to it', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await addClient(page, ASH);
  await page.getByRole('button', { name: 'Edit details' }).click();
  await page.getByLabel('Referral date').fill('');
  await page.getByLabel('Date of birth').fill('31/02/1990');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const outcome = page.getByTestId('save-outcome');
  await expect(outcome).toBeFocused();
  await expect(outcome).toContainText('There are problems');
  // Each problem is a link to its field, in reading order.
  const links = outcome.getByRole('link');
  await expect(links).toHaveCount(2);
  await expect(links.first()).toHaveText(/^Date of birth: /);
  await links.nth(1).click();
  await expect(page.getByLabel('Referral date')).toBeFocused();
  // …and at the top, as before.
  await expect(page.getByRole('alert').first()).toContainText('There are problems');
  await expectNoSeriousViolations(page, 'client form with the outcome beside Save');
  await page.getByLabel('Referral date').fill('03/04/2025');
  await page.getByLabel('Date of birth').fill('28/02/1990');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('details-saved')).toBeFocused();
  await expect(page.getByTestId('details-saved')).toHaveText('Saved the changes to the details.');
});

test('the caseload keeps its search, filters, sort and page when you come back from a client, and the specialist for next time', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await loadDemoData(page);
  const grid = page.getByRole('grid', { name: 'Clients' });
  await page.getByRole('button', { name: /^Everyone/ }).click();
  await page.getByLabel('Search').fill('a');
  await grid.getByRole('columnheader', { name: 'Client ID' }).click();
  await grid.getByRole('columnheader', { name: 'Client ID' }).click();
  await expect(grid.getByRole('columnheader', { name: 'Client ID' })).toHaveAttribute('aria-sort', 'descending');
  await page.getByRole('combobox', { name: /Rows per page/ }).click();
  await page.getByRole('option', { name: '25' }).click();
  await page.getByRole('button', { name: 'Go to next page' }).click();
  const count = await page.getByTestId('caseload-count').textContent();
  const firstOnPage = await grid.getByRole('row').nth(1).getByRole('link').textContent();

  await grid.getByRole('row').nth(1).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: firstOnPage! })).toBeVisible();
  await page.getByRole('link', { name: 'Back to caseload' }).click();

  await expect(page.getByLabel('Search')).toHaveValue('a');
  await expect(page.getByRole('button', { name: /^Everyone/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('caseload-count')).toHaveText(count!);
  await expect(grid.getByRole('columnheader', { name: 'Client ID' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByText(/^26–50 of/)).toBeVisible();
  await expect(grid.getByRole('row').nth(1).getByRole('link')).toHaveText(firstOnPage!);

  // A specialist chosen now is "my caseload" for next time.
  await page.getByLabel('Specialist').click();
  const someone = page.getByRole('option').nth(1);
  const specialist = (await someone.textContent())!;
  await someone.click();
  await expect(page.getByRole('combobox', { name: 'Specialist' })).toHaveText(specialist);

  // A lock forgets the rest.
  await lock(page);
  await page.getByLabel('Passphrase', { exact: true }).fill('kettle orbit meadow lantern');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expectHome(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Caseload' }).click();
  await expect(page.getByLabel('Search')).toHaveValue('');
  // …except the specialist, kept for this user: "my caseload".
  await expect(page.getByRole('combobox', { name: 'Specialist' })).toHaveText(specialist);
});
