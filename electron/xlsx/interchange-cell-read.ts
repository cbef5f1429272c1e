import type { CellValue } from 'exceljs';
import { fromDayNumber, parseUkDate } from '../../shared/dates';
import type { CellKind } from './interchange-columns';

/**
 * Turning one spreadsheet cell into the value a record schema expects. Workbooks come from Excel, LibreOffice,
 * Google Sheets and other tools, so the same "yes" or date can arrive as a shared string, an inline string,
 * rich text, a formula's saved result, a boolean or a date-styled number. Anything that cannot be made into
 * the expected type is passed on unchanged, so the schema reports it with its own message naming the field.
 */
export type CellScalar = null | string | number | boolean | Date;

export type PlainCell = { ok: true; value: CellScalar } | { ok: false; message: string };

const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 in the 1900 date system; the 1904 system starts 1,462 days later. */
const SERIAL_OF_UNIX_EPOCH = 25_569;
const SERIAL_1904_OFFSET = 1_462;
/** 31/12/9999, the last date Excel can hold. */
const MAX_SERIAL = 2_958_465;

/** Reduces any exceljs cell value to a scalar; cells holding errors or unsaved formulas are problems. */
export function plainCellValue(value: CellValue | undefined): PlainCell {
  if (value === null || value === undefined) return { ok: true, value: null };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) {
    return { ok: true, value };
  }
  if (typeof value !== 'object') return { ok: false, message: 'holds a value that could not be read' };
  if ('error' in value) return { ok: false, message: `holds the error ${String(value.error)} instead of a value` };
  if ('richText' in value) return { ok: true, value: value.richText.map((run) => run.text).join('') };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined) {
      return { ok: false, message: 'holds a formula with no saved result (open the file in Excel and save it again)' };
    }
    return plainCellValue(result as CellValue);
  }
  if ('hyperlink' in value) return plainCellValue((value as { text?: CellValue }).text ?? null);
  return { ok: false, message: 'holds a value that could not be read' };
}

export function isBlank(value: CellScalar): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** A JS Date built by exceljs from a date serial (UTC midnight) → its calendar date, with no zone drift. */
export function isoFromExcelDate(date: Date): string | null {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return null;
  // Serials stored a hair under the next midnight (floating point in other writers) belong to that next day.
  return fromDayNumber(Math.floor(ms / MS_PER_DAY + 1e-6));
}

export function isoFromSerial(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return null;
  const day = Math.floor(serial + 1e-6) - SERIAL_OF_UNIX_EPOCH + (date1904 ? SERIAL_1904_OFFSET : 0);
  return fromDayNumber(day);
}

function numberAsText(n: number): string {
  // toFixed avoids exponent notation for 10-digit NHS numbers and long numeric ids.
  return Number.isInteger(n) && Math.abs(n) < 1e21 ? n.toFixed(0) : String(n);
}

function scalarAsText(value: Exclude<CellScalar, null>): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberAsText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return isoFromExcelDate(value) ?? 'an invalid date';
}

const NUMERIC_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const YES = new Set(['yes', 'true']);
const NO = new Set(['no', 'false']);

/** The input value for a field of the given kind; blank cells become `undefined` so schema defaults apply. */
export function cellInput(kind: CellKind, value: CellScalar, date1904: boolean): unknown {
  if (isBlank(value)) return undefined;
  const v = value as Exclude<CellScalar, null>;
  switch (kind) {
    case 'text':
    case 'nhs_number':
    case 'code':
      return scalarAsText(v).trim();
    case 'two_digit_code': {
      const text = scalarAsText(v).trim();
      return /^\d$/.test(text) ? `0${text}` : text;
    }
    case 'date':
      if (v instanceof Date) return isoFromExcelDate(v) ?? 'an invalid date';
      if (typeof v === 'number') return isoFromSerial(v, date1904) ?? numberAsText(v);
      if (typeof v === 'string') return parseUkDate(v) ?? v.trim();
      return scalarAsText(v);
    case 'yes_no': {
      if (typeof v === 'boolean') return v;
      const text = scalarAsText(v).trim();
      const lower = text.toLowerCase();
      if (YES.has(lower)) return true;
      if (NO.has(lower)) return false;
      return text;
    }
    case 'yes_no_unknown': {
      if (typeof v === 'boolean') return v ? 'yes' : 'no';
      const text = scalarAsText(v).trim();
      const lower = text.toLowerCase();
      if (YES.has(lower)) return 'yes';
      if (NO.has(lower)) return 'no';
      return lower === 'unknown' ? 'unknown' : text;
    }
    case 'code_list':
      return scalarAsText(v)
        .split(';')
        .map((code) => code.trim())
        .filter((code) => code !== '');
    case 'number': {
      if (typeof v === 'number') return v;
      if (typeof v === 'string' && NUMERIC_TEXT.test(v.trim())) return Number(v.trim());
      return v;
    }
  }
}
