import type { Caller } from '../../shared/roles';
import { todayIso, type IsoDate } from '../../shared/dates';
import type { DatabaseReader } from '../../db/access';
import type { Audited, WriteScope } from '../../db/audited-write';
import type { SecondConnection } from '../../db/second-connection';
import type { DataAccess } from './vault-service';

export interface ServiceOptions {
  /** The manager's "today" (local date) for every service; injectable so tests and the e2e harness are reproducible. */
  today?: () => IsoDate;
}

/** What the vault adds for its context: the clock its audit entries use. */
export interface ClockedDataAccess extends DataAccess {
  now?(): Date;
}

/**
 * What a data service works with: today's date, a read-only view of the open database, and the one audited
 * write path. A read cannot write (its handles lack the methods); a write returns its audit entry with its
 * result, so no write goes unrecorded.
 */
export interface ServiceContext {
  today(): IsoDate;
  /** The moment of the write (the audit entry's time comes from the same clock). */
  now(): Date;
  read<T>(work: (reader: DatabaseReader) => T): T;
  write<T>(caller: Caller, work: (scope: WriteScope) => Audited<T>): T;
  /** A long write on a connection of its own, off the main thread (an import); the rest wait or are busy. */
  writeOnSecondConnection<T>(caller: Caller, job: (target: SecondConnection) => Promise<T>): Promise<T>;
}

export function createServiceContext(data: ClockedDataAccess, options: ServiceOptions = {}): ServiceContext {
  return {
    today: () => options.today?.() ?? todayIso(),
    now: () => data.now?.() ?? new Date(),
    read: (work) => work(data.reader()),
    write: (caller, work) => data.write(caller, work),
    writeOnSecondConnection: (caller, job) => data.writeOnSecondConnection(caller, job),
  };
}
