import { describe, expect, it } from 'vitest';
import { restoreFormDefaults, restoreFormSchema, toRestoreUnlock } from '../../../renderer/src/screens/backups/restore-form';

const NEW = 'harbour violet pencil tundra';

describe('the restore form', () => {
  it('sends only what the chosen way of unlocking needs', () => {
    const typed = { ...restoreFormDefaults('Sam Patel'), passphrase: 'kettle orbit', recoveryKey: 'ABCD-EFGH', newPassphrase: NEW, confirmPassphrase: NEW };
    expect(toRestoreUnlock(typed)).toEqual({ method: 'passphrase', user: 'Sam Patel', passphrase: 'kettle orbit' });
    expect(toRestoreUnlock({ ...typed, method: 'recovery_key' })).toEqual({ method: 'recovery_key', recoveryKey: 'ABCD-EFGH', user: 'Sam Patel', newPassphrase: NEW });
    // Blank: the service picks the backup's first manager.
    expect(toRestoreUnlock({ ...typed, method: 'recovery_key', user: '' })).toEqual({ method: 'recovery_key', recoveryKey: 'ABCD-EFGH', newPassphrase: NEW });
  });

  it('puts each problem at the field the service would name', () => {
    const blank = restoreFormSchema.safeParse({ ...restoreFormDefaults('Sam Patel'), method: 'recovery_key' });
    expect(blank.success).toBe(false);
    const paths = blank.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['recoveryKey', 'newPassphrase', 'confirmPassphrase']));
    expect(paths).not.toContain('passphrase');

    const mismatch = restoreFormSchema.safeParse({ ...restoreFormDefaults(''), method: 'recovery_key', recoveryKey: 'ABCD', newPassphrase: NEW, confirmPassphrase: 'other' });
    expect(mismatch.error!.issues).toEqual([expect.objectContaining({ path: ['confirmPassphrase'], message: 'The passphrases do not match' })]);

    const noPassphrase = restoreFormSchema.safeParse(restoreFormDefaults('Sam Patel'));
    expect(noPassphrase.error!.issues).toEqual([expect.objectContaining({ path: ['passphrase'], message: 'Enter the passphrase' })]);
  });
});
