import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

/**
 * Batches of records passed from the thread reading a sheet to the thread writing them, so the writing starts
 * while the reading goes on. The writer takes them inside its database transaction, which is synchronous: it
 * cannot await a message, so it blocks on a shared counter the reader bumps after each batch (Atomics.wait,
 * allowed in a worker thread) and then takes the batch off the port synchronously. The thread that started
 * both raises `stopped` when the reader dies without finishing, so the writer never waits for ever.
 */
export interface BatchChannel {
  port: MessagePort;
  /** Int32 slots: POSTED (messages sent so far), STOPPED (non-zero once the reader can send no more). */
  signal: SharedArrayBuffer;
}

/**
 * A batch of one sheet's records (`key` names the sheet), or the reader's result once it has read everything.
 * Records cross as a table of the batch's distinct values and, for each record in turn, `fields.length` indexes
 * into it (transferred, not copied). A sheet's values repeat (a client's id on each of its contacts, a handful of
 * kinds and names, a few hundred dates): copying each distinct value once costs both threads far less than
 * copying every cell, and the writer's lookups by client id then meet the same string again and again.
 */
export interface RecordsBatch {
  kind: 'records';
  key: string;
  fields: readonly string[];
  distinct: unknown[];
  indexes: Int32Array<ArrayBuffer>;
}

export type BatchMessage<Done> = RecordsBatch | { kind: 'done'; done: Done };

/** `records` (each with no fields but `fields`) as a batch message. */
export function recordsMessage(key: string, fields: readonly string[], records: readonly object[]): RecordsBatch {
  const distinct: unknown[] = [];
  const indexOf = new Map<unknown, number>();
  const indexes = new Int32Array(records.length * fields.length);
  let at = 0;
  for (const record of records) {
    for (const field of fields) {
      const value = (record as Record<string, unknown>)[field];
      let index = indexOf.get(value);
      if (index === undefined) {
        index = distinct.push(value) - 1;
        indexOf.set(value, index);
      }
      indexes[at++] = index;
    }
  }
  return { kind: 'records', key, fields, distinct, indexes };
}

/** The records of a batch message, as they were sent (a field that was absent stays absent). */
export function recordsOf(message: RecordsBatch): Record<string, unknown>[] {
  const { fields, distinct, indexes } = message;
  const records: Record<string, unknown>[] = new Array(indexes.length / Math.max(fields.length, 1));
  let at = 0;
  for (let r = 0; r < records.length; r++) {
    const record: Record<string, unknown> = {};
    for (const field of fields) {
      const value = distinct[indexes[at++]!];
      if (value !== undefined) record[field] = value;
    }
    records[r] = record;
  }
  return records;
}

const POSTED = 0;
const STOPPED = 1;
/** How often a waiting writer looks again, in case a wake-up was missed; the reader's batches come far faster. */
const WAIT_MS = 1_000;

export function newBatchSignal(): SharedArrayBuffer {
  return new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
}

function wake(signal: Int32Array): void {
  Atomics.add(signal, POSTED, 1);
  Atomics.notify(signal, POSTED);
}

export function sendBatch<Done>(channel: BatchChannel, message: BatchMessage<Done>): void {
  channel.port.postMessage(message, message.kind === 'records' ? [message.indexes.buffer] : []);
  // After the message is queued on the port, so a writer woken by the count always finds it there.
  wake(new Int32Array(channel.signal));
}

/** Said by the thread that started the reader when it ended without sending `done`. */
export function markReaderStopped(signal: SharedArrayBuffer): void {
  const slots = new Int32Array(signal);
  Atomics.store(slots, STOPPED, 1);
  wake(slots);
}

export class ReaderStopped extends Error {
  constructor() {
    super('the thread reading the workbook stopped before it finished');
  }
}

/** The next message, waiting for it if need be; throws ReaderStopped once the reader can send no more. */
export function takeBatch<Done>(channel: BatchChannel): BatchMessage<Done> {
  const slots = new Int32Array(channel.signal);
  for (;;) {
    const seen = Atomics.load(slots, POSTED);
    const received = receiveMessageOnPort(channel.port);
    if (received) return received.message as BatchMessage<Done>;
    if (Atomics.load(slots, STOPPED) !== 0) throw new ReaderStopped();
    Atomics.wait(slots, POSTED, seen, WAIT_MS);
  }
}
