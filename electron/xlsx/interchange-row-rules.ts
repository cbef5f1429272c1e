import { formatUkDate, todayIso, type IsoDate } from '../../shared/dates';
import type { SheetDef } from './interchange-columns';

/**
 * Rules the import adds to the record schemas: dates that are real but cannot be right in a caseload, and
 * usually come from a slip in a spreadsheet (a two-digit year, a serial typed as a number, a date a century
 * out). The form has no such slips; a workbook of thousands of rows does.
 */
export interface RowRuleOptions {
  /** The manager's today: a referral more than a year after it is refused. */
  today?: IsoDate;
}

export interface RowRuleProblem {
  field: string;
  message: string;
}

const EARLIEST_REFERRAL = '1900-01-01';

export function rowRuleProblems(def: SheetDef, record: unknown, options: RowRuleOptions): RowRuleProblem[] {
  if (def.key !== 'clients') return [];
  const referral = (record as { referral_date: IsoDate }).referral_date;
  if (referral < EARLIEST_REFERRAL) {
    return [{ field: 'referral_date', message: `Referral date ${formatUkDate(referral)} is before 1900` }];
  }
  const today = options.today ?? todayIso();
  // The same day a year on (29 February compares as the day after 28 February, as it should).
  const latest = `${String(Number(today.slice(0, 4)) + 1).padStart(4, '0')}${today.slice(4)}`;
  if (referral > latest) {
    return [{ field: 'referral_date', message: `Referral date ${formatUkDate(referral)} is more than a year after today (${formatUkDate(today)})` }];
  }
  return [];
}
