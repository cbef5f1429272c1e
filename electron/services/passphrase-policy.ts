import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { ServiceError } from './service-error';

/**
 * The last word on whether a passphrase may protect the team's records: zxcvbn's estimate of how many
 * guesses it would take (0–4), with the service and the person's own names counted as guessable. The
 * renderer shows the same estimate as you type; this check is the one that counts.
 */
export const MIN_PASSPHRASE_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;

function zxcvbn(): ZxcvbnFactory {
  // Built on first use: loading the dictionaries takes ~0.2 s, which start-up should not pay.
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return estimator;
}

export interface PassphraseVerdict {
  ok: boolean;
  score: number;
  /** Why it is weak and what to do, in plain words; empty when ok. */
  reason: string;
}

export function judgePassphrase(passphrase: string, personal: readonly string[] = []): PassphraseVerdict {
  if (passphrase.trim() === '') return { ok: false, score: 0, reason: 'A passphrase cannot be only spaces.' };
  const result = zxcvbn().check(passphrase, personal.filter((s) => s.trim() !== ''));
  if (result.score >= MIN_PASSPHRASE_SCORE) return { ok: true, score: result.score, reason: '' };
  const warning = result.feedback.warning ? `${result.feedback.warning} ` : '';
  const suggestion = result.feedback.suggestions[0] ?? 'Use three or four random words.';
  return { ok: false, score: result.score, reason: `This passphrase would be easy to guess. ${warning}${suggestion}`.trim() };
}

/** Refuses a weak passphrase with the reason beside the field that holds it. */
export function assertStrongPassphrase(passphrase: string, field: string, personal: readonly string[] = []): void {
  const verdict = judgePassphrase(passphrase, personal);
  if (!verdict.ok) throw new ServiceError('invalid_input', verdict.reason, { issues: [{ path: [field], message: verdict.reason }] });
}
