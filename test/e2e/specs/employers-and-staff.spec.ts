import { expect, test } from '../fixtures';
import { setUpAndContinue } from '../flows';
import { dialogOpened, ensureStaff } from '../client-flows';
import { expectNoSeriousViolations, invoke, openNav, openContactsLog } from '../records-flows';
import { openSettings } from '../settings-flows';

test('an employer contact is checked at its fields, added, listed, edited and deleted', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await ensureStaff(page, 'Jo Smith');
  await openContactsLog(page);
  await expect(page.getByTestId('employer-contact-count')).toContainText('0 employer contacts');

  // The same contact form as on a client's record, with the client it was for as a field of its own.
  await page.getByRole('button', { name: 'Add employer contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add employer contact' });
  await expect(dialog.getByLabel('Date')).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
  await dialog.getByLabel('Date').fill('31/02/2025');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByLabel('Date')).toHaveAccessibleDescription('Date must be a real date (dd/mm/yyyy)');
  await expect(dialog.getByRole('alert')).toHaveText('There is a problem: see the highlighted field.');
  // A blank employer is allowed (DOMAIN §2): it is a data-quality note, not a refusal.
  await expect(dialog.getByLabel('Employer', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
  await dialogOpened(page);
  await expectNoSeriousViolations(page, 'employer contact form with errors');
  await app.screenshot('employer-contact-errors');

  await dialog.getByLabel('Date').fill('14/03/2025');
  await dialog.getByLabel('Employer', { exact: true }).fill('Hillcrest Garden Centre');
  await dialog.getByLabel('Employment specialist').selectOption('Jo Smith');
  await dialog.getByLabel("Employer chosen from the client's preferences").selectOption('yes');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  const grid = page.getByRole('grid', { name: 'Employer contacts' });
  const row = grid.getByRole('row').filter({ hasText: 'Hillcrest Garden Centre' });
  await expect(row).toContainText('14/03/2025');
  await expect(row).toContainText('Face to face');
  await expect(row).toContainText('Jo Smith');
  await expect(page.getByTestId('employer-contact-count')).toContainText('1 employer contact');
  const stored = await invoke<{ rows: { employer: string; date: string; client_preference_based: string }[] }>(page, 'contacts.listEmployer', {});
  expect(stored.rows).toMatchObject([{ employer: 'Hillcrest Garden Centre', date: '2025-03-14', client_preference_based: 'yes' }]);

  // The date range filters the list.
  await page.getByLabel('From').fill('01/04/2025');
  await page.getByRole('button', { name: 'Show these dates' }).click();
  await expect(page.getByTestId('employer-contact-count')).toContainText('0 employer contacts from 01/04/2025');
  await page.getByRole('button', { name: 'All dates' }).click();
  await expect(row).toBeVisible();
  await app.screenshot('employers');
  await expectNoSeriousViolations(page, 'employers');

  await row.getByRole('button', { name: /^Edit contact with Hillcrest/ }).click();
  const edit = page.getByRole('dialog', { name: 'Edit employer contact' });
  await expect(edit.getByLabel('Date')).toHaveValue('14/03/2025');
  await edit.getByLabel('Employer', { exact: true }).fill('Hillcrest Nurseries');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(grid.getByRole('row').filter({ hasText: 'Hillcrest Nurseries' })).toBeVisible();

  await grid.getByRole('button', { name: /^Delete contact with Hillcrest Nurseries/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this employer contact?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Delete contact' }).click();
  await expect(page.getByTestId('employer-contact-count')).toContainText('0 employer contacts');
});

test('an employer contact with no employer named is saved, listed, and noted under data quality', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await ensureStaff(page, 'Jo Smith');
  await openContactsLog(page);
  await page.getByRole('button', { name: 'Add employer contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add employer contact' });
  await dialog.getByLabel('Date').fill('02/05/2025');
  await dialog.getByLabel('Kind of contact').selectOption('employer_other');
  await dialog.getByLabel('Employment specialist').selectOption('Jo Smith');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole('grid', { name: 'Employer contacts' }).getByRole('row').filter({ hasText: '02/05/2025' });
  await expect(row).toContainText('Not recorded');
  await expect(row.getByRole('button', { name: 'Edit contact with an employer not recorded on 02/05/2025' })).toBeVisible();
  expect((await invoke<{ rows: { employer: string | null }[] }>(page, 'contacts.listEmployer', {})).rows).toMatchObject([{ employer: null }]);
  await app.screenshot('employers-blank-employer');

  await openNav(page, 'Data quality');
  await expect(page.getByRole('heading', { level: 3, name: 'Employer contacts with no employer named (1)' })).toBeVisible();
});

test('staff: FTE over 1 is refused at the field, then a valid person is listed as in post', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await openSettings(page, 'Staff and teams');

  await page.getByRole('button', { name: 'Add staff member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a member of staff' });
  await expect(dialog.getByLabel('FTE (full-time equivalent)')).toHaveAccessibleDescription('1 = full time, 0.5 = half time');
  await dialog.getByLabel('Name').fill('Priya Shah');
  await dialog.getByLabel('FTE (full-time equivalent)').fill('1.5');
  await dialog.getByLabel('Start date').fill('01/04/2024');
  await dialog.getByRole('button', { name: 'Add staff member' }).click();
  await expect(dialog.getByLabel('FTE (full-time equivalent)')).toHaveAccessibleDescription('FTE must be at most 1 (full time)');
  await expect(dialog.getByLabel('FTE (full-time equivalent)')).toHaveAttribute('aria-invalid', 'true');
  await app.screenshot('staff-fte-error');
  expect((await invoke<{ rows: unknown[] }>(page, 'staff.list', {})).rows).toEqual([]);

  await dialog.getByLabel('FTE (full-time equivalent)').fill('0.8');
  await dialog.getByRole('button', { name: 'Add staff member' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: /Priya Shah/ });
  await expect(row).toContainText('In post');
  await expect(row).toContainText('0.8');
  await expect(row).toContainText('01/04/2024');
  await expect(page.getByRole('status').filter({ hasText: 'Added Priya Shah.' })).toBeVisible();
  await app.screenshot('settings');
  await expectNoSeriousViolations(page, 'settings');

  await row.getByRole('button', { name: 'Remove Priya Shah' }).click();
  await page.getByRole('dialog', { name: 'Remove Priya Shah?' }).getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByText('No staff recorded yet.')).toBeVisible();
});
