import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { RestoreUnlock } from '../shared/ipc/backups';
import { roleSchema, type Role } from '../shared/roles';
import { sealUnchainedAuditRows } from './audit-chain';
import { audited, writeAudited, type AuditEntry } from './audited-write';
import type { BackupSource } from './backup-source';
import { BackupDamagedError, StoreError, UnknownUserError } from './errors';
import {
  findPassphraseSlot, keyringPathFor, keyringWithPassphraseSlot, pendingKeyringPath, readKeyring, saveKeyring, unwrapWithPassphrase, unwrapWithRecoveryKey,
  type Keyring, type ScryptCost,
} from './keyring';
import { sameUser } from './keyring-schema';
import { migrateDatabase } from './migrate';
import { users } from './schema';
import { openTeamDatabase, type OpenTeamDatabase, type TeamDatabasePaths } from './team-database';

/**
 * Restoring a backup in two steps, so the caller can decide in between (is this person allowed? back up
 * what is there?). `stageRestore` unpacks the backup beside the live database into a private staging
 * folder, checks checksums, unlocks it with the passphrase or recovery key, runs SQLite's integrity check
 * and brings its schema up to date — nothing live is touched. `commitRestore` records the restore in the
 * restored database's audit log and swaps it in: stale -wal/-shm removed first (a WAL left beside a
 * different database would be replayed into it), then one rename for the database and one for its keyring
 * (handed over as the pending keyring, so a crash between the two is recovered at the next unlock).
 */
export interface StageRestoreOptions {
  source: BackupSource;
  target: TeamDatabasePaths;
  unlock: RestoreUnlock;
  scryptCost?: ScryptCost;
  nativeBinding?: string;
  migrationsFolder?: string;
  now: Date;
}

export interface StagedRestore {
  source: BackupSource;
  target: TeamDatabasePaths;
  database: OpenTeamDatabase;
  keyring: Keyring;
  /** The person the restore is done as, spelt as in the backup, and their role there. */
  user: string;
  role: Role;
  /** Set for a recovery-key restore: the keyring with the new passphrase, saved in the audited write. */
  newKeyring?: Keyring;
  now: Date;
  files: { stagingDir: string; databaseFile: string; keyringFile: string };
  /** Closes and removes everything staged; the live files were never touched. */
  discard(): void;
}

const STAGING_PREFIX = '.ipsdesk-restore-';
const STALE_STAGING_MS = 60 * 60 * 1000;

export async function stageRestore(options: StageRestoreOptions): Promise<StagedRestore> {
  const { source, target } = options;
  if (!source.header.parts.some((p) => p.name === 'keyring')) {
    throw new BackupDamagedError(source.file, 'it holds no keyring, so no passphrase or recovery key can open it');
  }
  const targetDir = dirname(target.databaseFile);
  mkdirSync(targetDir, { recursive: true, mode: 0o700 });
  removeStaleStaging(targetDir, options.now);
  const stagingDir = mkdtempSync(join(targetDir, STAGING_PREFIX));
  const databaseFile = join(stagingDir, basename(target.databaseFile));
  const files = { stagingDir, databaseFile, keyringFile: keyringPathFor(databaseFile) };
  let database: OpenTeamDatabase | undefined;
  let key: Buffer | undefined;
  const discard = () => {
    database?.raw.close();
    database = undefined;
    key?.fill(0);
    rmSync(stagingDir, { recursive: true, force: true });
  };
  try {
    source.extract({ keyring: files.keyringFile, database: databaseFile, wal: `${databaseFile}-wal` });
    const keyring = readKeyring(files.keyringFile);
    key = await keyFor(keyring, options.unlock);
    database = openChecked(source.file, databaseFile, key, keyring, options.nativeBinding);
    migrateDatabase(database.raw, { backupDir: null, ...(options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {}) });
    sealUnchainedAuditRows(database.raw);

    const people = database.db.select({ name: users.name, role: users.role, created_at: users.created_at }).from(users).all();
    const person = whoRestores(keyring, options.unlock, people);
    const newKeyring =
      options.unlock.method === 'recovery_key'
        ? await keyringWithPassphraseSlot({
            file: files.keyringFile,
            key,
            user: person.name,
            passphrase: options.unlock.newPassphrase,
            ...(options.scryptCost ? { scryptCost: options.scryptCost } : {}),
            now: options.now,
          })
        : undefined;
    const open = database;
    return {
      source,
      target,
      database: open,
      keyring,
      user: person.name,
      role: person.role,
      ...(newKeyring ? { newKeyring } : {}),
      now: options.now,
      files,
      discard,
    };
  } catch (error) {
    discard();
    throw error;
  }
}

