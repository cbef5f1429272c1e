import { defineConfig } from '@playwright/test';
import { findChromium } from '../../build/scripts/find-chromium.mjs';
import type { Target } from './fixtures';

// Debian's Chromium (or $CHROMIUM_PATH); never `npx playwright install`. `npm run test:e2e` checks it exists first.
const chromiumPath: string | undefined = findChromium();

export default defineConfig<object, { target: Target }>({
  testDir: './specs',
  outputDir: '../../test-results/playwright',
  // Two cores, shared: one worker, and each test gets its own harness and database anyway.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { target: 'browser' } },
    // The same specs against the built Electron app; every test skips with the reason unless IPSDESK_E2E_ELECTRON=1.
    { name: 'electron', use: { target: 'electron' } },
  ],
});
