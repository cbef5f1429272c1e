import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { eq } from 'drizzle-orm';
import { publishWithoutOverwrite, siblingTempPath } from './atomic-file';
import { sealUnchainedAuditRows } from './audit-chain';
import { writeAudited, type Actor, type Audited, type WriteScope } from './audited-write';
import { createDrizzle, openEncryptedDatabase, type AppDatabase, type RawDatabase } from './connection';
import { AlreadyExistsError, KeyringMismatchError, NotAnIpsDeskDatabaseError } from './errors';
import { createKeyring, generateDatabaseKey, keyringPathFor, type ScryptCost } from './keyring';
import { migrateDatabase } from './migrate';
import { DATABASE_META_KEYS, databaseMeta } from './schema';

/** The files of one team database: the encrypted database, its keyring beside it, and its backups folder. */
export interface TeamDatabasePaths {
  databaseFile: string;
  keyringFile: string;
  backupDir: string;
  /** Wrong unlock attempts so far, so a restart does not reset the throttle (not secret). */
  throttleFile: string;
}

export function teamDatabasePaths(databaseFile: string, backupDir = join(dirname(databaseFile), 'backups')): TeamDatabasePaths {
  const stem = basename(databaseFile).replace(/\.db$/i, '');
  return { databaseFile, keyringFile: keyringPathFor(databaseFile), backupDir, throttleFile: join(dirname(databaseFile), `${stem}.unlock-throttle.json`) };
}

export interface OpenTeamDatabase {
  raw: RawDatabase;
  db: AppDatabase;
  databaseId: string;
}

export interface CreateTeamDatabaseOptions {
  paths: TeamDatabasePaths;
  user: string;
  passphrase: string;
  scryptCost?: ScryptCost;
  nativeBinding?: string;
  migrationsFolder?: string;
  /** Who is setting up, and when: the first audit entry. */
  actor: Actor;
  now?: Date;
  /** First records (service name, first user…), written in the same audited transaction as the database id. */
  initialise: (scope: WriteScope) => Audited<void>;
}

/**
 * Creates a team database and its keyring, never replacing either. The database is built complete under
 * a temporary name and only then given its real name; the keyring is published first, so a crash can
 * leave a keyring without a database but never a database whose key is lost.
 */
export async function createTeamDatabase(
  options: CreateTeamDatabaseOptions,
): Promise<{ database: OpenTeamDatabase; key: Buffer; recoveryKey: string }> {
  const { databaseFile, keyringFile } = options.paths;
  for (const file of [databaseFile, keyringFile]) if (existsSync(file)) throw new AlreadyExistsError(file);
  mkdirSync(dirname(databaseFile), { recursive: true, mode: 0o700 });

  const key = generateDatabaseKey();
  const databaseId = randomUUID();
  const temp = siblingTempPath(databaseFile);
  const removeTemp = () => ['', '-wal', '-shm', '-journal'].forEach((s) => rmSync(temp + s, { force: true }));
  try {
    const raw = openEncryptedDatabase(temp, key, { create: true, ...nativeBindingOf(options) });
    try {
      migrateDatabase(raw, { backupDir: options.paths.backupDir, ...migrationsFolderOf(options) });
      // A new database's audit log starts on the chain: nothing may be sealed into it later.
      sealUnchainedAuditRows(raw);
      writeAudited({ db: createDrizzle(raw), raw }, options.actor, options.now ?? new Date(), (scope) => {
        scope.db.insert(databaseMeta).values({ key: DATABASE_META_KEYS.databaseId, value: databaseId }).run();
        return options.initialise(scope);
      });
    } finally {
      raw.close();
    }
    const { recoveryKey } = await createKeyring({
      file: keyringFile,
      databaseId,
      key,
      user: options.user,
      passphrase: options.passphrase,
      ...(options.scryptCost ? { scryptCost: options.scryptCost } : {}),
    });
    try {
      publishWithoutOverwrite(temp, databaseFile);
    } catch (error) {
      rmSync(keyringFile, { force: true }); // ours, written a moment ago, and useless without our database
      throw error;
    }
    removeTemp();
    const database = openTeamDatabase({ databaseFile, key, databaseId, ...nativeBindingOf(options) });
    return { database, key, recoveryKey };
  } catch (error) {
    removeTemp();
    throw error;
  }
}

export interface OpenTeamDatabaseOptions {
  databaseFile: string;
  key: Buffer;
  /** The id recorded in the keyring the key came from. */
  databaseId: string;
  /** Named in the error when the ids differ; default: the keyring beside the database. */
  keyringFile?: string;
  nativeBinding?: string;
  readonly?: boolean;
  /** How long a write waits for another connection's write to finish before SQLite reports it busy. */
  busyTimeoutMs?: number;
}

/**
 * Opens an existing team database with a key from its keyring and checks the database id matches the
 * keyring's. Throws WrongKeyError, NotAnIpsDeskDatabaseError, DatabaseMissingError or KeyringMismatchError.
 */
export function openTeamDatabase(options: OpenTeamDatabaseOptions): OpenTeamDatabase {
  const raw = openEncryptedDatabase(options.databaseFile, options.key, {
    ...nativeBindingOf(options),
    ...(options.readonly ? { readonly: true } : {}),
    ...(options.busyTimeoutMs !== undefined ? { busyTimeoutMs: options.busyTimeoutMs } : {}),
  });
  try {
    const db = createDrizzle(raw);
    const hasMeta = raw.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'database_meta'`).get();
    if (!hasMeta) throw new NotAnIpsDeskDatabaseError(options.databaseFile, 'it has no database id');
    const row = db.select().from(databaseMeta).where(eq(databaseMeta.key, DATABASE_META_KEYS.databaseId)).get();
    if (!row) throw new NotAnIpsDeskDatabaseError(options.databaseFile, 'it has no database id');
    if (row.value !== options.databaseId) throw new KeyringMismatchError(options.keyringFile ?? keyringPathFor(options.databaseFile), options.databaseFile);
    return { raw, db, databaseId: row.value };
  } catch (error) {
    raw.close();
    throw error;
  }
}

function nativeBindingOf(o: { nativeBinding?: string }): { nativeBinding?: string } {
  return o.nativeBinding ? { nativeBinding: o.nativeBinding } : {};
}

function migrationsFolderOf(o: { migrationsFolder?: string }): { migrationsFolder?: string } {
  return o.migrationsFolder ? { migrationsFolder: o.migrationsFolder } : {};
}
