import { resolve } from 'node:path';
import { stringFlag } from '../args';
import { sessionFlags, withSession } from '../session';
import { EXIT, type CliCommand } from '../types';

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Write one backup file (the encrypted database with its keyring) into a folder and print its path.',
  flags: {
    db: sessionFlags.db,
    out: { value: 'DIR', required: true, description: 'the folder to write it in (created if need be; nothing else there is touched)' },
    user: sessionFlags.user,
  },
  run(flags, io) {
    const out = resolve(stringFlag(flags, 'out')!);
    return withSession(stringFlag(flags, 'db')!, stringFlag(flags, 'user'), io, async ({ vault, caller }) => {
      const backup = await vault.backups.backupTo(out, caller);
      io.stdout.write(`${backup.file}\n`);
      return EXIT.ok;
    });
  },
};
