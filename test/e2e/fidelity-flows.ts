import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { invoke } from './records-flows';

/** Steps the fidelity specs share: reviews made through the bridge, keyboard moves, reading a printed PDF. */

/** An ISO date `days` before today (local), as the harness's services take it. */
export function daysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A final review made through the app's own channels (as the list, comparison and report read it). */
export async function finalReviewThroughBridge(page: Page, instrument: 'sainsbury_c' | 'ips25', reviewDate: string, scores: readonly number[]): Promise<string> {
  const { id } = await invoke<{ id: string }>(page, 'fidelity.create', { instrument, review_date: reviewDate, reviewers: ['Sam Patel'], kind: 'self' });
  const prefix = instrument === 'ips25' ? 'ips25' : 'sainsbury';
  for (const [i, score] of scores.entries()) await invoke(page, 'fidelity.saveItem', { id, item: `${prefix}:${i + 1}`, score });
  await invoke(page, 'fidelity.finalise', { id });
  return id;
}

/** 25 IPS-25 scores adding up to `total` (25..125), as even as they can be. */
export function ips25Scores(total: number): number[] {
  const base = Math.floor(total / 25);
  return Array.from({ length: 25 }, (_, i) => (i < total - base * 25 ? base + 1 : base));
}

export async function openHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement).catch(() => false);
}

/** Presses Tab until `target` has focus, failing if it takes more than `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 30): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press('Tab');
    if (await isFocused(target)) return;
  }
  throw new Error(`Could not reach ${target.toString()} with ${max} presses of Tab`);
}

/** Presses Tab until any radio of the item's score group has focus (the group is one Tab stop). */
export async function tabToScoreOf(page: Page, itemNumber: number, max = 30): Promise<void> {
  const group = page.getByRole('radiogroup', { name: new RegExp(`^Score for Item ${itemNumber} \\(`) });
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press('Tab');
    if (await group.evaluate((element) => element.contains(document.activeElement))) return;
  }
  throw new Error(`Could not reach the score of item ${itemNumber} with ${max} presses of Tab`);
}

/**
 * With focus on an unscored item's first level: Space chooses the lowest score, and each arrow press the next
 * level up, as in any radio group.
 */
export async function chooseWithKeys(page: Page, steps: number): Promise<void> {
  await page.keyboard.press('Space');
  for (let i = 0; i < steps; i += 1) await page.keyboard.press('ArrowRight');
}

/** Every save has landed: no item still says "Saving…". */
export async function expectAllSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'Saving…' })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /^Not saved/ })).toHaveCount(0);
}

/** Saves the download the action starts and returns the PDF's text (pdftotext, layout kept) and its info. */
export async function downloadedPdf(page: Page, start: () => Promise<void>): Promise<{ path: string; text: string; info: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), start()]);
  const path = join(mkdtempSync(join(tmpdir(), 'ipsdesk-pdf-')), download.suggestedFilename());
  await download.saveAs(path);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return { path, text, info };
}

/** The first page of a PDF as a PNG beside the screenshots, to look at how it prints. */
export function pdfPageToPng(pdfPath: string, pngBase: string, page = 1): void {
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(page), '-l', String(page), '-singlefile', pdfPath, pngBase]);
}


const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The report screen: the app around the report, then the report document itself on a page of its own (axe
 * cannot run its script inside the frame, which is sandboxed without scripts on purpose).
 */
export async function expectAccessibleReportScreen(page: Page): Promise<void> {
  const frame = page.locator('[data-testid="report-frame"]');
  const around = await new AxeBuilder({ page }).withTags(WCAG_TAGS).exclude('[data-testid="report-frame"]').analyze();
  const html = (await frame.getAttribute('srcdoc')) ?? '';
  expect(html).toMatch(/^<!DOCTYPE html>/);
  const reportPage = await page.context().newPage();
  try {
    await reportPage.setContent(html);
    const report = await new AxeBuilder({ page: reportPage }).withTags(WCAG_TAGS).analyze();
    for (const [screen, results] of [['report screen', around], ['report document', report]] as const) {
      expect(results.passes.length, `axe checked nothing on the ${screen}`).toBeGreaterThan(10);
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ screen, rule: v.id, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`) }));
      expect(serious, `axe violations on the ${screen}`).toEqual([]);
    }
  } finally {
    await reportPage.close();
  }
}
