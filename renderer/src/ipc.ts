import { useCallback, useState } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/ipc/contract';
import type { IpsDeskBridge } from '../../shared/ipc/bridge';
import type { IpcError, IpcResult } from '../../shared/ipc/result';

declare global {
  interface Window {
    /** Exposed by the preload script (Electron) or the e2e harness; the renderer's only way out. */
    ipsDesk?: IpsDeskBridge;
  }
}

export const BRIDGE_MISSING_MESSAGE =
  'IPS Desk cannot reach its database service. Close the app and open it again; if it keeps happening, tell your IT support.';

/** Calls one IPC channel. Never throws: a missing bridge or a broken transport comes back as an IpcError too. */
export async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<IpcResult<ChannelOutput<C>>> {
  const bridge = window.ipsDesk;
  if (!bridge) return { ok: false, error: { code: 'internal', message: BRIDGE_MISSING_MESSAGE } };
  try {
    return await bridge.invoke(channel, input);
  } catch {
    return { ok: false, error: { code: 'internal', message: BRIDGE_MISSING_MESSAGE } };
  }
}

export interface IpcCall<C extends ChannelName> {
  run(input: ChannelInput<C>): Promise<IpcResult<ChannelOutput<C>>>;
  /** True while a call is in flight, so forms can disable their submit button. */
  pending: boolean;
  /** The last failure, cleared when the next call starts. */
  error: IpcError | null;
  setError(error: IpcError | null): void;
}

/** One channel bound to a component: tracks pending and the last error for the form that uses it. */
export function useIpc<C extends ChannelName>(channel: C): IpcCall<C> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const run = useCallback(
    async (input: ChannelInput<C>) => {
      setPending(true);
      setError(null);
      const result = await call(channel, input);
      setPending(false);
      if (!result.ok) setError(result.error);
      return result;
    },
    [channel],
  );
  return { run, pending, error, setError };
}
