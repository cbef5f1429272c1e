import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';

/** Steps and checks shared by the caseload, import and settings specs. */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Scans the page as it is now; serious and critical violations fail the test with their details. */
export async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  // A dialog still fading in (or a button's ripple) reads as faint text: scan what settles, not a frame of it.
  // Endless ones (a spinner) never settle and are left out.
  await page
    .waitForFunction(
      () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
      undefined,
      { timeout: 1_500 },
    )
    .catch(() => undefined);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.passes.length, `axe checked nothing on the ${screen} screen`).toBeGreaterThan(10);
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      screen,
      rule: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
    }));
  expect(serious, `axe violations on the ${screen} screen`).toEqual([]);
}

/** Calls a channel straight through the page's bridge, to check what the database holds. */
export async function invoke<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    ([name, data]) => (window as unknown as { ipsDesk: { invoke(c: string, i: unknown): Promise<unknown> } }).ipsDesk.invoke(name as string, data),
    [channel, input] as const,
  );
  const typed = result as { ok: boolean; data?: T; error?: unknown };
  expect(typed.ok, `${channel} failed: ${JSON.stringify(typed.error)}`).toBe(true);
  return typed.data as T;
}

export async function loadDemoData(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Try it with demo data' }).click();
  await expect(page.getByRole('grid', { name: 'Clients' })).toBeVisible({ timeout: 30_000 });
}

/** A Clients sheet (row 1 = field names) with the given rows, as .xlsx bytes. */
export async function clientsWorkbook(rows: (string | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Clients');
  sheet.addRow(['client_id', 'nhs_number', 'given_name', 'family_name', 'referral_date', 'specialist', 'team']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Imports as a manager does: the Import button, then the workbook chosen in the file chooser it opens. */
export async function importWorkbook(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a workbook' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
}

export async function openNav(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
}

/** The employer contacts log: Employers and contacts, then its Contacts log tab. */
export async function openContactsLog(page: Page): Promise<void> {
  await openNav(page, 'Employers and contacts');
  await page.getByRole('tab', { name: 'Contacts log' }).click();
  await expect(page.getByRole('button', { name: 'Add employer contact' })).toBeVisible();
}
