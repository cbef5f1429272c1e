import type { AppDatabase, AppTransaction } from '../connection';

/** What every repository function takes: the database, or the transaction a service opened on it. */
export type Db = AppDatabase | AppTransaction;

/**
 * Rows per multi-row INSERT. SQLite allows 32,766 bound values per statement; the widest table (clients)
 * has about 30 columns, so 500 rows stay well inside it while keeping statements few.
 */
const INSERT_CHUNK_ROWS = 500;

/** Inserts many rows with a few multi-row statements instead of one statement per row. */
export function insertInChunks<T>(rows: readonly T[], insert: (chunk: T[]) => void): void {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK_ROWS) insert(rows.slice(i, i + INSERT_CHUNK_ROWS));
}

/** `Jane Smith` from the parts a record has; blank when it has neither. */
export function personName(given: string | null, family: string | null): string {
  return [given, family].filter((part): part is string => Boolean(part && part.trim())).map((p) => p.trim()).join(' ');
}
