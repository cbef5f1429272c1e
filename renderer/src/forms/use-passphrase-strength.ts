import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { loadEstimator, passphraseStrength, type Estimator, type PassphraseStrength } from './passphrase-strength';

/**
 * The meter's verdict on what is typed, or null while nothing is typed (or in the moment the estimator
 * takes to load, the first time a screen needs it). `guessable`: the names that count as easy to guess.
 */
export function usePassphraseStrength(passphrase: string, guessable: readonly string[], enabled = true): PassphraseStrength | null {
  const [estimator, setEstimator] = useState<Estimator | null>(null);
  useEffect(() => {
    if (!enabled) return undefined;
    let current = true;
    void loadEstimator().then((loaded) => {
      if (current) setEstimator(loaded);
    });
    return () => {
      current = false;
    };
  }, [enabled]);
  // An estimate takes tens of milliseconds: worked out after the keystroke is shown, never in its way, and
  // only again when the typing or the names change.
  const typed = useDeferredValue(passphrase);
  const words = guessable.join('\n');
  return useMemo(
    () => (!enabled || typed.length === 0 || estimator === null ? null : passphraseStrength(estimator, typed, words.split('\n'))),
    [enabled, typed, estimator, words],
  );
}
