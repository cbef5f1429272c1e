import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { BackupInfo } from '../../../../../shared/ipc/backups';
import { BACKUP_REASON_LABELS, formatBackupTime, formatBytes } from '../../backups/backup-text';
import { visuallyHidden } from '../visually-hidden';

interface Props {
  /** Names the table (and is the id of the heading above it). */
  headingId: string;
  heading: string;
  backups: readonly BackupInfo[];
  empty: string;
  /** "the backup", "the copy": what each Restore button restores, for screen readers. */
  noun: string;
  onRestore(backup: BackupInfo): void;
}

/** One folder's backups, newest first, each restorable from here. */
export function BackupList({ headingId, heading, backups, empty, noun, onRestore }: Props) {
  return (
    <Box sx={{ mb: 3 }}>
      <Typography variant="h3" id={headingId} sx={{ fontSize: '1.15rem', fontWeight: 700, mb: 1 }}>
        {heading}
      </Typography>
      {backups.length === 0 ? (
        <Typography>{empty}</Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-labelledby={headingId} sx={{ '& thead th': { fontWeight: 700 } }}>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">Made</TableCell>
                <TableCell component="th" scope="col">Why</TableCell>
                <TableCell component="th" scope="col" align="right">Size</TableCell>
                <TableCell component="th" scope="col">File</TableCell>
                <TableCell component="th" scope="col">
                  <Box component="span" sx={visuallyHidden}>
                    Actions
                  </Box>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {backups.map((backup) => (
                <TableRow key={backup.file}>
                  <TableCell component="th" scope="row" sx={{ fontWeight: 700, whiteSpace: 'nowrap' }}>
                    {formatBackupTime(backup.createdAt)}
                  </TableCell>
                  <TableCell>{BACKUP_REASON_LABELS[backup.reason]}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {formatBytes(backup.bytes)}
                  </TableCell>
                  <TableCell sx={{ overflowWrap: 'anywhere', fontSize: '0.9rem' }}>{backup.fileName}</TableCell>
                  <TableCell align="right">
                    <Button size="small" variant="outlined" aria-label={`Restore ${noun} made ${formatBackupTime(backup.createdAt)}`} onClick={() => onRestore(backup)}>
                      Restore…
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
}
