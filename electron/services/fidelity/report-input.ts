import type { DatabaseReader } from '../../../db/access';
import { readServiceSettings } from '../../../db/repositories/settings-repository';
import type { IsoDate } from '../../../shared/dates';
import { fidelityReportHtml, fidelityReportFileName, fidelityReportTitle, type FidelityReportInput } from '../../../shared/fidelity';
import { readReviewDetail } from './review-reads';

/** The service's name for reports; set-up always asks for one, so the fallback is only for a damaged setting. */
export function reportServiceName(db: DatabaseReader['db']): string {
  return readServiceSettings(db).serviceName || 'IPS service';
}

/** What the printable report of a review is made from, read in one go (the app, the CLI and tests share it). */
export function readFidelityReportInput(reader: DatabaseReader, id: string, today: IsoDate): FidelityReportInput {
  const detail = readReviewDetail(reader, id);
  return {
    serviceName: reportServiceName(reader.db),
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
