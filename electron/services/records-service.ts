import type { Handlers } from '../../shared/ipc/contract';
import type { recordChannels } from '../../shared/ipc/records';
import { createInterchangeHandlers } from './interchange-service';
import { createChildRecordHandlers } from './records/child-record-handlers';
import { createClientHandlers } from './records/client-handlers';
import { createRecordContext, type RecordServiceOptions, type RecordsVault } from './records/record-context';
import { createDemoHandlers } from './records/demo-loader';
import { createStaffHandlers } from './records/staff-handlers';

export type RecordChannel = keyof typeof recordChannels;
export type { RecordServiceOptions, RecordsVault } from './records/record-context';

/**
 * The records half of the IPC contract: clients, their jobs, contacts, activities and wellbeing, staff,
 * the interchange workbook and the demo caseload. Inputs arrive parsed by the channel schemas; the rules
 * that need the database (references, unique ids, duplicates, episodes) are checked here, and every write
 * is one transaction with its audit entry.
 */
export function createRecordHandlers(vault: RecordsVault, options: RecordServiceOptions = {}): Pick<Handlers, RecordChannel> {
  const context = createRecordContext(vault, options);
  return {
    ...createClientHandlers(context),
    ...createChildRecordHandlers(context),
    ...createStaffHandlers(context),
    ...createInterchangeHandlers(context),
    ...createDemoHandlers(context),
  };
}
