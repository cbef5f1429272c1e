import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_CHROMIUM_MESSAGE, chromiumCandidates, findChromium, missingChromiumMessage } from '../../build/scripts/find-chromium.mjs';

const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const only = (...present: string[]) => (file: string) => present.includes(file);
const linux = { platform: 'linux' as const, homedir: '/home/u', list: () => [] as string[] };

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH', () => {
    const found = findChromium({ ...linux, env: { CHROMIUM_PATH: '/opt/chrome/chrome' }, exists: only('/opt/chrome/chrome', '/usr/bin/chromium') });
    expect(found).toBe('/opt/chrome/chrome');
  });

  it('does not silently fall back when CHROMIUM_PATH points nowhere, and says so', () => {
    const env = { CHROMIUM_PATH: '/nope/chrome' };
    expect(findChromium({ ...linux, env, exists: only('/usr/bin/chromium') })).toBeUndefined();
    expect(missingChromiumMessage(env)).toContain('/nope/chrome');
    expect(missingChromiumMessage(env)).toContain(NO_CHROMIUM_MESSAGE);
  });

  it('looks at Debian’s chromium, then chromium-browser, then Google Chrome', () => {
    expect(chromiumCandidates({ ...linux, env: {} }).slice(0, 4)).toEqual([
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
    ]);
    expect(findChromium({ ...linux, env: {}, exists: only('/usr/bin/chromium-browser', '/usr/bin/google-chrome') })).toBe(
      '/usr/bin/chromium-browser',
    );
    expect(findChromium({ ...linux, env: {}, exists: only('/usr/bin/google-chrome-stable') })).toBe('/usr/bin/google-chrome-stable');
  });

  it('falls back to Playwright’s cache, full Chromium and newest revision first', () => {
    const cache = path.join('/home/u', '.cache', 'ms-playwright');
    const list = (dir: string) => (dir === cache ? ['chromium_headless_shell-1200', 'chromium-1100', 'chromium-1181', 'ffmpeg-1011'] : []);
    const newest = path.join(cache, 'chromium-1181', 'chrome-linux', 'chrome');
    const older = path.join(cache, 'chromium-1100', 'chrome-linux', 'chrome');
    expect(findChromium({ ...linux, list, env: {}, exists: only(older, newest) })).toBe(newest);
    const shell = path.join(cache, 'chromium_headless_shell-1200', 'chrome-linux', 'headless_shell');
    expect(findChromium({ ...linux, list, env: {}, exists: only(shell) })).toBe(shell);
  });

  it('honours PLAYWRIGHT_BROWSERS_PATH', () => {
    const list = (dir: string) => (dir === '/pw' ? ['chromium-1181'] : []);
    const chrome = path.join('/pw', 'chromium-1181', 'chrome-linux64', 'chrome');
    expect(findChromium({ ...linux, list, env: { PLAYWRIGHT_BROWSERS_PATH: '/pw' }, exists: only(chrome) })).toBe(chrome);
  });

  it('knows where Chrome lives on Windows and macOS', () => {
    const win = chromiumCandidates({ platform: 'win32', homedir: 'C:\\Users\\u', list: () => [], env: { PROGRAMFILES: 'C:\\Program Files' } });
    expect(win[0]).toBe(path.join('C:\\Program Files', 'Google', 'Chrome', 'Application', 'chrome.exe'));
    const mac = chromiumCandidates({ platform: 'darwin', homedir: '/Users/u', list: () => [], env: {} });
    expect(mac).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
  });

  it('returns undefined with the install advice when nothing is found', () => {
    expect(findChromium({ ...linux, env: {}, exists: () => false })).toBeUndefined();
    expect(missingChromiumMessage({})).toBe(
      'No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chrome/Chromium executable.',
    );
  });

  it('checks real files: an executable counts, a plain file or folder does not', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ipsdesk-chromium-'));
    tempDirs.push(dir);
    const exe = path.join(dir, 'chrome');
    const plain = path.join(dir, 'not-executable');
    writeFileSync(exe, '#!/bin/sh\n');
    chmodSync(exe, 0o755);
    writeFileSync(plain, '');
    chmodSync(plain, 0o644);
    mkdirSync(path.join(dir, 'folder'));
    expect(findChromium({ env: { CHROMIUM_PATH: exe } })).toBe(exe);
    if (process.platform !== 'win32') {
      expect(findChromium({ env: { CHROMIUM_PATH: plain } })).toBeUndefined();
    }
    expect(findChromium({ env: { CHROMIUM_PATH: path.join(dir, 'folder') } })).toBeUndefined();
  });
});
