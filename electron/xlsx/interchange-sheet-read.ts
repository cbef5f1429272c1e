import type { z } from 'zod';
import { DEFER, fastRecordParser, type FastRecordParser } from '../../shared/records/fast-parse';
import { cellInput, isoFromSerial, ExcelDate, type PlainCell } from './interchange-cell-read';
import type { ColumnDef, SheetDef } from './interchange-columns';
import { rowRuleProblems, type RowRuleOptions } from './interchange-row-rules';
import { clipQuoted, clipText } from './interchange-text';
import type { SheetRowSink } from './sheet-xml-read';

/** A problem at a cell of one sheet (row and column are 1-based, as in the file). */
export interface CellProblem {
  row: number;
  column: number;
  message: string;
}

/** The id fields that the checks across rows need (kept for rows that failed too). */
export const KEY_FIELDS = ['client_id', 'job_id', 'previous_episode_id'] as const;
export type KeyField = (typeof KEY_FIELDS)[number];

/**
 * The non-blank data rows read, column by column: each row's number, its ids (trimmed text, or null when blank
 * or not text) for the key fields the sheet has, and its record (null when the row has problems). `records` is
 * left empty when the records were handed on as they were read. Columns rather than an object per row: the rows
 * of a 200,000-row sheet cross from the reading thread to the writing one, and arrays of numbers and strings
 * copy many times faster than as many small objects.
 */
export interface SheetRows {
  numbers: number[];
  ids: Partial<Record<KeyField, (string | null)[]>>;
  records: unknown[];
}

function idText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export interface SheetRead {
  def: SheetDef;
  /** Field → 1-based column number, for the columns the sheet has. */
  columnOf: Map<string, number>;
  rows: SheetRows;
  /** At most `problemCap` problems are kept; the rest are only counted, so a wholly wrong file stays small. */
  problems: CellProblem[];
  omittedProblems: number;
  problemCap: number;
  warnings: string[];
  /** The valid records were handed on in batches as they were read, not kept in `rows`. */
  streamed: boolean;
}

export interface SheetReadOptions extends RowRuleOptions {
  date1904: boolean;
  maxRows: number;
  maxProblems: number;
  /**
   * Takes the valid records in batches, in sheet order, while the sheet is still being read (an import writes
   * them meanwhile). The sheet's problems are only known at its end, so whoever takes them must be able to
   * undo them: the import writes in one transaction, rolled back when any problem turns up.
   */
  onRecords?: (records: unknown[]) => void;
}

/** Records handed on together: big enough that passing a batch between threads costs little per record. */
export const RECORD_BATCH = 2_000;

export function addProblem(read: SheetRead, problem: CellProblem): void {
  if (read.problems.length < read.problemCap) read.problems.push(problem);
  else read.omittedProblems += 1;
}

export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function headerText(cell: PlainCell, date1904: boolean): string {
  if (!cell.ok || cell.value === null) return '';
  const { value } = cell;
  return (value instanceof ExcelDate ? (isoFromSerial(value.serial, date1904) ?? String(value.serial)) : String(value)).trim();
}

/** Row 1: which known fields are where; unknown names are warnings, missing required ones problems. */
function readHeader(read: SheetRead, cells: ReadonlyMap<number, PlainCell>, date1904: boolean): void {
  const { def } = read;
  const known = new Map(def.columns.map((c) => [c.field, c]));
  const byLowerCase = new Map(def.columns.map((c) => [c.field.toLowerCase(), c.field]));
  for (const [column, cell] of [...cells].sort((a, b) => a[0] - b[0])) {
    const name = headerText(cell, date1904);
    if (name === '') continue;
    const address = `${def.name}!${columnLetter(column)}1`;
    if (!known.has(name)) {
      const hint = byLowerCase.get(name.toLowerCase());
      read.warnings.push(`${address}: unknown column "${clipText(name)}" ignored${hint ? ` (did you mean "${hint}"?)` : ''}`);
      continue;
    }
    const earlier = read.columnOf.get(name);
    if (earlier !== undefined) {
      addProblem(read, { row: 1, column, message: `column "${name}" appears twice (also ${columnLetter(earlier)}1)` });
      continue;
    }
    read.columnOf.set(name, column);
  }
  for (const column of def.columns) {
    if (column.required && !read.columnOf.has(column.field)) {
      addProblem(read, { row: 1, column: 1, message: `the required column "${column.field}" is missing from row 1` });
    }
  }
}

function issueField(issue: z.core.$ZodIssue): string | null {
  const first = issue.path[0];
  return typeof first === 'string' ? first : null;
}

/** A schema message as the workbook's user needs it: dates may be typed either way, long values clipped. */
function workbookMessage(message: string, column: ColumnDef | undefined, input: unknown): string {
  let text = column?.kind === 'date' ? message.replace('(YYYY-MM-DD)', '(dd/mm/yyyy or YYYY-MM-DD)') : message;
  for (const value of Array.isArray(input) ? input : [input]) if (typeof value === 'string') text = clipQuoted(text, value);
  return text;
}

/**
 * Reads one interchange sheet as its rows stream past: row 1 is the header, then every non-blank row is
 * converted and validated with the record schema. When the header itself is wrong, rows are converted (for
 * the checks across rows) but not validated, so one missing column does not bury the real message under a
 * problem per row. Rows are counted as they come: past `maxRows`, reading stops and the sheet is refused.
 */
