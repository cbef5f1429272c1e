#!/usr/bin/env node
// Finds a Chrome/Chromium for the browser tests (Playwright drives it through playwright-core; never
// `npx playwright install`). `node build/scripts/find-chromium.mjs --check` fails with advice when none is found.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chrome/Chromium executable.';

/** @param {string} file */
function isExecutableFile(file) {
  try {
    if (!fs.statSync(file).isFile()) return false;
    if (process.platform !== 'win32') fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @param {string} dir */
function listDir(dir) {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * @typedef {object} FinderEnvironment
 * @property {Record<string, string | undefined>} [env]
 * @property {NodeJS.Platform} [platform]
 * @property {string} [homedir]
 * @property {(file: string) => boolean} [exists] true when `file` is an executable file
 * @property {(dir: string) => string[]} [list] the entries of a folder ([] when missing)
 */

/**
 * Browsers Playwright downloaded into its cache, newest revision first.
 * @param {FinderEnvironment & { platform: NodeJS.Platform, homedir: string, env: Record<string, string | undefined>, list: (dir: string) => string[] }} where
 */
function playwrightCacheCandidates({ env, platform, homedir, list }) {
  const cacheDir =
    env.PLAYWRIGHT_BROWSERS_PATH && env.PLAYWRIGHT_BROWSERS_PATH !== '0'
      ? env.PLAYWRIGHT_BROWSERS_PATH
      : platform === 'win32'
        ? path.join(env.LOCALAPPDATA ?? path.join(homedir, 'AppData', 'Local'), 'ms-playwright')
        : platform === 'darwin'
          ? path.join(homedir, 'Library', 'Caches', 'ms-playwright')
          : path.join(homedir, '.cache', 'ms-playwright');
  const revision = (/** @type {string} */ name) => Number(name.split('-').pop()) || 0;
  const browsers = list(cacheDir)
    .filter((name) => /^chromium(_headless_shell)?-\d+$/.test(name))
    // Full Chromium before the headless shell, then newest first.
    .sort((a, b) => Number(a.includes('headless')) - Number(b.includes('headless')) || revision(b) - revision(a));
  const inside = {
    linux: ['chrome-linux64/chrome', 'chrome-linux/chrome', 'chrome-linux64/headless_shell', 'chrome-linux/headless_shell'],
    darwin: [
      'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
      'chrome-mac-arm64/Chromium.app/Contents/MacOS/Chromium',
      'chrome-mac/headless_shell',
    ],
    win32: ['chrome-win64/chrome.exe', 'chrome-win/chrome.exe', 'chrome-win64/headless_shell.exe', 'chrome-win/headless_shell.exe'],
  }[/** @type {'linux' | 'darwin' | 'win32'} */ (platform)] ?? [];
  return browsers.flatMap((browser) => inside.map((rel) => path.join(cacheDir, browser, ...rel.split('/'))));
}

/**
 * Every place looked at, in order: $CHROMIUM_PATH, the system's Chromium/Chrome, then Playwright's cache.
 * @param {FinderEnvironment} [where]
 * @returns {string[]}
 */
export function chromiumCandidates(where = {}) {
  const env = where.env ?? process.env;
  const platform = where.platform ?? process.platform;
  const homedir = where.homedir ?? os.homedir();
  const list = where.list ?? listDir;
  /** @type {string[]} */
  const system =
    platform === 'win32'
      ? [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA]
          .filter((dir) => typeof dir === 'string' && dir.length > 0)
          .map((dir) => path.join(/** @type {string} */ (dir), 'Google', 'Chrome', 'Application', 'chrome.exe'))
      : platform === 'darwin'
        ? ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']
        : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  return [...(env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : []), ...system, ...playwrightCacheCandidates({ env, platform, homedir, list })];
}

/**
 * The first usable Chromium, or undefined. A CHROMIUM_PATH that points nowhere is an error, not a hint to
 * quietly use another browser.
 * @param {FinderEnvironment} [where]
 * @returns {string | undefined}
 */
export function findChromium(where = {}) {
  const env = where.env ?? process.env;
  const exists = where.exists ?? isExecutableFile;
  if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  return chromiumCandidates(where).find((file) => exists(file));
}

/** The advice to print when findChromium found nothing. @param {Record<string, string | undefined>} [env] */
export function missingChromiumMessage(env = process.env) {
  return env.CHROMIUM_PATH
    ? `CHROMIUM_PATH is set to "${env.CHROMIUM_PATH}", but that is not an executable file. ${NO_CHROMIUM_MESSAGE}`
    : NO_CHROMIUM_MESSAGE;
}

// import.meta.url is undefined where this is bundled into CommonJS (the tests' CLI bundle): never the main module there.
if (import.meta.url && process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const found = findChromium();
  if (found) {
    console.log(found);
  } else {
    console.error(missingChromiumMessage());
    if (process.argv.includes('--check')) process.exit(1);
  }
}
