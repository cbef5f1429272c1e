import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { todayIso } from '../../../shared/dates';
import { financialYearOf } from '../../../shared/period';
import { goldenTemplate } from '../../electron/xlsx/template/golden-fixture';
import { expect, SCREENS_DIR, test, type AppUnderTest } from '../fixtures';
import { daysAgo, finalReviewThroughBridge, ips25Scores, openHash } from '../fidelity-flows';
import { lock, setUpAndContinue, unlock } from '../flows';
import { expectNoSeriousViolations, invoke, openNav } from '../records-flows';
import { isoYearsAgo, seedClient } from '../rights-flows';

/**
 * Returns and Fidelity for each role: a viewer reads everything the role table lets them read and is offered
 * nothing it refuses them (shared/ipc/access.ts), with a note saying what their role allows; a specialist and
 * the manager are offered what is theirs.
 */

test.beforeEach(async ({ app }) => {
  await app.page.setViewportSize({ width: 1366, height: 768 });
});

const VIEWER = { name: 'Vic Reader', passphrase: 'copper kettle meadow 41' };
const SPECIALIST = { name: 'Ben Okafor', passphrase: 'quilted sparrow harbour 58' };
const BUILT_IN = { kind: 'builtin', id: 'ips-standard-data-set' } as const;

async function addUser(page: Page, user: { name: string; passphrase: string }, role: 'viewer' | 'specialist'): Promise<void> {
  await invoke(page, 'users.add', { name: user.name, role, passphrase: user.passphrase });
}

async function signInAs(page: Page, user: { name: string; passphrase: string }): Promise<void> {
  await lock(page);
  await page.getByLabel('Who are you?').selectOption(user.name);
  await unlock(page, user.passphrase);
}

async function glance(app: AppUnderTest, name: string): Promise<void> {
  await app.page.screenshot({ path: join(SCREENS_DIR, `${app.target}-1366-${name}.png`), animations: 'disabled', caret: 'hide' });
  await app.screenshot(`1366-${name}-full`);
}

