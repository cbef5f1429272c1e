import { z } from 'zod';
import { isIsoDate } from '../dates';
import { BUILT_IN_RETURN_IDS, mappingSchema } from '../returns';
import { idSchema } from './records';
import { dataQualityRowSchema, reportPeriodSchema } from './reports';

/**
 * Returns (issue 8 point 5): the built-in returns and the commissioners' templates, the saved cell mappings,
 * a preview of every value a template will get, the export itself, and the history of exports.
 *
 * A template is named by a `TemplateRef`: a built-in by id, or a saved template by its record id. Loading a
 * commissioner's file stores it (so the mapping can be saved against it and any export repeated), or
 * recognises it by its SHA-256 when the same file was loaded before. `period` is a string as in reports
 * (`2025-26`, `2025-26-Q3`, `2025-04-01..2025-09-30`); `asOf` defaults to the service's today.
 */

/** Templates are small; this bounds what one call can make the main process hold. */
export const MAX_TEMPLATE_BYTES = 10 * 1024 * 1024;
const MAX_TEMPLATE_BASE64 = Math.ceil(MAX_TEMPLATE_BYTES / 3) * 4;

const asOfSchema = z
  .string({ error: 'As-of date must be a date' })
  .trim()
  .refine(isIsoDate, 'As-of date must be a real date (YYYY-MM-DD)')
  .optional();
const periodTextSchema = z.string({ error: 'Period is required' }).max(40, 'Period is too long');

export const templateRefSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('builtin'), id: z.enum(BUILT_IN_RETURN_IDS) }),
  z.object({ kind: z.literal('saved'), id: idSchema }),
]);
export type TemplateRef = z.infer<typeof templateRefSchema>;

export const templateInfoSchema = z.object({
  ref: templateRefSchema,
  name: z.string(),
  fileName: z.string().nullable(),
  sha256: z.string(),
  size: z.number(),
  /** Cells in the saved mapping (always 0 for a built-in). */
  mappedCells: z.number(),
  /** When it was loaded (saved templates only). */
  createdAt: z.string().nullable(),
  lastExportAt: z.string().nullable(),
});
export type TemplateInfo = z.infer<typeof templateInfoSchema>;

const problemSchema = z.object({
  kind: z.enum(['file', 'unknown_figure', 'client_column_outside_client_row', 'rows_in_the_way', 'name_not_one_cell', 'inside_array_formula', 'bad_mapping']),
  /** `Sheet!B4`, a defined name, or '' for the file as a whole. */
  where: z.string(),
  message: z.string(),
  suggestion: z.string().optional(),
  code: z.enum(['not_xlsx', 'xls', 'macros', 'encrypted', 'damaged', 'too_large']).optional(),
});
export type TemplateProblemRow = z.infer<typeof problemSchema>;

const originSchema = z.enum(['token', 'name', 'mapping']);

/** A sheet drawn as the spreadsheet shows it (electron/xlsx/template/scan.ts). */
export const scannedSheetSchema = z.object({
  name: z.string(),
  state: z.enum(['visible', 'hidden', 'veryHidden']),
  isWorksheet: z.boolean(),
  cells: z.array(
    z.object({
      cell: z.string(),
      row: z.number(),
      col: z.number(),
      text: z.string(),
      bold: z.boolean().optional(),
      italic: z.boolean().optional(),
      fill: z.string().optional(),
      align: z.string().optional(),
      formula: z.boolean().optional(),
    }),
  ),
  truncated: z.boolean(),
  merges: z.array(z.string()),
  columnWidths: z.record(z.string(), z.number()),
  hiddenColumns: z.array(z.number()),
  rowHeights: z.record(z.string(), z.number()),
  hiddenRows: z.array(z.number()),
  defaultColumnWidth: z.number(),
  defaultRowHeight: z.number(),
});

export const templateScanSchema = z.object({
  sheets: z.array(scannedSheetSchema),
  /** Every cell that gets a figure: by token, defined name or the saved mapping. */
  figures: z.array(z.object({ where: z.string(), sheet: z.string(), cell: z.string(), figure: z.string(), origin: originSchema })),
  /** The `{{#clients}}` row of a client-level return, with the client columns of each cell. */
  clientRows: z.array(z.object({ sheet: z.string(), row: z.number(), columns: z.array(z.object({ cell: z.string(), figures: z.array(z.string()) })) })),
  /** What stops the template being filled, each at its place with a suggestion where there is one. */
  problems: z.array(problemSchema),
});

const templateViewSchema = z.object({
  template: templateInfoSchema,
  /** True when this file was loaded before: its saved mapping is applied. */
  recognised: z.boolean(),
  mapping: z.record(z.string(), z.string()),
  scan: templateScanSchema,
});
export type TemplateView = z.infer<typeof templateViewSchema>;

/** What a cell receives: a number (rates as fractions), text, a date, or nothing. */
export const figureValueSchema = z.union([z.number(), z.string(), z.object({ date: z.string() }), z.null()]);

