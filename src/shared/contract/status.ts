// What the shop owner sees of the core: the app's state, the last run, the counts and the two
// connections. Timestamps are ISO 8601 strings so the same value crosses IPC and JSON unchanged.
import { z } from 'zod';

/** Text the core hands to the UI in both languages (see src/shared/i18n/translate.ts). */
export const localizedTextSchema = z.object({ nl: z.string(), en: z.string() });

export const timestampSchema = z.iso.datetime({ offset: true });

/**
 * `not-synced`: set up and waiting for its first run (nothing was compared with the shop yet, so
 * not "up to date"); `idle`: the last run finished and nothing is running.
 */
export const APP_STATES = ['idle', 'not-synced', 'syncing', 'paused', 'needs-setup', 'error'] as const;
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

/** What started a run: the owner, the schedule, or a history import the owner started. */
export const runTriggerSchema = z.enum(['manual', 'schedule', 'import']);
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
  /** Booked orders the run found cancelled in the shop since (they wait for the owner now); absent: none. */
  calledOff: count.optional(),
  /** Why a failed run failed, or a note on a completed one. */
  message: localizedTextSchema.nullable(),
});
export type RunSummary = z.infer<typeof runSummarySchema>;

export const progressSchema = z.object({
  runId: z.string().min(1),
  done: count,
  total: count,
  /** Estimated time left in ms (Moneybird's request budget included), when known. */
  remainingMs: count.nullable().optional(),
});
export type Progress = z.infer<typeof progressSchema>;

export const appStatusSchema = z.object({
  state: appStateSchema,
  /** Why the app is in `error` or `needs-setup`, and what to do. */
  reason: localizedTextSchema.nullable(),
  lastRun: runSummarySchema.nullable(),
  nextRunAt: timestampSchema.nullable(),
  progress: progressSchema.nullable(),
  counts: z.object({
    booked: count,
    parked: count,
    waiting: count,
    /** Booked, but a comparison found the invoice deleted in Moneybird since (not among `booked`). */
    deleted: count,
    /**
     * Of `booked`, those the shop called off since, no credit covering them: their invoice is in
     * Moneybird still, so they are among the booked, and they need the owner.
     */
    cancelled: count,
    /**
     * Of `booked`, those booked in another Moneybird administration than the connected one (before
     * the owner switched); absent: none.
     */
    bookedElsewhere: count.optional(),
  }),
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
  /** waiting: failed for now, tried again by itself later. */
  outcome: z.enum(['booked', 'parked', 'skipped', 'waiting', 'failed']),
  invoiceId: moneybirdIdSchema.nullable(),
  reason: localizedTextSchema.nullable(),
});
export type OrderResult = z.infer<typeof orderResultSchema>;

/** The longest order number Winkelbrug keeps, in characters. */
export const ORDER_NUMBER_MAX_LENGTH = 64;

/**
 * One character of an order number other than a space: no control, format (bidirectional overrides,
 * zero-width characters), surrogate or private-use character and no separator, since those can make
 * one number look like another, or like something else, on screen and in a log.
 */
const ORDER_NUMBER = /^[^\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Z}](?: ?[^\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Z}])*$/u;

/**
 * Whether `text` is an order number as Winkelbrug keeps it: the shop's own text (letters of any
 * script, digits, punctuation, single spaces inside), trimmed, at most 64 characters. The order
 * parsing of the core applies the same rule, so every order the engine can park (by its number) can
 * also be retried and skipped through the contract.
 */
export function isOrderNumber(text: string): boolean {
  return ORDER_NUMBER.test(text) && [...text].length <= ORDER_NUMBER_MAX_LENGTH;
}

/** Order numbers come from the shop: see isOrderNumber. */
export const orderNumberSchema = z
  .string()
  .refine(isOrderNumber, 'an order number is 1 to 64 printable characters, single spaces only inside');

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(
    (text) =>
      !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) &&
      new Date(`${text}T00:00:00Z`).toISOString().startsWith(text),
    'not a calendar date',
  );

