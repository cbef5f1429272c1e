import { app, dialog, ipcMain, powerMonitor, protocol, session, type BrowserWindow } from 'electron';
import path from 'node:path';
import type { Handlers } from '../shared/ipc/contract';
import { IPC_INVOKE_CHANNEL } from '../shared/ipc/bridge';
import { IPC_EVENT_CHANNEL } from '../shared/ipc/events';
import { serveAppRequest } from './app-protocol';
import { startAutoLock } from './auto-lock';
import { createRouter } from './ipc/router';
import { findNativeBinding } from './native-binding';
import { APP_SCHEME, appSchemePrivileges, isTrustedUrl } from './security';
import { createAppHandlers } from './services/app-handlers';
import { localDataFolder } from './services/data-folder';
import { createEventHub } from './services/event-hub';
import { createVaultService } from './services/vault-service';
import { applyAppMenu, createMainWindow, createPathChooser, createPdfPrinter, lockDownSession, lockDownWebContents } from './window';

// main.cjs sits in dist/electron/ beside preload.cjs and migrations/, next to dist/renderer/ (see build-electron.mjs).
const rendererDir = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');
const migrationsFolder = path.join(__dirname, 'migrations');

// Must happen before 'ready': the app's page is served from app://ipsdesk/, never file:// or http://.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: appSchemePrivileges }]);
app.enableSandbox();

function fatal(title: string, message: string): never {
  dialog.showErrorBox(title, message);
  app.exit(1);
  throw new Error(message);
}

/** The fuses disable --inspect and NODE_OPTIONS; Chromium's own remote-debugging switches are refused here. */
function asksForRemoteDebugging(): boolean {
  return app.isPackaged && ['remote-debugging-port', 'remote-debugging-pipe'].some((s) => app.commandLine.hasSwitch(s));
}

function start(): void {
  let mainWindow: BrowserWindow | undefined;

  // A second launch (double-click on the shortcut again) brings the open window forward instead.
  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents));
  // One window, one team database: closing it ends the app (and locks the data) on every platform.
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    if (asksForRemoteDebugging()) {
      app.exit(1);
      return;
    }
    if (process.platform === 'win32') app.setAppUserModelId('uk.nhs.ipsdesk');
    lockDownSession(session.defaultSession);
    protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererDir));
    applyAppMenu();

    const binding = findNativeBinding({
      isPackaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      appPath: app.getAppPath(),
      electronVersion: process.versions.electron,
    });
    if (!binding.ok) fatal('IPS Desk cannot start', binding.message);

    const events = createEventHub();
    const vault = createVaultService({
      // The per-user local folder (%LOCALAPPDATA%\IPS Desk\data on Windows), never the roaming profile.
      dataDir: localDataFolder({ platform: process.platform, env: process.env, userDataPath: app.getPath('userData') }),
      nativeBinding: binding.path,
      migrationsFolder,
      events,
    });
    // Locks after the idle minutes set in Settings (system-wide idle time), and at once when the computer
    // locks, sleeps or switches user.
    const autoLock = startAutoLock({
      idleSeconds: () => powerMonitor.getSystemIdleTime(),
      limitSeconds: vault.autoLockSeconds,
      lock: (reason) => vault.lock(reason),
      onError: (error) => console.error('[auto-lock] could not lock', error),
    });
    powerMonitor.on('lock-screen', () => void autoLock.systemEvent('lock-screen'));
    powerMonitor.on('suspend', () => void autoLock.systemEvent('suspend'));
    powerMonitor.on('user-did-resign-active', () => void autoLock.systemEvent('user-did-resign-active'));
    app.on('will-quit', () => {
      autoLock.stop();
      vault.close();
    });

    const handlers: Handlers = createAppHandlers(vault, { printPdf: createPdfPrinter(), choosePath: createPathChooser(() => mainWindow) });
    const router = createRouter(handlers, {
      isTrustedSender: isTrustedUrl,
      caller: vault.caller,
      validateOutput: !app.isPackaged,
      log: (message, detail) => console.error(`[ipc] ${message}`, detail),
    });
    ipcMain.handle(IPC_INVOKE_CHANNEL, (event, channel: unknown, input: unknown) =>
      router.dispatch(channel, input, event.senderFrame?.url ?? ''),
    );

    mainWindow = createMainWindow({ preloadPath });
    const window = mainWindow;
    // Main-process news (a lock, a finished job) goes to the one window; its preload checks each payload.
    events.subscribe((name, payload) => {
      if (!window.isDestroyed()) window.webContents.send(IPC_EVENT_CHANNEL, name, payload);
    });
  });
}

if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}
