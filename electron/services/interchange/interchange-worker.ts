import { parentPort } from 'node:worker_threads';
import type { ImportJobRequest } from './import-job';
import { BUSY_MESSAGE, isDatabaseBusy } from '../busy';
import { readInterchangeSheets } from '../../xlsx/interchange-read';
import type { ReadRequest, WarmRequest, WorkerReady, WorkerReply, WorkerRequest } from './interchange-threads';
import { sendBatch } from '../../xlsx/record-batches';
import { sheetBatch } from './streamed-sheets';

/**
 * A worker thread of an import, started by interchange-threads.ts: one request, one reply, then the thread
 * ends. It either reads sheets and hands their records to the writing thread as they are read, or runs the
 * import itself on a connection of its own (import-job.ts). Bundled on its own as
 * dist/electron/interchange-worker.cjs.
 */
const port = parentPort;
if (!port) throw new Error('interchange-worker runs as a worker thread only');

function reply(message: WorkerReply): void {
  port!.postMessage(message);
}

async function read(request: ReadRequest): Promise<void> {
  const { stream } = request;
  const part = await readInterchangeSheets(request.bytes, request.options, {
    ...request.which,
    onRecords: (key, records) => sendBatch(stream, sheetBatch(key, records as object[])),
  });
  sendBatch(stream, { kind: 'done', done: part });
  reply({ ok: true });
}

/**
 * What the writing thread needs beyond reading: the database driver, the schema and the merge. Loaded once, when
 * the request comes, or before it when the thread is started ahead of its import (a spare: see `warm`).
 */
let writerModules: Promise<[typeof import('../../../db/second-connection'), typeof import('./import-job')]> | undefined;
function loadWriterModules() {
  writerModules ??= Promise.all([import('../../../db/second-connection'), import('./import-job')]);
  return writerModules;
}

/**
 * The import, then (its outcome sent) a checkpoint of the write-ahead log, which the app need not wait for:
 * copying a large import from the log into the database file takes longer than writing it to the log, and the
 * commit is durable once the log is on disk.
 */
async function importWorkbook(request: ImportJobRequest): Promise<void> {
  const [{ openSecondConnection }, { runImportJob }] = await loadWriterModules();
  const database = openSecondConnection(request.target);
  database.raw.pragma('wal_autocheckpoint=0');
  try {
    reply({ ok: true, outcome: await runImportJob(database, request) });
    database.raw.pragma('wal_checkpoint(PASSIVE)');
  } finally {
    database.raw.close();
  }
}

function failure(error: unknown): WorkerReply {
  if (isDatabaseBusy(error)) return { ok: false, message: BUSY_MESSAGE, code: 'busy' };
  return { ok: false, message: error instanceof Error ? error.message : String(error) };
}

/** A spare's warming up, which its request waits for (never fails: a failure here is the request's to report). */
let warming: Promise<void> = Promise.resolve();

/**
 * A spare, started ahead of its import, is asked to `warm` up first: it loads the writer's modules too (it may be
 * either thread) and practises reading (practice-read.ts), then says it is ready. Then comes the one request,
 * handled once the warming up is over; once it is handled the thread ends.
 */
function onMessage(message: WorkerRequest | WarmRequest): void {
  if (message.kind === 'warm') {
    warming = loadWriterModules()
      .then(async () => (await import('./practice-read')).practiseReading())
      .catch(() => undefined);
    void warming.then(() => port!.postMessage({ ready: true } satisfies WorkerReady));
    return;
  }
  port!.off('message', onMessage);
  void warming
    .then(() => (message.kind === 'import' ? importWorkbook(message) : read(message)))
    .catch((error: unknown) => reply(failure(error)));
}
port.on('message', onMessage);
