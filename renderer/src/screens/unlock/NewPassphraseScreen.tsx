import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useWatch } from 'react-hook-form';
import { channels } from '../../../../shared/ipc/contract';
import type { VaultStatus } from '../../../../shared/ipc/vault';
import { FormAlert } from '../../components/FormAlert';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { PublicLayout } from '../../components/PublicLayout';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useIpcMutation } from '../../data/ipc-query';
import { formSchema } from '../../forms/form-schema';
import { FormTextField } from '../../forms/FormTextField';
import { confirmationChecks } from '../../forms/passphrase-confirmation';
import { useSchemaForm } from '../../forms/use-schema-form';

type NewPassphraseForm = { user: string; newPassphrase: string; confirmPassphrase: string };

const newPassphraseSchema = formSchema(
  channels['vault.setPassphraseAfterRecovery'].input,
  ({ user, newPassphrase }: NewPassphraseForm) => ({ user, newPassphrase }),
  (form) => confirmationChecks(form.newPassphrase, form.confirmPassphrase, 'Enter the new passphrase again'),
);

/** After a recovery-key unlock nothing else opens until someone has a passphrase again. */
export function NewPassphraseScreen({ status }: { status: VaultStatus }) {
  const setPassphrase = useIpcMutation('vault.setPassphraseAfterRecovery');
  const form = useSchemaForm({
    schema: newPassphraseSchema,
    defaultValues: { user: status.currentUser ?? status.users[0] ?? '', newPassphrase: '', confirmPassphrase: '' },
  });

  const user = useWatch({ control: form.control, name: 'user' });
  const submit = form.submitWith(async (input) => {
    const result = await setPassphrase.run(input);
    return result.ok ? null : result.error;
  });

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
          <FormTextField
            control={form.control}
            name="user"
            id="user"
            select
            label="Whose passphrase is this?"
            hint="Their old passphrase stops working."
            slotProps={{ select: { native: true } }}
          >
            {status.users.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </FormTextField>
        ) : (
          <FormTextField control={form.control} name="user" id="user" label="Your name" hint="Your name as it is recorded in IPS Desk" autoComplete="username" />
        )}
        <NewPassphraseFields control={form.control} name="newPassphrase" label="New passphrase" guessable={[user, status.serviceName ?? '']} />
        <Button type="submit" variant="contained" size="large" sx={{ mt: 2 }}>
          {setPassphrase.pending ? 'Saving…' : 'Save passphrase and continue'}
        </Button>
      </form>
    </PublicLayout>
  );
}
