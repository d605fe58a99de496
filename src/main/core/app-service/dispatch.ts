// The one gate every inbound request passes, in both shells: known channel, arguments that parse,
// a handler that does not throw, a result that matches the contract. Anything else becomes a
// refusal with a logged reason. Never throws.
import type { ParsedArgs, Reply, RequestChannel, RequestResult } from '../../../shared/contract';
import { checkRequest, checkResult, failure } from '../../../shared/contract';
import type { LocalizedText } from '../../../shared/i18n/translate';
import type { Logger } from '../http/logger';
import { redactText } from '../http/redact';

/** One function per contract channel; the type makes a missing or mistyped handler a compile error. */
export type Handlers = {
  [C in RequestChannel]: (args: ParsedArgs<C>) => RequestResult<C> | Promise<RequestResult<C>>;
};

/** Where a message came from, for the log: "ipc", "socket 127.0.0.1:52314", "tray". */
export type Source = string;

export type Dispatch = (channel: unknown, args: unknown, source: Source) => Promise<Reply>;

function isLocalized(error: unknown): error is { userMessage: LocalizedText } {
  if (!error || typeof error !== 'object' || !('userMessage' in error)) return false;
  const text = (error as { userMessage: unknown }).userMessage;
  return (
    typeof text === 'object' &&
    text !== null &&
    typeof (text as LocalizedText).nl === 'string' &&
    typeof (text as LocalizedText).en === 'string'
  );
}

export function createDispatcher(handlers: Handlers, logger: Logger): Dispatch {
  return async (channel, args, source) => {
    const request = checkRequest(channel, args);
    if (!request.ok) {
      logger.log('warn', `refused request from ${source}: ${request.error.message.en}`, {
        code: request.error.code,
        issues: request.error.issues,
      });
      return { ok: false, error: request.error };
    }
    const { channel: name, args: parsed } = request.value;
    let result: unknown;
    try {
      const handler = handlers[name] as (args: unknown) => unknown;
      result = await handler(parsed);
    } catch (error) {
      const detail = redactText(error instanceof Error ? error.message : String(error));
      logger.log('error', `request ${name} from ${source} failed: ${detail}`);
      // An error that carries the owner's words (what happened, what to do) is shown as it is.
      if (isLocalized(error)) {
        return { ok: false, error: { code: 'handler-failed', message: error.userMessage, issues: [] } };
      }
      return {
        ok: false,
        error: failure('handler-failed', 'refused.handlerFailed', { channel: name, detail }),
      };
    }
    const checked = checkResult(name, result);
    if (!checked.ok) {
      logger.log('error', `result of ${name} does not match the contract: ${checked.error.message.en}`, {
        issues: checked.error.issues,
      });
      return { ok: false, error: checked.error };
    }
    return { ok: true, result: checked.value };
  };
}
