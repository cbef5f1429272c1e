import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useSyncExternalStore } from 'react';

/**
 * "Never lose typing": every form that holds typing not yet saved says so here, and whatever would throw
 * that typing away — moving to another screen or tab, closing a dialog (Esc, Cancel), Lock — asks first.
 * One store for the whole window: the router, dialogs and the Lock button all ask the same question.
 */

/** Each open form that may hold unsaved typing: the check it answers at the moment of asking, and its name. */
const unsaved = new Map<string, { check: () => boolean; name: string }>();

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
  for (const form of unsaved.values()) if (form.check()) return true;
  return false;
}

/** The names of the forms holding unsaved typing now ("Add job"), each once: what a lock tells the person it threw away. */
export function unsavedFormNames(): string[] {
  const names = new Set<string>();
  for (const form of unsaved.values()) if (form.check()) names.add(form.name);
  return [...names];
}

/**
 * A form takes part (forms/use-schema-form.ts does it for forms that ask for it): `check` says, when asked,
 * whether it holds typing not yet saved; `name` is how the person knows the form ("Add job", "Service
 * details"). Returns the function that takes it out again.
 */
export function registerUnsaved(id: string, check: () => boolean, name = 'a form'): () => void {
  const entry = { check, name };
  unsaved.set(id, entry);
  return () => {
    if (unsaved.get(id) === entry) unsaved.delete(id);
  };
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
 * chooses to throw the typing away. The caller then does what was asked (closes, navigates, locks), which
 * closes the forms: they stop counting as they go.
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
        changed();
        resolve(leave);
      },
    };
    changed();
  });
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
