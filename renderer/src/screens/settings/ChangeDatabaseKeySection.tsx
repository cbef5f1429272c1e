import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { formatUkDateTime } from '../../../../shared/dates';
import { useShowRecoveryKey } from '../../app/recovery-key-handover';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useIpcMutation } from '../../data/ipc-query';
import { useMayCall } from '../../data/permissions';
import { SettingsCard } from './SettingsCard';

/**
 * Settings › Security › Change the database key (the manager's): for a passphrase or recovery key that may
 * be known to someone else, or after a leaver. Everyone keeps their passphrase; the old recovery key stops
 * working, the new one is shown at once on its own screen, and a fresh backup is made under the new key.
 */
export function ChangeDatabaseKeySection() {
  const mayChange = useMayCall('vault.changeDatabaseKey');
  const change = useIpcMutation('vault.changeDatabaseKey');
  const showRecoveryKey = useShowRecoveryKey();
  const [confirming, setConfirming] = useState(false);
  if (!mayChange) return null;

  async function confirm() {
    const result = await change.run({});
    if (!result.ok) return;
    const { recoveryKey, backup, backupProblem } = result.data;
    const backupNote = backup
      ? `A fresh backup was made under the new key (${formatUkDateTime(backup.createdAt)}). Older backups still open only with the old passphrases and the old recovery key.`
      : `No fresh backup could be made: ${backupProblem ?? 'the backup failed'}. Back up now from Settings › Backups.`;
    setConfirming(false);
    showRecoveryKey({ recoveryKey, reason: 'key-changed', backupNote });
  }

  return (
    <SettingsCard
      id="database-key"
      title="Change the database key"
      intro="If a passphrase or the printed recovery key may have been seen by someone else, or someone has left the team, give the records a new key."
    >
      <Typography sx={{ mb: 2, maxWidth: 760 }}>
        Everyone keeps their own passphrase. The old recovery key stops working and a new one is shown for you to print. A fresh backup is made
        under the new key.
      </Typography>
      <Button variant="outlined" color="error" onClick={() => setConfirming(true)}>
        Change the database key…
      </Button>
      <ConfirmDialog
        open={confirming}
        title="Change the database key?"
        confirmLabel={change.pending ? 'Changing…' : 'Change the key'}
        pending={change.pending}
        error={change.error?.message ?? null}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      >
        The records are re-encrypted with a new key. Your current recovery key will no longer open them: you will be shown a new one and must
        print it or store it safely before you go on.
      </ConfirmDialog>
    </SettingsCard>
  );
}
