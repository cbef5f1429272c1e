import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, SCREENS_DIR, test, type AppUnderTest } from '../fixtures';
import { daysAgo, expectAccessibleReportScreen, finalReviewThroughBridge, ips25Scores, openHash } from '../fidelity-flows';
import { setUpAndContinue } from '../flows';
import { expectNoSeriousViolations, invoke, loadDemoData } from '../records-flows';

/**
 * Every fidelity screen at 1366×768 on the demo data: an axe scan of each (no serious or critical finding)
 * and a screenshot of each in test-results/screens/, to look at.
 */

// The demo data and 25-item pages are slow to scan on a shared two-core machine.
test.describe.configure({ timeout: 240_000 });

async function glance(app: AppUnderTest, name: string): Promise<void> {
  // What a manager sees without scrolling, and the whole page.
  await app.page.screenshot({ path: join(SCREENS_DIR, `${app.target}-1366-${name}.png`), animations: 'disabled', caret: 'hide' });
  await app.screenshot(`1366-${name}-full`);
}

async function reviewsOnDemoData(page: Page): Promise<{ final: string; draft: string }> {
  await setUpAndContinue(page);
  await loadDemoData(page);
  await finalReviewThroughBridge(page, 'ips25', daysAgo(380), ips25Scores(82));
  const final = await finalReviewThroughBridge(page, 'ips25', daysAgo(190), ips25Scores(93));
  await invoke(page, 'fidelity.saveAction', {
    review_id: final,
    action: { items: ['ips25:4', 'ips25:5'], action: 'Weekly joint meetings with the community team', owner: 'Jo Bloggs', due_date: daysAgo(20), status: 'in_progress' },
  });
  await invoke(page, 'fidelity.saveAction', {
    review_id: final,
    action: { items: ['ips25:12'], action: 'Benefits advice offered to everyone before starting work', owner: 'Sam Patel', due_date: daysAgo(60), status: 'done' },
  });
  const { id: draft } = await invoke<{ id: string }>(page, 'fidelity.copy', { id: final });
  await invoke(page, 'fidelity.saveItem', { id: draft, item: 'ips25:3', score: null });
  await invoke(page, 'fidelity.saveItem', { id: draft, item: 'ips25:2', evidence: 'Job plans show 95% of time on employment work.', sources: ['documents', 'interviews'] });
  await invoke(page, 'fidelity.create', { instrument: 'sainsbury_c', reviewers: ['Sam Patel'] });
  return { final, draft };
}

