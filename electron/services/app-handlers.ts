import type { Handlers } from '../../shared/ipc/contract';
import { createRecordHandlers, type RecordServiceOptions } from './records-service';
import { createVaultHandlers, type VaultService } from './vault-service';

export type AppHandlerOptions = RecordServiceOptions;

/** Every channel of the IPC contract, over one vault: what main.ts and the e2e harness hand the router. */
export function createAppHandlers(vault: VaultService, options: AppHandlerOptions = {}): Handlers {
  return {
    ...createVaultHandlers(vault),
    ...createRecordHandlers(vault, options),
  };
}
