import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { BACKUP_REASON_LABELS, formatBackupTime, formatBytes, listInWords } from './backup-text';

type Inspected = ChannelOutput<'backups.inspect'>;

/**
 * What a chosen backup file says about itself (backups.inspect), before anyone types a passphrase: when it
 * was made and why, whose passphrases open it, and whether it is of the team database on this computer.
 */
export function BackupHeaderSummary({ inspected, headingId }: { inspected: Inspected; headingId?: string }) {
  const { backup, users, sameDatabase } = inspected;
  return (
    <Box sx={{ mb: 2 }}>
      <Box
        component="dl"
        aria-labelledby={headingId}
        sx={{ m: 0, mb: 1, display: 'grid', gridTemplateColumns: { sm: 'max-content minmax(0, 1fr)' }, columnGap: 2, rowGap: 0.5, '& dt': { fontWeight: 700 }, '& dd': { m: 0, overflowWrap: 'anywhere' } }}
      >
        <dt>Made</dt>
        <dd>{formatBackupTime(backup.createdAt)}</dd>
        <dt>Why</dt>
        <dd>{BACKUP_REASON_LABELS[backup.reason]}</dd>
        <dt>Size</dt>
        <dd>{formatBytes(backup.bytes)}</dd>
        <dt>File</dt>
        <dd>{backup.file}</dd>
        <dt>Passphrases in it</dt>
        <dd>{users.length > 0 ? listInWords(users) : 'None: open it with the recovery key'}</dd>
      </Box>
      {backup.kind === 'files' ? (
        <Alert severity="info" role="none" sx={{ mb: 1 }}>
          This is a copy of the files as they were on disk, kept before an earlier restore.
        </Alert>
      ) : null}
      {sameDatabase === false ? (
        <Alert severity="warning" role="none">
          This is a backup of a different team database from the one on this computer. Restoring it replaces that one (it is backed up first).
        </Alert>
      ) : null}
      {sameDatabase === null ? (
        <Alert severity="info" role="none">
          There is no team database on this computer yet: restoring this backup makes it the team database here.
        </Alert>
      ) : null}
    </Box>
  );
}
