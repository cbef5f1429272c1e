import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { VaultStatus } from '../../../shared/ipc/vault';
import type { EventPayload } from '../../../shared/ipc/events';
import { roleSchema, type Caller, type Role } from '../../../shared/roles';
import { createReader, type DatabaseReader, type ReadDb } from '../../../db/access';
import { writeAudited, type Actor, type Audited, type WriteScope } from '../../../db/audited-write';
import type { SecondConnection } from '../../../db/second-connection';
import { sealUnchainedAuditRows } from '../../../db/audit-chain';
import { passphraseUsers, pendingKeyringPath, readKeyring, type Keyring, type ScryptCost } from '../../../db/keyring';
import { WrongKeyError } from '../../../db/errors';
import { sameUser } from '../../../db/keyring-schema';
import { migrateDatabase, type MigrateResult } from '../../../db/migrate';
import { users } from '../../../db/schema';
import { readServiceSettings } from '../../../db/repositories/settings-repository';
import { openTeamDatabase, teamDatabasePaths, type OpenTeamDatabase, type TeamDatabasePaths } from '../../../db/team-database';
import { busyAsServiceError } from '../busy';
import { databaseFolderProblem } from '../data-folder';
import type { EventHub } from '../event-hub';
import { ServiceError } from '../service-error';
import { fileThrottleStore, UnlockThrottle } from '../unlock-throttle';
import { toVaultServiceError } from '../vault-errors';

export const DEFAULT_DATABASE_FILE_NAME = 'ipsdesk.db';

export interface VaultServiceOptions {
  /** Folder holding the database, its keyring and `backups/`. */
  dataDir: string;
  databaseFileName?: string;
  /** Cost of new passphrase slots; tests pass a cheap one. Existing slots keep the cost stored in them. */
  scryptCost?: ScryptCost;
  /** Milliseconds since the epoch; injectable so throttling tests need not sleep. */
  clock?: () => number;
  /** better-sqlite3 built for Electron's ABI. */
  nativeBinding?: string;
  /** Needed when running from a bundle; defaults to db/migrations beside the source. */
  migrationsFolder?: string;
  /**
   * Back up at the first unlock of each day (default true). The command line turns it off: its commands are
   * one-off tasks, and `backup` is there to run on a schedule.
   */
  automaticBackups?: boolean;
  /** How long a write waits for another process's write before IPS Desk says it is busy (default 5 s). */
  busyTimeoutMs?: number;
  /** Told when the database locks, so the renderer can clear itself. */
  events?: EventHub;
  /** Whose rules say whether the data folder is on a network share; default: this machine's. */
  platform?: NodeJS.Platform;
}

export interface Session {
  database: OpenTeamDatabase;
  reader: DatabaseReader;
  key: Buffer;
  /** Null only after a recovery-key unlock, until the person says who they are. */
  user: string | null;
  role: Role | null;
  mustSetPassphrase: boolean;
  serviceName: string | undefined;
}

export type LockReason = EventPayload<'vault.locked'>['reason'];

/**
 * The state every part of the vault shares: where the files are, the open session (if any), the unlock
 * throttle, and one queue so two vault operations never interleave (two unlocks would open the file twice).
 */
