import { format, isValid, parse, parseISO } from 'date-fns';

/**
 * Calendar dates (DOMAIN §1): no time, no zone. Stored and exchanged as ISO `YYYY-MM-DD`, shown `dd/mm/yyyy`.
 * The outcome engine works on day numbers (days since 1970-01-01, UTC) because its maths is all
 * "days between" and scanning day runs; integers make that exact and fast.
 */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A real calendar date written `YYYY-MM-DD`, from the year 100 on (years before it are no date anyone here
 * means). Arithmetic, not a Date: an import checks hundreds of thousands of dates.
 */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  if (y < 100 || m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]!);
}

/** Days since 1970-01-01 for an ISO date. Assumes a valid ISO date (validate at the edges). */
export function toDayNumber(iso: IsoDate): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** DOMAIN §1: days(a, b) = b − a. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** Today's calendar date on this computer (local time: a manager's "today"). */
export function todayIso(now: Date = new Date()): IsoDate {
  return format(now, 'yyyy-MM-dd');
}

/** `2026-03-31` → `31/03/2026`; blank stays blank. */
export function formatUkDate(iso: IsoDate | null | undefined): string {
  if (!iso) return '';
  const d = parseISO(iso);
  return isValid(d) ? format(d, 'dd/MM/yyyy') : iso;
}

/** Accepts `dd/mm/yyyy` (UK entry) or ISO; returns ISO or null when it is not a real date. */
export function parseUkDate(text: string): IsoDate | null {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const d = parse(trimmed, 'dd/MM/yyyy', new Date(2000, 0, 1));
  if (!isValid(d) || !/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(trimmed)) return null;
  return format(d, 'yyyy-MM-dd');
}

/** Whole years from `from` to `to` (age at referral: a birthday on the day itself counts). */
export function wholeYearsBetween(from: IsoDate, to: IsoDate): number {
  const [fy, fm, fd] = [Number(from.slice(0, 4)), Number(from.slice(5, 7)), Number(from.slice(8, 10))];
  const [ty, tm, td] = [Number(to.slice(0, 4)), Number(to.slice(5, 7)), Number(to.slice(8, 10))];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

/**
 * A moment (an ISO timestamp) as the computer's own clock shows it: `15/01/2026 10:05`, or with seconds
 * `15/01/2026 10:05:09` where entries can come seconds apart (the audit trail). Unreadable text is shown as is.
 */
export function formatUkDateTime(iso: string, withSeconds = false): string {
  const moment = parseISO(iso);
  return isValid(moment) ? format(moment, withSeconds ? 'dd/MM/yyyy HH:mm:ss' : 'dd/MM/yyyy HH:mm') : iso;
}
