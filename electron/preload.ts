import { contextBridge, ipcRenderer } from 'electron';
import { IPC_INVOKE_CHANNEL, type IpsDeskBridge } from '../shared/ipc/bridge';
import { events, IPC_EVENT_CHANNEL, isEventName } from '../shared/ipc/events';

/**
 * The renderer's only door to the main process: one function to call, one to listen. The channel name and
 * input are checked by electron/ipc/router.ts; events are checked against their schema here before the page
 * hears them. Nothing else (no ipcRenderer, no Node) reaches the page.
 * Bundled to CommonJS by build-electron.mjs: a sandboxed preload cannot load ES modules or local files.
 */
const bridge: IpsDeskBridge = {
  invoke: (channel, input) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, channel, input),
  on: (event, listener) => {
    const forward = (_e: unknown, name: unknown, payload: unknown) => {
      if (!isEventName(name) || name !== event) return;
      const parsed = events[event].safeParse(payload);
      if (parsed.success) listener(parsed.data as Parameters<typeof listener>[0]);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('ipsDesk', bridge);
