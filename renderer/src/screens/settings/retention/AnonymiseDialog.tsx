import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { FormAlert } from '../../../components/FormAlert';
import { clientsText } from './retention-text';

interface Props {
  count: number;
  pending: boolean;
  error: string | null;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * Asks before anonymising, saying plainly that it is one-way and what goes and what stays (shared/retention.ts
 * is the rule this describes). Cancel has focus first, so Enter never anonymises by accident.
 */
export function AnonymiseDialog({ count, pending, error, onConfirm, onCancel }: Props) {
  return (
    <Dialog open onClose={onCancel} aria-labelledby="anonymise-title" aria-describedby="anonymise-one-way" maxWidth="sm" fullWidth>
      <DialogTitle id="anonymise-title">Anonymise {clientsText(count)}?</DialogTitle>
      <DialogContent>
        <FormAlert>{error}</FormAlert>
        <Typography id="anonymise-one-way" sx={{ mb: 2, fontWeight: 700 }}>
          This cannot be undone. What is removed cannot be put back, by hand or by importing a workbook.
        </Typography>
        <Typography variant="h3" sx={{ fontSize: '1.1rem', mb: 0.5 }}>
          Removed
        </Typography>
        <ul style={{ marginTop: 0 }}>
          <li>given and family names</li>
          <li>NHS number</li>
          <li>date of birth (kept only as the age band at referral, such as 36 to 50)</li>
          <li>free text: a discharge reason typed in, and each job’s employer and job title</li>
        </ul>
        <Typography variant="h3" sx={{ fontSize: '1.1rem', mb: 0.5 }}>
          Kept
        </Typography>
        <ul style={{ marginTop: 0 }}>
          <li>the client ID, every date and code, yes/no answers, hours and scores</li>
          <li>the specialist, the referring team and the contacts log</li>
        </ul>
        <Typography sx={{ mb: 1 }}>So reports and returns give the same figures as before.</Typography>
        <Typography sx={{ color: 'text.secondary' }}>
          Backups made before now still hold the details until they are replaced in the backup rotation. The audit trail keeps its
          earlier entries.
        </Typography>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onCancel} autoFocus>
          Cancel
        </Button>
        <Button variant="contained" color="error" onClick={onConfirm} disabled={pending}>
          {pending ? 'Anonymising…' : `Anonymise ${clientsText(count)}`}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
