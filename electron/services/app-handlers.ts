import type { Handlers } from '../../shared/ipc/contract';
import type { IsoDate } from '../../shared/dates';
import { createRecordHandlers } from './records-service';
import { createReportHandlers } from './report-service';
import { createVaultHandlers, type VaultService } from './vault-service';

export interface AppHandlerOptions {
  /** The manager's "today" (local date) for every service; injectable so tests and the e2e harness are reproducible. */
  today?: () => IsoDate;
}

/**
 * Every channel of the IPC contract over one vault: what main.ts and the e2e harness hand the router, so
 * the two can never serve different sets of channels. A new feature adds its handler group here.
 */
export function createAppHandlers(vault: VaultService, options: AppHandlerOptions = {}): Handlers {
  return {
    ...createVaultHandlers(vault),
    ...createRecordHandlers(vault, options),
    ...createReportHandlers(vault, options),
  };
}
