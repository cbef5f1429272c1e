import { basename } from 'node:path';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { audited } from '../../../db/audited-write';
import { WrongPassphraseError, WrongRecoveryKeyError } from '../../../db/errors';
import {
  findPassphraseSlot, keyringWithUpgradedRecoverySlot, keyringWithUpgradedSlot, saveKeyring, unwrapWithPassphrase, unwrapWithRecoveryKey,
  type Keyring,
} from '../../../db/keyring';
import { assertStrongPassphrase } from '../passphrase-policy';
import { users } from '../../../db/schema';
import { writeServiceSettings } from '../../../db/repositories/settings-repository';
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

  function wrongAttempt(code: 'wrong_passphrase' | 'wrong_recovery_key', message: string, user: string | null): ServiceError {
    const wait = throttle.recordFailure({ user, method: code === 'wrong_passphrase' ? 'passphrase' : 'recovery_key' });
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
      throw wrongAttempt('wrong_passphrase', wrongMessage(error.user), error.user);
    }
  }

  /** Wrong passphrases tried while the database was locked go into the audit trail as soon as it opens. */
  function recordFailedAttempts(session: Session): void {
    const attempts = throttle.takeAttempts();
    if (attempts.length === 0) return;
    core.writeAsSession(session, () =>
      audited(undefined, { action: 'vault.unlock_failed', details: { count: attempts.length, attempts } }),
    );
  }

  /**
   * Everything an unlock records once the database is open: earlier failed attempts, the automatic backup,
   * and the unlock's own entry (saving an upgraded keyring slot with it). If any of it cannot be written
   * (another process is busy with the database) the unlock is undone rather than left half-made.
   */
  function recordUnlock(session: Session, details: Record<string, unknown>, migration: MigrateResult, upgraded: Keyring | null): void {
    try {
      recordFailedAttempts(session);
      const extra = afterUnlock(session, migration);
      core.writeAsSession(session, () => {
        if (upgraded) saveKeyring(paths.keyringFile, upgraded);
        return audited(undefined, { action: 'vault.unlock', details: { ...details, ...(upgraded ? { slotUpgraded: true } : {}), ...extra } });
      });
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
        assertStrongPassphrase(input.passphrase, 'passphrase', [input.managerName, input.serviceName]);
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
            writeServiceSettings(db, { serviceName: input.serviceName, managerName: input.managerName });
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
        const wrong = (u: string) => `That passphrase is not right for ${u}. Check Caps Lock and try again.`;
        const opened = await core.openFromKeyrings((keyring) => keyFromPassphrase(keyring, input.user, input.passphrase, wrong));
        const user = findPassphraseSlot(opened.keyring, input.user)?.user ?? input.user;
        const upgraded = await keyringWithUpgradedSlot(opened.keyring, { key: opened.key, user, passphrase: input.passphrase, ...core.scryptCost, now: new Date(core.clock()) });
        const session = core.startSession(opened.database, opened.key, user, false);
        recordUnlock(session, { method: 'passphrase' }, opened.migration, upgraded);
        return core.status();
      }),

    unlockWithRecoveryKey: (input: ParsedInput<'vault.unlockWithRecoveryKey'>) =>
      serial(async () => {
        assertLocked();
        assertCanTry();
        const keyFromRecovery = (keyring: Keyring): Buffer => {
          try {
            return unwrapWithRecoveryKey(keyring, input.recoveryKey);
          } catch (error) {
            if (!(error instanceof WrongRecoveryKeyError)) throw error;
            throw wrongAttempt('wrong_recovery_key', error.message, null);
          }
        };
        const opened = await core.openFromKeyrings(keyFromRecovery);
        throttle.reset();
        const upgraded = keyringWithUpgradedRecoverySlot(opened.keyring, opened.key, input.recoveryKey, new Date(core.clock()));
        const session = core.startSession(opened.database, opened.key, null, true);
        recordUnlock(session, { method: 'recovery_key' }, opened.migration, upgraded);
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
