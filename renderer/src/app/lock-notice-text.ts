import type { BackupReason } from '../../../shared/ipc/backups';
import { BACKUP_REASON_PHRASES, formatBackupTime, listInWords } from '../screens/backups/backup-text';

/**
 * What the unlock screen tells the person about how IPS Desk came to be locked: it locked itself (and threw
 * away typing not yet saved), or a backup was restored. Only names and times: never anything typed.
 */
export type LockNotice =
  | { kind: 'locked'; reason: 'idle' | 'system'; discarded: readonly string[] }
  | { kind: 'restored'; createdAt: string; reason: BackupReason; method: 'passphrase' | 'recovery_key'; safetyBackup: boolean }
  /** A restore from Settings closed the records and is still replacing them. */
  | { kind: 'restoring' }
  /** It closed the records, then failed: the service's own message. */
  | { kind: 'restore-failed'; message: string };

export interface NoticeText {
  title: string;
  lines: string[];
}

export function lockNoticeText(notice: LockNotice): NoticeText {
  if (notice.kind === 'restoring') return { title: 'Restoring the backup…', lines: ['IPS Desk stays locked while the records are replaced. This takes a moment.'] };
  if (notice.kind === 'restore-failed') {
    return { title: 'The backup was not restored', lines: [notice.message, 'Unlock as before: your records are as they were.'] };
  }
  if (notice.kind === 'restored') {
    const lines = [
      `The records are now as they were on ${formatBackupTime(notice.createdAt)} (${BACKUP_REASON_PHRASES[notice.reason]}).`,
      notice.method === 'recovery_key' ? 'Unlock with the new passphrase you have just chosen.' : 'Unlock with the passphrase you restored it with.',
    ];
    if (notice.safetyBackup) lines.push('What was here before is kept: it was backed up just before the restore.');
    return { title: 'Backup restored', lines };
  }
  const why =
    notice.reason === 'idle'
      ? 'IPS Desk locked itself because nobody had used the computer for a while.'
      : 'IPS Desk locked itself because the computer was locked, went to sleep or switched user.';
  const lines = [why];
  if (notice.discarded.length > 0) {
    lines.push(`What you had typed on ${listInWords(notice.discarded.map((name) => `“${name}”`))} and not saved was thrown away, so that it was not left on the screen. Unlock and type it again.`);
  }
  return { title: notice.discarded.length > 0 ? 'Unsaved changes were discarded' : 'IPS Desk locked itself', lines };
}
