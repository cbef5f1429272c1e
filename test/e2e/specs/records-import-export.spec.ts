import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test } from '../fixtures';
import { setUpAndContinue } from '../flows';
import { clientsWorkbook, importWorkbook, invoke } from '../records-flows';
import { spareWorkerCount } from '../../../electron/services/interchange/interchange-threads';

const VALID_NHS = '9434765919';
const BAD_NHS = '9434765918';

test('an import with a bad cell lists every problem and writes nothing', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  const workbook = await clientsWorkbook([
    ['C900', BAD_NHS, 'Test', 'Person', '2025-01-15', 'Jo Smith', 'North'],
    ['C901', VALID_NHS, 'Other', 'Person', '2025-01-16', 'Jo Smith', 'North'],
  ]);
  await importWorkbook(page, 'bad-clients.xlsx', workbook);

  const result = page.getByTestId('import-result');
  await expect(result).toContainText('Nothing was imported from bad-clients.xlsx');
  await expect(result).toContainText(/Fix (this problem|these \d+ problems) in the workbook and try again/);
  await expect(page.getByRole('list', { name: 'Problems in the workbook' })).toContainText('Clients!B2: NHS number fails its check digit');
  await expect(result).toBeFocused();
  await app.screenshot('import-refused');

  expect((await invoke<{ rows: unknown[] }>(page, 'clients.list', {})).rows).toEqual([]);
  await expect(page.getByRole('heading', { name: 'No clients yet' })).toBeVisible();
});

test('the import’s threads start loading while the manager chooses the workbook', async ({ app }) => {
  test.skip(app.target !== 'browser', 'The harness, whose threads the test can count, runs in the test’s own process');
  const { page } = app;
  await setUpAndContinue(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a workbook' }).click();
  await chooser;
  // Nothing chosen yet: the two threads an import uses are already there, waiting for it.
  await expect.poll(() => spareWorkerCount()).toBe(2);
});

test('a good import adds rows to the caseload, and export downloads a workbook holding them', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await importWorkbook(
    page,
    'clients.xlsx',
    await clientsWorkbook([
      ['C901', VALID_NHS, 'Imogen', 'Imported', '2025-01-16', 'Jo Smith', 'North'],
      ['C902', null, 'Ivan', 'Imported', '2025-02-03', 'Ali Khan', 'South'],
    ]),
  );
  await expect(page.getByTestId('import-result')).toContainText('Imported clients.xlsx');
  await expect(page.getByTestId('import-result')).toContainText('Clients: 2 added');
  const grid = page.getByRole('grid', { name: 'Clients' });
  await expect(grid.getByRole('link', { name: 'Imogen Imported' })).toBeVisible();
  await expect(grid.getByRole('link', { name: 'Ivan Imported' })).toBeVisible();
  // NHS number search ignores spaces.
  await page.getByLabel('Search').fill('943 476 5919');
  await expect(page.getByTestId('caseload-count')).toContainText('Showing 1 client of 2');
  await app.screenshot('import-done');

  await page.getByRole('button', { name: 'Export all records' }).click();
  const confirm = page.getByRole('dialog', { name: 'Export every record unencrypted?' });
  await expect(confirm).toContainText('The workbook is not encrypted');
  const [download] = await Promise.all([page.waitForEvent('download'), confirm.getByRole('button', { name: 'Export with names' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^ips-desk-records-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const path = await download.path();
  const bytes = await readFile(path);
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  const exported = new ExcelJS.Workbook();
  await exported.xlsx.load(bytes as unknown as ArrayBuffer);
  const clients = exported.getWorksheet('Clients');
  expect(clients).toBeDefined();
  const ids: string[] = [];
  clients!.eachRow((row, index) => {
    if (index > 1) ids.push(String(row.getCell(1).value));
  });
  expect(ids.sort()).toEqual(['C901', 'C902']);
});
