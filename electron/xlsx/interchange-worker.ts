import { parentPort } from 'node:worker_threads';
import { openSecondConnection } from '../../db/second-connection';
import { runImportJob, type ImportJobRequest } from '../services/interchange/import-job';
import { busyAsServiceError } from '../services/busy';
import { ServiceError } from '../services/service-error';
import { readInterchangeSheets } from './interchange-read';
import type { ReadRequest, WorkerReply, WorkerRequest } from './interchange-read-worker';
import { sendBatch } from './record-batches';

/**
 * A worker thread for the interchange workbook, started by interchange-read-worker.ts: one request, one reply,
 * then the thread ends. It reads (some of) the sheets, handing their records to another thread as they are read
 * when asked to, or runs a whole import on a connection of its own (services/interchange/import-job.ts).
 * Bundled on its own as dist/electron/interchange-worker.cjs.
 */
const port = parentPort;
if (!port) throw new Error('interchange-worker runs as a worker thread only');

function failure(error: unknown): WorkerReply {
  const said = busyAsServiceError(error);
  if (said instanceof ServiceError) return { ok: false, message: said.message, code: said.code };
  return { ok: false, message: error instanceof Error ? error.message : String(error) };
}

async function read(request: ReadRequest): Promise<WorkerReply> {
  const { stream } = request;
  if (!stream) return { ok: true, part: await readInterchangeSheets(request.bytes, request.options, request.which) };
  const part = await readInterchangeSheets(request.bytes, request.options, {
    ...request.which,
    onRecords: (_key, records) => sendBatch(stream, { kind: 'records', records }),
  });
  sendBatch(stream, { kind: 'done', done: part });
  return { ok: true, part: { ok: true, sheets: [], warnings: [] } };
}

/**
 * The import, then (its outcome sent) a checkpoint of the write-ahead log, which the app need not wait for:
 * copying a large import from the log into the database file takes longer than writing it to the log, and the
 * commit is durable once the log is on disk.
 */
async function importWorkbook(request: ImportJobRequest): Promise<void> {
  const database = openSecondConnection(request.target);
  database.raw.pragma('wal_autocheckpoint=0');
  try {
    port!.postMessage({ ok: true, outcome: await runImportJob(database, request) } satisfies WorkerReply);
    database.raw.pragma('wal_checkpoint(PASSIVE)');
  } finally {
    database.raw.close();
  }
}

port.once('message', (request: WorkerRequest) => {
  const reply = (message: WorkerReply) => port.postMessage(message);
  const work = request.kind === 'import' ? importWorkbook(request) : read(request).then(reply);
  work.catch((error: unknown) => reply(failure(error)));
});
