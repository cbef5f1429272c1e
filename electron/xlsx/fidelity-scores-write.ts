import ExcelJS from 'exceljs';
import {
  EVIDENCE_SOURCE, REVIEW_KIND, REVIEW_STATUS, SUGGESTION_DEFINITIONS, fidelityItem, instrumentOf, suggestedItemIdSchema, summaryOf,
  type StoredReview,
} from '../../shared/fidelity';

/**
 * The scores of one fidelity review as a workbook written from scratch: sheet "Scores" (one row per item:
 * score, range, level met, evidence, the data's suggestion kept with the score; then the total) and
 * sheet "Review" (service, instrument, dates, reviewers, status, total and band).
 */

const DATE_FORMAT = 'dd/mm/yyyy';

export const SCORE_COLUMNS = [
  { header: 'Item', key: 'item', width: 11 },
  { header: 'No.', key: 'number', width: 5 },
  { header: 'Section', key: 'section', width: 13 },
  { header: 'Title', key: 'title', width: 40 },
  { header: 'Score', key: 'score', width: 7 },
  { header: 'Lowest', key: 'min', width: 8 },
  { header: 'Highest', key: 'max', width: 8 },
  { header: 'Level met', key: 'level', width: 60 },
  { header: 'Evidence', key: 'evidence', width: 60 },
  { header: 'Sources', key: 'sources', width: 24 },
  { header: 'Not enough evidence', key: 'not_enough_evidence', width: 10 },
  { header: 'Suggested score', key: 'suggested_score', width: 10 },
  { header: 'Suggestion figure', key: 'suggestion_figure', width: 12 },
  { header: 'Suggestion unit', key: 'suggestion_unit', width: 24 },
] as const;

/** A calendar date as an Excel date cell (midnight UTC, so it reads back as the same day anywhere). */
function dateCell(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

export async function writeFidelityScoresWorkbook(review: StoredReview, serviceName: string): Promise<Buffer> {
  const instrument = instrumentOf(review.instrument);
  const summary = summaryOf(review);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'IPS Desk';

  const scores = workbook.addWorksheet('Scores', { views: [{ state: 'frozen', ySplit: 1 }] });
  scores.columns = SCORE_COLUMNS.map((c) => ({ ...c }));
  scores.getRow(1).font = { bold: true };
  for (const entry of review.items) {
    const item = fidelityItem(entry.item);
    const suggested = suggestedItemIdSchema.safeParse(entry.item);
    scores.addRow({
      item: item.id,
      number: item.number,
      section: item.section ? instrument.sections.find((s) => s.id === item.section)?.title : null,
      title: item.title,
      score: entry.score,
      min: item.min,
      max: item.max,
      level: entry.score === null ? null : (item.levels.find((l) => l.score === entry.score)?.text ?? null),
      evidence: entry.evidence,
      sources: entry.sources.map((s) => EVIDENCE_SOURCE.labels[s]).join('; ') || null,
      not_enough_evidence: entry.not_enough_evidence ? 'yes' : 'no',
      suggested_score: entry.suggestion?.score ?? null,
      suggestion_figure: entry.suggestion?.figure ?? null,
      suggestion_unit: suggested.success && entry.suggestion ? SUGGESTION_DEFINITIONS[suggested.data].unit : null,
    });
  }
  const total = scores.addRow({ item: 'Total', score: summary.total, min: summary.min, max: summary.max });
  total.font = { bold: true };
  for (const key of ['level', 'evidence'] as const) scores.getColumn(key).alignment = { wrapText: true, vertical: 'top' };

  const about = workbook.addWorksheet('Review');
  about.columns = [
    { header: 'Field', key: 'field', width: 24 },
    { header: 'Value', key: 'value', width: 60 },
  ];
  about.getRow(1).font = { bold: true };
  const rows: [string, string | number | Date | null][] = [
    ['Service', serviceName],
    ['Instrument', instrument.title],
    ['Review date', dateCell(review.review_date)],
    ['Period start', dateCell(review.period.start)],
    ['Period end', dateCell(review.period.end)],
    ['Reviewers', review.reviewers.join('; ')],
    ['Kind', REVIEW_KIND.labels[review.kind]],
    ['Status', REVIEW_STATUS.labels[review.status]],
    ['Made final by', review.finalised_by],
    ['Made final on', review.finalised_at ? dateCell(review.finalised_at.slice(0, 10)) : null],
    ['Total', summary.total],
    ['Out of', summary.max],
    ['Items scored', `${summary.scored} of ${summary.items}`],
    ['Band', summary.band?.label ?? (instrument.bands.length > 0 ? 'None until every item is scored' : 'No bands for this instrument')],
  ];
  for (const [field, value] of rows) {
    const row = about.addRow({ field, value });
    if (value instanceof Date) row.getCell('value').numFmt = DATE_FORMAT;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

