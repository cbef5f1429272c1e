import { chmodSync, existsSync, statSync } from 'node:fs';

/**
 * Files of the team database are readable by their owner only: the database, its -wal and -shm, the keyring
 * and every backup are 0600, the data folder 0700. On Windows this is a no-op: the data folder is inside the
 * user's own profile (%LOCALAPPDATA%), whose access list already admits only that user and administrators,
 * and Node's chmod cannot express more than the read-only flag there.
 */
export const OWNER_ONLY_FILE = 0o600;
export const OWNER_ONLY_FOLDER = 0o700;

const POSIX = process.platform !== 'win32';

/** Narrows an existing file to owner-only (SQLite creates databases 0644; its -wal and -shm copy the database's mode). */
export function restrictToOwner(file: string): void {
  if (!POSIX || !existsSync(file)) return;
  if ((statSync(file).mode & 0o777) === OWNER_ONLY_FILE) return;
  try {
    chmodSync(file, OWNER_ONLY_FILE);
  } catch (error) {
    // Someone else's file (opened through a shared folder's permissions): theirs to narrow, and no reason not to open it.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
  }
}

/** The database file with its -wal and -shm, whichever exist. */
export function restrictDatabaseFilesToOwner(databaseFile: string): void {
  for (const suffix of ['', '-wal', '-shm']) restrictToOwner(databaseFile + suffix);
}
