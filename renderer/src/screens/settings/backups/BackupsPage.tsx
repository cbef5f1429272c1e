import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { FormAlert } from '../../../components/FormAlert';
import { useIpcMutation, useIpcQuery } from '../../../data/ipc-query';
import { SettingsCard } from '../SettingsCard';
import { BackupList } from './BackupList';
import { BackupNowSection } from './BackupNowSection';
import { CopyFolderSection } from './CopyFolderSection';
import { RestoreDialog } from './RestoreDialog';

/**
 * Settings › Backups (the manager's): the last backup and "Back up now", the second folder, every backup
 * there is, and restoring one (listed here, or any backup file picked in the system's dialog).
 */
export function BackupsPage() {
  const status = useIpcQuery('backups.status', {});
  const choose = useIpcMutation('dialogs.chooseBackupFile');
  const [restoring, setRestoring] = useState<string | null>(null);
  const [chooseProblem, setChooseProblem] = useState<string | null>(null);

  async function chooseFile() {
    setChooseProblem(null);
    const result = await choose.run({});
    if (!result.ok) return setChooseProblem(result.error.message);
    if (result.data.path !== null) setRestoring(result.data.path);
  }

  if (!status.data) {
    return status.error ? (
      <FormAlert>{status.error.message}</FormAlert>
    ) : (
      <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <CircularProgress size={24} aria-hidden="true" />
        Reading the backups…
      </Box>
    );
  }
  const { backups, copies, unreadable, copyFolder } = status.data;
  return (
    <>
      <BackupNowSection status={status.data} />
      <CopyFolderSection copyFolder={copyFolder} />
      <SettingsCard
        id="restore"
        title="Restore a backup"
        intro="Puts the records back as they were when a backup was made, replacing what is on this computer now (which is backed up first). Use it after a mistake that cannot be put right by hand, or to move the records to a new laptop."
      >
        <BackupList headingId="backups-here-heading" heading="Backups on this computer" noun="the backup" backups={backups} empty="None yet." onRestore={(b) => setRestoring(b.file)} />
        {copyFolder !== null ? (
          <BackupList
            headingId="backups-copies-heading"
            heading={`Copies in ${copyFolder}`}
            noun="the copy"
            backups={copies}
            empty="None yet: the next backup is copied there."
            onRestore={(b) => setRestoring(b.file)}
          />
        ) : null}
        {unreadable.length > 0 ? (
          <Box sx={{ mb: 3 }}>
            <Typography variant="h3" id="backups-unreadable-heading" sx={{ fontSize: '1.15rem', fontWeight: 700, mb: 1 }}>
              Files that cannot be read
            </Typography>
            <Typography sx={{ mb: 1 }}>These look like backups but cannot be used (cut off, damaged, or on a drive that is not connected). IPS Desk never removes them.</Typography>
            <Box component="ul" aria-labelledby="backups-unreadable-heading" sx={{ m: 0, pl: 3 }}>
              {unreadable.map((file) => (
                <li key={file.file}>
                  <Box component="span" sx={{ overflowWrap: 'anywhere' }}>
                    {file.file}
                  </Box>
                  : {file.problem}
                </li>
              ))}
            </Box>
          </Box>
        ) : null}
        <FormAlert>{chooseProblem}</FormAlert>
        <Button variant="outlined" onClick={() => void chooseFile()} disabled={choose.pending}>
          Restore from a backup file…
        </Button>
      </SettingsCard>
      {restoring !== null ? <RestoreDialog file={restoring} onClose={() => setRestoring(null)} /> : null}
    </>
  );
}
