import type { Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { todayIso } from '../../../shared/dates';
import { financialYearOf } from '../../../shared/period';
import { commissionerTemplate } from '../../electron/returns/commissioner-template';
import { goldenTemplate } from '../../electron/xlsx/template/golden-fixture';
import { unzipParts } from '../../electron/xlsx/template/zip-fixture';
import { expect, test } from '../fixtures';
import { setUpAndContinue } from '../flows';
import { expectNoSeriousViolations, invoke, loadDemoData } from '../records-flows';

/** The Returns screen (issue 8 points 5 and 9): map, preview, export, history, built-ins and template problems. */

type Metrics = Record<string, { value: number | null }>;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test.beforeEach(async ({ app }) => {
  await app.page.setViewportSize({ width: 1366, height: 768 });
});

/** A team database with the demo clients, on the Returns screen showing this financial year. */
async function openReturns(page: Page): Promise<Metrics> {
  await setUpAndContinue(page);
  await loadDemoData(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Returns' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Returns' })).toBeVisible();
  await expect(page.getByTestId('return-period-label')).toContainText('IPS standard data set');
  const { report } = await invoke<{ report: { metrics: Metrics } }>(page, 'reports.run', { period: financialYearOf(todayIso()) });
  return report.metrics;
}

async function loadTemplate(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByTestId('template-file').setInputFiles({ name, mimeType: XLSX, buffer });
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the page scrolls sideways at 1366 pixels').toBeLessThanOrEqual(0);
}

test('a commissioner’s template: map a cell by clicking, see its value, export, and get the file back with its chart untouched', async ({ app }) => {
  const { page } = app;
  const metrics = await openReturns(page);
  const template = goldenTemplate();
  await loadTemplate(page, 'ICB quarterly return.xlsx', template);
  await expect(page.getByRole('status').filter({ hasText: 'Loaded ICB quarterly return.xlsx' })).toBeVisible();
  const grid = page.getByRole('grid', { name: 'Return as it will be filled' });
  // The token cell already shows the value it will get.
  await expect(grid.locator('[data-cell="B4"]')).toHaveText(String(metrics.job_starts!.value));

  await grid.locator('[data-cell="C5"]').click();
  const picker = page.getByRole('dialog', { name: 'Choose the figure for Return!C5' });
  await expect(picker).toBeVisible();
  await picker.getByLabel('Search figures').fill('referrals');
  await expect(picker.locator('[data-figure="referrals"]')).toContainText('Clients whose referral date is in the period');
  await expectNoSeriousViolations(page, 'returns (figure list)');
  await picker.locator('[data-figure="referrals"]').click();
  await expect(picker).toBeHidden();
  const referrals = String(metrics.referrals!.value);
  await expect(grid.locator('[data-cell="C5"]')).toHaveText(referrals);
  const tableRow = page.getByTestId('figures-table').locator('tr[data-where="Return!C5"]');
  await expect(tableRow).toContainText('mapped here');
  await expect(tableRow.getByTestId('figure-value')).toHaveText(referrals);
  await expect(page.getByTestId('selected-cell')).toContainText(`Referrals (mapped here) → ${referrals}`);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: `test-results/screens/${app.target}-1366-returns-mapped.png`, animations: 'disabled', caret: 'hide' });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `test-results/screens/${app.target}-1366-returns-top.png`, animations: 'disabled', caret: 'hide' });
  await expectNoSeriousViolations(page, 'returns (commissioner’s template)');

  // Client rows are pseudonymised unless the manager chooses otherwise, with a warning when they do.
  const identifiable = page.getByLabel(/Include names, NHS numbers and dates of birth/);
  await expect(identifiable).not.toBeChecked();
  await expect(page.getByText('Client rows are pseudonymised')).toBeVisible();
  await identifiable.check();
  await expect(page.getByText('The file will hold personal details of every client in it')).toBeVisible();
  await identifiable.uncheck();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export and save the file' }).click()]);
  await expect(page.getByTestId('export-done')).toContainText('Exported as');
  const bytes = await readFile(await download.path());
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Return')!;
  expect(sheet.getCell('C5').value).toBe(metrics.referrals!.value);
  expect(sheet.getCell('B4').value).toBe(metrics.job_starts!.value);
  const chartOf = (zip: Buffer) => unzipParts(zip).find((p) => p.name === 'xl/charts/chart1.xml')!;
  expect(chartOf(bytes).content.equals(chartOf(template).content)).toBe(true);
  expect(chartOf(bytes).compressed.equals(chartOf(template).compressed)).toBe(true);

  // The history names the export, with the file's own SHA-256, and can repeat it.
  const sha = createHash('sha256').update(bytes).digest('hex');
  const history = page.getByTestId('export-history');
  await expect(history.locator('tbody tr')).toHaveCount(1);
  const row = history.locator('tbody tr').first();
  await expect(row).toContainText('ICB quarterly return');
  await expect(row).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  await expect(row).toContainText(`${sha.slice(0, 12)}…`);
  await expect(row.getByRole('cell').nth(5)).toHaveText('No');
  await row.locator('summary').click();
  await expect(row).toContainText(sha);
  const [again] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: /^Export again/ }).click()]);
  await expect(page.getByText('Exported again as')).toBeVisible();
  await expect(page.getByText('the same file, byte for byte')).toBeVisible();
  expect(createHash('sha256').update(await readFile(await again.path())).digest('hex')).toBe(sha);
  await expect(history.locator('tbody tr')).toHaveCount(2);
  await expect(history.locator('tbody tr').first()).toContainText('exported again');

  // The manager removes the template (asked first); the history keeps its exports.
  await page.getByRole('button', { name: 'Remove this template…' }).click();
  const confirm = page.getByRole('dialog', { name: /^Remove ICB quarterly return/ });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Remove template' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByLabel('Return to fill')).not.toContainText('ICB quarterly return');
  await expect(page.getByRole('button', { name: 'Remove this template…' })).toBeHidden();
  await expect(history.locator('tbody tr')).toHaveCount(2);
});

