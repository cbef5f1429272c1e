import { audited, writeAudited, type WritableDatabase } from '../../../db/audited-write';
import { clientPkMap } from '../../../db/repositories/clients-repository';
import type { SecondConnection } from '../../../db/second-connection';
import type { Activity, Contact, Wellbeing } from '../../../shared/records';
import { finishInterchangeRead, readInterchangeSheets, type ReadInterchangeResult, type SheetsRead } from '../../xlsx/interchange-read';
import type { BatchChannel } from '../../xlsx/record-batches';
import { INTERCHANGE_SHEETS, type InterchangeRecords, type RecordKey } from '../../xlsx/interchange-columns';
import { StreamedSheets } from './streamed-sheets';
import { countsBySheet, mergeRecords, type SheetCounts, type StreamedRecords } from './merge-records';

/**
 * An import as a worker thread runs it (interchange-worker.ts), on its own connection to the database: the
 * workbook's sheets are read, checked and written in one audited transaction, all or nothing. When a second
 * thread reads the larger sheets (SHEETS_READ_BESIDE), their records arrive in batches and those after the Jobs
 * sheet are written while they are still being read; that thread's problems and the checks across sheets are
 * only known at the end, and any problem then rolls everything back. Nothing here touches the main thread's
 * connection.
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
  /** Where the records of SHEETS_READ_BESIDE come from when another thread reads them; null: all are read here. */
  beside: BatchChannel | null;
}

/**
 * The sheets a second thread reads, in this order (the workbook's), when a workbook is large: the Contacts
 * sheet is most of any caseload's rows. The writing thread reads the rest (Clients, whose records everything
 * else needs first, and Staff, whose names the merge checks) and writes clients and jobs meanwhile; the
 * Activities and Wellbeing sheets come last, so the two threads finish their reading at about the same time.
 */
export const SHEETS_READ_BESIDE = ['jobs', 'contacts', 'activities', 'wellbeing'] as const satisfies readonly RecordKey[];
const SHEETS_READ_HERE = INTERCHANGE_SHEETS.map((def) => def.key).filter((key) => !(SHEETS_READ_BESIDE as readonly RecordKey[]).includes(key));

class ImportRefused extends Error {
  constructor(readonly outcome: Extract<ImportOutcome, { ok: false }>) {
    super('import refused');
  }
}

function refused(read: Extract<ReadInterchangeResult, { ok: false }>): ImportRefused {
  return new ImportRefused({ ok: false, problems: read.problems, warnings: read.warnings });
}

/**
 * The records of the sheets the other thread reads after the Jobs sheet, as it reads them. Those naming a client
 * that is neither in the workbook nor stored are passed over: the checks at the end (finishInterchangeRead)
 * refuse the import for them, with the cell, as for every other problem found then. `finish` runs once the last
 * of them has been taken, before the merge goes on.
 */
function streamedRecords(sheets: StreamedSheets, clientIds: ReadonlySet<string>, finish: (part: SheetsRead) => void): StreamedRecords {
  function* known<R extends { client_id: string | null }>(key: RecordKey, last: boolean): Generator<R> {
    for (const batch of sheets.batches(key) as Generator<R[]>) {
      for (const record of batch) if (record.client_id === null || clientIds.has(record.client_id)) yield record;
    }
    if (last) finish(sheets.finished());
  }
  return { contacts: known<Contact>('contacts', false), activities: known<Activity>('activities', false), wellbeing: known<Wellbeing>('wellbeing', true) };
}

/** Runs the import on `database`; problems come back as a refusal, with nothing written. */
export async function runImportJob(database: WritableDatabase, request: ImportJobRequest): Promise<ImportOutcome> {
  const { beside: channel, today } = request;
  const here = await readInterchangeSheets(request.bytes, { today }, channel ? { only: SHEETS_READ_HERE } : {});
  try {
    return writeAudited(database, request.target.actor, request.target.at, (scope) => {
      // Read in the transaction, which holds the write lock: the database cannot change under the checks.
      const knownClientIds = new Set(clientPkMap(scope.db).keys());
      const options = { knownClientIds, today };
      const whole = (beside: SheetsRead | null) => finishInterchangeRead(beside ? [here, beside] : [here], options);
      const sheets = channel ? new StreamedSheets(channel) : null;
      const read = whole(null);
      if (!read.ok) throw refused(sheets ? expectRefusal(whole(sheets.finished())) : read);

      let warnings = read.warnings;
      /** The checks that need every sheet; a problem there ends the import. */
      const checkWhole = (beside: SheetsRead) => {
        const all = whole(beside);
        if (!all.ok) throw refused(all);
        warnings = all.warnings;
      };
      let records = read.records;
      let streamed: StreamedRecords | undefined;
      if (sheets) {
        records = { ...records, jobs: [...sheets.batches('jobs')].flat() as InterchangeRecords['jobs'] };
        const clientIds = new Set([...knownClientIds, ...records.clients.map((c) => c.client_id)]);
        streamed = streamedRecords(sheets, clientIds, checkWhole);
      }
      const merged = mergeRecords(scope, records, streamed);
      if (merged.problems.length > 0) {
        // The sheets' own problems come first, as when everything is read before anything is written.
        if (sheets && !sheets.isFinished) checkWhole(sheets.finished());
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
