import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { audited } from '../../db/audited-write';

export { TEST_SCRYPT_COST } from './test-scrypt-cost';

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
