import { expect, type Page } from '@playwright/test';
import { openNav } from './records-flows';

/** Steps the Settings specs share. */

/** Opens one page of Settings by its link ("Users", "Staff and teams", …). */
export async function openSettings(page: Page, pageLabel: string): Promise<void> {
  await openNav(page, 'Settings');
  const nav = page.getByRole('navigation', { name: 'Settings' });
  await nav.getByRole('link', { name: pageLabel, exact: true }).click();
  await expect(nav.getByRole('link', { name: pageLabel, exact: true })).toHaveAttribute('aria-current', 'page');
}

/** Adds a user through Settings › Users (already open). */
export async function addUser(page: Page, user: { name: string; role: 'Manager' | 'Employment specialist' | 'Viewer (read only)'; passphrase: string }): Promise<void> {
  await page.getByRole('button', { name: 'Add a user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a user' });
  await dialog.getByLabel('Name').fill(user.name);
  await dialog.getByRole('radio', { name: new RegExp(`^${user.role.replace(/[()]/g, '\\$&')}`) }).check();
  await dialog.getByLabel('Passphrase', { exact: true }).fill(user.passphrase);
  await dialog.getByLabel('Confirm passphrase').fill(user.passphrase);
  await dialog.getByRole('button', { name: 'Add user' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(user.name) })).toBeVisible();
}
