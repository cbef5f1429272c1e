import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { ParsedInput } from '../../shared/ipc/contract';
import type { VaultStatus } from '../../shared/ipc/vault';
import { recordAudit, type AuditEntry } from '../../db/audit';
import type { AppDatabase, RawDatabase } from '../../db/connection';
import { UnknownUserError, WrongPassphraseError, WrongRecoveryKeyError } from '../../db/errors';
import {
  addOrReplacePassphraseSlot, findPassphraseSlot, passphraseUsers, readKeyring, unwrapWithPassphrase, unwrapWithRecoveryKey,
  type Keyring, type ScryptCost,
} from '../../db/keyring';
import { sameUser } from '../../db/keyring-schema';
import { migrateDatabase } from '../../db/migrate';
import { SERVICE_SETTING_KEYS, serviceSettings, users } from '../../db/schema';
import { createTeamDatabase, openTeamDatabase, teamDatabasePaths, type OpenTeamDatabase, type TeamDatabasePaths } from '../../db/team-database';
import { ServiceError } from './service-error';
import { describeWait, UnlockThrottle } from './unlock-throttle';
import { toVaultServiceError } from './vault-errors';

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
  keepBackups?: number;
}

interface Session {
  database: OpenTeamDatabase;
  key: Buffer;
  user: string | undefined;
  mustSetPassphrase: boolean;
  serviceName: string | undefined;
}

export type VaultService = ReturnType<typeof createVaultService>;

