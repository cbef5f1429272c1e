import type { QueryRaw } from '../access';
import type { ClientDetailFields, ClientExtractDetails } from '../../shared/returns';
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

export function readClientExtractDetails(raw: QueryRaw, identifiable: boolean): ClientExtractDetails {
  const rows = preparedRaw(raw, identifiable ? IDENTIFIABLE_SQL : CLIENT_FIELDS_SQL).raw(true).all() as Row[];
  const clients = new Map<string, ClientDetailFields>();
  for (const r of rows) {
    const fields: ClientDetailFields = { diagnosis: r[1] as ClientDetailFields['diagnosis'], team: r[2] ?? null, discharge_reason: r[3] ?? null };
    if (identifiable) Object.assign(fields, { nhs_number: r[4] ?? null, given_name: r[5] ?? null, family_name: r[6] ?? null });
    clients.set(r[0]!, fields);
  }
  return { clients, jobTitles: new Map(preparedRaw(raw, JOB_TITLES_SQL).raw(true).all() as Array<[string, string]>) };
}
