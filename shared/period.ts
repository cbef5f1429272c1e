import { z } from 'zod';
import { daysBetween, formatUkDate, isIsoDate, type IsoDate } from './dates';

/**
 * Reporting periods (DOMAIN §1). A period is inclusive `[start, end]`. Three spellings are accepted:
 * - financial year `2025-26` = 2025-04-01..2026-03-31;
 * - quarter `2025-26-Q1` (Apr–Jun 2025), `Q2` (Jul–Sep), `Q3` (Oct–Dec), `Q4` (Jan–Mar 2026);
 * - custom `YYYY-MM-DD..YYYY-MM-DD` with start ≤ end.
 */
export type Period = { start: IsoDate; end: IsoDate; label: string };
export type PeriodKind = 'year' | 'quarter' | 'custom';

const YEAR = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-(\d{2})-Q(\d)$/i;
const CUSTOM = /^(\S+)\s*\.\.\s*(\S+)$/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

/** First month (1-based) and calendar-year offset of each quarter of a financial year starting in April. */
const QUARTER_MONTHS = [
  { from: 4, to: 6, yearOffset: 0, name: 'April to June' },
  { from: 7, to: 9, yearOffset: 0, name: 'July to September' },
  { from: 10, to: 12, yearOffset: 0, name: 'October to December' },
  { from: 1, to: 3, yearOffset: 1, name: 'January to March' },
] as const;

const pad2 = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** `2025` → `2025-26` (the financial year that starts on 1 April 2025). */
export function financialYearName(startYear: number): string {
  return `${startYear}-${pad2((startYear + 1) % 100)}`;
}

function checkYearPair(text: string, first: string, second: string): number {
  const startYear = Number(first);
  if (startYear < MIN_YEAR || startYear > MAX_YEAR) {
    throw new Error(`Period "${text}": the year must be between ${MIN_YEAR} and ${MAX_YEAR}`);
  }
  if (Number(second) !== (startYear + 1) % 100) {
    throw new Error(
      `Period "${text}": a financial year runs April to March, so the second year must follow the first (${financialYearName(startYear)})`,
    );
  }
  return startYear;
}

function yearPeriod(startYear: number): Period {
  return { start: `${startYear}-04-01`, end: `${startYear + 1}-03-31`, label: `Financial year ${financialYearName(startYear)}` };
}

function quarterPeriod(startYear: number, quarter: number): Period {
  const q = QUARTER_MONTHS[quarter - 1];
  if (!q) throw new Error(`Quarter must be Q1, Q2, Q3 or Q4 (got Q${quarter})`);
  const year = startYear + q.yearOffset;
  return {
    start: `${year}-${pad2(q.from)}-01`,
    end: `${year}-${pad2(q.to)}-${pad2(lastDayOfMonth(year, q.to))}`,
    label: `${financialYearName(startYear)} Q${quarter} (${q.name} ${year})`,
  };
}

/** Label of a custom range, as shown in the UI and in `{{period.label}}`. */
export function customPeriodLabel(start: IsoDate, end: IsoDate): string {
  return `${formatUkDate(start)} to ${formatUkDate(end)}`;
}

/** The kind of a period string, or null if it is none of the three spellings (no date checks). */
export function periodKind(text: string): PeriodKind | null {
  const t = text.trim();
  if (YEAR.test(t)) return 'year';
  if (QUARTER.test(t)) return 'quarter';
  if (CUSTOM.test(t)) return 'custom';
  return null;
}

/** Parses a period string; throws an Error whose message says what is wrong, naming the input. */
export function parsePeriod(text: string): Period {
  const t = text.trim();
  if (t === '') throw new Error('Period is required (for example 2025-26, 2025-26-Q1 or 2025-04-01..2025-06-30)');
  const year = YEAR.exec(t);
  if (year) return yearPeriod(checkYearPair(t, year[1]!, year[2]!));
  const quarter = QUARTER.exec(t);
  if (quarter) {
    const startYear = checkYearPair(t, quarter[1]!, quarter[2]!);
    const q = Number(quarter[3]);
    if (q < 1 || q > 4) throw new Error(`Period "${t}": the quarter must be Q1, Q2, Q3 or Q4`);
    return quarterPeriod(startYear, q);
  }
  const custom = CUSTOM.exec(t);
  if (custom) {
    const [start, end] = [custom[1]!, custom[2]!];
    if (!isIsoDate(start)) throw new Error(`Period "${t}": the start "${start}" is not a real date (YYYY-MM-DD)`);
    if (!isIsoDate(end)) throw new Error(`Period "${t}": the end "${end}" is not a real date (YYYY-MM-DD)`);
    if (start > end) throw new Error(`Period "${t}": the start must be on or before the end`);
    return { start, end, label: customPeriodLabel(start, end) };
  }
  throw new Error(
    `Period "${t}" is not recognised: use a financial year (2025-26), a quarter (2025-26-Q1) or a date range (2025-04-01..2025-06-30)`,
  );
}

