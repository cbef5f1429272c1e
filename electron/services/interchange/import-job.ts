import { audited, writeAudited, type WritableDatabase } from '../../../db/audited-write';
import { clientPkMap } from '../../../db/repositories/clients-repository';
import type { SecondConnection } from '../../../db/second-connection';
import type { Contact } from '../../../shared/records';
import { finishInterchangeRead, readInterchangeSheets, type ReadInterchangeResult, type SheetsRead } from '../../xlsx/interchange-read';
import { takeBatch, type BatchChannel } from '../../xlsx/record-batches';
import { countsBySheet, mergeRecords, type SheetCounts } from './merge-records';

/**
 * An import as a worker thread runs it (interchange-worker.ts), on its own connection to the database: the
 * workbook's sheets are read, checked and written in one audited transaction, all or nothing. When the
 * Contacts sheet (most of any caseload's rows) is read by a second thread, its records arrive in batches and
 * are written while the rest is still being read; its problems and the checks across sheets are only known at
 * the end, and any problem then rolls everything back. Nothing here touches the main thread's connection.
 */
export type ImportOutcome =
  | { ok: true; counts: Record<string, SheetCounts>; warnings: string[] }
  | { ok: false; problems: string[]; warnings: string[] };

export interface ImportJobRequest {
  kind: 'import';
  bytes: Uint8Array;
  target: SecondConnection;
  /** The manager's today (ISO), for the dates a referral cannot have. */
  today: string;
  /** Where the Contacts sheet's records come from when another thread reads it; null: read here with the rest. */
  contacts: BatchChannel | null;
}

/** The sheets read here when the Contacts sheet has a thread of its own. */
export const SHEETS_BESIDE_CONTACTS = ['clients', 'jobs', 'activities', 'wellbeing', 'staff'] as const;

class ImportRefused extends Error {
  constructor(readonly outcome: Extract<ImportOutcome, { ok: false }>) {
    super('import refused');
  }
}

function refused(read: Extract<ReadInterchangeResult, { ok: false }>): ImportRefused {
  return new ImportRefused({ ok: false, problems: read.problems, warnings: read.warnings });
}

/** Waits for the other thread's Contacts sheet to end (its records are not wanted: the import is refused). */
function contactsPartDiscarding(channel: BatchChannel): SheetsRead {
  for (;;) {
    const message = takeBatch<SheetsRead>(channel);
    if (message.kind === 'done') return message.done;
  }
}

/**
 * The contacts as the other thread reads them. Those naming a client that is neither in the workbook nor
 * stored are passed over: the checks at the end (finishInterchangeRead) refuse the import for them, with the
 * cell, as for every other problem found then.
 */
function* streamedContacts(channel: BatchChannel, clientIds: ReadonlySet<string>, finish: (part: SheetsRead) => void): Generator<Contact> {
  for (;;) {
    const message = takeBatch<SheetsRead>(channel);
    if (message.kind === 'done') {
      finish(message.done);
      return;
    }
    for (const contact of message.records as Contact[]) {
      if (contact.client_id === null || clientIds.has(contact.client_id)) yield contact;
    }
  }
}

/** Runs the import on `database`; problems come back as a refusal, with nothing written. */
export async function runImportJob(database: WritableDatabase, request: ImportJobRequest): Promise<ImportOutcome> {
  const { contacts: channel, today } = request;
  const here = await readInterchangeSheets(request.bytes, { today }, channel ? { only: SHEETS_BESIDE_CONTACTS } : {});
  try {
    return writeAudited(database, request.target.actor, request.target.at, (scope) => {
      // Read in the transaction, which holds the write lock: the database cannot change under the checks.
      const knownClientIds = new Set(clientPkMap(scope.db).keys());
      const options = { knownClientIds, today };
      const whole = (contactsPart: SheetsRead | null) => finishInterchangeRead(contactsPart ? [here, contactsPart] : [here], options);
      const read = whole(null);
      if (!read.ok) throw refused(channel ? expectRefusal(whole(contactsPartDiscarding(channel))) : read);

      let warnings = read.warnings;
      let contacts: Iterable<Contact> = read.records.contacts;
      let contactsRead = channel === null;
      /** The checks that need every sheet; a problem there ends the import. */
      const checkWhole = (part: SheetsRead) => {
        contactsRead = true;
        const all = whole(part);
        if (!all.ok) throw refused(all);
        warnings = all.warnings;
      };
      if (channel) {
        const clientIds = new Set([...knownClientIds, ...read.records.clients.map((c) => c.client_id)]);
        contacts = streamedContacts(channel, clientIds, checkWhole);
      }
      const merged = mergeRecords(scope, read.records, contacts);
      if (merged.problems.length > 0) {
        // The sheets' own problems come first, as when everything is read before anything is written.
        if (channel && !contactsRead) checkWhole(contactsPartDiscarding(channel));
        throw new ImportRefused({ ok: false, problems: merged.problems, warnings });
      }
      const bySheet = countsBySheet(merged.counts);
      const outcome: ImportOutcome = { ok: true, counts: bySheet, warnings };
      return audited(outcome, { action: 'records.import', entity: 'records', after: bySheet, details: { warnings: warnings.length } });
    });
  } catch (error) {
    if (error instanceof ImportRefused) return error.outcome;
    throw error;
  }
}

/** The full read of a workbook whose first part already had problems: it cannot come out clean. */
function expectRefusal(read: ReadInterchangeResult): Extract<ReadInterchangeResult, { ok: false }> {
  if (read.ok) throw new Error('The workbook read clean in full after its first part had problems');
  return read;
}
