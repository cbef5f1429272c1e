import { contextBridge, ipcRenderer } from 'electron';
import { IPC_INVOKE_CHANNEL, type IpsDeskBridge } from '../shared/ipc/bridge';

/**
 * The renderer's only door to the main process: one function, one IPC channel. The channel name and input
 * are checked by electron/ipc/router.ts; nothing else (no ipcRenderer, no Node) reaches the page.
 * Bundled to CommonJS by build-electron.mjs: a sandboxed preload cannot load ES modules or local files.
 */
const bridge: IpsDeskBridge = {
  invoke: (channel, input) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, channel, input),
};

contextBridge.exposeInMainWorld('ipsDesk', bridge);
