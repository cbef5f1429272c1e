import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, SCREENS_DIR, test } from '../fixtures';
import { setUpAndContinue } from '../flows';
import { expectNoSeriousViolations, loadDemoData, openNav } from '../records-flows';

/** Issue 11 points 6 and 7: per-specialist figures for supervision, and the employers list with each one's history. */

test('per-specialist figures for the period add up to the team and download', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpAndContinue(page);
  await loadDemoData(page);
  await openNav(page, 'Reports');
  await expect(page.getByTestId('value-active_caseload')).toBeVisible();
  await page.getByRole('navigation', { name: 'Report contents' }).getByRole('link', { name: 'By specialist' }).click();
  const heading = page.getByRole('heading', { level: 2, name: 'By specialist' });
  await expect(heading).toBeFocused();
  const table = page.getByRole('table', { name: 'By specialist' });
  await expect(table.getByRole('columnheader')).toHaveText(['Specialist', 'Active caseload', 'Employer contacts a week', 'Job starts', 'Working now']);
  const rows = table.getByRole('row');
  expect(await rows.count()).toBeGreaterThan(2);
  // Each specialist's active caseload adds up to the team's.
  const active = await table.locator('tbody tr td:nth-of-type(1)').allTextContents();
  const team = Number(await page.getByTestId('value-active_caseload').textContent());
  expect(active.reduce((sum, n) => sum + Number(n), 0)).toBe(team);
  await expect(rows.nth(1).locator('td').last()).toHaveText(/^\d+ of \d+ \(\d+%\)$|^–$/);
  await page.locator('section[aria-labelledby="section-by-specialist"]').screenshot({ path: join(SCREENS_DIR, `${app.target}-1366-reports-by-specialist.png`) });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the figures by specialist as CSV' }).click()]);
  const csv = (await readFile(await download.path())).toString('utf8').slice(1).split('\r\n');
  expect(csv[0]).toBe('Specialist,Active caseload,Employer contacts a week,Job starts,Working now,Open clients,Share working');
  expect(csv.length - 2).toBe((await rows.count()) - 1);
});

test('the employers list is searchable and each employer opens to its history', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpAndContinue(page);
  await loadDemoData(page);
  await openNav(page, 'Employers and contacts');
  await expect(page.getByRole('tab', { name: 'Employers' })).toHaveAttribute('aria-selected', 'true');
  const grid = page.getByRole('grid', { name: 'Employers' });
  await expect(grid.getByRole('columnheader')).toHaveText(['Employer', 'Contacts', 'Jobs', 'Last contact', 'Clients placed']);
  const count = page.getByTestId('employers-count');
  await expect(count).toHaveText(/^\d+ employers$/);
  const first = grid.getByRole('row').nth(1);
  const name = (await first.getByRole('link').textContent())!;
  await page.screenshot({ path: join(SCREENS_DIR, `${app.target}-1366-employers.png`), animations: 'disabled' });
  await expectNoSeriousViolations(page, 'employers list');

  await page.getByLabel('Search employers').fill(name.slice(0, 6));
  await expect(count).toHaveText(/^\d+ of \d+ employers$/);
  await expect(grid.getByRole('link', { name })).toBeVisible();
  await grid.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page).toHaveURL(/#\/employers\/history\/.+$/);
  const history = page.getByRole('table', { name: 'History, newest first' });
  await expect(history.getByRole('row').nth(1)).toBeVisible();
  await page.screenshot({ path: join(SCREENS_DIR, `${app.target}-1366-employer-history.png`), animations: 'disabled', fullPage: true });
  await expectNoSeriousViolations(page, 'employer history');
  // Its clients link to their records.
  const client = history.getByRole('link').first();
  await client.click();
  await expect(page).toHaveURL(/#\/clients\/[0-9a-f-]{36}\/(jobs|contacts)$/);
  // Back to the list, as it was left.
  await page.goBack();
  await page.getByRole('link', { name: 'Back to employers' }).click();
  await expect(page.getByLabel('Search employers')).toHaveValue(name.slice(0, 6));
});
