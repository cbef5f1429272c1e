import type { WriteScope } from '../../../db/audited-write';
import type { AppTransaction } from '../../../db/connection';
import { listAllActivities } from '../../../db/repositories/activities-repository';
import { listStoredClients, updateClient } from '../../../db/repositories/clients-repository';
import { listAllJobs, updateJob } from '../../../db/repositories/jobs-repository';
import { listStaff, staffNameKey, updateStaff } from '../../../db/repositories/staff-repository';
import { listAllWellbeing } from '../../../db/repositories/wellbeing-repository';
import { INTERCHANGE_SHEETS, type InterchangeClient, type RecordKey } from '../../xlsx/interchange-columns';
import type { Activity, Contact, Job, Staff, Wellbeing } from '../../../shared/records';
import { episodeLinkProblems, setEpisodeLinks, type LinkRequest } from './episode-links';
import { contacts as contactsTable, jobs as jobsTable } from '../../../db/schema';
import { prepareRecordInserts, withBulkPageCache, withIndexesBuiltAfter, type RecordInserts } from './insert-records';
import { allContacts } from './read-all-records';
import { MergeChecks, type StoredBeforeMerge } from './merge-checks';

/**
 * Writes a set of records (an imported workbook, the demo caseload) into the database, matching what is
 * already there:
 * - clients by client_id and jobs by job_id: same id and same fields → unchanged, else updated;
 * - staff by name (any case): likewise;
 * - contacts, activities and wellbeing have no id: a row equal in every field to a stored record is that
 *   record (each stored record matches one row at most, so two identical calls stay two), else it is added.
 * - a client naming its earlier episode (previous_episode_id, by client_id) is linked to it.
 * The records may arrive as they are read (MergeInput), so each is checked against the database and the records
 * before it as it comes; problems are returned, and once there is one nothing more is written: the caller runs
 * this in its transaction and must roll it back if there are any (the episode-link checks run after the writes,
 * on the links as they stand). New records go in through statements prepared once (insert-records.ts).
 */
export interface SheetCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export type MergeCounts = Record<RecordKey, SheetCounts>;

/** The record's own fields: the episode link beside a client is compared apart (it is not part of the record). */
const FIELDS = Object.fromEntries(
  INTERCHANGE_SHEETS.map((def) => [def.key, def.columns.map((c) => c.field).filter((field) => field !== 'previous_episode_id')]),
) as Record<RecordKey, string[]>;

/** Every interchange field of a record, in column order, as one comparable string. */
function fieldsKey(key: RecordKey, record: object): string {
  const values = record as Record<string, unknown>;
  return JSON.stringify(FIELDS[key].map((field) => values[field] ?? null));
}

const noCounts = (): SheetCounts => ({ added: 0, updated: 0, unchanged: 0 });

/** The incoming id-less rows not already stored (each stored row matches one incoming row at most), as they come. */
function* newRows<R extends object>(key: RecordKey, stored: readonly R[], incoming: Iterable<R>, counts: SheetCounts): Generator<R> {
  const pool = new Map<string, number>();
  for (const record of stored) {
    const k = fieldsKey(key, record);
    pool.set(k, (pool.get(k) ?? 0) + 1);
  }
  for (const record of incoming) {
    const k = pool.size === 0 ? '' : fieldsKey(key, record);
    const left = pool.get(k) ?? 0;
    if (left > 0) {
      pool.set(k, left - 1);
      counts.unchanged++;
    } else {
      counts.added++;
      yield record;
    }
  }
}

