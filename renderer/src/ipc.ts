import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/ipc/contract';
import type { IpsDeskBridge } from '../../shared/ipc/bridge';
import type { EventListener, EventName } from '../../shared/ipc/events';
import type { IpcResult } from '../../shared/ipc/result';

declare global {
  interface Window {
    /** Exposed by the preload script (Electron) or the e2e harness; the renderer's only way out. */
    ipsDesk?: IpsDeskBridge;
  }
}

export const BRIDGE_MISSING_MESSAGE =
  'IPS Desk cannot reach its database service. Close the app and open it again; if it keeps happening, tell your IT support.';

/**
 * Calls one IPC channel. Never throws: a missing bridge or a broken transport comes back as an IpcError too.
 * Screens do not call this themselves: they go through the query layer (data/ipc-query.ts).
 */
export async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<IpcResult<ChannelOutput<C>>> {
  const bridge = window.ipsDesk;
  if (!bridge) return { ok: false, error: { code: 'internal', message: BRIDGE_MISSING_MESSAGE } };
  try {
    return await bridge.invoke(channel, input);
  } catch {
    return { ok: false, error: { code: 'internal', message: BRIDGE_MISSING_MESSAGE } };
  }
}

/** Listens for an event from the main process (shared/ipc/events.ts); returns the function that stops listening. */
export function onMainEvent<E extends EventName>(event: E, listener: EventListener<E>): () => void {
  const bridge = window.ipsDesk;
  if (!bridge) return () => undefined;
  return bridge.on(event, listener);
}
