import { BrowserWindow, Menu, app, dialog, session, type MenuItemConstructorOptions, type OpenDialogOptions, type Session, type WebContents, type WebPreferences } from 'electron';
import { randomUUID } from 'node:crypto';
import { PRINT_PARTITION, printDocumentUrl, printToPdfOptions, printWebPreferences, servePrintDocument } from './print-pdf';
import {
  APP_ENTRY_URL,
  blockedRequestUrlPatterns,
  createWebPreferences,
  permissionCheckHandler,
  permissionRequestHandler,
  shouldAllowNavigation,
  windowOpenHandler,
  type SecureWebPreferences,
  devicePermissionHandler,
  shouldAllowDownload,
  APP_SCHEME,
} from './security';
import type { PathChooser } from './services/path-dialogs';
import type { PdfPrinter } from './services/pdf-printer';
import { BACKUP_FILE_EXTENSION } from '../db/backup-file';

// Fails to compile if security.ts names a preference Electron does not have (a typo would be silently ignored).
type KnownPreferences = Pick<WebPreferences, keyof SecureWebPreferences>;

/** Refuses everything a page could use to leave the app or gain powers, for every WebContents ever created. */
export function lockDownWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!shouldAllowNavigation(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!shouldAllowNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!shouldAllowNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(windowOpenHandler);
}

/** Session-wide: no permissions, no devices, no screen capture, no requests to the network or file://. */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler(permissionRequestHandler);
  session.setPermissionCheckHandler(permissionCheckHandler);
  session.setDevicePermissionHandler(devicePermissionHandler);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  session.webRequest.onBeforeRequest({ urls: blockedRequestUrlPatterns }, (_details, callback) => callback({ cancel: true }));
  session.on('will-download', (event, item) => {
    if (!shouldAllowDownload(item.getURL())) event.preventDefault();
  });
}

/** Edit (so copy/paste shortcuts work in forms), window and, in development, the dev tools. */
export function applyAppMenu(): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : [{ role: 'fileMenu' as const }]),
    { role: 'editMenu' },
    ...(app.isPackaged ? [] : [{ label: 'Develop', submenu: [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }] }]),
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

export function createMainWindow(opts: { preloadPath: string }): BrowserWindow {
  const webPreferences: KnownPreferences = createWebPreferences({ preloadPath: opts.preloadPath, isPackaged: app.isPackaged });
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title: 'IPS Desk',
    show: false,
    backgroundColor: '#f0f4f5',
    webPreferences,
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/**
 * Prints a self-contained HTML document to PDF (the fidelity report): in a hidden, script-less window of an
 * in-memory session of its own, locked down like the app's, whose app:// handler serves only the documents
 * waiting to be printed (print-pdf.ts). Each document is served once and forgotten, and the window closed.
 */
export function createPdfPrinter(): PdfPrinter {
  const documents = new Map<string, string>();
  let printSession: Session | undefined;
  function sessionForPrinting(): Session {
    if (printSession) return printSession;
    const created = session.fromPartition(PRINT_PARTITION);
    lockDownSession(created);
    created.protocol.handle(APP_SCHEME, (request) => servePrintDocument(request, documents));
    printSession = created;
    return created;
  }
  return async (html) => {
    const url = printDocumentUrl(randomUUID());
    const window = new BrowserWindow({ show: false, width: 794, height: 1123, webPreferences: { ...printWebPreferences(), session: sessionForPrinting() } });
    documents.set(url, html);
    try {
      await window.loadURL(url);
      return await window.webContents.printToPDF(printToPdfOptions());
    } finally {
      documents.delete(url);
      window.destroy();
    }
  };
}

/**
 * The system's Open dialog over the app's window (modal to it), for a backup file or a folder. Only the path
 * picked goes back to the page; the channel that then uses it checks it again.
 */
export function createPathChooser(windowNow: () => BrowserWindow | undefined): PathChooser {
  return async (request) => {
    const options: OpenDialogOptions =
      request.kind === 'backup-file'
        ? {
            title: 'Choose an IPS Desk backup',
            buttonLabel: 'Choose this backup',
            properties: ['openFile', 'dontAddToRecent'],
            filters: [
              { name: 'IPS Desk backups', extensions: [BACKUP_FILE_EXTENSION.replace(/^\./, '')] },
              // Older backups were a database file with its keyring beside it.
              { name: 'All files', extensions: ['*'] },
            ],
          }
        : { title: 'Choose a folder for copies of the backups', buttonLabel: 'Use this folder', properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'] };
    if (request.startIn) options.defaultPath = request.startIn;
    const window = windowNow();
    const result = window && !window.isDestroyed() ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}
