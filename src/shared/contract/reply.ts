// The answer to every request, in both shells: a result, or a refusal that says what happened and
// what to do. Requests never reject with a bare exception across the boundary.
import { z } from 'zod';
import type { RequestChannel, RequestResult } from './requests';
import { localizedTextSchema } from './status';

export const FAILURE_CODES = [
  'unknown-channel',
  'invalid-arguments',
  'invalid-result',
  'handler-failed',
  'malformed-message',
  'forbidden',
  'disconnected',
] as const;

export const issueSchema = z.object({ path: z.string(), message: z.string() });
export type Issue = z.infer<typeof issueSchema>;

export const failureSchema = z.object({
  code: z.enum(FAILURE_CODES),
  message: localizedTextSchema,
  issues: z.array(issueSchema),
});
export type Failure = z.infer<typeof failureSchema>;

export type Reply<C extends RequestChannel = RequestChannel> =
  | { ok: true; result: RequestResult<C> }
  | { ok: false; error: Failure };

/** A reply as it arrives over a wire, before its result is checked against the channel. */
export const wireReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: failureSchema }),
]);
