import { z } from 'zod';
import { isIsoDate } from '../dates';

/**
 * A table of figures or people that a screen shows (a report section, a drill-down list) saved as an xlsx
 * workbook. The renderer sends the table as shown; the service writes the workbook with a sheet "About"
 * (service, manager, period, as-of date, when exported) and records the export in the audit trail. The
 * renderer writes CSV itself: it needs nothing the service holds.
 */

export const EXPORT_LIMITS = { rows: 20_000, columns: 30, cellText: 2_000, title: 120 } as const;

const isoDate = z.string().refine(isIsoDate, 'must be a real date (YYYY-MM-DD)');

/** One cell: text, a number, a share shown as a percentage (0..1), a date, or blank. */
export const exportCellSchema = z.union([
  z.string().max(EXPORT_LIMITS.cellText, `A cell holds at most ${EXPORT_LIMITS.cellText} characters`),
  z.number().finite(),
  z.null(),
  z.object({ percent: z.number().finite() }).strict(),
  z.object({ date: isoDate }).strict(),
]);
export type ExportCell = z.infer<typeof exportCellSchema>;

export const exportColumnSchema = z.object({
  header: z.string().trim().min(1, 'A column needs a heading').max(200, 'A column heading is too long'),
});

export const exportTableSchema = z
  .object({
    title: z.string().trim().min(1, 'Give the table a title').max(EXPORT_LIMITS.title, 'The title is too long'),
    columns: z.array(exportColumnSchema).min(1, 'A table needs a column').max(EXPORT_LIMITS.columns, `A table has at most ${EXPORT_LIMITS.columns} columns`),
    rows: z.array(z.array(exportCellSchema)).max(EXPORT_LIMITS.rows, `A table has at most ${EXPORT_LIMITS.rows.toLocaleString('en-GB')} rows`),
  })
  .superRefine((table, ctx) => {
    const width = table.columns.length;
    const bad = table.rows.findIndex((row) => row.length !== width);
    if (bad >= 0) ctx.addIssue({ code: 'custom', path: ['rows', bad], message: `Row ${bad + 1} has ${table.rows[bad]!.length} cells for ${width} columns` });
  });
export type ExportTable = z.infer<typeof exportTableSchema>;

/** The report period the table belongs to, as the report states it. */
export const exportPeriodSchema = z.object({
  label: z.string().max(200),
  start: isoDate,
  end: isoDate,
  as_of: isoDate,
});
export type ExportPeriod = z.infer<typeof exportPeriodSchema>;

/** A file name IPS Desk makes up: letters, digits, dots, dashes and underscores, ending .xlsx. */
export const exportFileNameSchema = z
  .string()
  .max(150, 'The file name is too long')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.xlsx$/, 'The file name must be letters, digits, dots, dashes or underscores, ending .xlsx');

export const exportChannels = {
  /** Writes the table as an xlsx workbook (base64); the export is audited. */
  'reports.exportTable': {
    input: z.object({ fileName: exportFileNameSchema, period: exportPeriodSchema, table: exportTableSchema }),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  },
} as const;
