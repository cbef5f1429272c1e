import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importInterchangeWorkbook, prepareImport, problemsMessage } from '../../services/interchange-service';
import { stringFlag } from '../args';
import { sessionFlags, withSession } from '../session';
import { EXIT, type CliCommand } from '../types';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import an interchange workbook (all or nothing): same ids are updated, new records added.',
  flags: sessionFlags,
  positionals: [{ name: 'workbook', value: 'WORKBOOK.xlsx', description: 'the workbook to import (DOMAIN §5 layout)' }],
  async run(flags, io) {
    // The import's threads load while the file is read and the database unlocked.
    prepareImport();
    const file = resolve(stringFlag(flags, 'workbook')!);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      io.stderr.write(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT.failed;
    }
    return withSession(stringFlag(flags, 'db')!, stringFlag(flags, 'user'), io, async ({ context, caller }) => {
      const outcome = await importInterchangeWorkbook(context, caller, bytes);
      for (const warning of outcome.warnings) io.stderr.write(`Warning: ${warning}\n`);
      if (!outcome.ok) {
        io.stderr.write(`${problemsMessage(outcome.problems)}\n`);
        for (const problem of outcome.problems) io.stderr.write(`${problem}\n`);
        return EXIT.failed;
      }
      io.stdout.write(`Imported ${file}\n`);
      for (const [sheet, n] of Object.entries(outcome.counts)) {
        io.stdout.write(`${sheet}: ${n.added} added, ${n.updated} updated, ${n.unchanged} unchanged\n`);
      }
      return EXIT.ok;
    });
  },
};
