import { PASSPHRASE_MIN_LENGTH } from '../../../shared/ipc/vault';

export type StrengthLabel = 'Weak' | 'Fair' | 'Strong';

export interface PassphraseStrength {
  label: StrengthLabel;
  /** 0–100, for a meter. */
  score: number;
  /** One plain-English next step. */
  advice: string;
}

// Fragments that make a passphrase easy to guess whatever else it holds.
const COMMON_FRAGMENTS = ['password', 'passw0rd', 'qwerty', 'letmein', 'welcome', 'iloveyou', 'admin', 'monkey', 'dragon'];

/**
 * Shortens runs an attacker tries first — "aaaa", "1234", "abcd", "4321" — to a single character,
 * so they add almost nothing to the estimate.
 */
function effectiveLength(text: string): number {
  let length = 0;
  let previousStep: number | null = null;
  for (let i = 0; i < text.length; i += 1) {
    if (i === 0) {
      length += 1;
      continue;
    }
    const step = text.charCodeAt(i) - text.charCodeAt(i - 1);
    const inRun = Math.abs(step) <= 1 && step === previousStep;
    if (!inRun) length += 1;
    previousStep = Math.abs(step) <= 1 ? step : null;
  }
  return length;
}

function characterPool(text: string): number {
  let pool = 0;
  if (/[a-z]/.test(text)) pool += 26;
  if (/[A-Z]/.test(text)) pool += 26;
  if (/[0-9]/.test(text)) pool += 10;
  if (/[^a-zA-Z0-9]/.test(text)) pool += 33;
  return Math.max(pool, 1);
}

/**
 * A rough, explainable guess at how hard a passphrase is to guess: bits ≈ effective length × log2(pool),
 * with common fragments taken out. Long phrases of ordinary words score well, which is the advice we give.
 * Capped at Fair below 16 characters: short "complex" passwords are what people forget and attackers guess.
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const length = [...passphrase].length;
  if (length < PASSPHRASE_MIN_LENGTH) {
    const more = PASSPHRASE_MIN_LENGTH - length;
    return {
      label: 'Weak',
      score: Math.round((length / PASSPHRASE_MIN_LENGTH) * 25),
      advice: `Use at least ${PASSPHRASE_MIN_LENGTH} characters (${more} more). Three or four random words are easy to remember and hard to guess.`,
    };
  }

  let stripped = passphrase.toLowerCase();
  for (const fragment of COMMON_FRAGMENTS) stripped = stripped.split(fragment).join('•');
  const bits = effectiveLength(stripped) * Math.log2(characterPool(passphrase));
  const hasCommon = stripped !== passphrase.toLowerCase();

  if (bits < 50 || hasCommon) {
    return {
      label: 'Weak',
      score: 30,
      advice: hasCommon
        ? 'Avoid common words such as "password". Try three or four random words instead.'
        : 'Avoid repeated characters and sequences like "1234" or "abcd". Try three or four random words.',
    };
  }
  if (bits < 75 || length < 16) {
    return {
      label: 'Fair',
      score: 60,
      advice: 'Good start. Make it longer, for example by adding another word, to make it strong.',
    };
  }
  return {
    label: 'Strong',
    score: 100,
    advice: 'Hard to guess. Do not use it for anything else.',
  };
}
