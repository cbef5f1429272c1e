import type { QueryRaw } from '../access';
import { preparedRaw } from './prepared';
import type { AgeBand, EngineJob, ReportInput } from '../../shared/outcomes';
import type { Activity, Client, Staff } from '../../shared/records';

/**
 * The records a report reads, straight from SQLite with prepared statements, by column name:
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

/** Rows as SQLite returns them, by column name (the SQL above selects exactly these). */
interface ClientRow {
  id: string;
  client_id: string;
  date_of_birth: string | null;
  gender: Client['gender'];
  ethnicity: Client['ethnicity'];
  specialist: string | null;
  referral_date: string;
  employment_status_at_referral: Client['employment_status_at_referral'];
  retention_case: string;
  retention_return_date: string | null;
  vocational_profile_date: string | null;
  action_plan_date: string | null;
  discharge_date: string | null;
  education_level: Client['education_level'];
  benefits: string | null;
  paid_work_recency: Client['paid_work_recency'];
  maintained_job_over_1y: Client['maintained_job_over_1y'] | null;
  in_secondary_mh_care: Client['in_secondary_mh_care'] | null;
  care_plan_employment_actions: Client['care_plan_employment_actions'] | null;
  care_plan_retention_actions: Client['care_plan_retention_actions'] | null;
  /** Kept when the record was anonymised (its date of birth removed). */
  age_band_at_referral: AgeBand | null;
}

interface JobRow {
  job_id: string;
  client_pk: string;
  employer: string | null;
  start_date: string;
  four_hours_confirmed: string;
  end_date: string | null;
  hours_per_week: number | null;
  contract_type: EngineJob['contract_type'];
  competitive: string;
  sector: EngineJob['sector'];
  soc_major_group: EngineJob['soc_major_group'];
}

interface ActivityRow {
  client_pk: string;
  start_date: string;
  kind: Activity['kind'];
}

type StaffRow = Staff;

const yes = (v: unknown) => v === 'yes';
const EMPTY_BENEFITS: Client['benefits'] = [];

function benefitsOf(text: string | null): Client['benefits'] {
  // Most clients have none: skip JSON.parse for the common '[]'.
  if (text === null || text === '[]' || text === '') return EMPTY_BENEFITS;
  return JSON.parse(text) as Client['benefits'];
}

function toClient(r: ClientRow): Client {
  return {
    client_id: r.client_id,
    nhs_number: null,
    given_name: null,
    family_name: null,
    date_of_birth: r.date_of_birth,
    gender: r.gender,
    ethnicity: r.ethnicity,
    diagnosis: null,
    specialist: r.specialist,
    team: null,
    referral_date: r.referral_date,
    employment_status_at_referral: r.employment_status_at_referral,
    retention_case: yes(r.retention_case),
    retention_return_date: r.retention_return_date,
    vocational_profile_date: r.vocational_profile_date,
    action_plan_date: r.action_plan_date,
    discharge_date: r.discharge_date,
    discharge_reason: null,
    education_level: r.education_level,
    benefits: benefitsOf(r.benefits),
    paid_work_recency: r.paid_work_recency,
    maintained_job_over_1y: r.maintained_job_over_1y ?? 'unknown',
    in_secondary_mh_care: r.in_secondary_mh_care ?? 'unknown',
    care_plan_employment_actions: r.care_plan_employment_actions ?? 'unknown',
    care_plan_retention_actions: r.care_plan_retention_actions ?? 'unknown',
  };
}

/** Record id → client_id of the clients read. */
type ClientIds = Map<string, string>;

function toJob(r: JobRow, clientIds: ClientIds): EngineJob {
  return {
    job_id: r.job_id,
    client_id: clientIds.get(r.client_pk) ?? r.client_pk,
    employer: r.employer,
    job_title: null,
    start_date: r.start_date,
    four_hours_confirmed: yes(r.four_hours_confirmed),
    end_date: r.end_date,
    hours_per_week: r.hours_per_week,
    contract_type: r.contract_type,
    competitive: yes(r.competitive),
    sector: r.sector,
    soc_major_group: r.soc_major_group,
    evidence: null,
  };
}

function toActivity(r: ActivityRow, clientIds: ClientIds): Activity {
  return { client_id: clientIds.get(r.client_pk) ?? r.client_pk, start_date: r.start_date, kind: r.kind };
}

function toStaff(r: StaffRow): Staff {
  return { name: r.name, fte: r.fte, start_date: r.start_date, end_date: r.end_date };
}

function readAll<R, T>(raw: QueryRaw, sql: string, map: (r: R) => T, where = '', params: unknown[] = []): T[] {
  const rows = preparedRaw(raw, sql + where).all(...params) as R[];
  const out = new Array<T>(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = map(rows[i]!);
  return out;
}

function readClients(raw: QueryRaw, where: string, params: unknown[] = []): { clients: Client[]; clientIds: ClientIds; ageBandsAtReferral: Record<string, AgeBand> } {
  const rows = preparedRaw(raw, CLIENT_SQL + where).all(...params) as ClientRow[];
  const clients = new Array<Client>(rows.length);
  const clientIds: ClientIds = new Map();
  const ageBandsAtReferral: Record<string, AgeBand> = {};
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const client = toClient(row);
    clients[i] = client;
    clientIds.set(row.id, client.client_id);
    if (row.age_band_at_referral !== null && client.date_of_birth === null) ageBandsAtReferral[client.client_id] = row.age_band_at_referral;
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
    jobs: readAll(raw, JOB_SQL, (r: JobRow) => toJob(r, clientIds)),
    activities: readAll(raw, ACTIVITY_SQL, (r: ActivityRow) => toActivity(r, clientIds)),
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
    jobs: readAll(raw, JOB_SQL, (r: JobRow) => toJob(r, clientIds), ' WHERE client_pk = ? ORDER BY start_date, job_id', [clientPk]),
    activities: readAll(raw, ACTIVITY_SQL, (r: ActivityRow) => toActivity(r, clientIds), ' WHERE client_pk = ? ORDER BY start_date, kind', [clientPk]),
    staff: readAll(raw, STAFF_SQL, toStaff, ' ORDER BY name, id'),
  };
}