export const previewCellSchema = z.object({
  where: z.string(),
  figure: z.string(),
  origin: originSchema,
  value: figureValueSchema,
  /** The value as text (rates as percentages, dates dd/mm/yyyy), for showing beside the cell. */
  text: z.string(),
});

const clientRowsFilledSchema = z.object({ sheet: z.string(), firstRow: z.number(), rows: z.number(), identifiable: z.boolean() });

const exportResultSchema = z.object({
  historyId: idSchema,
  fileName: z.string(),
  base64: z.string(),
  sha256: z.string(),
  /** Everything the manager should know about this return (no records in the period, empty columns, …). */
  warnings: z.array(z.string()),
});

export const exportRowSchema = z.object({
  id: idSchema,
  exportedAt: z.string(),
  user: z.string().nullable(),
  period: z.string(),
  periodLabel: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  asOf: z.string(),
  /** The template as it is now (null when it has since been removed). */
  template: templateRefSchema.nullable(),
  templateName: z.string(),
  templateSha256: z.string().nullable(),
  identifiable: z.boolean(),
  fileName: z.string(),
  outputSha256: z.string().nullable(),
  repeatOf: idSchema.nullable(),
  /** Null when the export can be repeated; otherwise why not. */
  cannotRepeat: z.string().nullable(),
});
export type ExportRow = z.infer<typeof exportRowSchema>;

const exportInput = z.object({
  template: templateRefSchema,
  period: periodTextSchema,
  asOf: asOfSchema,
  /** Names, NHS number and date of birth in client rows: a manager's choice, recorded in the history. */
  identifiable: z.boolean().default(false),
});

export const returnChannels = {
  /** The built-in returns and every saved template (no bytes). */
  'returns.templates': {
    input: z.object({}),
    output: z.object({ builtIns: z.array(templateInfoSchema.extend({ clientLevel: z.boolean() })), saved: z.array(templateInfoSchema) }),
  },
  /**
   * A commissioner's workbook from the file picker: refused with the filler's message when it cannot be a
   * template (not .xlsx, macros, password, damaged, too large); otherwise stored, or recognised with its
   * saved mapping, and scanned. Token problems come back in `scan.problems`, not as a refusal.
   */
  'returns.loadTemplate': {
    input: z.object({
      fileName: z.string().max(260, 'The file name is too long'),
      base64: z
        .string()
        .min(1, 'Choose a workbook')
        .max(MAX_TEMPLATE_BASE64, `The workbook is too large for a return template (${MAX_TEMPLATE_BYTES / 1024 / 1024} MB at most)`),
    }),
    output: templateViewSchema,
  },
  /** A built-in or saved template, scanned with its saved mapping. */
  'returns.openTemplate': { input: z.object({ template: templateRefSchema }), output: templateViewSchema },
  /**
   * Replaces the saved mapping of a saved template (the whole mapping: cells left out are unmapped). Refused,
   * naming each cell, when a cell is not in the template or a figure is not a figure.
   */
  'returns.saveMapping': { input: z.object({ templateId: idSchema, mapping: mappingSchema }), output: templateViewSchema },
  /** Removes a saved template; its exports stay in the history. */
  'returns.deleteTemplate': { input: z.object({ templateId: idSchema }), output: z.object({ deleted: z.literal(true) }) },
  /**
   * Every value the template will get for the period, before exporting: each token, named and mapped cell
   * with its value; the client rows; the data-quality problems as at the as-of date (each linking to its
   * record); the return's warnings. `mapping` tries a mapping not yet saved (default: the saved one).
   * `ready` is false when `problems` stop the export.
   */
  'returns.preview': {
    input: exportInput.extend({ mapping: mappingSchema.optional() }),
    output: z.object({
      template: templateInfoSchema,
      period: reportPeriodSchema,
      ready: z.boolean(),
      problems: z.array(problemSchema),
      cells: z.array(previewCellSchema),
      clientRows: z.array(clientRowsFilledSchema),
      dataQuality: z.array(dataQualityRowSchema),
      warnings: z.array(z.string()),
    }),
  },
  /**
   * Fills the template with the saved mapping and returns the workbook; the history row (period, as-of,
   * template, time, user, identifiable, output SHA-256) is written in the same audited write. Refused with
   * `invalid_input`, one issue per cell, when the template cannot be filled; identifiable output needs a manager.
   */
  'returns.export': { input: exportInput, output: exportResultSchema },
  /** Exports, latest first. */
  'returns.history': {
    input: z.object({ limit: z.number().int().min(1).max(1000).default(200) }),
    output: z.object({ rows: z.array(exportRowSchema) }),
  },
  /**
   * The same template, mapping, period, as-of date and identifiable choice as a past export, exported again
   * (a new history row). `sameOutput` says whether the workbook is byte for byte the one exported then.
   */
  'returns.repeat': {
    input: z.object({ historyId: idSchema }),
    output: exportResultSchema.extend({ repeatOf: idSchema, sameOutput: z.boolean() }),
  },
} as const;
