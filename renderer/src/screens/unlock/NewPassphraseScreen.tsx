import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { channels } from '../../../../shared/ipc/contract';
import type { VaultStatus } from '../../../../shared/ipc/vault';
import { FormAlert } from '../../components/FormAlert';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { PublicLayout } from '../../components/PublicLayout';
import { ScreenHeading } from '../../components/ScreenHeading';
import { validateWith } from '../../forms/field-errors';
import { useFormErrors } from '../../forms/use-form-errors';
import { useIpc } from '../../ipc';

const FIELDS = ['user', 'newPassphrase', 'confirmPassphrase'];

/** After a recovery-key unlock nothing else opens until someone has a passphrase again. */
export function NewPassphraseScreen({ status, onDone }: { status: VaultStatus; onDone(status: VaultStatus): void }) {
  const setPassphrase = useIpc('vault.setPassphraseAfterRecovery');
  const form = useFormErrors(FIELDS);
  const [user, setUser] = useState(status.currentUser ?? status.users[0] ?? '');
  const [newPassphrase, setNewPassphrase] = useState('');
  const [confirmPassphrase, setConfirmPassphrase] = useState('');
  const errors = form.fieldErrors;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (setPassphrase.pending) return;
    const input = { user, newPassphrase };
    const local = validateWith(channels['vault.setPassphraseAfterRecovery'].input, input);
    if (!confirmPassphrase) local.confirmPassphrase = 'Enter the new passphrase again';
    else if (confirmPassphrase !== newPassphrase) local.confirmPassphrase = 'The passphrases do not match';
    if (form.showLocal(local)) return;
    const result = await setPassphrase.run(input);
    if (result.ok) onDone(result.data);
    else form.showIpcError(result.error);
  }

  return (
    <PublicLayout serviceName={status.serviceName}>
      <ScreenHeading title="Choose a new passphrase">Choose a new passphrase</ScreenHeading>
      <Typography sx={{ mb: 2 }}>
        You opened IPS Desk with the recovery key. Choose a new passphrase to use from now on. Keep the recovery key
        where it was: it still works.
      </Typography>
      <FormAlert>{form.formMessage}</FormAlert>
      <form onSubmit={submit} noValidate aria-label="Choose a new passphrase">
        {status.users.length > 0 ? (
          <TextField
            id="user"
            name="user"
            select
            label="Whose passphrase is this?"
            value={user}
            onChange={(e) => setUser(e.target.value)}
            error={Boolean(errors.user)}
            helperText={errors.user ?? 'Their old passphrase stops working.'}
            slotProps={{ select: { native: true } }}
          >
            {status.users.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </TextField>
        ) : (
          <TextField
            id="user"
            name="user"
            label="Your name"
            value={user}
            onChange={(e) => setUser(e.target.value)}
            error={Boolean(errors.user)}
            helperText={errors.user ?? 'Your name as it is recorded in IPS Desk'}
            autoComplete="username"
          />
        )}
        <NewPassphraseFields
          id="newPassphrase"
          label="New passphrase"
          value={newPassphrase}
          onChange={setNewPassphrase}
          error={errors.newPassphrase}
          confirmValue={confirmPassphrase}
          onConfirmChange={setConfirmPassphrase}
          confirmError={errors.confirmPassphrase}
        />
        <Button type="submit" variant="contained" size="large" sx={{ mt: 2 }}>
          {setPassphrase.pending ? 'Saving…' : 'Save passphrase and continue'}
        </Button>
      </form>
    </PublicLayout>
  );
}
