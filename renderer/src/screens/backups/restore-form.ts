import { restoreUnlockSchema, type RestoreUnlock } from '../../../../shared/ipc/backups';
import { formSchema } from '../../forms/form-schema';
import { confirmationChecks } from '../../forms/passphrase-confirmation';

/**
 * How a restore proves it may open the backup, as typed: a passphrase held in the backup (and whose), or the
 * printed recovery key and a new passphrase. Field names are the service's (`passphrase`, `recoveryKey`,
 * `newPassphrase`, `user`), so its refusals land beside them.
 */
export type RestoreForm = {
  method: RestoreUnlock['method'];
  /** Whose passphrase: one of the names in the backup. With the recovery key, blank means its first manager. */
  user: string;
  passphrase: string;
  recoveryKey: string;
  newPassphrase: string;
  confirmPassphrase: string;
};

export function restoreFormDefaults(user: string): RestoreForm {
  return { method: 'passphrase', user, passphrase: '', recoveryKey: '', newPassphrase: '', confirmPassphrase: '' };
}

/** What the service is sent: only the fields of the method chosen (nothing typed for the other goes anywhere). */
export function toRestoreUnlock(form: RestoreForm): unknown {
  if (form.method === 'passphrase') return { method: 'passphrase', user: form.user, passphrase: form.passphrase };
  return { method: 'recovery_key', recoveryKey: form.recoveryKey, ...(form.user.trim() ? { user: form.user } : {}), newPassphrase: form.newPassphrase };
}

/** Checked by the service's own schema; the new passphrase typed twice is the form's own check. */
export const restoreFormSchema = formSchema(restoreUnlockSchema, toRestoreUnlock, (form: RestoreForm) =>
  form.method === 'recovery_key' ? confirmationChecks(form.newPassphrase, form.confirmPassphrase, 'Enter the new passphrase again') : {},
);
