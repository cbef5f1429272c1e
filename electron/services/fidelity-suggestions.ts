import { readContactFacts } from '../../db/repositories/report-facts';
import { readJobTitlesStartingIn } from '../../db/repositories/fidelity-records';
import { readReportRecords } from '../../db/repositories/report-records';
import type { IsoDate } from '../../shared/dates';
import { computeFidelitySuggestions, type FidelitySuggestions } from '../../shared/fidelity';
import type { PeriodRange } from '../../shared/outcomes';
import type { ReportDatabase } from './report-run';

/**
 * DOMAIN §7 suggestions for `period` as the data stood on `asOf` (a review's date), from the database: the
 * records a report reads, contacts aggregated in SQL, and the titles of the jobs starting in the period (for
 * IPS-25 item 19). One read transaction, so every figure comes from one state of the file.
 */
export function runDatabaseFidelitySuggestions(database: Pick<ReportDatabase, 'raw'>, period: PeriodRange, asOf: IsoDate): FidelitySuggestions {
  const { raw } = database;
  return raw.snapshot(() => {
    const records = readReportRecords(raw);
    const titles = readJobTitlesStartingIn(raw, period, asOf);
    const jobs = records.jobs.map((j) => {
      const title = titles.get(j.job_id);
      return title === undefined ? j : { ...j, job_title: title };
    });
    return computeFidelitySuggestions({ ...records, jobs, contactFacts: readContactFacts(raw, period, asOf) }, period, asOf);
  });
}
