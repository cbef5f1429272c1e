import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatUkDate } from '../../../../shared/dates';
import type { DuplicateMatch } from '../../../../shared/ipc/records';
import { hrefFor } from '../../app/routes';

const WHY: Record<DuplicateMatch['reason'], string> = {
  nhs_number: 'Same NHS number',
  name_and_date_of_birth: 'Same name and date of birth',
};

interface Props {
  matches: DuplicateMatch[];
  onNewReferral(match: DuplicateMatch): void;
  onSaveAnyway(): void;
  onCancel(): void;
}

/**
 * Shown before a new client is saved when the same person may already be recorded. A re-referral becomes
 * a new episode linked to the latest earlier one, which must be discharged first.
 */
export function DuplicateMatchesDialog({ matches, onNewReferral, onSaveAnyway, onCancel }: Props) {
  // The person's latest episode: a re-referral follows it.
  const latest = [...matches].sort((a, b) => b.referral_date.localeCompare(a.referral_date))[0];
  return (
    <Dialog open onClose={onCancel} aria-labelledby="duplicate-title" aria-describedby="duplicate-text" maxWidth="md" fullWidth>
      <DialogTitle id="duplicate-title">This person may already be on your records</DialogTitle>
      <DialogContent>
        <Typography id="duplicate-text" sx={{ mb: 2 }}>
          {matches.length === 1 ? 'One earlier record matches' : `${matches.length} earlier records match`} the person you are adding.
          If they have been referred again, record a new referral so their episodes are linked.
        </Typography>
        <Table size="small" aria-label="Matching records">
          <TableHead>
            <TableRow>
              <TableCell>Client ID</TableCell>
              <TableCell>Name</TableCell>
              <TableCell>Referral date</TableCell>
              <TableCell>Discharge date</TableCell>
              <TableCell>Why it matched</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {matches.map((m) => (
              <TableRow key={m.id}>
                <TableCell>
                  <a href={hrefFor({ screen: 'client', id: m.id })}>{m.client_id}</a>
                </TableCell>
                <TableCell>{m.name || 'No name recorded'}</TableCell>
                <TableCell>{formatUkDate(m.referral_date)}</TableCell>
                <TableCell>{m.discharge_date ? formatUkDate(m.discharge_date) : 'Still open'}</TableCell>
                <TableCell>{WHY[m.reason]}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {latest && !latest.discharge_date && (
          <Typography sx={{ mt: 2 }}>
            {latest.client_id} is still open. Discharge it before recording a new referral, or open it to carry on working
            with it.
          </Typography>
        )}
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1, p: 2 }}>
        {latest?.discharge_date && (
          <Button variant="contained" onClick={() => onNewReferral(latest)}>
            Record as a new referral of this person
          </Button>
        )}
        {latest && !latest.discharge_date && (
          <Button variant="contained" href={hrefFor({ screen: 'client', id: latest.id })}>
            Open {latest.client_id}
          </Button>
        )}
        <Button variant="outlined" onClick={onSaveAnyway}>
          Save anyway as a different person
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </DialogActions>
    </Dialog>
  );
}
