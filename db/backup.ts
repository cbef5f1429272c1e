import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BackupReason } from '../shared/ipc/backups';
import { publishWithoutOverwrite, siblingTempPath } from './atomic-file';
import {
  BACKUP_FILE_EXTENSION, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, copyFilePrivately, readBackupHeader, writeBackupFile, type BackupHeader, type PartSource,
} from './backup-file';
import { backupsToKeep, DEFAULT_ROTATION, type RotationPolicy } from './backup-rotation';
import type { RawDatabase } from './connection';
import { AlreadyExistsError } from './errors';
import { keyringPathFor, readKeyring } from './keyring';

/**
 * Backups of a team database, each one file (db/backup-file.ts): `<db name>-<UTC time>-<reason>.ipsdesk-backup`,
 * so names sort by time. Every backup is written under a temporary dot-name and only then given its name.
 */

export interface BackupResult {
  file: string;
  header: BackupHeader;
  /** Backups deleted by rotation. */
  removed: string[];
}

export interface BackupOptions {
  reason: BackupReason;
  /** The live keyring embedded in the backup; default: the keyring beside the open database. */
  keyringFile?: string;
  now?: Date;
  /** Rotate `destDir` afterwards (default); false for a folder the user named, which is theirs to tidy. */
  rotate?: boolean | RotationPolicy;
}

/** A backup found in a folder, with its header already read and checked. */
export interface BackupEntry {
  file: string;
  header: BackupHeader;
  createdAt: Date;
  reason: BackupReason;
  bytes: number;
}

/** Temporary files of a backup killed part-way are removed by the next backup once they are this old. */
const STALE_TEMP_MS = 60 * 60 * 1000;

export function backupFileName(databaseFile: string, createdAt: Date, reason: BackupReason): string {
  const stamp = createdAt.toISOString().replace(/[-:.]/g, '');
  return `${basename(databaseFile).replace(/\.db$/i, '')}-${stamp}-${reason}${BACKUP_FILE_EXTENSION}`;
}

/** Writes the backup under a temporary name via `write`, then publishes it under a free name (never replacing one). */
function publishBackup(destDir: string, name: string, write: (temp: string) => void): string {
  const temp = siblingTempPath(join(destDir, name));
  try {
    write(temp);
    for (let n = 1; ; n++) {
      const file = join(destDir, n === 1 ? name : name.replace(BACKUP_FILE_EXTENSION, `-${n}${BACKUP_FILE_EXTENSION}`));
      try {
        publishWithoutOverwrite(temp, file);
        return file;
      } catch (error) {
        if (!(error instanceof AlreadyExistsError)) throw error;
      }
    }
  } finally {
    rmSync(temp, { force: true });
  }
}

function prepareFolder(destDir: string, now: Date): void {
  mkdirSync(destDir, { recursive: true, mode: 0o700 });
  removeStaleTemporaryFiles(destDir, now);
}

/**
 * Backs up the open database: `VACUUM INTO` a temporary file (the copy is encrypted with the same key:
 * `db.backup()` does not work on encrypted files, and VACUUM INTO is a consistent snapshot that does not
 * block writers in WAL mode), packed with the keyring into one file, then rotates the folder.
 */
export function backupDatabase(db: RawDatabase, destDir: string, options: BackupOptions): BackupResult {
  const now = options.now ?? new Date();
  const keyringFile = options.keyringFile ?? keyringPathFor(db.name);
  const databaseId = readKeyring(keyringFile).database_id;
  prepareFolder(destDir, now);
  const name = backupFileName(db.name, now, options.reason);
  let header: BackupHeader | undefined;
  const file = publishBackup(destDir, name, (temp) => {
    const copy = siblingTempPath(`${temp}.db`);
    try {
      // Created empty and private first: SQLite would create it world-readable (0644), and VACUUM INTO accepts an empty file.
      writeEmptyPrivateFile(copy);
      db.prepare('VACUUM INTO ?').run(copy);
      header = writeBackupFile(temp, headerFields(databaseId, now, options.reason, 'copy'), [
        { name: 'keyring', file: keyringFile },
        { name: 'database', file: copy },
      ]);
    } finally {
      rmSync(copy, { force: true });
    }
  });
  const removed = options.rotate === false ? [] : rotateBackups(destDir, databaseId, options.rotate === true ? DEFAULT_ROTATION : options.rotate);
  return { file, header: header!, removed };
}

export interface FilesBackupOptions {
  databaseFile: string;
  keyringFile: string;
  destDir: string;
  reason: BackupReason;
  now?: Date;
}

