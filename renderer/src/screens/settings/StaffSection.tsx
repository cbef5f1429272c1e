import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { formatUkDate, todayIso } from '../../../../shared/dates';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { useIpcMutation, useIpcQuery } from '../../data/ipc-query';
import { StaffDialog, type StaffRow } from './StaffDialog';

type Editing = { kind: 'closed' } | { kind: 'add' } | { kind: 'edit'; row: StaffRow };

/** In post today: started (or no start recorded) and not yet left. */
export function inPost(row: StaffRow, today: string): boolean {
  return (!row.start_date || row.start_date <= today) && (!row.end_date || row.end_date >= today);
}

function byName(list: { rows: StaffRow[] }): StaffRow[] {
  return [...list.rows].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

/** Employment specialists and their hours: reports use FTE for caseload per full-time specialist. */
export function StaffSection() {
  const staff = useIpcQuery('staff.list', {}, { select: byName });
  const rows = staff.data;
  const [editing, setEditing] = useState<Editing>({ kind: 'closed' });
  const [removing, setRemoving] = useState<StaffRow | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const remove = useIpcMutation('staff.delete');
  const today = todayIso();

  async function confirmRemove() {
    if (!removing) return;
    const result = await remove.run({ id: removing.id });
    if (!result.ok) return;
    setAnnouncement(`Removed ${removing.name}.`);
    setRemoving(null);
  }

  return (
    <Paper variant="outlined" component="section" aria-labelledby="staff-heading" sx={{ p: 3, mb: 3 }}>
      <Typography variant="h2" id="staff-heading" sx={{ mb: 1 }}>
        Staff
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: 720 }}>
        Your employment specialists and their hours. Reports use each person&apos;s full-time equivalent (FTE) to work out
        caseload per full-time specialist.
      </Typography>
      <Button variant="contained" startIcon={<AddIcon aria-hidden="true" />} onClick={() => setEditing({ kind: 'add' })} sx={{ mb: 2 }}>
        Add staff member
      </Button>
      <FormAlert>{staff.error?.message}</FormAlert>
      <Typography role="status" aria-live="polite" sx={{ mb: 1 }}>
        {announcement}
      </Typography>
      {rows && rows.length === 0 ? <Typography>No staff recorded yet.</Typography> : null}
      {rows && rows.length > 0 ? (
        // Relative, so the hidden "Actions" heading stays inside the table's own scrolling on a narrow window.
        <Box sx={{ overflowX: 'auto', position: 'relative' }}>
          <Table size="small" aria-labelledby="staff-heading" sx={{ '& thead th': { fontWeight: 700 } }}>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">Name</TableCell>
                <TableCell component="th" scope="col">FTE</TableCell>
                <TableCell component="th" scope="col">Start</TableCell>
                <TableCell component="th" scope="col">End</TableCell>
                <TableCell component="th" scope="col">
                  <Box component="span" sx={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
                    Actions
                  </Box>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.id}>
                  <TableCell component="th" scope="row" sx={{ fontWeight: 700 }}>
                    {row.name}{' '}
                    {inPost(row, today) ? <Chip size="small" label="In post" color="success" sx={{ ml: 1 }} /> : <Chip size="small" label="Left" variant="outlined" sx={{ ml: 1 }} />}
                  </TableCell>
                  <TableCell>{row.fte ?? <Box component="span" sx={{ color: 'error.main' }}>Not recorded</Box>}</TableCell>
                  <TableCell>{formatUkDate(row.start_date)}</TableCell>
                  <TableCell>{formatUkDate(row.end_date)}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Button size="small" variant="outlined" aria-label={`Edit ${row.name}`} onClick={() => setEditing({ kind: 'edit', row })} sx={{ mr: 1 }}>
                      Edit
                    </Button>
                    <Button size="small" variant="outlined" color="error" aria-label={`Remove ${row.name}`} onClick={() => setRemoving(row)}>
                      Remove
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ) : null}
      {editing.kind !== 'closed' ? (
        <StaffDialog
          editing={editing.kind === 'edit' ? editing.row : null}
          onClose={() => setEditing({ kind: 'closed' })}
          onSaved={(name) => {
            setAnnouncement(editing.kind === 'edit' ? `Saved ${name}.` : `Added ${name}.`);
            setEditing({ kind: 'closed' });
          }}
        />
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={removing ? `Remove ${removing.name}?` : 'Remove staff member?'}
        confirmLabel="Remove"
        pending={remove.pending}
        error={remove.error?.message}
        onConfirm={() => void confirmRemove()}
        onCancel={() => {
          remove.reset();
          setRemoving(null);
        }}
      >
        To keep someone&apos;s history after they leave, edit them and give an end date instead. Removing cannot be undone.
      </ConfirmDialog>
    </Paper>
  );
}
