// The bridge in a browser tab served by the headless shell: the contract over a WebSocket to the
// page's own origin (the shell's cookie authenticates it). Reconnects after a drop; requests made
// while the socket is down are answered with a `disconnected` refusal instead of hanging.
import {
  type EventChannel,
  failure,
  type RequestArgs,
  type RequestChannel,
  SOCKET_PATH,
  serverMessageSchema,
  type WinkelbrugBridge,
} from '../../shared/contract';

export type ConnectionPhase = 'connecting' | 'open' | 'closed';

export interface SocketBridge extends WinkelbrugBridge {
  readonly transport: 'socket';
  onConnection(listener: (phase: ConnectionPhase) => void): () => void;
  close(): void;
}

export function socketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${SOCKET_PATH}`;
}

export function createSocketBridge(url: string): SocketBridge {
  const pending = new Map<number, { channel: string; resolve: (reply: unknown) => void }>();
  const queued: string[] = [];
  const eventListeners = new Map<string, Set<(payload: unknown) => void>>();
  const phaseListeners = new Set<(phase: ConnectionPhase) => void>();
  let nextId = 1;
  let phase: ConnectionPhase = 'connecting';
  let socket: WebSocket | null = null;
  let retryDelay = 500;
  let closedByUs = false;

  function setPhase(next: ConnectionPhase): void {
    phase = next;
    for (const listener of phaseListeners) listener(next);
  }

  function disconnectedReply(channel: string) {
    return { ok: false, error: failure('disconnected', 'refused.disconnected', { channel }) };
  }

  function connect(): void {
    setPhase('connecting');
    const ws = new WebSocket(url);
    socket = ws;
    ws.addEventListener('open', () => {
      retryDelay = 500;
      setPhase('open');
      for (const message of queued.splice(0)) ws.send(message);
    });
    ws.addEventListener('message', (event) => {
      let raw: unknown;
      try {
        raw = JSON.parse(String(event.data));
      } catch {
        return;
      }
      const parsed = serverMessageSchema.safeParse(raw);
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.type === 'reply') {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        waiting?.resolve(message.reply);
      } else if (message.type === 'event') {
        for (const listener of eventListeners.get(message.channel) ?? []) listener(message.payload);
      }
    });
    ws.addEventListener('close', () => {
      socket = null;
      queued.length = 0;
      for (const [id, waiting] of pending) {
        pending.delete(id);
        waiting.resolve(disconnectedReply(waiting.channel));
      }
      setPhase('closed');
      if (closedByUs) return;
      setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 10_000);
    });
  }

  connect();

  return {
    transport: 'socket',
    invoke<C extends RequestChannel>(channel: C, args: RequestArgs<C>): Promise<unknown> {
      if (phase === 'closed') return Promise.resolve(disconnectedReply(channel));
      const id = nextId++;
      const message = JSON.stringify({ type: 'request', id, channel, args });
      return new Promise((resolve) => {
        pending.set(id, { channel, resolve });
        if (phase === 'open' && socket) socket.send(message);
        else queued.push(message);
      });
    },
    on(channel: EventChannel, listener: (payload: unknown) => void) {
      const set = eventListeners.get(channel) ?? new Set();
      eventListeners.set(channel, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    onConnection(listener) {
      phaseListeners.add(listener);
      listener(phase);
      return () => phaseListeners.delete(listener);
    },
    close() {
      closedByUs = true;
      socket?.close();
    },
  };
}
