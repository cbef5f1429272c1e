import { renameSync, rmSync } from 'node:fs';
import { audited } from '../../db/audited-write';
import { siblingTempPath } from '../../db/atomic-file';
import type { Handlers } from '../../shared/ipc/contract';
import type { Caller } from '../../shared/roles';
import type { InterchangeRecords } from '../xlsx/interchange-columns';
import { writeInterchangeWorkbook, writeInterchangeWorkbookFile } from '../xlsx/interchange-write';
import type { ImportOutcome } from './interchange/import-job';
import { importInWorkers } from './interchange/import-in-workers';
import { prepareInterchangeWorkers } from './interchange/interchange-threads';
import { pseudonymiseRecords } from './interchange/pseudonymise';
import { ensurePseudonymSecret } from '../../db/repositories/pseudonym-secret';
import { readAllRecords } from './interchange/read-all-records';
import type { ServiceContext } from './service-context';
import { ServiceError } from './service-error';

/**
 * Import and export of the interchange workbook (DOMAIN §5), for the app (base64 over IPC) and the CLI
 * (bytes and files). Import is all or nothing: worker threads read and check the workbook and write it, on a
 * connection of their own, in one audited transaction that also checks it against the database
 * (interchange/import-in-workers.ts); the main thread's event loop stays free throughout.
 */
export type { ImportOutcome };

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

export async function importInterchangeWorkbook(context: ServiceContext, caller: Caller, bytes: Uint8Array): Promise<ImportOutcome> {
  return context.writeOnSecondConnection(caller, (target) => importInWorkers(bytes, target, context.today()));
}

/** `ips-desk-records-2026-03-31.xlsx`, or `ips-desk-records-pseudonymised-2026-03-31.xlsx` */
export function exportFileName(today: string, pseudonymised = false): string {
  return `ips-desk-records-${pseudonymised ? 'pseudonymised-' : ''}${today}.xlsx`;
}

/** Every record in clear leaves the encrypted database: the app asks first (`confirmedUnencrypted`), or offers pseudonyms. */
export const UNENCRYPTED_EXPORT_WARNING =
  'The workbook is not encrypted: it holds every client\'s name, NHS number and date of birth in clear. Confirm that you will keep it safe, or export it pseudonymised.';

export interface ExportChoice {
  /** No names, NHS numbers or dates of birth; pseudonyms for client and job ids (interchange/pseudonymise.ts). */
  pseudonymised: boolean;
}

/** Every record, read in a transaction so the workbook is one consistent moment, with the export in the audit log. */
function recordsForExport(context: ServiceContext, caller: Caller, choice: ExportChoice): InterchangeRecords {
  return context.write(caller, ({ db: tx, raw }) => {
    const all = readAllRecords(tx, raw);
    const counts = Object.fromEntries(Object.entries(all).map(([key, rows]) => [key, rows.length]));
    const written = choice.pseudonymised ? pseudonymiseRecords(all, ensurePseudonymSecret(tx).secret) : all;
    return audited(written, { action: 'records.export', entity: 'records', details: { counts, pseudonymised: choice.pseudonymised } });
  });
}

export async function exportInterchangeWorkbook(context: ServiceContext, caller: Caller, choice: ExportChoice): Promise<{ fileName: string; bytes: Buffer }> {
  const records = recordsForExport(context, caller, choice);
  return { fileName: exportFileName(context.today(), choice.pseudonymised), bytes: await writeInterchangeWorkbook(records) };
}

/** The CLI's export: the workbook streamed to `file`, which is replaced in one step once it is complete. */
export async function exportInterchangeWorkbookToFile(context: ServiceContext, caller: Caller, file: string, choice: ExportChoice): Promise<void> {
  const records = recordsForExport(context, caller, choice);
  const temp = siblingTempPath(file);
  try {
    await writeInterchangeWorkbookFile(temp, records);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Starts the import's threads ahead of the import (interchange-threads.ts), not waited for: they load while the
 * manager chooses the file, or the CLI unlocks. Should they fail to start, the import starts its own and reports
 * what went wrong there.
 */
export function prepareImport(): void {
  prepareInterchangeWorkers().catch(() => undefined);
}

export function createInterchangeHandlers(context: ServiceContext): Pick<Handlers, 'interchange.prepareImport' | 'interchange.import' | 'interchange.export'> {
  return {
    'interchange.prepareImport': () => {
      prepareImport();
      return null;
    },
    'interchange.import': async (input, caller) => {
      const outcome = await importInterchangeWorkbook(context, caller, Buffer.from(input.base64, 'base64'));
      if (!outcome.ok) {
        throw new ServiceError('invalid_input', problemsMessage(outcome.problems), {
          issues: outcome.problems.map((message) => ({ path: [], message })),
        });
      }
      return { counts: outcome.counts, warnings: outcome.warnings };
    },
    'interchange.export': async (input, caller) => {
      if (!input.pseudonymised && !input.confirmedUnencrypted) {
        throw new ServiceError('invalid_input', UNENCRYPTED_EXPORT_WARNING, { issues: [{ path: ['confirmedUnencrypted'], message: UNENCRYPTED_EXPORT_WARNING }] });
      }
      const { fileName, bytes } = await exportInterchangeWorkbook(context, caller, { pseudonymised: input.pseudonymised });
      return { fileName, base64: bytes.toString('base64') };
    },
  };
}