test('the fidelity list and the start dialog', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpAndContinue(page);
  await openHash(page, '#/fidelity');
  await expect(page.getByRole('heading', { level: 1, name: 'Fidelity reviews' })).toBeVisible();
  await expect(page.getByText('No reviews yet.')).toBeVisible();
  await expectNoSeriousViolations(page, 'fidelity list, empty');
  await glance(app, 'fidelity-list-empty');

  await page.getByRole('button', { name: 'Start an IPS-25 review' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a fidelity review' });
  await dialog.getByLabel('Review date').fill('31/02/2026');
  await dialog.getByLabel('Period covered: from').fill('01/04/2025');
  await dialog.getByLabel('Reviewers').fill(`Sam Patel, ${'x'.repeat(120)}`);
  await dialog.getByRole('button', { name: 'Start the review' }).click();
  await expect(dialog.getByLabel('Review date')).toHaveAccessibleDescription('Review date must be a real date (dd/mm/yyyy)');
  await expect(dialog.getByLabel('Period covered: to')).toHaveAccessibleDescription('Period end is required');
  await expect(dialog.getByLabel('Reviewers')).toHaveAccessibleDescription('Reviewer name must be at most 100 characters');
  await expectNoSeriousViolations(page, 'start a review, with problems');
  await glance(app, 'fidelity-start-dialog-errors');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await reviewsOnDemoDataAfterSetUp(page);
  // Made through the bridge, behind the query layer's back: read afresh.
  await page.reload();
  await expect(page.getByRole('table', { name: 'Fidelity reviews, newest first' }).getByRole('row')).toHaveCount(5);
  await expect(page.getByTestId('due-ips25')).toHaveText(/^Overdue by \d+ days \(due \d{2}\/\d{2}\/\d{4}\)$/);
  await expect(page.getByTestId('due-sainsbury_c')).toHaveText('No final review yet');
  await expectNoSeriousViolations(page, 'fidelity list');
  await glance(app, 'fidelity-list');
});

/** The same reviews as reviewsOnDemoData, on a database already set up. */
async function reviewsOnDemoDataAfterSetUp(page: Page): Promise<void> {
  await finalReviewThroughBridge(page, 'ips25', daysAgo(380), ips25Scores(82));
  const final = await finalReviewThroughBridge(page, 'ips25', daysAgo(190), ips25Scores(93));
  await invoke(page, 'fidelity.copy', { id: final });
  await invoke(page, 'fidelity.create', { instrument: 'sainsbury_c', reviewers: ['Sam Patel'] });
}

test('a review: scores, one item at a time, refusal, suggestion records, details', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const { draft } = await reviewsOnDemoData(page);
  await openHash(page, `#/fidelity/${draft}`);
  await expect(page.getByRole('heading', { level: 1, name: /^IPS-25 review of/ })).toBeVisible();
  await expect(page.getByTestId('suggestion-ips25:1')).toContainText('The records suggest');
  await expectNoSeriousViolations(page, 'review scores');
  await glance(app, 'fidelity-review-scores');
  await page.locator('#item-ips25-15').screenshot({ path: join(SCREENS_DIR, `${app.target}-1366-fidelity-item-with-suggestion.png`) });

  await page.getByRole('button', { name: 'Make final' }).click();
  await page.getByRole('dialog', { name: 'Make this review final?' }).getByRole('button', { name: 'Make final' }).click();
  await expect(page.getByTestId('finalise-refusal')).toContainText('Item 3 (Generalist specialists) is not scored');
  await expectNoSeriousViolations(page, 'review refused');
  await glance(app, 'fidelity-review-refused');

  await page.getByRole('button', { name: 'One item at a time' }).click();
  await expect(page.getByText('Item 1 of 25')).toBeVisible();
  await expectNoSeriousViolations(page, 'one item at a time');
  await glance(app, 'fidelity-review-one-item');

  await page.getByRole('button', { name: 'All items' }).click();
  await page.locator('#item-ips25-1').getByRole('button', { name: /^Show the \d+ clients? behind this figure$/ }).click();
  await expect(page.getByRole('dialog', { name: /^Item 1 \(Caseload size\)/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'suggestion records');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Edit details' }).click();
  const details = page.getByRole('dialog', { name: 'Review details' });
  await details.getByLabel('Period covered: to').fill('01/01/2020');
  await details.getByLabel('Period covered: from').fill('01/04/2025');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(details.getByLabel('Period covered: to')).toHaveAccessibleDescription('Period start must be on or before the period end');
  await expectNoSeriousViolations(page, 'review details');
  await details.getByRole('button', { name: 'Cancel' }).click();
});

test('a review: action plan, comparison and report', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const { draft, final } = await reviewsOnDemoData(page);
  await invoke(page, 'fidelity.saveAction', {
    review_id: draft,
    action: { items: ['ips25:3'], action: 'Each specialist takes clients from referral to follow-along', owner: 'Jo Bloggs', due_date: daysAgo(-90), status: 'not_started' },
  });
  await openHash(page, `#/fidelity/${draft}/actions`);
  await expect(page.getByRole('table', { name: 'Actions from the previous review and whether each was achieved' })).toBeVisible();
  await expectNoSeriousViolations(page, 'action plan');
  await glance(app, 'fidelity-action-plan');
  await page.getByRole('button', { name: 'Add an action' }).click();
  await expect(page.getByRole('dialog', { name: 'Add an action' })).toBeVisible();
  await expectNoSeriousViolations(page, 'add an action');
  await glance(app, 'fidelity-action-dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  await openHash(page, `#/fidelity/${final}/comparison`);
  await expect(page.getByTestId('comparison-total')).toContainText('82 → 93 (+11)');
  await expect(page.getByTestId('comparison-band')).toContainText('The band is unchanged: Fair fidelity.');
  await expectNoSeriousViolations(page, 'comparison');
  await glance(app, 'fidelity-comparison');

  await openHash(page, `#/fidelity/${final}/report`);
  await expect(page.frameLocator('[data-testid="report-frame"]').getByRole('heading', { level: 2, name: 'Action plan' })).toBeVisible();
  await expectAccessibleReportScreen(page);
  await glance(app, 'fidelity-report');
});
