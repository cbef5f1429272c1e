import { resolve } from 'node:path';
import { exportInterchangeWorkbookToFile } from '../../services/interchange-service';
import { stringFlag } from '../args';
import { sessionFlags, withSession } from '../session';
import { EXIT, type CliCommand } from '../types';

export const exportDataCommand: CliCommand = {
  name: 'export-data',
  summary: 'Write every record to an interchange workbook (the layout "import" reads).',
  flags: {
    ...sessionFlags,
    out: { value: 'FILE.xlsx', required: true, description: 'the workbook to write (replaced in one step if it exists)' },
    pseudonymised: { description: 'leave out names, NHS numbers and dates of birth, and put pseudonyms for client and job ids' },
  },
  async run(flags, io) {
    const out = resolve(stringFlag(flags, 'out')!);
    const pseudonymised = flags.pseudonymised === true;
    return withSession(stringFlag(flags, 'db')!, stringFlag(flags, 'user'), io, async ({ context, caller }) => {
      await exportInterchangeWorkbookToFile(context, caller, out, { pseudonymised });
      io.stdout.write(`Exported the records${pseudonymised ? ', pseudonymised,' : ''} to ${out}\n`);
      io.stderr.write(pseudonymised ? `${out} is not encrypted.\n` : `${out} is not encrypted and holds every name, NHS number and date of birth: keep it safe.\n`);
      return EXIT.ok;
    });
  },
};
