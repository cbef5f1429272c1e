import { randomUUID } from 'node:crypto';
import { asc, eq, getTableColumns } from 'drizzle-orm';
import type { Job } from '../../shared/records';
import { clients, jobs } from '../schema';
import type { QueryRaw } from '../access';
import { insertInChunks, type Db, type WriteDb } from './db';
import { preparedRaw } from './prepared';

/**
 * Jobs. The table points at its client by record id (`client_pk`); the record's `client_id` is the
 * client's team reference, read through the join and resolved back to `client_pk` by the caller.
 */
export interface StoredJob {
  id: string;
  client_pk: string;
  job: Job;
}

const jobWithClientId = { ...getTableColumns(jobs), client_id: clients.client_id };
type JobRow = typeof jobs.$inferSelect & { client_id: string };

export function toJob(row: JobRow): Job {
  return {
    job_id: row.job_id,
    client_id: row.client_id,
    employer: row.employer,
    job_title: row.job_title,
    start_date: row.start_date,
    four_hours_confirmed: row.four_hours_confirmed,
    end_date: row.end_date,
    hours_per_week: row.hours_per_week,
    contract_type: row.contract_type,
    competitive: row.competitive,
    sector: row.sector,
    soc_major_group: row.soc_major_group,
    evidence: row.evidence,
  };
}

function stored(row: JobRow): StoredJob {
  return { id: row.id, client_pk: row.client_pk, job: toJob(row) };
}

function selectJobs(db: Db) {
  return db.select(jobWithClientId).from(jobs).innerJoin(clients, eq(jobs.client_pk, clients.id));
}

/** The table's values for a job: every field but the client reference, which is stored as `client_pk`. */
function values(job: Job, clientPk: string) {
  const { client_id: _clientId, ...fields } = job;
  return { ...fields, client_pk: clientPk };
}

/** job_id → the evidence held (a code) for the jobs named; jobs without evidence are left out. */
export function readJobEvidence(raw: QueryRaw, jobIds: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const statement = preparedRaw(raw, 'SELECT evidence FROM jobs WHERE job_id = ?');
  for (const jobId of new Set(jobIds)) {
    const row = statement.get(jobId) as { evidence: string | null } | undefined;
    if (row?.evidence) out.set(jobId, row.evidence);
  }
  return out;
}

export function getJob(db: Db, id: string): StoredJob | undefined {
  const row = selectJobs(db).where(eq(jobs.id, id)).get();
  return row && stored(row);
}

export function findJobByJobId(db: Db, jobId: string): StoredJob | undefined {
  const row = selectJobs(db).where(eq(jobs.job_id, jobId)).get();
  return row && stored(row);
}

export function listJobsOfClient(db: Db, clientPk: string): StoredJob[] {
  return selectJobs(db).where(eq(jobs.client_pk, clientPk)).orderBy(asc(jobs.start_date), asc(jobs.job_id)).all().map(stored);
}

export function listAllJobs(db: Db): StoredJob[] {
  return selectJobs(db).orderBy(asc(clients.client_id), asc(jobs.start_date), asc(jobs.job_id)).all().map(stored);
}

export function insertJob(db: WriteDb, job: Job, clientPk: string): string {
  const id = randomUUID();
  db.insert(jobs).values({ ...values(job, clientPk), id }).run();
  return id;
}

/** Inserts many jobs whose clients are already resolved to record ids. */
export function insertJobs(db: WriteDb, list: readonly { job: Job; clientPk: string }[]): void {
  const rows = list.map(({ job, clientPk }) => values(job, clientPk));
  insertInChunks(rows, (chunk) => db.insert(jobs).values(chunk).run());
}

export function updateJob(db: WriteDb, id: string, job: Job, clientPk: string): void {
  db.update(jobs).set(values(job, clientPk)).where(eq(jobs.id, id)).run();
}

export function deleteJob(db: WriteDb, id: string): boolean {
  return db.delete(jobs).where(eq(jobs.id, id)).run().changes > 0;
}
