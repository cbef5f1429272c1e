import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { lock, NEW_PASSPHRASE, setUp, setUpAndContinue, submitPassphrase, confirmRecoveryKey } from '../flows';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Scans the page as it is now; serious and critical violations fail the test with their details. */
async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  // Guards against a scan that checked nothing (an empty page, a wrong frame).
  expect(results.passes.length, `axe checked nothing on the ${screen} screen`).toBeGreaterThan(10);
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      screen,
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
    }));
  expect(serious, `axe violations on the ${screen} screen`).toEqual([]);
}

test('set-up screen, empty and with errors', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Set up IPS Desk' })).toBeVisible();
  await expectNoSeriousViolations(page, 'set-up');
  await page.getByLabel('Passphrase', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Set up IPS Desk' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoSeriousViolations(page, 'set-up with errors');
});

test('recovery key screen and caseload', async ({ app }) => {
  const { page } = app;
  await setUp(page);
  await expectNoSeriousViolations(page, 'recovery key');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectNoSeriousViolations(page, 'recovery key with error');
  await confirmRecoveryKey(page);
  await expectNoSeriousViolations(page, 'caseload');
});

test('unlock screen, wrong passphrase and throttled', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  await lock(page);
  await expectNoSeriousViolations(page, 'unlock');
  await submitPassphrase(page, 'definitely the wrong one');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoSeriousViolations(page, 'unlock with wrong passphrase');
  for (let attempt = 0; attempt < 3; attempt += 1) await submitPassphrase(page, 'still the wrong one');
  await expect(page.getByTestId('throttled')).toBeVisible();
  await expectNoSeriousViolations(page, 'unlock throttled');
});

test('recovery key unlock and new passphrase screens', async ({ app }) => {
  const { page } = app;
  const key = await setUpAndContinue(page);
  await lock(page);
  await page.getByRole('button', { name: 'Use the recovery key instead' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock with the recovery key' })).toBeVisible();
  await expectNoSeriousViolations(page, 'recovery key unlock');
  await page.getByLabel('Recovery key', { exact: true }).fill(key);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new passphrase' })).toBeVisible();
  await page.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await expectNoSeriousViolations(page, 'new passphrase');
});
