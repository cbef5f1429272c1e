import { describe, expect, it } from 'vitest';
import {
  PRINT_CONTENT_SECURITY_POLICY, PRINT_ORIGIN, printDocumentUrl, printToPdfOptions, printWebPreferences, servePrintDocument,
} from '../../electron/print-pdf';
import { isTrustedUrl } from '../../electron/security';

describe('printing the report to PDF in the app', () => {
  it('asks Chromium for an A4, tagged PDF with a document outline, laid out by the report’s own @page rules', () => {
    expect(printToPdfOptions()).toEqual({
      pageSize: 'A4',
      landscape: false,
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: false,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
  });

  it('prints in a sandboxed window with no script, no Node and no dev tools', () => {
    expect(printWebPreferences()).toMatchObject({
      sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webviewTag: false, devTools: false, webSecurity: true,
    });
  });

  it('serves the document from an origin the IPC router does not trust', () => {
    const url = printDocumentUrl('3f1c');
    expect(url).toBe(`${PRINT_ORIGIN}/3f1c.html`);
    expect(isTrustedUrl(url)).toBe(false);
  });

  it('serves only the waiting document, with a policy that allows its styles and nothing that runs or loads', async () => {
    const url = printDocumentUrl('a1');
    const documents = new Map([[url, '<!DOCTYPE html><title>Report</title>']]);
    const served = servePrintDocument(new Request(url), documents);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-security-policy')).toBe(PRINT_CONTENT_SECURITY_POLICY);
    expect(await served.text()).toBe('<!DOCTYPE html><title>Report</title>');
    expect(PRINT_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(PRINT_CONTENT_SECURITY_POLICY).not.toMatch(/script-src|connect-src/);

    expect(servePrintDocument(new Request(printDocumentUrl('other')), documents).status).toBe(404);
    expect(servePrintDocument(new Request(`${url}?x=1`), documents).status).toBe(404);
    expect(servePrintDocument(new Request(url, { method: 'POST', body: 'x' }), documents).status).toBe(404);
  });
});
