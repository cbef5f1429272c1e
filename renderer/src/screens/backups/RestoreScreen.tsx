import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { FormAlert } from '../../components/FormAlert';
import { PublicLayout } from '../../components/PublicLayout';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useIpcMutation } from '../../data/ipc-query';
import { useSchemaForm } from '../../forms/use-schema-form';
import { BackupHeaderSummary } from './BackupHeaderSummary';
import { restoreFormDefaults, restoreFormSchema } from './restore-form';
import { RestoreUnlockFields } from './RestoreUnlockFields';
import { useInspect } from './use-inspect';
import { useRestore } from './use-restore';

interface Props {
  serviceName?: string | undefined;
  /** "Set up IPS Desk" or "Unlock IPS Desk": where Back goes. */
  backTo: string;
  onBack(): void;
  /** Restored: IPS Desk is locked, and the unlock screen comes next. */
  onRestored(): void;
}

/**
 * Restoring before anyone can sign in: on a new laptop, or when the keyring beside the database is lost.
 * A backup file alone is enough, with a passphrase that was in use when it was made, or with the printed
 * recovery key (and then a new passphrase). Choose the file, see what it is, prove you may open it.
 */
export function RestoreScreen({ serviceName, backTo, onBack, onRestored }: Props) {
  const choose = useIpcMutation('dialogs.chooseBackupFile');
  const [file, setFile] = useState<string | null>(null);
  const [chooseProblem, setChooseProblem] = useState<string | null>(null);
  const inspected = useInspect(file);

  async function chooseFile() {
    setChooseProblem(null);
    const result = await choose.run({});
    if (!result.ok) return setChooseProblem(result.error.message);
    if (result.data.path !== null) setFile(result.data.path);
  }

  return (
    <PublicLayout serviceName={serviceName}>
      <ScreenHeading title="Restore from a backup">Restore from a backup</ScreenHeading>
      <Typography sx={{ mb: 2 }}>
        A backup is one file ending in .ipsdesk-backup, from this laptop’s backups folder, the team’s second folder, or a memory stick. You can open it
        with a passphrase that was in use when it was made, or with the recovery key printed when IPS Desk was set up.
      </Typography>
      <FormAlert>{chooseProblem}</FormAlert>
      <Button variant={file === null ? 'contained' : 'outlined'} onClick={() => void chooseFile()} disabled={choose.pending} sx={{ mb: 2 }}>
        {file === null ? 'Choose a backup file…' : 'Choose a different file…'}
      </Button>
      {inspected?.state === 'reading' ? (
        <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2 }}>
          <CircularProgress size={24} aria-hidden="true" />
          Reading the backup…
        </Box>
      ) : null}
      {inspected?.state === 'failed' ? (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          {inspected.message}
        </Alert>
      ) : null}
      {inspected?.state === 'read' && file !== null ? <RestoreFileForm key={file} file={file} inspected={inspected.inspected} onRestored={onRestored} /> : null}
      <Box sx={{ mt: 3 }}>
        <Link component="button" type="button" variant="body1" onClick={onBack}>
          Back to {backTo}
        </Link>
      </Box>
    </PublicLayout>
  );
}

function RestoreFileForm({ file, inspected, onRestored }: { file: string; inspected: ChannelOutput<'backups.inspect'>; onRestored(): void }) {
  const { users } = inspected;
  // With no passphrase in the backup, only the recovery key can open it.
  const form = useSchemaForm({ schema: restoreFormSchema, defaultValues: { ...restoreFormDefaults(users[0] ?? ''), ...(users.length === 0 ? { method: 'recovery_key' as const } : {}) } });
  const restore = useRestore();

  const submit = form.submitWith(async (unlock) => {
    const refused = await restore.run(file, unlock);
    if (refused) {
      form.setValue('passphrase', '');
      return refused;
    }
    onRestored();
    return null;
  });

  return (
    <section aria-labelledby="chosen-backup-heading">
      <Typography variant="h2" id="chosen-backup-heading" sx={{ fontSize: '1.25rem', mb: 1 }}>
        The backup you chose
      </Typography>
      <BackupHeaderSummary inspected={inspected} headingId="chosen-backup-heading" />
      <form onSubmit={submit} noValidate aria-label="Restore this backup">
        <FormAlert>{form.formMessage}</FormAlert>
        <RestoreUnlockFields control={form.control} setValue={form.setValue} users={users} idPrefix="restore" />
        <Button type="submit" variant="contained" size="large" disabled={restore.pending} sx={{ mt: 2 }}>
          {restore.pending ? 'Restoring…' : 'Restore this backup'}
        </Button>
      </form>
    </section>
  );
}
