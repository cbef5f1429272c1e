import { INTERCHANGE_SHEETS, type RecordKey } from '../../xlsx/interchange-columns';
import type { SheetsRead } from '../../xlsx/interchange-read';
import { recordsMessage, recordsOf, takeBatch, type BatchChannel, type BatchMessage, type RecordsBatch } from '../../xlsx/record-batches';

/** Each sheet's fields, in column order: a record of the sheet has no others (its schema strips the rest). */
const FIELDS = new Map(INTERCHANGE_SHEETS.map((def) => [def.key, def.columns.map((column) => column.field)]));

/** A batch of one sheet's records as the reading thread sends it. */
export function sheetBatch(key: RecordKey, records: readonly object[]): RecordsBatch {
  return recordsMessage(key, FIELDS.get(key)!, records);
}

/**
 * The sheets another thread reads, as the writing thread takes them off the channel: each sheet's records in
 * order, sheet after sheet, then the reading's own result (its problems and the rows' ids for the checks across
 * sheets). Taking blocks until the reader has sent what is asked for (record-batches.ts).
 */
export class StreamedSheets {
  /** A message taken while looking for the end of the sheet before it: the first of the next sheet, or the end. */
  private held: BatchMessage<SheetsRead> | null = null;
  private result: SheetsRead | null = null;

  constructor(private readonly channel: BatchChannel) {}

  private next(): BatchMessage<SheetsRead> {
    const message = this.held ?? takeBatch<SheetsRead>(this.channel);
    this.held = null;
    return message;
  }

  /** The records of `key`'s sheet, a batch at a time as they come (none if the reader reads no such sheet or has passed it). */
  *batches(key: RecordKey): Generator<unknown[]> {
    if (this.result) return;
    for (;;) {
      const message = this.next();
      if (message.kind === 'done' || message.key !== key) {
        this.held = message;
        return;
      }
      yield recordsOf(message);
    }
  }

  /** The reading's result, once every record has been taken (or passed over: the import is refused). */
  finished(): SheetsRead {
    while (!this.result) {
      const message = this.next();
      if (message.kind === 'done') this.result = message.done;
    }
    return this.result;
  }

  get isFinished(): boolean {
    return this.result !== null;
  }
}