/** Writes the clients (episode links after, once every client has a record id and every link is checked). */
function mergeClients(
  tx: AppTransaction,
  insert: RecordInserts,
  storedClients: StoredBeforeMerge['clients'],
  list: Iterable<InterchangeClient>,
  checks: MergeChecks,
  counts: SheetCounts,
): Map<string, string> {
  const stored = new Map(storedClients.map((s) => [s.client.client_id, s]));
  const pkByClientId = new Map([...stored].map(([clientId, s]) => [clientId, s.id]));
  const unchanged = new Set<string>();
  const links: (LinkRequest & { clientId: string })[] = [];
  for (const client of list) {
    checks.client(client);
    if (!checks.writing) continue;
    const old = stored.get(client.client_id);
    let pk: string;
    if (!old) {
      pk = insert.client(client);
      pkByClientId.set(client.client_id, pk);
      counts.added++;
    } else if (fieldsKey('clients', old.client) === fieldsKey('clients', client)) {
      pk = old.id;
      unchanged.add(pk);
    } else {
      pk = old.id;
      updateClient(tx, pk, stripLink(client));
      counts.updated++;
    }
    if (client.previous_episode_id !== undefined) {
      links.push({ clientId: client.client_id, clientPk: pk, previousClientId: client.previous_episode_id, storedPreviousPk: old?.previous_episode_id ?? null });
    }
  }
  insert.flush();
  checks.previousEpisodes(links);
  if (!checks.writing) return pkByClientId;
  const relinked = setEpisodeLinks(links, (clientId) => pkOf(pkByClientId, clientId), insert.linkEpisode);
  for (const pk of unchanged) {
    if (relinked.has(pk)) counts.updated++;
    else counts.unchanged++;
  }
  return pkByClientId;
}

/** The client record without the episode link the Clients sheet carries beside it. */
function stripLink({ previous_episode_id: _link, ...client }: InterchangeClient) {
  return client;
}

function clientIdsByPk(pkByClientId: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...pkByClientId].map(([clientId, pk]) => [pk, clientId]));
}

// Records are written only while no check has failed, and every client is checked and written before any record
// naming one: a miss here is a bug, not bad input.
function pkOf(pkByClientId: ReadonlyMap<string, string>, clientId: string): string {
  const found = pkByClientId.get(clientId);
  if (!found) throw new Error(`Client ${clientId} vanished during the import`);
  return found;
}

function mergeJobs(
  tx: AppTransaction,
  insert: RecordInserts,
  storedJobs: StoredBeforeMerge['jobs'],
  list: Iterable<Job>,
  pk: (clientId: string) => string,
  checks: MergeChecks,
  counts: SheetCounts,
): void {
  const stored = new Map(storedJobs.map((j) => [j.job.job_id, j]));
  for (const job of list) {
    checks.job(job);
    if (!checks.writing) continue;
    const old = stored.get(job.job_id);
    if (!old) {
      insert.job(job, pk(job.client_id));
      counts.added++;
    } else if (fieldsKey('jobs', old.job) === fieldsKey('jobs', job)) {
      counts.unchanged++;
    } else {
      updateJob(tx, old.id, job, old.client_pk);
      counts.updated++;
    }
  }
  insert.flush();
}

function mergeStaff(tx: AppTransaction, insert: RecordInserts, list: Iterable<Staff>, checks: MergeChecks, counts: SheetCounts): void {
  const stored = new Map<string, ReturnType<typeof listStaff>[number]>();
  for (const s of listStaff(tx)) if (!stored.has(staffNameKey(s.staff.name))) stored.set(staffNameKey(s.staff.name), s);
  for (const person of list) {
    checks.staff(person);
    if (!checks.writing) continue;
    const old = stored.get(staffNameKey(person.name));
    if (!old) {
      insert.staff(person);
      counts.added++;
    } else if (fieldsKey('staff', old.staff) === fieldsKey('staff', person)) {
      counts.unchanged++;
    } else {
      updateStaff(tx, old.id, person);
      counts.updated++;
    }
  }
}

/** The id-less records of one kind: each new one (not already stored) on the caseload is written by `write`. */
function mergeIdless<R extends { client_id: string | null }>(
  key: RecordKey,
  stored: readonly R[],
  incoming: Iterable<R>,
  checks: MergeChecks,
  counts: SheetCounts,
  write: (record: R) => void,
): void {
  for (const record of newRows(key, stored, incoming, counts)) {
    if (checks.onCaseload(key, record) && checks.writing) write(record);
  }
}

