import { resolve } from 'node:path';
import { format } from 'date-fns';
import { backupChannels, type RestoreUnlock } from '../../../shared/ipc/backups';
import { stringFlag } from '../args';
import { readPassphrase } from '../passphrase';
import { EXIT, UsageError, type CliCommand } from '../types';
import { reportServiceError, vaultFor } from '../vault';

const REASONS = { daily: 'daily', manual: 'made by hand', 'before-migration': 'before an update', 'before-restore': 'before a restore', 'after-key-change': 'after the database key was changed' } as const;

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary:
    'Restore a backup file as the team database (into an empty folder, or over a database, which is backed up first), after checking it. ' +
    'Opens it with a passphrase from the backup (IPSDESK_PASSPHRASE), or with the recovery key and a new passphrase.',
  flags: {
    from: { value: 'BACKUP', required: true, description: 'the backup file (.ipsdesk-backup, or an old backup .db with its keyring beside it)' },
    db: { value: 'FILE', required: true, description: 'the team database file to restore as, e.g. ipsdesk.db' },
    'recovery-key': { value: 'KEY', description: 'the printed recovery key, instead of a passphrase' },
    'new-passphrase': { value: 'P', description: 'with --recovery-key: the new passphrase to set' },
    user: { value: 'NAME', description: 'whose passphrase (default: the first in the backup) or, with --recovery-key, whose to set (default: the manager)' },
  },
  async run(flags, io) {
    const file = resolve(stringFlag(flags, 'from')!);
    const recoveryKey = stringFlag(flags, 'recovery-key');
    const newPassphrase = stringFlag(flags, 'new-passphrase');
    const user = stringFlag(flags, 'user');
    if ((recoveryKey === undefined) !== (newPassphrase === undefined)) throw new UsageError('--recovery-key and --new-passphrase go together.');
    const vault = vaultFor(stringFlag(flags, 'db')!, io);
    try {
      let unlock: RestoreUnlock;
      if (recoveryKey !== undefined) {
        unlock = { method: 'recovery_key', recoveryKey, newPassphrase: newPassphrase!, ...(user ? { user } : {}) };
      } else {
        const who = user ?? (await vault.backups.inspect({ file })).users[0];
        if (!who) {
          io.stderr.write(`${file} holds no passphrase to try: use --recovery-key KEY --new-passphrase P.\n`);
          return EXIT.failed;
        }
        unlock = { method: 'passphrase', user: who, passphrase: await readPassphrase(io, `Passphrase for ${who} in the backup: `) };
      }
      const parsed = backupChannels['backups.restore'].input.safeParse({ file, unlock });
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new UsageError(`${issue.path.at(-1) === 'newPassphrase' ? '--new-passphrase' : String(issue.path.at(-1))}: ${issue.message}`);
      }
      const result = await vault.backups.restore(parsed.data);
      const made = format(new Date(result.restored.createdAt), 'dd/MM/yyyy HH:mm');
      io.stdout.write(`Restored ${file} (made ${made}, ${REASONS[result.restored.reason]}) as ${vault.paths.databaseFile}\n`);
      if (result.safetyBackup) io.stdout.write(`The database that was there is kept in ${result.safetyBackup}\n`);
      if (unlock.method === 'recovery_key') io.stdout.write(`The new passphrase is set. Unlock with it from now on.\n`);
      return EXIT.ok;
    } catch (error) {
      return reportServiceError(error, io);
    } finally {
      vault.close();
    }
  },
};