/** Opens the staged copy and runs SQLite's integrity check; any failure is the backup's damage, named as such. */
function openChecked(backupFile: string, databaseFile: string, key: Buffer, keyring: Keyring, nativeBinding: string | undefined): OpenTeamDatabase {
  let database: OpenTeamDatabase;
  try {
    database = openTeamDatabase({ databaseFile, key, databaseId: keyring.database_id, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (error) {
    if (error instanceof StoreError || isSqliteCorruption(error)) {
      throw new BackupDamagedError(backupFile, 'its database does not open with its own keyring (it is damaged, or the two do not belong together)');
    }
    throw error;
  }
  let problems: string[];
  try {
    problems = database.raw.prepare('PRAGMA integrity_check').pluck().all() as string[];
  } catch (error) {
    if (!isSqliteCorruption(error)) throw error;
    problems = [(error as Error).message];
  }
  if (problems.length !== 1 || problems[0] !== 'ok') {
    database.raw.close();
    throw new BackupDamagedError(backupFile, `its database fails SQLite's integrity check (${problems.slice(0, 3).join('; ')})`);
  }
  return database;
}

function isSqliteCorruption(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT_'));
}

async function keyFor(keyring: Keyring, unlock: RestoreUnlock): Promise<Buffer> {
  return unlock.method === 'passphrase' ? unwrapWithPassphrase(keyring, unlock.user, unlock.passphrase) : unwrapWithRecoveryKey(keyring, unlock.recoveryKey);
}

/**
 * Who the restore is done as. With a passphrase: its slot's user. With the recovery key: the named user, or
 * else the backup's first manager; either way someone in the backup's users table, whose passphrase is set.
 */
function whoRestores(keyring: Keyring, unlock: RestoreUnlock, people: { name: string; role: string; created_at: string }[]): { name: string; role: Role } {
  const roleOf = (name: string) => {
    const parsed = roleSchema.safeParse(people.find((p) => sameUser(p.name, name))?.role);
    return parsed.success ? parsed.data : 'viewer';
  };
  if (unlock.method === 'passphrase') {
    const name = findPassphraseSlot(keyring, unlock.user)?.user ?? unlock.user;
    return { name, role: roleOf(name) };
  }
  const named = unlock.user;
  const found = named
    ? people.find((p) => sameUser(p.name, named))
    : [...people].sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0)).find((p) => p.role === 'manager');
  if (!found) throw new UnknownUserError(named ?? 'a manager', people.map((p) => p.name));
  return { name: found.name, role: roleOf(found.name) };
}

/**
 * Records the restore in the restored database (one audit entry; a recovery-key restore saves the new
 * passphrase slot in the same transaction) and swaps the restored files in. The caller has closed every
 * connection to the live database and backed it up.
 */
export function commitRestore(staged: StagedRestore, entry: AuditEntry): void {
  const { database, files, target } = staged;
  try {
    writeAudited(database, { user: staged.user, role: staged.role }, staged.now, () => {
      if (staged.newKeyring) saveKeyring(files.keyringFile, staged.newKeyring);
      return audited(undefined, entry);
    });
    // Everything into the database file itself, so the rename below moves all of it.
    database.raw.pragma('wal_checkpoint(TRUNCATE)');
  } catch (error) {
    staged.discard();
    throw error;
  }
  database.raw.close();
  for (const suffix of ['-wal', '-shm']) rmSync(files.databaseFile + suffix, { force: true });
  // The restored keyring waits beside the live one as the pending keyring, the same hand-over a change of
  // database key uses: if the process dies between the two renames, the next unlock finds the database does
  // not open with the old keyring and promotes the pending one (vault-core openFromKeyrings).
  const pending = pendingKeyringPath(target.keyringFile);
  renameSync(files.keyringFile, pending);
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(target.databaseFile + suffix, { force: true });
  renameSync(files.databaseFile, target.databaseFile);
  renameSync(pending, target.keyringFile);
  staged.discard();
}

/** Staging folders of restores killed part-way, once they are old enough not to be another restore's. */
function removeStaleStaging(dir: string, now: Date): void {
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(STAGING_PREFIX)) continue;
    const path = join(dir, name);
    try {
      if (now.getTime() - statSync(path).mtimeMs > STALE_STAGING_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Gone already.
    }
  }
}

