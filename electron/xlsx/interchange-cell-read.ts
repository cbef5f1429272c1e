import { fromDayNumber, parseUkDate } from '../../shared/dates';
import { resolveCode } from './interchange-codes';
import type { ColumnDef } from './interchange-columns';
import { clipText } from './interchange-text';
import { MAX_CELL_CHARS, type OverlongText, type SharedString } from './shared-strings-read';
import type { CellLookups, CellState } from './sheet-xml-read';

/**
 * Turning one spreadsheet cell into the value a record schema expects. Workbooks come from Excel, LibreOffice,
 * Google Sheets and other tools, so the same "yes" or date can arrive as a shared string, an inline string,
 * rich text, a formula's saved result, a boolean or a date-styled number. Anything that cannot be made into
 * the expected type is passed on unchanged, so the schema reports it with its own message naming the field.
 */

/** A number shown with a date format: Excel's serial day number. */
export class ExcelDate {
  constructor(readonly serial: number) {}
}

export type CellScalar = null | string | number | boolean | ExcelDate;

export type PlainCell = { ok: true; value: CellScalar } | { ok: false; message: string };

/** Excel serial of 1970-01-01 in the 1900 date system; the 1904 system starts 1,462 days later. */
const SERIAL_OF_UNIX_EPOCH = 25_569;
const SERIAL_1904_OFFSET = 1_462;
/** Excel's 1900 system counts a 29/02/1900 that never was (serial 60, kept from Lotus 1-2-3): serials below it are a day off. */
const FICTITIOUS_LEAP_DAY = 60;
/** 31/12/9999, the last date Excel can hold. */
const MAX_SERIAL = 2_958_465;

const ok = (value: CellScalar): PlainCell => ({ ok: true, value });
const problem = (message: string): PlainCell => ({ ok: false, message });
const UNREADABLE = problem('holds a value that could not be read');
const NO_RESULT = problem('holds a formula with no saved result (open the file in Excel and save it again)');

function overlong(text: OverlongText): PlainCell {
  const length = text.length === null ? 'over a million' : text.length.toLocaleString('en-GB');
  return problem(`holds ${length} characters; a cell holds at most ${MAX_CELL_CHARS.toLocaleString('en-GB')}`);
}

function textCell(text: SharedString | null, hasFormula: boolean): PlainCell {
  if (text === null) return hasFormula ? NO_RESULT : ok(null);
  return typeof text === 'string' ? ok(text) : overlong(text);
}

/** The value of a cell as the sheet XML gives it (`t` is its type, `s` its style, <v> its value). */
export function plainCell(cell: CellState, lookups: CellLookups): PlainCell {
  const value = cell.value?.result() ?? null;
  if (value !== null && typeof value !== 'string') return overlong(value);
  switch (cell.type) {
    case 's': {
      if (value === null) return ok(null);
      const shared = lookups.sharedStrings[Number(value)];
      return shared === undefined ? problem('refers to text that the workbook does not hold (the file is damaged)') : textCell(shared, false);
    }
    case 'inlineStr':
      return textCell(cell.inline?.result() ?? value, cell.hasFormula);
    case 'str':
      return textCell(value, cell.hasFormula);
    case 'b':
      if (value === null) return textCell(null, cell.hasFormula);
      if (value.trim() === '1' || value.trim() === 'true') return ok(true);
      return value.trim() === '0' || value.trim() === 'false' ? ok(false) : UNREADABLE;
    case 'e':
      return problem(`holds the error ${clipText(value ?? '#N/A')} instead of a value`);
    case 'd':
      // An ISO 8601 date-time; the calendar date is all that matters.
      return value === null ? ok(null) : ok(/^\d{4}-\d{2}-\d{2}/.exec(value.trim())?.[0] ?? value);
    default: {
      if (value === null) return textCell(null, cell.hasFormula);
      const n = value.trim() === '' ? Number.NaN : Number(value);
      if (!Number.isFinite(n)) return UNREADABLE;
      return lookups.dateStyles[cell.style] ? ok(new ExcelDate(n)) : ok(n);
    }
  }
}

