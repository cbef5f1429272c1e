import { closeSync, createWriteStream, fsyncSync, openSync } from 'node:fs';
import { PassThrough, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { INTERCHANGE_SHEETS, type CellKind, type ColumnDef, type InterchangeRecords } from './interchange-columns';
import { codesSheet, validationFor, writeCodesSheet } from './interchange-write-codes';

/**
 * Writes records in the interchange layout (DOMAIN §5) so that reading the file back gives the same
 * records: every sheet with its header (even with no rows), dates as real date cells shown dd/mm/yyyy,
 * codes as text, and a Codes sheet listing every code with its label, which the coded columns offer as a
 * dropdown. Streamed with exceljs's streaming writer: rows go out as they are made.
 */
const DATE_FORMAT = 'dd/mm/yyyy';
/** Excel's Text format: keeps `01`, `99` and NHS numbers as typed when someone edits the file. */
const TEXT_FORMAT = '@';
const MIN_WIDTH = 10;
const MAX_WIDTH = 40;
const DATE_WIDTH = 12;
/** Column widths are cosmetic: the first rows are enough to choose them. */
const WIDTH_SAMPLE_ROWS = 1_000;
/** Rows written between pauses that let the zip stream take what is written so far. */
const ROWS_PER_PAUSE = 2_000;

type WrittenValue = string | number | Date | null;

function fail(field: string, value: unknown): never {
  throw new TypeError(`Cannot write ${field}: unexpected value ${JSON.stringify(value)}`);
}

/** Stored value → cell value. A value of the wrong type is a programming error, never silently dropped. */
function cellValue(column: ColumnDef, value: unknown): WrittenValue {
  if (value === null || value === undefined) return null;
  switch (column.kind) {
    case 'text':
    case 'nhs_number':
    case 'code':
    case 'two_digit_code':
    case 'yes_no_unknown':
      return typeof value === 'string' ? value : fail(column.field, value);
    case 'date': {
      const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
      return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : fail(column.field, value);
    }
    case 'yes_no':
      return typeof value === 'boolean' ? (value ? 'yes' : 'no') : fail(column.field, value);
    case 'code_list':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return fail(column.field, value);
      return value.length > 0 ? value.join(';') : null;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : fail(column.field, value);
  }
}

const TEXT_KINDS: readonly CellKind[] = ['text', 'nhs_number', 'code', 'two_digit_code'];

function numFmtOf(kind: CellKind): string | undefined {
  if (kind === 'date') return DATE_FORMAT;
  return TEXT_KINDS.includes(kind) ? TEXT_FORMAT : undefined;
}

function widthOf(column: ColumnDef, sample: readonly (WrittenValue | undefined)[]): number {
  if (column.kind === 'date') return Math.max(DATE_WIDTH, column.field.length + 2);
  const longest = sample.reduce<number>((max, v) => Math.max(max, v === null || v === undefined ? 0 : String(v).length), column.field.length);
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Streams the workbook to `stream` (which is ended when the workbook is complete). */
export async function writeInterchangeWorkbookTo(stream: Writable, records: InterchangeRecords): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = 'IPS Desk';
  const codes = codesSheet();
  for (const def of INTERCHANGE_SHEETS) {
    const worksheet = workbook.addWorksheet(def.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const list = records[def.key] as readonly object[];
    // A blank is left out (undefined), not written as an empty cell: a caseload has many, and each would cost a reader.
    const rowOf = (record: object) =>
      def.columns.map((column) => cellValue(column, (record as Record<string, unknown>)[column.field]) ?? undefined);
    const sample = list.slice(0, WIDTH_SAMPLE_ROWS).map(rowOf);
    worksheet.columns = def.columns.map((column, i) => {
      const numFmt = numFmtOf(column.kind);
      // Set on the column, so rows typed in later get it too.
      return { header: column.field, key: column.field, width: widthOf(column, sample.map((row) => row[i])), ...(numFmt ? { style: { numFmt } } : {}) };
    });
    const header = worksheet.getRow(1);
    header.font = { bold: true };
    header.numFmt = 'General';
    header.commit();
    // The streaming worksheet has data validations like the ordinary one; exceljs's types only omit them.
    const validations = (worksheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations;
    def.columns.forEach((column, i) => {
      const validation = validationFor(column, codes, list.length);
      if (validation) validations.add(validation.range(i + 1), validation.rule);
    });
    // One style object per column, shared by its cells: exceljs recognises a style object it has seen and
    // skips working the style out again, which otherwise costs more than the rest of the writing.
    const styles = def.columns.map((column) => {
      const numFmt = numFmtOf(column.kind);
      return numFmt ? { numFmt } : {};
    });
    for (let i = 0; i < list.length; i++) {
      const row = worksheet.addRow(rowOf(list[i]!));
      row.eachCell((cell, column) => {
        cell.style = styles[column - 1]!;
      });
      row.commit();
      if ((i + 1) % ROWS_PER_PAUSE === 0) await pause();
    }
    worksheet.commit();
  }
  writeCodesSheet(workbook, codes);
  await workbook.commit();
}

/** Writes into `stream` and waits until it has taken everything; on failure the stream is destroyed. */
async function writeAndFinish(stream: Writable, records: InterchangeRecords): Promise<void> {
  const done = finished(stream);
  try {
    await writeInterchangeWorkbookTo(stream, records);
  } catch (error) {
    done.catch(() => undefined);
    stream.destroy();
    throw error;
  }
  await done;
}

export async function writeInterchangeWorkbook(records: InterchangeRecords): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeAndFinish(stream, records);
  return Buffer.concat(chunks);
}

/** Streams the workbook into a new file (which must not exist yet), flushed to disk before this resolves. */
export async function writeInterchangeWorkbookFile(file: string, records: InterchangeRecords): Promise<void> {
  await writeAndFinish(createWriteStream(file, { flags: 'wx', mode: 0o600 }), records);
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