/**
 * Keeps a database's files byte for byte, without opening them (before a restore replaces files nobody can
 * unlock, or that are damaged): the database, its WAL if it holds anything (it may hold committed changes
 * not yet copied into the database) and the keyring if there is one. Returns undefined when there is no
 * database file. Not rotated: it is the last copy of what was there.
 */
export function backupFilesAsTheyAre(options: FilesBackupOptions): BackupResult | undefined {
  const { databaseFile, keyringFile } = options;
  if (!existsSync(databaseFile)) return undefined;
  const now = options.now ?? new Date();
  let databaseId: string | null = null;
  try {
    databaseId = readKeyring(keyringFile).database_id;
  } catch {
    // Kept as it was all the same: a damaged keyring may still be worth something to someone who can repair it.
  }
  const sources: PartSource[] = [];
  if (existsSync(keyringFile)) sources.push({ name: 'keyring', file: keyringFile });
  sources.push({ name: 'database', file: databaseFile });
  if (existsSync(`${databaseFile}-wal`) && statSync(`${databaseFile}-wal`).size > 0) sources.push({ name: 'wal', file: `${databaseFile}-wal` });
  prepareFolder(options.destDir, now);
  let header: BackupHeader | undefined;
  const file = publishBackup(options.destDir, backupFileName(databaseFile, now, options.reason), (temp) => {
    header = writeBackupFile(temp, headerFields(databaseId, now, options.reason, 'files'), sources);
  });
  return { file, header: header!, removed: [] };
}

function headerFields(databaseId: string | null, now: Date, reason: BackupReason, kind: BackupHeader['kind']): Omit<BackupHeader, 'parts'> {
  return { format: BACKUP_FORMAT, version: BACKUP_FORMAT_VERSION, database_id: databaseId, created_at: now.toISOString(), reason, kind };
}

/** 'wx': never truncates something already there. */
function writeEmptyPrivateFile(file: string): void {
  closeSync(openSync(file, 'wx', 0o600));
}

/**
 * The backups in `dir`, oldest first, and the files that look like backups but cannot be read. With
 * `databaseId`, only that database's backups (a shared folder may hold several teams').
 */
export function listBackups(dir: string, databaseId?: string): { backups: BackupEntry[]; unreadable: { file: string; problem: string }[] } {
  const backups: BackupEntry[] = [];
  const unreadable: { file: string; problem: string }[] = [];
  if (!existsSync(dir)) return { backups, unreadable };
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || !name.endsWith(BACKUP_FILE_EXTENSION)) continue;
    const file = join(dir, name);
    try {
      const { header, bytes } = readBackupHeader(file);
      if (databaseId !== undefined && header.database_id !== databaseId) continue;
      backups.push({ file, header, createdAt: new Date(header.created_at), reason: header.reason, bytes });
    } catch (error) {
      unreadable.push({ file, problem: error instanceof Error ? error.message : String(error) });
    }
  }
  backups.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.file < b.file ? -1 : 1));
  return { backups, unreadable };
}

/** Deletes this database's copies (not `files` backups) the policy does not keep; returns them. Unreadable files are never touched. */
export function rotateBackups(dir: string, databaseId: string, policy: RotationPolicy = DEFAULT_ROTATION): string[] {
  const copies = listBackups(dir, databaseId).backups.filter((b) => b.header.kind === 'copy');
  const keep = backupsToKeep(copies, policy);
  const removed = copies.filter((b) => !keep.has(b)).map((b) => b.file);
  for (const file of removed) rmSync(file, { force: true });
  return removed;
}

/** Copies a finished backup into another folder (same temporary-name-then-publish rule), then rotates that folder. */
export function copyBackupTo(file: string, destDir: string, policy: RotationPolicy = DEFAULT_ROTATION): { file: string; removed: string[] } {
  const { header } = readBackupHeader(file);
  const now = new Date();
  removeStaleTemporaryFiles(destDir, now);
  const copied = publishBackup(destDir, basename(file), (temp) => copyFilePrivately(file, temp));
  const removed = header.database_id ? rotateBackups(destDir, header.database_id, policy) : [];
  return { file: copied, removed };
}

/** Leftovers of backups killed part-way: dot-names with the backup extension and a temporary suffix. */
function removeStaleTemporaryFiles(dir: string, now: Date): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (!name.startsWith('.') || !name.includes(BACKUP_FILE_EXTENSION) || !/\.tmp(-journal|-wal|-shm)?$/.test(name)) continue;
    const file = join(dir, name);
    try {
      if (now.getTime() - statSync(file).mtimeMs > STALE_TEMP_MS) rmSync(file, { force: true });
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}
