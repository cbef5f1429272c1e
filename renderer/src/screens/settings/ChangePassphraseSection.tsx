import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { channels } from '../../../../shared/ipc/contract';
import { FormAlert } from '../../components/FormAlert';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { PassphraseField } from '../../components/PassphraseField';
import { useIpcMutation, useIpcQuery } from '../../data/ipc-query';
import { formSchema } from '../../forms/form-schema';
import { confirmationChecks } from '../../forms/passphrase-confirmation';
import { useSchemaForm } from '../../forms/use-schema-form';

type ChangeForm = { currentPassphrase: string; newPassphrase: string; confirmPassphrase: string };

const EMPTY: ChangeForm = { currentPassphrase: '', newPassphrase: '', confirmPassphrase: '' };

const changeSchema = formSchema(
  channels['vault.changePassphrase'].input,
  ({ currentPassphrase, newPassphrase }: ChangeForm) => ({ currentPassphrase, newPassphrase }),
  (form) => confirmationChecks(form.newPassphrase, form.confirmPassphrase, 'Enter the new passphrase again'),
);

/**
 * Settings › Change your passphrase: the signed-in user's own passphrase, proved by the current one. Only
 * their key slot changes; the database is not re-encrypted and nobody else's passphrase is touched.
 */
export function ChangePassphraseSection() {
  const change = useIpcMutation('vault.changePassphrase');
  const form = useSchemaForm({ schema: changeSchema, defaultValues: EMPTY, guardUnsaved: 'Change your passphrase' });
  const [done, setDone] = useState(false);

  const submit = form.submitWith(async (input) => {
    setDone(false);
    const result = await change.run(input);
    if (result.ok) {
      form.reset(EMPTY);
      setDone(true);
      return null;
    }
    // A wrong current passphrase is a problem with that field, though the vault names none: put it there.
    if (result.error.code === 'wrong_passphrase' || result.error.code === 'throttled') {
      form.setValue('currentPassphrase', '');
      return { ...result.error, issues: [{ path: ['currentPassphrase'], message: result.error.message }] };
    }
    return result.error;
  });

  const { data: status } = useIpcQuery('vault.status', {});

  return (
    <Paper variant="outlined" component="section" aria-labelledby="passphrase-heading" sx={{ p: { xs: 2, sm: 3 }, mb: 3 }}>
      <Typography variant="h2" id="passphrase-heading" sx={{ mb: 1 }}>
        Change your passphrase
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: 720 }}>
        Your passphrase unlocks IPS Desk as you. Choose a new one if someone may have seen it. Other people&apos;s passphrases and the
        recovery key do not change.
      </Typography>
      <FormAlert>{form.formMessage}</FormAlert>
      <Box component="form" noValidate onSubmit={submit} aria-label="Change your passphrase" sx={{ maxWidth: 520 }}>
        <PassphraseField control={form.control} name="currentPassphrase" label="Current passphrase" autoComplete="current-password" />
        <NewPassphraseFields control={form.control} name="newPassphrase" label="New passphrase" guessable={[status?.currentUser ?? '', status?.serviceName ?? '']} />
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mt: 1 }}>
          <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? 'Changing…' : 'Change passphrase'}
          </Button>
          <Box role="status" aria-live="polite">
            {done ? <Alert severity="success" sx={{ py: 0 }}>Your passphrase is changed. Use the new one next time you unlock.</Alert> : null}
          </Box>
        </Box>
      </Box>
    </Paper>
  );
}
