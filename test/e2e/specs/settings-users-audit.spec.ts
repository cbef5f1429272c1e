import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, SCREENS_DIR, test } from '../fixtures';
import { expectHome, lock, MANAGER, PASSPHRASE, setUpAndContinue, submitPassphrase } from '../flows';
import { expectNoSeriousViolations, invoke } from '../records-flows';
import { addUser, openSettings } from '../settings-flows';

const BEN = { name: 'Ben Okafor', passphrase: 'quilted sparrow harbour 58' };
const CAT = { name: 'Cat Morgan', passphrase: 'lantern pebble violet 3 fern' };

test.beforeEach(async ({ app }) => {
  await app.page.setViewportSize({ width: 1366, height: 768 });
});

/** What fits in the 1366×768 window, and the whole page: test-results/screens/<target>-1366-<name>(-full).png */
async function shots(page: Page, target: string, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENS_DIR, `${target}-1366-${name}.png`), animations: 'disabled', caret: 'hide' });
  await page.screenshot({ path: join(SCREENS_DIR, `${target}-1366-${name}-full.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
}

test('users: add with a weak passphrase refused at the field, add, change role, remove', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await openSettings(page, 'Users');
  await expect(page.getByRole('row', { name: new RegExp(`${MANAGER}.*You`) })).toContainText('Manager');
  // Nobody changes their own role or removes themselves.
  await expect(page.getByRole('button', { name: `Remove ${MANAGER}` })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'settings users');
  await shots(page, app.target, 'settings-users');

  await page.getByRole('button', { name: 'Add a user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a user' });
  await dialog.getByLabel('Name').fill(BEN.name);
  await dialog.getByLabel('Passphrase', { exact: true }).fill('Ben Okafor 1234');
  // The meter, judging as the service does, already says so.
  await expect(dialog.getByLabel('Passphrase', { exact: true })).toHaveAccessibleDescription(/Strength: Weak/);
  await dialog.getByLabel('Confirm passphrase').fill('Ben Okafor 1234');
  await dialog.getByRole('button', { name: 'Add user' }).click();
  await expect(dialog.getByLabel('Passphrase', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Passphrase', { exact: true })).toHaveAccessibleDescription(/easy to guess/);
  await expectNoSeriousViolations(page, 'add user with errors');
  await shots(page, app.target, 'settings-add-user-errors');
  await dialog.getByLabel('Passphrase', { exact: true }).fill(BEN.passphrase);
  await dialog.getByLabel('Confirm passphrase').fill(BEN.passphrase);
  await expect(dialog.getByRole('radio', { name: /^Employment specialist/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Add user' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Added ${BEN.name}.` })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(BEN.name) })).toContainText('Employment specialist');

  // A name already used is refused beside the name.
  await page.getByRole('button', { name: 'Add a user' }).click();
  await dialog.getByLabel('Name').fill('ben okafor');
  await dialog.getByLabel('Passphrase', { exact: true }).fill(CAT.passphrase);
  await dialog.getByLabel('Confirm passphrase').fill(CAT.passphrase);
  await dialog.getByRole('button', { name: 'Add user' }).click();
  await expect(dialog.getByLabel('Name')).toHaveAccessibleDescription(/already a user/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: `Change role of ${BEN.name}` }).click();
  const roleDialog = page.getByRole('dialog', { name: `Change ${BEN.name}'s role` });
  await roleDialog.getByRole('radio', { name: /^Manager/ }).check();
  await shots(page, app.target, 'settings-change-role');
  await roleDialog.getByRole('button', { name: 'Save role' }).click();
  await expect(roleDialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(BEN.name) })).toContainText('Manager');

  await page.getByRole('button', { name: `Remove ${BEN.name}` }).click();
  await page.getByRole('dialog', { name: `Remove ${BEN.name}?` }).getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('row', { name: new RegExp(BEN.name) })).toHaveCount(0);
  const { users } = await invoke<{ users: { name: string }[] }>(page, 'users.list', {});
  expect(users.map((u) => u.name)).toEqual([MANAGER]);

  // Their passphrase no longer opens IPS Desk: the unlock screen does not offer them.
  await lock(page);
  await expect(page.getByText(`Unlocking as ${MANAGER}`)).toBeVisible();
});

