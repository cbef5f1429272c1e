import { expect, test } from '../fixtures';
import { expectHome, lock, MANAGER, openCaseload, PASSPHRASE, setUp, setUpAndContinue, submitPassphrase } from '../flows';
import { addClient, dialogOpened, openTab } from '../client-flows';

// `vault.locked` from the main process (auto-lock, the computer locking): the harness fires it for real.
test.skip(({ target }) => target !== 'browser', 'lockFromMain drives the harness (browser run) only');

const ROWAN = {
  clientId: 'NS-7731',
  nhsNumber: '9434765919',
  givenName: 'Rowan',
  familyName: 'Quillfeather',
  dateOfBirth: '14/02/1988',
  referralDate: '03/04/2025',
  specialist: 'Priya Shah',
};

test('an idle lock from the main process shows the unlock screen and leaves nothing of the records behind', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await addClient(page, ROWAN);
  // Through the caseload and back, so the caseload's answer is in the cache when the lock comes.
  await page.getByRole('link', { name: 'Back to caseload' }).click();
  await page.getByRole('grid', { name: 'Clients' }).getByRole('link', { name: /Rowan Quillfeather/ }).click();
  await openTab(page, 'Jobs');
  await page.getByRole('button', { name: 'Add job' }).click();
  await dialogOpened(page);
  await page.getByRole('dialog').getByLabel('Job title').fill('Lighthouse keeper');
  // What the screen holds before the lock, as proof the checks below would see it.
  const before = await page.content();
  for (const text of [ROWAN.familyName, ROWAN.clientId, '943 476 5919', 'Lighthouse keeper']) expect(before).toContain(text);
  const marker = await page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
    return window.location.hash;
  });
  expect(marker).toMatch(/^#\/clients\/[0-9a-f-]{36}\/jobs$/);

  await app.lockFromMain!('idle');

  await expect(page.getByRole('heading', { level: 1, name: 'Unlock IPS Desk' })).toBeVisible();
  await expect(page.getByText(`Unlocking as ${MANAGER}`)).toBeVisible();
  // The same page, not a reload: the renderer cleared what it held itself.
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const after = await page.content();
  for (const text of [ROWAN.givenName, ROWAN.familyName, ROWAN.clientId, '943 476 5919', '9434765919', ROWAN.specialist, 'Lighthouse keeper', 'Jobs', 'Caseload']) {
    expect(after, `"${text}" is still in the page after the lock`).not.toContain(text);
  }
  // The address no longer points at the record either.
  expect(await page.evaluate(() => window.location.hash)).toBe('#/home');
  await app.screenshot('session-locked-idle');

  // Unlocking again starts afresh from the home screen, read from the database again: had the cache of the
  // earlier session survived, the caseload read a minute ago would be shown without asking.
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/ipc')) asked.push((JSON.parse(request.postData() ?? '{}') as { channel: string }).channel);
  });
  await submitPassphrase(page, PASSPHRASE);
  await expectHome(page);
  await openCaseload(page);
  await expect(page.getByRole('grid', { name: 'Clients' }).getByRole('row', { name: /Rowan Quillfeather/ })).toBeVisible();
  expect(asked).toContain('clients.list');
});

test('a lock while the recovery key is on screen takes the key away with it', async ({ app }) => {
  const { page } = app;
  const key = await setUp(page);
  await expect(page.getByTestId('recovery-key')).toBeVisible();
  await app.lockFromMain!('system');
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock IPS Desk' })).toBeVisible();
  expect(await page.content()).not.toContain(key);
  expect(await page.content()).not.toContain(key.replaceAll('-', ''));
});

test('the Lock button goes through the same handler, and a lock on the unlock screen changes nothing', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await addClient(page, ROWAN);
  await lock(page);
  expect(await page.content()).not.toContain(ROWAN.familyName);
  expect(await page.evaluate(() => window.location.hash)).toBe('#/home');
  // Already locked: the vault has no session to end and sends nothing; the screen stays as it is.
  await page.getByLabel('Passphrase', { exact: true }).fill('half typed');
  await app.lockFromMain!('idle');
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveValue('half typed');
  await submitPassphrase(page, PASSPHRASE);
  await openCaseload(page);
  await expect(page.getByRole('grid', { name: 'Clients' }).getByRole('row', { name: /Rowan Quillfeather/ })).toBeVisible();
});
