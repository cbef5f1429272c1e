import { randomUUID } from 'node:crypto';
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { backupDatabase } from '../../db/backup';
import type { RawDatabase } from '../../db/connection';
import { createKeyring } from '../../db/keyring';
import { TEST_SCRYPT_COST } from '../db/helpers';
import { median, time } from './timing';

/**
 * backup_ms: a backup of the open benchmark database as the app makes one (backupDatabase: VACUUM INTO a
 * temporary file, SHA-256 of it, one file with the keyring, published under its name), without rotation.
 * The keyring is made for the database's own key, so each backup is one that would restore.
 */
export async function measureBackup(raw: RawDatabase, key: Buffer, dir: string, runs: number): Promise<{ ms: number; mb: number }> {
  const keyringFile = join(dir, 'bench.keyring.json');
  await createKeyring({ file: keyringFile, databaseId: randomUUID(), key, user: 'Bench', passphrase: 'benchmark passphrase', scryptCost: TEST_SCRYPT_COST });
  const out = join(dir, 'backups');
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i <= runs; i++) {
    const { ms, result } = time(() => backupDatabase(raw, out, { reason: 'manual', keyringFile, rotate: false }));
    bytes = statSync(result.file).size;
    rmSync(result.file);
    if (i > 0) times.push(ms); // the first run warms the page cache
  }
  return { ms: median(times), mb: Math.round((bytes / 1024 / 1024) * 10) / 10 };
}
