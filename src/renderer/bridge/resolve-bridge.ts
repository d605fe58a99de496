// Picks the bridge: the preload's (Electron) if present, else a WebSocket to the headless shell.
import { BRIDGE_GLOBAL, type WinkelbrugBridge } from '../../shared/contract';
import { type ConnectionPhase, createSocketBridge, socketUrl } from './socket-bridge';

export interface ResolvedBridge {
  bridge: WinkelbrugBridge;
  onConnection(listener: (phase: ConnectionPhase) => void): () => void;
}

export function resolveBridge(): ResolvedBridge {
  const injected = (window as unknown as Record<string, WinkelbrugBridge | undefined>)[BRIDGE_GLOBAL];
  if (injected) {
    // IPC to the main process cannot drop while the window exists.
    return {
      bridge: injected,
      onConnection: (listener) => {
        listener('open');
        return () => {};
      },
    };
  }
  const socket = createSocketBridge(socketUrl(window.location));
  return { bridge: socket, onConnection: (listener) => socket.onConnection(listener) };
}
