import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { audited } from '../../db/audited-write';
import type { ScryptCost } from '../../db/keyring';

/** Cheap enough for tests (~2 ms); one test in keyring.test.ts uses the real default cost. */
export const TEST_SCRYPT_COST: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };

/** What createTeamDatabase needs beyond files and passphrase: who sets up, and the first audited write. */
export const TEST_SETUP = {
  actor: { user: 'Ann Manager', role: 'manager' },
  initialise: () => audited(undefined, { action: 'vault.setup' }),
} as const;

/** A fresh folder under the OS temp dir, removed after the test. */
export function useTempDirs(): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipsdesk-test-'));
    dirs.push(dir);
    return dir;
  };
}
