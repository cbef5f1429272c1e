import { todayIso, type IsoDate } from '../../shared/dates';
import type { Period } from '../../shared/period';
import { checkAsOfDate, parseReportPeriod } from '../../shared/report-period';
import { stringFlag } from './args';
import { UsageError, type ParsedFlags } from './types';

/** The period and as-of flags of every command that computes figures (report, fidelity suggest). */
export const periodFlags = {
  period: { value: 'P', required: true, description: 'financial year 2025-26, quarter 2025-26-Q3 or range 2025-04-01..2025-09-30' },
  'as-of': { value: 'YYYY-MM-DD', description: 'the date the data is true at (default: today)' },
} as const;

/** Turns a bad flag value into a usage error that names the flag. */
function checked<T>(flag: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw new UsageError(`--${flag}: ${(error as Error).message}`);
  }
}

/** Reads --period and --as-of (default: today), refusing a bad value with the flag named. */
export function readPeriodFlags(flags: ParsedFlags): { periodText: string; period: Period; asOf: IsoDate } {
  const periodText = stringFlag(flags, 'period')!;
  const period = checked('period', () => parseReportPeriod(periodText));
  const asOfFlag = stringFlag(flags, 'as-of');
  const asOf = asOfFlag === undefined ? todayIso() : checked('as-of', () => checkAsOfDate(asOfFlag, 'As-of date'));
  return { periodText, period, asOf };
}
