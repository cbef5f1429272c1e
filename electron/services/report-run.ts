import type { DatabaseReader } from '../../db/access';
import { readContactFacts } from '../../db/repositories/report-facts';
import { readNewRecruitsDeclaringMh } from '../../db/repositories/report-hand-entered';
import { readReportRecords, type ReportRecords } from '../../db/repositories/report-records';
import type { IsoDate } from '../../shared/dates';
import { computeReport, toPublicMetric, type Report, type ReportInput } from '../../shared/outcomes';
import { parsePeriod, quartersOf, type Period } from '../../shared/period';
import { financialYearOfPeriod } from '../../shared/report-period';
import { TREND_METRIC_IDS, type TrendPoint } from '../../shared/ipc/reports';

/** The open database as the vault hands it out to readers: drizzle for small reads, prepared statements for bulk. */
export type ReportDatabase = DatabaseReader;

export type DatabaseReport = { report: Report; handEnteredYear: string | null };

export type DatabaseReportInput = { input: ReportInput; handEnteredYear: string | null };

function inputFrom(database: ReportDatabase, records: ReportRecords, period: Period, asOf: IsoDate): DatabaseReportInput {
  const handEnteredYear = financialYearOfPeriod(period);
  const input: ReportInput = {
    ...records,
    contactFacts: readContactFacts(database.raw, period, asOf),
    handEntered: { new_recruits_declaring_mh: handEnteredYear ? readNewRecruitsDeclaringMh(database.db, handEnteredYear) : null },
  };
  return { input, handEnteredYear };
}

function reportFrom(database: ReportDatabase, records: ReportRecords, period: Period, asOf: IsoDate): DatabaseReport {
  const { input, handEnteredYear } = inputFrom(database, records, period, asOf);
  return { report: computeReport(input, period, asOf), handEnteredYear };
}

/**
 * Every DOMAIN §4 figure for `period` as the data stood on `asOf`, from the database: the records the engine
 * needs (lean, see report-records.ts), contacts aggregated in SQL (report-facts.ts) and D7 for the period's
 * financial year. Reads in one transaction so the figures come from one consistent state of the file.
 */
export function runDatabaseReport(database: ReportDatabase, period: Period, asOf: IsoDate): DatabaseReport {
  return database.raw.snapshot(() => reportFrom(database, readReportRecords(database.raw), period, asOf));
}

/**
 * What runDatabaseReport computes from, read the same way and in one transaction, for work that needs the
 * records themselves (returns: the report is computed from it only if a figure asks for it, and the
 * client-level return's rows come from the same records).
 */
export function readDatabaseReportInput(database: ReportDatabase, period: Period, asOf: IsoDate): DatabaseReportInput {
  return database.raw.snapshot(() => inputFrom(database, readReportRecords(database.raw), period, asOf));
}

function trendPoint(database: ReportDatabase, records: ReportRecords, name: string, asOf: IsoDate): TrendPoint {
  const period = parsePeriod(name);
  const { report } = reportFrom(database, records, period, asOf);
  return {
    period: name,
    label: period.label,
    start: period.start,
    end: period.end,
    started: period.start <= asOf,
    metrics: Object.fromEntries(TREND_METRIC_IDS.map((id) => [id, toPublicMetric(report.metrics[id])])) as TrendPoint['metrics'],
  };
}

/** The trend metrics for each quarter of `financialYear` and for the year: records read once, facts per period. */
export function runDatabaseTrend(database: ReportDatabase, financialYear: string, asOf: IsoDate): { quarters: TrendPoint[]; year: TrendPoint } {
  return database.raw.snapshot(() => {
    const records = readReportRecords(database.raw);
    return {
      quarters: quartersOf(financialYear).map((q) => trendPoint(database, records, q, asOf)),
      year: trendPoint(database, records, financialYear, asOf),
    };
  });
}
