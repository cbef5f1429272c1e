import type { QueryRaw } from '../access';
import { caseloadStatus } from '../../shared/caseload';
import type { IsoDate } from '../../shared/dates';
import type { CaseloadRow } from '../../shared/ipc/records';
import { personName } from './db';
import { preparedRaw } from './prepared';

/** One client with the facts its caseload line needs, as SQLite returns them. */
interface CaseloadFactsRow {
  id: string;
  client_id: string;
  given_name: string | null;
  family_name: string | null;
  nhs_number: string | null;
  specialist: string | null;
  team: string | null;
  referral_date: string;
  discharge_date: string | null;
  vocational_profile_date: string | null;
  action_plan_date: string | null;
  last_contact: string | null;
  first_employer_contact: string | null;
  job_id: string | null;
  job_title: string | null;
  employer: string | null;
}

/**
 * The caseload facts of every client in one statement, so 10,000 clients and their ~200,000 contacts never
 * pass through JavaScript. Each client's last client contact and first employer contact are MAX/MIN over
 * its slice of the (kind, client_pk, date) index: two seeks per client. If SQLite walked the (kind, date)
 * index instead it would read every contact of the whole team for each client (seconds at 1,000 clients,
 * minutes at 10,000); a test pins the plan. The current job is the latest-starting competitive job covering
 * `today` (DOMAIN §3 "employed on day d"), ranked in one pass over the jobs.
 */
export const CASELOAD_SQL = `
    WITH current_jobs AS (
      SELECT client_pk, job_id, job_title, employer,
        row_number() OVER (PARTITION BY client_pk ORDER BY start_date DESC, job_id) AS rank
      FROM jobs
      WHERE competitive = 'yes' AND start_date <= @today AND (end_date IS NULL OR end_date >= @today))
    SELECT c.id, c.client_id, c.given_name, c.family_name, c.nhs_number, c.specialist, c.team,
      c.referral_date, c.discharge_date, c.vocational_profile_date, c.action_plan_date,
      (SELECT max(k.date) FROM contacts k
        WHERE k.client_pk = c.id AND k.kind IN ('client_face_to_face', 'client_other') AND k.date <= @today) AS last_contact,
      (SELECT min(k.date) FROM contacts k
        WHERE k.client_pk = c.id AND k.kind = 'employer_face_to_face' AND k.date <= @today) AS first_employer_contact,
      j.job_id, j.job_title, j.employer
    FROM clients c
    LEFT JOIN current_jobs j ON j.client_pk = c.id AND j.rank = 1
    ORDER BY c.referral_date DESC, c.client_id`;

/** "Job title, Employer", or whichever of the two is known; the job id when neither is. */
export function describeJob(job: { job_id: string; job_title: string | null; employer: string | null }): string {
  const parts = [job.job_title, job.employer].filter((p): p is string => Boolean(p && p.trim()));
  return parts.length > 0 ? parts.join(', ') : job.job_id;
}

/** Every client as a line of the caseload list at `today`, newest referral first. */
export function listCaseload(raw: QueryRaw, today: IsoDate): CaseloadRow[] {
  const rows = preparedRaw(raw, CASELOAD_SQL).all({ today }) as CaseloadFactsRow[];
  return rows.map((row) => {
    const status = caseloadStatus(
      {
        discharge_date: row.discharge_date,
        vocational_profile_date: row.vocational_profile_date,
        action_plan_date: row.action_plan_date,
        employedToday: row.job_id !== null,
        firstEmployerContact: row.first_employer_contact,
      },
      today,
    );
    return {
      id: row.id,
      client_id: row.client_id,
      name: personName(row.given_name, row.family_name),
      nhs_number: row.nhs_number,
      specialist: row.specialist,
      team: row.team,
      status,
      referral_date: row.referral_date,
      discharge_date: row.discharge_date,
      last_contact: row.last_contact,
      current_job: row.job_id === null ? null : describeJob({ job_id: row.job_id, job_title: row.job_title, employer: row.employer }),
    };
  });
}
