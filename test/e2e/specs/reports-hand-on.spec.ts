import type { Download, Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { expect, SCREENS_DIR, test } from '../fixtures';
import { SERVICE, setUpAndContinue } from '../flows';
import { expectNoSeriousViolations, loadDemoData } from '../records-flows';

/** Issue 11 point 4: reports a manager can hand on (contents, exports read back, printing, units, who missed). */

const run = promisify(execFile);

async function openReports(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpAndContinue(page);
  await loadDemoData(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByTestId('value-job_starts')).toBeVisible();
}

/** A simple RFC 4180 reader, enough for the CSV the app writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void];
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

async function sheetRows(bytes: Buffer, name: RegExp): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets.find((s) => name.test(s.name));
  expect(sheet, `a sheet matching ${name}`).toBeDefined();
  const rows: unknown[][] = [];
  sheet!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

test('a contents bar jumps to each section, and units are written out', async ({ app }) => {
  const { page } = app;
  await openReports(page);
  const contents = page.getByRole('navigation', { name: 'Report contents' });
  await contents.getByRole('link', { name: 'Annual KPIs' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Annual key performance indicators' })).toBeFocused();
  await contents.getByRole('link', { name: 'Outcomes (Sainsbury D)' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Individual outcomes (Sainsbury Centre section D)' })).toBeFocused();
  // The address stays the router's.
  expect(await page.evaluate(() => window.location.hash)).toBe('#/reports');

  await expect(page.getByTestId('value-days_to_first_employer_contact')).toHaveText(/^\d+\.\d days on average$/);
  await expect(page.getByTestId('value-employer_f2f_per_week')).toHaveText(/^[\d.]+ employer contacts a week, whole team$/);
  await expect(page.getByTestId('value-caseload_per_fte')).toHaveText(/^[\d.]+ active clients per full-time specialist$|^Cannot be worked out$/);
  await page.screenshot({ path: join(SCREENS_DIR, `${app.target}-1366-reports-contents.png`), animations: 'disabled' });
  await expectNoSeriousViolations(page, 'reports with contents and downloads');
});

test('a report section downloads as CSV and as xlsx, and both read back as shown', async ({ app }) => {
  const { page } = app;
  await openReports(page);
  const referrals = (await page.getByTestId('value-referrals').textContent())!.trim();
  const label = (await page.getByTestId('report-period-label').textContent())!.trim();

  const csv = await downloaded(page, () => page.getByRole('button', { name: 'Download Key outcomes (IPS Grow standard data set) as CSV' }).click());
  expect(csv.name).toMatch(/^key-outcomes-ips-grow-standard-data-set-\d{4}-04-01-to-\d{4}-03-31\.csv$/);
  const text = csv.bytes.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows = parseCsv(text.slice(1));
  expect(rows[0]).toEqual(['Figure', 'Breakdown', 'Value', 'Numerator', 'Denominator', 'People', 'As shown', 'Target', 'Against target']);
  const referralsRow = rows.find((r) => r[0] === 'Referrals');
  expect(referralsRow?.[2]).toBe(referrals);
  expect(referralsRow?.[6]).toBe(referrals);

  const xlsx = await downloaded(page, () => page.getByRole('button', { name: 'Download Key outcomes (IPS Grow standard data set) as xlsx' }).click());
  expect(xlsx.name).toMatch(/\.xlsx$/);
  const table = await sheetRows(xlsx.bytes, /^Key outcomes/);
  expect(table[0]?.[0]).toBe('Figure');
  expect(table.find((r) => r[0] === 'Referrals')?.[2]).toBe(Number(referrals));
  const about = await sheetRows(xlsx.bytes, /^About$/);
  expect(about).toContainEqual(['Service', SERVICE]);
  expect(about).toContainEqual(['Period', label]);
});

test('drill-downs show the breakdown value, list who missed a rate, and download', async ({ app }) => {
  const { page } = app;
  await openReports(page);

  const sector = page.locator('article[data-metric="job_starts_by_sector"]');
  await sector.getByRole('button', { name: 'Show the clients behind Job starts by sector' }).click();
  const dialog = page.getByRole('dialog', { name: /Job starts by sector/ });
  const jobs = dialog.getByRole('table', { name: 'Job starts by sector: jobs' });
  await expect(jobs.getByRole('columnheader', { name: 'Sector' })).toBeVisible();
  await expect(jobs.getByRole('row').nth(1).getByRole('cell').nth(2)).not.toHaveText('–');
  const list = await downloaded(page, () => dialog.getByRole('button', { name: 'Download the list behind Job starts by sector as CSV' }).click());
  const rows = parseCsv(list.bytes.toString('utf8').slice(1));
  expect(rows[0]).toEqual(['Client ID', 'Name', 'Sector', 'Job ID', 'Job title', 'Employer', 'Started', 'Hours a week']);
  expect(rows.length - 1).toBe(await jobs.getByRole('row').count() - 1);
  expect(rows[1]?.[6]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  await dialog.getByRole('button', { name: 'Close' }).click();

  const rate = page.locator('article[data-metric="sustainment_rate_13w"]');
  await rate.getByRole('button', { name: /Show the clients behind Job sustainment rate at 13 weeks/ }).click();
  const rateDialog = page.getByRole('dialog', { name: /Job sustainment rate at 13 weeks/ });
  await expect(rateDialog.getByRole('heading', { name: /^Counted \(\d+\): the numerator$/ })).toBeVisible();
  const missedHeading = rateDialog.getByRole('heading', { name: /^Who missed \(\d+\): in the denominator but not counted$/ });
  await expect(missedHeading).toBeVisible();
  const missed = Number(/\((\d+)\)/.exec((await missedHeading.textContent()) ?? '')?.[1]);
  const workbook = await downloaded(page, () => rateDialog.getByRole('button', { name: /as xlsx$/ }).click());
  const sheet = await sheetRows(workbook.bytes, /^Job sustainment rate/);
  expect(sheet[0]).toEqual(['Client ID', 'Name', 'Outcome']);
  expect(sheet.filter((r) => r[2] === 'Missed (in the denominator, not counted)')).toHaveLength(missed);
  await rateDialog.screenshot({ path: join(SCREENS_DIR, `${app.target}-1366-reports-who-missed.png`) });
  await expectNoSeriousViolations(page, 'rate drill-down');
});

test('the report prints on A4 with the service, period and as-of date on the page', async ({ app }) => {
  test.skip(app.target !== 'browser', 'page.pdf needs the browser run');
  const { page } = app;
  await openReports(page);
  const label = (await page.getByTestId('report-period-label').textContent())!.trim();
  await expect(page.getByRole('button', { name: 'Print / save as PDF' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print / save as PDF' })).toBeHidden();
  const folder = await mkdtemp(join(tmpdir(), 'ipsdesk-print-'));
  try {
    const pdf = join(folder, 'report.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    // The first two pages as pictures, to look at.
    await run('/usr/bin/pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, join(SCREENS_DIR, `${app.target}-report-print-page`)]);
    const { stdout: info } = await run('/usr/bin/pdfinfo', [pdf]);
    expect(info).toMatch(/Page size:\s+59[45]\.\d* x 841\.\d* pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    const { stdout: text } = await run('/usr/bin/pdftotext', ['-layout', pdf, '-']);
    const each = text.split('\f').filter((page) => page.trim() !== '');
    expect(each).toHaveLength(pages);
    const asOf = new Date().toLocaleDateString('en-GB', { timeZone: 'Europe/London' });
    for (const [n, printed] of each.entries()) {
      expect(printed, `page ${n + 1}`).toContain(SERVICE);
      expect(printed, `page ${n + 1}`).toContain(label);
      expect(printed, `page ${n + 1}`).toContain(`figures as of ${asOf}`);
    }
    expect(each[0]).toContain('Key outcomes (IPS Grow standard data set)');
    expect(text).not.toContain('Print / save as PDF');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