/** Like parsePeriod, without throwing. */
export function tryParsePeriod(text: string): { ok: true; period: Period } | { ok: false; message: string } {
  try {
    return { ok: true, period: parsePeriod(text) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/** zod schema for a period string; parses to the Period, with parsePeriod's message on failure. */
export const periodStringSchema = z
  .string({ error: 'Period must be text' })
  .transform((text, ctx) => {
    const parsed = tryParsePeriod(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.message });
      return z.NEVER;
    }
    return parsed.period;
  });

/** A period given as dates (e.g. over IPC): real ISO dates, start ≤ end; the label is optional. */
export const periodRangeSchema = z
  .object({
    start: z.string({ error: 'Period start is required' }).refine(isIsoDate, 'Period start must be a real date (YYYY-MM-DD)'),
    end: z.string({ error: 'Period end is required' }).refine(isIsoDate, 'Period end must be a real date (YYYY-MM-DD)'),
    label: z.string().optional(),
  })
  .refine((p) => p.start <= p.end, { message: 'Period start must be on or before the period end', path: ['end'] });
export type PeriodRange = z.infer<typeof periodRangeSchema>;

/** Financial year name of a date: `2026-03-31` → `2025-26`, `2026-04-01` → `2026-27`. */
export function financialYearOf(date: IsoDate): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return financialYearName(month >= 4 ? year : year - 1);
}

/** Quarter string of a date: `2026-01-15` → `2025-26-Q4`. */
export function quarterOf(date: IsoDate): string {
  const month = Number(date.slice(5, 7));
  const q = month >= 4 ? Math.floor((month - 4) / 3) + 1 : 4;
  return `${financialYearOf(date)}-Q${q}`;
}

/** `2025-26` → `['2025-26-Q1', …, '2025-26-Q4']`. Throws if `fy` is not a financial year. */
export function quartersOf(fy: string): string[] {
  const t = fy.trim();
  if (periodKind(t) !== 'year') throw new Error(`"${fy}" is not a financial year (expected e.g. 2025-26)`);
  parsePeriod(t);
  return [1, 2, 3, 4].map((q) => `${t}-Q${q}`);
}

/** The string for a custom range, `YYYY-MM-DD..YYYY-MM-DD`. */
export function customPeriodString(start: IsoDate, end: IsoDate): string {
  return `${start}..${end}`;
}

export type PeriodOption = { value: string; label: string; start: IsoDate; end: IsoDate; kind: PeriodKind };

function option(value: string): PeriodOption {
  const p = parsePeriod(value);
  return { value, label: p.label, start: p.start, end: p.end, kind: periodKind(value)! };
}

/**
 * Choices for a period picker: for each financial year from the newest (the one holding `today`) back
 * `yearsBack` years, the year then its quarters. Quarters that have not started by `today` are left out.
 */
export function periodOptions(today: IsoDate, yearsBack = 3): PeriodOption[] {
  const newest = Number(financialYearOf(today).slice(0, 4));
  const options: PeriodOption[] = [];
  for (let y = newest; y >= newest - yearsBack; y--) {
    const fy = financialYearName(y);
    options.push(option(fy));
    for (const q of quartersOf(fy)) {
      const o = option(q);
      if (o.start <= today) options.push(o);
    }
  }
  return options;
}

/** Financial years (newest first) covering every date from `from` to `to`, e.g. the span of the data. */
export function financialYearsBetween(from: IsoDate, to: IsoDate): string[] {
  const [a, b] = from <= to ? [from, to] : [to, from];
  const first = Number(financialYearOf(a).slice(0, 4));
  const last = Number(financialYearOf(b).slice(0, 4));
  const years: string[] = [];
  for (let y = last; y >= first; y--) years.push(financialYearName(y));
  return years;
}

/** Number of days in an inclusive period: `end − start + 1`. */
export function periodLengthDays(period: { start: IsoDate; end: IsoDate }): number {
  return daysBetween(period.start, period.end) + 1;
}
