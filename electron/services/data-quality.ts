import type { DatabaseReader } from '../../db/access';
import { readContactSummary, readRecordIds, readUnlinkedContactsWithoutEmployer, type RecordIdLookup } from '../../db/repositories/report-facts';
import { readReportRecords } from '../../db/repositories/report-records';
import type { IsoDate } from '../../shared/dates';
import type { DataQualityRow } from '../../shared/ipc/reports';
import { findDataQualityProblems, type DataQualityProblem } from '../../shared/outcomes';

function linkOf(problem: DataQualityProblem, ids: RecordIdLookup): DataQualityRow['record'] {
  const { type, id: ref } = problem.record;
  if (type === 'client') {
    const id = ids.clients.get(ref) ?? null;
    return { type, ref, id, clientRecordId: id };
  }
  if (type === 'job') {
    const job = ids.jobs.get(ref);
    return { type, ref, id: job?.id ?? null, clientRecordId: job?.clientPk ?? null };
  }
  if (type === 'staff') return { type, ref, id: ids.staff.get(ref) ?? null, clientRecordId: null };
  return { type, ref, id: null, clientRecordId: null };
}

/**
 * Records that block or change figures as at `asOf`, blocking ones first, each with the record ids to link
 * to: what the Reports screen lists and the Returns screen shows before an export. Reads in one transaction.
 */
export function readDataQuality(reader: DatabaseReader, asOf: IsoDate): DataQualityRow[] {
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
    return problems.map((p) => ({ kind: p.kind, severity: p.severity, message: p.message, record: linkOf(p, ids) }));
  });
}
