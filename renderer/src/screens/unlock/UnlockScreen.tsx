import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState, type FormEvent } from 'react';
import type { VaultStatus } from '../../../../shared/ipc/vault';
import { FormAlert } from '../../components/FormAlert';
import { PassphraseField } from '../../components/PassphraseField';
import { PublicLayout } from '../../components/PublicLayout';
import { ScreenHeading } from '../../components/ScreenHeading';
import { secondsText, useCountdown } from '../../forms/use-countdown';
import { useFormErrors } from '../../forms/use-form-errors';
import { useIpc } from '../../ipc';

// With one user there is no user field on screen, so a problem with the user must show in the Alert.
const WITH_USER_FIELD = ['user', 'passphrase'];
const PASSPHRASE_ONLY = ['passphrase'];

interface Props {
  status: VaultStatus;
  onUnlocked(status: VaultStatus): void;
  onUseRecoveryKey(): void;
}

export function UnlockScreen({ status, onUnlocked, onUseRecoveryKey }: Props) {
  const unlock = useIpc('vault.unlock');
  const form = useFormErrors(status.users.length > 1 ? WITH_USER_FIELD : PASSPHRASE_ONLY);
  const [user, setUser] = useState(status.users[0] ?? '');
  const [passphrase, setPassphrase] = useState('');
  const [throttledUntil, setThrottledUntil] = useState<number | null>(null);
  const secondsLeft = useCountdown(throttledUntil);
  const throttled = throttledUntil !== null && secondsLeft > 0;

  useEffect(() => {
    if (throttledUntil !== null && secondsLeft === 0) setThrottledUntil(null);
  }, [throttledUntil, secondsLeft]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (unlock.pending || throttled) return;
    const local: Record<string, string> = {};
    if (!user) local.user = 'Choose who you are';
    if (!passphrase) local.passphrase = 'Enter your passphrase';
    if (form.showLocal(local)) return;
    const result = await unlock.run({ user, passphrase });
    if (result.ok) {
      onUnlocked(result.data);
      return;
    }
    setPassphrase('');
    const { error } = result;
    // A wrong passphrase can itself start the wait (retryAfterMs), as well as a 'throttled' refusal.
    if (error.retryAfterMs !== undefined && error.retryAfterMs > 0) {
      form.clear();
      setThrottledUntil(Date.now() + error.retryAfterMs);
    } else if (error.code === 'wrong_passphrase') {
      form.setFieldErrors({ passphrase: 'Type your passphrase again' });
      form.setFormMessage(error.message);
    } else {
      form.showIpcError(error);
    }
  }

  return (
    <PublicLayout serviceName={status.serviceName}>
      <ScreenHeading title="Unlock IPS Desk">Unlock IPS Desk</ScreenHeading>
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
          {status.users.length > 1 ? (
            <TextField
              id="user"
              name="user"
              select
              label="Who are you?"
              value={user}
              onChange={(e) => setUser(e.target.value)}
              error={Boolean(form.fieldErrors.user)}
              helperText={form.fieldErrors.user}
              slotProps={{ select: { native: true } }}
            >
              {status.users.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </TextField>
          ) : (
            <Typography sx={{ mt: 1 }}>
              Unlocking as <strong>{user}</strong>
            </Typography>
          )}
          <PassphraseField
            id="passphrase"
            label="Passphrase"
            value={passphrase}
            onChange={setPassphrase}
            error={form.fieldErrors.passphrase}
            autoComplete="current-password"
          />
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
    </PublicLayout>
  );
}
