import type { CellValue, Worksheet } from 'exceljs';
import type { z } from 'zod';
import { cellInput, isBlank, plainCellValue, type CellScalar } from './interchange-cell-read';
import type { SheetDef } from './interchange-columns';

/** A problem at a cell of one sheet (row and column are 1-based, as in the file). */
export interface CellProblem {
  row: number;
  column: number;
  message: string;
}

export interface SheetRow {
  row: number;
  /** The values handed to the schema, keyed by field: kept for cross-row checks on rows that failed. */
  input: Record<string, unknown>;
  /** The parsed record, or null when the row has problems. */
  record: unknown;
}

export interface SheetRead {
  def: SheetDef;
  /** Field → 1-based column number, for the columns the sheet has. */
  columnOf: Map<string, number>;
  rows: SheetRow[];
  /** At most `problemCap` problems are kept; the rest are only counted, so a wholly wrong file stays small. */
  problems: CellProblem[];
  omittedProblems: number;
  problemCap: number;
  warnings: string[];
}

export interface SheetReadOptions {
  date1904: boolean;
  maxRows: number;
  maxProblems: number;
}

export function addProblem(read: SheetRead, problem: CellProblem): void {
  if (read.problems.length < read.problemCap) read.problems.push(problem);
  else read.omittedProblems += 1;
}

export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function headerText(value: CellValue | undefined): string {
  const plain = plainCellValue(value);
  if (!plain.ok || plain.value === null) return '';
  return (plain.value instanceof Date ? plain.value.toISOString() : String(plain.value)).trim();
}

/** Reads row 1: which known fields are where; unknown names are warnings, missing required ones problems. */
function readHeader(def: SheetDef, worksheet: Worksheet, read: SheetRead): void {
  const known = new Map(def.columns.map((c) => [c.field, c]));
  const byLowerCase = new Map(def.columns.map((c) => [c.field.toLowerCase(), c.field]));
  worksheet.getRow(1).eachCell({ includeEmpty: false }, (cell, column) => {
    const name = headerText(cell.value);
    if (name === '') return;
    const address = `${def.name}!${columnLetter(column)}1`;
    if (!known.has(name)) {
      const hint = byLowerCase.get(name.toLowerCase());
      read.warnings.push(`${address}: unknown column "${name}" ignored${hint ? ` (did you mean "${hint}"?)` : ''}`);
      return;
    }
    const earlier = read.columnOf.get(name);
    if (earlier !== undefined) {
      addProblem(read, { row: 1, column, message: `column "${name}" appears twice (also ${columnLetter(earlier)}1)` });
      return;
    }
    read.columnOf.set(name, column);
  });
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

/**
 * Reads one interchange sheet: header, then every non-blank row converted and validated with the record
 * schema. When the header itself is wrong, rows are converted (for the cross-row checks) but not validated,
 * so one missing column does not bury the real message under a problem per row.
 */
export function readInterchangeSheet(def: SheetDef, worksheet: Worksheet, options: SheetReadOptions): SheetRead {
  const read: SheetRead = {
    def, columnOf: new Map(), rows: [], problems: [], omittedProblems: 0, problemCap: options.maxProblems, warnings: [],
  };
  if (worksheet.actualRowCount === 0) return read;

  const headerHasValues = worksheet.getRow(1).hasValues;
  const dataRows = worksheet.actualRowCount - (headerHasValues ? 1 : 0);
  if (dataRows > options.maxRows) {
    const message =
      `the sheet has ${dataRows.toLocaleString('en-GB')} rows; IPS Desk imports at most ` +
      `${options.maxRows.toLocaleString('en-GB')} rows per sheet`;
    addProblem(read, { row: 1, column: 1, message });
    return read;
  }

  readHeader(def, worksheet, read);
  const validate = read.problems.length + read.omittedProblems === 0;
  const present = def.columns.flatMap((c) => {
    const column = read.columnOf.get(c.field);
    return column === undefined ? [] : [{ ...c, column }];
  });

  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const values = row.values as CellValue[];
    const input: Record<string, unknown> = {};
    const badCells = new Set<string>();
    const rowProblems: CellProblem[] = [];
    let blank = true;
    for (const { field, kind, column } of present) {
      const plain = plainCellValue(values[column]);
      if (!plain.ok) {
        badCells.add(field);
        rowProblems.push({ row: rowNumber, column, message: `${field} ${plain.message}` });
        blank = false;
        continue;
      }
      const value: CellScalar = plain.value;
      if (!isBlank(value)) blank = false;
      const converted = cellInput(kind, value, options.date1904);
      if (converted !== undefined) input[field] = converted;
    }
    if (blank) return;
    for (const problem of rowProblems) addProblem(read, problem);

    let record: unknown = null;
    if (validate) {
      const parsed = def.schema.safeParse(input);
      if (parsed.success && badCells.size === 0) record = parsed.data;
      for (const issue of parsed.error?.issues ?? []) {
        const field = issueField(issue);
        if (field !== null && badCells.has(field)) continue;
        const column = (field !== null && read.columnOf.get(field)) || 1;
        addProblem(read, { row: rowNumber, column, message: issue.message });
      }
    }
    read.rows.push({ row: rowNumber, input, record });
  });
  return read;
}
