import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron } from '../../build/scripts/build-electron.mjs';
import { PRINT_CONTENT_SECURITY_POLICY } from '../../electron/print-pdf';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';

/**
 * Runs the real bundled main process (esbuild output of electron/main.ts) under plain Node, with
 * test/electron/fixtures/fake-electron.cjs standing in for the 'electron' module (no Electron binary exists
 * here). Proves the glue: scheme registered before ready, session locked down, app:// served with the CSP,
 * IPC routed to the real vault service on a real encrypted database, navigation and pop-ups refused, and
 * that the bundle needs no node_modules but the better-sqlite3 JavaScript the package ships.
 * What it cannot prove: that Electron itself honours these settings — that needs the packaged app.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const fakeElectron = fileURLToPath(new URL('./fixtures/fake-electron.cjs', import.meta.url));
const ELECTRON_VERSION = '45.4.1';

let sandbox: string;
let appPath: string;
let mainCjs: string;

// Reports are typed loosely: they are JSON produced by the fake.
type Report = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function runMain(env: Record<string, string>): Report {
  const userData = mkdtempSync(path.join(sandbox, 'userData-'));
  const result = spawnSync(process.execPath, ['-r', fakeElectron, mainCjs], {
    env: {
      PATH: process.env.PATH ?? '',
      // Only what electron-builder.yml packs: better-sqlite3's JavaScript. Everything else must be in the bundle.
      NODE_PATH: path.join(sandbox, 'packed_modules'),
      FAKE_APP_PATH: appPath,
      FAKE_USER_DATA: userData,
      FAKE_ELECTRON_VERSION: ELECTRON_VERSION,
      ...env,
    },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const line = result.stdout.split('\n').find((l) => l.startsWith('@@REPORT@@'));
  if (!line) throw new Error(`no report from main.cjs (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return { ...JSON.parse(line.slice('@@REPORT@@'.length)), userData, stderr: result.stderr };
}

beforeAll(async () => {
  sandbox = mkdtempSync(path.join(os.tmpdir(), 'ipsdesk-main-'));
  appPath = path.join(sandbox, 'app');
  const outdir = path.join(appPath, 'dist', 'electron');
  await buildElectron({ outdir, logLevel: 'warning' });
  mainCjs = path.join(outdir, 'main.cjs');
  mkdirSync(path.join(appPath, 'dist', 'renderer'), { recursive: true });
  writeFileSync(path.join(appPath, 'dist', 'renderer', 'index.html'), '<!doctype html><title>IPS Desk</title>');
  writeFileSync(path.join(sandbox, 'secret.txt'), 'patient data');
  const sqlitePackage = path.dirname(createRequire(path.join(root, 'package.json')).resolve('better-sqlite3/package.json'));
  const packed = path.join(sandbox, 'packed_modules', 'better-sqlite3');
  mkdirSync(packed, { recursive: true });
  copyFileSync(path.join(sqlitePackage, 'package.json'), path.join(packed, 'package.json'));
  cpSync(path.join(sqlitePackage, 'lib'), path.join(packed, 'lib'), { recursive: true });
}, 60_000);

afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

function provideNodeBinding() {
  // Under Node the Node-ABI build is the right one; in the app it is the Electron build in the same place.
  const require = createRequire(path.join(root, 'package.json'));
  const nodeBuild = path.join(path.dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
  const target = path.join(appPath, '.cache', 'electron-native', ELECTRON_VERSION, 'better_sqlite3.node');
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(nodeBuild, target);
}

describe('bundled main process (with a stand-in for Electron)', () => {
  it('bundles the preload as one CommonJS file that needs nothing but electron', () => {
    const preload = readFileSync(path.join(appPath, 'dist', 'electron', 'preload.cjs'), 'utf8');
    const requires = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(requires).toEqual(['electron']);
    expect(preload).toContain('exposeInMainWorld("ipsDesk"');
    expect(preload).not.toMatch(/^\s*import\s/m);
  });

  it('refuses to start, with an explanation, when the Electron build of SQLite is missing', () => {
    const report = runMain({});
    expect(report.exitCode).toBe(1);
    expect(report.errorBox.message).toMatch(/npm start/);
    expect(report.window).toBeUndefined();
  });

  it('as a packaged app: no dev tools menu, and a missing SQLite build is explained as a reinstall', () => {
    const report = runMain({ FAKE_PACKAGED: '1', FAKE_RESOURCES_PATH: path.join(sandbox, 'resources') });
    expect(report.exitCode).toBe(1);
    expect(report.errorBox.message).toMatch(/reinstall/i);
    const labels = (report.menu as Array<{ role?: string; label?: string }>).map((item) => item.role ?? item.label);
    expect(labels).toContain('editMenu');
    expect(labels).not.toContain('Develop');
  });

  it('lets a second instance quit without opening anything', () => {
    const report = runMain({ FAKE_SECOND_INSTANCE: '1' });
    expect(report.events).toContainEqual(['quit']);
    expect(report.window).toBeUndefined();
  });

  describe('a normal start', () => {
    let report: Report;
    beforeAll(() => {
      provideNodeBinding();
      report = runMain({});
      if (report.driveError || report.timedOut) throw new Error(report.driveError ?? `timed out\n${report.stderr}`);
    }, 60_000);

    it('registers app:// as privileged and enables the sandbox before ready', () => {
      const registration = report.events.find((e: unknown[]) => e[0] === 'registerSchemesAsPrivileged');
      expect(registration[1]).toBe(false);
      expect(registration[2]).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
      expect(report.events).toContainEqual(['enableSandbox', false]);
    });

    it('opens one sandboxed window on app://ipsdesk/index.html with the bundled preload', () => {
      const prefs = report.window.options.webPreferences;
      expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false });
      expect(prefs.preload).toBe(path.join(appPath, 'dist', 'electron', 'preload.cjs'));
      expect(report.window.loadedUrl).toBe('app://ipsdesk/index.html');
    });

    it('serves the renderer over app:// with the CSP and refuses traversal', () => {
      expect(report.protocol.schemes).toEqual(['app']);
      expect(report.protocol.index).toMatchObject({ status: 200, csp: CONTENT_SECURITY_POLICY });
      expect(report.protocol.index.body).toContain('IPS Desk');
      expect(report.protocol.traversal.status).toBe(404);
      expect(report.protocol.traversal.body).not.toContain('patient data');
    });

    it('routes IPC to the real vault service on an encrypted database in userData/data', () => {
      expect(report.ipcChannels).toEqual(['ipsdesk:invoke']);
      expect(report.ipc.status).toMatchObject({ ok: true, data: { state: 'needs_setup' } });
      expect(report.ipc.setup).toMatchObject({ ok: true, data: { recoveryKey: expect.any(String) } });
      expect(report.ipc.statusAfter).toMatchObject({ ok: true, data: { state: 'unlocked', serviceName: 'Test IPS' } });
      expect(report.ipc.builtInReturn).toMatchObject({ ok: true, data: { fileName: 'ips-standard-data-set-2025-26.xlsx', base64: expect.stringMatching(/^UEsDB/) } });
      const database = readFileSync(path.join(report.userData, 'data', 'ipsdesk.db'));
      expect(database.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    });

    it('answers bad input, strange senders and unknown channels with clean errors', () => {
      expect(report.ipc.badInput).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(report.ipc.untrusted).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
      expect(report.ipc.noFrame).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
      expect(report.ipc.unknown).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
      // Locking closes the database and tells the window, through the event channel the preload listens on.
      expect(report.ipc.lock).toMatchObject({ ok: true, data: { state: 'locked' } });
      expect(report.ipc.unlockAgain).toMatchObject({ ok: true, data: { state: 'unlocked' } });
      expect(report.ipc.statusAfterScreenLock).toMatchObject({ ok: true, data: { state: 'locked' } });
      expect(report.window.sent).toEqual([
        ['ipsdesk:event', 'vault.locked', { reason: 'user' }],
        ['ipsdesk:event', 'vault.locked', { reason: 'system' }],
      ]);
      expect(report.ipc.lockedRead).toMatchObject({ ok: false, error: { code: 'locked' } });
    });

    it('prints the fidelity report to PDF in a hidden, script-less window of its own locked-down session', () => {
      expect(report.ipc.reportPdf).toMatchObject({ ok: true, data: { fileName: expect.stringMatching(/^fidelity-review-sainsbury-c-\d{4}-\d{2}-\d{2}-draft\.pdf$/) } });
      expect(Buffer.from(report.ipc.reportPdf.data.base64, 'base64').toString('latin1')).toBe('%PDF-1.7 fake');
      expect(report.printWindows).toHaveLength(1);
      const [printWindow] = report.printWindows;
      expect(printWindow.partition).toBe('ipsdesk-print');
      expect(printWindow.options).toMatchObject({ show: false, webPreferences: { sandbox: true, javascript: false, nodeIntegration: false, contextIsolation: true } });
      expect(printWindow.options.webPreferences.preload).toBeUndefined();
      expect(printWindow.loadedUrl).toMatch(/^app:\/\/ipsdesk-print\/[0-9a-f-]{36}\.html$/);
      expect(printWindow.printed.options).toMatchObject({ pageSize: 'A4', generateTaggedPDF: true, generateDocumentOutline: true, printBackground: true });
      expect(printWindow.printed.served).toMatchObject({ status: 200, csp: PRINT_CONTENT_SECURITY_POLICY });
      expect(printWindow.printed.served.body).toMatch(/^<!DOCTYPE html>/);
      expect(printWindow.destroyed).toBe(true);
      expect(report.printer).toMatchObject({ schemes: 'app', permissionsHandled: true, afterPrint: { status: 404 } });
      expect(report.printer.blockedUrls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'file://*/*']));
    });

    it('denies permissions, network requests and downloads at the session', () => {
      expect(report.session.permissionRequest).toEqual([false]);
      expect(report.session.permissionCheck).toBe(false);
      expect(report.session.blockedUrls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
      expect(report.session.blockedAnswer).toEqual([{ cancel: true }]);
      expect(report.session.downloadsHandled).toBe(true);
    });

    it('refuses navigation away, webviews and new windows in every web contents', () => {
      expect(report.contents).toEqual({
        navigateAway: 'prevented',
        navigateFile: 'prevented',
        navigateSelf: 'allowed',
        redirectAway: 'prevented',
        attachWebview: 'prevented',
        windowOpen: { action: 'deny' },
      });
    });

    it('sets a minimal menu, with the dev tools menu in development', () => {
      const labels = (report.menu as Array<{ role?: string; label?: string }>).map((item) => item.role ?? item.label);
      expect(labels).toContain('editMenu');
      expect(labels).toContain('Develop');
    });
  });
});
