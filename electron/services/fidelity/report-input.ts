import type { DatabaseReader } from '../../../db/access';
import { readServiceName } from '../../../db/repositories/service-name';
import type { IsoDate } from '../../../shared/dates';
import { fidelityReportHtml, fidelityReportFileName, fidelityReportTitle, type FidelityReportInput } from '../../../shared/fidelity';
import { readReviewDetail } from './review-reads';

/** Shown where the service's name would be, in a database set up without one (set-up always asks for it). */
export const SERVICE_NAME_UNSET = 'IPS service';

/** What the printable report of a review is made from, read in one go (the app, the CLI and tests share it). */
export function readFidelityReportInput(reader: DatabaseReader, id: string, today: IsoDate): FidelityReportInput {
  const detail = readReviewDetail(reader, id);
  return {
    serviceName: readServiceName(reader.db) ?? SERVICE_NAME_UNSET,
    review: detail.review,
    actions: detail.actions,
    suggestions: detail.suggestions,
    previous: detail.previous && { review: detail.previous.review, actions: detail.previous.actions },
    generatedOn: today,
  };
}

/** The report as HTML with its title and a file name for the PDF. */
export function fidelityReportDocument(input: FidelityReportInput): { html: string; title: string; fileName: string } {
  return {
    html: fidelityReportHtml(input),
    title: fidelityReportTitle(input.review, input.serviceName),
    fileName: fidelityReportFileName(input.review, 'pdf'),
  };
}
