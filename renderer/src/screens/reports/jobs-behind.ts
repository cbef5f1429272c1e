import type { ClientDetail } from '../../../../shared/ipc/records';

export type JobRow = { job_id: string; clientRef: string; employer: string | null; job_title: string | null; start_date: string; hours: number | null };

/**
 * The jobs behind a job figure, with their clients: the report names jobs by reference only, so the
 * records of the (few) clients behind the figure say whose job each one is. A job found on no record is
 * still listed, by its reference. Earliest start first.
 */
export function jobRowsFrom(jobIds: readonly string[], records: readonly { clientRef: string; detail: ClientDetail | undefined }[]): JobRow[] {
  const wanted = new Set(jobIds);
  const found: JobRow[] = [];
  for (const { clientRef, detail } of records) {
    for (const job of detail?.jobs ?? []) {
      if (!wanted.has(job.job_id)) continue;
      found.push({ job_id: job.job_id, clientRef, employer: job.employer ?? null, job_title: job.job_title ?? null, start_date: job.start_date, hours: job.hours_per_week ?? null });
    }
  }
  const seen = new Set(found.map((row) => row.job_id));
  for (const id of jobIds) if (!seen.has(id)) found.push({ job_id: id, clientRef: '', employer: null, job_title: null, start_date: '', hours: null });
  return found.sort((a, b) => a.start_date.localeCompare(b.start_date));
}
