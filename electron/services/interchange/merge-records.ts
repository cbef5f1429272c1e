import type { WriteScope } from '../../../db/audited-write';
import type { AppTransaction } from '../../../db/connection';
import { listAllActivities } from '../../../db/repositories/activities-repository';
import { listStoredClients, updateClient } from '../../../db/repositories/clients-repository';
import { listAllJobs, updateJob } from '../../../db/repositories/jobs-repository';
import { listStaff, staffNameKey, updateStaff } from '../../../db/repositories/staff-repository';
import { listAllWellbeing } from '../../../db/repositories/wellbeing-repository';
import { INTERCHANGE_SHEETS, type InterchangeClient, type InterchangeRecords, type RecordKey } from '../../xlsx/interchange-columns';
import { clipText } from '../../xlsx/interchange-text';
import type { Activity, Contact, Wellbeing } from '../../../shared/records';
import { episodeLinkProblems, setEpisodeLinks, type LinkRequest } from './episode-links';
import { contacts as contactsTable, jobs as jobsTable } from '../../../db/schema';
import { prepareRecordInserts, withBulkPageCache, withIndexesBuiltAfter, type RecordInserts } from './insert-records';
import { allContacts } from './read-all-records';
import { anonymisedClients } from '../../../db/repositories/retention-repository';
import { formatUkDate } from '../../../shared/dates';
import { reidentifyingFields, reidentifyingJobFields } from '../../../shared/retention';

/**
 * Writes a set of records (an imported workbook, the demo caseload) into the database, matching what is
 * already there:
 * - clients by client_id and jobs by job_id: same id and same fields → unchanged, else updated;
 * - staff by name (any case): likewise;
 * - contacts, activities and wellbeing have no id: a row equal in every field to a stored record is that
 *   record (each stored record matches one row at most, so two identical calls stay two), else it is added.
 * - a client naming its earlier episode (previous_episode_id, by client_id) is linked to it.
 * Problems that only the database can show are returned; the caller runs this in its transaction and must
 * roll it back if there are any (the episode-link checks run after the writes, on the links as they stand).
 * New records go in through statements prepared once (insert-records.ts).
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
const SHEET_NAME = Object.fromEntries(INTERCHANGE_SHEETS.map((def) => [def.key, def.name])) as Record<RecordKey, string>;

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

/** Problems found against the database: a job moving between clients, a client gone, a name twice. */
function findProblems(tx: AppTransaction, records: InterchangeRecords): string[] {
  const problems: string[] = [];
  const knownClients = new Set(listStoredClients(tx).map((s) => s.client.client_id));
  for (const c of records.clients) knownClients.add(c.client_id);
  const ownerOfJob = new Map(listAllJobs(tx).map((j) => [j.job.job_id, j.job.client_id]));
  for (const job of records.jobs) {
    const owner = ownerOfJob.get(job.job_id);
    if (owner !== undefined && owner !== job.client_id) {
      problems.push(`${SHEET_NAME.jobs}: Job ID "${clipText(job.job_id)}" is recorded for client "${clipText(owner)}", not "${clipText(job.client_id)}"; a job cannot move to another client by import`);
    }
  }
  for (const key of ['jobs', 'contacts', 'activities', 'wellbeing'] as const) {
    for (const record of records[key] as readonly { client_id: string | null }[]) {
      if (record.client_id !== null && !knownClients.has(record.client_id)) {
        problems.push(`${SHEET_NAME[key]}: Client ID "${clipText(record.client_id)}" is not on the caseload`);
      }
    }
  }
  for (const client of records.clients) {
    const previous = client.previous_episode_id;
    if (previous !== undefined && !knownClients.has(previous)) {
      problems.push(`${SHEET_NAME.clients}: the previous episode "${clipText(previous)}" of "${clipText(client.client_id)}" is not on the caseload`);
    }
  }
  problems.push(...reidentifyingRows(tx, records));
  const names = new Set<string>();
  for (const person of records.staff) {
    const k = staffNameKey(person.name);
    if (names.has(k)) problems.push(`${SHEET_NAME.staff}: "${clipText(person.name)}" appears more than once; each member of staff is one row`);
    names.add(k);
  }
  return problems;
}

/** Rows that would name an anonymised client again (an older workbook, say): anonymising is one-way. */
function reidentifyingRows(tx: AppTransaction, records: InterchangeRecords): string[] {
  const anonymised = anonymisedClients(tx);
  if (anonymised.size === 0) return [];
  const problems: string[] = [];
  const refuse = (sheet: string, what: string, clientId: string, labels: readonly { label: string }[]) =>
    problems.push(
      `${sheet}: ${what} holds the ${labels.map((l) => l.label).join(', ')} of client "${clientId}", anonymised on ${formatUkDate(anonymised.get(clientId))}; anonymised records cannot be named again`,
    );
  for (const client of records.clients) {
    const fields = anonymised.has(client.client_id) ? reidentifyingFields(client) : [];
    if (fields.length > 0) refuse(SHEET_NAME.clients, `Client ID "${client.client_id}"`, client.client_id, fields);
  }
  for (const job of records.jobs) {
    const fields = anonymised.has(job.client_id) ? reidentifyingJobFields(job) : [];
    if (fields.length > 0) refuse(SHEET_NAME.jobs, `Job ID "${job.job_id}"`, job.client_id, fields);
  }
  return problems;
}