export function createVaultService(options: VaultServiceOptions) {
  const paths: TeamDatabasePaths = teamDatabasePaths(join(options.dataDir, options.databaseFileName ?? DEFAULT_DATABASE_FILE_NAME));
  const clock = options.clock ?? Date.now;
  const throttle = new UnlockThrottle({ clock });
  let session: Session | undefined;
  // One vault operation at a time: two unlocks racing would open the database twice.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T> | T): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run.catch((error: unknown) => {
      throw toVaultServiceError(error);
    });
  };
  const nativeBinding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};

  function isSetUp(): boolean {
    return existsSync(paths.databaseFile) || existsSync(paths.keyringFile);
  }

  function status(): VaultStatus {
    if (session) {
      return {
        state: 'unlocked',
        ...(session.serviceName ? { serviceName: session.serviceName } : {}),
        users: safeUsers(),
        ...(session.user ? { currentUser: session.user } : {}),
        mustSetPassphrase: session.mustSetPassphrase,
        dataFolder: options.dataDir,
      };
    }
    if (!isSetUp()) return { state: 'needs_setup', users: [], mustSetPassphrase: false, dataFolder: options.dataDir };
    return { state: 'locked', users: safeUsers(), mustSetPassphrase: false, dataFolder: options.dataDir };
  }

  /** The names for the unlock screen; a damaged keyring shows up when someone tries to unlock. */
  function safeUsers(): string[] {
    try {
      return passphraseUsers(readKeyring(paths.keyringFile));
    } catch {
      return [];
    }
  }

  function audit(entry: AuditEntry): void {
    if (session) recordAudit(session.database.db, entry, new Date(clock()));
  }

  function assertCanTry(): void {
    const wait = throttle.waitMs();
    if (wait > 0) {
      throw new ServiceError('throttled', `Too many wrong attempts. Wait ${describeWait(wait)} before trying again.`, { retryAfterMs: wait });
    }
  }

  function assertLocked(): void {
    if (session) throw new ServiceError('conflict', 'IPS Desk is already unlocked. Lock it first to change user.');
    if (!isSetUp()) throw new ServiceError('needs_setup', 'There is no team database here yet: set one up first.');
  }

  function wrongAttempt(code: 'wrong_passphrase' | 'wrong_recovery_key', message: string): ServiceError {
    const wait = throttle.recordFailure();
    return new ServiceError(code, message, wait > 0 ? { retryAfterMs: wait } : {});
  }

  /** Unwraps a passphrase slot; a wrong passphrase counts towards the throttle, a right one clears it. */
  async function keyFromPassphrase(keyring: Keyring, user: string, passphrase: string, wrongMessage: (user: string) => string): Promise<Buffer> {
    assertCanTry();
    try {
      const key = await unwrapWithPassphrase(keyring, user, passphrase);
      throttle.reset();
      return key;
    } catch (error) {
      if (!(error instanceof WrongPassphraseError)) throw error;
      throw wrongAttempt('wrong_passphrase', wrongMessage(error.user));
    }
  }

  function unlocked(): Session {
    if (!session) throw new ServiceError('locked', 'IPS Desk is locked. Unlock it to go on.');
    return session;
  }

  /** Opens the database with a key from the keyring and brings its schema up to date (backing up first). */
  function openWithKey(key: Buffer, databaseId: string): OpenTeamDatabase {
    let database: OpenTeamDatabase;
    try {
      database = openTeamDatabase({ databaseFile: paths.databaseFile, key, databaseId, keyringFile: paths.keyringFile, ...nativeBinding });
    } catch (error) {
      key.fill(0);
      throw error;
    }
    try {
      migrateDatabase(database.raw, {
        backupDir: paths.backupDir,
        keyringFile: paths.keyringFile,
        now: new Date(clock()),
        ...(options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {}),
        ...(options.keepBackups ? { keepBackups: options.keepBackups } : {}),
      });
      return database;
    } catch (error) {
      database.raw.close();
      key.fill(0);
      throw error;
    }
  }

  function readServiceName(db: AppDatabase): string | undefined {
    const row = db.select().from(serviceSettings).where(eq(serviceSettings.key, SERVICE_SETTING_KEYS.serviceName)).get();
    return typeof row?.value === 'string' ? row.value : undefined;
  }

  function startSession(database: OpenTeamDatabase, key: Buffer, user: string | undefined, mustSetPassphrase: boolean): void {
    session = { database, key, user, mustSetPassphrase, serviceName: readServiceName(database.db) };
  }

  function endSession(): void {
    if (!session) return;
    const { database, key } = session;
    session = undefined;
    key.fill(0);
    database.raw.close();
  }

  const scryptCost = options.scryptCost ? { scryptCost: options.scryptCost } : {};

  return {
    paths,

    status,

    setup: (input: ParsedInput<'vault.setup'>) =>
      serial(async () => {
        if (isSetUp()) throw new ServiceError('already_set_up', `IPS Desk is already set up in ${options.dataDir}; nothing has been changed.`);
        const at = new Date(clock());
        const { database, key, recoveryKey } = await createTeamDatabase({
          paths,
          user: input.managerName,
          passphrase: input.passphrase,
          ...scryptCost,
          ...nativeBinding,
          ...(options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {}),
          initialise: (tx) => {
            tx.insert(serviceSettings).values({ key: SERVICE_SETTING_KEYS.serviceName, value: input.serviceName }).run();
            tx.insert(users).values({ name: input.managerName, role: 'manager' }).run();
            recordAudit(tx, { user: input.managerName, action: 'vault.setup', details: { serviceName: input.serviceName } }, at);
          },
        });
        startSession(database, key, input.managerName, false);
        return { recoveryKey, status: status() };
      }),

    unlock: (input: ParsedInput<'vault.unlock'>) =>
      serial(async () => {
        assertLocked();
        const keyring = readKeyring(paths.keyringFile);
        const key = await keyFromPassphrase(keyring, input.user, input.passphrase, (u) => `That passphrase is not right for ${u}. Check Caps Lock and try again.`);
        const user = findPassphraseSlot(keyring, input.user)?.user ?? input.user;
        startSession(openWithKey(key, keyring.database_id), key, user, false);
        audit({ user, action: 'vault.unlock', details: { method: 'passphrase' } });
        return status();
      }),

    unlockWithRecoveryKey: (input: ParsedInput<'vault.unlockWithRecoveryKey'>) =>
      serial(() => {
        assertLocked();
        assertCanTry();
        const keyring = readKeyring(paths.keyringFile);
        let key: Buffer;
        try {
          key = unwrapWithRecoveryKey(keyring, input.recoveryKey);
        } catch (error) {
          if (!(error instanceof WrongRecoveryKeyError)) throw error;
          throw wrongAttempt('wrong_recovery_key', error.message);
        }
        throttle.reset();
        startSession(openWithKey(key, keyring.database_id), key, undefined, true);
        audit({ user: null, action: 'vault.unlock', details: { method: 'recovery_key' } });
        return status();
      }),

    setPassphraseAfterRecovery: (input: ParsedInput<'vault.setPassphraseAfterRecovery'>) =>
      serial(async () => {
        const current = unlocked();
        if (!current.mustSetPassphrase) {
          throw new ServiceError('conflict', 'This is only for after unlocking with the recovery key. Use Change passphrase instead.');
        }
        const known = current.database.db.select({ name: users.name }).from(users).all().map((u) => u.name);
        const name = [...known, ...safeUsers()].find((n) => sameUser(n, input.user));
        if (!name) throw new UnknownUserError(input.user, known);
        await addOrReplacePassphraseSlot({ file: paths.keyringFile, key: current.key, user: name, passphrase: input.newPassphrase, ...scryptCost, now: new Date(clock()) });
        current.mustSetPassphrase = false;
        current.user = name;
        audit({ user: name, action: 'vault.passphrase_set_after_recovery' });
        return status();
      }),

    changePassphrase: (input: ParsedInput<'vault.changePassphrase'>) =>
      serial(async () => {
        const current = unlocked();
        if (current.mustSetPassphrase || !current.user) {
          throw new ServiceError('conflict', 'Choose your new passphrase on the recovery screen first.');
        }
        const user = current.user;
        if (input.newPassphrase === input.currentPassphrase) {
          const message = 'Choose a new passphrase that is different from the current one';
          throw new ServiceError('invalid_input', message, { issues: [{ path: ['newPassphrase'], message }] });
        }
        const checked = await keyFromPassphrase(readKeyring(paths.keyringFile), user, input.currentPassphrase, (u) => `That is not the current passphrase for ${u}. Check Caps Lock and try again.`);
        checked.fill(0);
        await addOrReplacePassphraseSlot({ file: paths.keyringFile, key: current.key, user, passphrase: input.newPassphrase, ...scryptCost, now: new Date(clock()) });
        audit({ user, action: 'vault.passphrase_changed' });
        return {};
      }),

    lock: () =>
      serial(() => {
        if (session) {
          audit({ user: session.user ?? null, action: 'vault.lock' });
          endSession();
        }
        return status();
      }),

    /** For app quit: closes the database without waiting for queued work or writing to the audit log. */
    close(): void {
      try {
        endSession();
      } catch {
        // Quitting anyway; SQLite recovers from the WAL on the next open.
      }
    },

    /** The open database, for the other services. Throws ServiceError('locked') while locked or mid-recovery. */
    getDatabase(): { db: AppDatabase; raw: RawDatabase } {
      const current = unlocked();
      if (current.mustSetPassphrase) throw new ServiceError('locked', 'Choose a new passphrase before going on.');
      return { db: current.database.db, raw: current.database.raw };
    },

    /** The name of whoever unlocked, for audit entries written by other services. */
    currentUser(): string | undefined {
      return session?.user;
    },

    /**
     * Checks a passphrase and the database's integrity without unlocking or changing anything (the CLI's
     * `verify`): a query-only connection, no migrations. Wrong passphrases count towards the throttle.
     */
    verify: (input: { user: string; passphrase: string }) =>
      serial(async () => {
        const keyring = readKeyring(paths.keyringFile);
        const key = await keyFromPassphrase(keyring, input.user, input.passphrase, (u) => `That passphrase is not right for ${u}.`);
        // Read-write but query-only: a read-only connection would leave -wal and -shm files behind.
        const database = openTeamDatabase({ databaseFile: paths.databaseFile, key, databaseId: keyring.database_id, keyringFile: paths.keyringFile, ...nativeBinding });
        try {
          database.raw.pragma('query_only=ON');
          const problems = database.raw.prepare('PRAGMA integrity_check').pluck().all() as string[];
          return { ok: problems.length === 1 && problems[0] === 'ok', problems };
        } finally {
          database.raw.close();
          key.fill(0);
        }
      }),
  };
}

export { createVaultHandlers } from './vault-handlers';
