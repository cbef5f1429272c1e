import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { RawDatabase } from './connection';
import { keyringPathFor } from './keyring';

export const DEFAULT_BACKUPS_KEPT = 10;

export interface BackupOptions {
  /** The live keyring to copy beside the backup; default: the keyring beside the open database. */
  keyringFile?: string;
  /** How many backups of this database to keep in `destDir` (newest first). Default 10. */
  keep?: number;
  now?: Date;
  /** A word for the file name, e.g. `before-migration`. Letters, digits and dashes only. */
  reason?: string;
}

export interface BackupResult {
  databaseFile: string;
  keyringFile: string;
  /** Older backups deleted by rotation (database files; their keyrings went with them). */
  removed: string[];
}

/**
 * Copies the open database with `VACUUM INTO` (the copy is encrypted with the same key: `db.backup()`
 * does not work on encrypted files) and the keyring beside it, then keeps only the newest `keep`.
 * Names sort by time: `<db>-backup-20260102T030405123Z[-reason].db` and `….keyring.json`.
 */
export function backupDatabase(db: RawDatabase, destDir: string, options: BackupOptions = {}): BackupResult {
  const keep = options.keep ?? DEFAULT_BACKUPS_KEPT;
  if (!Number.isInteger(keep) || keep < 1) throw new Error('keep must be a whole number of at least 1');
  if (options.reason !== undefined && !/^[a-z0-9-]+$/i.test(options.reason)) throw new Error('reason must be letters, digits and dashes');
  const liveKeyring = options.keyringFile ?? keyringPathFor(db.name);
  mkdirSync(destDir, { recursive: true });

  const prefix = backupPrefix(db.name);
  const stamp = (options.now ?? new Date()).toISOString().replace(/[-:.]/g, '');
  const suffix = options.reason ? `-${options.reason}` : '';
  let databaseFile = join(destDir, `${prefix}${stamp}${suffix}.db`);
  for (let n = 2; existsSync(databaseFile) || existsSync(keyringPathFor(databaseFile)); n++) {
    databaseFile = join(destDir, `${prefix}${stamp}${suffix}-${n}.db`);
  }
  const keyringFile = keyringPathFor(databaseFile);

  db.prepare('VACUUM INTO ?').run(databaseFile);
  try {
    copyFileSync(liveKeyring, keyringFile);
  } catch (error) {
    // A backup without its keyring cannot be opened: do not leave one behind.
    rmSync(databaseFile, { force: true });
    throw error;
  }
  return { databaseFile, keyringFile, removed: rotateBackups(db.name, destDir, keep) };
}

function backupPrefix(databaseFile: string): string {
  return `${basename(databaseFile).replace(/\.db$/i, '')}-backup-`;
}

/** Backups of `databaseFile` in `destDir`, oldest first. */
export function listBackups(databaseFile: string, destDir: string): string[] {
  if (!existsSync(destDir)) return [];
  const prefix = backupPrefix(databaseFile);
  return readdirSync(destDir)
    .filter((name) => name.startsWith(prefix) && /^\d{8}T\d{9}Z/.test(name.slice(prefix.length)) && name.endsWith('.db'))
    .sort()
    .map((name) => join(destDir, name));
}

export function rotateBackups(databaseFile: string, destDir: string, keep: number): string[] {
  const all = listBackups(databaseFile, destDir);
  const old = all.slice(0, Math.max(0, all.length - keep));
  for (const file of old) {
    rmSync(file, { force: true });
    rmSync(keyringPathFor(file), { force: true });
  }
  return old;
}