export class InterchangeSheetReader implements SheetRowSink {
  readonly read: SheetRead;
  private present: (ColumnDef & { column: number })[] = [];
  private wanted = new Set<number>();
  private validate = true;
  private headerDone = false;
  private dataRows = 0;
  private readonly fastParse: FastRecordParser | null;

  constructor(
    def: SheetDef,
    private readonly options: SheetReadOptions,
  ) {
    this.read = {
      def, columnOf: new Map(), rows: emptyRows(def), problems: [], omittedProblems: 0, problemCap: options.maxProblems, warnings: [],
      streamed: options.onRecords !== undefined,
    };
    this.fastParse = fastRecordParser(def.schema);
  }

  wantsCell(row: number, column: number): boolean {
    return row === 1 || this.wanted.has(column);
  }

  row(rowNumber: number, cells: ReadonlyMap<number, PlainCell>, hasValues: boolean): boolean {
    if (rowNumber === 1) {
      if (hasValues) this.header(cells);
      return true;
    }
    if (!hasValues) return true;
    if (!this.headerDone) this.header(new Map());
    if (++this.dataRows > this.options.maxRows) {
      this.refuseRowCount();
      return false;
    }
    this.dataRow(rowNumber, cells);
    return true;
  }

  finish(): SheetRead {
    this.flush();
    return this.read;
  }

  private batch: unknown[] = [];

  private flush(): void {
    if (this.batch.length === 0 || !this.options.onRecords) return;
    const batch = this.batch;
    this.batch = [];
    this.options.onRecords(batch);
  }

  private header(cells: ReadonlyMap<number, PlainCell>): void {
    if (this.headerDone) return;
    this.headerDone = true;
    readHeader(this.read, cells, this.options.date1904);
    this.validate = this.read.problems.length + this.read.omittedProblems === 0;
    this.present = this.read.def.columns.flatMap((c) => {
      const column = this.read.columnOf.get(c.field);
      return column === undefined ? [] : [{ ...c, column }];
    });
    this.wanted = new Set(this.present.map((c) => c.column));
  }

  /** Refuses the sheet for having more rows than the limit (whatever was read of it is dropped). */
  refuseRowCount(): void {
    const max = this.options.maxRows.toLocaleString('en-GB');
    this.read.rows = emptyRows(this.read.def);
    this.batch = [];
    this.read.problems = [];
    this.read.omittedProblems = 0;
    addProblem(this.read, { row: 1, column: 1, message: `the sheet has more than ${max} rows; IPS Desk imports at most ${max} rows per sheet` });
  }

  private dataRow(rowNumber: number, cells: ReadonlyMap<number, PlainCell>): void {
    const read = this.read;
    const input: Record<string, unknown> = {};
    const badCells = new Set<string>();
    let blank = true;
    for (const column of this.present) {
      const cell = cells.get(column.column);
      if (cell === undefined) continue;
      blank = false;
      if (!cell.ok) {
        badCells.add(column.field);
        addProblem(read, { row: rowNumber, column: column.column, message: `${column.field} ${cell.message}` });
        continue;
      }
      const converted = cellInput(column, cell.value, this.options.date1904);
      if (converted !== undefined) input[column.field] = converted;
    }
    if (blank) return;

    let record: unknown = null;
    if (this.validate) {
      record = this.recordOf(rowNumber, input, badCells);
      if (record !== null) {
        for (const p of rowRuleProblems(read.def, record, this.options)) {
          addProblem(read, { row: rowNumber, column: read.columnOf.get(p.field) ?? 1, message: p.message });
          record = null;
        }
      }
    }
    const { rows } = read;
    rows.numbers.push(rowNumber);
    for (const field of KEY_FIELDS) rows.ids[field]?.push(idText(input[field]));
    if (record !== null && this.options.onRecords) {
      this.batch.push(record);
      if (this.batch.length >= RECORD_BATCH) this.flush();
    } else if (!this.read.streamed) {
      rows.records.push(record);
    }
  }

  /** The row's record, or null with its problems added: plainly valid rows skip zod's machinery (fast-parse.ts). */
  private recordOf(rowNumber: number, input: Record<string, unknown>, badCells: ReadonlySet<string>): unknown {
    const read = this.read;
    if (badCells.size === 0 && this.fastParse) {
      const fast = this.fastParse(input);
      if (fast !== DEFER) return fast;
    }
    const parsed = read.def.schema.safeParse(input);
    for (const issue of parsed.error?.issues ?? []) {
      const field = issueField(issue);
      if (field !== null && badCells.has(field)) continue;
      const column = (field !== null && read.columnOf.get(field)) || 1;
      const def = field === null ? undefined : read.def.columns.find((c) => c.field === field);
      addProblem(read, { row: rowNumber, column, message: workbookMessage(issue.message, def, field === null ? undefined : input[field]) });
    }
    return parsed.success && badCells.size === 0 ? parsed.data : null;
  }
}

function emptyRows(def: SheetDef): SheetRows {
  const ids: SheetRows['ids'] = {};
  for (const field of KEY_FIELDS) if (def.columns.some((c) => c.field === field)) ids[field] = [];
  return { numbers: [], ids, records: [] };
}
