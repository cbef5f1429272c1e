import type { ChannelInput, ChannelName, ChannelOutput } from './contract';
import type { IpcResult } from './result';

/** The one thing the preload exposes on `window.ipsDesk`. */
export interface IpsDeskBridge {
  invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<IpcResult<ChannelOutput<C>>>;
}

export const IPC_INVOKE_CHANNEL = 'ipsdesk:invoke';
