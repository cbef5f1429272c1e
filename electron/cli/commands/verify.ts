import { stringFlag } from '../args';
import { readPassphrase } from '../passphrase';
import { EXIT, type CliCommand } from '../types';
import { reportServiceError, vaultFor } from '../vault';

export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: 'Check a passphrase opens the database and run SQLite\'s integrity check (read-only).',
  flags: {
    db: { value: 'FILE', required: true, description: 'the team database file' },
    user: { value: 'NAME', description: 'whose passphrase (default: the first user in the keyring)' },
  },
  async run(flags, io) {
    const vault = vaultFor(stringFlag(flags, 'db')!, io);
    const status = vault.status();
    if (status.state === 'needs_setup') {
      io.stderr.write(`There is no team database at ${vault.paths.databaseFile}.\n`);
      return EXIT.failed;
    }
    const user = stringFlag(flags, 'user') ?? status.users[0];
    if (!user) {
      io.stderr.write(`The keyring ${vault.paths.keyringFile} is missing or damaged, or has no passphrase users; use --user NAME to say whose passphrase.\n`);
      return EXIT.failed;
    }
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
