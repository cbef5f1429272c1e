import { createRecordContext, type RecordContext } from '../services/records/record-context';
import { ServiceError } from '../services/service-error';
import { readPassphrase } from './passphrase';
import { EXIT, type CliIo } from './types';
import { reportServiceError, vaultFor } from './vault';

/**
 * Unlocks the database named on the command line with a user's passphrase, runs `work` against its
 * records, and locks it again whatever happens. Service refusals are printed and become exit codes.
 */
export async function withRecords(
  databaseFile: string,
  user: string | undefined,
  io: CliIo,
  work: (context: RecordContext) => Promise<number>,
): Promise<number> {
  const vault = vaultFor(databaseFile, io);
  const status = vault.status();
  if (status.state === 'needs_setup') {
    io.stderr.write(`There is no team database at ${vault.paths.databaseFile}. Create one with "init" first.\n`);
    return EXIT.failed;
  }
  const who = user ?? status.users[0];
  if (!who) {
    io.stderr.write(`The keyring ${vault.paths.keyringFile} is missing or damaged, or has no passphrase users; use --user NAME to say whose passphrase.\n`);
    return EXIT.failed;
  }
  const passphrase = await readPassphrase(io, `Passphrase for ${who}: `);
  try {
    await vault.unlock({ user: who, passphrase });
    return await work(createRecordContext(vault));
  } catch (error) {
    if (error instanceof ServiceError) return reportServiceError(error, io);
    throw error;
  } finally {
    await vault.lock().catch(() => undefined);
    vault.close();
  }
}

/** The flags every records command shares. */
export const recordFlags = {
  db: { value: 'FILE', required: true, description: 'the team database file' },
  user: { value: 'NAME', description: 'whose passphrase (default: the first user in the keyring)' },
} as const;
