import type { Handlers } from '../../shared/ipc/contract';
import type { recordChannels } from '../../shared/ipc/records';
import { createInterchangeHandlers } from './interchange-service';
import { createChildRecordHandlers } from './records/child-record-handlers';
import { createClientHandlers } from './records/client-handlers';
import { createDemoHandlers } from './records/demo-loader';
import { createStaffHandlers } from './records/staff-handlers';
import type { ServiceContext } from './service-context';

export type RecordChannel = keyof typeof recordChannels;

/**
 * The records half of the IPC contract: clients, their jobs, contacts, activities and wellbeing, staff,
 * the interchange workbook and the demo caseload. Inputs arrive parsed by the channel schemas; the rules
 * that need the database (references, unique ids, duplicates, episodes) are checked here, and every write
 * is one audited transaction.
 */
export function createRecordHandlers(context: ServiceContext): Pick<Handlers, RecordChannel> {
  return {
    ...createClientHandlers(context),
    ...createChildRecordHandlers(context),
    ...createStaffHandlers(context),
    ...createInterchangeHandlers(context),
    ...createDemoHandlers(context),
  };
}
