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

export async function htmlToPdf(html: string, env: NodeJS.ProcessEnv = process.env): Promise<Buffer> {
  const executablePath = findChromium({ env });
  if (!executablePath) throw new NoChromiumError(missingChromiumMessage(env));
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    // The document is self-contained and has no script: nothing needs to run or be fetched.
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', tagged: true, outline: true, printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
