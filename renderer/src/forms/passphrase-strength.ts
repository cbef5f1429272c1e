import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { PASSPHRASE_MIN_LENGTH } from '../../../shared/ipc/vault';

/**
 * The meter beside a new passphrase, giving the same verdict as the service that refuses weak ones
 * (electron/services/passphrase-policy.ts, which the renderer may not import): zxcvbn-ts with the same
 * dictionaries, the same minimum score, and the service's and the person's own names counted as guessable.
 * test/renderer/passphrase-strength.test.ts runs both over the same passphrases.
 */
export const MIN_PASSPHRASE_SCORE = 3;

export type StrengthLabel = 'Weak' | 'Good' | 'Strong';

export interface PassphraseStrength {
  label: StrengthLabel;
  /** True when the service will take it (Good or Strong). */
  ok: boolean;
  /** 0–100, for the meter's bar. */
  percent: number;
  /** Why, and one plain-English next step. */
  advice: string;
}

export type Estimator = Pick<ZxcvbnFactory, 'check'>;

let loading: Promise<Estimator> | undefined;

/**
 * The estimator, loaded on first use: its dictionaries are as big as the rest of the app together, and only
 * the screens that choose a passphrase need them, so they come in a chunk of their own.
 */
export function loadEstimator(): Promise<Estimator> {
  loading ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]).then(
    ([core, common, en]) =>
      new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...en.dictionary },
        graphs: common.adjacencyGraphs,
        translations: en.translations,
      }),
  );
  return loading;
}

/** Names that make a passphrase easy to guess for someone who knows the team: the service's, the person's. */
export function guessableWords(...words: readonly (string | undefined)[]): string[] {
  return words.filter((word): word is string => word !== undefined && word.trim() !== '');
}

/** The verdict on a passphrase, in the service's words when it is too weak. */
export function passphraseStrength(estimator: Estimator, passphrase: string, personal: readonly string[] = []): PassphraseStrength {
  const length = [...passphrase].length;
  if (length < PASSPHRASE_MIN_LENGTH) {
    const more = PASSPHRASE_MIN_LENGTH - length;
    return {
      label: 'Weak',
      ok: false,
      percent: Math.round((length / PASSPHRASE_MIN_LENGTH) * 25),
      advice: `Use at least ${PASSPHRASE_MIN_LENGTH} characters (${more} more). Three or four random words are easy to remember and hard to guess.`,
    };
  }
  if (passphrase.trim() === '') return { label: 'Weak', ok: false, percent: 0, advice: 'A passphrase cannot be only spaces.' };

  const result = estimator.check(passphrase, guessableWords(...personal));
  if (result.score < MIN_PASSPHRASE_SCORE) {
    const warning = result.feedback.warning ? `${result.feedback.warning} ` : '';
    const suggestion = result.feedback.suggestions[0] ?? 'Use three or four random words.';
    return { label: 'Weak', ok: false, percent: 25 + result.score * 5, advice: `This passphrase would be easy to guess. ${warning}${suggestion}`.trim() };
  }
  if (result.score === MIN_PASSPHRASE_SCORE) {
    return { label: 'Good', ok: true, percent: 70, advice: 'Good enough to use. Another word would make it stronger.' };
  }
  return { label: 'Strong', ok: true, percent: 100, advice: 'Hard to guess. Do not use it for anything else.' };
}
