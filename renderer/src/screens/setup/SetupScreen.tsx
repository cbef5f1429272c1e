import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useWatch } from 'react-hook-form';
import { channels, type ChannelOutput } from '../../../../shared/ipc/contract';
import { FormAlert } from '../../components/FormAlert';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { PublicLayout } from '../../components/PublicLayout';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useIpcMutation } from '../../data/ipc-query';
import { formSchema } from '../../forms/form-schema';
import { FormTextField } from '../../forms/FormTextField';
import { confirmationChecks } from '../../forms/passphrase-confirmation';
import { useSchemaForm } from '../../forms/use-schema-form';

type SetupForm = { serviceName: string; managerName: string; passphrase: string; confirmPassphrase: string };

// The same schema the main process applies, so problems show at once, beside their fields.
const setupSchema = formSchema(
  channels['vault.setup'].input,
  ({ serviceName, managerName, passphrase }: SetupForm) => ({ serviceName, managerName, passphrase }),
  (form) => confirmationChecks(form.passphrase, form.confirmPassphrase, 'Enter the passphrase again'),
);

/** First run: names the service and its first user, and creates the encrypted database. */
interface Props {
  onSetUp(result: ChannelOutput<'vault.setup'>): void;
  /** A new laptop for a team that already has records: bring them back from a backup instead. */
  onRestore(): void;
}

export function SetupScreen({ onSetUp, onRestore }: Props) {
  // The recovery key is handed over before the vault's status is read again, so it is shown next.
  const setup = useIpcMutation('vault.setup', { onSuccess: onSetUp });
  const form = useSchemaForm({ schema: setupSchema, defaultValues: { serviceName: '', managerName: '', passphrase: '', confirmPassphrase: '' } });

  // The service judges the passphrase against the names typed above it; so does the meter.
  const [serviceName, managerName] = useWatch({ control: form.control, name: ['serviceName', 'managerName'] });
  const submit = form.submitWith(async (input) => {
    const result = await setup.run(input);
    return result.ok ? null : result.error;
  });

  return (
    <PublicLayout>
      <ScreenHeading title="Set up IPS Desk">Set up IPS Desk</ScreenHeading>
      <Typography sx={{ mb: 2 }}>
        IPS Desk keeps your team's records in an encrypted file on this computer. Nobody can open it without a
        passphrase or the recovery key you will be shown next.
      </Typography>
      <FormAlert>{form.formMessage}</FormAlert>
      <form onSubmit={submit} noValidate aria-label="Set up IPS Desk">
        <FormTextField
          control={form.control}
          name="serviceName"
          id="serviceName"
          label="Service name"
          hint='As your commissioners know it, for example "Northshire IPS Service"'
          autoComplete="organization"
        />
        <FormTextField control={form.control} name="managerName" id="managerName" label="Your name" hint="You will be the first user, as the service manager" autoComplete="name" />
        <NewPassphraseFields control={form.control} name="passphrase" label="Passphrase" guessable={[serviceName, managerName]} />
        <Button type="submit" variant="contained" size="large" sx={{ mt: 2 }}>
          {setup.pending ? 'Setting up…' : 'Set up IPS Desk'}
        </Button>
      </form>
      <Box sx={{ mt: 3 }}>
        <Typography sx={{ mb: 0.5 }}>Does your team already use IPS Desk, on another laptop?</Typography>
        <Link component="button" type="button" variant="body1" onClick={onRestore}>
          Restore from a backup
        </Link>
      </Box>
    </PublicLayout>
  );
}
