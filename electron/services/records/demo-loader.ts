import type { Db } from '../../../db/repositories/db';
import { countClients } from '../../../db/repositories/clients-repository';
import { countContacts } from '../../../db/repositories/contacts-repository';
import { countStaff } from '../../../db/repositories/staff-repository';
import type { Handlers } from '../../../shared/ipc/contract';
import { DEFAULT_DEMO_CLIENTS, generateDemoData } from '../demo';
import { mergeRecords } from '../interchange/merge-records';
import { ServiceError } from '../service-error';
import { audited } from '../../../db/audited-write';
import type { Caller } from '../../../shared/roles';
import type { ServiceContext } from '../service-context';

/** The app's demo is always the same made-up caseload (for a given day), so screenshots and help match. */
export const DEFAULT_DEMO_SEED = 20_260_401;

export interface DemoLoadOptions {
  clients?: number;
  seed?: number;
}

function holdsRecords(db: Db): boolean {
  return countClients(db) > 0 || countContacts(db) > 0 || countStaff(db) > 0;
}

const NOT_EMPTY = 'Demo data only goes into an empty database, and this one already holds records. Nothing has been changed.';

/**
 * Fills an empty database with a made-up caseload (clients, jobs, contacts, activities, wellbeing, staff)
 * in one transaction. Refuses a database that holds any client, contact or member of staff, so demo
 * people are never mixed with real ones.
 */
export function loadDemoData(context: ServiceContext, caller: Caller, options: DemoLoadOptions = {}): { clients: number; jobs: number; contacts: number } {
  if (context.read(({ db }) => holdsRecords(db))) throw new ServiceError('conflict', NOT_EMPTY);
  const data = generateDemoData({ clients: options.clients ?? DEFAULT_DEMO_CLIENTS, seed: options.seed ?? DEFAULT_DEMO_SEED, today: context.today() });
  return context.write(caller, (scope) => {
    // Checked again inside the transaction: something may have been saved while the data was generated.
    if (holdsRecords(scope.db)) throw new ServiceError('conflict', NOT_EMPTY);
    const { problems } = mergeRecords(scope, data);
    if (problems.length > 0) throw new Error(`The demo generator made records that do not fit together: ${problems[0]}`);
    const summary = { clients: data.clients.length, jobs: data.jobs.length, contacts: data.contacts.length };
    return audited(summary, { action: 'records.demo_load', entity: 'records', before: null, after: summary });
  });
}

export function createDemoHandlers(context: ServiceContext): Pick<Handlers, 'demo.load'> {
  return { 'demo.load': (_input, caller) => ({ clients: loadDemoData(context, caller).clients }) };
}
