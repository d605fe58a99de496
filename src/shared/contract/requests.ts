// The allow-list of requests the UI may make of the core: each channel with a schema for its
// arguments and one for its result. Arguments are strict objects, so a stray field is refused
// rather than silently ignored. To add a channel, add an entry here and a handler in AppService;
// the type of the handler map makes the second step impossible to forget.
import { z } from 'zod';
import { appStatusSchema, localizedTextSchema, logLineSchema } from './status';

const noArgs = z.strictObject({});

export const requests = {
  'app.status': { args: noArgs, result: appStatusSchema },
  'sync.runNow': {
    args: noArgs,
    result: z.object({
      accepted: z.boolean(),
      runId: z.string().nullable(),
      /** Why a run was not started (already running, paused, not set up). */
      reason: localizedTextSchema.nullable(),
    }),
  },
  'sync.pause': { args: noArgs, result: appStatusSchema },
  'sync.resume': { args: noArgs, result: appStatusSchema },
  'log.recent': {
    args: z.strictObject({ limit: z.int().min(1).max(500).optional() }),
    result: z.object({ lines: z.array(logLineSchema) }),
  },
} as const satisfies Record<string, { args: z.ZodType; result: z.ZodType }>;

export type RequestChannel = keyof typeof requests;
export const REQUEST_CHANNELS = Object.keys(requests) as RequestChannel[];

/** What a caller passes (optional fields may be left out). */
export type RequestArgs<C extends RequestChannel> = z.input<(typeof requests)[C]['args']>;
/** What a handler receives after parsing. */
export type ParsedArgs<C extends RequestChannel> = z.output<(typeof requests)[C]['args']>;
export type RequestResult<C extends RequestChannel> = z.output<(typeof requests)[C]['result']>;

export function isRequestChannel(value: unknown): value is RequestChannel {
  return typeof value === 'string' && Object.hasOwn(requests, value);
}
