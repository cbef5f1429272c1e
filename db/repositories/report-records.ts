import type { QueryRaw } from '../access';
import { preparedRaw } from './prepared';
import type { AgeBand, EngineJob, ReportInput } from '../../shared/outcomes';
import type { Activity, Client, Staff } from '../../shared/records';

/**
 * The records a report reads, straight from SQLite with prepared statements in `.raw()` (array) mode:
 * only the columns the outcomes engine uses, no drizzle row objects, no contacts (those come aggregated,
 * see report-facts.ts). This is what keeps a 10,000-client report cheaper than reading every row.
 *
 * An anonymised client's age band at referral (kept when its date of birth was removed) comes beside the
 * clients, by client_id, so the engine's intake figures do not change when a record is anonymised.
 *
 * Personal fields the engine never reads (names, NHS number, diagnosis, team, discharge reason, a job's
 * title and evidence) are not read and come back as null: these records are for figures, never for display.
 */
export type ReportRecords = Pick<ReportInput, 'clients' | 'jobs' | 'activities' | 'staff'> & {
  ageBandsAtReferral: Record<string, AgeBand>;
};

const CLIENT_SQL = `
  SELECT id, client_id, date_of_birth, gender, ethnicity, specialist, referral_date, employment_status_at_referral,
    retention_case, retention_return_date, vocational_profile_date, action_plan_date, discharge_date,
    education_level, benefits, paid_work_recency, maintained_job_over_1y, in_secondary_mh_care,
    care_plan_employment_actions, care_plan_retention_actions, age_band_at_referral
  FROM clients`;

// Jobs and activities come in table order with their client's record id, turned into its client_id from the
// clients just read (cheaper than a join per row). The engine sorts each client's jobs itself, so their order
// never changes a figure. Employer is read because data quality compares it (duplicate jobs).
const JOB_SQL = `
  SELECT job_id, client_pk, employer, start_date, four_hours_confirmed, end_date, hours_per_week,
    contract_type, competitive, sector, soc_major_group
  FROM jobs`;

const ACTIVITY_SQL = `SELECT client_pk, start_date, kind FROM activities`;
const STAFF_SQL = `SELECT name, fte, start_date, end_date FROM staff`;

type Row = unknown[];
type S = string;
type N = S | null;

const yes = (v: unknown) => v === 'yes';
const EMPTY_BENEFITS: Client['benefits'] = [];

function benefitsOf(text: N): Client['benefits'] {
  // Most clients have none: skip JSON.parse for the common '[]'.
  if (text === null || text === '[]' || text === '') return EMPTY_BENEFITS;
  return JSON.parse(text) as Client['benefits'];
}

function toClient(r: Row): Client {
  return {
    client_id: r[1] as S,
    nhs_number: null,
    given_name: null,
    family_name: null,
    date_of_birth: r[2] as N,
    gender: r[3] as Client['gender'],
    ethnicity: r[4] as Client['ethnicity'],
    diagnosis: null,
    specialist: r[5] as N,
    team: null,
    referral_date: r[6] as S,
    employment_status_at_referral: r[7] as Client['employment_status_at_referral'],
    retention_case: yes(r[8]),
    retention_return_date: r[9] as N,
    vocational_profile_date: r[10] as N,
    action_plan_date: r[11] as N,
    discharge_date: r[12] as N,
    discharge_reason: null,
    education_level: r[13] as Client['education_level'],
    benefits: benefitsOf(r[14] as N),
    paid_work_recency: r[15] as Client['paid_work_recency'],
    maintained_job_over_1y: (r[16] as Client['maintained_job_over_1y'] | null) ?? 'unknown',
    in_secondary_mh_care: (r[17] as Client['in_secondary_mh_care'] | null) ?? 'unknown',
    care_plan_employment_actions: (r[18] as Client['care_plan_employment_actions'] | null) ?? 'unknown',
    care_plan_retention_actions: (r[19] as Client['care_plan_retention_actions'] | null) ?? 'unknown',
  };
}

/** Record id → client_id of the clients read. */
type ClientIds = Map<string, string>;

function toJob(r: Row, clientIds: ClientIds): EngineJob {
  return {
    job_id: r[0] as S,
    client_id: clientIds.get(r[1] as S) ?? (r[1] as S),
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

function toActivity(r: Row, clientIds: ClientIds): Activity {
  return { client_id: clientIds.get(r[0] as S) ?? (r[0] as S), start_date: r[1] as S, kind: r[2] as Activity['kind'] };
}

function toStaff(r: Row): Staff {
  return { name: r[0] as S, fte: r[1] as number | null, start_date: r[2] as N, end_date: r[3] as N };
}

function readAll<T>(raw: QueryRaw, sql: string, map: (r: Row) => T, where = '', params: unknown[] = []): T[] {
  const rows = preparedRaw(raw, sql + where).raw(true).all(...params) as Row[];
  const out = new Array<T>(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = map(rows[i]!);
  return out;
}

function readClients(raw: QueryRaw, where: string, params: unknown[] = []): { clients: Client[]; clientIds: ClientIds; ageBandsAtReferral: Record<string, AgeBand> } {
  const rows = preparedRaw(raw, CLIENT_SQL + where).raw(true).all(...params) as Row[];
  const clients = new Array<Client>(rows.length);
  const clientIds: ClientIds = new Map();
  const ageBandsAtReferral: Record<string, AgeBand> = {};
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const client = toClient(row);
    clients[i] = client;
    clientIds.set(row[0] as S, client.client_id);
    const storedBand = row[20] as AgeBand | null;
    if (storedBand !== null && client.date_of_birth === null) ageBandsAtReferral[client.client_id] = storedBand;
  }
  return { clients, clientIds, ageBandsAtReferral };
}

/**
 * Every client, job, activity and staff member, as the engine takes them. Clients come in client_id order
 * (the order of every client list in the report) and staff by name (their FTEs are summed in that order), so
 * the same data always gives the same report, record lists included.
 */
export function readReportRecords(raw: QueryRaw): ReportRecords {
  const { clients, clientIds, ageBandsAtReferral } = readClients(raw, ' ORDER BY client_id');
  return {
    clients,
    ageBandsAtReferral,
    jobs: readAll(raw, JOB_SQL, (r) => toJob(r, clientIds)),
    activities: readAll(raw, ACTIVITY_SQL, (r) => toActivity(r, clientIds)),
    staff: readAll(raw, STAFF_SQL, toStaff, ' ORDER BY name, id'),
  };
}

/** One client's records (for "why is this client (not) counted?"); staff are everyone's. Undefined if no such client. */
export function readClientReportRecords(raw: QueryRaw, clientPk: string): ReportRecords | undefined {
  const { clients, clientIds, ageBandsAtReferral } = readClients(raw, ' WHERE id = ?', [clientPk]);
  if (clients.length === 0) return undefined;
  return {
    clients,
    ageBandsAtReferral,
    jobs: readAll(raw, JOB_SQL, (r) => toJob(r, clientIds), ' WHERE client_pk = ? ORDER BY start_date, job_id', [clientPk]),
    activities: readAll(raw, ACTIVITY_SQL, (r) => toActivity(r, clientIds), ' WHERE client_pk = ? ORDER BY start_date, kind', [clientPk]),
    staff: readAll(raw, STAFF_SQL, toStaff, ' ORDER BY name, id'),
  };
}
