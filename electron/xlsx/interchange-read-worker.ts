import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReadInterchangeOptions, ReadInterchangeResult } from './interchange-read';
import { clipText } from './interchange-text';

/**
 * Reads an interchange workbook in a worker thread, so that a large or hostile file never holds up the main
 * process's event loop (the window stays responsive; the database write that follows stays on the main
 * thread, where the connection lives). The worker's heap is capped: a file that would need more memory ends
 * the worker, not the app, and is refused like any unreadable file.
 */
export interface WorkerRequest {
  bytes: Uint8Array;
  options: ReadInterchangeOptions;
}

export type WorkerReply = { ok: true; result: ReadInterchangeResult } | { ok: false; message: string };

/** Far more than a 200,000-row sheet needs; the reader's own limits keep real use well under it. */
const WORKER_HEAP_MB = 1024;

function workerScript(): URL | string {
  // In the CommonJS bundle import.meta.url is undefined (build-electron.mjs) and the worker's bundle sits beside it.
  const here = import.meta.url as string | undefined;
  return here ? new URL('./interchange-worker-dev.mjs', here) : join(__dirname, 'interchange-worker.cjs');
}

function refusal(reason: string): ReadInterchangeResult {
  return { ok: false, problems: [`The workbook could not be read (${clipText(reason)})`], warnings: [] };
}

function describeFailure(error: Error): string {
  if ((error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') return 'it needs more memory than IPS Desk allows an import';
  return error.message;
}

export function readInterchangeWorkbookInWorker(bytes: Uint8Array, options: ReadInterchangeOptions = {}): Promise<ReadInterchangeResult> {
  return new Promise((resolve) => {
    const worker = new Worker(workerScript(), { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    let settled = false;
    const settle = (result: ReadInterchangeResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
      void worker.terminate();
    };
    worker.once('message', (reply: WorkerReply) => settle(reply.ok ? reply.result : refusal(reply.message)));
    worker.once('error', (error) => settle(refusal(describeFailure(error))));
    worker.once('exit', (code) => settle(refusal(`the reader stopped early, code ${code}`)));
    // A copy the worker can take over: `bytes` may be a view of a larger (even pooled) buffer.
    const copy = new Uint8Array(bytes);
    const request: WorkerRequest = { bytes: copy, options };
    worker.postMessage(request, [copy.buffer]);
  });
}
