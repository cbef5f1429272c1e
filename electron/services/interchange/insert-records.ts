import { randomUUID } from 'node:crypto';
import { eq, getTableColumns, sql, type Placeholder } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { AppTransaction } from '../../../db/connection';
import { activities, clients, contacts, jobs, staff, wellbeing } from '../../../db/schema';
import type { Activity, Client, Contact, Job, Staff, Wellbeing } from '../../../shared/records';

/**
 * Prepared statements for writing many records in the caller's transaction: each INSERT is prepared once
 * and run once per record, with every column bound (ids and timestamps made here, so no default is computed
 * once at prepare time and shared). Drizzle maps the values (yes/no, JSON lists) exactly as its ordinary
 * inserts do. Used by imports and the demo loader; single-record edits go through the repositories.
 */
type Row = Record<string, unknown>;

/** `INSERT INTO table (every column) VALUES (a placeholder per column)`, prepared. */
function prepareInsert(tx: AppTransaction, table: SQLiteTable): (row: Row) => void {
  const values = Object.fromEntries(Object.keys(getTableColumns(table)).map((key) => [key, sql.placeholder(key)])) as Record<string, Placeholder>;
  // The placeholders stand for every column, so the builder's per-table value type does not apply here.
  const statement = tx.insert(table).values(values as never).prepare();
  return (row) => statement.run(row);
}

/**
 * SQLite's page cache while many records go in: 64 MB instead of the connection's default 2 MB. Every record
 * adds to indexes keyed by random UUIDs, so with a small cache nearly every insert reads (and decrypts) pages
 * it evicted a moment ago: 240,000 records took ~90 s with the default cache and ~6 s with this one.
 */
const BULK_CACHE_KIB = 64 * 1024;

export function withBulkPageCache<T>(tx: AppTransaction, work: () => T): T {
  const before = tx.all<{ cache_size: number }>(sql.raw('PRAGMA cache_size'))[0]?.cache_size;
  tx.run(sql.raw(`PRAGMA cache_size = -${BULK_CACHE_KIB}`));
  try {
    return work();
  } finally {
    if (before !== undefined) tx.run(sql.raw(`PRAGMA cache_size = ${Number(before)}`));
  }
}

export interface RecordInserts {
  /** Returns the new record id. */
  client(client: Client): string;
  job(job: Job, clientPk: string): void;
  contact(contact: Contact, clientPk: string | null): void;
  activity(activity: Activity, clientPk: string): void;
  wellbeing(score: Wellbeing, clientPk: string): void;
  staff(person: Staff): void;
  /** Links an episode to the person's earlier one (null: no earlier episode). */
  linkEpisode(clientPk: string, previousPk: string | null): void;
}

export function prepareRecordInserts(tx: AppTransaction): RecordInserts {
  const now = new Date().toISOString();
  const stamps = { created_at: now, updated_at: now };
  const insertClient = prepareInsert(tx, clients);
  const insertJob = prepareInsert(tx, jobs);
  const insertContact = prepareInsert(tx, contacts);
  const insertActivity = prepareInsert(tx, activities);
  const insertWellbeing = prepareInsert(tx, wellbeing);
  const insertStaff = prepareInsert(tx, staff);
  const link = tx
    .update(clients)
    .set({ previous_episode_id: sql`${sql.placeholder('previous')}`, updated_at: now })
    .where(eq(clients.id, sql.placeholder('id')))
    .prepare();
  return {
    client(client) {
      const id = randomUUID();
      insertClient({ ...client, ...stamps, id, previous_episode_id: null });
      return id;
    },
    job: (job, clientPk) => insertJob({ ...job, ...stamps, id: randomUUID(), client_pk: clientPk }),
    contact: (contact, clientPk) => insertContact({ ...contact, ...stamps, id: randomUUID(), client_pk: clientPk }),
    activity: (activity, clientPk) => insertActivity({ ...activity, ...stamps, id: randomUUID(), client_pk: clientPk }),
    wellbeing: (score, clientPk) => insertWellbeing({ ...score, ...stamps, id: randomUUID(), client_pk: clientPk }),
    staff: (person) => insertStaff({ ...person, ...stamps, id: randomUUID() }),
    linkEpisode: (clientPk, previousPk) => void link.run({ id: clientPk, previous: previousPk }),
  };
}