/** Writes the clients (episode links after, once every client of the workbook has a record id). */
function mergeClients(tx: AppTransaction, insert: RecordInserts, list: readonly InterchangeClient[], counts: SheetCounts): Map<string, string> {
  const stored = new Map(listStoredClients(tx).map((s) => [s.client.client_id, s]));
  const pkByClientId = new Map([...stored].map(([clientId, s]) => [clientId, s.id]));
  const unchanged = new Set<string>();
  const links: LinkRequest[] = [];
  for (const client of list) {
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
      links.push({ clientPk: pk, previousClientId: client.previous_episode_id, storedPreviousPk: old?.previous_episode_id ?? null });
    }
  }
  insert.flush();
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

// findProblems has checked every reference, so a miss here is a bug, not bad input.
function pkOf(pkByClientId: ReadonlyMap<string, string>, clientId: string): string {
  const found = pkByClientId.get(clientId);
  if (!found) throw new Error(`Client ${clientId} vanished during the import`);
  return found;
}

function mergeJobs(tx: AppTransaction, insert: RecordInserts, records: InterchangeRecords, pk: (clientId: string) => string, counts: SheetCounts): void {
  const stored = new Map(listAllJobs(tx).map((j) => [j.job.job_id, j]));
  for (const job of records.jobs) {
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

function mergeStaff(tx: AppTransaction, insert: RecordInserts, records: InterchangeRecords, counts: SheetCounts): void {
  const stored = new Map<string, ReturnType<typeof listStaff>[number]>();
  for (const s of listStaff(tx)) if (!stored.has(staffNameKey(s.staff.name))) stored.set(staffNameKey(s.staff.name), s);
  for (const person of records.staff) {
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

/** The id-less records, when they come apart from the rest, as they are read (an import streams them from another thread). */
export interface StreamedRecords {
  contacts: Iterable<Contact>;
  activities: Iterable<Activity>;
  wellbeing: Iterable<Wellbeing>;
}

/**
 * Merges `records` in the caller's write (its drizzle transaction and, for the bulk inserts, its raw connection).
 * The contacts, activities and wellbeing scores may come separately, as they are read: they are written as they
 * arrive, in that order, and whoever supplies them checks them (their client ids in particular, which `records`
 * has checked here) and throws to roll the whole write back.
 */
export function mergeRecords(scope: WriteScope, records: InterchangeRecords, streamed: StreamedRecords = records): { counts: MergeCounts; problems: string[] } {
  const { db: tx, raw } = scope;
  const counts: MergeCounts = {
    clients: noCounts(), jobs: noCounts(), contacts: noCounts(), activities: noCounts(), wellbeing: noCounts(), staff: noCounts(),
  };
  const problems = findProblems(tx, records);
  if (problems.length > 0) return { counts, problems };
  return withBulkPageCache(raw, () => ({ counts, problems: writeRecords(scope, records, streamed, counts) }));
}

/** The writes of mergeRecords; returns the problems found in the episode links once everything is written. */
function writeRecords({ db: tx, raw }: WriteScope, records: InterchangeRecords, streamed: StreamedRecords, counts: MergeCounts): string[] {
  const insert = prepareRecordInserts(raw);
  const pkByClientId = mergeClients(tx, insert, records.clients, counts.clients);
  const pk = (clientId: string) => pkOf(pkByClientId, clientId);
  // Jobs and contacts are most of any caseload: into an empty table they go faster with its indexes built after.
  withIndexesBuiltAfter(raw, jobsTable, () => mergeJobs(tx, insert, records, pk, counts.jobs));
  mergeStaff(tx, insert, records, counts.staff);

  // The id-less records last: when they arrive from another thread as it reads them, the rest is written meanwhile.
  const storedContacts = allContacts(tx, clientIdsByPk(pkByClientId), raw);
  const storedActivities = listAllActivities(tx).map((a) => a.activity);
  const storedWellbeing = listAllWellbeing(tx).map((w) => w.wellbeing);
  withIndexesBuiltAfter(raw, contactsTable, () => {
    for (const contact of newRows('contacts', storedContacts, streamed.contacts, counts.contacts)) {
      insert.contact(contact, contact.client_id === null ? null : pk(contact.client_id));
    }
    for (const activity of newRows('activities', storedActivities, streamed.activities, counts.activities)) {
      insert.activity(activity, pk(activity.client_id));
    }
    for (const score of newRows('wellbeing', storedWellbeing, streamed.wellbeing, counts.wellbeing)) {
      insert.wellbeing(score, pk(score.client_id));
    }
    // Every row held back, of any table, is written before the indexes are built and the links read.
    insert.flush();
  });
  return episodeLinkProblems(tx);
}

/** Counts keyed by sheet name (`Clients`, `Jobs`, …), in workbook order, as people see them. */
export function countsBySheet(counts: MergeCounts): Record<string, SheetCounts> {
  return Object.fromEntries(INTERCHANGE_SHEETS.map((def) => [def.name, counts[def.key]]));
}
