import type { Statement } from 'better-sqlite3';
import type { AppDatabase, AppTransaction, RawDatabase } from './connection';

/**
 * How services reach the open database. There are two ways in and they differ in type:
 * - a **reader** (`DatabaseReader`) can only query: its drizzle handle has no insert/update/delete/run, and
 *   its raw connection prepares only statements SQLite itself reports as read-only;
 * - a **write** happens only inside `writeAudited` (db/audited-write.ts), which hands out a transaction and
 *   records the audit entry in it.
 * Repository functions that write take `WriteDb` (a transaction), so passing a reader is a type error.
 */

/** The drizzle query builders that cannot change anything; both the database and a transaction have them. */
export type ReadDb = Pick<AppDatabase, 'select' | 'selectDistinct' | 'query' | '$count' | '$with' | 'with'>;

/** Writes happen only in a transaction opened by writeAudited. */
export type WriteDb = AppTransaction;

/** What bulk reads need from better-sqlite3: prepared statements (the raw connection or the read-only view). */
export interface QueryRaw {
  prepare(sql: string): Statement;
}

export interface ReadOnlyRaw extends QueryRaw {
  /** Runs `work` in one read transaction, so several queries see one consistent state of the file. */
  snapshot<T>(work: () => T): T;
}

export interface DatabaseReader {
  db: ReadDb;
  raw: ReadOnlyRaw;
}

export class WriteOutsideTransactionError extends Error {
  constructor(sql: string) {
    super(`A read-only context tried to prepare a statement that writes: ${sql.trim().slice(0, 60)}`);
    this.name = 'WriteOutsideTransactionError';
  }
}

/**
 * The read-only view of an open connection. Made once per session, so statement caches keyed on it
 * (report-records.ts) live as long as the connection.
 */
export function createReader(open: { db: AppDatabase; raw: RawDatabase }): DatabaseReader {
  const { raw } = open;
  return {
    db: open.db,
    raw: {
      prepare(sql) {
        const statement = raw.prepare(sql);
        // SQLite's own answer (sqlite3_stmt_readonly), so no spelling of a write slips through.
        if (!statement.readonly) throw new WriteOutsideTransactionError(sql);
        return statement;
      },
      snapshot: (work) => raw.transaction(work).deferred(),
    },
  };
}
