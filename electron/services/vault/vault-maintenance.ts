import { verifyAuditChain } from '../../../db/audit-chain';
import type { RawDatabase } from '../../../db/connection';
import { openTeamDatabase } from '../../../db/team-database';
import { readKeyring } from '../../../db/keyring';
import type { VaultCore } from './vault-core';
import type { createSessionOperations } from './vault-session';

/** Checks on the files themselves, without unlocking the app (the CLI's `verify`). */
export function createMaintenanceOperations(core: VaultCore, session: ReturnType<typeof createSessionOperations>) {
  const { paths, serial } = core;

  /** Runs `work` on a query-only connection opened with a user's passphrase: no migrations, no writes. */
  function queryOnly<T>(input: { user: string; passphrase: string }, work: (raw: RawDatabase) => T): Promise<T> {
    return serial(async () => {
      const keyring = readKeyring(paths.keyringFile);
      const key = await session.keyFromPassphrase(keyring, input.user, input.passphrase, (u) => `That passphrase is not right for ${u}.`);
      // Read-write but query-only: a read-only connection would leave -wal and -shm files behind.
      const database = openTeamDatabase({ databaseFile: paths.databaseFile, key, databaseId: keyring.database_id, keyringFile: paths.keyringFile, ...core.nativeBinding });
      try {
        database.raw.pragma('query_only=ON');
        return work(database.raw);
      } finally {
        database.raw.close();
        key.fill(0);
      }
    });
  }

  return {
    /**
     * Checks a passphrase and the database's integrity without unlocking or changing anything. Wrong
     * passphrases count towards the throttle.
     */
    verify: (input: { user: string; passphrase: string }) =>
      queryOnly(input, (raw) => {
        const problems = raw.prepare('PRAGMA integrity_check').pluck().all() as string[];
        return { ok: problems.length === 1 && problems[0] === 'ok', problems };
      }),

    /** Walks the audit trail's hash chain without unlocking the app (which would add entries of its own). */
    verifyAuditTrail: (input: { user: string; passphrase: string }) => queryOnly(input, (raw) => verifyAuditChain(raw)),
  };
}
