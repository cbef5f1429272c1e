import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { channels, type ChannelOutput } from '../../../../shared/ipc/contract';
import { FormAlert } from '../../components/FormAlert';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { PublicLayout } from '../../components/PublicLayout';
import { ScreenHeading } from '../../components/ScreenHeading';
import { validateWith } from '../../forms/field-errors';
import { useFormErrors } from '../../forms/use-form-errors';
import { useIpc } from '../../ipc';

const FIELDS = ['serviceName', 'managerName', 'passphrase', 'confirmPassphrase'];

/** First run: names the service and its first user, and creates the encrypted database. */
export function SetupScreen({ onSetUp }: { onSetUp(result: ChannelOutput<'vault.setup'>): void }) {
  const setup = useIpc('vault.setup');
  const form = useFormErrors(FIELDS);
  const [serviceName, setServiceName] = useState('');
  const [managerName, setManagerName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirmPassphrase, setConfirmPassphrase] = useState('');
  const errors = form.fieldErrors;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (setup.pending) return;
    const input = { serviceName, managerName, passphrase };
    // The same schema the main process applies, so problems show at once, beside their fields.
    const local = validateWith(channels['vault.setup'].input, input);
    if (!confirmPassphrase) local.confirmPassphrase = 'Enter the passphrase again';
    else if (confirmPassphrase !== passphrase) local.confirmPassphrase = 'The passphrases do not match';
    if (form.showLocal(local)) return;
    const result = await setup.run(input);
    if (result.ok) onSetUp(result.data);
    else form.showIpcError(result.error);
  }

  return (
    <PublicLayout>
      <ScreenHeading title="Set up IPS Desk">Set up IPS Desk</ScreenHeading>
      <Typography sx={{ mb: 2 }}>
        IPS Desk keeps your team's records in an encrypted file on this computer. Nobody can open it without a
        passphrase or the recovery key you will be shown next.
      </Typography>
      <FormAlert>{form.formMessage}</FormAlert>
      <form onSubmit={submit} noValidate aria-label="Set up IPS Desk">
        <TextField
          id="serviceName"
          name="serviceName"
          label="Service name"
          value={serviceName}
          onChange={(e) => setServiceName(e.target.value)}
          error={Boolean(errors.serviceName)}
          helperText={errors.serviceName ?? 'As your commissioners know it, for example "Northshire IPS Service"'}
          autoComplete="organization"
        />
        <TextField
          id="managerName"
          name="managerName"
          label="Your name"
          value={managerName}
          onChange={(e) => setManagerName(e.target.value)}
          error={Boolean(errors.managerName)}
          helperText={errors.managerName ?? 'You will be the first user, as the service manager'}
          autoComplete="name"
        />
        <NewPassphraseFields
          id="passphrase"
          label="Passphrase"
          value={passphrase}
          onChange={setPassphrase}
          error={errors.passphrase}
          confirmValue={confirmPassphrase}
          onConfirmChange={setConfirmPassphrase}
          confirmError={errors.confirmPassphrase}
        />
        <Button type="submit" variant="contained" size="large" sx={{ mt: 2 }}>
          {setup.pending ? 'Setting up…' : 'Set up IPS Desk'}
        </Button>
      </form>
    </PublicLayout>
  );
}
