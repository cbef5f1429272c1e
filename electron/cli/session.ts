import type { Caller } from '../../shared/roles';
import { createServiceContext, type ServiceContext } from '../services/service-context';
import { ServiceError } from '../services/service-error';
import type { VaultService } from '../services/vault-service';
import { readPassphrase } from './passphrase';
import { EXIT, type CliIo } from './types';
import { reportServiceError, vaultFor } from './vault';

/** An unlocked database for one command: the services' context, who unlocked it, and the vault itself. */
export interface CliSession {
  context: ServiceContext;
  caller: Caller;
  vault: VaultService;
}

/** The vault for a command, or an exit code after saying why there is nothing to unlock. */
export function openVault(databaseFile: string, io: CliIo): VaultService | number {
  const vault = vaultFor(databaseFile, io);
  if (vault.status().state === 'needs_setup') {
    io.stderr.write(`There is no team database at ${vault.paths.databaseFile}. Create one with "init" first.\n`);
    return EXIT.failed;
  }
  return vault;
}

/** Whose passphrase to ask for: --user, else the first user in the keyring. */
export function userToAsk(vault: VaultService, user: string | undefined, io: CliIo): string | number {
  const who = user ?? vault.status().users[0];
  if (who) return who;
  io.stderr.write(`The keyring ${vault.paths.keyringFile} is missing or damaged, or has no passphrase users; use --user NAME to say whose passphrase.\n`);
  return EXIT.failed;
}

/**
 * Unlocks the database named on the command line with a user's passphrase, runs `work` as that user, and
 * locks it again whatever happens. Service refusals are printed and become exit codes.
 */
export async function withSession(
  databaseFile: string,
  user: string | undefined,
  io: CliIo,
  work: (session: CliSession) => Promise<number>,
  options: { today?: () => string } = {},
): Promise<number> {
  const vault = openVault(databaseFile, io);
  if (typeof vault === 'number') return vault;
  const who = userToAsk(vault, user, io);
  if (typeof who === 'number') return who;
  const passphrase = await readPassphrase(io, `Passphrase for ${who}: `);
  try {
    await vault.unlock({ user: who, passphrase });
    const caller = vault.caller();
    if (!caller) throw new ServiceError('locked', 'IPS Desk could not sign you in.');
    return await work({ context: createServiceContext(vault, options), caller, vault });
  } catch (error) {
    if (error instanceof ServiceError) return reportServiceError(error, io);
    throw error;
  } finally {
    await vault.lock().catch(() => undefined);
    vault.close();
  }
}

/** The flags every command on an existing database shares. */
export const sessionFlags = {
  db: { value: 'FILE', required: true, description: 'the team database file' },
  user: { value: 'NAME', description: 'whose passphrase (default: the first user in the keyring)' },
} as const;
