import type { Handlers } from '../../shared/ipc/contract';
import type { fidelityChannels } from '../../shared/ipc/fidelity';
import { writeFidelityScoresWorkbook } from '../xlsx/fidelity-scores-write';
import { createActionHandlers } from './fidelity/action-handlers';
import { fidelityReportDocument, readFidelityReportInput, reportServiceName } from './fidelity/report-input';
import { createReviewWriteHandlers } from './fidelity/review-handlers';
import { readDue, readReview, readReviewDetail, readReviewList } from './fidelity/review-reads';
import { fidelityReportFileName } from '../../shared/fidelity';
import { noPdfPrinter, type PdfPrinter } from './pdf-printer';
import type { ServiceContext } from './service-context';

export { latestFinalSainsburySectionC, type SainsburySectionC } from './fidelity/sainsbury-return';

export type FidelityChannel = keyof typeof fidelityChannels;

/**
 * The fidelity half of the IPC contract (DOMAIN §7, issue 9): reviews, their action plans and the report.
 * Reads come from one consistent state of the file; every write is one audited transaction.
 */
export function createFidelityHandlers(context: ServiceContext, printPdf: PdfPrinter = noPdfPrinter): Pick<Handlers, FidelityChannel> {
  const reportDocument = (id: string) => fidelityReportDocument(context.read((reader) => readFidelityReportInput(reader, id, context.today())));
  return {
    'fidelity.list': () => context.read((reader) => readReviewList(reader, context.today())),
    'fidelity.get': (input) => context.read((reader) => readReviewDetail(reader, input.id)),
    'fidelity.due': () => context.read((reader) => readDue(reader, context.today())),
    'fidelity.reportHtml': (input) => reportDocument(input.id),
    'fidelity.reportPdf': async (input) => {
      const { html, fileName } = reportDocument(input.id);
      const bytes = await printPdf(html);
      return { fileName, base64: Buffer.from(bytes).toString('base64') };
    },
    'fidelity.scoresWorkbook': async (input) => {
      const { review, serviceName } = context.read((reader) => ({ review: readReview(reader, input.id), serviceName: reportServiceName(reader.db) }));
      const bytes = await writeFidelityScoresWorkbook(review, serviceName);
      return { fileName: fidelityReportFileName(review, 'xlsx'), base64: bytes.toString('base64') };
    },
    ...createReviewWriteHandlers(context),
    ...createActionHandlers(context),
  };
}
