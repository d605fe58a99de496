// Exposes exactly one object to the page: the bridge of the contract. It forwards requests over a
// single IPC channel (the main process checks the channel, sender and arguments) and delivers
// events the main process pushes. No Electron or Node object reaches the page.
import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, IPC_EVENT, IPC_INVOKE, type WinkelbrugBridge } from '../shared/contract/bridge';

const bridge: WinkelbrugBridge = {
  transport: 'electron',
  invoke(channel, args) {
    return ipcRenderer.invoke(IPC_INVOKE, { channel, args });
  },
  on(channel, listener) {
    const forward = (_event: IpcRendererEvent, message: unknown) => {
      if (
        typeof message === 'object' &&
        message !== null &&
        (message as { channel?: unknown }).channel === channel
      ) {
        listener((message as { payload?: unknown }).payload);
      }
    };
    ipcRenderer.on(IPC_EVENT, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT, forward);
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