export function createVaultCore(options: VaultServiceOptions) {
  const paths: TeamDatabasePaths = teamDatabasePaths(join(options.dataDir, options.databaseFileName ?? DEFAULT_DATABASE_FILE_NAME));
  const clock = options.clock ?? Date.now;
  const throttle = new UnlockThrottle({ clock, store: fileThrottleStore(paths.throttleFile) });
  const nativeBinding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const scryptCost = options.scryptCost ? { scryptCost: options.scryptCost } : {};
  const busyTimeout = options.busyTimeoutMs !== undefined ? { busyTimeoutMs: options.busyTimeoutMs } : {};
  let session: Session | undefined;
  /** True while writeOnSecondConnection's job runs. */
  let secondConnectionOpen = false;
  let queue: Promise<unknown> = Promise.resolve();

  const serial = <T>(work: () => Promise<T> | T): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run.catch((error: unknown) => {
      throw toVaultServiceError(error);
    });
  };

  function isSetUp(): boolean {
    return existsSync(paths.databaseFile) || existsSync(paths.keyringFile);
  }

  /** The id in the live keyring, or null when there is none (or it cannot be read). */
  function liveDatabaseId(): string | null {
    try {
      return readKeyring(paths.keyringFile).database_id;
    } catch {
      return null;
    }
  }

  /** The names for the unlock screen; a damaged keyring shows up when someone tries to unlock. */
  function safeUsers(): string[] {
    try {
      return passphraseUsers(readKeyring(paths.keyringFile));
    } catch {
      return [];
    }
  }

  function status(): VaultStatus {
    const dataFolder = options.dataDir;
    if (session) {
      return {
        state: 'unlocked',
        ...(session.serviceName ? { serviceName: session.serviceName } : {}),
        users: safeUsers(),
        ...(session.user ? { currentUser: session.user } : {}),
        ...(session.role ? { currentRole: session.role } : {}),
        mustSetPassphrase: session.mustSetPassphrase,
        dataFolder,
      };
    }
    if (!isSetUp()) return { state: 'needs_setup', users: [], mustSetPassphrase: false, dataFolder };
    return { state: 'locked', users: safeUsers(), mustSetPassphrase: false, dataFolder };
  }

  function unlocked(): Session {
    if (!session) throw new ServiceError('locked', 'IPS Desk is locked. Unlock it to go on.');
    return session;
  }

  /** The open session of a named user: data may be read and written. */
  function ready(): Session {
    const current = unlocked();
    if (current.mustSetPassphrase) throw new ServiceError('locked', 'Choose a new passphrase before going on.');
    return current;
  }

  function readServiceName(db: ReadDb): string | undefined {
    return readServiceSettings(db).serviceName || undefined;
  }

  /** After Settings changed the service name, the status (and the lock screen) show the new one. */
  function refreshSession(): void {
    if (session) session.serviceName = readServiceName(session.reader.db);
  }

  /** A user's role from the users table; someone with a passphrase but no row there may only read. */
  function roleOf(db: ReadDb, user: string): Role {
    const row = db.select({ name: users.name, role: users.role }).from(users).all().find((u) => sameUser(u.name, user));
    const parsed = roleSchema.safeParse(row?.role);
    return parsed.success ? parsed.data : 'viewer';
  }

  /** Opens the database with a key from the keyring and brings its schema up to date (backing up first). */
  function openWithKey(key: Buffer, databaseId: string): { database: OpenTeamDatabase; migration: MigrateResult } {
    let database: OpenTeamDatabase;
    try {
      database = openTeamDatabase({ databaseFile: paths.databaseFile, key, databaseId, keyringFile: paths.keyringFile, ...nativeBinding, ...busyTimeout });
    } catch (error) {
      key.fill(0);
      throw error;
    }
    try {
      const migration = migrateDatabase(database.raw, {
        backupDir: paths.backupDir,
        keyringFile: paths.keyringFile,
        now: new Date(clock()),
        ...(options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {}),
      });
      sealUnchainedAuditRows(database.raw);
      return { database, migration };
    } catch (error) {
      database.raw.close();
      key.fill(0);
      throw error;
    }
  }

  /**
   * Reads the keyring, gets the key from it (`keyOf` asks for the passphrase or recovery key), and opens the
   * database. If a change of database key was cut short after the file was re-keyed but before its new
   * keyring replaced the old (a crash), the same passphrase opens the pending keyring: it is promoted. A
   * pending keyring the database does not need is removed.
   */
  async function openFromKeyrings(
    keyOf: (keyring: Keyring) => Promise<Buffer> | Buffer,
  ): Promise<{ keyring: Keyring; key: Buffer; database: OpenTeamDatabase; migration: MigrateResult }> {
    const keyring = readKeyring(paths.keyringFile);
    const key = await keyOf(keyring);
    const pending = pendingKeyringPath(paths.keyringFile);
    try {
      const opened = openWithKey(key, keyring.database_id);
      rmSync(pending, { force: true });
      return { keyring, key, ...opened };
    } catch (error) {
      if (!(error instanceof WrongKeyError) || !existsSync(pending)) throw error;
    }
    const next = readKeyring(pending);
    const nextKey = await keyOf(next);
    const opened = openWithKey(nextKey, next.database_id);
    renameSync(pending, paths.keyringFile);
    return { keyring: next, key: nextKey, ...opened };
  }

  function startSession(database: OpenTeamDatabase, key: Buffer, user: string | null, mustSetPassphrase: boolean): Session {
    const reader = createReader(database);
    session = {
      database,
      reader,
      key,
      user,
      role: user ? roleOf(reader.db, user) : null,
      mustSetPassphrase,
      serviceName: readServiceName(reader.db),
    };
    return session;
  }

  /** Closes the database, wipes the key and tells the renderer; nothing happens when already locked. */
  function endSession(reason: LockReason): void {
    if (!session) return;
    const { database, key } = session;
    session = undefined;
    key.fill(0);
    database.raw.close();
    options.events?.emit('vault.locked', { reason });
  }

  function actorOf(current: Session): Actor {
    return { user: current.user, role: current.role };
  }

  /** The one write path for the session's own actions (unlock, passphrase changes, …). */
  function writeAsSession<T>(current: Session, work: (scope: WriteScope) => Audited<T>): T {
    return writeAs(current, actorOf(current), work);
  }

  /** Every write of the vault and the data services: the audited transaction, with "busy" said plainly. */
  function writeAs<T>(current: Session, actor: Actor, work: (scope: WriteScope) => Audited<T>): T {
    // Refused at once: waiting out the import's write lock would hold up the main thread for the busy timeout.
    if (secondConnectionOpen) throw new ServiceError('busy', 'IPS Desk is still saving an import. Try again when it has finished.');
    try {
      return writeAudited(current.database, actor, new Date(clock()), work);
    } catch (error) {
      throw busyAsServiceError(error);
    }
  }

  /**
   * A long write on a connection of its own (an import, in a worker thread): `job` gets what it needs to open
   * one. Meanwhile the session's own writes are refused as busy, and lock, restore and key changes wait in the
   * vault's queue, so the file and its key stay as the job found them.
   */
  function writeOnSecondConnection<T>(actor: Actor, job: (target: SecondConnection) => Promise<T>): Promise<T> {
    return serial(async () => {
      const current = ready();
      const key = Buffer.from(current.key);
      secondConnectionOpen = true;
      try {
        return await job({ databaseFile: paths.databaseFile, key, ...nativeBinding, ...busyTimeout, actor, at: new Date(clock()) });
      } finally {
        secondConnectionOpen = false;
        key.fill(0);
      }
    });
  }

  /** Refuses a data folder on a network share (set-up, unlock and restore all check it). */
  function assertLocalFolder(): void {
    const problem = databaseFolderProblem(options.dataDir, options.platform);
    if (problem) throw new ServiceError('invalid_input', problem);
  }

  /** The auto-lock limit while anything is unlocked (Settings › Auto-lock), else null: nothing to lock. */
  function autoLockSeconds(): number | null {
    if (!session) return null;
    return readServiceSettings(session.reader.db).autoLockMinutes * 60;
  }

  /** Who is signed in, for the router's role checks and every handler; null while locked or mid-recovery. */
  function caller(): Caller | null {
    if (!session || session.mustSetPassphrase || !session.user || !session.role) return null;
    return { user: session.user, role: session.role };
  }

  return {
    options,
    paths,
    clock,
    throttle,
    nativeBinding,
    scryptCost,
    serial,
    isSetUp,
    safeUsers,
    liveDatabaseId,
    status,
    unlocked,
    ready,
    roleOf,
    openWithKey,
    openFromKeyrings,
    startSession,
    refreshSession,
    endSession,
    writeAsSession,
    writeAs,
    writeOnSecondConnection,
    assertLocalFolder,
    busyTimeout,
    autoLockSeconds,
    caller,
    get session() {
      return session;
    },
  };
}

export type VaultCore = ReturnType<typeof createVaultCore>;
