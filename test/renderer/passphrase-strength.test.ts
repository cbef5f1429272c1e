import { beforeAll, describe, expect, it } from 'vitest';
import { judgePassphrase, MIN_PASSPHRASE_SCORE as SERVICE_MIN_SCORE } from '../../electron/services/passphrase-policy';
import { guessableWords, loadEstimator, MIN_PASSPHRASE_SCORE, passphraseStrength, type Estimator } from '../../renderer/src/forms/passphrase-strength';
import { passphraseSchema } from '../../shared/ipc/vault';

let estimator: Estimator;
beforeAll(async () => {
  estimator = await loadEstimator();
});

const SERVICE = 'Northfield IPS';
const PERSON = 'Ann Manager';

/**
 * What the service does with a new passphrase: the channel's schema first (length, only spaces), then
 * zxcvbn. The meter must say Weak exactly when this refuses.
 */
function serviceTakes(passphrase: string, personal: readonly string[]): boolean {
  return passphraseSchema.safeParse(passphrase).success && judgePassphrase(passphrase, personal).ok;
}

// Refused and accepted ones, near the line on both sides, with and without the names of the service and person.
const SAMPLES = [
  '',
  'short one',
  ' '.repeat(14),
  'password1234',
  'password-password-2026',
  'aaaaaaaaaaaaaaa',
  'abcdefghijklmnop',
  '1234567890123',
  'qwertyuiop12',
  'Summer2026!x',
  'Northfield IPS Ann',
  'northfieldips2026',
  'ann manager 2026',
  'ManagerAnn1234',
  'iloveyou iloveyou',
  'river stone meadow 7',
  'kettle orbit meadow lantern',
  'harbour violet pencil tundra',
  'correct horse battery staple',
  'kettle Orbit 42 meadow',
  'Tr0ub4dor&3xyz',
  'bluebell-teapot-91',
  'my dog is called rex',
  'Xk9#mQ2$vL7p',
  '😀'.repeat(12),
];

describe('the passphrase meter and the service agree', () => {
  it('uses the same minimum score', () => {
    expect(MIN_PASSPHRASE_SCORE).toBe(SERVICE_MIN_SCORE);
  });

  it('gives the same verdict on every sample, with and without the names of the service and the person', () => {
    const accepted = new Set<boolean>();
    for (const passphrase of SAMPLES) {
      for (const personal of [[], [PERSON, SERVICE]]) {
        const meter = passphraseStrength(estimator, passphrase, personal);
        const where = `${JSON.stringify(passphrase)} with ${JSON.stringify(personal)}`;
        expect(meter.ok, where).toBe(serviceTakes(passphrase, personal));
        expect(meter.label === 'Weak', where).toBe(!meter.ok);
        // When zxcvbn is the reason, the meter gives the service's own words.
        if (!meter.ok && passphraseSchema.safeParse(passphrase).success) expect(meter.advice, where).toBe(judgePassphrase(passphrase, personal).reason);
        accepted.add(meter.ok);
      }
    }
    expect([...accepted].sort()).toEqual([false, true]);
    // Not a time limit: headroom for zxcvbn on a busy two-core machine.
  }, 120_000);

  it('counts the service and the person as guessable, as the service does', () => {
    for (const passphrase of ['Northfield IPS Ann', 'ann manager 2026']) {
      expect(passphraseStrength(estimator, passphrase, []).ok).toBe(true);
      expect(passphraseStrength(estimator, passphrase, [PERSON, SERVICE]).ok).toBe(false);
      expect(serviceTakes(passphrase, [PERSON, SERVICE])).toBe(false);
    }
  });
});

describe('passphraseStrength', () => {
  it('says how many more characters are needed below the minimum, counting characters not UTF-16 units', () => {
    expect(passphraseStrength(estimator, 'short one').advice).toContain('at least 12 characters (3 more)');
    expect(passphraseStrength(estimator, '😀'.repeat(11)).advice).toContain('(1 more)');
    expect(passphraseStrength(estimator, '')).toMatchObject({ label: 'Weak', percent: 0 });
  });

  it('refuses whitespace-only passphrases with the reason', () => {
    expect(passphraseStrength(estimator, ' '.repeat(14))).toMatchObject({ ok: false, advice: 'A passphrase cannot be only spaces.' });
  });

  it('calls a few random words Strong and explains a weak one', () => {
    expect(passphraseStrength(estimator, 'correct horse battery staple', [PERSON, SERVICE])).toMatchObject({ label: 'Strong', ok: true });
    expect(passphraseStrength(estimator, 'password1234').advice).toMatch(/^This passphrase would be easy to guess\./);
  });

  it('gives a bar that rises with the label', () => {
    const weak = passphraseStrength(estimator, 'password1234').percent;
    const strong = passphraseStrength(estimator, 'correct horse battery staple').percent;
    expect(weak).toBeLessThan(50);
    expect(strong).toBe(100);
  });

  it('drops blank names before judging', () => {
    expect(guessableWords('Ann', '', '  ', undefined, 'Northfield')).toEqual(['Ann', 'Northfield']);
  });
});
