import { createReader } from '../../db/access';
import { writeAudited } from '../../db/audited-write';
import type { AppDatabase, RawDatabase } from '../../db/connection';
import type { DataAccess } from '../../electron/services/vault-service';
import type { Caller } from '../../shared/roles';

/** The vault's data access over a test database opened directly (benchmarks, repository tests). */
export function dataAccessOf(open: { db: AppDatabase; raw: RawDatabase }): DataAccess {
  const reader = createReader(open);
  return { reader: () => reader, write: (caller, work) => writeAudited(open, caller, new Date(), work) };
}

export const TEST_MANAGER: Caller = { user: 'Test Manager', role: 'manager' };
