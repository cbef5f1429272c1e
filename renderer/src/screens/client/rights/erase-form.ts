import { rightsChannels } from '../../../../../shared/ipc/rights';
import { formSchema } from '../../../forms/form-schema';

/** The erase dialog as typed: the reason, the NHS-number matches ticked to go too, and the tick that confirms. */
export type EraseForm = {
  reason: string;
  alsoErase: string[];
  understood: boolean;
};

export const UNDERSTOOD_MESSAGE = 'Tick to confirm you understand the record cannot be brought back';

/**
 * Checked by the channel's own input schema (the reason is required, at most 300 characters), with the
 * episodes that must go with it (re-referrals of the same person) always added, and the confirming tick,
 * which only the form knows about.
 */
export function eraseFormSchema(id: string, mustGo: readonly string[]) {
  return formSchema(
    rightsChannels['clients.erase'].input,
    (form: EraseForm) => ({ id, reason: form.reason, alsoErase: [...mustGo, ...form.alsoErase] }),
    (form) => (form.understood ? {} : { understood: UNDERSTOOD_MESSAGE }),
  );
}
