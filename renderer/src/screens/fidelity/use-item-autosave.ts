import { useCallback, useEffect, useRef, useState } from 'react';
import type { FidelityItemId } from '../../../../shared/fidelity';
import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import { fidelityChannels } from '../../../../shared/ipc/fidelity';
import { messageForForm } from '../../forms/form-schema';
import { useIpcMutation } from '../../data/ipc-query';

export type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'error'; message: string };
export type ItemChange = Omit<ChannelInput<'fidelity.saveItem'>, 'id' | 'item'>;
type Saved = ChannelOutput<'fidelity.saveItem'>;

/** Typing in the evidence note is saved once the typing pauses this long (and at once when the field is left). */
export const EVIDENCE_SAVE_DELAY_MS = 600;

const saveItemInput = fidelityChannels['fidelity.saveItem'].input;

/**
 * Saves one item of a draft as it changes, through `fidelity.saveItem` (the one save path): every change at
 * once, in order (one call at a time per item, so a later change never lands before an earlier one), and
 * the evidence note once typing pauses. Whatever is still waiting is sent when the item leaves the screen
 * or the page is hidden, so closing the window loses nothing typed. The state is for the "Saving… / Saved /
 * Not saved" line beside the item.
 */
export function useItemAutosave(reviewId: string, item: FidelityItemId, onSaved: (saved: Saved) => void) {
  const save = useIpcMutation('fidelity.saveItem');
  const run = save.run;
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const queue = useRef<Promise<void>>(Promise.resolve());
  const inFlight = useRef(0);
  const waiting = useRef<ItemChange | null>(null);
  const timer = useRef<number | null>(null);
  const savedCallback = useRef(onSaved);
  useEffect(() => {
    savedCallback.current = onSaved;
  }, [onSaved]);

  const send = useCallback(
    (change: ItemChange) => {
      const input = { id: reviewId, item, ...change };
      // The channel's own schema: a note too long is refused here, beside the item, before any call.
      const checked = saveItemInput.safeParse(input);
      if (!checked.success) {
        setState({ status: 'error', message: messageForForm(checked.error.issues[0]?.message ?? 'This change cannot be saved') });
        return;
      }
      inFlight.current += 1;
      setState({ status: 'saving' });
      queue.current = queue.current.then(async () => {
        const result = await run(input);
        inFlight.current -= 1;
        if (!result.ok) {
          setState({ status: 'error', message: result.error.message });
          return;
        }
        savedCallback.current(result.data);
        if (inFlight.current === 0 && waiting.current === null) setState({ status: 'saved' });
      });
    },
    [reviewId, item, run],
  );

  const flush = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const change = waiting.current;
    waiting.current = null;
    if (change) send(change);
  }, [send]);

  /** For typing: merged with anything still waiting, sent once typing pauses. */
  const sendSoon = useCallback(
    (change: ItemChange) => {
      waiting.current = { ...waiting.current, ...change };
      setState({ status: 'saving' });
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, EVIDENCE_SAVE_DELAY_MS);
    },
    [flush],
  );

  /** A change made with one action (a score, a tick): sent at once, after anything typed before it. */
  const sendNow = useCallback(
    (change: ItemChange) => {
      flush();
      send(change);
    },
    [flush, send],
  );

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return { state, sendNow, sendSoon, flush };
}
