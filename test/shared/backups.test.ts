import { describe, expect, it } from 'vitest';
import { backupIsStale } from '../../shared/backups';

describe('backupIsStale (Settings warns after 7 days)', () => {
  const now = new Date(2026, 2, 16, 9); // Monday 16/03/2026, 09:00 local time

  it('warns when there is no backup at all', () => {
    expect(backupIsStale(null, now)).toBe(true);
  });

  it('counts calendar days: up to seven days old is fine, eight is not', () => {
    expect(backupIsStale(new Date(2026, 2, 16, 8), now)).toBe(false);
    expect(backupIsStale(new Date(2026, 2, 9, 0, 1), now)).toBe(false); // last Monday, just after midnight
    expect(backupIsStale(new Date(2026, 2, 9, 23, 59), now)).toBe(false);
    expect(backupIsStale(new Date(2026, 2, 8, 23, 59), now)).toBe(true);
  });

  it('across a month and a year end', () => {
    expect(backupIsStale(new Date(2025, 11, 25, 12), new Date(2026, 0, 1, 12))).toBe(false);
    expect(backupIsStale(new Date(2025, 11, 24, 12), new Date(2026, 0, 1, 12))).toBe(true);
  });

  it('a backup dated in the future (a clock put right) is not stale', () => {
    expect(backupIsStale(new Date(2026, 2, 20), now)).toBe(false);
  });
});
