import { useEffect, useState } from 'react';
import { call } from '../../ipc';
import type { ClientDirectory } from './use-client-directory';

export type JobRow = { job_id: string; clientRef: string; employer: string | null; job_title: string | null; start_date: string; hours: number | null };

/**
 * The jobs behind a job figure, with their clients: the report names jobs by reference only, so the
 * records of the (few) clients behind the figure are read to say whose job each one is.
 */
export function useJobsOfClients(jobIds: readonly string[] | undefined, clientRefs: readonly string[], directory: ClientDirectory) {
  const [rows, setRows] = useState<JobRow[] | null>(null);
  const key = `${(jobIds ?? []).join(',')}|${clientRefs.join(',')}|${directory.size}`;
  useEffect(() => {
    if (!jobIds || jobIds.length === 0) {
      setRows([]);
      return;
    }
    let live = true;
    const wanted = new Set(jobIds);
    void (async () => {
      const found: JobRow[] = [];
      for (const ref of clientRefs) {
        const entry = directory.get(ref);
        if (!entry) continue;
        const result = await call('clients.get', { id: entry.id });
        if (!result.ok) continue;
        for (const j of result.data.jobs) {
          if (wanted.has(j.job_id)) {
            found.push({ job_id: j.job_id, clientRef: ref, employer: j.employer ?? null, job_title: j.job_title ?? null, start_date: j.start_date, hours: j.hours_per_week ?? null });
          }
        }
      }
      const seen = new Set(found.map((r) => r.job_id));
      for (const id of jobIds) if (!seen.has(id)) found.push({ job_id: id, clientRef: '', employer: null, job_title: null, start_date: '', hours: null });
      found.sort((a, b) => a.start_date.localeCompare(b.start_date));
      if (live) setRows(found);
    })();
    return () => {
      live = false;
    };
  }, [key]);
  return rows;
}
