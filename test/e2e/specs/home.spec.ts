import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, SCREENS_DIR, test } from '../fixtures';
import { expectHome, lock, setUpAndContinue, unlock } from '../flows';
import { expectNoSeriousViolations, invoke, loadDemoData } from '../records-flows';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** Issue 11 point 5: the week on the first screen after unlock, each item linking to the record. */

async function shot(page: Page, target: string, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENS_DIR, `${target}-1366-${name}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
}

test('the home screen shows the week and each item opens the record it is about', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpAndContinue(page);
  await loadDemoData(page);
  // Two clients of our own, whatever today is: one engaged with no contact for weeks, one whose new job
  // awaits its four paid hours.
  await invoke(page, 'clients.create', { client: { client_id: 'QUIET-1', given_name: 'Quinn', family_name: 'Quietly', referral_date: daysAgo(120), vocational_profile_date: daysAgo(110), action_plan_date: daysAgo(100) } });
  await invoke(page, 'clients.create', { client: { client_id: 'WAIT-1', given_name: 'Wren', family_name: 'Waiting', referral_date: daysAgo(60), vocational_profile_date: daysAgo(55) } });
  await invoke(page, 'contacts.save', { contact: { client_id: 'WAIT-1', date: daysAgo(3), kind: 'client_face_to_face' } });
  await invoke(page, 'jobs.save', { job: { job_id: 'WAIT-1-J1', client_id: 'WAIT-1', employer: 'Harbour Coffee', start_date: daysAgo(5), hours_per_week: 16, contract_type: 'permanent' } });
  // A new session reads everything afresh.
  await lock(page);
  await unlock(page);

  await expectHome(page);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  for (const heading of [
    /^No contact in the last 4 weeks \(\d+\)$/,
    /^Sustainment milestones in the next 14 days \(\d+\)$/,
    /^Job starts awaiting four paid hours \(\d+\)$/,
    /^Data quality \(\d+\)$/,
    /^Fidelity reviews due and overdue actions \(\d+\)$/,
    /^Year to date against the annual KPIs/,
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  const kpis = page.getByRole('table', { name: /Year to date against the annual KPIs/ });
  await expect(kpis.getByRole('row', { name: /Job starts/ })).toContainText(/so far/);
  await expect(kpis.getByRole('row', { name: /Job starts/ })).toContainText(/On track|Behind|Nothing to judge yet/);
  await shot(page, app.target, 'home');
  await expectNoSeriousViolations(page, 'home');

  // Each list links to the client record at the tab where the item is dealt with.
  const quiet = page.getByTestId('home-quiet').getByRole('listitem').filter({ hasText: 'Quinn Quietly (QUIET-1)' });
  await expect(quiet).toContainText(/no contact recorded yet/);
  await quiet.getByRole('link', { name: 'Quinn Quietly (QUIET-1)' }).click();
  await expect(page).toHaveURL(/#\/clients\/[0-9a-f-]{36}\/contacts$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Quinn Quietly' })).toBeVisible();
  await expect(page.getByRole('tab', { name: /^Contacts/ })).toHaveAttribute('aria-selected', 'true');

  await page.goBack();
  await expectHome(page);
  const awaiting = page.getByTestId('home-four-hours').getByRole('listitem').filter({ hasText: 'Wren Waiting (WAIT-1)' });
  await expect(awaiting).toContainText(`started ${daysAgo(5).split('-').reverse().join('/')} at Harbour Coffee, 5 days ago`);
  await awaiting.getByRole('link').click();
  await expect(page).toHaveURL(/#\/clients\/[0-9a-f-]{36}\/jobs$/);
  await expect(page.getByRole('table', { name: 'Jobs' })).toContainText('Harbour Coffee');

  await page.goBack();
  await page.getByRole('link', { name: 'Fix them in Data quality' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data quality' })).toBeVisible();
});