/**
 * The records to merge, taken in this order (MERGE_ORDER): whole lists, or streams of records as another thread
 * reads them. Every client comes before any record that names one.
 */
export interface MergeInput {
  clients: Iterable<InterchangeClient>;
  staff: Iterable<Staff>;
  jobs: Iterable<Job>;
  contacts: Iterable<Contact>;
  activities: Iterable<Activity>;
  wellbeing: Iterable<Wellbeing>;
}

export const MERGE_ORDER = ['clients', 'staff', 'jobs', 'contacts', 'activities', 'wellbeing'] as const satisfies readonly (keyof MergeInput)[];

/**
 * Merges `records` in the caller's write (its drizzle transaction and, for the bulk inserts, its raw connection),
 * taking them in MERGE_ORDER. A stream's supplier may also throw to roll the whole write back.
 */
export function mergeRecords(scope: WriteScope, records: MergeInput): { counts: MergeCounts; problems: string[] } {
  const counts: MergeCounts = {
    clients: noCounts(), jobs: noCounts(), contacts: noCounts(), activities: noCounts(), wellbeing: noCounts(), staff: noCounts(),
  };
  const stored: StoredBeforeMerge = { clients: listStoredClients(scope.db), jobs: listAllJobs(scope.db) };
  const checks = new MergeChecks(scope.db, stored);
  withBulkPageCache(scope.raw, () => writeRecords(scope, stored, records, checks, counts));
  return { counts, problems: checks.writing ? episodeLinkProblems(scope.db) : checks.problems };
}

/** The writes of mergeRecords, each record checked as it comes. */
function writeRecords({ db: tx, raw }: WriteScope, stored: StoredBeforeMerge, records: MergeInput, checks: MergeChecks, counts: MergeCounts): void {
  const insert = prepareRecordInserts(raw);
  const pkByClientId = mergeClients(tx, insert, stored.clients, records.clients, checks, counts.clients);
  const pk = (clientId: string) => pkOf(pkByClientId, clientId);
  mergeStaff(tx, insert, records.staff, checks, counts.staff);
  // Jobs and contacts are most of any caseload: into an empty table they go faster with its indexes built after.
  withIndexesBuiltAfter(raw, jobsTable, () => mergeJobs(tx, insert, stored.jobs, records.jobs, pk, checks, counts.jobs));

  // The id-less records last: when they arrive from another thread as it reads them, the rest is written meanwhile.
  const storedContacts = allContacts(tx, clientIdsByPk(pkByClientId), raw);
  const storedActivities = listAllActivities(tx).map((a) => a.activity);
  const storedWellbeing = listAllWellbeing(tx).map((w) => w.wellbeing);
  withIndexesBuiltAfter(raw, contactsTable, () => {
    mergeIdless('contacts', storedContacts, records.contacts, checks, counts.contacts, (contact) => {
      insert.contact(contact, contact.client_id === null ? null : pk(contact.client_id));
    });
    mergeIdless('activities', storedActivities, records.activities, checks, counts.activities, (activity) => insert.activity(activity, pk(activity.client_id)));
    mergeIdless('wellbeing', storedWellbeing, records.wellbeing, checks, counts.wellbeing, (score) => insert.wellbeing(score, pk(score.client_id)));
    // Every row held back, of any table, is written before the indexes are built and the links read.
    insert.flush();
  });
}

/** Counts keyed by sheet name (`Clients`, `Jobs`, …), in workbook order, as people see them. */
export function countsBySheet(counts: MergeCounts): Record<string, SheetCounts> {
  return Object.fromEntries(INTERCHANGE_SHEETS.map((def) => [def.name, counts[def.key]]));
}
