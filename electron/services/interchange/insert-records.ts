import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { RawDatabase } from '../../../db/connection';
import { activities, clients, contacts, jobs, staff, wellbeing } from '../../../db/schema';
import type { Activity, Client, Contact, Job, Staff, Wellbeing } from '../../../shared/records';
import { timeOrderedIds } from './time-ordered-ids';

/**
 * Prepared statements for writing many records in the caller's transaction (on the raw connection of the
 * write scope: statements on it are part of the drizzle transaction). Each INSERT is prepared once and run
 * once per record with every column bound; ids and timestamps are made here. Values are encoded by the
 * schema's own columns (yes/no as text, lists as JSON), exactly as drizzle writes them, without drizzle's
 * per-value work, which costs more than SQLite's for 200,000 rows. Used by imports and the demo loader;
 * single-record edits go through the repositories.
 */
type Row = Record<string, unknown>;

/** Columns whose values the bulk writer supplies rather than the record (ids, links, timestamps). */
type Extras = readonly string[];

/**
 * `INSERT INTO table (every column) VALUES (?, …)`, prepared. Each call binds the record's fields, and the
 * `extras` columns from the values passed beside it, straight into one reused argument array: building a merged
 * object per row cost more than SQLite's own work for 200,000 rows.
 */
function prepareInsert(raw: RawDatabase, table: SQLiteTable, extras: Extras): (row: Row, extraValues: readonly unknown[]) => void {
  const columns = Object.entries(getTableColumns(table));
  const names = columns.map(([, column]) => `"${column.name}"`).join(', ');
  const statement = raw.prepare(`INSERT INTO "${getTableName(table)}" (${names}) VALUES (${columns.map(() => '?').join(', ')})`);
  const slots = columns.map(([key, column]) => ({ key, column, extra: extras.indexOf(key) }));
  const args: unknown[] = new Array(columns.length);
  return (row, extraValues) => {
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]!;
      const value = slot.extra >= 0 ? extraValues[slot.extra] : row[slot.key];
      if (value === undefined) throw new Error(`No value for ${getTableName(table)}.${slot.key}`);
      args[i] = value === null ? null : slot.column.mapToDriverValue(value);
    }
    statement.run(args);
  };
}

/**
 * SQLite's page cache while many records go in: 64 MB instead of the connection's default. Every record
 * adds to indexes keyed by random UUIDs, so with a small cache nearly every insert reads (and decrypts) pages
 * it evicted a moment ago: 240,000 records took ~90 s with a 2 MB cache and ~6 s with this one.
 */
const BULK_CACHE_KIB = 64 * 1024;

export function withBulkPageCache<T>(raw: RawDatabase, work: () => T): T {
  const before = raw.pragma('cache_size', { simple: true }) as number;
  raw.pragma(`cache_size = -${BULK_CACHE_KIB}`);
  try {
    return work();
  } finally {
    raw.pragma(`cache_size = ${Number(before)}`);
  }
}

/**
 * Runs `work` (inserts into `table`, which is empty) with the table's own indexes dropped, then builds them again
 * from their stored definitions: sorting every key once costs less than placing each new row in every index as
 * it comes (200,000 contacts: about a second less). In the caller's transaction, so a rollback brings them back.
 */
export function withIndexesBuiltAfter<T>(raw: RawDatabase, table: SQLiteTable, work: () => T): T {
  const indexes = raw
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL")
    .all(getTableName(table)) as { name: string; sql: string }[];
  for (const index of indexes) raw.exec(`DROP INDEX "${index.name}"`);
  const result = work();
  for (const index of indexes) raw.exec(index.sql);
  return result;
}

export interface RecordInserts {
  /** Returns the new record id. */
  client(client: Client): string;
  job(job: Job, clientPk: string): void;
  contact(contact: Contact, clientPk: string | null): void;
  activity(activity: Activity, clientPk: string): void;
  wellbeing(score: Wellbeing, clientPk: string): void;
  staff(person: Staff): void;
  /** Links an episode to the person's earlier one. */
  linkEpisode(clientPk: string, previousPk: string): void;
}

export function prepareRecordInserts(raw: RawDatabase): RecordInserts {
  const now = new Date().toISOString();
  const newId = timeOrderedIds();
  const linked: Extras = ['id', 'client_pk', 'created_at', 'updated_at'];
  const insertClient = prepareInsert(raw, clients, ['id', 'previous_episode_id', 'age_band_at_referral', 'anonymised_at', 'created_at', 'updated_at']);
  const insertJob = prepareInsert(raw, jobs, linked);
  const insertContact = prepareInsert(raw, contacts, linked);
  const insertActivity = prepareInsert(raw, activities, linked);
  const insertWellbeing = prepareInsert(raw, wellbeing, linked);
  const insertStaff = prepareInsert(raw, staff, ['id', 'created_at', 'updated_at']);
  const link = raw.prepare('UPDATE clients SET previous_episode_id = ?, updated_at = ? WHERE id = ?');
  const childOf = (insert: typeof insertJob) => (record: object, clientPk: string | null) => insert(record as Row, [newId(), clientPk, now, now]);
  return {
    client(client) {
      const id = newId();
      // A new record is not anonymised; the age band is kept only when anonymising (shared/retention.ts).
      insertClient(client as Row, [id, null, null, null, now, now]);
      return id;
    },
    job: childOf(insertJob),
    contact: childOf(insertContact),
    activity: childOf(insertActivity),
    wellbeing: childOf(insertWellbeing),
    staff: (person) => insertStaff(person as Row, [newId(), now, now]),
    linkEpisode: (clientPk, previousPk) => void link.run(previousPk, now, clientPk),
  };
}
