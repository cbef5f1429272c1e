import type { Statement } from 'better-sqlite3';
import type { RawDatabase } from '../connection';
import type { EngineJob, ReportInput } from '../../shared/outcomes';
import type { Activity, Client, Staff } from '../../shared/records';

/**
 * The records a report reads, straight from SQLite with prepared statements in `.raw()` (array) mode:
 * only the columns the outcomes engine uses, no drizzle row objects, no contacts (those come aggregated,
 * see report-facts.ts). This is what keeps a 10,000-client report cheaper than reading every row.
 *
 * Personal fields the engine never reads (names, NHS number, diagnosis, team, discharge reason, a job's
 * title and evidence) are not read and come back as null: these records are for figures, never for display.
 */
export type ReportRecords = Pick<ReportInput, 'clients' | 'jobs' | 'activities' | 'staff'>;

const CLIENT_SQL = `
  SELECT client_id, date_of_birth, gender, ethnicity, specialist, referral_date, employment_status_at_referral,
    retention_case, retention_return_date, vocational_profile_date, action_plan_date, discharge_date,
    education_level, benefits, paid_work_recency, maintained_job_over_1y, in_secondary_mh_care,
    care_plan_employment_actions, care_plan_retention_actions
  FROM clients`;

// Employer is read because data quality compares it (duplicate jobs); the report itself ignores it.
const JOB_SQL = `
  SELECT j.job_id, c.client_id, j.employer, j.start_date, j.four_hours_confirmed, j.end_date, j.hours_per_week,
    j.contract_type, j.competitive, j.sector, j.soc_major_group
  FROM jobs j JOIN clients c ON c.id = j.client_pk`;

const ACTIVITY_SQL = `SELECT c.client_id, a.start_date, a.kind FROM activities a JOIN clients c ON c.id = a.client_pk`;
const STAFF_SQL = `SELECT name, fte, start_date, end_date FROM staff`;

type Row = unknown[];
type S = string;
type N = S | null;

/** Statements are prepared once per connection (preparing is a measurable part of a small report). */
const prepared = new WeakMap<RawDatabase, Map<string, Statement>>();

export function preparedRaw(raw: RawDatabase, sql: string): Statement {
  let cache = prepared.get(raw);
  if (!cache) prepared.set(raw, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = raw.prepare(sql)));
  return statement;
}

const yes = (v: unknown) => v === 'yes';
const EMPTY_BENEFITS: Client['benefits'] = [];

function benefitsOf(text: N): Client['benefits'] {
  // Most clients have none: skip JSON.parse for the common '[]'.
  if (text === null || text === '[]' || text === '') return EMPTY_BENEFITS;
  return JSON.parse(text) as Client['benefits'];
}

function toClient(r: Row): Client {
  return {
    client_id: r[0] as S,
    nhs_number: null,
    given_name: null,
    family_name: null,
    date_of_birth: r[1] as N,
    gender: r[2] as Client['gender'],
    ethnicity: r[3] as Client['ethnicity'],
    diagnosis: null,
    specialist: r[4] as N,
    team: null,
    referral_date: r[5] as S,
    employment_status_at_referral: r[6] as Client['employment_status_at_referral'],
    retention_case: yes(r[7]),
    retention_return_date: r[8] as N,
    vocational_profile_date: r[9] as N,
    action_plan_date: r[10] as N,
    discharge_date: r[11] as N,
    discharge_reason: null,
    education_level: r[12] as Client['education_level'],
    benefits: benefitsOf(r[13] as N),
    paid_work_recency: r[14] as Client['paid_work_recency'],
    maintained_job_over_1y: (r[15] as Client['maintained_job_over_1y'] | null) ?? 'unknown',
    in_secondary_mh_care: (r[16] as Client['in_secondary_mh_care'] | null) ?? 'unknown',
    care_plan_employment_actions: (r[17] as Client['care_plan_employment_actions'] | null) ?? 'unknown',
    care_plan_retention_actions: (r[18] as Client['care_plan_retention_actions'] | null) ?? 'unknown',
  };
}

function toJob(r: Row): EngineJob {
  return {
    job_id: r[0] as S,
    client_id: r[1] as S,
    employer: r[2] as N,
    job_title: null,
    start_date: r[3] as S,
    four_hours_confirmed: yes(r[4]),
    end_date: r[5] as N,
    hours_per_week: r[6] as number | null,
    contract_type: r[7] as EngineJob['contract_type'],
    competitive: yes(r[8]),
    sector: r[9] as EngineJob['sector'],
    soc_major_group: r[10] as EngineJob['soc_major_group'],
    evidence: null,
  };
}

function toActivity(r: Row): Activity {
  return { client_id: r[0] as S, start_date: r[1] as S, kind: r[2] as Activity['kind'] };
}

function toStaff(r: Row): Staff {
  return { name: r[0] as S, fte: r[1] as number | null, start_date: r[2] as N, end_date: r[3] as N };
}

function readAll<T>(raw: RawDatabase, sql: string, map: (r: Row) => T, where = '', params: unknown[] = []): T[] {
  const rows = preparedRaw(raw, sql + where).raw(true).all(...params) as Row[];
  const out = new Array<T>(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = map(rows[i]!);
  return out;
}

/**
 * Every client, job, activity and staff member, as the engine takes them. Order is fixed (clients by
 * client_id, jobs by job_id, activities by client then date, staff by name) so the same data always gives
 * the same report, record lists included.
 */
export function readReportRecords(raw: RawDatabase): ReportRecords {
  return {
    clients: readAll(raw, CLIENT_SQL, toClient, ' ORDER BY client_id'),
    jobs: readAll(raw, JOB_SQL, toJob, ' ORDER BY j.job_id'),
    activities: readAll(raw, ACTIVITY_SQL, toActivity, ' ORDER BY c.client_id, a.start_date, a.kind'),
    staff: readAll(raw, STAFF_SQL, toStaff, ' ORDER BY name, id'),
  };
}

/** One client's records (for "why is this client (not) counted?"); staff are everyone's. Undefined if no such client. */
export function readClientReportRecords(raw: RawDatabase, clientPk: string): ReportRecords | undefined {
  const clients = readAll(raw, CLIENT_SQL, toClient, ' WHERE id = ?', [clientPk]);
  if (clients.length === 0) return undefined;
  return {
    clients,
    jobs: readAll(raw, JOB_SQL, toJob, ' WHERE j.client_pk = ? ORDER BY j.job_id', [clientPk]),
    activities: readAll(raw, ACTIVITY_SQL, toActivity, ' WHERE a.client_pk = ? ORDER BY a.start_date, a.kind', [clientPk]),
    staff: readAll(raw, STAFF_SQL, toStaff, ' ORDER BY name, id'),
  };
}
