import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, missingChromiumMessage } from '../../../build/scripts/find-chromium.mjs';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Prints a self-contained HTML document to an A4 PDF with the system's Chromium (as the e2e harness would with
 * page.pdf), with scripts off and every request refused, and returns the PDF's text as pdftotext reads it (in reading order).
 */
export async function printedText(html: string, dir: string): Promise<{ text: string; pages: number; pdf: Buffer }> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(missingChromiumMessage());
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  let pdf: Buffer;
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
  const file = join(dir, 'document.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  return { text, pages, pdf };
}
