import { stringFlag } from '../args';
import { readPassphrase } from '../passphrase';
import { EXIT, type CliCommand } from '../types';
import { openVault, sessionFlags, userToAsk } from '../session';
import { reportServiceError } from '../vault';

export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: 'Check a passphrase opens the database and run SQLite\'s integrity check (read-only).',
  flags: sessionFlags,
  async run(flags, io) {
    const vault = openVault(stringFlag(flags, 'db')!, io);
    if (typeof vault === 'number') return vault;
    const user = userToAsk(vault, stringFlag(flags, 'user'), io);
    if (typeof user === 'number') return user;
    const passphrase = await readPassphrase(io, `Passphrase for ${user}: `);
    try {
      const result = await vault.verify({ user, passphrase });
      io.stdout.write(`${result.problems.join('\n')}\n`);
      if (!result.ok) io.stderr.write(`The integrity check found problems in ${vault.paths.databaseFile}.\n`);
      return result.ok ? EXIT.ok : EXIT.failed;
    } catch (error) {
      return reportServiceError(error, io);
    }
  },
};
