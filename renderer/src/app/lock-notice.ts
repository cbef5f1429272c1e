import { useSyncExternalStore } from 'react';
import type { EventPayload } from '../../../shared/ipc/events';
import type { LockNotice } from './lock-notice-text';

/**
 * The one notice the unlock screen shows about the last lock, kept outside the session (which a lock
 * replaces) until the next unlock. A restore from Settings ends the session too, with a lock the main
 * process reports as a system lock: while one is under way, that lock is not announced as the computer
 * locking, and the restore's own notice replaces it.
 */
let notice: LockNotice | null = null;
let restoring = false;
const listeners = new Set<() => void>();

function set(next: LockNotice | null): void {
  notice = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The notice now (what the hook below renders). */
export function currentLockNotice(): LockNotice | null {
  return notice;
}

export function useLockNotice(): LockNotice | null {
  return useSyncExternalStore(subscribe, currentLockNotice);
}

/** The vault locked (session.tsx): what the person should be told, given the forms whose typing was thrown away. */
export function noteLock({ reason }: EventPayload<'vault.locked'>, discarded: readonly string[]): void {
  if (restoring) return set({ kind: 'restoring' });
  // The Lock button asked about unsaved typing first: the person knows what happened.
  if (reason === 'user') set(null);
  else set({ kind: 'locked', reason, discarded: [...discarded] });
}

/** A restore is about to replace the open database: its lock is part of it. */
export function restoreStarting(): void {
  restoring = true;
}

/**
 * The restore ended: its notice when it worked. A refusal is shown by the form that asked, unless the
 * records were already closed (the form is gone with the session): then the unlock screen says it.
 */
export function restoreEnded(outcome: { restored: LockNotice } | { problem: string }): void {
  restoring = false;
  if ('restored' in outcome) set(outcome.restored);
  else if (notice?.kind === 'restoring') set({ kind: 'restore-failed', message: outcome.problem });
}

export function clearLockNotice(): void {
  if (notice !== null) set(null);
}
