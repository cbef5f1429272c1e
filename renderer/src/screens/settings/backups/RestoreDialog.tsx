import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import type { ChannelOutput } from '../../../../../shared/ipc/contract';
import { FormAlert } from '../../../components/FormAlert';
import { useIpcQuery } from '../../../data/ipc-query';
import { useSchemaForm } from '../../../forms/use-schema-form';
import { BackupHeaderSummary } from '../../backups/BackupHeaderSummary';
import { restoreFormDefaults, restoreFormSchema } from '../../backups/restore-form';
import { RestoreUnlockFields } from '../../backups/RestoreUnlockFields';
import { useInspect } from '../../backups/use-inspect';
import { useRestore } from '../../backups/use-restore';

interface Props {
  file: string;
  onClose(): void;
}

/**
 * Settings › Backups › Restore: replaces every record on this computer with a backup's. Shows what the
 * backup is first, says what will happen (the current records are backed up first, then IPS Desk locks),
 * and asks for a passphrase in the backup or the recovery key and a new passphrase.
 */
export function RestoreDialog({ file, onClose }: Props) {
  const inspected = useInspect(file);
  return (
    <Dialog open onClose={onClose} aria-labelledby="restore-title" maxWidth="sm" fullWidth>
      <DialogTitle id="restore-title">Restore this backup?</DialogTitle>
      {inspected?.state === 'read' ? (
        <RestoreForm inspected={inspected.inspected} file={file} onClose={onClose} />
      ) : (
        <>
          <DialogContent>
            {inspected?.state === 'failed' ? (
              <Alert severity="error" role="alert">
                {inspected.message}
              </Alert>
            ) : (
              <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
                <CircularProgress size={24} aria-hidden="true" />
                Reading the backup…
              </Box>
            )}
          </DialogContent>
          <DialogActions sx={{ p: 2 }}>
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}

function RestoreForm({ inspected, file, onClose }: { inspected: ChannelOutput<'backups.inspect'>; file: string; onClose(): void }) {
  const me = useIpcQuery('vault.status', {}, { select: (s) => s.currentUser ?? '' }).data ?? '';
  const { users } = inspected;
  // Typing a passphrase here is not "work" to keep: no unsaved-changes guard (and the restore's lock must not ask).
  const form = useSchemaForm({ schema: restoreFormSchema, defaultValues: restoreFormDefaults(users.includes(me) ? me : (users[0] ?? '')) });
  const restore = useRestore();

  const submit = form.submitWith(async (unlock) => {
    const refused = await restore.run(file, unlock);
    if (refused) form.setValue('passphrase', '');
    // On success the session ends (the page moves to the unlock screen); nothing more to do here.
    return refused;
  });

  return (
    // A flex column like the dialog's own paper, so the title and buttons stay put and only the content scrolls.
    <Box component="form" onSubmit={submit} noValidate aria-labelledby="restore-title" sx={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
      <DialogContent>
        <FormAlert>{form.formMessage}</FormAlert>
        <Alert severity="warning" role="none" sx={{ mb: 2 }}>
          Restoring replaces every record on this computer with the ones in this backup. Anything recorded since it was made is kept only in a
          backup of the current records, which IPS Desk makes first. Then IPS Desk locks, and everyone unlocks again.
        </Alert>
        <BackupHeaderSummary inspected={inspected} />
        <RestoreUnlockFields control={form.control} setValue={form.setValue} users={users} idPrefix="restore" />
      </DialogContent>
      <DialogActions sx={{ p: 2, flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onClose} autoFocus>
          Cancel
        </Button>
        <Button type="submit" variant="contained" color="error" disabled={restore.pending}>
          {restore.pending ? 'Restoring…' : 'Replace the current records'}
        </Button>
      </DialogActions>
    </Box>
  );
}
