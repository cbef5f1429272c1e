import type { Browser } from 'playwright-core';
import { findChromium, missingChromiumMessage } from '../../build/scripts/find-chromium.mjs';

/**
 * Prints an HTML document to an A4 PDF with Chromium (playwright-core driving the system's Chromium; the
 * app prints the same HTML with Electron's printToPDF). Tagged, so the PDF carries its headings and tables
 * for screen readers, with an outline (bookmarks) made from the headings.
 */

export class NoChromiumError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoChromiumError';
  }
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** page.pdf's options: what the app asks Electron's printToPDF for (electron/print-pdf.ts), in Playwright's words. */
export const PAGE_PDF_OPTIONS = { format: 'A4', tagged: true, outline: true, printBackground: true, preferCSSPageSize: true } as const;

/** Prints the document in a fresh, script-less, offline context of a running Chromium (the CLI's, or the e2e harness's). */
export async function printHtmlInBrowser(browser: Browser, html: string): Promise<Buffer> {
  // The document is self-contained and has no script: nothing needs to run or be fetched.
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf(PAGE_PDF_OPTIONS);
  } finally {
    await context.close();
  }
}

export async function htmlToPdf(html: string, env: NodeJS.ProcessEnv = process.env): Promise<Buffer> {
  const executablePath = findChromium({ env });
  if (!executablePath) throw new NoChromiumError(missingChromiumMessage(env));
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    return await printHtmlInBrowser(browser, html);
  } finally {
    await browser.close();
  }
}
