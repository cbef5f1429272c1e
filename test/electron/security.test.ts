import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  appResponseHeaders,
  appSchemePrivileges,
  blockedRequestUrlPatterns,
  createWebPreferences,
  electronFuses,
  isTrustedUrl,
  permissionCheckHandler,
  permissionRequestHandler,
  devicePermissionHandler,
  shouldAllowDownload,
  shouldAllowNavigation,
  windowOpenHandler,
} from '../../electron/security';

const dev = createWebPreferences({ preloadPath: '/app/dist/electron/preload.cjs', isPackaged: false });
const packaged = createWebPreferences({ preloadPath: '/app/dist/electron/preload.cjs', isPackaged: true });

function cspDirectives(): Map<string, string[]> {
  return new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe('webPreferences', () => {
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['spellcheck', false],
    ['navigateOnDragDrop', false],
    ['experimentalFeatures', false],
    ['enableWebSQL', false],
  ] as const)('%s is %s, in development and packaged', (key, value) => {
    expect(dev[key]).toBe(value);
    expect(packaged[key]).toBe(value);
  });

  it('enables no Blink features', () => {
    expect(packaged.enableBlinkFeatures).toBe('');
  });

  it('has dev tools only when not packaged', () => {
    expect(dev.devTools).toBe(true);
    expect(packaged.devTools).toBe(false);
  });

  it('uses the bundled CommonJS preload it is given', () => {
    expect(packaged.preload).toBe('/app/dist/electron/preload.cjs');
  });
});

/** Every directive name CSP Level 3 defines: a misspelt one ("frame-ancestor") is ignored by the browser, silently. */
const CSP_DIRECTIVES = new Set([
  'default-src', 'script-src', 'script-src-elem', 'script-src-attr', 'style-src', 'style-src-elem', 'style-src-attr', 'img-src', 'font-src',
  'connect-src', 'media-src', 'object-src', 'frame-src', 'child-src', 'worker-src', 'manifest-src', 'frame-ancestors', 'base-uri',
  'form-action', 'sandbox', 'upgrade-insecure-requests', 'report-to',
]);

/**
 * What the page needs beyond its own files ('self', i.e. app://ipsdesk): MUI's emotion engine injects <style>
 * elements at run time, and images and fonts may be inlined as data: URLs by the bundler.
 */
const NEEDED_BEYOND_SELF: Record<string, readonly string[]> = {
  'style-src': ["'unsafe-inline'"],
  'img-src': ['data:'],
  'font-src': ['data:'],
};

