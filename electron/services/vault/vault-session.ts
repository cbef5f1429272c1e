import { basename } from 'node:path';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { audited } from '../../../db/audited-write';
import { WrongPassphraseError, WrongRecoveryKeyError } from '../../../db/errors';
import { findPassphraseSlot, readKeyring, unwrapWithPassphrase, unwrapWithRecoveryKey, type Keyring } from '../../../db/keyring';
import { SERVICE_SETTING_KEYS, serviceSettings, users } from '../../../db/schema';
import { createTeamDatabase } from '../../../db/team-database';
import type { MigrateResult } from '../../../db/migrate';
import { ServiceError } from '../service-error';
import { describeWait } from '../unlock-throttle';
import { dailyBackupIfDue } from './session-backup';
import type { LockReason, Session, VaultCore } from './vault-core';

/** Setting up, unlocking (passphrase or recovery key) and locking: the life of a session. */
export function createSessionOperations(core: VaultCore) {
  const { paths, throttle, serial } = core;

  function assertCanTry(): void {
    const wait = throttle.waitMs();
    if (wait > 0) {
      throw new ServiceError('throttled', `Too many wrong attempts. Wait ${describeWait(wait)} before trying again.`, { retryAfterMs: wait });
    }
  }

  function assertLocked(): void {
    if (core.session) throw new ServiceError('conflict', 'IPS Desk is already unlocked. Lock it first to change user.');
    if (!core.isSetUp()) throw new ServiceError('needs_setup', 'There is no team database here yet: set one up first.');
    core.assertLocalFolder();
  }

  /**
   * What an unlock did besides unlocking, for its audit entry: migrations applied (and the backup made before
   * them), and the automatic first-of-the-day backup (or why it failed: the unlock goes ahead either way).
   */
  function afterUnlock(session: Session, migration: MigrateResult): Record<string, unknown> {
    const details: Record<string, unknown> = {};
    if (migration.applied > 0) {
      details.migration = { applied: migration.applied, ...(migration.backup ? { backup: basename(migration.backup.file) } : {}) };
    }
    if (core.options.automaticBackups !== false) {
      const daily = dailyBackupIfDue(core.paths, session, new Date(core.clock()));
      if (daily && 'made' in daily) {
        const { backup, copy } = daily.made;
        details.daily_backup = { file: backup.fileName, ...(copy ? { copied: copy.ok, ...(copy.problem ? { copy_problem: copy.problem } : {}) } : {}) };
      } else if (daily) {
        details.daily_backup = { problem: daily.problem };
      }
    }
    return details;
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

  /** The unlock's one audit entry; if it cannot be written (another process is busy) the unlock is undone. */
  function recordUnlock(session: Session, details: Record<string, unknown>): void {
    try {
      core.writeAsSession(session, () => audited(undefined, { action: 'vault.unlock', details }));
    } catch (error) {
      core.endSession('system');
      throw error;
    }
  }

  return {
    keyFromPassphrase,

    setup: (input: ParsedInput<'vault.setup'>) =>
      serial(async () => {
        if (core.isSetUp()) throw new ServiceError('already_set_up', `IPS Desk is already set up in ${core.options.dataDir}; nothing has been changed.`);
        core.assertLocalFolder();
        const { database, key, recoveryKey } = await createTeamDatabase({
          paths,
          user: input.managerName,
          passphrase: input.passphrase,
          ...core.scryptCost,
          ...core.nativeBinding,
          ...(core.options.migrationsFolder ? { migrationsFolder: core.options.migrationsFolder } : {}),
          actor: { user: input.managerName, role: 'manager' },
          now: new Date(core.clock()),
          initialise: ({ db }) => {
            db.insert(serviceSettings).values({ key: SERVICE_SETTING_KEYS.serviceName, value: input.serviceName }).run();
            db.insert(users).values({ name: input.managerName, role: 'manager' }).run();
            return audited(undefined, {
              action: 'vault.setup',
              entity: 'user',
              entity_id: input.managerName,
              after: { serviceName: input.serviceName, user: input.managerName, role: 'manager' },
            });
          },
        });
        core.startSession(database, key, input.managerName, false);
        return { recoveryKey, status: core.status() };
      }),

    unlock: (input: ParsedInput<'vault.unlock'>) =>
      serial(async () => {
        assertLocked();
        const keyring = readKeyring(paths.keyringFile);
        const key = await keyFromPassphrase(keyring, input.user, input.passphrase, (u) => `That passphrase is not right for ${u}. Check Caps Lock and try again.`);
        const user = findPassphraseSlot(keyring, input.user)?.user ?? input.user;
        const { database, migration } = core.openWithKey(key, keyring.database_id);
        const session = core.startSession(database, key, user, false);
        const details = afterUnlock(session, migration);
        recordUnlock(session, { method: 'passphrase', ...details });
        return core.status();
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
        const { database, migration } = core.openWithKey(key, keyring.database_id);
        const session = core.startSession(database, key, null, true);
        const details = afterUnlock(session, migration);
        recordUnlock(session, { method: 'recovery_key', ...details });
        return core.status();
      }),

    lock: (reason: LockReason = 'user') =>
      serial(() => {
        const session = core.session;
        if (session) {
          core.writeAsSession(session, () => audited(undefined, { action: 'vault.lock', details: { reason } }));
          core.endSession(reason);
        }
        return core.status();
      }),

    /** For app quit: closes the database without waiting for queued work or writing to the audit log. */
    close(): void {
      try {
        core.endSession('system');
      } catch {
        // Quitting anyway; SQLite recovers from the WAL on the next open.
      }
    },
  };
}
