import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { channels } from '../../../../shared/ipc/contract';
import type { VaultStatus } from '../../../../shared/ipc/vault';
import { FormAlert } from '../../components/FormAlert';
import { PublicLayout } from '../../components/PublicLayout';
import { ScreenHeading } from '../../components/ScreenHeading';
import { validateWith } from '../../forms/field-errors';
import { useFormErrors } from '../../forms/use-form-errors';
import { useIpc } from '../../ipc';

const FIELDS = ['recoveryKey'];

interface Props {
  status: VaultStatus;
  onUnlocked(status: VaultStatus): void;
  onBack(): void;
}

/** For when every passphrase is forgotten: the printed key opens the records, then a new passphrase is chosen. */
export function RecoveryUnlockScreen({ status, onUnlocked, onBack }: Props) {
  const unlock = useIpc('vault.unlockWithRecoveryKey');
  const form = useFormErrors(FIELDS);
  const [recoveryKey, setRecoveryKey] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (unlock.pending) return;
    if (form.showLocal(validateWith(channels['vault.unlockWithRecoveryKey'].input, { recoveryKey }))) return;
    const result = await unlock.run({ recoveryKey });
    if (result.ok) onUnlocked(result.data);
    else if (result.error.code === 'wrong_recovery_key') {
      form.setFieldErrors({ recoveryKey: 'Check each group of four characters against your printed key' });
      form.setFormMessage(result.error.message);
    } else form.showIpcError(result.error);
  }

  return (
    <PublicLayout serviceName={status.serviceName}>
      <ScreenHeading title="Unlock with the recovery key">Unlock with the recovery key</ScreenHeading>
      <Typography sx={{ mb: 2 }}>
        Enter the recovery key that was printed when IPS Desk was set up. You will then choose a new passphrase.
      </Typography>
      <FormAlert>{form.formMessage}</FormAlert>
      <form onSubmit={submit} noValidate aria-label="Unlock with the recovery key">
        <TextField
          id="recoveryKey"
          name="recoveryKey"
          label="Recovery key"
          value={recoveryKey}
          onChange={(e) => setRecoveryKey(e.target.value)}
          error={Boolean(form.fieldErrors.recoveryKey)}
          helperText={form.fieldErrors.recoveryKey ?? 'Groups of four letters and numbers, like ABCD-EFGH-JKLM. Dashes, spaces and capitals do not matter.'}
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
