import { basename, dirname, resolve } from 'node:path';
import type { ScryptCost } from '../../db/keyring';
import { ServiceError } from '../services/service-error';
import { createVaultService } from '../services/vault-service';
import { EXIT, type CliIo } from './types';

/**
 * IPSDESK_TEST_SCRYPT_N: a cheaper scrypt N for new passphrase slots, so CLI tests stay fast. Only honoured
 * when set; must be a power of two from 1024. Existing slots always use the cost stored in them.
 */
export const TEST_SCRYPT_ENV = 'IPSDESK_TEST_SCRYPT_N';

function scryptCostFromEnv(env: NodeJS.ProcessEnv): ScryptCost | undefined {
  const raw = env[TEST_SCRYPT_ENV];
  if (raw === undefined || raw === '') return undefined;
  const N = Number(raw);
  if (!Number.isInteger(N) || N < 1024 || (N & (N - 1)) !== 0) throw new Error(`${TEST_SCRYPT_ENV} must be a power of two of at least 1024`);
  return { N, r: 8, p: 1 };
}

/** The vault service over the database file named on the command line (keyring and backups beside it). */
export function vaultFor(databaseFile: string, io: CliIo) {
  const file = resolve(databaseFile);
  const scryptCost = scryptCostFromEnv(io.env);
  return createVaultService({ dataDir: dirname(file), databaseFileName: basename(file), ...(scryptCost ? { scryptCost } : {}) });
}

/** Prints a service failure the way a terminal user needs it and picks the exit code. */
export function reportServiceError(error: unknown, io: CliIo): number {
  if (!(error instanceof ServiceError)) throw error;
  if (error.code === 'wrong_passphrase') {
    io.stderr.write('The passphrase is wrong for this database.\n');
    return EXIT.wrongPassphrase;
  }
  io.stderr.write(`${error.message}\n`);
  for (const issue of error.extra.issues ?? []) io.stderr.write(`  ${issue.path.join('.')}: ${issue.message}\n`);
  return EXIT.failed;
}
