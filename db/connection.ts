import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import * as schema from './schema';
import { AlreadyExistsError, DatabaseMissingError, NotAnIpsDeskDatabaseError, WrongKeyError } from './errors';
import { restrictDatabaseFilesToOwner } from './file-permissions';

export type RawDatabase = Database.Database;
export type AppDatabase = BetterSQLite3Database<typeof schema>;
/** The `tx` handed to `db.transaction((tx) => …)`: use it like the database inside the transaction. */
export type AppTransaction = Parameters<Parameters<AppDatabase['transaction']>[0]>[0];

/** The raw database key: 32 random bytes, never derived from a passphrase directly (see db/keyring.ts). */
export const DATABASE_KEY_BYTES = 32;

/** Stored in the SQLite header (`PRAGMA application_id`) so a file can be recognised as ours once decrypted: "IPSD". */
export const IPS_DESK_APPLICATION_ID = 0x49505344;

const PLAIN_SQLITE_HEADER = 'SQLite format 3\0';

export interface OpenEncryptedDatabaseOptions {
  /** Path to a better-sqlite3 .node built for the running ABI (Electron loads its own build). */
  nativeBinding?: string;
  /** Create a new database: the file must not exist yet. Default false: the file must exist and be ours. */
  create?: boolean;
  /** Open read-only (verify, backups): no WAL switch or other writes. */
  readonly?: boolean;
  busyTimeoutMs?: number;
}

/**
 * Opens an IPS Desk database encrypted with SQLCipher v4 settings and a raw 32-byte key.
 * A wrong key only shows on the first read, so sqlite_master is read straight after keying: the caller
 * gets WrongKeyError here rather than a confusing failure later. Nothing is written to a file that turns
 * out not to be ours.
 */
export function openEncryptedDatabase(file: string, key: Buffer, options: OpenEncryptedDatabaseOptions = {}): RawDatabase {
  if (key.length !== DATABASE_KEY_BYTES) throw new Error(`A database key must be ${DATABASE_KEY_BYTES} bytes, got ${key.length}`);
  if (options.create) {
    if (existsSync(file)) throw new AlreadyExistsError(file);
  } else {
    checkLooksEncrypted(file);
  }

  const db = new Database(file, {
    fileMustExist: !options.create,
    readonly: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    // Before anything is written to it; the -wal and -shm SQLite creates later take the database's mode.
    if (!options.readonly) restrictDatabaseFilesToOwner(file);
    // Order matters: cipher and legacy settings first, then the key.
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${key.toString('hex')}'"`);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (error) {
      if (isNotADatabase(error)) throw new WrongKeyError(file);
      throw error;
    }
    if (options.create) {
      db.pragma(`application_id=${IPS_DESK_APPLICATION_ID}`);
    } else if (db.pragma('application_id', { simple: true }) !== IPS_DESK_APPLICATION_ID) {
      throw new NotAnIpsDeskDatabaseError(file, 'it is an encrypted SQLite file without the IPS Desk marker');
    }
    applyConnectionSettings(db, options);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function applyConnectionSettings(db: RawDatabase, options: OpenEncryptedDatabaseOptions): void {
  db.pragma(`busy_timeout=${options.busyTimeoutMs ?? 5000}`);
  db.pragma('foreign_keys=ON');
  db.pragma('temp_store=MEMORY');
  if (options.readonly) return;
  db.pragma('secure_delete=ON');
  const mode = db.pragma('journal_mode=WAL', { simple: true });
  if (mode !== 'wal') throw new Error(`Could not switch the database to WAL mode (got ${String(mode)})`);
}

/** Refuses missing, empty and plain (unencrypted) SQLite files before SQLite touches them. */
function checkLooksEncrypted(file: string): void {
  if (!existsSync(file)) throw new DatabaseMissingError(file);
  if (statSync(file).size === 0) throw new NotAnIpsDeskDatabaseError(file, 'the file is empty');
  const header = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') === PLAIN_SQLITE_HEADER) {
    throw new NotAnIpsDeskDatabaseError(file, 'it is an unencrypted SQLite database');
  }
}

function isNotADatabase(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'SQLITE_NOTADB';
}

/** Drizzle over an open connection, with the schema so repositories can use `db.query.<table>`. */
export function createDrizzle(raw: RawDatabase): AppDatabase {
  return drizzle(raw, { schema });
}