test('auto-lock: minutes out of range refused at the field, then saved', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await openSettings(page, 'Security');
  const minutes = page.getByLabel('Lock after this many minutes without use');
  await expect(minutes).toHaveValue('10');
  await minutes.fill('0');
  await page.getByRole('button', { name: 'Save auto-lock' }).click();
  await expect(minutes).toHaveAccessibleDescription('Auto-lock must be at least 1 minute');
  await minutes.fill('ten');
  await expect(minutes).toHaveAccessibleDescription('Auto-lock must be a number of minutes');
  await expectNoSeriousViolations(page, 'security with errors');
  await shots(page, app.target, 'settings-security-errors');
  await minutes.fill('5');
  await page.getByRole('button', { name: 'Save auto-lock' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved: IPS Desk locks after 5 minutes without use.' })).toBeVisible();
  expect((await invoke<{ autoLockMinutes: number }>(page, 'settings.get', {})).autoLockMinutes).toBe(5);
  await expectNoSeriousViolations(page, 'security');
  await shots(page, app.target, 'settings-security');
});

test('audit trail: every action listed with who and when, filtered by person and action, paged, and checked', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await openSettings(page, 'Users');
  await addUser(page, { ...BEN, role: 'Viewer (read only)' });
  await lock(page);
  await submitPassphrase(page, 'not the right passphrase');
  await submitPassphrase(page, PASSPHRASE);
  await expectHome(page);

  await openSettings(page, 'Audit trail');
  const table = page.getByRole('table', { name: 'All entries' });
  await expect(table).toBeVisible();
  for (const what of ['IPS Desk set up', 'User added', 'Locked', 'Wrong passphrase or recovery key tried', 'Unlocked']) {
    await expect(table.getByRole('cell', { name: new RegExp(`^${what}`) }).first()).toBeVisible();
  }
  const added = table.getByRole('row', { name: /User added/ });
  await expect(added).toContainText(MANAGER);
  await expect(added).toContainText(/Name: Ben Okafor/);
  await expect(added).toContainText(/Role: viewer/);
  await expect(added).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}/);
  await expectNoSeriousViolations(page, 'audit trail');
  await shots(page, app.target, 'settings-audit');

  // Filters: by kind of action (an area covers all its actions), then by date.
  await page.getByLabel('What').selectOption({ label: 'Wrong passphrase or recovery key tried' });
  await page.getByRole('button', { name: 'Show entries' }).click();
  const matching = page.getByRole('table', { name: 'Entries that match' });
  await expect(matching.getByRole('row')).toHaveCount(2);
  await page.getByLabel('What').selectOption({ label: 'All: users' });
  await page.getByRole('button', { name: 'Show entries' }).click();
  await expect(matching.getByRole('row', { name: /User added/ })).toHaveCount(1);
  await expect(matching.getByRole('row', { name: /Unlocked/ })).toHaveCount(0);

  await page.getByLabel('From').fill('31/02/2026');
  await page.getByRole('button', { name: 'Show entries' }).click();
  await expect(page.getByLabel('From')).toHaveAccessibleDescription('Enter a date like 01/04/2026');
  await page.getByLabel('From').fill('01/01/2001');
  await page.getByLabel('To (whole day)').fill('31/12/2001');
  await page.getByRole('button', { name: 'Show entries' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No entries match these filters.' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(table.getByRole('row', { name: /IPS Desk set up/ })).toBeVisible();

  // "Only this record" narrows to the user's own entries.
  await table.getByRole('row', { name: /User added/ }).getByRole('button', { name: 'Only this record' }).click();
  await expect(page.getByLabel('Record')).toHaveValue(BEN.name);
  await expect(matching.getByRole('row')).toHaveCount(2);

  await page.getByRole('button', { name: 'Check the audit trail' }).click();
  await expect(page.getByRole('status').filter({ hasText: /All \d+ entries are as IPS Desk wrote them\./ })).toBeVisible();
  await shots(page, app.target, 'settings-audit-filtered');
});

test('audit trail pages: "Show older entries" reads on from where the first page ended', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  // 55 entries of one kind, made through the app's own channel, so a page of 50 leaves some for the next.
  for (let i = 1; i <= 55; i += 1) await invoke(page, 'settings.save', { autoLockMinutes: (i % 20) + 2 });
  await openSettings(page, 'Audit trail');
  await page.getByLabel('What').selectOption({ label: 'Settings changed' });
  await page.getByRole('button', { name: 'Show entries' }).click();
  const matching = page.getByRole('table', { name: 'Entries that match' });
  await expect(page.getByRole('status').filter({ hasText: 'Showing 50 entries, newest first; there are older ones.' })).toBeVisible();
  await expect(matching.getByRole('row')).toHaveCount(51);
  await page.getByLabel('What').selectOption({ label: 'Anything' });
  await page.getByRole('button', { name: 'Show entries' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing 50 entries, newest first; there are older ones.' })).toBeVisible();
  await page.getByRole('button', { name: 'Show older entries' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Showing (5[1-9]|[6-9]\d) entries\.$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show older entries' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'All entries' }).getByRole('row', { name: /IPS Desk set up/ })).toHaveCount(1);
});

test('change the database key: asked first, the new recovery key shown on its own screen, the old key refused and the new one unlocks', async ({ app }) => {
  const { page } = app;
  const oldKey = await setUpAndContinue(page);
  await openSettings(page, 'Security');
  const section = page.getByRole('region', { name: 'Change the database key' });
  await section.getByRole('button', { name: 'Change the database key…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change the database key?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoSeriousViolations(page, 'change key dialog');
  await dialog.getByRole('button', { name: 'Change the key' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Your new recovery key' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('A fresh backup was made under the new key');
  const newKey = (await page.getByTestId('recovery-key').textContent()) ?? '';
  expect(newKey).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4})+$/);
  expect(newKey).not.toBe(oldKey);
  await expectNoSeriousViolations(page, 'new recovery key');
  await shots(page, app.target, 'settings-new-recovery-key');
  await page.getByLabel('I have printed or stored this recovery key somewhere safe').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('region', { name: 'Change the database key' })).toBeVisible();

  await lock(page);
  await page.getByRole('button', { name: 'Use the recovery key instead' }).click();
  await page.getByLabel('Recovery key', { exact: true }).fill(oldKey);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByLabel('Recovery key', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Recovery key', { exact: true }).fill(newKey);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new passphrase' })).toBeVisible();
});
