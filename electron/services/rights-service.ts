import type { Handlers } from '../../shared/ipc/contract';
import type { rightsChannels } from '../../shared/ipc/rights';
import { createErasureHandlers } from './rights/erasure-handlers';
import type { PdfPrinter } from './pdf-printer';
import { createRetentionHandlers } from './rights/retention-handlers';
import { createSubjectAccessHandlers } from './rights/subject-access-handlers';
import type { ServiceContext } from './service-context';

export type RightsChannel = keyof typeof rightsChannels;

/** Retention, subject access and erasure (issue 10 point 9): the manager's tools for the data the team holds. */
/** `printPdf` prints the subject access document, as it prints the fidelity report (app-handlers.ts). */
export function createRightsHandlers(context: ServiceContext, printPdf?: PdfPrinter): Pick<Handlers, RightsChannel> {
  return {
    ...createRetentionHandlers(context),
    ...createSubjectAccessHandlers(context, printPdf),
    ...createErasureHandlers(context),
  };
}
