import { renameSync, rmSync } from 'node:fs';
import { siblingTempPath } from '../../db/atomic-file';
import { clientPkMap } from '../../db/repositories/clients-repository';
import type { Handlers } from '../../shared/ipc/contract';
import type { InterchangeRecords } from '../xlsx/interchange-columns';
import { readInterchangeWorkbookInWorker } from '../xlsx/interchange-read-worker';
import { writeInterchangeWorkbook, writeInterchangeWorkbookFile } from '../xlsx/interchange-write';
import { countsBySheet, mergeRecords, type SheetCounts } from './interchange/merge-records';
import { readAllRecords } from './interchange/read-all-records';
import type { RecordContext } from './records/record-context';
import { ServiceError } from './service-error';

/**
 * Import and export of the interchange workbook (DOMAIN §5), for the app (base64 over IPC) and the CLI
 * (bytes and files). Import is all or nothing: the workbook is read and checked in full in a worker thread
 * (the main thread's event loop stays free), then written on the main thread, where the connection lives,
 * in one transaction that also checks it against the database.
 */
export type ImportOutcome =
  | { ok: true; counts: Record<string, SheetCounts>; warnings: string[] }
  | { ok: false; problems: string[]; warnings: string[] };

const OMITTED_LINE = /^([\d,]+) more problems? not listed/;

/** How many problems the lines stand for: the reader ends a long list with a count of the rest. */
export function countProblems(problems: readonly string[]): number {
  const last = problems[problems.length - 1];
  const omitted = last === undefined ? null : OMITTED_LINE.exec(last);
  return omitted ? problems.length - 1 + Number(omitted[1]!.replace(/,/g, '')) : problems.length;
}

export function problemsMessage(problems: readonly string[]): string {
  const n = countProblems(problems);
  return `The workbook has ${n.toLocaleString('en-GB')} problem${n === 1 ? '' : 's'}. Nothing was imported.`;
}

class ImportRefused extends Error {
  constructor(readonly problems: string[]) {
    super('import refused');
  }
}

export async function importInterchangeWorkbook(context: RecordContext, bytes: Uint8Array): Promise<ImportOutcome> {
  const knownClientIds = new Set(context.read((db) => clientPkMap(db)).keys());
  const read = await readInterchangeWorkbookInWorker(bytes, { knownClientIds, today: context.today() });
  if (!read.ok) return read;
  try {
    const counts = context.write((tx, audit) => {
      const merged = mergeRecords(tx, read.records);
      if (merged.problems.length > 0) throw new ImportRefused(merged.problems);
      audit({ action: 'records.import', details: { counts: merged.counts, warnings: read.warnings.length } });
      return countsBySheet(merged.counts);
    });
    return { ok: true, counts, warnings: read.warnings };
  } catch (error) {
    if (error instanceof ImportRefused) return { ok: false, problems: error.problems, warnings: read.warnings };
    throw error;
  }
}

/** `ips-desk-records-2026-03-31.xlsx` */
export function exportFileName(today: string): string {
  return `ips-desk-records-${today}.xlsx`;
}

/** Every record, read in a transaction so the workbook is one consistent moment, with the export in the audit log. */
function recordsForExport(context: RecordContext): InterchangeRecords {
  return context.write((tx, audit) => {
    const all = readAllRecords(tx);
    audit({ action: 'records.export', details: Object.fromEntries(Object.entries(all).map(([key, rows]) => [key, rows.length])) });
    return all;
  });
}

export async function exportInterchangeWorkbook(context: RecordContext): Promise<{ fileName: string; bytes: Buffer }> {
  const records = recordsForExport(context);
  return { fileName: exportFileName(context.today()), bytes: await writeInterchangeWorkbook(records) };
}

/** The CLI's export: the workbook streamed to `file`, which is replaced in one step once it is complete. */
export async function exportInterchangeWorkbookToFile(context: RecordContext, file: string): Promise<void> {
  const records = recordsForExport(context);
  const temp = siblingTempPath(file);
  try {
    await writeInterchangeWorkbookFile(temp, records);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

export function createInterchangeHandlers(context: RecordContext): Pick<Handlers, 'interchange.import' | 'interchange.export'> {
  return {
    'interchange.import': async (input) => {
      const outcome = await importInterchangeWorkbook(context, Buffer.from(input.base64, 'base64'));
      if (!outcome.ok) {
        throw new ServiceError('invalid_input', problemsMessage(outcome.problems), {
          issues: outcome.problems.map((message) => ({ path: [], message })),
        });
      }
      return { counts: outcome.counts, warnings: outcome.warnings };
    },
    'interchange.export': async () => {
      const { fileName, bytes } = await exportInterchangeWorkbook(context);
      return { fileName, base64: bytes.toString('base64') };
    },
  };
}
