import type { DatabaseReader } from '../../db/access';
import { readClientNames } from '../../db/repositories/clients-repository';
import { readContactSummary, readRecordIds, readUnlinkedContactsWithoutEmployer, type RecordIdLookup } from '../../db/repositories/report-facts';
import { readReportRecords } from '../../db/repositories/report-records';
import type { IsoDate } from '../../shared/dates';
import type { DataQualityRow } from '../../shared/ipc/reports';
import { findDataQualityProblems, type DataQualityProblem } from '../../shared/outcomes';

function linkOf(problem: DataQualityProblem, ids: RecordIdLookup, names: Map<string, string>): DataQualityRow['record'] {
  const { type, id: ref } = problem.record;
  if (type === 'client') {
    const id = ids.clients.get(ref) ?? null;
    return { type, ref, id, clientRecordId: id, name: id ? (names.get(id) ?? null) : null };
  }
  if (type === 'job') {
    const job = ids.jobs.get(ref);
    return { type, ref, id: job?.id ?? null, clientRecordId: job?.clientPk ?? null, name: job ? (names.get(job.clientPk) ?? null) : null };
  }
  if (type === 'staff') return { type, ref, id: ids.staff.get(ref) ?? null, clientRecordId: null, name: null };
  return { type, ref, id: null, clientRecordId: null, name: null };
}

/**
 * Every data-quality problem as of `asOf`, blocking ones first, each with the ids to link to and the client's
 * name beside the reference. One read transaction. Used by Data quality, the home screen and returns.
 */
export function runDataQuality(reader: DatabaseReader, asOf: IsoDate): DataQualityRow[] {
  const { raw } = reader;
  return raw.snapshot(() => {
    const { clients, jobs: tableOrder, staff } = readReportRecords(raw);
    // In job_id order, so "job B repeats job A" always names the same pair.
    const jobs = [...tableOrder].sort((a, b) => (a.job_id < b.job_id ? -1 : a.job_id > b.job_id ? 1 : 0));
    const problems = findDataQualityProblems(
      { clients, jobs, staff, contactSummary: readContactSummary(raw, asOf), unlinkedContactsWithoutEmployer: readUnlinkedContactsWithoutEmployer(raw) },
      asOf,
    );
    const ids = readRecordIds(raw);
    const names = readClientNames(raw);
    return problems.map((p) => ({ kind: p.kind, severity: p.severity, message: p.message, record: linkOf(p, ids, names) }));
  });
}
