import type { QueryRaw } from '../access';
import type { ReportRecords } from './report-records';
import { preparedRaw } from './prepared';

/**
 * The fields a client-level return shows that the report's lean records leave out (report-records.ts):
 * diagnosis, team, discharge reason and job titles, and, only for identifiable output, names and NHS
 * number. Read separately so a pseudonymised return never has the names in memory at all.
 */
const CLIENT_FIELDS_SQL = 'SELECT client_id, diagnosis, team, discharge_reason FROM clients';
const IDENTIFIABLE_SQL = 'SELECT client_id, diagnosis, team, discharge_reason, nhs_number, given_name, family_name FROM clients';
const JOB_TITLES_SQL = 'SELECT job_id, job_title FROM jobs WHERE job_title IS NOT NULL';

type Row = Array<string | null>;

export function withExtractFields(raw: QueryRaw, records: ReportRecords, identifiable: boolean): ReportRecords {
  const rows = preparedRaw(raw, identifiable ? IDENTIFIABLE_SQL : CLIENT_FIELDS_SQL).raw(true).all() as Row[];
  const byClient = new Map(rows.map((r) => [r[0]!, r]));
  const titles = new Map(preparedRaw(raw, JOB_TITLES_SQL).raw(true).all() as Array<[string, string]>);
  return {
    ...records,
    clients: records.clients.map((c) => {
      const r = byClient.get(c.client_id);
      if (!r) return c;
      const named = identifiable ? { nhs_number: r[4] ?? null, given_name: r[5] ?? null, family_name: r[6] ?? null } : {};
      return { ...c, diagnosis: r[1] as typeof c.diagnosis, team: r[2] ?? null, discharge_reason: r[3] ?? null, ...named };
    }),
    jobs: titles.size === 0 ? records.jobs : records.jobs.map((j) => (titles.has(j.job_id) ? { ...j, job_title: titles.get(j.job_id)! } : j)),
  };
}
