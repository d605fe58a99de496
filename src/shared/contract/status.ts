// What the shop owner sees of the core: the app's state, the last run, the counts and the two
// connections. Timestamps are ISO 8601 strings so the same value crosses IPC and JSON unchanged.
import { z } from 'zod';

/** Text the core hands to the UI in both languages (see src/shared/i18n/translate.ts). */
export const localizedTextSchema = z.object({ nl: z.string(), en: z.string() });

export const timestampSchema = z.iso.datetime({ offset: true });

export const APP_STATES = ['idle', 'syncing', 'paused', 'needs-setup', 'error'] as const;
export const appStateSchema = z.enum(APP_STATES);
export type AppState = z.infer<typeof appStateSchema>;

export const SERVICES = ['mijnwebwinkel', 'moneybird'] as const;
export const serviceSchema = z.enum(SERVICES);
export type Service = z.infer<typeof serviceSchema>;

export const connectionStateSchema = z.enum([
  'connected',
  'not-configured',
  'checking',
  'unreachable',
  'unauthorized',
]);
export type ConnectionState = z.infer<typeof connectionStateSchema>;

export const connectionSchema = z.object({
  state: connectionStateSchema,
  /** What is wrong and what to do, when the state is not `connected`. */
  detail: localizedTextSchema.nullable(),
  checkedAt: timestampSchema.nullable(),
});
export type Connection = z.infer<typeof connectionSchema>;

export const runTriggerSchema = z.enum(['manual', 'schedule']);
export type RunTrigger = z.infer<typeof runTriggerSchema>;

const count = z.int().nonnegative();

export const runSummarySchema = z.object({
  runId: z.string().min(1),
  trigger: runTriggerSchema,
  startedAt: timestampSchema,
  finishedAt: timestampSchema,
  outcome: z.enum(['completed', 'failed', 'cancelled']),
  booked: count,
  parked: count,
  failed: count,
  /** Why a failed run failed, or a note on a completed one. */
  message: localizedTextSchema.nullable(),
});
export type RunSummary = z.infer<typeof runSummarySchema>;

export const progressSchema = z.object({ runId: z.string().min(1), done: count, total: count });
export type Progress = z.infer<typeof progressSchema>;

export const appStatusSchema = z.object({
  state: appStateSchema,
  /** Why the app is in `error` or `needs-setup`, and what to do. */
  reason: localizedTextSchema.nullable(),
  lastRun: runSummarySchema.nullable(),
  nextRunAt: timestampSchema.nullable(),
  progress: progressSchema.nullable(),
  counts: z.object({ booked: count, parked: count, waiting: count }),
  connections: z.object({ mijnwebwinkel: connectionSchema, moneybird: connectionSchema }),
});
export type AppStatus = z.infer<typeof appStatusSchema>;

export const logLineSchema = z.object({
  /** Increases by one per line, so a client can merge the recent log with pushed lines. */
  seq: z.int().nonnegative(),
  at: timestampSchema,
  level: z.enum(['info', 'warn', 'error']),
  /** Already redacted by the core: no tokens, no secrets. */
  message: localizedTextSchema,
  orderNumber: z.string().nullable(),
});
export type LogLine = z.infer<typeof logLineSchema>;

/** Moneybird ids are 64-bit integers: they stay decimal strings. */
export const moneybirdIdSchema = z.string().regex(/^[1-9]\d{0,19}$/, 'a Moneybird id is a string of digits');

export const orderResultSchema = z.object({
  runId: z.string().min(1),
  orderNumber: z.string().min(1),
  outcome: z.enum(['booked', 'parked', 'skipped', 'failed']),
  invoiceId: moneybirdIdSchema.nullable(),
  reason: localizedTextSchema.nullable(),
});
export type OrderResult = z.infer<typeof orderResultSchema>;
