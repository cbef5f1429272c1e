import { isIsoDate, type IsoDate } from './dates';
import { financialYearOf, parsePeriod, type Period } from './period';

/**
 * The period and as-of date of a report as a person types them (reports screen, CLI), with messages that
 * show the three accepted spellings. parsePeriod (shared/period.ts) does the parsing.
 */
export const PERIOD_SPELLINGS = 'a financial year like 2025-26, a quarter like 2025-26-Q3 or a range like 2025-04-01..2025-09-30';

/**
 * `2025-26`, `2025-26-Q3` or `2025-04-01..2025-09-30` → the Period. Throws an Error such as
 * `Period "2025-27" is not a financial year like 2025-26, … : the second year must follow the first (2025-26)`.
 */
export function parseReportPeriod(text: string): Period {
  const t = text.trim();
  if (t === '') throw new Error(`Period is required: give ${PERIOD_SPELLINGS}`);
  try {
    return parsePeriod(t);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // parsePeriod says `Period "x": <what is wrong>` when the spelling was recognised; keep that detail.
    const prefix = `Period "${t}": `;
    const detail = message.startsWith(prefix) ? `: ${message.slice(prefix.length)}` : '';
    throw new Error(`Period "${t}" is not ${PERIOD_SPELLINGS}${detail}`, { cause: error });
  }
}

/** Checks an as-of date; `label` names the field (`As-of date`, `--as-of`). */
export function checkAsOfDate(text: string, label = 'As-of date'): IsoDate {
  const t = text.trim();
  if (!isIsoDate(t)) throw new Error(`${label} "${t}" is not a real date (YYYY-MM-DD)`);
  return t;
}

/**
 * The financial year whose hand-entered figures (D7) belong with a period: the one holding the whole
 * period, or null when a custom range spans two years.
 */
export function financialYearOfPeriod(period: { start: IsoDate; end: IsoDate }): string | null {
  const year = financialYearOf(period.start);
  return financialYearOf(period.end) === year ? year : null;
}
