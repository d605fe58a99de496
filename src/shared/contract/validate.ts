// Checks of everything that crosses the boundary between UI and core, shared by both shells and
// by the renderer. Each check returns a value or a Failure naming the field; none throws.
import type { z } from 'zod';
import { type AppMessageKey, app } from '../i18n/messages/app';
import { localize } from '../i18n/translate';
import { type EventChannel, type EventPayload, events, isEventChannel } from './events';
import type { Failure, Issue } from './reply';
import {
  isRequestChannel,
  type ParsedArgs,
  type RequestChannel,
  type RequestResult,
  requests,
} from './requests';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: Failure };

export function toIssues(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.map(String).join('.') : '(message)',
    message: issue.message,
  }));
}

export function describeIssues(issues: Issue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
}

/** A channel name from outside is shown in messages, so keep it short and printable. */
export function printableChannel(channel: unknown): string {
  const text = typeof channel === 'string' ? channel : (JSON.stringify(channel) ?? String(channel));
  return text.replace(/[^\x20-\x7e]/g, '?').slice(0, 60);
}

export function failure(
  code: Failure['code'],
  key: AppMessageKey,
  params: Record<string, string | number> = {},
  issues: Issue[] = [],
): Failure {
  return { code, message: localize(app, key, { ...params, issues: describeIssues(issues) }), issues };
}

export function checkRequest(
  channel: unknown,
  args: unknown,
): Checked<{ [C in RequestChannel]: { channel: C; args: ParsedArgs<C> } }[RequestChannel]> {
  if (!isRequestChannel(channel)) {
    return {
      ok: false,
      error: failure('unknown-channel', 'refused.unknownChannel', { channel: printableChannel(channel) }),
    };
  }
  const parsed = requests[channel].args.safeParse(args ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: failure('invalid-arguments', 'refused.invalidArguments', { channel }, toIssues(parsed.error)),
    };
  }
  return { ok: true, value: { channel, args: parsed.data } as never };
}

export function checkResult<C extends RequestChannel>(
  channel: C,
  result: unknown,
): Checked<RequestResult<C>> {
  const parsed = requests[channel].result.safeParse(result);
  if (!parsed.success) {
    return {
      ok: false,
      error: failure('invalid-result', 'refused.invalidResult', { channel }, toIssues(parsed.error)),
    };
  }
  return { ok: true, value: parsed.data as RequestResult<C> };
}

export function checkEvent(
  channel: unknown,
  payload: unknown,
): Checked<{ [E in EventChannel]: { channel: E; payload: EventPayload<E> } }[EventChannel]> {
  if (!isEventChannel(channel)) {
    return {
      ok: false,
      error: failure('unknown-channel', 'refused.unknownChannel', { channel: printableChannel(channel) }),
    };
  }
  const parsed = events[channel].safeParse(payload);
  if (!parsed.success) {
    return {
      ok: false,
      error: failure('malformed-message', 'refused.malformed', {}, [
        { path: 'channel', message: channel },
        ...toIssues(parsed.error),
      ]),
    };
  }
  return { ok: true, value: { channel, payload: parsed.data } as never };
}
