import type { AppTransaction } from '../../../db/connection';
import { insertActivities, listAllActivities } from '../../../db/repositories/activities-repository';
import { insertClients, listStoredClients, updateClient } from '../../../db/repositories/clients-repository';
import { insertContacts, listAllContacts } from '../../../db/repositories/contacts-repository';
import { insertJobs, listAllJobs, updateJob } from '../../../db/repositories/jobs-repository';
import { insertStaffMembers, listStaff, staffNameKey, updateStaff } from '../../../db/repositories/staff-repository';
import { insertWellbeingScores, listAllWellbeing } from '../../../db/repositories/wellbeing-repository';
import { anonymisedClients } from '../../../db/repositories/retention-repository';
import { formatUkDate } from '../../../shared/dates';
import type { Client } from '../../../shared/records';
import { reidentifyingFields, reidentifyingJobFields } from '../../../shared/retention';
import { INTERCHANGE_SHEETS, type InterchangeRecords, type RecordKey } from '../../xlsx/interchange-columns';

/**
 * Writes a set of records (an imported workbook, the demo caseload) into the database, matching what is
 * already there:
 * - clients by client_id and jobs by job_id: same id and same fields → unchanged, else updated;
 * - staff by name (any case): likewise;
 * - contacts, activities and wellbeing have no id: a row equal in every field to a stored record is that
 *   record (each stored record matches one row at most, so two identical calls stay two), else it is added.
 * Problems that only the database can show are returned, before anything is written; the caller runs this
 * in a transaction and writes nothing if there are any.
 */
export interface SheetCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export type MergeCounts = Record<RecordKey, SheetCounts>;

const FIELDS = Object.fromEntries(INTERCHANGE_SHEETS.map((def) => [def.key, def.columns.map((c) => c.field)])) as Record<RecordKey, string[]>;
const SHEET_NAME = Object.fromEntries(INTERCHANGE_SHEETS.map((def) => [def.key, def.name])) as Record<RecordKey, string>;

/** Every interchange field of a record, in column order, as one comparable string. */
function fieldsKey(key: RecordKey, record: object): string {
  const values = record as Record<string, unknown>;
  return JSON.stringify(FIELDS[key].map((field) => values[field] ?? null));
}

const noCounts = (): SheetCounts => ({ added: 0, updated: 0, unchanged: 0 });

