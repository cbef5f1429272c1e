import type { Caller } from '../../shared/roles';
import type { DatabaseReader } from '../../db/access';
import type { Audited, WriteScope } from '../../db/audited-write';
import type { SecondConnection } from '../../db/second-connection';
import { createBackupOperations } from './vault/vault-backups';
import { createVaultCore, type VaultServiceOptions } from './vault/vault-core';
import { createKeyringOperations } from './vault/vault-keyring';
import { createMaintenanceOperations } from './vault/vault-maintenance';
import { createSessionOperations } from './vault/vault-session';
import { createUserOperations } from './vault/vault-users';

export { DEFAULT_DATABASE_FILE_NAME, type LockReason, type VaultServiceOptions } from './vault/vault-core';

/** What every data service needs from the vault: a read-only view, and the one audited way to write. */
export interface DataAccess {
  /** Throws ServiceError('locked') while locked or mid-recovery. */
  reader(): DatabaseReader;
  /** One immediate transaction holding the change and its audit entry (db/audited-write.ts). */
  write<T>(caller: Caller, work: (scope: WriteScope) => Audited<T>): T;
  /** A long write run by `job` on a connection of its own (db/second-connection.ts); other writes are busy meanwhile. */
  writeOnSecondConnection<T>(caller: Caller, job: (target: SecondConnection) => Promise<T>): Promise<T>;
}

export type VaultService = ReturnType<typeof createVaultService>;

/**
 * The team database's front door: set-up, unlock and lock (vault/vault-session.ts), passphrase slots and users
 * (vault/vault-keyring.ts), users, roles and the database key (vault/vault-users.ts), checks on the files
 * (vault/vault-maintenance.ts), backups and restore (vault/vault-backups.ts), and for every other service the
 * signed-in caller, a reader and the audited write path.
 */
export function createVaultService(options: VaultServiceOptions) {
  const core = createVaultCore(options);
  const session = createSessionOperations(core);
  const keyring = createKeyringOperations(core, session);
  const maintenance = createMaintenanceOperations(core, session);
  const people = createUserOperations(core);
  const backups = createBackupOperations(core);

  const data: DataAccess & { now(): Date } = {
    now: () => new Date(core.clock()),
    reader: () => core.ready().reader,
    write: (caller, work) => core.writeAs(core.ready(), caller, work),
    writeOnSecondConnection: (caller, job) => core.writeOnSecondConnection(caller, job),
  };

  return {
    paths: core.paths,
    status: core.status,
    caller: core.caller,
    refreshSession: core.refreshSession,
    autoLockSeconds: core.autoLockSeconds,
    setup: session.setup,
    unlock: session.unlock,
    unlockWithRecoveryKey: session.unlockWithRecoveryKey,
    lock: session.lock,
    close: session.close,
    setPassphraseAfterRecovery: keyring.setPassphraseAfterRecovery,
    changePassphrase: keyring.changePassphrase,
    verify: maintenance.verify,
    verifyAuditTrail: maintenance.verifyAuditTrail,
    users: people,
    backups,
    ...data,
  };
}
