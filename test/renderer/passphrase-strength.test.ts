import { describe, expect, it } from 'vitest';
import { passphraseStrength } from '../../renderer/src/forms/passphrase-strength';

describe('passphraseStrength', () => {
  it('calls anything under 12 characters Weak and says how many more are needed', () => {
    const result = passphraseStrength('short one');
    expect(result.label).toBe('Weak');
    expect(result.advice).toContain('at least 12 characters (3 more)');
  });

  it('calls an empty passphrase Weak with a score of 0', () => {
    expect(passphraseStrength('')).toMatchObject({ label: 'Weak', score: 0 });
  });

  it('sees through repeated characters and keyboard sequences', () => {
    expect(passphraseStrength('aaaaaaaaaaaaaaaa').label).toBe('Weak');
    expect(passphraseStrength('abcdefghijklmnop').label).toBe('Weak');
    expect(passphraseStrength('1234567890123').label).toBe('Weak');
  });

  it('calls out common words even in a long passphrase', () => {
    const result = passphraseStrength('password-password-2026');
    expect(result.label).toBe('Weak');
    expect(result.advice).toContain('common words');
  });

  it('caps a short but varied passphrase at Fair', () => {
    const result = passphraseStrength('Summer2026!x');
    expect(result.label).toBe('Fair');
    expect(result.advice).toContain('longer');
  });

  it('calls several random words Strong', () => {
    expect(passphraseStrength('correct horse battery staple')).toMatchObject({ label: 'Strong', advice: expect.not.stringContaining('Strong') });
    expect(passphraseStrength('kettle Orbit 42 meadow').label).toBe('Strong');
  });

  it('only ever gives the three labels the screen explains, with scores that rise with the label', () => {
    const samples = ['', 'a', 'aaaaaaaaaaaaaaaaaaaaaaaaa', 'Summer2026!x', 'correct horse battery staple', 'qwertyuiop12'];
    for (const sample of samples) {
      const { label, score } = passphraseStrength(sample);
      expect(['Weak', 'Fair', 'Strong']).toContain(label);
      const range = { Weak: [0, 30], Fair: [31, 99], Strong: [100, 100] }[label];
      expect(score).toBeGreaterThanOrEqual(range[0]!);
      expect(score).toBeLessThanOrEqual(range[1]!);
    }
  });

  it('counts characters, not UTF-16 units, for the minimum length', () => {
    // 11 emoji are 22 UTF-16 units but only 11 characters.
    expect(passphraseStrength('😀'.repeat(11)).advice).toContain('(1 more)');
  });
});
