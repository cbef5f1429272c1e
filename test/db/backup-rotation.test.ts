import { describe, expect, it } from 'vitest';
import { backupsToKeep, DEFAULT_ROTATION, type Rotatable } from '../../db/backup-rotation';

/** A backup at local time y-m-d h:00 (months from 1), so the tests mean the same in any time zone. */
const at = (y: number, m: number, d: number, h = 12, reason = 'daily'): Rotatable & { label: string } => ({
  createdAt: new Date(y, m - 1, d, h),
  reason,
  label: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')} ${h}h${reason === 'daily' ? '' : ` ${reason}`}`,
});

function kept(backups: ReturnType<typeof at>[], policy = DEFAULT_ROTATION): string[] {
  const keep = backupsToKeep(backups, policy);
  return backups.filter((b) => keep.has(b)).map((b) => b.label).sort();
}

describe('backup rotation (7 daily, 4 weekly, 12 monthly)', () => {
  it('keeps nothing of nothing, and a lone backup', () => {
    expect(kept([])).toEqual([]);
    expect(kept([at(2026, 1, 1)])).toEqual(['2026-01-01 12h']);
  });

  it('several on one day: only the newest of that day', () => {
    expect(kept([at(2026, 5, 5, 9), at(2026, 5, 5, 17, 'manual'), at(2026, 5, 5, 13)])).toEqual(['2026-05-05 17h manual']);
  });

  it('a month of daily backups: the last seven days, the newest of each of four ISO weeks, the newest of the month', () => {
    // March 2026: the 1st is a Sunday, the 30th a Monday (ISO week 14).
    const march = Array.from({ length: 30 }, (_, i) => at(2026, 3, i + 1));
    expect(kept(march)).toEqual(
      ['2026-03-15', '2026-03-22', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30'].map((d) => `${d} 12h`),
    );
  });

  it('month ends: the last backup of each month is its monthly one', () => {
    const backups = [at(2026, 1, 30), at(2026, 1, 31, 23), at(2026, 2, 1, 0), at(2026, 2, 28), at(2026, 3, 1)];
    expect(kept(backups, { daily: 0, weekly: 0, monthly: 12 })).toEqual(['2026-01-31 23h', '2026-02-28 12h', '2026-03-01 12h']);
  });

  it('year ends: 31/12/2026 and 01/01/2027 share ISO week 2026-W53 but are two months', () => {
    const backups = [at(2026, 12, 30), at(2026, 12, 31), at(2027, 1, 1)];
    expect(kept(backups, { daily: 0, weekly: 4, monthly: 0 })).toEqual(['2027-01-01 12h']);
    expect(kept(backups, { daily: 0, weekly: 0, monthly: 12 })).toEqual(['2026-12-31 12h', '2027-01-01 12h']);
  });

  it('ISO week years: 30/12/2024 belongs to 2025-W01 with 05/01/2025, not to 2024-W52', () => {
    const backups = [at(2024, 12, 29), at(2024, 12, 30), at(2025, 1, 5)];
    expect(kept(backups, { daily: 0, weekly: 4, monthly: 0 })).toEqual(['2024-12-29 12h', '2025-01-05 12h']);
  });

  it('days without a backup use no place: seven backups weeks apart are all daily ones', () => {
    const sparse = [1, 15, 29].flatMap((d) => [at(2026, 4, d), at(2026, 5, d)]).concat(at(2026, 6, 1));
    expect(kept(sparse, { daily: 7, weekly: 0, monthly: 0 })).toHaveLength(7);
  });

  it('twelve months back and no further', () => {
    const monthly = Array.from({ length: 15 }, (_, i) => at(2025 + Math.floor(i / 12), (i % 12) + 1, 10));
    const result = kept(monthly, { daily: 0, weekly: 0, monthly: 12 });
    expect(result).toHaveLength(12);
    expect(result[0]).toBe('2025-04-10 12h');
  });

  it('always keeps the newest backup from before a migration and before a restore, however old', () => {
    const backups = [
      at(2020, 1, 1, 12, 'before-migration'),
      at(2021, 1, 1, 12, 'before-migration'),
      at(2021, 6, 1, 12, 'before-restore'),
      ...Array.from({ length: 30 }, (_, i) => at(2026, 3, i + 1)),
    ];
    const result = kept(backups, { daily: 7, weekly: 4, monthly: 1 });
    expect(result).toContain('2021-01-01 12h before-migration');
    expect(result).toContain('2021-06-01 12h before-restore');
    expect(result).not.toContain('2020-01-01 12h before-migration');
  });

  it('does not depend on the order it is given', () => {
    const march = Array.from({ length: 30 }, (_, i) => at(2026, 3, i + 1));
    expect(kept([...march].reverse())).toEqual(kept(march));
  });
});