test('a built-in return previews its figures; a misspelt token names its cell with a suggestion; cells map by keyboard', async ({ app }) => {
  const { page } = app;
  const metrics = await openReturns(page);
  // Data-quality problems come first, each linking to the record to fix.
  const dataQuality = page.getByTestId('return-data-quality');
  await expect(dataQuality).toBeVisible();
  await expect(dataQuality.getByRole('link').first()).toHaveAttribute('href', /^#\/(clients\/|settings|employers)/);

  const view = await invoke<{ scan: { figures: { sheet: string; cell: string; figure: string }[] } }>(page, 'returns.openTemplate', { template: { kind: 'builtin', id: 'ips-standard-data-set' } });
  const jobStarts = view.scan.figures.find((f) => f.figure === 'job_starts')!;
  const builtIn = page.getByRole('grid', { name: `${jobStarts.sheet} as it will be filled` });
  await expect(builtIn.locator(`[data-cell="${jobStarts.cell}"]`)).toHaveText(String(metrics.job_starts!.value));
  await builtIn.locator(`[data-cell="${jobStarts.cell}"]`).click();
  await expect(page.getByTestId('selected-cell')).toContainText(`Job starts (token in the template) → ${metrics.job_starts!.value}`);
  await expect(page.getByTestId('selected-cell')).toContainText('Built-in returns are fixed');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: `test-results/screens/${app.target}-1366-returns-built-in.png`, animations: 'disabled', caret: 'hide' });
  await expectNoSeriousViolations(page, 'returns (built-in)');

  await loadTemplate(page, 'ICB return.xlsx', await commissionerTemplate({ B4: '{{engagd}}' }));
  const problems = page.getByTestId('template-problems');
  await expect(problems).toContainText(`'ICB return'!B4: unknown figure`);
  await expect(problems).toContainText('engaged');
  const grid = page.getByRole('grid', { name: 'ICB return as it will be filled' });
  await expect(grid.locator('[data-cell="B4"]')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('button', { name: 'Export and save the file' })).toBeDisabled();
  await page.screenshot({ path: `test-results/screens/${app.target}-1366-returns-problem.png`, animations: 'disabled', caret: 'hide' });
  await expectNoSeriousViolations(page, 'returns (template problem)');

  // Keyboard only: into the grid, down to B7, Enter, search, choose.
  await grid.locator('[data-cell="B4"]').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(grid.locator('[data-cell="B7"]')).toBeFocused();
  // Keys pressed faster than a frame (a held arrow key) each move on from where the last one went.
  await page.evaluate(() => {
    for (const key of ['ArrowUp', 'ArrowRight', 'ArrowDown', 'ArrowLeft']) document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
  await expect(grid.locator('[data-cell="B7"]')).toBeFocused();
  await page.evaluate(() => {
    for (const key of ['ArrowUp', 'ArrowUp', 'ArrowDown']) document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
  await expect(grid.locator('[data-cell="B6"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const picker = page.getByRole('dialog', { name: "Choose the figure for 'ICB return'!B7" });
  await expect(picker.getByLabel('Search figures')).toBeFocused();
  await page.keyboard.type('people into work');
  await picker.locator('[data-figure="people_into_work"]').focus();
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(grid.locator('[data-cell="B7"]')).toHaveText(String(metrics.people_into_work!.value));
  await page.getByRole('button', { name: "Remove the mapping of 'ICB return'!B7" }).click();
  await expect(page.getByTestId('figures-table').locator(`tr[data-where="'ICB return'!B7"]`)).toHaveCount(0);
});
