import type { FormChecks } from './form-schema';

/**
 * The form's own check on a new passphrase, which the service never sees: typed twice, the same both
 * times. `again` asks for the second typing, in the screen's words.
 */
export function confirmationChecks(passphrase: string, confirmPassphrase: string, again: string): FormChecks {
  if (!confirmPassphrase) return { confirmPassphrase: again };
  return confirmPassphrase === passphrase ? {} : { confirmPassphrase: 'The passphrases do not match' };
}
