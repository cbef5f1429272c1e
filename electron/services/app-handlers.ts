import type { Handlers } from '../../shared/ipc/contract';
import { createAuditHandlers } from './audit-service';
import { createExportHandlers } from './export-service';
import { createBackupHandlers } from './backup-handlers';
import { createFidelityHandlers } from './fidelity-service';
import { createEmployerHandlers } from './employers-service';
import { createHomeHandlers } from './home-service';
import { createNameHandlers } from './names-service';
import { createPathDialogHandlers, noPathChooser, type PathChooser } from './path-dialogs';
import type { PdfPrinter } from './pdf-printer';
import { createRecordHandlers } from './records-service';
import { createReportHandlers } from './report-service';
import { createReturnHandlers } from './returns-service';
import { createRightsHandlers } from './rights-service';
import { createServiceContext, type ServiceOptions } from './service-context';
import { createSettingsHandlers } from './settings-service';
import { createVaultHandlers } from './vault-handlers';
import type { VaultService } from './vault-service';

export type AppHandlerOptions = ServiceOptions & {
  /** Prints the fidelity report and the subject access document to PDF: Electron's printToPDF in the app, Chromium's page.pdf in the e2e harness. */
  printPdf?: PdfPrinter;
  /** Shows the system's Open dialog: Electron's in the app, an answer set by the test in the e2e harness. */
  choosePath?: PathChooser;
};

/**
 * Every channel of the IPC contract over one vault: what main.ts and the e2e harness hand the router, so
 * the two can never serve different sets of channels. A new feature adds its handler group here.
 */
export function createAppHandlers(vault: VaultService, options: AppHandlerOptions = {}): Handlers {
  const context = createServiceContext(vault, options);
  return {
    ...createVaultHandlers(vault),
    ...createRecordHandlers(context),
    ...createReportHandlers(context),
    ...createExportHandlers(context),
    ...createFidelityHandlers(context, options.printPdf),
    ...createAuditHandlers(context),
    ...createRightsHandlers(context, options.printPdf),
    ...createSettingsHandlers(context, vault.refreshSession),
    ...createHomeHandlers(context),
    ...createNameHandlers(context),
    ...createEmployerHandlers(context),
    ...createReturnHandlers(context),
    ...createBackupHandlers(vault),
    ...createPathDialogHandlers(options.choosePath ?? noPathChooser, vault.paths.backupDir),
  };
}