export function isBlank(value: CellScalar): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** Day number → ISO date, remembered: a caseload's dates repeat, and a workbook holds hundreds of thousands. */
const isoOfDay = new Map<number, string>();
const ISO_CACHE_SIZE = 100_000;

function isoDay(day: number): string {
  let iso = isoOfDay.get(day);
  if (iso === undefined) {
    if (isoOfDay.size >= ISO_CACHE_SIZE) isoOfDay.clear();
    iso = fromDayNumber(day);
    isoOfDay.set(day, iso);
  }
  return iso;
}

/** The calendar date of an Excel serial, or null when it is not one (0, negative, past 9999, the fictitious 29/02/1900). */
export function isoFromSerial(serial: number, date1904: boolean): string | null {
  // Serials stored a hair under a whole day (floating point in other writers) belong to that day.
  const whole = Math.floor(serial + 1e-6);
  if (!Number.isFinite(serial) || whole > MAX_SERIAL || whole < (date1904 ? 0 : 1)) return null;
  if (date1904) return isoDay(whole - SERIAL_OF_UNIX_EPOCH + SERIAL_1904_OFFSET);
  if (whole === FICTITIOUS_LEAP_DAY) return null;
  return isoDay(whole - SERIAL_OF_UNIX_EPOCH + (whole < FICTITIOUS_LEAP_DAY ? 1 : 0));
}

function numberAsText(n: number): string {
  // toFixed avoids exponent notation for 10-digit NHS numbers and long numeric ids.
  return Number.isInteger(n) && Math.abs(n) < 1e21 ? n.toFixed(0) : String(n);
}

function scalarAsText(value: Exclude<CellScalar, null>, date1904: boolean): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberAsText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return isoFromSerial(value.serial, date1904) ?? numberAsText(value.serial);
}

const NUMERIC_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const YES = new Set(['yes', 'true']);
const NO = new Set(['no', 'false']);

function dateInput(v: Exclude<CellScalar, null>, date1904: boolean): string {
  if (v instanceof ExcelDate) return isoFromSerial(v.serial, date1904) ?? numberAsText(v.serial);
  if (typeof v === 'number') return isoFromSerial(v, date1904) ?? numberAsText(v);
  if (typeof v === 'string') return parseUkDate(v) ?? v.trim();
  return scalarAsText(v, date1904);
}

function code(column: ColumnDef, text: string): string {
  return column.codes ? resolveCode(column.codes, text) : text;
}

function yesNoWord(text: string): boolean | null {
  const lower = text.toLowerCase();
  if (YES.has(lower)) return true;
  return NO.has(lower) ? false : null;
}

/** The input value for a column; blank cells become `undefined` so schema defaults apply. */
export function cellInput(column: ColumnDef, value: CellScalar, date1904: boolean): unknown {
  if (value === null || isBlank(value)) return undefined;
  switch (column.kind) {
    case 'nhs_number':
      return scalarAsText(value, date1904).trim();
    // Free text with suggested codes (discharge reasons) is a code column too: a suggestion's label becomes its code.
    case 'text':
    case 'code':
      return code(column, scalarAsText(value, date1904).trim());
    case 'two_digit_code': {
      const text = scalarAsText(value, date1904).trim();
      return code(column, /^\d$/.test(text) ? `0${text}` : text);
    }
    case 'date':
      return dateInput(value, date1904);
    case 'yes_no': {
      if (typeof value === 'boolean') return value;
      const text = scalarAsText(value, date1904).trim();
      return yesNoWord(text) ?? text;
    }
    case 'yes_no_unknown': {
      if (typeof value === 'boolean') return value ? 'yes' : 'no';
      const text = scalarAsText(value, date1904).trim();
      const word = yesNoWord(text);
      return word === null ? code(column, text) : word ? 'yes' : 'no';
    }
    case 'code_list':
      return scalarAsText(value, date1904)
        .split(';')
        .map((item) => code(column, item.trim()))
        .filter((item) => item !== '');
    case 'number':
      if (value instanceof ExcelDate) return value.serial;
      if (typeof value === 'string' && NUMERIC_TEXT.test(value.trim())) return Number(value.trim());
      return value;
  }
}
