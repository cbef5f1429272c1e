import { differenceInCalendarDays, parseISO } from 'date-fns';
import { formatUkDateTime } from '../../../../shared/dates';
import { BACKUP_STALE_AFTER_DAYS, type BackupAttempt, type BackupReason } from '../../../../shared/ipc/backups';

/** Why a backup was made, as Settings and the restore screens say it. */
export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  daily: 'Daily (automatic)',
  manual: 'Backed up by hand',
  'before-migration': 'Before an update',
  'before-restore': 'Before a restore',
  'after-key-change': 'After a new database key',
};

/** The same, inside a sentence: "as they were on 01/12/2026 09:14 (a daily backup)". */
export const BACKUP_REASON_PHRASES: Record<BackupReason, string> = {
  daily: 'a daily backup',
  manual: 'a backup made by hand',
  'before-migration': 'the backup made before an update',
  'before-restore': 'the backup made before a restore',
  'after-key-change': 'the backup made after a new database key',
};

/** A backup's moment as people here read it: local time, dd/mm/yyyy HH:mm. */
export function formatBackupTime(iso: string): string {
  return formatUkDateTime(iso);
}

/** A file's size in the units people know (1 KB = 1,024 bytes, as Windows Explorer shows it). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes.toLocaleString('en-GB')} bytes`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.round(kb).toLocaleString('en-GB')} KB`;
  const mb = kb / 1024;
  if (mb < 1024) return `${mb.toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
  return `${(mb / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} GB`;
}

/**
 * The warning Settings shows when backups are overdue (the service decides `stale`), or null. Says how old
 * the last one is, so "old" is never a surprise.
 */
export function staleWarning(stale: boolean, lastCreatedAt: string | null, now: Date): string | null {
  if (!stale) return null;
  if (lastCreatedAt === null) return 'There is no backup of your team’s records yet. If this laptop is lost or breaks, every record goes with it. Back up now.';
  const days = differenceInCalendarDays(now, parseISO(lastCreatedAt));
  return `The last backup is ${days} days old (made on ${formatBackupTime(lastCreatedAt)}): older than ${BACKUP_STALE_AFTER_DAYS} days. Anything recorded since then would be lost with this laptop. Back up now.`;
}

/** What went wrong with the last attempt (the backup, or only its copy in the second folder), or null if nothing did. */
export function attemptProblem(attempt: BackupAttempt | null): string | null {
  if (!attempt) return null;
  const when = formatBackupTime(attempt.at);
  const what = attempt.reason === 'daily' ? 'The automatic backup' : 'The backup';
  if (!attempt.ok) return `${what} on ${when} failed: ${attempt.problem ?? 'no reason was given'}`;
  if (attempt.copy && !attempt.copy.ok) {
    return `${what} on ${when} was made, but it could not be copied to ${attempt.copy.folder}: ${attempt.copy.problem ?? 'no reason was given'}`;
  }
  return null;
}

/** "A", "A and B", "A, B and C": names in a sentence. */
export function listInWords(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
