// The events the core pushes to the UI, each with a schema for its payload.
import { z } from 'zod';
import { notificationSchema } from './log';
import { loginProgressSchema, setupStateSchema } from './setup';
import {
  appStatusSchema,
  historyImportSchema,
  logLineSchema,
  orderResultSchema,
  progressSchema,
  runSummarySchema,
  runTriggerSchema,
  timestampSchema,
} from './status';

export const events = {
  'status.changed': appStatusSchema,
  'sync.progress': progressSchema,
  'run.started': z.object({
    runId: z.string().min(1),
    trigger: runTriggerSchema,
    startedAt: timestampSchema,
  }),
  'run.finished': runSummarySchema,
  'order.result': orderResultSchema,
  'log.line': logLineSchema,
  /** At most one per run: orders parked, a connection refused, the history import finished. */
  notification: notificationSchema,
  /** The history import moved on or changed state. */
  'import.progress': historyImportSchema,
  /** A browser login moved on: waiting, exchanging the code, connected, failed or cancelled. */
  'setup.login': loginProgressSchema,
  /** The setup changed (a connection made or removed, a choice saved, the sync started). */
  'setup.changed': setupStateSchema,
} as const satisfies Record<string, z.ZodType>;

export type EventChannel = keyof typeof events;
export const EVENT_CHANNELS = Object.keys(events) as EventChannel[];
export type EventPayload<E extends EventChannel> = z.output<(typeof events)[E]>;

/** One pushed event as it travels: the channel and its payload, discriminated by channel. */
export type CoreEvent = { [E in EventChannel]: { channel: E; payload: EventPayload<E> } }[EventChannel];

export function isEventChannel(value: unknown): value is EventChannel {
  return typeof value === 'string' && Object.hasOwn(events, value);
}