test('Returns: a viewer sees each return and every export but is offered nothing that changes them; a specialist and the manager are', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await seedClient(page, { client_id: 'V-1', given_name: 'Val', family_name: 'Reed', referral_date: isoYearsAgo(0) });
  const { template } = await invoke<{ template: { ref: { kind: 'saved'; id: string } } }>(page, 'returns.loadTemplate', {
    fileName: 'ICB quarterly return.xlsx',
    base64: goldenTemplate().toString('base64'),
  });
  await invoke(page, 'returns.saveMapping', { templateId: template.ref.id, mapping: { 'Return!C5': 'referrals' } });
  const period = financialYearOf(todayIso());
  await invoke(page, 'returns.export', { template: template.ref, period, identifiable: false });
  await invoke(page, 'returns.export', { template: BUILT_IN, period, identifiable: true });
  await addUser(page, VIEWER, 'viewer');
  await addUser(page, SPECIALIST, 'specialist');

  // The manager: everything, and no note.
  await openNav(page, 'Returns');
  await expect(page.getByTestId('return-period-label')).toContainText('IPS standard data set');
  await expect(page.getByRole('button', { name: 'Load the commissioner’s template' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export and save the file' })).toBeVisible();
  await expect(page.getByTestId('export-history').getByRole('button', { name: /^Export again/ })).toHaveCount(2);
  await expect(page.getByTestId('read-only-notice')).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Return to fill' }).click();
  await page.getByRole('option', { name: /^ICB quarterly return/ }).click();
  const grid = page.getByRole('grid', { name: 'Return as it will be filled' });
  await grid.locator('[data-cell="C5"]').click();
  await expect(page.getByRole('dialog', { name: 'Choose the figure for Return!C5' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('selected-cell').getByRole('button', { name: 'Change the figure' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove the mapping of Return!C5' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove this template…' })).toBeVisible();

  // A specialist loads, maps and exports, but an identifiable export is a manager's to repeat.
  await signInAs(page, SPECIALIST);
  await openNav(page, 'Returns');
  await expect(page.getByRole('button', { name: 'Load the commissioner’s template' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export and save the file' })).toBeVisible();
  const specialistHistory = page.getByTestId('export-history');
  await expect(specialistHistory.locator('tbody tr')).toHaveCount(2);
  await expect(specialistHistory.locator('tbody tr', { hasText: 'IPS standard data set' })).toContainText('Only a manager can export identifiable rows again.');
  await expect(specialistHistory.locator('tbody tr', { hasText: 'ICB quarterly return' }).getByRole('button', { name: /^Export again/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove this template…' })).toHaveCount(0);
  await expect(page.getByTestId('read-only-notice')).toHaveCount(0);

  // A viewer: the returns, their values and the history, nothing to change them, and a note saying so.
  await signInAs(page, VIEWER);
  await openNav(page, 'Returns');
  await expect(page.getByTestId('return-period-label')).toContainText('IPS standard data set');
  await expect(page.getByTestId('read-only-notice')).toHaveText(
    'Signed in as a viewer, you can see what each return will hold for any period and look back at the returns already exported. Loading a commissioner’s template, choosing figures for its cells and exporting need an employment specialist or a manager.',
  );
  await expect(page.getByRole('button', { name: 'Load the commissioner’s template' })).toHaveCount(0);
  await expect(page.getByTestId('template-file')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Export the return' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export and save the file' })).toHaveCount(0);
  const history = page.getByTestId('export-history');
  await expect(history.locator('tbody tr')).toHaveCount(2);
  await expect(history.getByRole('columnheader')).toHaveText(['Period', 'As of', 'Template', 'Exported', 'By', 'Identifiable', 'File SHA-256']);
  await expect(history.getByRole('button', { name: /^Export again/ })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'returns (viewer)');
  await page.evaluate(() => window.scrollTo(0, 0));
  await glance(app, 'returns-viewer');

  // By keyboard: choose the commissioner's template, move to its mapped cell, and read it; Enter opens nothing.
  await page.getByRole('combobox', { name: 'Return to fill' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: /^ICB quarterly return/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('return-period-label')).toContainText('ICB quarterly return');
  await expect(page.getByRole('button', { name: 'Remove this template…' })).toHaveCount(0);
  await grid.locator('[data-cell="B4"]').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(grid.locator('[data-cell="C5"]')).toBeFocused();
  await expect(page.getByTestId('selected-cell')).toContainText(/Referrals \(mapped here\) → \d+/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('selected-cell').getByRole('button')).toHaveCount(0);
  await expect(page.getByTestId('figures-table').getByRole('button', { name: /^Remove/ })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'returns (viewer, commissioner’s template)');
  await glance(app, 'returns-viewer-template');
});

test('Fidelity: a viewer reads the reviews, their scores and action plans, and is offered nothing that changes them; the manager is', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  const final = await finalReviewThroughBridge(page, 'ips25', daysAgo(190), ips25Scores(93));
  const { action } = await invoke<{ action: { id: string } }>(page, 'fidelity.saveAction', {
    review_id: final,
    action: { items: ['ips25:4'], action: 'Weekly joint meetings with the community team', owner: 'Jo Bloggs', due_date: daysAgo(20), status: 'in_progress' },
  });
  await invoke(page, 'fidelity.addProgressNote', { action_id: action.id, note: { date: daysAgo(10), note: 'Two meetings held so far' } });
  const { id: draft } = await invoke<{ id: string }>(page, 'fidelity.copy', { id: final });
  await invoke(page, 'fidelity.saveItem', { id: draft, item: 'ips25:2', evidence: 'Job plans show 95% of time on employment work.', sources: ['documents', 'interviews'] });
  await addUser(page, VIEWER, 'viewer');

  // The manager: starts, scores, finalises, copies and keeps the plan.
  await openHash(page, '#/fidelity');
  await expect(page.getByRole('button', { name: 'Start an IPS-25 review' })).toBeVisible();
  await expect(page.getByTestId('read-only-notice')).toHaveCount(0);
  await openHash(page, `#/fidelity/${draft}`);
  await expect(page.getByRole('heading', { level: 1, name: /^IPS-25 review of/ })).toBeVisible();
  for (const name of ['Edit details', 'Make final', 'Delete draft']) await expect(page.getByRole('button', { name })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: /^Score for Item 1 \(/ }).getByRole('radio', { checked: true })).toBeEnabled();
  await expect(page.getByLabel('Evidence for item 2', { exact: true })).toHaveValue('Job plans show 95% of time on employment work.');
  await expect(page.locator('#item-ips25-2').getByRole('checkbox', { name: 'Documents' })).toBeChecked();
  await openHash(page, `#/fidelity/${final}/actions`);
  await expect(page.getByRole('button', { name: 'Copy into a new draft' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add an action' })).toBeVisible();
  await expect(page.getByLabel('Status of action 1')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add note' })).toBeVisible();

  await signInAs(page, VIEWER);
  await openHash(page, '#/fidelity');
  await expect(page.getByRole('heading', { level: 1, name: 'Fidelity reviews' })).toBeVisible();
  await expect(page.getByTestId('read-only-notice')).toHaveText(
    'Signed in as a viewer, you can read every review with its scores, evidence and action plan, compare it with the review before, and print or download its report. Starting a review, scoring it and keeping its action plan need an employment specialist or a manager.',
  );
  await expect(page.getByRole('button', { name: /^Start an? / })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Fidelity reviews, newest first' }).getByRole('row')).toHaveCount(3);
  await expectNoSeriousViolations(page, 'fidelity list (viewer)');
  await glance(app, 'fidelity-list-viewer');

  // The draft: scores and evidence to read, read-only; nothing to score, finalise or delete.
  await openHash(page, `#/fidelity/${draft}`);
  await expect(page.getByRole('heading', { level: 1, name: /^IPS-25 review of/ })).toBeVisible();
  await expect(page.getByTestId('read-only-notice')).toContainText('Scoring it and keeping its action plan need an employment specialist or a manager.');
  for (const name of ['Edit details', 'Make final', 'Delete draft', 'Copy into a new draft']) await expect(page.getByRole('button', { name })).toHaveCount(0);
  const itemOne = page.getByRole('radiogroup', { name: /^Score for Item 1 \(/ });
  await expect(itemOne.getByRole('radio', { checked: true })).toHaveAccessibleName('4');
  await expect(itemOne.getByRole('radio', { checked: true })).toBeDisabled();
  await expect(page.getByTestId('running-total')).toContainText('93');
  await expect(page.getByLabel('Evidence for item 2', { exact: true })).toHaveCount(0);
  await expect(page.locator('#item-ips25-2')).toContainText('Job plans show 95% of time on employment work.');
  await expect(page.locator('#item-ips25-2')).toContainText('Evidence sourcesInterviews, Documents');
  await expect(page.locator('#item-ips25-2').getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Use the suggested score/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Clear the score/ })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /^Sav/ })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'fidelity review (viewer)');
  await glance(app, 'fidelity-review-viewer');
  await page.locator('#item-ips25-2').screenshot({ path: join(SCREENS_DIR, `${app.target}-1366-fidelity-item-viewer.png`), animations: 'disabled' });

  // By keyboard along the tabs: the draft's action plan offers nothing to add.
  await page.getByRole('tab', { name: 'Scores' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /^Action plan/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Actions agreed at this review' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add an action' })).toHaveCount(0);

  // The final review: its plan and progress notes to read, nothing to change; the report is anyone's.
  await openHash(page, `#/fidelity/${final}/actions`);
  await expect(page.getByTestId('read-only-notice')).toContainText('Keeping its action plan needs an employment specialist or a manager.');
  await expect(page.getByRole('button', { name: 'Copy into a new draft' })).toHaveCount(0);
  const card = page.getByTestId('action-1');
  await expect(card).toContainText('Weekly joint meetings with the community team');
  await expect(card).toContainText('In progress');
  await expect(card).toContainText('Two meetings held so far');
  await expect(card.getByRole('button')).toHaveCount(0);
  await expect(card.getByRole('combobox')).toHaveCount(0);
  await expect(card.getByRole('textbox')).toHaveCount(0);
  await expectNoSeriousViolations(page, 'fidelity action plan (viewer)');
  await glance(app, 'fidelity-actions-viewer');
  await page.getByRole('tab', { name: 'Report and PDF' }).click();
  await expect(page.getByRole('button', { name: 'Print / save as PDF' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download the scores (xlsx)' })).toBeVisible();
});
