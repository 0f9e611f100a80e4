/**
 * The whole bridge between the page and the main process: a typed `invoke` and `on`, checked against
 * the contract's channel names. `ipcRenderer` itself, and the IPC event object (which would expose the
 * sender), never reach the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { isIpcChannel, isIpcEvent } from '../../shared/ipc/channelNames';
import type { LiaisonBridge } from '../../shared/ipc/contract';

const bridge: LiaisonBridge = {
  invoke(channel, request) {
    if (!isIpcChannel(channel)) return Promise.reject(new Error(`Unknown IPC channel: ${String(channel)}`));
    return ipcRenderer.invoke(channel, request);
  },
  on(event, callback) {
    if (!isIpcEvent(event)) throw new Error(`Unknown IPC event: ${String(event)}`);
    const listener = (_event: Electron.IpcRendererEvent, payload: unknown) =>
      callback(payload as Parameters<typeof callback>[0]);
    ipcRenderer.on(event, listener);
    return () => {
      ipcRenderer.removeListener(event, listener);
    };
  },
};

contextBridge.exposeInMainWorld('liaison', bridge);
