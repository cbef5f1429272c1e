import type { Handlers } from '../../shared/ipc/contract';
import type { VaultService } from './vault-service';

type BackupChannel = 'backups.status' | 'backups.create' | 'backups.setCopyFolder' | 'backups.inspect' | 'backups.restore';

/** Settings' backups (shared/ipc/backups.ts), all on the vault: backing up needs its session, restoring replaces its files. */
export function createBackupHandlers(vault: VaultService): Pick<Handlers, BackupChannel> {
  return {
    'backups.status': () => vault.backups.status(),
    'backups.create': (_input, caller) => vault.backups.backupNow(caller),
    'backups.setCopyFolder': (input, caller) => vault.backups.setCopyFolder(input, caller),
    'backups.inspect': (input) => vault.backups.inspect(input),
    'backups.restore': (input) => vault.backups.restore(input),
  };
}
