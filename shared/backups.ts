import { differenceInCalendarDays } from 'date-fns';
import { BACKUP_STALE_AFTER_DAYS } from './ipc/backups';

/**
 * True when Settings should warn: there is no backup, or the newest is more than BACKUP_STALE_AFTER_DAYS
 * calendar days old (local dates: a backup made last Monday evening is 7 days old all next Monday).
 */
export function backupIsStale(newest: Date | null, now: Date): boolean {
  if (newest === null) return true;
  return differenceInCalendarDays(now, newest) > BACKUP_STALE_AFTER_DAYS;
}
