import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { format } from 'date-fns';
import { eq } from 'drizzle-orm';
import type { BackupAttempt, BackupCopy, BackupInfo, BackupReason } from '../../../shared/ipc/backups';
import { backupAttemptSchema } from '../../../shared/ipc/backups';
import type { ReadDb } from '../../../db/access';
import { writeFileAtomic } from '../../../db/atomic-file';
import { backupDatabase, copyBackupTo, listBackups, type BackupEntry } from '../../../db/backup';
import type { BackupHeader } from '../../../db/backup-file';
import { serviceSettings } from '../../../db/schema';
import { BACKUP_COPY_FOLDER_KEY } from '../../../shared/settings';
import type { TeamDatabasePaths } from '../../../db/team-database';
import { busyAsServiceError } from '../busy';
import { ServiceError } from '../service-error';
import type { Session } from './vault-core';

/**
 * Backing up the open session's database: into `<data folder>/backups` (rotated), then a copy into the
 * manager's second folder if one is set (rotated there too). The outcome of each attempt is kept in
 * `backups/last-backup.json`, so Settings can show a failed automatic backup; the backups themselves are
 * the record of when the last one was made.
 */
export interface SessionBackup {
  backup: BackupInfo;
  copy: BackupCopy | null;
  removed: string[];
}

export function backupInfo(file: string, header: BackupHeader, bytes: number): BackupInfo {
  return {
    file,
    fileName: basename(file),
    createdAt: header.created_at,
    reason: header.reason,
    bytes,
    databaseId: header.database_id,
    kind: header.kind,
  };
}

export function entryInfo(entry: BackupEntry): BackupInfo {
  return backupInfo(entry.file, entry.header, entry.bytes);
}

function attemptFile(paths: TeamDatabasePaths): string {
  return join(paths.backupDir, 'last-backup.json');
}

export function readLastAttempt(paths: TeamDatabasePaths): BackupAttempt | null {
  try {
    const parsed = backupAttemptSchema.safeParse(JSON.parse(readFileSync(attemptFile(paths), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function recordAttempt(paths: TeamDatabasePaths, attempt: BackupAttempt): void {
  try {
    writeFileAtomic(attemptFile(paths), `${JSON.stringify(attempt, null, 2)}\n`);
  } catch {
    // The backup itself is what matters; a folder that cannot take this small file has already said so.
  }
}

export function readCopyFolder(db: ReadDb): string | null {
  const row = db.select().from(serviceSettings).where(eq(serviceSettings.key, BACKUP_COPY_FOLDER_KEY)).get();
  return typeof row?.value === 'string' && row.value !== '' ? row.value : null;
}

/** A file-system failure as a sentence for Settings. */
export function describeFileProblem(error: unknown, folder: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `The folder ${folder} is not there. Is the drive or network folder connected?`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `IPS Desk is not allowed to write to ${folder}.`;
    case 'ENOTDIR':
    case 'EEXIST':
      return `${folder} is not a folder.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `There is not enough space in ${folder}.`;
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Backs up now; throws (after recording the failure) if the backup in the data folder could not be made. */
export function backUpSession(paths: TeamDatabasePaths, session: Session, reason: BackupReason, now: Date): SessionBackup {
  let made;
  try {
    made = backupDatabase(session.database.raw, paths.backupDir, { reason, keyringFile: paths.keyringFile, now });
  } catch (error) {
    const busy = busyAsServiceError(error);
    const problem = busy instanceof ServiceError ? busy.message : `The backup could not be written: ${describeFileProblem(error, paths.backupDir)}`;
    recordAttempt(paths, { at: now.toISOString(), ok: false, reason, problem });
    throw busy instanceof ServiceError ? busy : new ServiceError('internal', problem);
  }
  const backup = backupInfo(made.file, made.header, statSync(made.file).size);
  const folder = readCopyFolder(session.reader.db);
  let copy: BackupCopy | null = null;
  const removed = [...made.removed];
  if (folder) {
    try {
      const copied = copyBackupTo(made.file, folder);
      copy = { folder, ok: true, file: copied.file };
      removed.push(...copied.removed);
    } catch (error) {
      copy = { folder, ok: false, problem: `The copy was not made: ${describeFileProblem(error, folder)}` };
    }
  }
  recordAttempt(paths, { at: now.toISOString(), ok: true, reason, file: made.file, ...(copy ? { copy } : {}) });
  return { backup, copy, removed };
}

/**
 * The automatic backup at the first unlock of a day: made when this database has no backup in the data
 * folder dated today (local time). Never stops the unlock: a failure is recorded for Settings and returned.
 */
export function dailyBackupIfDue(paths: TeamDatabasePaths, session: Session, now: Date): { made: SessionBackup } | { problem: string } | null {
  const today = format(now, 'yyyy-MM-dd');
  let backups;
  try {
    backups = listBackups(paths.backupDir, session.database.databaseId).backups;
  } catch (error) {
    const problem = `The backup could not be written: ${describeFileProblem(error, paths.backupDir)}`;
    recordAttempt(paths, { at: now.toISOString(), ok: false, reason: 'daily', problem });
    return { problem };
  }
  if (backups.some((b) => format(b.createdAt, 'yyyy-MM-dd') === today)) return null;
  try {
    return { made: backUpSession(paths, session, 'daily', now) };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}
