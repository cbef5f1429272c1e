import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type Transferable } from 'node:worker_threads';
import type { ReadInterchangeOptions, SheetsToRead } from '../../xlsx/interchange-read';
import { readZipDirectory } from '../../xlsx/zip/zip-directory';
import type { BatchChannel } from '../../xlsx/record-batches';
import type { ImportJobRequest, ImportOutcome } from './import-job';
import type { ErrorCode } from '../../../shared/ipc/result';

/**
 * The worker threads of an import (import-in-workers.ts decides what each does): a large
 * or hostile file never holds up the main process's event loop. Each worker's heap is capped: a file that would
 * need more memory ends that worker, not the app, and is refused like any unreadable file.
 */
/** Reads sheets, handing their records to another thread in batches as they are read (record-batches.ts). */
export interface ReadRequest {
  kind: 'read';
  bytes: Uint8Array;
  options: ReadInterchangeOptions;
  /** Plain data only (no `onRecords`): it crosses to the worker. */
  which: Omit<SheetsToRead, 'onRecords'>;
  stream: BatchChannel;
}

export type WorkerRequest = ReadRequest | ImportJobRequest;

/** A reader's reply says only that it finished: what it read went to the writer. */
export type WorkerReply = { ok: true; outcome?: ImportOutcome } | { ok: false; message: string; code?: ErrorCode };

/** Asked of a spare before its request: load what either thread needs, then say WorkerReady. */
export interface WarmRequest {
  kind: 'warm';
}

/** What a spare says once it has warmed up and waits for its request. */
export interface WorkerReady {
  ready: true;
}

/** Far more than a 200,000-row sheet needs; the reader's own limits keep real use well under it. */
const WORKER_HEAP_MB = 1024;
/** A sheet smaller than this (compressed) is read in less time than a second thread takes to start. */
const LARGE_SHEET_BYTES = 128 * 1024;

interface WorkerScript {
  script: string;
  /** True when `script` is the code itself rather than a file. */
  eval: boolean;
}

let fromSources: Promise<WorkerScript> | undefined;

/**
 * The worker's code. The app runs its own bundle, dist/electron/interchange-worker.cjs beside main.cjs (in the
 * CommonJS bundle import.meta.url is undefined: build-electron.mjs). Run from the TypeScript sources (vitest,
 * the CLI and the benchmark through tsx), the same bundle is made once per process with esbuild, in memory:
 * a worker thread does not inherit tsx, and one that loaded it would compile every module again itself.
 */
function workerScript(): Promise<WorkerScript> {
  const here = import.meta.url as string | undefined;
  if (!here) return Promise.resolve({ script: join(__dirname, 'interchange-worker.cjs'), eval: false });
  fromSources ??= bundleFromSources(fileURLToPath(new URL('./interchange-worker.ts', here)));
  return fromSources;
}

function startWorker({ script, eval: isCode }: WorkerScript): Worker {
  return new Worker(script, { eval: isCode, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
}

/** An import's threads: one reads most of the sheets, one reads the rest and writes (import-in-workers.ts). */
const THREADS_PER_IMPORT = 2;
/** A spare thread not taken by then is stopped: each holds a heap of its own. */
export const SPARE_LIFETIME_MS = 2 * 60_000;

/** Threads started ahead of an import, loaded or loading, each waiting for its one request. */
const spares = new Map<Worker, NodeJS.Timeout>();

function dropSpare(worker: Worker): void {
  clearTimeout(spares.get(worker));
  spares.delete(worker);
}

/**
 * Starts an import's threads ahead of it: loading a thread's code takes about a quarter of a second, on both of
 * a laptop's cores at once, and practising on a small workbook (practice-read.ts) about as long again; the app
 * does it while the manager chooses the workbook (interchange.prepareImport) and the CLI while it unlocks. A
 * request given to a thread still practising waits for it. Resolves once they are ready. From the sources, the code is first bundled (see
 * workerScript). Spares never keep the process alive, and one not taken within SPARE_LIFETIME_MS is stopped.
 */
export async function prepareInterchangeWorkers(): Promise<void> {
  const script = await workerScript();
  const ready: Promise<void>[] = [];
  while (spares.size < THREADS_PER_IMPORT) {
    const worker = startWorker(script);
    worker.unref();
    const expiry = setTimeout(() => {
      dropSpare(worker);
      void worker.terminate();
    }, SPARE_LIFETIME_MS);
    expiry.unref();
    spares.set(worker, expiry);
    // A spare that fails to start is simply gone: the import starts a thread of its own and reports any failure.
    worker.once('error', () => dropSpare(worker));
    ready.push(
      new Promise((resolve) => {
        worker.once('message', () => resolve());
        worker.once('exit', () => {
          dropSpare(worker);
          resolve();
        });
      }),
    );
    worker.postMessage({ kind: 'warm' } satisfies WarmRequest);
  }
  await Promise.all(ready);
}

/** How many spare threads wait now (for tests). */
export function spareWorkerCount(): number {
  return spares.size;
}

/** A spare thread if one waits, else a new one. */
function takeWorker(script: WorkerScript): Worker {
  const [spare] = spares.keys();
  if (!spare) return startWorker(script);
  dropSpare(spare);
  spare.ref();
  return spare;
}

async function bundleFromSources(entry: string): Promise<WorkerScript> {
  // A development tool, kept out of the app's bundle (build-electron.mjs marks it external).
  const esbuild: typeof import('esbuild') = await import('esbuild');
  // The native database driver stays a require: bundled, it could not find its compiled addon.
  const built = await esbuild.build({
    entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'silent', external: ['better-sqlite3'],
  });
  return { script: built.outputFiles[0]!.text, eval: true };
}

function describeFailure(error: Error): string {
  if ((error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') return 'it needs more memory than IPS Desk allows an import';
  return error.message;
}

/**
 * Runs `request` on a spare thread if one waits, else on a new one, and resolves with its one reply, or with why
 * it ended without one (it ran out of memory, or stopped). The worker is not waited for after its reply: it ends
 * by itself.
 */
export async function runInterchangeWorker(request: WorkerRequest, transfer: Transferable[] = []): Promise<WorkerReply> {
  const script = await workerScript();
  return new Promise((resolve) => {
    const worker = takeWorker(script);
    let settled = false;
    const settle = (reply: WorkerReply) => {
      if (settled) return;
      settled = true;
      resolve(reply);
    };
    worker.on('message', (message: WorkerReply | WorkerReady) => {
      if (!('ready' in message)) settle(message);
    });
    worker.once('error', (error) => settle({ ok: false, message: describeFailure(error) }));
    worker.once('exit', (code) => settle({ ok: false, message: `the worker stopped early, code ${code}` }));
    // A copy the worker can take over: `bytes` may be a view of a larger (even pooled) buffer.
    const copy = new Uint8Array(request.bytes);
    worker.postMessage({ ...request, bytes: copy }, [copy.buffer, ...transfer]);
  });
}

/** Two large worksheet parts, judged from the zip's directory alone (nothing unpacked): worth two threads. */
export function worthTwoThreads(bytes: Uint8Array): boolean {
  const zip = readZipDirectory(bytes);
  if (zip.kind !== 'zip') return false;
  return zip.entries.filter((e) => e.name.toLowerCase().startsWith('xl/worksheets/') && e.compressedSize >= LARGE_SHEET_BYTES).length >= 2;
}

