import { createReader } from '../../db/access';
import { writeAudited } from '../../db/audited-write';
import type { AppDatabase, RawDatabase } from '../../db/connection';
import type { DataAccess } from '../../electron/services/vault-service';
import type { Caller } from '../../shared/roles';

/**
 * The vault's data access over a test database opened directly (benchmarks, repository tests). Long writes on a
 * second connection (imports) need the database's key.
 */
export function dataAccessOf(open: { db: AppDatabase; raw: RawDatabase; key?: Buffer }): DataAccess {
  const reader = createReader(open);
  return {
    reader: () => reader,
    write: (caller, work) => writeAudited(open, caller, new Date(), work),
    writeOnSecondConnection: async (caller, job) => {
      if (!open.key) throw new Error('This test database was opened without its key: a second connection needs it');
      const key = Buffer.from(open.key);
      try {
        return await job({ databaseFile: open.raw.name, key, actor: caller, at: new Date() });
      } finally {
        key.fill(0);
      }
    },
  };
}

export const TEST_MANAGER: Caller = { user: 'Test Manager', role: 'manager' };
