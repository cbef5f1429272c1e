/**
 * Every security setting of the Electron shell, as plain data and pure functions. This module does not
 * import 'electron' so vitest can check each setting; window.ts and main.ts apply them.
 * Reference: https://www.electronjs.org/docs/latest/tutorial/security (the checklist, item by item).
 */

/** The app's own page is served from app://ipsdesk/ (see app-protocol.ts), never from file:// or http://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'ipsdesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Privileges for protocol.registerSchemesAsPrivileged. `standard` gives the scheme an origin and relative
 * URL resolution; `secure` makes the page a secure context; `supportFetchAPI` lets ES module scripts load.
 * Nothing bypasses CSP and there are no service workers.
 */
export const appSchemePrivileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: false,
  bypassCSP: false,
  allowServiceWorkers: false,
  stream: false,
} as const;

/** The renderer is a sandboxed web page with no Node.js; it reaches the main process only through the preload bridge. */
export interface SecureWebPreferences {
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  spellcheck: false;
  navigateOnDragDrop: false;
  experimentalFeatures: false;
  enableBlinkFeatures: '';
  enableWebSQL: false;
  safeDialogs: true;
  devTools: boolean;
  preload: string;
}

export function createWebPreferences(opts: { preloadPath: string; isPackaged: boolean }): SecureWebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // The spellchecker downloads dictionaries from Google: no network, and no client notes leaving the laptop.
    spellcheck: false,
    navigateOnDragDrop: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    enableWebSQL: false,
    safeDialogs: true,
    // Dev tools can read everything on the page, including an unlocked caseload: only in development.
    devTools: !opts.isPackaged,
    preload: opts.preloadPath,
  };
}

/**
 * Content-Security-Policy sent with every app:// response. Only the app's own files; no remote hosts, no
 * eval, no network at all (the renderer talks to the main process over IPC). 'unsafe-inline' is for
 * styles only: MUI's emotion engine injects <style> elements at run time.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "child-src 'none'",
  "worker-src 'none'",
  "manifest-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Headers on every app:// response besides Content-Type. */
export const appResponseHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

function parseUrl(url: unknown): URL | undefined {
  if (typeof url !== 'string' || url.length === 0 || url.length > 4096) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** True only for a page of the app itself: app://ipsdesk/…, with no user, password or port tricks. */
export function isTrustedUrl(url: unknown): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  );
}

/** The window only ever shows the app: any navigation away (links, drag-and-drop, redirects) is refused. */
export function shouldAllowNavigation(url: unknown): boolean {
  return isTrustedUrl(url);
}

/** webContents.setWindowOpenHandler: no pop-ups, no new windows, no external links. */
export function windowOpenHandler(): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * The one permission the app's own page may have: writing text to the clipboard (the recovery key's Copy
 * button). Reading the clipboard, camera, microphone, geolocation, notifications… are all refused.
 */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

function isGrantedToApp(permission: string, requestingUrl: unknown): boolean {
  return GRANTED_PERMISSIONS.has(permission) && isTrustedUrl(requestingUrl);
}

/** session.setPermissionRequestHandler. */
export function permissionRequestHandler(
  _webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details?: { requestingUrl?: string },
): void {
  callback(isGrantedToApp(permission, details?.requestingUrl));
}

/** session.setPermissionCheckHandler. */
export function permissionCheckHandler(_webContents?: unknown, permission?: string, requestingOrigin?: string): boolean {
  return typeof permission === 'string' && isGrantedToApp(permission, requestingOrigin ? `${requestingOrigin}/` : undefined);
}

/** setDevicePermissionHandler: no USB, serial or HID devices, ever. */
export function devicePermissionHandler(): boolean {
  return false;
}

/**
 * Downloads: only files the app itself makes in the page (exports, as `blob:app://ipsdesk/…` URLs), which
 * Electron then offers through the system Save dialog. Anything else is refused.
 */
export function shouldAllowDownload(url: unknown): boolean {
  return typeof url === 'string' && url.startsWith(`blob:${APP_ORIGIN}/`);
}

/** Requests the session refuses outright: the app loads nothing from the network or the file system. */
export const blockedRequestUrlPatterns = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*', 'file://*/*'];

/**
 * Electron fuses, flipped in the packaged binary by electron-builder (electron-builder.yml `electronFuses`
 * must match this list; a test checks it). They stop the shipped executable being used as a general
 * Node.js runtime or debugged into, and make it load only the integrity-checked app.asar.
 */
export const electronFuses = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
} as const;
