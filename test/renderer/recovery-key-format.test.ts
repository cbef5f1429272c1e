import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, recoveryKeyGroups } from '../../renderer/src/forms/recovery-key-format';

describe('formatRecoveryKey', () => {
  it('groups a compact key in fours, upper case', () => {
    expect(formatRecoveryKey('abcdefghijkl')).toBe('ABCD-EFGH-IJKL');
  });

  it('re-groups a key that already has dashes or spaces', () => {
    expect(formatRecoveryKey(' abcd efgh-ijkl ')).toBe('ABCD-EFGH-IJKL');
    expect(formatRecoveryKey('ABCD-EFGH-IJKL')).toBe('ABCD-EFGH-IJKL');
  });

  it('keeps a short last group', () => {
    expect(formatRecoveryKey('ABCDEF')).toBe('ABCD-EF');
  });

  it('returns nothing for an empty key', () => {
    expect(formatRecoveryKey('')).toBe('');
    expect(recoveryKeyGroups('')).toEqual([]);
  });

  it('lists the groups', () => {
    expect(recoveryKeyGroups('abcd-efgh-ij')).toEqual(['ABCD', 'EFGH', 'IJ']);
  });
});
