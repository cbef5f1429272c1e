import { ServiceError } from './service-error';

/**
 * Prints one complete, self-contained HTML document (no script, no external files) to PDF bytes. The app
 * passes Electron's printToPDF in a hidden window (window.ts); the e2e harness passes Chromium's page.pdf.
 * Services only see this function, so they stay free of any 'electron' import.
 */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

/** For callers that print nothing (the CLI prints with its own Chromium; unit tests). */
export const noPdfPrinter: PdfPrinter = () =>
  Promise.reject(new ServiceError('internal', 'Saving as PDF needs the IPS Desk app: this copy has no printer to make one with.'));
