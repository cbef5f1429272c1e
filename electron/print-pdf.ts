import { APP_SCHEME } from './security';

/**
 * Printing the fidelity report to PDF in the app, as plain data and pure functions (window.ts does the
 * Electron part, so vitest checks every setting here). The report is one self-contained HTML document with
 * no script: it is loaded into a hidden, script-less window in a separate in-memory session whose only
 * content is that document, served over app://ipsdesk-print/ — never the app's own origin, so the router
 * would refuse any call from it — and printed with Chromium's printToPDF, tagged and with an outline.
 */

/** A session of its own, in memory only (no `persist:` prefix): nothing of the report is written to disk. */
export const PRINT_PARTITION = 'ipsdesk-print';
export const PRINT_HOST = 'ipsdesk-print';
export const PRINT_ORIGIN = `${APP_SCHEME}://${PRINT_HOST}`;

/** Where one document waits to be printed: an unguessable name, used once. */
export function printDocumentUrl(name: string): string {
  return `${PRINT_ORIGIN}/${encodeURIComponent(name)}.html`;
}

/** The report's own styles and inline SVG only: no script, nothing fetched. */
export const PRINT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The hidden window that prints: sandboxed, no script at all, no preload, no dev tools. */
export function printWebPreferences() {
  return {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    javascript: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    devTools: false,
  } as const;
}

/**
 * webContents.printToPDF options: A4 as the report's @page asks (its margins, footer and page numbers come
 * from its own CSS), backgrounds kept (the score box, the chart), a tagged PDF so screen readers get the
 * headings and tables, and a document outline (bookmarks) made from the headings.
 */
export function printToPdfOptions() {
  return {
    pageSize: 'A4',
    landscape: false,
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: false,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  } as const;
}

const PRINT_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': PRINT_CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
} as const;

/** The print session's app:// handler: the waiting document at its exact URL, nothing else. */
export function servePrintDocument(request: Request, documents: ReadonlyMap<string, string>): Response {
  const html = request.method === 'GET' ? documents.get(request.url) : undefined;
  if (html === undefined) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(html, { status: 200, headers: PRINT_HEADERS });
}
