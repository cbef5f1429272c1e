import { parentPort } from 'node:worker_threads';
import { readInterchangeSheets } from './interchange-read';
import type { WorkerReply, WorkerRequest } from './interchange-read-worker';

/**
 * A worker thread that reads (some of) the sheets of an interchange workbook, started by
 * interchange-read-worker.ts: one request, one reply, then the thread ends. Bundled on its own as
 * dist/electron/interchange-worker.cjs.
 */
const port = parentPort;
if (!port) throw new Error('interchange-worker runs as a worker thread only');

port.once('message', (request: WorkerRequest) => {
  const reply = (message: WorkerReply) => port.postMessage(message);
  readInterchangeSheets(request.bytes, request.options, request.which).then(
    (part) => reply({ ok: true, part }),
    (error: unknown) => reply({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
