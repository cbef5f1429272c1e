import { closeSync, createWriteStream, fsyncSync, openSync } from 'node:fs';
import { PassThrough, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { INTERCHANGE_SHEETS, type CellKind, type ColumnDef, type InterchangeRecords, type SheetDef } from './interchange-columns';
import { codesSheet, codesSheetSource, validationFor, type CodesBlock } from './interchange-write-codes';
import type { ColumnStyle } from './workbook-write/package-parts';
import type { SharedStrings } from './workbook-write/shared-strings';
import { cellFormats, cellXml, sheetEndXml, sheetStartXml, type CellFormat, type ListValidation, type SheetColumn } from './workbook-write/sheet-xml';
import { writeWorkbookTo, type SheetSource } from './workbook-write/workbook-stream';

/**
 * Writes records in the interchange layout (DOMAIN §5) so that reading the file back gives the same
 * records: every sheet with its header (even with no rows), dates as real date cells shown dd/mm/yyyy,
 * codes as text, and a Codes sheet listing every code with its label, which the coded columns offer as a
 * dropdown. Streamed: rows become XML and are deflated as they go (workbook-write/). exceljs's streaming
 * writer did this at a third of the speed, too slow for a 200,000-row export.
 */
const MIN_WIDTH = 10;
const MAX_WIDTH = 40;
const DATE_WIDTH = 12;
/** Column widths are cosmetic: the first rows are enough to choose them. */
const WIDTH_SAMPLE_ROWS = 1_000;
/** Excel's serial of 1970-01-01; Excel's 1900 system also counts a 29/02/1900 that never was (serial 60). */
const SERIAL_OF_UNIX_EPOCH = 25_569;
const FICTITIOUS_LEAP_DAY = 60;
const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A cell's value as written: text, a number (a date as its serial), or null for a blank (no cell). */
type WrittenValue = string | number | null;

function fail(field: string, value: unknown): never {
  throw new TypeError(`Cannot write ${field}: unexpected value ${JSON.stringify(value)}`);
}

/** The number the ASCII digits value[from, to) spell. */
function digits(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + value.charCodeAt(i) - 48;
  return n;
}

/** Excel's serial day number of a calendar date (the reader's isoFromSerial undoes it). */
function dateSerial(field: string, value: unknown): number {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return fail(field, value);
  // Read by position: a third of a capturing match's time, over the 300,000 dates of a large caseload.
  const serial = Date.UTC(digits(value, 0, 4), digits(value, 5, 7) - 1, digits(value, 8, 10)) / DAY_MS + SERIAL_OF_UNIX_EPOCH;
  return serial <= FICTITIOUS_LEAP_DAY ? serial - 1 : serial;
}

/** Stored value → cell value. A value of the wrong type is a programming error, never silently dropped. */
function writtenValue(column: ColumnDef, value: unknown): WrittenValue {
  if (value === null || value === undefined) return null;
  switch (column.kind) {
    case 'text':
    case 'nhs_number':
    case 'code':
    case 'two_digit_code':
    case 'yes_no_unknown':
      return typeof value === 'string' ? value : fail(column.field, value);
    case 'date':
      return dateSerial(column.field, value);
    case 'yes_no':
      return typeof value === 'boolean' ? (value ? 'yes' : 'no') : fail(column.field, value);
    case 'code_list':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return fail(column.field, value);
      return value.length > 0 ? value.join(';') : null;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : fail(column.field, value);
  }
}

/** Text kinds get Excel's Text format: it keeps `01`, `99` and NHS numbers as typed when someone edits the file. */
const TEXT_KINDS: readonly CellKind[] = ['text', 'nhs_number', 'code', 'two_digit_code'];

function styleOf(kind: CellKind): ColumnStyle {
  if (kind === 'date') return 'date';
  return TEXT_KINDS.includes(kind) ? 'text' : 'general';
}

function widthOf(column: ColumnDef, sample: readonly WrittenValue[]): number {
  if (column.kind === 'date') return Math.max(DATE_WIDTH, column.field.length + 2);
  const longest = sample.reduce<number>((max, v) => Math.max(max, v === null ? 0 : String(v).length), column.field.length);
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

type StoredRecord = Readonly<Record<string, unknown>>;

function rowXml(columns: readonly ColumnDef[], formats: readonly CellFormat[], record: StoredRecord, row: number, strings: SharedStrings): string {
  let xml = `<row r="${row}">`;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    const value = writtenValue(column, record[column.field]);
    // A blank is left out, not written as an empty cell: a caseload has many, and each would cost a reader.
    if (value !== null) xml += cellXml(formats[i]!, row, value, strings);
  }
  return `${xml}</row>`;
}

function recordsSheet(def: SheetDef, list: readonly StoredRecord[], blocks: readonly CodesBlock[]): SheetSource {
  const sample = list.slice(0, WIDTH_SAMPLE_ROWS);
  const columns: SheetColumn[] = def.columns.map((column) => ({
    header: column.field,
    width: widthOf(column, sample.map((record) => writtenValue(column, record[column.field]))),
    style: styleOf(column.kind),
  }));
  const validations: ListValidation[] = def.columns.flatMap((column, i) => {
    const validation = validationFor(column, blocks, list.length);
    return validation ? [{ sqref: validation.range(i + 1), ...validation.rule }] : [];
  });
  return {
    name: def.name,
    async write(out, strings) {
      const formats = cellFormats(columns);
      out.add(sheetStartXml(columns, strings));
      for (let i = 0; i < list.length; i++) {
        if (out.add(rowXml(def.columns, formats, list[i]!, i + 2, strings))) await out.handOver();
      }
      out.add(sheetEndXml(validations));
    },
  };
}

/** Streams the workbook to `stream` (which is ended when the workbook is complete). */
export async function writeInterchangeWorkbookTo(stream: Writable, records: InterchangeRecords): Promise<void> {
  const blocks = codesSheet();
  const sheets = INTERCHANGE_SHEETS.map((def) => recordsSheet(def, records[def.key] as readonly StoredRecord[], blocks));
  await writeWorkbookTo(stream, { creator: 'IPS Desk', sheets: [...sheets, codesSheetSource(blocks)] });
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
