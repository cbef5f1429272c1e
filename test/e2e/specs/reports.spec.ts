import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, SCREENS_DIR, test } from '../fixtures';
import { setUpAndContinue } from '../flows';
import { loadDemoData } from '../records-flows';

/** Reports, data quality and "why counted?" on the demo data (issue 4 points 4–7). */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SECTION_HEADINGS = [
  'Key outcomes (IPS Grow standard data set)',
  'Caseload snapshot',
  'Fidelity and quality measures',
  'Annual key performance indicators',
  'Client intake (Sainsbury Centre section B)',
  'Individual outcomes (Sainsbury Centre section D)',
];

async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.passes.length, `axe checked nothing on the ${screen} screen`).toBeGreaterThan(10);
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ screen, rule: v.id, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`) }));
  expect(serious, `axe violations on the ${screen} screen`).toEqual([]);
}

/** A set-up team database with the demo clients loaded, on the screen at `hash`. */
async function withDemoData(page: Page, hash: string): Promise<void> {
  await setUpAndContinue(page);
  // Through the app, like every write: its query layer then knows the records changed.
  await loadDemoData(page);
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

async function openReports(page: Page): Promise<void> {
  await withDemoData(page, '#/reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await expect(page.getByTestId('value-job_starts')).toBeVisible();
}

test('reports show every section, a rule on demand, and the clients behind job starts', async ({ app }) => {
  const { page } = app;
  await openReports(page);
  for (const name of SECTION_HEADINGS) await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Outcomes and people at a glance' })).toBeVisible();

  const jobStarts = page.locator('article[data-metric="job_starts"]');
  const rule = jobStarts.getByText(/Counted job starts in the period/);
  await expect(rule).toBeHidden();
  await jobStarts.getByText('How is this counted?').click();
  await expect(rule).toBeVisible();

  await expect(page.getByRole('figure', { name: /People engaged \(KPI\) by quarter/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /KPIs by quarter/ })).toBeVisible();
  await app.screenshot('reports');
  // The whole page is too tall to read at a glance: each section is saved on its own too.
  for (const id of ['key_outcomes', 'caseload', 'fidelity', 'kpis', 'intake', 'sainsbury_d']) {
    await page.locator(`section[aria-labelledby="section-${id}"]`).screenshot({ path: join(SCREENS_DIR, `${app.target}-reports-${id}.png`) });
  }

  await jobStarts.getByRole('button', { name: 'Show the clients behind Job starts' }).click();
  const dialog = page.getByRole('dialog', { name: /Job starts/ });
  await expect(dialog).toBeVisible();
  const firstClient = dialog.getByRole('table', { name: 'Job starts: jobs' }).getByRole('link').first();
  await expect(firstClient).toBeVisible();
  await dialog.screenshot({ path: join(SCREENS_DIR, `${app.target}-reports-drill-down.png`) });
  await expectNoSeriousViolations(page, 'reports drill-down');
  await firstClient.click();
  await expect(page).toHaveURL(/#\/clients\/[0-9a-f-]{36}$/);
});

test('a quarter changes the figures, and a bad custom range is refused at the field', async ({ app }) => {
  const { page } = app;
  await openReports(page);
  await expectNoSeriousViolations(page, 'reports');
  const label = page.getByTestId('report-period-label');
  const yearLabel = await label.textContent();
  expect(yearLabel).toMatch(/^Financial year \d{4}-\d{2}$/);
  const yearReferrals = await page.getByTestId('value-referrals').textContent();

  await page.getByLabel('Period', { exact: true }).click();
  await page.getByRole('option', { name: /Q1 \(April to June/ }).first().click();
  await page.getByRole('button', { name: 'Show figures' }).click();
  await expect(label).toHaveText(/Q1 \(April to June \d{4}\)/);
  const quarterReferrals = await page.getByTestId('value-referrals').textContent();
  expect(Number(quarterReferrals)).toBeLessThan(Number(yearReferrals));

  await page.getByLabel('Date range').check();
  await page.getByLabel('From', { exact: true }).fill('31/02/2025');
  await page.getByLabel('To', { exact: true }).fill('01/01/2025');
  await page.getByRole('button', { name: 'Show figures' }).click();
  await expect(page.getByLabel('From', { exact: true })).toHaveAccessibleDescription(/real date written dd\/mm\/yyyy/);
  await page.getByLabel('From', { exact: true }).fill('01/03/2025');
  await page.getByRole('button', { name: 'Show figures' }).click();
  await expect(page.getByLabel('To', { exact: true })).toHaveAccessibleDescription('End date must be on or after the start date');
  await page.getByLabel('To', { exact: true }).fill('31/03/2025');
  await page.getByRole('button', { name: 'Show figures' }).click();
  await expect(label).toHaveText('01/03/2025 to 31/03/2025');
});

test('hand-entered figures are checked, saved and shown in the report', async ({ app }) => {
  const { page } = app;
  await openReports(page);
  await page.getByRole('tab', { name: 'Local context (Sainsbury A) and D7' }).click();
  await page.getByLabel('A1 value (%)').fill('150');
  await page.getByRole('button', { name: /Save figures for/ }).click();
  await expect(page.getByLabel('A1 value (%)')).toHaveAccessibleDescription('Item A1 is a percentage: enter a number from 0 to 100');
  await page.getByLabel('A1 value (%)').fill('74.5');
  await page.getByLabel('A1 source').fill('Annual Population Survey, Northshire');
  await page.getByLabel('A1 year of figure').fill('2024');
  await page.getByLabel('D7 value (%)').fill('6');
  await page.getByLabel('D7 source').fill('Trust HR');
  await page.getByRole('button', { name: /Save figures for/ }).click();
  await expect(page.getByTestId('save-outcome')).toContainText(/Saved the figures for/);
  await expect(page.getByTestId('save-outcome')).toBeFocused();
  await app.screenshot('reports-hand-entered');

  await page.getByRole('tab', { name: 'Figures' }).click();
  await expect(page.getByTestId('value-new_recruits_declaring_mh')).toHaveText('6%');
  const summary = page.getByRole('table', { name: /Entered by hand for/ });
  await expect(summary.getByRole('row', { name: /A1\./ })).toContainText('74.5%');
  await expect(summary.getByRole('row', { name: /A1\./ })).toContainText('Annual Population Survey, Northshire (2024)');
});

test('data quality lists problems with working links', async ({ app }) => {
  const { page } = app;
  await withDemoData(page, '#/data-quality');
  await expect(page.getByRole('heading', { level: 1, name: 'Data quality' })).toBeVisible();
  await expect(page.getByText('Check before sending a return', { exact: false })).toBeVisible();
  const fix = page.getByRole('link', { name: /^Fix/ }).first();
  await expect(fix).toBeVisible();
  await app.screenshot('data-quality');
  await expectNoSeriousViolations(page, 'data quality');
  await fix.click();
  await expect(page).toHaveURL(/#\/(clients\/[0-9a-f-]{36}\/\w+|settings\/staff)$/);
});

test('why is this client (not) counted', async ({ app }) => {
  const { page } = app;
  await withDemoData(page, '#/caseload');
  const list = await page.evaluate(async () => window.ipsDesk!.invoke('clients.list', {}));
  if (!list.ok) throw new Error(JSON.stringify(list));
  const id = (list.data as { rows: { id: string }[] }).rows[0]!.id;
  await page.evaluate((h) => {
    window.location.hash = h;
  }, `#/clients/${id}/why-counted`);
  await expect(page.getByRole('heading', { name: 'Why is this client (not) counted?' })).toBeVisible();
  await expect(page.getByTestId('why-period-label')).toBeVisible();
  await expect(page.locator('tr[data-metric="job_starts"]')).toContainText(/Counted|Not counted/);
  await expect(page.locator('tr[data-metric="job_starts"] td').last()).not.toBeEmpty();
  await app.screenshot('why-counted');
  await expectNoSeriousViolations(page, 'why counted');
});
