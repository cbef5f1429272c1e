import type { VaultService } from '../services/vault-service';
import { ServiceError } from '../services/service-error';
import { readPassphrase } from './passphrase';
import { EXIT, type CliIo } from './types';
import { reportServiceError, vaultFor } from './vault';

/**
 * Unlocks the database named on the command line with a user's passphrase (the first user in the keyring
 * unless one is named), runs `work`, and locks it again whatever happens. Service refusals are printed and
 * become exit codes; anything else is a failure the runner reports.
 */
export async function withUnlockedVault(
  databaseFile: string,
  user: string | undefined,
  io: CliIo,
  work: (vault: VaultService) => Promise<number>,
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
    return await work(vault);
  } catch (error) {
    if (error instanceof ServiceError) return reportServiceError(error, io);
    throw error;
  } finally {
    await vault.lock().catch(() => undefined);
    vault.close();
  }
}
