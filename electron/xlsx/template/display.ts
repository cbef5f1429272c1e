import { formatUkDate } from '../../../shared/dates';
import { fromDayNumber, toDayNumber } from '../../../shared/dates';
import { isDateFormat } from './styles';

/**
 * A cell's value as the template preview shows it: close to what the spreadsheet shows for the common
 * formats (General, fixed decimals, thousands separators, percentages, dates as dd/mm/yyyy), not a full
 * implementation of Excel's number format language.
 */
const EPOCH_1900 = toDayNumber('1899-12-30');
const EPOCH_1904 = toDayNumber('1904-01-01');

function decimalsOf(section: string): number {
  const m = /\.([0#?]+)/.exec(section);
  return m ? m[1]!.length : 0;
}

function general(n: number): string {
  if (Number.isInteger(n)) return String(n);
  const fixed = Number(n.toPrecision(10));
  return String(fixed);
}

export function displayNumber(n: number, format: string, date1904: boolean): string {
  if (!Number.isFinite(n)) return '';
  const section = format.split(';')[n < 0 && format.includes(';') ? 1 : 0] ?? format;
  if (/^general$/i.test(section.trim()) || section.trim() === '' || section.trim() === '@') return general(n);
  if (isDateFormat(section)) {
    const day = Math.floor(n) + (date1904 ? EPOCH_1904 : EPOCH_1900);
    return formatUkDate(fromDayNumber(day));
  }
  const bare = section.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  const percent = bare.includes('%');
  const value = Math.abs(percent ? n * 100 : n);
  const decimals = decimalsOf(bare);
  let text = value.toFixed(decimals);
  if (bare.includes(',')) {
    const [whole, frac] = text.split('.');
    text = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
  }
  const sign = n < 0 && !format.includes(';') ? '-' : '';
  const literal = (section.match(/"([^"]*)"/g) ?? []).map((q) => q.slice(1, -1));
  return `${sign}${text}${percent ? '%' : ''}${literal.length > 0 && /0"/.test(section) ? literal.join('') : ''}`;
}
