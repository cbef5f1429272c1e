import { isBlank, plainCell, type PlainCell } from './interchange-cell-read';
import { TextCollector, type SharedString } from './shared-strings-read';
import type { DateStyles } from './styles-read';
import { parsePart, type WorkbookPackage } from './workbook-package';
import { StopParsing } from './xml-stream';
import { UnpackBudget, unpackEntry } from './zip/zip-inflate';
import { findEntry } from './zip/zip-directory';

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

/** The cell being read; `plainCell` turns it into a value when it closes. One is reused for every cell. */
export class CellState {
  column = 0;
  type = 'n';
  style = 0;
  wanted = false;
  hasFormula = false;
  /** The <v> text, or null when the cell has no <v>. */
  value: TextCollector | null = null;
  /** The text of an inline string (<is>), or null when the cell has none. */
  inline: TextCollector | null = null;
  private readonly valueText = new TextCollector();
  private readonly inlineText = new TextCollector();

  start(column: number, type: string, style: number, wanted: boolean): void {
    this.column = column;
    this.type = type;
    this.style = style;
    this.wanted = wanted;
    this.hasFormula = false;
    this.value = null;
    this.inline = null;
  }

  openValue(): TextCollector {
    return (this.value = this.valueText.reset());
  }

  openInline(): TextCollector {
    return (this.inline = this.inlineText.reset());
  }
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
  const state = new CellState();
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
            const column = (ref === undefined ? 0 : columnOfRef(ref)) || lastColumn + 1;
            lastColumn = column;
            const style = attributes.s === undefined ? 0 : Number(attributes.s);
            state.start(column, attributes.t ?? 'n', style, column <= EXCEL_MAX_COLUMNS && sink.wantsCell(rowNumber, column));
            cell = state;
            return;
          }
          case 'v':
            if (cell) target = cell.openValue();
            return;
          case 'f':
            if (cell) cell.hasFormula = true;
            return;
          case 'is':
            if (cell) cell.openInline();
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
    true,
  );
}

const ROW_TAGS = [Buffer.from('<row'), Buffer.from(':row')];
/** Bytes that may follow an element name: space, tab, CR, LF, `>` and `/`. */
const AFTER_NAME = new Set([0x20, 0x09, 0x0d, 0x0a, 0x3e, 0x2f]);

/**
 * At least how many <row> elements the sheet has, counting no further than `limit`: a byte search, with no XML
 * parsing and nothing kept, so that a sheet of a million rows is refused before any of them is read and
 * checked. May count too many (never too few); a count over the limit is then checked row by row.
 * Unpacks against its own budget of `maxPartBytes`, leaving the workbook's for the reading proper.
 */
export async function countRowElements(pkg: WorkbookPackage, part: string, limit: number, maxPartBytes: number): Promise<number> {
  const entry = findEntry(pkg, part);
  if (!entry) return 0;
  let count = 0;
  /** The last bytes of the chunk before, where a tag cut by the chunk boundary may start. */
  let tail: Buffer = Buffer.alloc(0);
  for await (const chunk of unpackEntry(pkg.bytes, entry, new UnpackBudget(maxPartBytes), maxPartBytes)) {
    // Only the seam is copied: the tail with the start of this chunk, searched for tags starting in the tail.
    if (tail.length > 0) count += rowTagsIn(Buffer.concat([tail, chunk.subarray(0, TAG_SPAN)]), tail.length);
    count += rowTagsIn(chunk, chunk.length - TAG_SPAN + 1);
    if (count > limit) return count;
    // A chunk shorter than a tag carries the tail before it forward.
    tail = (chunk.length >= TAG_SPAN - 1 ? chunk : Buffer.concat([tail, chunk])).subarray(-(TAG_SPAN - 1));
  }
  return count;
}

/** A row tag and the byte after its name. */
const TAG_SPAN = 5;

/** The row tags in `bytes` that start before `end`, with the byte after the name there to look at. */
function rowTagsIn(bytes: Buffer, end: number): number {
  let count = 0;
  for (const tag of ROW_TAGS) {
    for (let at = bytes.indexOf(tag); at >= 0 && at < end && at + tag.length < bytes.length; at = bytes.indexOf(tag, at + tag.length)) {
      if (AFTER_NAME.has(bytes[at + tag.length]!)) count++;
    }
  }
  return count;
}
