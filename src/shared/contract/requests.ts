// The allow-list of requests the UI may make of the core: each channel with a schema for its
// arguments and one for its result. Arguments are strict objects, so a stray field is refused
// rather than silently ignored. To add a channel, add an entry here and a handler in AppService;
// the type of the handler map makes the second step impossible to forget.
import { z } from 'zod';
import {
  actionResultSchema,
  appStatusSchema,
  heldOrdersSchema,
  historyImportSchema,
  isoDateSchema,
  logLineSchema,
  orderNumberSchema,
} from './status';

const noArgs = z.strictObject({});

export const requests = {
  'app.status': { args: noArgs, result: appStatusSchema },
  /** reason: why a run was not started (paused, not set up), or that it follows the current one. */
  'sync.runNow': { args: noArgs, result: actionResultSchema },
  'sync.pause': { args: noArgs, result: appStatusSchema },
  'sync.resume': { args: noArgs, result: appStatusSchema },
  'log.recent': {
    args: z.strictObject({ limit: z.int().min(1).max(500).optional() }),
    result: z.object({ lines: z.array(logLineSchema) }),
  },
  /** Parked and waiting orders, oldest order number first. */
  'orders.list': {
    args: z.strictObject({ limit: z.int().min(1).max(500).optional() }),
    result: heldOrdersSchema,
  },
  /** Puts a parked, waiting or skipped order back in the queue and syncs. */
  'orders.retry': { args: z.strictObject({ orderNumber: orderNumberSchema }), result: actionResultSchema },
  /** The owner decided the order is not to be booked. */
  'orders.skip': { args: z.strictObject({ orderNumber: orderNumberSchema }), result: actionResultSchema },
  'import.status': { args: noArgs, result: z.object({ import: historyImportSchema.nullable() }) },
  /** Books the shop's history from a date (resumable; the same date continues where it stopped). */
  'import.start': { args: z.strictObject({ since: isoDateSchema }), result: actionResultSchema },
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
