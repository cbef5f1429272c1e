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
  | 'vault.changeDatabaseKey'
  | 'users.list'
  | 'users.add'
  | 'users.remove'
  | 'users.setRole';

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
    'vault.changeDatabaseKey': () => vault.users.changeDatabaseKey(),
    'users.list': (_input, caller) => vault.users.list(caller),
    'users.add': (input, caller) => vault.users.add(input, caller),
    'users.remove': (input, caller) => vault.users.remove(input, caller),
    'users.setRole': (input, caller) => vault.users.setRole(input, caller),
  };
}
