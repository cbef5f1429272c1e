import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, recoveryKeyGroups, recoveryKeyRows } from '../../renderer/src/forms/recovery-key-format';

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

describe('recoveryKeyRows', () => {
  it('lays eight groups out as two rows of four', () => {
    expect(recoveryKeyRows('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH', 4)).toEqual(['AAAA-BBBB-CCCC-DDDD', 'EEEE-FFFF-GGGG-HHHH']);
  });

  it('puts a remainder on a shorter last row', () => {
    expect(recoveryKeyRows('AAAABBBBCCCCDDDDEE', 4)).toEqual(['AAAA-BBBB-CCCC-DDDD', 'EE']);
    expect(recoveryKeyRows('', 4)).toEqual([]);
  });
});
