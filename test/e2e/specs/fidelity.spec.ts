import { join } from 'node:path';
import { expect, SCREENS_DIR, test } from '../fixtures';
import {
  chooseWithKeys, daysAgo, downloadedPdf, expectAllSaved, finalReviewThroughBridge, ips25Scores, openHash, pdfPageToPng, tabTo, tabToScoreOf,
} from '../fidelity-flows';
import { setUpAndContinue } from '../flows';
import { invoke, loadDemoData, openNav } from '../records-flows';

/** Issue 9, the screens: reviews, the scoring form, suggestions, the action plan, the comparison and the report. */

// Sainsbury section C, items 1–8 (items 7 and 8 run from 0): scored with the keyboard, item 8 left for later.
const SCORES = [4, 3, 4, 5, 3, 4, 2, 3];
const MINS = [1, 1, 1, 1, 1, 1, 0, 0];
const PREVIOUS = [3, 3, 3, 3, 3, 3, 1, 1];

test('a Sainsbury review is completed with the keyboard, refused while an item is unscored, made final, compared and printed', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await finalReviewThroughBridge(page, 'sainsbury_c', daysAgo(200), PREVIOUS);

  await openNav(page, 'Fidelity');
  await page.getByRole('button', { name: 'Start a Sainsbury Centre C review' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a fidelity review' });
  await dialog.getByLabel('Reviewers').fill('Sam Patel, Jo Bloggs');
  await dialog.getByRole('button', { name: 'Start the review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Sainsbury Centre C review of \d{2}\/\d{2}\/\d{4}$/ })).toBeVisible();
  await expect(page.getByTestId('running-total')).toContainText('0 of 8 scored');

  // Keyboard only from here: into item 1's levels, then Tab from item to item.
  await page.getByRole('radiogroup', { name: /^Score for Item 1 \(/ }).getByRole('radio').first().focus();
  for (let i = 0; i < 7; i += 1) {
    if (i > 0) await tabToScoreOf(page, i + 1);
    await chooseWithKeys(page, SCORES[i]! - MINS[i]!);
    await expect(page.getByRole('radiogroup', { name: new RegExp(`^Score for Item ${i + 1} \\(`) }).getByRole('radio', { checked: true })).toHaveAccessibleName(String(SCORES[i]));
    if (i === 0) {
      // The evidence of item 1: typed, and a source ticked with Space.
      await tabTo(page, page.getByLabel('Evidence for item 1'));
      await page.keyboard.type('Quarterly outcome reports to the trust board.');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('checkbox', { name: 'Records' }).first()).toBeFocused();
      await page.keyboard.press('Space');
    }
  }
  await expectAllSaved(page);
  await expect(page.getByTestId('running-total')).toContainText('25');
  await expect(page.getByTestId('running-total')).toContainText('7 of 8 scored');

  // Made final with item 8 unscored: refused, naming it.
  await page.getByRole('button', { name: 'Make final' }).focus();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Make this review final?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const refusal = page.getByTestId('finalise-refusal');
  await expect(refusal).toContainText('This review cannot be made final: Item 8 (Audit of client feedback) is not scored.');
  await expect(page.getByText('Item 8 is not scored: choose a score to make the review final.')).toBeVisible();
  await app.screenshot('fidelity-finalise-refused');

  // "Still to score" takes the keyboard to item 8.
  await page.getByRole('button', { name: /^Go to item 8/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: '8. Audit of client feedback' })).toBeFocused();
  await tabToScoreOf(page, 8);
  await chooseWithKeys(page, SCORES[7]! - MINS[7]!);
  await expectAllSaved(page);
  await expect(page.getByTestId('running-total')).toContainText('28');
  await expect(page.getByTestId('running-total')).toContainText('out of 36');

  await page.getByRole('button', { name: 'Make final' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/The review is final: 28 out of 36/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy into a new draft' })).toBeVisible();
  await expect(page.getByText(/^\d{2}\/\d{2}\/\d{4} at \d{2}:\d{2} by Sam Patel$/)).toBeVisible();
  const audit = await invoke<{ entries: { action: string; user: string | null }[] }>(page, 'audit.list', {});
  expect(audit.entries.filter((e) => e.action === 'fidelity_review.finalise').map((e) => e.user)).toEqual(['Sam Patel', 'Sam Patel']);

  // The comparison with the review 200 days ago.
  await page.getByRole('tab', { name: 'Comparison' }).click();
  await expect(page.getByTestId('comparison-total')).toContainText('20 → 28 (+8)');
  await expect(page.getByRole('figure', { name: /^Item scores: previous review/ })).toBeVisible();
  const itemTable = page.getByRole('table', { name: 'Item scores, previous review and this review' });
  await expect(itemTable.getByRole('row', { name: /^4\. Employment-related benefits advice/ })).toContainText('+2');
  await app.screenshot('fidelity-comparison');

  // The report, shown as it prints, and printed to PDF.
  await page.getByRole('tab', { name: 'Report and PDF' }).click();
  const frame = page.frameLocator('[data-testid="report-frame"]');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Sainsbury Centre section C: service effectiveness and quality');
  const pdf = await downloadedPdf(page, () => page.getByRole('button', { name: 'Print / save as PDF' }).click());
  expect(pdf.path).toMatch(/fidelity-review-sainsbury-c-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(pdf.text).toMatch(/\b28\b[\s\S]*out of 36/);
  expect(pdf.text).toContain('Quarterly outcome reports to the trust board.');
  expect(pdf.info).toMatch(/Tagged:\s+yes/);
  expect(pdf.info).toMatch(/Page size:.*\(A4\)/);
  await expect(page.getByRole('status').filter({ hasText: /^Saved fidelity-review-sainsbury-c/ })).toBeVisible();
});

test('an IPS-25 report prints its total and band to PDF', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await finalReviewThroughBridge(page, 'ips25', daysAgo(400), ips25Scores(90));
  const id = await finalReviewThroughBridge(page, 'ips25', daysAgo(10), ips25Scores(101));
  await openHash(page, `#/fidelity/${id}/report`);
  await expect(page.getByTestId('running-total')).toContainText('101out of 125');
  await expect(page.getByTestId('band')).toContainText('Good fidelity');
  const frame = page.frameLocator('[data-testid="report-frame"]');
  await expect(frame.getByRole('heading', { level: 2, name: 'Comparison with the previous review' })).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.screenshot('fidelity-report');

  const pdf = await downloadedPdf(page, () => page.getByRole('button', { name: 'Print / save as PDF' }).click());
  expect(pdf.text).toMatch(/\b101\b[\s\S]*out of 125/);
  expect(pdf.text).toContain('Good fidelity');
  expect(pdf.text).toMatch(/gone up from\s+Fair fidelity\s+to\s+Good fidelity/);
  expect(pdf.info).toMatch(/Tagged:\s+yes/);
  pdfPageToPng(pdf.path, join(SCREENS_DIR, `${app.target}-fidelity-report-pdf-page1`), 1);
  pdfPageToPng(pdf.path, join(SCREENS_DIR, `${app.target}-fidelity-report-pdf-page2`), 2);

  // The scores as a workbook.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the scores (xlsx)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^fidelity-review-ips25-\d{4}-\d{2}-\d{2}\.xlsx$/);
});

test('suggestions from the data are accepted with one click, their records shown, and an evidence note survives a reload', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await loadDemoData(page);
  const { id } = await invoke<{ id: string }>(page, 'fidelity.create', { instrument: 'ips25', reviewers: ['Sam Patel'] });
  await openHash(page, `#/fidelity/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: /^IPS-25 review of/ })).toBeVisible();

  const item15 = page.locator('#item-ips25-15');
  const suggestion = item15.getByTestId('suggestion-ips25:15');
  await expect(suggestion).toContainText(/The records suggest \d: [\d.]+ days on average from vocational profile to first face-to-face employer contact/);
  const suggested = Number((await suggestion.textContent())!.match(/The records suggest (\d)/)![1]);
  // Never filled silently: the item is still unscored until the reviewer accepts.
  await expect(item15.getByRole('radio', { checked: true })).toHaveCount(0);
  await suggestion.getByRole('button', { name: `Use the suggested score (${suggested})` }).click();
  await expect(item15.getByRole('radio', { checked: true })).toHaveAccessibleName(String(suggested));
  await expect(suggestion.getByRole('button', { name: `Score ${suggested} matches the suggestion` })).toBeDisabled();
  await expectAllSaved(page);
  const saved = await invoke<{ review: { items: { item: string; score: number | null; suggestion: { score: number; figure: number } | null }[] } }>(page, 'fidelity.get', { id });
  const kept = saved.review.items.find((i) => i.item === 'ips25:15')!;
  expect(kept.score).toBe(suggested);
  expect(kept.suggestion?.score).toBe(suggested);
  expect(kept.suggestion?.figure).toBeGreaterThan(0);

  await suggestion.getByRole('button', { name: /^Show the \d+ clients? behind this figure$/ }).click();
  const records = page.getByRole('dialog', { name: /^Item 15 \(Rapid job search\): / });
  await expect(records.getByRole('link').first()).toBeVisible();
  await records.screenshot({ path: join(SCREENS_DIR, `${app.target}-fidelity-suggestion-records.png`) });
  await records.getByRole('button', { name: 'Close' }).click();

  // One item at a time; an evidence note typed there is saved as it is typed.
  await page.getByRole('button', { name: 'One item at a time' }).click();
  await expect(page.getByText('Item 1 of 25')).toBeVisible();
  await page.getByRole('button', { name: 'Next item' }).click();
  await expect(page.getByText('Item 2 of 25')).toBeVisible();
  await page.getByLabel('Evidence for item 2', { exact: true }).fill('Job plans show 95% of time on employment work.');
  await expect(page.locator('#item-ips25-2').getByRole('status')).toHaveText('Saved');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /^IPS-25 review of/ })).toBeVisible();
  await expect(page.getByLabel('Evidence for item 2', { exact: true })).toHaveValue('Job plans show 95% of time on employment work.');
});

test('the action plan: actions on items with owner, due date, status and progress notes, and whether each was achieved at the next review', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  const id = await finalReviewThroughBridge(page, 'ips25', daysAgo(200), ips25Scores(95));
  await openHash(page, `#/fidelity/${id}/actions`);
  await expect(page.getByRole('heading', { level: 2, name: 'Actions agreed at this review' })).toBeVisible();

  await page.getByRole('button', { name: 'Add an action' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an action' });
  await dialog.getByRole('button', { name: 'Add action' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Action', exact: true })).toHaveAccessibleDescription('Action is required');
  await expect(dialog.getByText('An action must answer at least one item')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Action', exact: true }).fill('Weekly joint meetings with the community team');
  await dialog.getByLabel('Owner').fill('Jo Bloggs');
  await dialog.getByLabel('Due date').fill('31/02/2026');
  await dialog.getByRole('checkbox', { name: '5. Frequent team contact' }).check();
  await dialog.getByRole('checkbox', { name: '4. Team assignment' }).check();
  await dialog.getByRole('button', { name: 'Add action' }).click();
  await expect(dialog.getByLabel('Due date')).toHaveAccessibleDescription(/Due date must be a real date \(dd\/mm\/yyyy\)/);
  await dialog.getByLabel('Due date').fill('01/01/2020');
  await dialog.getByRole('button', { name: 'Add action' }).click();
  await expect(dialog).toBeHidden();

  const action = page.getByTestId('action-1');
  await expect(action).toContainText('4. Team assignment; 5. Frequent team contact');
  await expect(action).toContainText(/overdue by \d+ days/);
  await action.getByLabel('Progress on action 1').fill('First meeting held; diary set up.');
  await action.getByRole('button', { name: 'Add note' }).click();
  await expect(action.getByText(/: First meeting held; diary set up\./)).toBeVisible();
  await action.getByLabel('Status of action 1').click();
  await page.getByRole('option', { name: 'Done' }).click();
  await expect(action).not.toContainText('overdue');
  const due = await invoke<{ actions: unknown[] }>(page, 'fidelity.due', {});
  expect(due.actions).toEqual([]);
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.screenshot('fidelity-action-plan');

  // The next review, copied from this one, shows this plan and whether it was achieved.
  await page.getByRole('button', { name: 'Copy into a new draft' }).click();
  await page.getByRole('dialog', { name: 'Copy into a new draft?' }).getByRole('button', { name: 'Copy into a new draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^IPS-25 review of/ })).toBeVisible();
  await expect(page.getByText('Draft', { exact: true })).toBeVisible();
  await page.getByRole('tab', { name: /^Action plan/ }).click();
  const previous = page.getByRole('table', { name: 'Actions from the previous review and whether each was achieved' });
  await expect(previous.getByRole('row', { name: /Weekly joint meetings/ })).toContainText('Achieved');
  await expect(page.getByText('1 of 1 action achieved.')).toBeVisible();
  await app.screenshot('fidelity-next-review-previous-actions');
});
