import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME, appResponseHeaders } from './security';

/**
 * The app:// protocol handler: serves the built renderer (dist/renderer) and nothing else.
 * Pure Node (global Request/Response), so it is tested without Electron; main.ts passes it to protocol.handle.
 */

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an app:// URL to a file under rootDir, or undefined when the URL is not the app's, is malformed,
 * or would leave rootDir (`..`, encoded `%2e%2e%2f`, backslashes, NUL bytes, absolute or drive paths).
 */
export function resolveAppFile(url: string, rootDir: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password) {
    return undefined;
  }
  // Decode segment by segment, so an encoded separator (%2f, %5c) can never become a path separator.
  const pathname = parsed.pathname === '' || parsed.pathname === '/' ? '/index.html' : parsed.pathname;
  const rawSegments = pathname.split('/').slice(1);
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    // Empty, dot and drive-like segments, separators and NUL have no place in a renderer asset path.
    if (segment === '' || segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) return undefined;
    segments.push(segment);
  }

  const root = path.resolve(rootDir);
  const file = path.resolve(root, ...segments);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  return file;
}

function respond(status: number, body: BodyInit | null, contentType: string): Response {
  return new Response(body, { status, headers: { ...appResponseHeaders, 'Content-Type': contentType } });
}

function notFound(): Response {
  return respond(404, 'Not found', 'text/plain; charset=utf-8');
}

/** Handles one app:// request: GET/HEAD of a file in rootDir, with the CSP and hardening headers on every response. */
export async function serveAppRequest(request: Request, rootDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return respond(405, 'Method not allowed', 'text/plain; charset=utf-8');
  }
  const file = resolveAppFile(request.url, rootDir);
  if (!file) return notFound();
  try {
    const info = await stat(file);
    if (!info.isFile()) return notFound();
    const body = request.method === 'HEAD' ? null : await readFile(file);
    return respond(200, body, contentTypeFor(file));
  } catch {
    return notFound();
  }
}
