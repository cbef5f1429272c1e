import { createRecordContext, type RecordContext } from '../services/records/record-context';
import type { CliIo } from './types';
import { withUnlockedVault } from './unlock';

/**
 * Unlocks the database named on the command line with a user's passphrase, runs `work` against its
 * records, and locks it again whatever happens. Service refusals are printed and become exit codes.
 */
export function withRecords(
  databaseFile: string,
  user: string | undefined,
  io: CliIo,
  work: (context: RecordContext) => Promise<number>,
): Promise<number> {
  return withUnlockedVault(databaseFile, user, io, (vault) => work(createRecordContext(vault)));
}

/** The flags every records command shares. */
export const recordFlags = {
  db: { value: 'FILE', required: true, description: 'the team database file' },
  user: { value: 'NAME', description: 'whose passphrase (default: the first user in the keyring)' },
} as const;
