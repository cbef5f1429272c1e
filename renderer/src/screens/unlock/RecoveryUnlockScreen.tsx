import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { channels } from '../../../../shared/ipc/contract';
import type { VaultStatus } from '../../../../shared/ipc/vault';
import { FormAlert } from '../../components/FormAlert';
import { LockNoticeAlert } from '../../components/LockNoticeAlert';
import { PublicLayout } from '../../components/PublicLayout';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useIpcMutation } from '../../data/ipc-query';
import { formSchema } from '../../forms/form-schema';
import { FormTextField } from '../../forms/FormTextField';
import { useSchemaForm } from '../../forms/use-schema-form';

type RecoveryForm = { recoveryKey: string };

const recoverySchema = formSchema(channels['vault.unlockWithRecoveryKey'].input, (form: RecoveryForm) => form);

interface Props {
  status: VaultStatus;
  onBack(): void;
}

/** For when every passphrase is forgotten: the printed key opens the records, then a new passphrase is chosen. */
export function RecoveryUnlockScreen({ status, onBack }: Props) {
  const unlock = useIpcMutation('vault.unlockWithRecoveryKey');
  const form = useSchemaForm({ schema: recoverySchema, defaultValues: { recoveryKey: '' } });

  const submit = form.submitWith(async (input) => {
    const result = await unlock.run(input);
    if (result.ok) return null;
    if (result.error.code === 'wrong_recovery_key') {
      form.setError('recoveryKey', { type: 'service', message: 'Check each group of four characters against your printed key' }, { shouldFocus: true });
    }
    return result.error;
  });

  return (
    <PublicLayout serviceName={status.serviceName}>
      <ScreenHeading title="Unlock with the recovery key">Unlock with the recovery key</ScreenHeading>
      <LockNoticeAlert />
      <Typography sx={{ mb: 2 }}>
        Enter the recovery key that was printed when IPS Desk was set up. You will then choose a new passphrase.
      </Typography>
      <FormAlert>{form.formMessage}</FormAlert>
      <form onSubmit={submit} noValidate aria-label="Unlock with the recovery key">
        <FormTextField
          control={form.control}
          name="recoveryKey"
          id="recoveryKey"
          label="Recovery key"
          hint="Groups of four letters and numbers, like ABCD-EFGH-JKLM. Dashes, spaces and capitals do not matter."
          autoComplete="off"
          slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'characters' }, input: { sx: { fontFamily: '"Courier New", Courier, monospace', fontSize: '1.1rem' } } }}
        />
        <Button type="submit" variant="contained" size="large" sx={{ mt: 2 }}>
          {unlock.pending ? 'Unlocking…' : 'Unlock'}
        </Button>
      </form>
      <Box sx={{ mt: 3 }}>
        <Link component="button" type="button" variant="body1" onClick={onBack}>
          Unlock with a passphrase instead
        </Link>
      </Box>
    </PublicLayout>
  );
}
