import { test as base, expect, _electron, type Browser, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printHtmlInBrowser } from '../../electron/cli/report-pdf';
import { findElectron } from './harness/find-electron';
import { startHarness, type Harness, type HarnessOptions } from './harness/harness';

export type Target = 'browser' | 'electron';

export interface AppUnderTest {
  page: Page;
  target: Target;
  /** Saves a PNG of the whole page to test-results/screens/<target>-<name>.png. */
  screenshot(name: string): Promise<string>;
  /** Browser target only: locks from the main-process side (auto-lock, the OS locking), firing `vault.locked`. */
  lockFromMain?: Harness['lockFromMain'];
  /** Browser target only: what the system's Open dialog picks (a backup file, a folder), or null to cancel. */
  answerPathDialog?: Harness['answerPathDialog'];
  /** Browser target only: the harness's temporary data folder (the database, its keyring, `backups/`). */
  dataDir?: string;
}

/** Per-file harness settings, e.g. `test.use({ harness: { autoLockSeconds: 2 } })`. */
export type HarnessSettings = Pick<HarnessOptions, 'autoLockSeconds'>;

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SCREENS_DIR = join(REPO_ROOT, 'test-results', 'screens');
const ELECTRON_MAIN = join(REPO_ROOT, 'dist', 'electron', 'main.cjs');

/** Why the Electron run cannot happen here, or null when it can. */
function electronSkipReason(): string | null {
  if (process.env.IPSDESK_E2E_ELECTRON !== '1') return 'Electron run not requested: set IPSDESK_E2E_ELECTRON=1 (see test/e2e/README.md)';
  if (!findElectron()) return 'IPSDESK_E2E_ELECTRON=1 but no Electron binary is on disk (node_modules/electron/dist or IPSDESK_ELECTRON_PATH)';
  if (!existsSync(ELECTRON_MAIN)) return `IPSDESK_E2E_ELECTRON=1 but ${ELECTRON_MAIN} is missing: run \`npm run build\` first`;
  return null;
}

async function watchForErrors(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

function screenshotter(page: Page, target: Target) {
  return async (name: string) => {
    await mkdir(SCREENS_DIR, { recursive: true });
    const path = join(SCREENS_DIR, `${target}-${name}.png`);
    await page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'hide' });
    return path;
  };
}

/**
 * `app` is a fresh IPS Desk per test: in the browser, a new harness (own temporary encrypted database)
 * behind a new browser context; under Electron, the built app with its own temporary user-data folder.
 * Any console error or uncaught exception on the page (a CSP violation, a React error) fails the test.
 */
export const test = base.extend<{ app: AppUnderTest; harness: HarnessSettings }, { target: Target; appBrowser: Browser | null }>({
  target: ['browser', { option: true, scope: 'worker' }],
  harness: [{}, { option: true }],

  // Launched once per worker, only for the browser target (the Electron project never starts Chromium).
  appBrowser: [
    async ({ playwright, launchOptions, target }, use) => {
      if (target !== 'browser') return use(null);
      const browser = await playwright.chromium.launch(launchOptions);
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],

  app: async ({ target, appBrowser, harness: settings }, use, testInfo) => {
    if (target === 'electron') {
      const reason = electronSkipReason();
      testInfo.skip(reason !== null, reason ?? '');
      const userData = await mkdtemp(join(tmpdir(), 'ipsdesk-e2e-electron-'));
      const electronApp = await _electron.launch({
        executablePath: findElectron(),
        args: [REPO_ROOT, `--user-data-dir=${userData}`],
        env: { ...process.env, XDG_CONFIG_HOME: userData, APPDATA: userData } as Record<string, string>,
      });
      try {
        const page = await electronApp.firstWindow();
        const problems = await watchForErrors(page);
        await use({ page, target, screenshot: screenshotter(page, target) });
        expect(problems, 'errors on the page').toEqual([]);
      } finally {
        await electronApp.close();
        await rm(userData, { recursive: true, force: true });
      }
      return;
    }

    if (!appBrowser) throw new Error('No browser for the browser target');
    // "Print / save as PDF" prints with this Chromium's page.pdf, as the CLI does; the app uses Electron's printToPDF.
    const harness = await startHarness({ ...settings, printPdf: (html) => printHtmlInBrowser(appBrowser, html) });
    // Less motion, as someone may ask their system for: the app honours it (renderer/src/theme.ts), so dialogs
    // and menus open at once and the run spends no time on animation frames.
    const context = await appBrowser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      const problems = await watchForErrors(page);
      await page.goto(harness.url);
      await use({
        page,
        target,
        screenshot: screenshotter(page, target),
        lockFromMain: harness.lockFromMain,
        answerPathDialog: harness.answerPathDialog,
        dataDir: harness.dataDir,
      });
      expect(problems, 'errors on the page').toEqual([]);
    } finally {
      await context.close();
      await harness.close();
    }
  },
});

export { expect };
