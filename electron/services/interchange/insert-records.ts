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
 * Rows per INSERT statement: one statement for many rows costs SQLite and the driver less per row than a
 * statement per row (200,000 contacts into an encrypted database: ~1.5 s one by one, ~1.05 s 32 at a time).
 */
export const ROWS_PER_STATEMENT = 32;

/** Inserts into one table, held back until ROWS_PER_STATEMENT have come or `flush` is called. */
interface TableInsert {
  add(row: Row, extraValues: readonly unknown[]): void;
  /** Writes the rows held back. */
  flush(): void;
}

/**
 * `INSERT INTO table (every column) VALUES (?, …), (?, …), …`, prepared once for ROWS_PER_STATEMENT rows and
 * once for one. Each row's fields, and the `extras` columns from the values passed beside it, are bound straight
 * into one reused argument array: building a merged object per row cost more than SQLite's own work for
 * 200,000 rows.
 */
function prepareInsert(raw: RawDatabase, table: SQLiteTable, extras: Extras): TableInsert {
  const columns = Object.entries(getTableColumns(table));
  const names = columns.map(([, column]) => `"${column.name}"`).join(', ');
  const rowSlots = `(${columns.map(() => '?').join(', ')})`;
  const insertOf = (rows: number) => raw.prepare(`INSERT INTO "${getTableName(table)}" (${names}) VALUES ${Array(rows).fill(rowSlots).join(', ')}`);
  const one = insertOf(1);
  let many: ReturnType<typeof insertOf> | null = null;
  const slots = columns.map(([key, column]) => ({ key, column, extra: extras.indexOf(key) }));
  const width = slots.length;
  const args: unknown[] = new Array(width * ROWS_PER_STATEMENT);
  let held = 0;
  return {
    add(row, extraValues) {
      const base = held * width;
      for (let i = 0; i < width; i++) {
        const slot = slots[i]!;
        const value = slot.extra >= 0 ? extraValues[slot.extra] : row[slot.key];
        if (value === undefined) throw new Error(`No value for ${getTableName(table)}.${slot.key}`);
        args[base + i] = value === null ? null : slot.column.mapToDriverValue(value);
      }
      if (++held < ROWS_PER_STATEMENT) return;
      (many ??= insertOf(ROWS_PER_STATEMENT)).run(args);
      held = 0;
    },
    flush() {
      for (let row = 0; row < held; row++) one.run(args.slice(row * width, (row + 1) * width));
      held = 0;
    },
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
 * Runs `work` (inserts into `table`) with the table's own indexes dropped when the table is empty, then builds
 * them again from their stored definitions: sorting every key once costs less than placing each new row in every
 * index as it comes (200,000 contacts: about a second less). A table that has rows keeps its indexes (the work
 * may look rows up). In the caller's transaction, so a rollback brings them back. `work` must have written all
 * its rows when it returns (RecordInserts.flush).
 */
export function withIndexesBuiltAfter<T>(raw: RawDatabase, table: SQLiteTable, work: () => T): T {
  if (raw.prepare(`SELECT 1 FROM "${getTableName(table)}" LIMIT 1`).get() !== undefined) return work();
  const indexes = raw
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL")
    .all(getTableName(table)) as { name: string; sql: string }[];
  for (const index of indexes) raw.exec(`DROP INDEX "${index.name}"`);
  const result = work();
  for (const index of indexes) raw.exec(index.sql);
  return result;
}

/**
 * New records, written through statements prepared once. Rows are held back and written many to a statement;
 * they are all written before a row of another table (so a client is stored before its jobs and contacts), before
 * an episode link, and on `flush`, which the caller calls before it reads what it wrote.
 */
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
  /** Writes every row held back. */
  flush(): void;
}

export function prepareRecordInserts(raw: RawDatabase): RecordInserts {
  const now = new Date().toISOString();
  const newId = timeOrderedIds();
  const linked: Extras = ['id', 'client_pk', 'created_at', 'updated_at'];
  /** The table whose rows are held back, if any. */
  let holding: TableInsert | null = null;
  const flush = () => {
    holding?.flush();
    holding = null;
  };
  const into = (table: SQLiteTable, extras: Extras) => {
    const insert = prepareInsert(raw, table, extras);
    return (row: object, extraValues: readonly unknown[]) => {
      if (holding !== insert) {
        flush();
        holding = insert;
      }
      insert.add(row as Row, extraValues);
    };
  };
  const insertClient = into(clients, ['id', 'previous_episode_id', 'age_band_at_referral', 'anonymised_at', 'created_at', 'updated_at']);
  const insertStaff = into(staff, ['id', 'created_at', 'updated_at']);
  const link = raw.prepare('UPDATE clients SET previous_episode_id = ?, updated_at = ? WHERE id = ?');
  const childOf = (table: SQLiteTable) => {
    const insert = into(table, linked);
    return (record: object, clientPk: string | null) => insert(record, [newId(), clientPk, now, now]);
  };
  return {
    client(client) {
      const id = newId();
      // A new record is not anonymised; the age band is kept only when anonymising (shared/retention.ts).
      insertClient(client, [id, null, null, null, now, now]);
      return id;
    },
    job: childOf(jobs),
    contact: childOf(contacts),
    activity: childOf(activities),
    wellbeing: childOf(wellbeing),
    staff: (person) => insertStaff(person, [newId(), now, now]),
    linkEpisode(clientPk, previousPk) {
      flush();
      link.run(previousPk, now, clientPk);
    },
    flush,
  };
}
