import { MessageChannel } from 'node:worker_threads';
import type { SecondConnection } from '../../../db/second-connection';
import { runInterchangeWorker, worthTwoThreads, type WorkerReply } from './interchange-threads';
import { clipText } from '../../xlsx/interchange-text';
import { markReaderStopped, newBatchSignal } from '../../xlsx/record-batches';
import { ServiceError } from '../service-error';
import { SHEETS_READ_BESIDE, type ImportOutcome } from './import-job';

/**
 * Runs an import off the main thread (the app's window and every other request stay responsive): one worker
 * thread reads the workbook and writes it on a connection of its own (import-job.ts). A workbook with two
 * large sheets gets a second thread for the Clients sheet and the records without ids (SHEETS_READ_BESIDE, the
 * Contacts sheet among them), whose records reach the writer in batches as they are read, so writing and reading
 * overlap. Threads started
 * ahead of the import (prepareInterchangeWorkers) are used when they wait. If that reader dies (a file that
 * needs more memory than a reader may have, say), the writer is told, rolls back and the import is refused as
 * unreadable.
 */
function unreadable(reason: string): ImportOutcome {
  return { ok: false, problems: [`The workbook could not be read (${clipText(reason)})`], warnings: [] };
}

function outcomeOf(reply: WorkerReply): ImportOutcome {
  if (reply.ok) {
    if (reply.outcome) return reply.outcome;
    throw new Error('The import thread finished without an outcome');
  }
  if (reply.code) throw new ServiceError(reply.code, reply.message);
  return unreadable(reply.message);
}

export async function importInWorkers(bytes: Uint8Array, target: SecondConnection, today: string): Promise<ImportOutcome> {
  if (!worthTwoThreads(bytes)) return outcomeOf(await runInterchangeWorker({ kind: 'import', bytes, target, today, beside: null }));

  const { port1, port2 } = new MessageChannel();
  const signal = newBatchSignal();
  let readerFailure: string | null = null;
  const reader = runInterchangeWorker(
    { kind: 'read', bytes, options: { today }, which: { only: SHEETS_READ_BESIDE, reportSheetWarnings: false }, stream: { port: port1, signal } },
    [port1],
  ).then((reply) => {
    if (reply.ok) return;
    readerFailure = reply.message;
    markReaderStopped(signal);
  });
  const reply = await runInterchangeWorker({ kind: 'import', bytes, target, today, beside: { port: port2, signal } }, [port2]);
  await reader;
  return readerFailure === null ? outcomeOf(reply) : unreadable(readerFailure);
}
