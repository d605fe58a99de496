// The renderer's only way to the core: wraps whichever bridge the shell provided and checks every
// reply and event against the contract, so a component only ever sees well-formed values.
import {
  checkEvent,
  checkResult,
  type EventChannel,
  type EventPayload,
  failure,
  type Reply,
  type RequestArgs,
  type RequestChannel,
  toIssues,
  type WinkelbrugBridge,
  wireReplySchema,
} from '../../shared/contract';

export interface CheckedClient {
  call<C extends RequestChannel>(channel: C, args: RequestArgs<C>): Promise<Reply<C>>;
  on<E extends EventChannel>(channel: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export function createCheckedClient(bridge: WinkelbrugBridge): CheckedClient {
  return {
    async call(channel, args) {
      let raw: unknown;
      try {
        raw = await bridge.invoke(channel, args);
      } catch {
        return { ok: false, error: failure('disconnected', 'refused.disconnected', { channel }) };
      }
      const reply = wireReplySchema.safeParse(raw);
      if (!reply.success) {
        return {
          ok: false,
          error: failure('invalid-result', 'refused.invalidResult', { channel }, toIssues(reply.error)),
        };
      }
      if (!reply.data.ok) return reply.data;
      const result = checkResult(channel, reply.data.result);
      return result.ok ? { ok: true, result: result.value } : { ok: false, error: result.error };
    },
    on(channel, listener) {
      return bridge.on(channel, (payload) => {
        const checked = checkEvent(channel, payload);
        if (checked.ok) listener(checked.value.payload as EventPayload<typeof channel>);
        else console.warn(`Winkelbrug: ignored event: ${checked.error.message.en}`);
      });
    },
  };
}
