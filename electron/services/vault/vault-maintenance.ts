import { openTeamDatabase } from '../../../db/team-database';
import { readKeyring } from '../../../db/keyring';
import type { VaultCore } from './vault-core';
import type { createSessionOperations } from './vault-session';

/** Checks on the files themselves, without unlocking the app (the CLI's `verify`). */
export function createMaintenanceOperations(core: VaultCore, session: ReturnType<typeof createSessionOperations>) {
  const { paths, serial } = core;
  return {
    /**
     * Checks a passphrase and the database's integrity without unlocking or changing anything: a query-only
     * connection, no migrations. Wrong passphrases count towards the throttle.
     */
    verify: (input: { user: string; passphrase: string }) =>
      serial(async () => {
        const keyring = readKeyring(paths.keyringFile);
        const key = await session.keyFromPassphrase(keyring, input.user, input.passphrase, (u) => `That passphrase is not right for ${u}.`);
        // Read-write but query-only: a read-only connection would leave -wal and -shm files behind.
        const database = openTeamDatabase({ databaseFile: paths.databaseFile, key, databaseId: keyring.database_id, keyringFile: paths.keyringFile, ...core.nativeBinding });
        try {
          database.raw.pragma('query_only=ON');
          const problems = database.raw.prepare('PRAGMA integrity_check').pluck().all() as string[];
          return { ok: problems.length === 1 && problems[0] === 'ok', problems };
        } finally {
          database.raw.close();
          key.fill(0);
        }
      }),
  };
}
