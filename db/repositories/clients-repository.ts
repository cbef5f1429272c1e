import { randomUUID } from 'node:crypto';
import { asc, count, eq, inArray, or } from 'drizzle-orm';
import type { Client } from '../../shared/records';
import { clients } from '../schema';
import type { QueryRaw } from '../access';
import { insertInChunks, personName, type Db, type WriteDb } from './db';
import { preparedRaw } from './prepared';

/**
 * Clients (referral episodes). The table's columns carry the record's field names, so a row maps to a
 * `Client` by picking those fields; `id` is the UUID every other table points at.
 */
export type ClientRow = typeof clients.$inferSelect;

export interface StoredClient {
  id: string;
  previous_episode_id: string | null;
  client: Client;
}

/** Record id → "Given Family" of every client that has a name, for lists that show names beside references. */
export function readClientNames(raw: QueryRaw): Map<string, string> {
  const rows = preparedRaw(raw, 'SELECT id, given_name, family_name FROM clients WHERE given_name IS NOT NULL OR family_name IS NOT NULL').all() as {
    id: string;
    given_name: string | null;
    family_name: string | null;
  }[];
  const names = new Map<string, string>();
  for (const r of rows) {
    const name = personName(r.given_name, r.family_name);
    if (name) names.set(r.id, name);
  }
  return names;
}

/** The episode facts shown beside a client: enough to tell episodes apart without loading them. */
export interface EpisodeSummary {
  id: string;
  client_id: string;
  name: string;
  nhs_number: string | null;
  given_name: string | null;
  family_name: string | null;
  date_of_birth: string | null;
  referral_date: string;
  discharge_date: string | null;
  previous_episode_id: string | null;
}

export function toClient(row: ClientRow): Client {
  return {
    client_id: row.client_id,
    nhs_number: row.nhs_number,
    given_name: row.given_name,
    family_name: row.family_name,
    date_of_birth: row.date_of_birth,
    gender: row.gender,
    ethnicity: row.ethnicity,
    diagnosis: row.diagnosis,
    specialist: row.specialist,
    team: row.team,
    referral_date: row.referral_date,
    employment_status_at_referral: row.employment_status_at_referral,
    retention_case: row.retention_case,
    retention_return_date: row.retention_return_date,
    vocational_profile_date: row.vocational_profile_date,
    action_plan_date: row.action_plan_date,
    discharge_date: row.discharge_date,
    discharge_reason: row.discharge_reason,
    education_level: row.education_level,
    benefits: row.benefits,
    paid_work_recency: row.paid_work_recency,
    // The schema turns a blank yes/no/unknown into 'unknown'; a NULL written by an older copy means the same.
    maintained_job_over_1y: row.maintained_job_over_1y ?? 'unknown',
    in_secondary_mh_care: row.in_secondary_mh_care ?? 'unknown',
    care_plan_employment_actions: row.care_plan_employment_actions ?? 'unknown',
    care_plan_retention_actions: row.care_plan_retention_actions ?? 'unknown',
  };
}

const summaryColumns = {
  id: clients.id,
  client_id: clients.client_id,
  nhs_number: clients.nhs_number,
  given_name: clients.given_name,
  family_name: clients.family_name,
  date_of_birth: clients.date_of_birth,
  referral_date: clients.referral_date,
  discharge_date: clients.discharge_date,
  previous_episode_id: clients.previous_episode_id,
};

type SummaryRow = Omit<EpisodeSummary, 'name'>;

function toSummary(row: SummaryRow): EpisodeSummary {
  return { ...row, name: personName(row.given_name, row.family_name) };
}

export function getClient(db: Db, id: string): StoredClient | undefined {
  const row = db.select().from(clients).where(eq(clients.id, id)).get();
  return row && { id: row.id, previous_episode_id: row.previous_episode_id, client: toClient(row) };
}

export function getEpisodeSummary(db: Db, id: string): EpisodeSummary | undefined {
  const row = db.select(summaryColumns).from(clients).where(eq(clients.id, id)).get();
  return row && toSummary(row);
}

/** The record id of the client with this team reference, if any. */
export function clientPkOf(db: Db, clientId: string): string | undefined {
  return db.select({ id: clients.id }).from(clients).where(eq(clients.client_id, clientId)).get()?.id;
}

/** client_id → record id for every client (imports resolve the workbook's references with it). */
export function clientPkMap(db: Db): Map<string, string> {
  const rows = db.select({ id: clients.id, client_id: clients.client_id }).from(clients).all();
  return new Map(rows.map((r) => [r.client_id, r.id]));
}

export function countClients(db: Db): number {
  return db.select({ n: count() }).from(clients).get()?.n ?? 0;
}

/** Every client with its record id, in client_id order (exports and imports). */
export function listStoredClients(db: Db): StoredClient[] {
  return db
    .select()
    .from(clients)
    .orderBy(asc(clients.client_id))
    .all()
    .map((row) => ({ id: row.id, previous_episode_id: row.previous_episode_id, client: toClient(row) }));
}

