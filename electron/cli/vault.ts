import { basename, dirname, resolve } from 'node:path';
import { ServiceError } from '../services/service-error';
import { createVaultService } from '../services/vault-service';
import { EXIT, type CliIo } from './types';

/**
 * The vault service over the database file named on the command line (keyring and backups beside it). No
 * automatic daily backup: commands are one-off tasks, and `backup` is there to be scheduled.
 */
export function vaultFor(databaseFile: string, io: CliIo) {
  const file = resolve(databaseFile);
  return createVaultService({
    dataDir: dirname(file),
    databaseFileName: basename(file),
    automaticBackups: false,
    ...(io.scryptCost ? { scryptCost: io.scryptCost } : {}),
  });
}

/** Prints a service failure the way a terminal user needs it and picks the exit code. */
export function reportServiceError(error: unknown, io: CliIo): number {
  if (!(error instanceof ServiceError)) throw error;
  if (error.code === 'wrong_passphrase') {
    io.stderr.write('The passphrase is wrong for this database.\n');
    return EXIT.wrongPassphrase;
  }
  io.stderr.write(`${error.message}\n`);
  for (const issue of error.extra.issues ?? []) {
    if (issue.message !== error.message) io.stderr.write(`  ${issue.path.join('.')}: ${issue.message}\n`);
  }
  return EXIT.failed;
}
