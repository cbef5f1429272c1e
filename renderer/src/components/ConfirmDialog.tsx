import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import type { ReactNode } from 'react';
import { FormAlert } from './FormAlert';

interface Props {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pending?: boolean;
  error?: string | null;
  /** Red for what destroys (the default); blue for a step that is final but not a loss, like making a review final. */
  confirmColor?: 'error' | 'primary';
  onConfirm(): void;
  onCancel(): void;
}

/** Asks before something that cannot be undone; Cancel has focus first so Enter never deletes by accident. */
export function ConfirmDialog({ open, title, children, confirmLabel, pending = false, error, confirmColor = 'error', onConfirm, onCancel }: Props) {
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby="confirm-title" aria-describedby="confirm-text">
      <DialogTitle id="confirm-title">{title}</DialogTitle>
      <DialogContent>
        <FormAlert>{error}</FormAlert>
        <DialogContentText id="confirm-text" sx={{ color: 'text.primary' }}>
          {children}
        </DialogContentText>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onCancel} autoFocus>
          Cancel
        </Button>
        <Button variant="contained" color={confirmColor} onClick={onConfirm} disabled={pending}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
