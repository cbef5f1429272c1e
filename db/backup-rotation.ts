import { format, getISOWeek, getISOWeekYear } from 'date-fns';

/**
 * Which backups to keep: the newest backup of each of the last `daily` days that have one, of each of the
 * last `weekly` ISO weeks (Monday to Sunday) and of each of the last `monthly` calendar months, counted in
 * local time — the grandfather-father-son scheme restic and borg use. Days, weeks and months without a
 * backup do not use up a place, so a laptop left off for a month still keeps seven daily backups.
 *
 * Two more are always kept: the newest backup made before a migration (the only copy of the database as the
 * previous version of IPS Desk left it) and the newest made before a restore (what the restore replaced).
 */
export interface RotationPolicy {
  daily: number;
  weekly: number;
  monthly: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4, monthly: 12 };

export interface Rotatable {
  createdAt: Date;
  reason: string;
}

// The newest of each is kept whatever its age; after a key change, the first backup the old key cannot open.
const PINNED_REASONS = ['before-migration', 'before-restore', 'after-key-change'];

const BUCKETS: { rule: keyof RotationPolicy; of: (d: Date) => string }[] = [
  { rule: 'daily', of: (d) => format(d, 'yyyy-MM-dd') },
  { rule: 'weekly', of: (d) => `${getISOWeekYear(d)}-W${getISOWeek(d)}` },
  { rule: 'monthly', of: (d) => format(d, 'yyyy-MM') },
];

/** The backups to keep, as a subset of `backups` (same objects). Pure: the caller deletes the others. */
export function backupsToKeep<T extends Rotatable>(backups: readonly T[], policy: RotationPolicy = DEFAULT_ROTATION): Set<T> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = new Set<T>();
  for (const { rule, of } of BUCKETS) {
    let places = policy[rule];
    let last: string | undefined;
    for (const backup of newestFirst) {
      if (places <= 0) break;
      const bucket = of(backup.createdAt);
      if (bucket === last) continue;
      keep.add(backup);
      last = bucket;
      places--;
    }
  }
  for (const reason of PINNED_REASONS) {
    const newest = newestFirst.find((b) => b.reason === reason);
    if (newest) keep.add(newest);
  }
  return keep;
}
