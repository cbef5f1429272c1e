import type { ReadDb, WriteDb } from '../access';

/**
 * What repository functions take: `Db` to read (a reader or a transaction), `WriteDb` to change anything (only
 * the transaction writeAudited opens), so a read-only context that tries to write does not type-check.
 */
export type Db = ReadDb;
export type { WriteDb };

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
