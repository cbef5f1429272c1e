import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useState } from 'react';
import { channels } from '../../../../shared/ipc/contract';
import type { VaultStatus } from '../../../../shared/ipc/vault';
import { FormAlert } from '../../components/FormAlert';
import { LockNoticeAlert } from '../../components/LockNoticeAlert';
import { PassphraseField } from '../../components/PassphraseField';
import { PublicLayout } from '../../components/PublicLayout';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useIpcMutation } from '../../data/ipc-query';
import { formSchema } from '../../forms/form-schema';
import { FormTextField } from '../../forms/FormTextField';
import { secondsText, useCountdown } from '../../forms/use-countdown';
import { useSchemaForm } from '../../forms/use-schema-form';

/** With one user there is no user field: the form holds only the passphrase, so a problem with the user shows in the alert. */
type UnlockForm = { user?: string; passphrase: string };

interface Props {
  status: VaultStatus;
  onUseRecoveryKey(): void;
  /** The keyring is lost or damaged, or the records must go back to an earlier day: restore a backup file. */
  onRestore(): void;
}

export function UnlockScreen({ status, onUseRecoveryKey, onRestore }: Props) {
  const unlock = useIpcMutation('vault.unlock');
  const onlyUser = status.users.length === 1 ? status.users[0] : undefined;
  const schema = useMemo(
    () => formSchema(channels['vault.unlock'].input, (form: UnlockForm) => ({ user: form.user ?? onlyUser ?? '', passphrase: form.passphrase })),
    [onlyUser],
  );
  const form = useSchemaForm({ schema, defaultValues: onlyUser === undefined ? { user: status.users[0] ?? '', passphrase: '' } : { passphrase: '' } });
  const [throttledUntil, setThrottledUntil] = useState<number | null>(null);
  const secondsLeft = useCountdown(throttledUntil);
  const throttled = throttledUntil !== null && secondsLeft > 0;

  useEffect(() => {
    if (throttledUntil !== null && secondsLeft === 0) setThrottledUntil(null);
  }, [throttledUntil, secondsLeft]);

  const submit = form.submitWith(async (input) => {
    if (unlock.pending || throttled) return null;
    const result = await unlock.run(input);
    if (result.ok) return null;
    form.setValue('passphrase', '');
    const { error } = result;
    // A wrong passphrase can itself start the wait (retryAfterMs), as well as a 'throttled' refusal.
    if (error.retryAfterMs !== undefined && error.retryAfterMs > 0) {
      form.clearErrors();
      setThrottledUntil(Date.now() + error.retryAfterMs);
      return null;
    }
    if (error.code === 'wrong_passphrase') form.setError('passphrase', { type: 'service', message: 'Type your passphrase again' }, { shouldFocus: true });
    return error;
  });

  return (
    <PublicLayout serviceName={status.serviceName}>
      <ScreenHeading title="Unlock IPS Desk">Unlock IPS Desk</ScreenHeading>
      <LockNoticeAlert />
      <Typography sx={{ mb: 2 }}>Your team's records are locked. Enter your passphrase to open them.</Typography>
      {throttled ? (
        <Alert severity="error" role="alert" sx={{ mb: 2 }} data-testid="throttled">
          Too many attempts. Try again in <span aria-live="off">{secondsText(secondsLeft)}</span>.
        </Alert>
      ) : (
        <FormAlert>{form.formMessage}</FormAlert>
      )}
      {status.users.length === 0 ? (
        <Alert severity="info" role="none" sx={{ mb: 1 }}>
          No one has a passphrase on this computer yet. Use the recovery key to open IPS Desk and choose one.
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate aria-label="Unlock IPS Desk">
          {onlyUser === undefined ? (
            <FormTextField control={form.control} name="user" id="user" select label="Who are you?" slotProps={{ select: { native: true } }}>
              {status.users.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </FormTextField>
          ) : (
            <Typography sx={{ mt: 1 }}>
              Unlocking as <strong>{onlyUser}</strong>
            </Typography>
          )}
          <PassphraseField control={form.control} name="passphrase" label="Passphrase" autoComplete="current-password" />
          <Button type="submit" variant="contained" size="large" disabled={throttled} sx={{ mt: 2 }}>
            {unlock.pending ? 'Unlocking…' : 'Unlock'}
          </Button>
        </form>
      )}
      <Box sx={{ mt: 3 }}>
        <Link component="button" type="button" variant="body1" onClick={onUseRecoveryKey}>
          Use the recovery key instead
        </Link>
      </Box>
      <Box sx={{ mt: 1 }}>
        <Link component="button" type="button" variant="body1" onClick={onRestore}>
          Restore from a backup
        </Link>
      </Box>
    </PublicLayout>
  );
}
