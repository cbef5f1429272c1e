import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useEffect, useId, useSyncExternalStore } from 'react';

/**
 * "Never lose typing": every form that holds typing not yet saved says so here, and whatever would throw
 * that typing away — moving to another screen or tab, closing a dialog (Esc, Cancel), Lock — asks first.
 * One store for the whole window: the router, dialogs and the Lock button all ask the same question.
 */

const unsaved = new Set<string>();

interface Question {
  title: string;
  leaveLabel: string;
  answer(leave: boolean): void;
}

let question: Question | null = null;
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function hasUnsavedChanges(): boolean {
  return unsaved.size > 0;
}

/**
 * The vault locked: every form is about to be thrown away with the session, so nothing is unsaved any more,
 * and a question still open is closed unanswered (whatever it would have done must not happen now).
 */
export function discardUnsavedChanges(): void {
  unsaved.clear();
  question?.answer(false);
  changed();
}

export interface LeaveQuestion {
  /** "Leave this page without saving?" */
  title?: string;
  /** The button that throws the typing away. */
  leaveLabel?: string;
}

/**
 * Resolves true at once when nothing is unsaved; otherwise asks, and resolves true only when the user
 * chooses to throw the typing away (which then forgets it).
 */
export function confirmLeave(options: LeaveQuestion = {}): Promise<boolean> {
  if (!hasUnsavedChanges()) return Promise.resolve(true);
  question?.answer(false);
  return new Promise((resolve) => {
    question = {
      title: options.title ?? 'Leave without saving?',
      leaveLabel: options.leaveLabel ?? 'Leave without saving',
      answer: (leave) => {
        question = null;
        if (leave) unsaved.clear();
        changed();
        resolve(leave);
      },
    };
    changed();
  });
}

/** A form says whether it holds unsaved typing; it stops counting when it is closed. */
export function useUnsavedChanges(dirty: boolean): void {
  const id = useId();
  useEffect(() => {
    if (dirty) unsaved.add(id);
    else unsaved.delete(id);
    return () => {
      unsaved.delete(id);
    };
  }, [id, dirty]);
}

/** The question itself, shown above everything (including an open dialog). Rendered once, by the app. */
export function LeaveWithoutSavingDialog() {
  const open = useSyncExternalStore(subscribe, () => question);
  return (
    <Dialog
      open={open !== null}
      onClose={() => open?.answer(false)}
      aria-labelledby="leave-unsaved-title"
      aria-describedby="leave-unsaved-text"
      // Above a form dialog that is itself open.
      sx={{ zIndex: (theme) => theme.zIndex.modal + 10 }}
    >
      <DialogTitle id="leave-unsaved-title">{open?.title}</DialogTitle>
      <DialogContent>
        <DialogContentText id="leave-unsaved-text" sx={{ color: 'text.primary' }}>
          You have typed changes that are not saved. If you go on, they will be lost.
        </DialogContentText>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2, flexWrap: 'wrap', gap: 1 }}>
        {/* Staying is the safe answer, so it has focus and Enter keeps the typing. */}
        <Button variant="contained" onClick={() => open?.answer(false)} autoFocus>
          Stay and keep my changes
        </Button>
        <Button variant="outlined" color="error" onClick={() => open?.answer(true)}>
          {open?.leaveLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
