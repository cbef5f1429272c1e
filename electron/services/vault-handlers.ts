import type { Handlers } from '../../shared/ipc/contract';
import type { VaultService } from './vault-service';

type VaultChannel =
  | 'vault.status'
  | 'vault.setup'
  | 'vault.unlock'
  | 'vault.unlockWithRecoveryKey'
  | 'vault.setPassphraseAfterRecovery'
  | 'vault.changePassphrase'
  | 'vault.lock'
  | 'backups.status'
  | 'backups.create'
  | 'backups.setCopyFolder'
  | 'backups.inspect'
  | 'backups.restore';

/** The vault's half of the IPC contract; the router turns ServiceErrors into `{ ok: false, error }`. */
export function createVaultHandlers(vault: VaultService): Pick<Handlers, VaultChannel> {
  return {
    'vault.status': () => vault.status(),
    'vault.setup': (input) => vault.setup(input),
    'vault.unlock': (input) => vault.unlock(input),
    'vault.unlockWithRecoveryKey': (input) => vault.unlockWithRecoveryKey(input),
    'vault.setPassphraseAfterRecovery': (input) => vault.setPassphraseAfterRecovery(input),
    'vault.changePassphrase': (input, caller) => vault.changePassphrase(input, caller),
    'vault.lock': () => vault.lock('user'),
    'backups.status': () => vault.backups.status(),
    'backups.create': (_input, caller) => vault.backups.backupNow(caller),
    'backups.setCopyFolder': (input, caller) => vault.backups.setCopyFolder(input, caller),
    'backups.inspect': (input) => vault.backups.inspect(input),
    'backups.restore': (input) => vault.backups.restore(input),
  };
}
