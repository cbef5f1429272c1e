import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

/** "Delete this job?" — deleting cannot be undone, so it is always confirmed. */
export function ConfirmDeleteDialog({ what, onConfirm, onCancel, error }: { what: string; onConfirm(): void; onCancel(): void; error: string | null }) {
  return (
    <Dialog open onClose={onCancel} aria-labelledby="confirm-delete-title" aria-describedby="confirm-delete-text">
      <DialogTitle id="confirm-delete-title">Delete {what}?</DialogTitle>
      <DialogContent>
        <DialogContentText id="confirm-delete-text">This cannot be undone. Reports will no longer count it.</DialogContentText>
        {error && (
          <DialogContentText role="alert" sx={{ color: 'error.main', mt: 1 }}>
            {error}
          </DialogContentText>
        )}
      </DialogContent>
      <DialogActions sx={{ p: 2 }}>
        <Button onClick={onCancel} autoFocus>
          Keep it
        </Button>
        <Button variant="contained" color="error" onClick={onConfirm}>
          Delete
        </Button>
      </DialogActions>
    </Dialog>
  );
}
