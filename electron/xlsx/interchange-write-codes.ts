import type { CodeList } from '../../shared/codes';
import { CODES_SHEET_NAME, INTERCHANGE_SHEETS, type ColumnDef } from './interchange-columns';
import { columnLetter } from './interchange-sheet-read';
import { cellFormats, cellXml, sheetEndXml, sheetStartXml, type ListValidation, type SheetColumn } from './workbook-write/sheet-xml';
import type { SheetSource } from './workbook-write/workbook-stream';

/**
 * The Codes sheet of an exported workbook and the dropdowns that use it. Every code list of a coded column is
 * listed once, code beside label, under the columns that use it; each coded column offers its list's codes
 * as a dropdown (discharge reasons only suggest: other text is allowed). The import reads a code or its
 * label alike (interchange-codes.ts), and never reads this sheet.
 */
export interface CodesBlock {
  list: CodeList;
  columns: string[];
  /** Rows of the block in the Codes sheet (its codes are in column B). */
  firstRow: number;
  lastRow: number;
}

/** The lists that only suggest: a value outside them is kept as written. */
const SUGGESTION_FIELDS = new Set(['discharge_reason']);
/** Dropdowns reach this many rows below the last record, for rows added by hand. */
const SPARE_ROWS = 1_000;

export function codesSheet(): CodesBlock[] {
  const blocks: CodesBlock[] = [];
  for (const def of INTERCHANGE_SHEETS) {
    for (const column of def.columns) {
      if (!column.codes) continue;
      const name = `${def.name}: ${column.field}${SUGGESTION_FIELDS.has(column.field) ? ' (suggestions; other text allowed)' : ''}`;
      const block = blocks.find((b) => b.list === column.codes);
      if (block) block.columns.push(name);
      else blocks.push({ list: column.codes, columns: [name], firstRow: 0, lastRow: 0 });
    }
  }
  let row = 2;
  for (const block of blocks) {
    block.firstRow = row;
    block.lastRow = row + block.list.values.length - 1;
    row = block.lastRow + 1;
  }
  return blocks;
}

export interface ColumnValidation {
  range(column: number): string;
  rule: Omit<ListValidation, 'sqref'>;
}

export function validationFor(column: ColumnDef, blocks: readonly CodesBlock[], records: number): ColumnValidation | null {
  const range = (n: number) => `${columnLetter(n)}2:${columnLetter(n)}${records + 1 + SPARE_ROWS}`;
  if (column.kind === 'yes_no') {
    return {
      range,
      rule: { formula: '"yes,no"', errorStyle: 'stop', errorTitle: 'yes or no', error: 'Type yes or no.' },
    };
  }
  // A list of several codes in one cell cannot be a dropdown choice.
  if (!column.codes || column.kind === 'code_list') return null;
  const block = blocks.find((b) => b.list === column.codes);
  if (!block) return null;
  const suggestion = SUGGESTION_FIELDS.has(column.field);
  return {
    range,
    rule: {
      formula: `${CODES_SHEET_NAME}!$B$${block.firstRow}:$B$${block.lastRow}`,
      errorStyle: suggestion ? 'information' : 'stop',
      errorTitle: suggestion ? 'Not a suggested reason' : 'Not a code',
      error: suggestion
        ? 'This is not one of the suggested reasons; it will be kept as written.'
        : `Choose a code from the list: the ${CODES_SHEET_NAME} sheet shows what each one means.`,
    },
  };
}

const CODES_COLUMNS: readonly SheetColumn[] = [
  { header: 'columns', width: 60, style: 'general' },
  // Text, so that codes such as 01 and 99 stay as they are.
  { header: 'code', width: 24, style: 'text' },
  { header: 'label', width: 50, style: 'general' },
];

export function codesSheetSource(blocks: readonly CodesBlock[]): SheetSource {
  return {
    name: CODES_SHEET_NAME,
    async write(out, strings) {
      const formats = cellFormats(CODES_COLUMNS);
      out.add(sheetStartXml(CODES_COLUMNS, strings));
      let row = 2;
      for (const block of blocks) {
        const columns = block.columns.join('; ');
        for (const code of block.list.values) {
          const cells = [columns, code, block.list.labels[code] ?? code].map((value, i) => cellXml(formats[i]!, row, value, strings));
          out.add(`<row r="${row}">${cells.join('')}</row>`);
          row++;
        }
      }
      out.add(sheetEndXml([]));
    },
  };
}
