import type { RecordKey } from '../../xlsx/interchange-columns';
import type { SheetsRead } from '../../xlsx/interchange-read';
import { takeBatch, type BatchChannel, type BatchMessage } from '../../xlsx/record-batches';

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

  /** The records of `key`'s sheet as they come (none if the reader reads no such sheet, or has passed it). */
  *records(key: RecordKey): Generator<unknown> {
    if (this.result) return;
    for (;;) {
      const message = this.next();
      if (message.kind === 'done' || message.key !== key) {
        this.held = message;
        return;
      }
      yield* message.records;
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
