import { audited, writeAudited, type WritableDatabase } from '../../../db/audited-write';
import { clientPkMap } from '../../../db/repositories/clients-repository';
import type { SecondConnection } from '../../../db/second-connection';
import { finishInterchangeRead, readInterchangeSheets, type ReadInterchangeResult, type SheetsRead } from '../../xlsx/interchange-read';
import type { BatchChannel } from '../../xlsx/record-batches';
import type { InterchangeRecords, RecordKey } from '../../xlsx/interchange-columns';
import { StreamedSheets } from './streamed-sheets';
import { countsBySheet, MERGE_ORDER, mergeRecords, type MergeInput, type SheetCounts } from './merge-records';

/**
 * An import as a worker thread runs it (interchange-worker.ts), on its own connection to the database: the
 * workbook's sheets are read, checked and written in one audited transaction, all or nothing. When a second
 * thread reads the sheets (a large workbook: SHEETS_READ_BESIDE), their records arrive in batches and are written
 * while the rest are still being read; that thread's problems and the checks across sheets are only known at the
 * end, and any problem then rolls everything back. Nothing here touches the main thread's connection.
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
 * How the sheets of a large workbook are shared between two threads. The writing thread reads the Staff and Jobs
 * sheets itself while the other reads the Clients sheet (every other record needs its client written first) and
 * then the records without ids, the Contacts sheet most of any caseload's rows; the writer writes those as they
 * come. Each thread's sheets are in the order the merge takes them (MERGE_ORDER).
 */
const SHEETS_READ_HERE = ['staff', 'jobs'] as const satisfies readonly RecordKey[];
export const SHEETS_READ_BESIDE = MERGE_ORDER.filter((key) => !(SHEETS_READ_HERE as readonly RecordKey[]).includes(key));

class ImportRefused extends Error {
  constructor(readonly outcome: Extract<ImportOutcome, { ok: false }>) {
    super('import refused');
  }
}

function refused(read: Extract<ReadInterchangeResult, { ok: false }>): ImportRefused {
  return new ImportRefused({ ok: false, problems: read.problems, warnings: read.warnings });
}

/**
 * The records to merge: those of the sheets the other thread reads as it reads them, the rest from `here`.
 * `finish` runs once the last streamed record has been taken (its problems and the checks across sheets come with
 * the reading's result), before the merge goes on. Records naming a client that is neither in the workbook nor
 * stored are not written: the merge reports them, and the checks at the end refuse the import with the cell, as
 * for every other problem found then.
 */
function streamedRecords(sheets: StreamedSheets, here: InterchangeRecords, finish: (part: SheetsRead) => void): MergeInput {
  const last = SHEETS_READ_BESIDE[SHEETS_READ_BESIDE.length - 1];
  function* records<R>(key: RecordKey): Generator<R> {
    for (const batch of sheets.batches(key)) yield* batch as R[];
    if (key === last) finish(sheets.finished());
  }
  return {
    clients: records('clients'), staff: here.staff, jobs: here.jobs,
    contacts: records('contacts'), activities: records('activities'), wellbeing: records('wellbeing'),
  };
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
      // With another thread reading the Clients sheet, this part's own problems only: the checks across sheets come at the end.
      const read = sheets ? finishInterchangeRead([here], { ...options, acrossSheets: false }) : whole(null);
      if (!read.ok) throw refused(sheets ? expectRefusal(whole(sheets.finished())) : read);

      let warnings = read.warnings;
      /** The checks that need every sheet; a problem there ends the import. */
      const checkWhole = (beside: SheetsRead) => {
        const all = whole(beside);
        if (!all.ok) throw refused(all);
        warnings = all.warnings;
      };
      const merged = mergeRecords(scope, sheets ? streamedRecords(sheets, read.records, checkWhole) : read.records);
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
