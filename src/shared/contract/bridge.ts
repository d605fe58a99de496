// The one object the renderer talks to (window.winkelbrug). The preload provides it over IPC in
// Electron; a WebSocket client provides it in the browser. Both deliver raw values: the renderer
// checks results and events against the contract before using them.
import type { EventChannel } from './events';
import type { RequestArgs, RequestChannel } from './requests';

// No runtime imports here: the sandboxed preload bundles this file, and it should stay tiny.

export const BRIDGE_GLOBAL = 'winkelbrug';

/** The IPC channel pair the preload uses; the contract channel travels inside the message. */
export const IPC_INVOKE = 'winkelbrug:invoke';
export const IPC_EVENT = 'winkelbrug:event';

/** The headless shell's WebSocket path. */
export const SOCKET_PATH = '/contract';

export interface WinkelbrugBridge {
  readonly transport: 'electron' | 'socket';
  /** Resolves with a reply ({ok, result} or {ok:false, error}); never rejects for a refusal. */
  invoke<C extends RequestChannel>(channel: C, args: RequestArgs<C>): Promise<unknown>;
  /** Subscribes to one event channel; returns the unsubscribe function. */
  on(channel: EventChannel, listener: (payload: unknown) => void): () => void;
}
