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
  },
  async run(flags, io) {
    const out = resolve(stringFlag(flags, 'out')!);
    return withSession(stringFlag(flags, 'db')!, stringFlag(flags, 'user'), io, async ({ context, caller }) => {
      await exportInterchangeWorkbookToFile(context, caller, out);
      io.stdout.write(`Exported the records to ${out}\n`);
      return EXIT.ok;
    });
  },
};