/** Splits incoming id-less rows into those already stored (as many times as they are stored) and new ones. */
function newRows<R extends object>(key: RecordKey, stored: readonly R[], incoming: readonly R[], counts: SheetCounts): R[] {
  const pool = new Map<string, number>();
  for (const record of stored) {
    const k = fieldsKey(key, record);
    pool.set(k, (pool.get(k) ?? 0) + 1);
  }
  const added: R[] = [];
  for (const record of incoming) {
    const k = fieldsKey(key, record);
    const left = pool.get(k) ?? 0;
    if (left > 0) {
      pool.set(k, left - 1);
      counts.unchanged++;
    } else {
      added.push(record);
      counts.added++;
    }
  }
  return added;
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
      problems.push(`${SHEET_NAME.jobs}: Job ID "${job.job_id}" is recorded for client "${owner}", not "${job.client_id}"; a job cannot move to another client by import`);
    }
  }
  for (const key of ['jobs', 'contacts', 'activities', 'wellbeing'] as const) {
    for (const record of records[key] as readonly { client_id: string | null }[]) {
      if (record.client_id !== null && !knownClients.has(record.client_id)) {
        problems.push(`${SHEET_NAME[key]}: Client ID "${record.client_id}" is not on the caseload`);
      }
    }
  }
  problems.push(...reidentifyingRows(tx, records));
  const names = new Set<string>();
  for (const person of records.staff) {
    const k = staffNameKey(person.name);
    if (names.has(k)) problems.push(`${SHEET_NAME.staff}: "${person.name}" appears more than once; each member of staff is one row`);
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

function mergeClients(tx: AppTransaction, list: readonly Client[], counts: SheetCounts): Map<string, string> {
  const stored = new Map(listStoredClients(tx).map((s) => [s.client.client_id, s]));
  const pkByClientId = new Map([...stored].map(([clientId, s]) => [clientId, s.id]));
  const added: Client[] = [];
  for (const client of list) {
    const old = stored.get(client.client_id);
    if (!old) {
      added.push(client);
      counts.added++;
    } else if (fieldsKey('clients', old.client) === fieldsKey('clients', client)) {
      counts.unchanged++;
    } else {
      updateClient(tx, old.id, client);
      counts.updated++;
    }
  }
  for (const [clientId, pk] of insertClients(tx, added)) pkByClientId.set(clientId, pk);
  return pkByClientId;
}

function mergeJobs(tx: AppTransaction, records: InterchangeRecords, pk: (clientId: string) => string, counts: SheetCounts): void {
  const stored = new Map(listAllJobs(tx).map((j) => [j.job.job_id, j]));
  const added: { job: InterchangeRecords['jobs'][number]; clientPk: string }[] = [];
  for (const job of records.jobs) {
    const old = stored.get(job.job_id);
    if (!old) {
      added.push({ job, clientPk: pk(job.client_id) });
      counts.added++;
    } else if (fieldsKey('jobs', old.job) === fieldsKey('jobs', job)) {
      counts.unchanged++;
    } else {
      updateJob(tx, old.id, job, old.client_pk);
      counts.updated++;
    }
  }
  insertJobs(tx, added);
}

function mergeStaff(tx: AppTransaction, records: InterchangeRecords, counts: SheetCounts): void {
  const stored = new Map<string, ReturnType<typeof listStaff>[number]>();
  for (const s of listStaff(tx)) if (!stored.has(staffNameKey(s.staff.name))) stored.set(staffNameKey(s.staff.name), s);
  const added = [];
  for (const person of records.staff) {
    const old = stored.get(staffNameKey(person.name));
    if (!old) {
      added.push(person);
      counts.added++;
    } else if (fieldsKey('staff', old.staff) === fieldsKey('staff', person)) {
      counts.unchanged++;
    } else {
      updateStaff(tx, old.id, person);
      counts.updated++;
    }
  }
  insertStaffMembers(tx, added);
}

export function mergeRecords(tx: AppTransaction, records: InterchangeRecords): { counts: MergeCounts; problems: string[] } {
  const counts: MergeCounts = {
    clients: noCounts(), jobs: noCounts(), contacts: noCounts(), activities: noCounts(), wellbeing: noCounts(), staff: noCounts(),
  };
  const problems = findProblems(tx, records);
  if (problems.length > 0) return { counts, problems };

  const pkByClientId = mergeClients(tx, records.clients, counts.clients);
  // findProblems has checked every reference, so a miss here is a bug, not bad input.
  const pk = (clientId: string) => {
    const found = pkByClientId.get(clientId);
    if (!found) throw new Error(`Client ${clientId} vanished during the import`);
    return found;
  };
  mergeJobs(tx, records, pk, counts.jobs);

  const contacts = newRows('contacts', listAllContacts(tx).map((c) => c.contact), records.contacts, counts.contacts);
  insertContacts(tx, contacts.map((contact) => ({ contact, clientPk: contact.client_id === null ? null : pk(contact.client_id) })));
  const activities = newRows('activities', listAllActivities(tx).map((a) => a.activity), records.activities, counts.activities);
  insertActivities(tx, activities.map((activity) => ({ activity, clientPk: pk(activity.client_id) })));
  const scores = newRows('wellbeing', listAllWellbeing(tx).map((w) => w.wellbeing), records.wellbeing, counts.wellbeing);
  insertWellbeingScores(tx, scores.map((wellbeing) => ({ wellbeing, clientPk: pk(wellbeing.client_id) })));
  mergeStaff(tx, records, counts.staff);
  return { counts, problems };
}

/** Counts keyed by sheet name (`Clients`, `Jobs`, …), in workbook order, as people see them. */
export function countsBySheet(counts: MergeCounts): Record<string, SheetCounts> {
  return Object.fromEntries(INTERCHANGE_SHEETS.map((def) => [def.name, counts[def.key]]));
}
