import { request as httpRequest } from 'node:http';
import { existsSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { startHarness, type Harness } from '../harness/harness';
import { TOKEN_HEADER } from '../harness/bridge-script';

// The harness itself: what keeps a loopback endpoint onto a real database from being an open door.
test.skip(({ target }) => target !== 'browser', 'The harness serves the browser run only');

let harness: Harness;
test.beforeEach(async () => {
  harness = await startHarness();
});
test.afterEach(async () => {
  await harness.close();
});

function rawGet(url: string, path: string, headers: Record<string, string> = {}): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method: 'GET', headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

async function tokenFromBridge(): Promise<string> {
  const script = await (await fetch(new URL('/__ipsdesk_bridge.js', harness.url))).text();
  return /var token = "([0-9a-f]{64})"/.exec(script)?.[1] ?? '';
}

function ipc(body: unknown, token: string): Promise<Response> {
  return fetch(new URL('/ipc', harness.url), {
    method: 'POST',
    headers: { [TOKEN_HEADER]: token, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

test('serves the renderer with the bridge script injected before the app script', async () => {
  expect(harness.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  const html = await (await fetch(harness.url)).text();
  const bridgeAt = html.indexOf('<script src="/__ipsdesk_bridge.js"></script>');
  expect(bridgeAt).toBeGreaterThan(-1);
  expect(bridgeAt).toBeLessThan(html.indexOf('<script type="module"'));
  expect(html).toContain("script-src 'self'");
});

test('POST /ipc answers with the router, and only with the right token', async () => {
  const token = await tokenFromBridge();
  const ok = await ipc({ channel: 'vault.status', input: {} }, token);
  expect(ok.status).toBe(200);
  expect(await ok.json()).toMatchObject({ ok: true, data: { state: 'needs_setup' } });

  expect((await ipc({ channel: 'vault.status', input: {} }, 'f'.repeat(64))).status).toBe(403);
  expect((await ipc({ channel: 'vault.status', input: {} }, '')).status).toBe(403);

  const unknown = await (await ipc({ channel: 'fs.readFile', input: {} }, token)).json();
  expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  const invalid = await (await ipc({ channel: 'vault.setup', input: { serviceName: '' } }, token)).json();
  expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
});

test('each harness has its own token and database folder, removed on close', async () => {
  const other = await startHarness();
  try {
    expect(other.url).not.toBe(harness.url);
    expect(other.dataDir).not.toBe(harness.dataDir);
    const otherToken = /var token = "([0-9a-f]{64})"/.exec(await (await fetch(new URL('/__ipsdesk_bridge.js', other.url))).text())?.[1];
    expect(otherToken).not.toBe(await tokenFromBridge());
  } finally {
    await other.close();
  }
  expect(existsSync(other.dataDir)).toBe(false);
});

test('refuses path traversal, other hosts and cross-site loads of the bridge', async () => {
  for (const path of ['/../package.json', '/..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/assets/..%5c..%5cpackage.json', '/%00']) {
    expect(await rawGet(harness.url, path), path).toBe(404);
  }
  expect(await rawGet(harness.url, '/', { Host: 'evil.example:80' })).toBe(421);
  expect(await rawGet(harness.url, '/__ipsdesk_bridge.js', { 'Sec-Fetch-Site': 'cross-site' })).toBe(403);
  expect(await rawGet(harness.url, '/ipc')).toBe(405);
});