export function insertClient(db: WriteDb, client: Client, previousEpisodeId: string | null = null): string {
  const id = randomUUID();
  db.insert(clients).values({ ...client, id, previous_episode_id: previousEpisodeId }).run();
  return id;
}

/** Inserts many new clients; returns client_id → record id for them. */
export function insertClients(db: WriteDb, list: readonly Client[]): Map<string, string> {
  const ids = new Map<string, string>();
  const rows = list.map((client) => {
    const id = randomUUID();
    ids.set(client.client_id, id);
    return { ...client, id };
  });
  insertInChunks(rows, (chunk) => db.insert(clients).values(chunk).run());
  return ids;
}

/** Replaces every field of the record; the episode link is kept. */
export function updateClient(db: WriteDb, id: string, client: Client): void {
  db.update(clients).set({ ...client }).where(eq(clients.id, id)).run();
}

export function setDischarge(db: WriteDb, id: string, discharge: { discharge_date: string | null; discharge_reason: string | null }): void {
  db.update(clients).set(discharge).where(eq(clients.id, id)).run();
}

/** Deletes the episode and (by cascade) its jobs, contacts, activities and wellbeing; later episodes lose the link. */
export function deleteClient(db: WriteDb, id: string): boolean {
  return db.delete(clients).where(eq(clients.id, id)).run().changes > 0;
}

export interface DuplicateQuery {
  nhs_number?: string | null;
  given_name?: string | null;
  family_name?: string | null;
  date_of_birth?: string | null;
  excludeId?: string | null;
}

export interface PossibleDuplicate extends EpisodeSummary {
  reason: 'nhs_number' | 'name_and_date_of_birth';
}

const sameName = (a: string | null | undefined, b: string | null | undefined) =>
  Boolean(a && b && a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB'));

/**
 * Episodes that may be the same person: the same NHS number, or the same given and family name (any case)
 * and date of birth. SQL narrows by NHS number or date of birth (both exact); names compare here because
 * SQLite's lower() only folds ASCII.
 */
export function findPossibleDuplicates(db: Db, query: DuplicateQuery): PossibleDuplicate[] {
  const nhs = query.nhs_number || null;
  const dob = query.date_of_birth || null;
  const byName = Boolean(dob && query.given_name?.trim() && query.family_name?.trim());
  const conditions = [...(nhs ? [eq(clients.nhs_number, nhs)] : []), ...(byName && dob ? [eq(clients.date_of_birth, dob)] : [])];
  if (conditions.length === 0) return [];
  const rows = db
    .select(summaryColumns)
    .from(clients)
    .where(or(...conditions))
    .orderBy(asc(clients.referral_date), asc(clients.client_id))
    .all();
  const matches: PossibleDuplicate[] = [];
  for (const row of rows) {
    if (row.id === query.excludeId) continue;
    if (nhs && row.nhs_number === nhs) matches.push({ ...toSummary(row), reason: 'nhs_number' });
    else if (byName && sameName(row.given_name, query.given_name) && sameName(row.family_name, query.family_name)) {
      matches.push({ ...toSummary(row), reason: 'name_and_date_of_birth' });
    }
  }
  return matches;
}

/** Episodes that name `id` as their previous episode (re-referrals made from it). */
export function laterEpisodesOf(db: Db, id: string): EpisodeSummary[] {
  return db.select(summaryColumns).from(clients).where(eq(clients.previous_episode_id, id)).all().map(toSummary);
}

/**
 * Every other episode of the same person: those reached through previous-episode links (either way) and
 * those with the same NHS number, followed transitively; oldest referral first.
 */
export function linkedEpisodes(db: Db, id: string): EpisodeSummary[] {
  const start = getEpisodeSummary(db, id);
  if (!start) return [];
  const found = new Map<string, EpisodeSummary>([[start.id, start]]);
  let frontier = [start];
  while (frontier.length > 0) {
    const ids = frontier.map((e) => e.id);
    const previous = frontier.flatMap((e) => (e.previous_episode_id ? [e.previous_episode_id] : []));
    const nhs = [...new Set(frontier.flatMap((e) => (e.nhs_number ? [e.nhs_number] : [])))];
    const conditions = [
      inArray(clients.previous_episode_id, ids),
      ...(previous.length > 0 ? [inArray(clients.id, previous)] : []),
      ...(nhs.length > 0 ? [inArray(clients.nhs_number, nhs)] : []),
    ];
    const next = db.select(summaryColumns).from(clients).where(or(...conditions)).all().map(toSummary);
    frontier = next.filter((e) => !found.has(e.id));
    for (const e of frontier) found.set(e.id, e);
  }
  found.delete(id);
  return [...found.values()].sort((a, b) => a.referral_date.localeCompare(b.referral_date) || a.client_id.localeCompare(b.client_id));
}
