import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScryptCost } from '../../../db/keyring';
import { createRouter } from '../../../electron/ipc/router';
import { APP_ENTRY_URL, isTrustedUrl } from '../../../electron/security';
import { createAppHandlers } from '../../../electron/services/app-handlers';
import { createEventHub } from '../../../electron/services/event-hub';
import type { PdfPrinter } from '../../../electron/services/pdf-printer';
import { startAutoLock } from '../../../electron/auto-lock';
import { createVaultService, type LockReason } from '../../../electron/services/vault-service';
import { BRIDGE_SCRIPT_PATH, bridgeScript, EVENTS_PATH, injectBridge, IPC_PATH, TOKEN_HEADER } from './bridge-script';
import { contentTypeFor, readRegularFile, resolveInside } from './static-files';

export const DEFAULT_RENDERER_DIR = fileURLToPath(new URL('../../../dist/renderer', import.meta.url));

/** The cheapest scrypt cost the keyring accepts: set-up and unlock take milliseconds instead of ~0.4 s. */
export const FAST_SCRYPT_COST: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };

const MAX_BODY_BYTES = 1024 * 1024;

export interface HarnessOptions {
  /** Folder for the encrypted database and keyring. Default: a new temporary folder, removed by close(). */
  dataDir?: string;
  /** The built renderer (vite build output). Default: dist/renderer. */
  rendererDir?: string;
  /** Default: FAST_SCRYPT_COST. Pass the real cost to time unlocks. */
  scryptCost?: ScryptCost;
  /** Auto-lock after this many idle seconds instead of the minutes in Settings (e2e of auto-lock). */
  autoLockSeconds?: number;
  /** Prints the fidelity report to PDF (the app uses Electron's printToPDF; the fixture passes Chromium's page.pdf). */
  printPdf?: PdfPrinter;
}

export interface Harness {
  /** http://127.0.0.1:<port>/ — open this in the browser. */
  url: string;
  dataDir: string;
  /** Locks the vault from the "main process" side, as auto-lock or the OS locking would: the page hears `vault.locked`. */
  lockFromMain(reason: LockReason): Promise<void>;
  /**
   * What the "system's Open dialog" picks from now on (a backup file or a folder), or null to cancel it: the
   * harness has no native dialogs, so the test plays the person choosing.
   */
  answerPathDialog(path: string | null): void;
  /** Stops the server, closes the database and removes the temporary data folder (if the harness made it). */
  close(): Promise<void>;
}

const BASE_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const;

function send(res: ServerResponse, status: number, body: string | Buffer, contentType: string): void {
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Serves the built renderer on loopback with a `window.ipsDesk` that forwards every call to the app's own
 * router (createRouter) and vault service, on a real encrypted database in a temporary folder. The router
 * is told the call came from the app's page (APP_ENTRY_URL), checked by the same isTrustedUrl as the app.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR;
  const indexHtml = await readFile(join(rendererDir, 'index.html'), 'utf8').catch(() => {
    throw new Error(`No renderer build in ${rendererDir}: run \`npm run build:renderer\` first.`);
  });
  const page = injectBridge(indexHtml);
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'ipsdesk-e2e-')));
  const token = randomBytes(32).toString('hex');

  const events = createEventHub();
  const vault = createVaultService({ dataDir, scryptCost: options.scryptCost ?? FAST_SCRYPT_COST, events });
  // The app watches system-wide idle time; the harness counts from the page's last request, which is the
  // nearest it can see to someone using the window.
  let lastActivity = Date.now();
  const autoLock = startAutoLock({
    idleSeconds: () => (Date.now() - lastActivity) / 1000,
    limitSeconds: () => {
      const limit = vault.autoLockSeconds();
      return limit === null ? null : (options.autoLockSeconds ?? limit);
    },
    lock: (reason) => vault.lock(reason),
    checkEveryMs: options.autoLockSeconds === undefined ? 15_000 : 250,
  });
  let pathAnswer: string | null = null;
  // Every channel, assembled exactly as electron/main.ts does it.
  const handlerOptions = { ...(options.printPdf ? { printPdf: options.printPdf } : {}), choosePath: () => Promise.resolve(pathAnswer) };
  const router = createRouter(createAppHandlers(vault, handlerOptions), {
    isTrustedSender: isTrustedUrl,
    caller: vault.caller,
    validateOutput: true,
    log: (message, detail) => console.error(`[harness ipc] ${message}`, detail),
  });

  let origin = '';

  async function handleIpc(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!sameToken(req.headers[TOKEN_HEADER], token)) return sendJson(res, 403, { error: 'Missing or wrong token' });
    if (req.headers.origin !== undefined && req.headers.origin !== origin) return sendJson(res, 403, { error: 'Wrong origin' });
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return sendJson(res, 415, { error: 'Send JSON' });
    const body = await readBody(req);
    if (body === null) return sendJson(res, 413, { error: 'Request too large' });
    let message: unknown;
    try {
      message = JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(res, 400, { error: 'Body is not JSON' });
    }
    const { channel, input } = (message ?? {}) as { channel?: unknown; input?: unknown };
    lastActivity = Date.now();
    sendJson(res, 200, await router.dispatch(channel, input, APP_ENTRY_URL));
  }

  /** Forwards every event of the hub to the page for as long as the page keeps the stream open. */
  function handleEvents(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (!sameToken(url.searchParams.get('token') ?? undefined, token)) return sendJson(res, 403, { error: 'Missing or wrong token' });
    res.writeHead(200, { ...BASE_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    const stop = events.subscribe((name, payload) => res.write(`data: ${JSON.stringify({ name, payload })}\n\n`));
    req.on('close', stop);
  }

  async function handleFile(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (pathname === '/' || pathname === '/index.html') return send(res, 200, page, contentTypeFor('index.html'));
    if (pathname === BRIDGE_SCRIPT_PATH) {
      // Only the harness's own page may load the token-bearing script.
      const site = req.headers['sec-fetch-site'];
      if (site !== undefined && site !== 'same-origin') return send(res, 403, 'Forbidden', 'text/plain; charset=utf-8');
      return send(res, 200, bridgeScript(token), contentTypeFor('bridge.js'));
    }
    const file = resolveInside(rendererDir, pathname);
    const content = file ? await readRegularFile(file) : null;
    if (!file || !content) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    return send(res, 200, req.method === 'HEAD' ? '' : content, contentTypeFor(file));
  }

  const server = createServer((req, res) => {
    void (async () => {
      try {
        // A page on another name for this address (DNS rebinding) gets nothing.
        if (req.headers.host !== new URL(origin).host) return send(res, 421, 'Wrong host', 'text/plain; charset=utf-8');
        const url = new URL(req.url ?? '/', origin);
        const pathname = url.pathname;
        if (pathname === EVENTS_PATH && req.method === 'GET') return handleEvents(req, res, url);
        if (pathname === IPC_PATH) {
          if (req.method !== 'POST') return send(res, 405, 'Use POST', 'text/plain; charset=utf-8');
          return await handleIpc(req, res);
        }
        if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
        return await handleFile(req, res, pathname);
      } catch (error) {
        console.error('[harness] request failed', error);
        if (!res.headersSent) send(res, 500, 'Harness error', 'text/plain; charset=utf-8');
        else res.destroy();
      }
    })();
  });

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  let closed = false;
  return {
    url: `${origin}/`,
    dataDir,
    async lockFromMain(reason) {
      await vault.lock(reason);
    },
    answerPathDialog(path) {
      pathAnswer = path;
    },
    async close() {
      if (closed) return;
      closed = true;
      autoLock.stop();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      vault.close();
      if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
