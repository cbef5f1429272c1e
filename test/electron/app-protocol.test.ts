import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppFile, serveAppRequest } from '../../electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';

let sandbox: string;
let root: string;

beforeAll(() => {
  sandbox = mkdtempSync(path.join(os.tmpdir(), 'ipsdesk-protocol-'));
  root = path.join(sandbox, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>IPS Desk</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'font file.woff2'), 'woff2');
  // Files outside the renderer folder that a traversal would try to reach.
  writeFileSync(path.join(sandbox, 'secret.txt'), 'patient data');
  mkdirSync(path.join(sandbox, 'renderer-evil'));
  writeFileSync(path.join(sandbox, 'renderer-evil', 'x.js'), 'evil');
});

afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serveAppRequest(new Request(url, { method }), root);

describe('app:// protocol', () => {
  it('serves index.html for the entry URL and for /, with the CSP', async () => {
    for (const url of ['app://ipsdesk/index.html', 'app://ipsdesk/', 'app://ipsdesk']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).toContain('<title>IPS Desk</title>');
    }
  });

  it('serves assets with their content type and nosniff', async () => {
    const response = await get('app://ipsdesk/assets/index-abc.js?v=1#x');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
    expect((await get('app://ipsdesk/assets/font%20file.woff2')).headers.get('content-type')).toBe('font/woff2');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://ipsdesk/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('refuses other methods', async () => {
    const response = await serveAppRequest(new Request('app://ipsdesk/index.html', { method: 'POST', body: 'x' }), root);
    expect(response.status).toBe(405);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://ipsdesk/../secret.txt',
    'app://ipsdesk/assets/../../secret.txt',
    'app://ipsdesk/%2e%2e/secret.txt',
    'app://ipsdesk/%2E%2E%2Fsecret.txt',
    'app://ipsdesk/..%2fsecret.txt',
    'app://ipsdesk/..%5csecret.txt',
    'app://ipsdesk/assets%2f..%2f..%2fsecret.txt',
    'app://ipsdesk/../renderer-evil/x.js',
    'app://ipsdesk/%2e%2e%2frenderer-evil/x.js',
    'app://ipsdesk/C:%5cWindows%5cwin.ini',
    'app://ipsdesk/%2fetc%2fpasswd',
    'app://ipsdesk/index.html%00.png',
    'app://ipsdesk/%E0%A4%A',
    'app://evil/index.html',
    'file:///etc/passwd',
  ])('refuses %s with a 404 carrying the CSP', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).not.toContain('patient data');
    expect(body).not.toBe('evil');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never resolves a path outside the renderer folder', () => {
    // The URL parser folds ../ and %2e%2e/ away before we see them, so those stay inside the folder.
    const inside = (file: string | undefined) => file === undefined || file.startsWith(root + path.sep);
    const dotty = ['/../secret.txt', '/%2e%2e/secret.txt', '/a/%2e%2e/%2e%2e/secret.txt', '/%2e/index.html', '/./../../x'];
    for (const p of dotty) expect(inside(resolveAppFile(`app://ipsdesk${p}`, root)), p).toBe(true);
    // Encoded separators, backslashes, drive letters and NUL are refused outright.
    const hostile = ['/..%2fsecret.txt', '/..%5c..%5csecret.txt', '/%2fetc/passwd', '/a%2f..%2f..%2fsecret.txt', '/C:%5cx', '/index.html%00', '//etc/passwd'];
    for (const p of hostile) expect(resolveAppFile(`app://ipsdesk${p}`, root), p).toBeUndefined();
    expect(resolveAppFile('app://ipsdesk@evil/index.html', root)).toBeUndefined();
    expect(resolveAppFile('app://user:pw@ipsdesk/index.html', root)).toBeUndefined();
    expect(resolveAppFile('app://ipsdesk/assets/index-abc.js', root)).toBe(path.join(root, 'assets', 'index-abc.js'));
  });

  it('404s for missing files and folders', async () => {
    expect((await get('app://ipsdesk/missing.js')).status).toBe(404);
    expect((await get('app://ipsdesk/assets')).status).toBe(404);
    expect((await get('app://ipsdesk/assets/')).status).toBe(404);
  });

  it('labels unknown file types as opaque bytes', () => {
    expect(contentTypeFor('x.exe')).toBe('application/octet-stream');
    expect(contentTypeFor('X.CSS')).toBe('text/css; charset=utf-8');
  });
});
