import { useEffect, useState } from 'react';
import type { ChannelInput } from '../../../../shared/ipc/contract';
import type { IpcError } from '../../../../shared/ipc/result';
import { useIpcMutation } from '../../data/ipc-query';
import type { ReturnPreview } from './types';

type State = { key: string; data: ReturnPreview | null; error: IpcError | null };

/**
 * The values a template will get for a period. `returns.preview` is computed afresh on every call (never
 * cached, see data/invalidation.ts), so it is called whenever what it depends on changes — template,
 * period, as-of date or the saved mapping — and only the answer to the latest question is kept.
 */
export function useReturnPreview(input: ChannelInput<'returns.preview'> | null) {
  const { run } = useIpcMutation('returns.preview');
  const key = input ? JSON.stringify(input) : '';
  const [state, setState] = useState<State | null>(null);

  useEffect(() => {
    if (!key) return;
    let latest = true;
    void run(JSON.parse(key) as ChannelInput<'returns.preview'>).then((result) => {
      if (latest) setState({ key, data: result.ok ? result.data : null, error: result.ok ? null : result.error });
    });
    return () => {
      latest = false;
    };
  }, [key, run]);

  const current = state?.key === key ? state : null;
  // While a new preview is worked out, the last one for the same template stays on screen rather than the
  // grid flashing empty; another template's values would land on the wrong cells, so those go at once.
  const sameTemplate = Boolean(input && state?.data && JSON.stringify(state.data.template.ref) === JSON.stringify(input.template));
  return { data: sameTemplate ? (state?.data ?? undefined) : undefined, error: current?.error ?? null, pending: current === null };
}
