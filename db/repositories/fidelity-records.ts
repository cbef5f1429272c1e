import type { QueryRaw } from '../access';
import type { IsoDate } from '../../shared/dates';
import type { PeriodRange } from '../../shared/outcomes';
import { preparedRaw } from './prepared';

// Only the jobs a suggestion can use: those starting in [start, snap]. The report's lean job records leave
// the title out (no figure of §4 needs it); IPS-25 item 19 does.
const JOB_TITLES_SQL = `
  SELECT job_id, job_title FROM jobs
  WHERE job_title IS NOT NULL AND start_date >= @start AND start_date <= @snap`;

/** job_id → job title, for jobs starting in `period` on or before `asOf` that have a title. */
export function readJobTitlesStartingIn(raw: QueryRaw, period: Pick<PeriodRange, 'start' | 'end'>, asOf: IsoDate): Map<string, string> {
  const snap = period.end < asOf ? period.end : asOf;
  const rows = preparedRaw(raw, JOB_TITLES_SQL).all({ start: period.start, snap }) as { job_id: string; job_title: string }[];
  return new Map(rows.map((r) => [r.job_id, r.job_title]));
}
