import { expect, test } from '../fixtures';
import { setUpAndContinue } from '../flows';
import { expectNoSeriousViolations, invoke, openNav } from '../records-flows';

test('an employer contact is checked at its fields, added, listed, edited and deleted', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await openNav(page, 'Employers and contacts');
  await expect(page.getByTestId('employer-contact-count')).toContainText('0 employer contacts');

  await page.getByRole('button', { name: 'Add employer contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add employer contact' });
  await dialog.getByLabel('Date').fill('31/02/2025');
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(dialog.getByLabel('Date')).toHaveAccessibleDescription('Date must be a real date, written dd/mm/yyyy');
  await expect(dialog.getByLabel('Employer')).toHaveAccessibleDescription('Employer is required for an employer contact');
  await expectNoSeriousViolations(page, 'employer contact form with errors');
  await app.screenshot('employer-contact-errors');

  await dialog.getByLabel('Date').fill('14/03/2025');
  await dialog.getByLabel('Employer').fill('Hillcrest Garden Centre');
  await dialog.getByLabel('Employment specialist').fill('Jo Smith');
  await dialog.getByLabel("Based on a client's job preferences?").click();
  await page.getByRole('option', { name: 'Yes' }).click();
  await dialog.getByRole('button', { name: 'Add contact' }).click();
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
  await edit.getByLabel('Employer').fill('Hillcrest Nurseries');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(grid.getByRole('row').filter({ hasText: 'Hillcrest Nurseries' })).toBeVisible();

  await grid.getByRole('button', { name: /^Delete contact with Hillcrest Nurseries/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this employer contact?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Delete contact' }).click();
  await expect(page.getByTestId('employer-contact-count')).toContainText('0 employer contacts');
});

test('staff: FTE over 1 is refused at the field, then a valid person is listed as in post', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await openNav(page, 'Settings');
  await expect(page.getByText('Northshire IPS Service').last()).toBeVisible();

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
