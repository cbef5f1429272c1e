import { expect, test } from '../fixtures';
import { setUpAndContinue } from '../flows';
import { expectNoSeriousViolations, invoke, loadDemoData } from '../records-flows';

const statusButton = (name: string) => new RegExp(`^${name}\\s*·\\s*([\\d,]+)$`);

test('demo data fills the caseload with rows and status counts; search and status filters work', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await expect(page.getByText('The people are not real.')).toBeVisible();
  await loadDemoData(page);

  const grid = page.getByRole('grid', { name: 'Clients' });
  const total = (await invoke<{ rows: unknown[] }>(page, 'clients.list', {})).rows.length;
  expect(total).toBeGreaterThan(100);

  // Every status has a count; open clients are shown by default.
  const counts: Record<string, number> = {};
  for (const label of ['All open', 'Referred', 'Engaged', 'Job searching', 'In work', 'Discharged', 'Everyone']) {
    const button = page.getByRole('button', { name: statusButton(label) });
    await expect(button).toBeVisible();
    counts[label] = Number(((await button.textContent()) ?? '').replace(/[^\d]/g, ''));
  }
  expect(counts.Everyone).toBe(total);
  expect(counts['All open']! + counts.Discharged!).toBe(total);
  await expect(page.getByRole('button', { name: statusButton('All open') })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('caseload-count')).toContainText(`Showing ${counts['All open']} clients of ${total}`.replace(' clients of', ' clients of'));
  await expect(grid.getByRole('row').nth(1)).toBeVisible();
  await app.screenshot('caseload-demo');
  // Nothing on the page (a hidden input, a wide grid) may make it scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth));
  await expectNoSeriousViolations(page, 'caseload with data');

  // Search by client ID: exactly that client.
  const firstId = ((await grid.locator('.MuiDataGrid-cell[data-field="client_id"]').first().textContent()) ?? '').trim();
  expect(firstId).not.toBe('');
  await page.getByLabel('Search').fill(firstId.toLowerCase());
  await expect(page.getByTestId('caseload-count')).toContainText('Showing 1 client of');
  await expect(grid.locator('.MuiDataGrid-cell[data-field="client_id"]')).toHaveText([firstId]);
  await page.getByLabel('Search').fill('');

  // Filter by status: Discharged shows only discharged clients, as many as its count.
  await page.getByRole('button', { name: statusButton('Discharged') }).click();
  await expect(page.getByTestId('caseload-count')).toContainText(`Showing ${counts.Discharged} clients of ${total}`);
  const statuses = await grid.locator('.MuiDataGrid-cell[data-field="status"]').allTextContents();
  expect(statuses.length).toBeGreaterThan(0);
  expect(new Set(statuses)).toEqual(new Set(['Discharged']));
  await app.screenshot('caseload-discharged');

  // The name links to the client's record.
  const link = grid.locator('.MuiDataGrid-cell[data-field="name"] a').first();
  await expect(link).toHaveAttribute('href', /^#\/clients\/[0-9a-f-]{36}$/);

  // Keyboard: Tab from the filters reaches the grid; arrows move between cells; Enter opens the client's record.
  await page.getByLabel('Search').focus();
  for (let i = 0; i < 6 && !(await grid.evaluate((el) => el.contains(document.activeElement))); i += 1) await page.keyboard.press('Tab');
  expect(await grid.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/clients\/[0-9a-f-]{36}$/);
});