describe('Content-Security-Policy', () => {
  const directives = cspDirectives();

  it('names only real directives, each once', () => {
    const names = CONTENT_SECURITY_POLICY.split(';').map((part) => part.trim().split(/\s+/)[0]);
    expect(names.filter((name) => !CSP_DIRECTIVES.has(name!))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('allows nothing by default, so any kind of resource not named is refused', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
  });

  it('lets each kind of resource come only from the app itself, plus inline styles and data: images and fonts', () => {
    for (const [name, sources] of directives) {
      const allowed = ["'self'", ...(NEEDED_BEYOND_SELF[name] ?? [])];
      const beyond = sources.filter((source) => source !== "'none'" && !allowed.includes(source));
      expect({ name, beyond }).toEqual({ name, beyond: [] });
      // 'none' means nothing only when it stands alone.
      if (sources.includes("'none'")) expect({ name, sources }).toEqual({ name, sources: ["'none'"] });
    }
  });

  it('runs only the app’s own script files: no inline script, no eval, no data: or blob: script', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
  });

  it('lets the page reach no server: it talks to the main process over IPC only', () => {
    expect(directives.get('connect-src') ?? directives.get('default-src')).toEqual(["'none'"]);
  });

  it('sets the directives that do not fall back to default-src: no framing, no <base>, no form posts', () => {
    for (const name of ['frame-ancestors', 'base-uri', 'form-action']) expect({ name, sources: directives.get(name) }).toEqual({ name, sources: ["'none'"] });
  });

  it('is sent on every app:// response, with nosniff and no referrer', () => {
    expect(appResponseHeaders['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(appResponseHeaders['X-Content-Type-Options']).toBe('nosniff');
    expect(appResponseHeaders['Referrer-Policy']).toBe('no-referrer');
  });
});

describe('the app:// scheme', () => {
  it('is app://ipsdesk/, a standard secure scheme that does not bypass CSP', () => {
    expect(APP_ORIGIN).toBe('app://ipsdesk');
    expect(APP_ENTRY_URL).toBe('app://ipsdesk/index.html');
    expect(appSchemePrivileges).toMatchObject({ standard: true, secure: true, bypassCSP: false, allowServiceWorkers: false });
  });
});

describe('isTrustedUrl', () => {
  it.each(['app://ipsdesk/index.html', 'app://ipsdesk/', 'app://ipsdesk/assets/index-abc.js', 'app://ipsdesk/index.html#/clients'])(
    'trusts the app’s own page %s',
    (url) => expect(isTrustedUrl(url)).toBe(true),
  );

  it.each([
    'http://ipsdesk/index.html',
    'https://ipsdesk/index.html',
    'http://localhost:5173/',
    'http://127.0.0.1:41234/index.html',
    'file:///C:/Program%20Files/IPS%20Desk/resources/app.asar/dist/renderer/index.html',
    'file:///home/user/evil.html',
    'app://evil/index.html',
    'app://evil',
    'app://ipsdesk.evil.com/index.html',
    'app://ipsdesk@evil/index.html',
    'app://user:pass@ipsdesk/index.html',
    'app://ipsdesk:8080/index.html',
    'apps://ipsdesk/index.html',
    'devtools://devtools/bundled/inspector.html',
    'chrome://settings',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://ipsdesk/1234',
    'about:blank',
    '',
    'not a url',
  ])('refuses %s', (url) => expect(isTrustedUrl(url)).toBe(false));

  it('refuses non-strings', () => {
    for (const value of [undefined, null, 42, {}, ['app://ipsdesk/']]) expect(isTrustedUrl(value)).toBe(false);
  });
});

describe('navigation, windows and permissions', () => {
  it('refuses navigation anywhere but the app itself', () => {
    expect(shouldAllowNavigation('app://ipsdesk/index.html')).toBe(true);
    for (const url of ['https://www.nhs.uk/', 'http://localhost/', 'file:///etc/passwd', 'app://evil/', 'javascript:alert(1)', 'about:blank']) {
      expect(shouldAllowNavigation(url)).toBe(false);
    }
  });

  it('denies every window.open', () => {
    expect(windowOpenHandler()).toEqual({ action: 'deny' });
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'hid', 'serial', 'usb'])(
    'denies the %s permission request',
    (permission) => {
      const answers: boolean[] = [];
      permissionRequestHandler({}, permission, (granted) => answers.push(granted));
      expect(answers).toEqual([false]);
    },
  );

  it('grants clipboard writing (the recovery key Copy button) to the app page only', () => {
    const answers: boolean[] = [];
    permissionRequestHandler({}, 'clipboard-sanitized-write', (granted) => answers.push(granted), { requestingUrl: 'app://ipsdesk/index.html' });
    permissionRequestHandler({}, 'clipboard-sanitized-write', (granted) => answers.push(granted), { requestingUrl: 'https://evil.example/' });
    permissionRequestHandler({}, 'clipboard-read', (granted) => answers.push(granted), { requestingUrl: 'app://ipsdesk/index.html' });
    expect(answers).toEqual([true, false, false]);
    expect(permissionCheckHandler({}, 'clipboard-sanitized-write', 'app://ipsdesk')).toBe(true);
    expect(permissionCheckHandler({}, 'clipboard-sanitized-write', 'https://evil.example')).toBe(false);
  });

  it('answers every other permission check with no', () => {
    expect(permissionCheckHandler()).toBe(false);
    expect(permissionCheckHandler({}, 'media', 'app://ipsdesk')).toBe(false);
    expect(devicePermissionHandler()).toBe(false);
  });

  it('allows downloads only of files the app page made itself (exports)', () => {
    expect(shouldAllowDownload('blob:app://ipsdesk/7d6c2a9e-1111-4222-8333-944445555666')).toBe(true);
    for (const url of ['https://evil.example/x.exe', 'blob:https://evil.example/1', 'file:///etc/passwd', 'data:text/plain,hi', 42]) {
      expect(shouldAllowDownload(url)).toBe(false);
    }
  });

  it('blocks every network and file:// request at the session', () => {
    expect(blockedRequestUrlPatterns).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'file://*/*']));
  });
});

describe('Electron fuses', () => {
  it('turn off Node-as-a-runtime and debugging, and load only the checked app.asar', () => {
    expect(electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
