import { isBlank, plainCell, type PlainCell } from './interchange-cell-read';
import { TextCollector, type SharedString } from './shared-strings-read';
import type { DateStyles } from './styles-read';
import { parsePart, type WorkbookPackage } from './workbook-package';
import { StopParsing } from './xml-stream';

/**
 * Streams the cells of one worksheet part, row by row, to a sink. Only <sheetData> is read: reading stops at
 * its end, so merged ranges, data validations, conditional formats and everything after them are never even
 * unpacked. Rows and cells may come without `r` references (the next row or column is then meant).
 */
export interface SheetRowSink {
  /** Whether a cell of this row and column is wanted; unwanted cells only count towards `hasValues`. */
  wantsCell(row: number, column: number): boolean;
  /** One row's wanted, non-blank cells; returns false to stop reading the sheet. */
  row(rowNumber: number, cells: ReadonlyMap<number, PlainCell>, hasValues: boolean): boolean;
}

export interface CellLookups {
  sharedStrings: readonly SharedString[];
  dateStyles: DateStyles;
}

/** Excel's own limits: a sheet beyond them was not made by a spreadsheet application. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

export class SheetBeyondExcelLimits extends Error {
  constructor(readonly what: 'rows' | 'columns') {
    super(`more ${what} than Excel allows`);
  }
}

/** `BC12` → 55 (the column); 0 when the reference has no column letters. */
function columnOfRef(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column;
}

/** The cell being read; `plainCell` turns it into a value when it closes. */
export class CellState {
  column = 0;
  type = 'n';
  style = 0;
  wanted = false;
  hasFormula = false;
  value: TextCollector | null = null;
  inline: TextCollector | null = null;
}

export async function readSheetRows(
  pkg: WorkbookPackage,
  part: string,
  lookups: CellLookups,
  sink: SheetRowSink,
  maxPartBytes: number,
): Promise<void> {
  let inSheetData = false;
  let rowNumber = 0;
  let rowElements = 0;
  let cellsInRow = 0;
  let cells = new Map<number, PlainCell>();
  let hasValues = false;
  let cell: CellState | null = null;
  /** The column of the row's last cell, for a next cell without a reference. */
  let lastColumn = 0;
  /** Where text goes: the <v> of a cell, or a <t> of an inline string (not inside a phonetic guide). */
  let target: TextCollector | null = null;
  let phonetic = 0;

  await parsePart(
    pkg,
    part,
    {
      open(name, attributes) {
        if (!inSheetData) {
          if (name === 'sheetData') inSheetData = true;
          return;
        }
        switch (name) {
          case 'row': {
            if (++rowElements > EXCEL_MAX_ROWS) throw new SheetBeyondExcelLimits('rows');
            const r = Number(attributes.r);
            rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
            cellsInRow = 0;
            lastColumn = 0;
            cells = new Map();
            hasValues = false;
            return;
          }
          case 'c': {
            if (++cellsInRow > EXCEL_MAX_COLUMNS) throw new SheetBeyondExcelLimits('columns');
            const ref = attributes.r;
            cell = new CellState();
            cell.column = (ref === undefined ? 0 : columnOfRef(ref)) || lastColumn + 1;
            lastColumn = cell.column;
            cell.type = attributes.t ?? 'n';
            cell.style = attributes.s === undefined ? 0 : Number(attributes.s);
            cell.wanted = cell.column <= EXCEL_MAX_COLUMNS && sink.wantsCell(rowNumber, cell.column);
            return;
          }
          case 'v':
            if (cell) target = cell.value = new TextCollector();
            return;
          case 'f':
            if (cell) cell.hasFormula = true;
            return;
          case 'is':
            if (cell) cell.inline = new TextCollector();
            return;
          case 'rPh':
            phonetic++;
            return;
          case 't':
            if (cell?.inline && phonetic === 0) target = cell.inline;
            return;
        }
      },
      close(name) {
        if (!inSheetData) return;
        switch (name) {
          case 'v':
          case 't':
            target = null;
            return;
          case 'rPh':
            phonetic--;
            return;
          case 'c': {
            if (!cell) return;
            if (cell.wanted) {
              const value = plainCell(cell, lookups);
              if (!(value.ok && isBlank(value.value))) {
                cells.set(cell.column, value);
                hasValues = true;
              }
            } else if (cell.type === 'e' || cell.value?.hasText() || cell.inline?.hasText()) {
              hasValues = true;
            }
            target = null;
            cell = null;
            return;
          }
          case 'row':
            if (!sink.row(rowNumber, cells, hasValues)) throw new StopParsing();
            return;
          case 'sheetData':
            // Everything after the cells (merges, validations, formats) is of no interest.
            throw new StopParsing();
        }
      },
      text(text, cut) {
        if (target && (cell?.wanted || text !== '')) target.add(cell?.wanted ? text : 'x', cut);
      },
    },
    maxPartBytes,
  );
}
