import type { QueryRaw } from '../access';
import { preparedRaw } from './prepared';

/**
 * Employers as the team has recorded them: every employer named on an employer contact or a job, matched
 * trimmed and in any case (so "Tesco" and "tesco " are one employer), shown with the spelling used most.
 */
export interface EmployerSummary {
  key: string;
  name: string;
  contacts: number;
  jobs: number;
  lastContact: string | null;
  /** Distinct clients with a job at this employer. */
  clientsPlaced: number;
}

const EMPLOYERS_SQL = `
  WITH named AS (
    SELECT lower(trim(employer)) AS key, trim(employer) AS spelling, 'contact' AS source, date, NULL AS client_pk
      FROM contacts WHERE kind IN ('employer_face_to_face', 'employer_other') AND trim(coalesce(employer, '')) <> ''
    UNION ALL
    SELECT lower(trim(employer)), trim(employer), 'job', NULL, client_pk FROM jobs WHERE trim(coalesce(employer, '')) <> ''
  ),
  spellings AS (
    SELECT key, spelling, count(*) AS uses, row_number() OVER (PARTITION BY key ORDER BY count(*) DESC, spelling) AS rank
    FROM named GROUP BY key, spelling
  )
  SELECT n.key,
    (SELECT spelling FROM spellings s WHERE s.key = n.key AND s.rank = 1) AS name,
    sum(n.source = 'contact') AS contacts,
    sum(n.source = 'job') AS jobs,
    max(n.date) AS lastContact,
    count(DISTINCT n.client_pk) AS clientsPlaced
  FROM named n GROUP BY n.key ORDER BY name COLLATE NOCASE`;

export function listEmployers(raw: QueryRaw): EmployerSummary[] {
  return preparedRaw(raw, EMPLOYERS_SQL).all() as EmployerSummary[];
}

export interface EmployerEvent {
  type: 'contact' | 'job';
  /** Contact date, or the job's start date. */
  date: string;
  kind: string | null;
  specialist: string | null;
  client_id: string | null;
  clientRecordId: string | null;
  job_id: string | null;
  job_title: string | null;
  end_date: string | null;
  spelling: string;
}

const HISTORY_SQL = `
  SELECT 'contact' AS type, k.date, k.kind, k.specialist, c.client_id, c.id AS clientRecordId, NULL AS job_id, NULL AS job_title,
    NULL AS end_date, trim(k.employer) AS spelling
  FROM contacts k LEFT JOIN clients c ON c.id = k.client_pk
  WHERE k.kind IN ('employer_face_to_face', 'employer_other') AND lower(trim(k.employer)) = @key
  UNION ALL
  SELECT 'job', j.start_date, j.contract_type, NULL, c.client_id, c.id, j.job_id, j.job_title, j.end_date, trim(j.employer)
  FROM jobs j JOIN clients c ON c.id = j.client_pk
  WHERE lower(trim(j.employer)) = @key
  ORDER BY date DESC, type`;

/** Everything recorded with one employer (by its key from listEmployers), newest first. */
export function employerHistory(raw: QueryRaw, key: string): EmployerEvent[] {
  return preparedRaw(raw, HISTORY_SQL).all({ key }) as EmployerEvent[];
}
