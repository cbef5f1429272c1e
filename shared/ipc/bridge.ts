import type { ChannelInput, ChannelName, ChannelOutput } from './contract';
import type { EventListener, EventName } from './events';
import type { IpcResult } from './result';

/** What the preload (or the e2e harness) exposes on `window.ipsDesk`: calls out, and events in. */
export interface IpsDeskBridge {
  invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<IpcResult<ChannelOutput<C>>>;
  /** Listens for an event from the main process; returns a function that stops listening. */
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void;
}

export const IPC_INVOKE_CHANNEL = 'ipsdesk:invoke';
