import { vaultChannels } from '../../../shared/ipc/vault';
import { recoverySheetText } from '../../../shared/recovery-sheet';
import { stringFlag } from '../args';
import { readPassphrase } from '../passphrase';
import { EXIT, UsageError, type CliCommand } from '../types';
import { reportServiceError, vaultFor } from '../vault';

const FLAG_FOR_FIELD: Record<string, string> = { serviceName: '--service', managerName: '--user', passphrase: 'passphrase' };

export const initCommand: CliCommand = {
  name: 'init',
  summary: 'Create a new encrypted team database (keyring beside it) and print its recovery key.',
  flags: {
    db: { value: 'FILE', required: true, description: 'the database file to create, e.g. ipsdesk.db' },
    service: { value: 'NAME', description: 'the service name (default "IPS service")' },
    user: { value: 'NAME', description: 'the manager, first user of the database (default "Manager")' },
  },
  async run(flags, io) {
    const databaseFile = stringFlag(flags, 'db')!;
    const vault = vaultFor(databaseFile, io);
    if (vault.status().state !== 'needs_setup') {
      io.stderr.write(`${vault.paths.databaseFile} or its keyring already exists; nothing has been changed.\n`);
      return EXIT.failed;
    }
    const passphrase = await readPassphrase(io, 'Choose a passphrase (at least 12 characters): ', { confirm: true });
    const parsed = vaultChannels['vault.setup'].input.safeParse({
      serviceName: stringFlag(flags, 'service') ?? 'IPS service',
      managerName: stringFlag(flags, 'user') ?? 'Manager',
      passphrase,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new UsageError(`${FLAG_FOR_FIELD[String(issue.path[0])] ?? String(issue.path[0])}: ${issue.message}`);
    }
    try {
      const { recoveryKey } = await vault.setup(parsed.data);
      await vault.lock();
      io.stdout.write(
        [
          `Created the team database ${vault.paths.databaseFile}`,
          `Its keyring is ${vault.paths.keyringFile}: keep the two together. "backup" writes both into one backup file.`,
          '',
          'Recovery key (print it and keep it somewhere safe; it is shown only this once):',
          '',
          `  ${recoveryKey}`,
          ...recoverySheetText(),
          '',
        ].join('\n'),
      );
      return EXIT.ok;
    } catch (error) {
      return reportServiceError(error, io);
    } finally {
      vault.close();
    }
  },
};
