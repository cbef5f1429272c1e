import { describe, expect, it } from 'vitest';
import { attemptProblem, formatBackupTime, formatBytes, listInWords, staleWarning } from '../../../renderer/src/screens/backups/backup-text';

// Built from local times, so the expected text holds in any time zone.
const at = (y: number, m: number, d: number, h = 9, min = 5) => new Date(y, m - 1, d, h, min).toISOString();

describe('backup text', () => {
  it('shows a backup’s moment as dd/mm/yyyy HH:mm, local time', () => {
    expect(formatBackupTime(at(2026, 3, 9, 14, 5))).toBe('09/03/2026 14:05');
    expect(formatBackupTime('not a date')).toBe('not a date');
  });

  it('gives sizes in bytes, KB, MB and GB as Explorer counts them', () => {
    expect(formatBytes(812)).toBe('812 bytes');
    expect(formatBytes(284_672)).toBe('278 KB');
    expect(formatBytes(5 * 1024 * 1024 + 300 * 1024)).toBe('5.3 MB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3 GB');
  });

  it('warns plainly when there is no backup, or says how old the last one is', () => {
    expect(staleWarning(false, at(2026, 3, 9), new Date(2026, 2, 10))).toBeNull();
    expect(staleWarning(true, null, new Date(2026, 2, 10))).toMatch(/^There is no backup of your team’s records yet\./);
    expect(staleWarning(true, at(2026, 3, 1, 17, 30), new Date(2026, 2, 10, 8))).toBe(
      'The last backup is 9 days old (made on 01/03/2026 17:30): older than 7 days. Anything recorded since then would be lost with this laptop. Back up now.',
    );
  });

  it('reports a failed attempt, or a backup whose copy to the second folder failed, and nothing when all went well', () => {
    expect(attemptProblem(null)).toBeNull();
    expect(attemptProblem({ at: at(2026, 3, 9), ok: true, reason: 'daily' })).toBeNull();
    expect(attemptProblem({ at: at(2026, 3, 9), ok: false, reason: 'daily', problem: 'The disk is full.' })).toBe('The automatic backup on 09/03/2026 09:05 failed: The disk is full.');
    expect(
      attemptProblem({ at: at(2026, 3, 9), ok: true, reason: 'manual', copy: { folder: 'S:\\IPS backups', ok: false, problem: 'The drive is not connected.' } }),
    ).toBe('The backup on 09/03/2026 09:05 was made, but it could not be copied to S:\\IPS backups: The drive is not connected.');
  });

  it('lists names in a sentence', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['Add job'])).toBe('Add job');
    expect(listInWords(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
