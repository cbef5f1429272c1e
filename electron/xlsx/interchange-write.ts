import ExcelJS from 'exceljs';
import { INTERCHANGE_SHEETS, type CellKind, type ColumnDef, type InterchangeRecords } from './interchange-columns';

/**
 * Writes records in the interchange layout (DOMAIN §5) so that reading the file back gives the same
 * records: every sheet with its header (even with no rows), dates as real date cells, codes as text.
 */
const DATE_FORMAT = 'dd/mm/yyyy';
/** Excel's Text format: keeps `01`, `99` and NHS numbers as typed when someone edits the file. */
const TEXT_FORMAT = '@';
const MIN_WIDTH = 10;
const MAX_WIDTH = 40;
const DATE_WIDTH = 12;

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

function widthOf(column: ColumnDef, values: readonly WrittenValue[]): number {
  if (column.kind === 'date') return Math.max(DATE_WIDTH, column.field.length + 2);
  const longest = values.reduce<number>((max, v) => Math.max(max, v === null ? 0 : String(v).length), column.field.length);
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

export async function writeInterchangeWorkbook(records: InterchangeRecords): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'IPS Desk';
  for (const def of INTERCHANGE_SHEETS) {
    const worksheet = workbook.addWorksheet(def.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const rows = (records[def.key] as readonly object[]).map((record) =>
      def.columns.map((column) => cellValue(column, (record as Record<string, unknown>)[column.field])),
    );
    worksheet.columns = def.columns.map((column, i) => ({
      header: column.field,
      key: column.field,
      width: widthOf(column, rows.map((row) => row[i] ?? null)),
    }));
    def.columns.forEach((column, i) => {
      const numFmt = numFmtOf(column.kind);
      // Set on the column (so rows typed in later get it) before any data cell exists.
      if (numFmt) worksheet.getColumn(i + 1).numFmt = numFmt;
    });
    const header = worksheet.getRow(1);
    header.font = { bold: true };
    header.numFmt = 'General';
    for (const row of rows) worksheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