/** The parts of Settings → Bookkeeping; a parked order whose cause is a setting links to its part. */
export const MAPPING_SECTIONS = ['revenue', 'taxRates', 'payments', 'rounding', 'invoice'] as const;
export const mappingSectionSchema = z.enum(MAPPING_SECTIONS);
export type MappingSection = z.infer<typeof mappingSectionSchema>;

/** An order the owner may act on: parked (needs the owner) or waiting (Winkelbrug tries again). */
export const heldOrderSchema = z.object({
  orderNumber: z.string().min(1),
  orderDate: z.string().nullable(),
  /** On a credit order: the order it credits (the heading calls it a credit order). */
  creditedOrderNumber: z.string().nullable(),
  /** Why it is held and what to do, from the core. */
  reason: localizedTextSchema.nullable(),
  reasonCode: z.string().nullable(),
  /** The part of Settings that fixes it, when a missing or wrong setting is the cause. */
  settingsSection: mappingSectionSchema.nullable(),
  /**
   * True when the setting that fixes it (`settingsSection`) has been made since it was parked, so a
   * retry may book it now; absent or false when not, or when that cannot be told.
   */
  settingMade: z.boolean().optional(),
  /** The Moneybird invoice the owner may take over as the order's booking (orders.takeOverInvoice). */
  invoiceToTakeOver: z.string().nullable(),
  /** When Winkelbrug tries again by itself; null: with the next sync. */
  nextAttemptAt: timestampSchema.nullable(),
  attempts: count,
  /** Since when it is held: its last step (a setting changed before this did not fix it). */
  heldSince: timestampSchema,
});
export type HeldOrder = z.infer<typeof heldOrderSchema>;

export const heldOrdersSchema = z.object({
  parked: z.array(heldOrderSchema),
  waiting: z.array(heldOrderSchema),
  /** All held orders, also those beyond the list's limit. */
  parkedTotal: count,
  waitingTotal: count,
});
export type HeldOrders = z.infer<typeof heldOrdersSchema>;

/**
 * What came of a completed history import's orders, as the journal has them now: booked, skipped,
 * waiting for the owner (parked) or to be tried again by Winkelbrug; and, when its period reaches
 * into VAT returns that were due when it finished (those over the orders up to `until`), how many of
 * the booked count in them (0: they did not change).
 */
export const importOutcomeSchema = z.object({
  booked: count,
  skipped: count,
  parked: count,
  waiting: count,
  dueReturn: z.object({ booked: count, until: isoDateSchema }).nullable(),
});
export type ImportOutcome = z.infer<typeof importOutcomeSchema>;

/** The history import: from which date, how far, and about how long it still takes. */
export const historyImportSchema = z.object({
  since: z.string(),
  /** The last day of its period (the day before the start date it found); null: none, up to today. */
  until: isoDateSchema.nullable(),
  /** Never 'failed': a run that fails leaves it running, and the next run goes on with it. */
  status: z.enum(['running', 'paused', 'completed']),
  done: count,
  total: count.nullable(),
  remainingMs: count.nullable(),
  /** Why a paused import stopped (the blocker of the run that paused it); null otherwise. */
  error: localizedTextSchema.nullable(),
  startedAt: timestampSchema,
  finishedAt: timestampSchema.nullable(),
  /** Once completed; null before. */
  outcome: importOutcomeSchema.nullable(),
});
export type HistoryImport = z.infer<typeof historyImportSchema>;

/** The answer to an action that may start a run (retry, skip, import). */
export const actionResultSchema = z.object({
  accepted: z.boolean(),
  runId: z.string().nullable(),
  /** Why it was refused, or a note (e.g. it runs after the current sync). */
  reason: localizedTextSchema.nullable(),
});
export type ActionResult = z.infer<typeof actionResultSchema>;
