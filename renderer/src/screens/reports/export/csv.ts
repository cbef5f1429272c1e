import { formatUkDate } from '../../../../../shared/dates';
import type { ExportCell, ExportTable } from '../../../../../shared/ipc/exports';

/**
 * A table as CSV (RFC 4180: commas, double quotes, CRLF), as a spreadsheet opened in the UK reads it:
 * dates dd/mm/yyyy, shares as percentages. Text that a spreadsheet would run as a formula (=, +, -, @ at
 * the start) is given a leading apostrophe, so a name in the records can never become a formula on the
 * manager's computer (OWASP "CSV injection").
 */

const FORMULA_START = /^[=+\-@\t\r]/;

function cellText(cell: ExportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'string') return FORMULA_START.test(cell) ? `'${cell}` : cell;
  if ('percent' in cell) return `${(cell.percent * 100).toFixed(1)}%`;
  return formatUkDate(cell.date);
}

function quoted(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text, starting with a byte-order mark so spreadsheet programs read it as UTF-8. */
export function toCsv(table: Pick<ExportTable, 'columns' | 'rows'>): string {
  const lines = [table.columns.map((c) => quoted(c.header)), ...table.rows.map((row) => row.map((cell) => quoted(cellText(cell))))];
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}
