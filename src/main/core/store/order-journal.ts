// The order journal: one row per shop order, the exactly-once record of its booking. A row exists
// before the first Moneybird write; every step afterwards is a compare-and-set from the state the
// caller saw, inside a transaction, so two actors (a run and the owner pressing "retry") can never
// both move the same order, and a confirmed Moneybird id, once stored, is never silently replaced.
import type { Database, Statement } from 'better-sqlite3';
import { z } from 'zod';
import type { LocalizedText } from '../../../shared/i18n/translate';
import { type Decimal, parseDecimal, toPlain } from '../money/decimal';
import { JournalTransitionError } from './errors';
import {
  ACTIONABLE_STATES,
  BOOKING_STYLES,
  type BookingStyle,
  hasMoneybirdWrites,
  isProgress,
  JOURNAL_STATES,
  type JournalState,
  PROGRESS_STEPS,
  type Progress,
  REQUIRED_IDS,
  resumeTarget,
  transitionProblem,
  WRITE_INTENTS,
  type WriteIntent,
} from './journal-states';

/** The shop's VAT for one rate, as the order states it. */
export interface VatAmount {
  rate: Decimal;
  amount: Decimal;
}

/** Why an order is parked, waiting, or skipped: a code for programs, text for the owner. */
export interface JournalReason {
  code: string;
  message: LocalizedText;
  details?: Record<string, unknown> | null;
}

export interface MoneybirdIds {
  contactId: string | null;
  invoiceId: string | null;
  paymentId: string | null;
}

export interface JournalEntry {
  orderNumber: string;
  state: JournalState;
  /** The last confirmed step; where a parked or waiting order resumes. */
  progress: Progress;
  bookingStyle: BookingStyle | null;
  /** The order's date, YYYY-MM-DD. */
  orderDate: string | null;
  /** On a credit order: the order it credits. */
  creditedOrderNumber: string | null;
  /** The reference the booking carries in Moneybird; how an uncertain create is found again. */
  reference: string | null;
  vatTreatment: string | null;
  currency: string | null;
  shopTotal: Decimal | null;
  shopVat: VatAmount[] | null;
  moneybird: MoneybirdIds;
  reason: JournalReason | null;
  /** A Moneybird write begun at the current step whose outcome is not confirmed yet. */
  writeIntent: WriteIntent | null;
  /** Failed attempts at the current step. */
  attempts: number;
  nextAttemptAt: number | null;
  createdAt: number;
  updatedAt: number;
  bookedAt: number | null;
}

/** Facts about an order that may be filled in or corrected while nothing contradicts them. */
export interface JournalPatch {
  bookingStyle?: BookingStyle;
  orderDate?: string | null;
  creditedOrderNumber?: string | null;
  reference?: string;
  vatTreatment?: string | null;
  currency?: string | null;
  shopTotal?: Decimal | null;
  shopVat?: VatAmount[] | null;
  contactId?: string;
  invoiceId?: string;
  paymentId?: string;
}

export interface NewJournalEntry extends JournalPatch {
  orderNumber: string;
  state?: 'discovered' | 'pending';
}

export interface TransitionRequest {
  /** The state the caller saw; the step is refused if the order is no longer in it. */
  from: JournalState;
  to: JournalState;
  patch?: JournalPatch;
  /** Required when parking or waiting; optional when skipping. Cleared when the booking goes on. */
  reason?: JournalReason;
  /** Required when waiting: when the next attempt is due (ms since the epoch). */
  nextAttemptAt?: number;
  /** On resume: start counting failed attempts afresh (the owner fixed the cause). */
  resetAttempts?: boolean;
  /** On a confirmed step: the next Moneybird write, announced in the same transaction. */
  intent?: WriteIntent;
}

export type JournalCounts = Record<JournalState, number>;

export interface OrderJournal {
  /** Inserts the order if the journal does not know it yet; an existing row is returned unchanged. */
  record(entry: NewJournalEntry): { created: boolean; entry: JournalEntry };
  get(orderNumber: string): JournalEntry | undefined;
  findByReference(reference: string): JournalEntry | undefined;
  /** The compare-and-set every step goes through. Throws JournalTransitionError when refused. */
  transition(orderNumber: string, request: TransitionRequest): JournalEntry;
  /**
   * A confirmed booking step, with the Moneybird ids it produced; `intent` announces the next write
   * in the same transaction.
   */
  advance(
    orderNumber: string,
    from: JournalState,
    to: Progress,
    patch?: JournalPatch,
    intent?: WriteIntent,
  ): JournalEntry;
  park(orderNumber: string, from: JournalState, reason: JournalReason): JournalEntry;
  waitForRetry(
    orderNumber: string,
    from: JournalState,
    reason: JournalReason,
    nextAttemptAt: number,
  ): JournalEntry;
  skip(orderNumber: string, from: JournalState, reason?: JournalReason): JournalEntry;
  /** Back from parked, waiting or skipped to the last confirmed step. */
  resume(
    orderNumber: string,
    from: 'parked' | 'waiting_transient' | 'skipped',
    options?: { resetAttempts?: boolean },
  ): JournalEntry;
  /**
   * Records, before a Moneybird write, that it is about to happen (the order must still be in
   * `expected`). Cleared by the next confirmed step; kept while the order parks or waits.
   */
  intendWrite(orderNumber: string, expected: JournalState, intent: WriteIntent): JournalEntry;
  /** Fills in or corrects facts without changing state; the same set-once rules apply. */
  amend(orderNumber: string, expected: JournalState, patch: JournalPatch): JournalEntry;
  /**
   * Orders a run should work on now, oldest first: those in a booking step, and those waiting
   * whose retry time has come. A credit order waits while its original is still on its way.
   */
  due(now: number, limit: number): JournalEntry[];
  list(options: {
    states?: readonly JournalState[];
    limit: number;
    afterOrderNumber?: string;
  }): JournalEntry[];
  counts(): JournalCounts;
  /** The earliest retry time among waiting orders, or null. */
  nextRetryAt(): number | null;
}

const decimalText = z.string().transform((text, ctx) => {
  try {
    return parseDecimal(text);
  } catch {
    ctx.addIssue({ code: 'custom', message: `not a decimal: ${text}` });
    return z.NEVER;
  }
});

const jsonText = <T extends z.ZodType>(schema: T) =>
  z.string().transform((text, ctx): z.infer<T> => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not JSON' });
      return z.NEVER;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, code: 'custom' });
      return z.NEVER;
    }
    return parsed.data;
  });

const rowSchema = z.object({
  order_number: z.string().min(1),
  state: z.enum(JOURNAL_STATES),
  progress: z.enum(PROGRESS_STEPS),
  booking_style: z.enum(BOOKING_STYLES).nullable(),
  order_date: z.string().nullable(),
  credited_order_number: z.string().nullable(),
  reference: z.string().nullable(),
  vat_treatment: z.string().nullable(),
  currency: z.string().nullable(),
  shop_total: decimalText.nullable(),
  shop_vat: jsonText(z.array(z.object({ rate: decimalText, amount: decimalText }))).nullable(),
  moneybird_contact_id: z.string().nullable(),
  moneybird_invoice_id: z.string().nullable(),
  moneybird_payment_id: z.string().nullable(),
  reason_code: z.string().nullable(),
  reason_nl: z.string().nullable(),
  reason_en: z.string().nullable(),
  reason_details: jsonText(z.record(z.string(), z.unknown())).nullable(),
  write_intent: z.enum(WRITE_INTENTS).nullable(),
  attempts: z.int().nonnegative(),
  next_attempt_at: z.int().nullable(),
  created_at: z.int(),
  updated_at: z.int(),
  booked_at: z.int().nullable(),
});

/** A journal row that does not match the schema (the file was edited or damaged). */
export class JournalRowError extends Error {
  constructor(
    readonly orderNumber: string,
    readonly field: string,
    problem: string,
  ) {
    super(`Journal row for order ${orderNumber} is invalid at ${field}: ${problem}`);
    this.name = 'JournalRowError';
  }
}

function fromRow(row: unknown): JournalEntry {
  const parsed = rowSchema.safeParse(row);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const orderNumber =
      row && typeof row === 'object' && 'order_number' in row ? String(row.order_number) : '?';
    throw new JournalRowError(orderNumber, issue?.path.join('.') || '?', issue?.message ?? 'invalid');
  }
  const r = parsed.data;
  return {
    orderNumber: r.order_number,
    state: r.state,
    progress: r.progress,
    bookingStyle: r.booking_style,
    orderDate: r.order_date,
    creditedOrderNumber: r.credited_order_number,
    reference: r.reference,
    vatTreatment: r.vat_treatment,
    currency: r.currency,
    shopTotal: r.shop_total,
    shopVat: r.shop_vat,
    moneybird: {
      contactId: r.moneybird_contact_id,
      invoiceId: r.moneybird_invoice_id,
      paymentId: r.moneybird_payment_id,
    },
    reason:
      r.reason_code === null
        ? null
        : {
            code: r.reason_code,
            message: { nl: r.reason_nl ?? '', en: r.reason_en ?? '' },
            details: r.reason_details,
          },
    writeIntent: r.write_intent,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    bookedAt: r.booked_at,
  };
}

function toRow(entry: JournalEntry): Record<string, string | number | null> {
  return {
    order_number: entry.orderNumber,
    state: entry.state,
    progress: entry.progress,
    booking_style: entry.bookingStyle,
    order_date: entry.orderDate,
    credited_order_number: entry.creditedOrderNumber,
    reference: entry.reference,
    vat_treatment: entry.vatTreatment,
    currency: entry.currency,
    shop_total: entry.shopTotal === null ? null : toPlain(entry.shopTotal),
    shop_vat:
      entry.shopVat === null
        ? null
        : JSON.stringify(entry.shopVat.map((v) => ({ rate: toPlain(v.rate), amount: toPlain(v.amount) }))),
    moneybird_contact_id: entry.moneybird.contactId,
    moneybird_invoice_id: entry.moneybird.invoiceId,
    moneybird_payment_id: entry.moneybird.paymentId,
    reason_code: entry.reason?.code ?? null,
    reason_nl: entry.reason?.message.nl ?? null,
    reason_en: entry.reason?.message.en ?? null,
    reason_details: entry.reason?.details ? JSON.stringify(entry.reason.details) : null,
    write_intent: entry.writeIntent,
    attempts: entry.attempts,
    next_attempt_at: entry.nextAttemptAt,
    created_at: entry.createdAt,
    updated_at: entry.updatedAt,
    booked_at: entry.bookedAt,
  };
}

const COLUMNS = [
  'order_number',
  'state',
  'progress',
  'booking_style',
  'order_date',
  'credited_order_number',
  'reference',
  'vat_treatment',
  'currency',
  'shop_total',
  'shop_vat',
  'moneybird_contact_id',
  'moneybird_invoice_id',
  'moneybird_payment_id',
  'reason_code',
  'reason_nl',
  'reason_en',
  'reason_details',
  'write_intent',
  'attempts',
  'next_attempt_at',
  'created_at',
  'updated_at',
  'booked_at',
] as const;

const SET_ONCE = [
  ['contactId', 'contact'],
  ['invoiceId', 'invoice'],
  ['paymentId', 'payment'],
] as const;

/** Applies a patch to an entry, refusing to overwrite a confirmed fact with a different one. */
function applyPatch(entry: JournalEntry, patch: JournalPatch): JournalEntry {
  const next: JournalEntry = { ...entry, moneybird: { ...entry.moneybird } };
  for (const [key, what] of SET_ONCE) {
    const proposed = patch[key];
    if (proposed === undefined) continue;
    const existing = entry.moneybird[key];
    if (existing !== null && existing !== proposed) {
      throw new JournalTransitionError('id-conflict', entry.orderNumber, { what, existing, proposed });
    }
    next.moneybird[key] = proposed;
  }
  if (patch.reference !== undefined) {
    if (entry.reference !== null && entry.reference !== patch.reference) {
      throw new JournalTransitionError('id-conflict', entry.orderNumber, {
        what: 'reference',
        existing: entry.reference,
        proposed: patch.reference,
      });
    }
    next.reference = patch.reference;
  }
  if (patch.bookingStyle !== undefined && patch.bookingStyle !== entry.bookingStyle) {
    if (entry.bookingStyle !== null && hasMoneybirdWrites(entry.progress)) {
      throw new JournalTransitionError('illegal', entry.orderNumber, {
        from: entry.state,
        to: entry.state,
        detail: 'the booking style cannot change once Moneybird holds part of the booking',
      });
    }
    next.bookingStyle = patch.bookingStyle;
  }
  if (patch.orderDate !== undefined) next.orderDate = patch.orderDate;
  if (patch.creditedOrderNumber !== undefined) next.creditedOrderNumber = patch.creditedOrderNumber;
  if (patch.vatTreatment !== undefined) next.vatTreatment = patch.vatTreatment;
  if (patch.currency !== undefined) next.currency = patch.currency;
  if (patch.shopTotal !== undefined) next.shopTotal = patch.shopTotal;
  if (patch.shopVat !== undefined) next.shopVat = patch.shopVat;
  return next;
}

function checkOrderNumber(orderNumber: string): void {
  if (typeof orderNumber !== 'string' || orderNumber.trim() === '') {
    throw new TypeError(`An order number must be a non-empty string, got ${JSON.stringify(orderNumber)}`);
  }
}

const actionable = ACTIONABLE_STATES.map((s) => `'${s}'`).join(', ');

/**
 * The orders a run works on (parameters @now, @limit). A credit follows its original: it is held
 * back while the original is still being booked, parked or waiting. Each half uses the state index.
 */
export const DUE_ORDERS_SQL = `SELECT * FROM (
    SELECT j.*, j.rowid AS seq FROM order_journal j WHERE j.state IN (${actionable})
    UNION ALL
    SELECT j.*, j.rowid AS seq FROM order_journal j
      WHERE j.state = 'waiting_transient' AND j.next_attempt_at <= @now
  ) j
  WHERE j.credited_order_number IS NULL OR NOT EXISTS (
    SELECT 1 FROM order_journal o
    WHERE o.order_number = j.credited_order_number AND o.state NOT IN ('done', 'skipped', 'discovered'))
  ORDER BY seq LIMIT @limit`;

export function createOrderJournal(db: Database, now: () => number = Date.now): OrderJournal {
  const columnList = COLUMNS.join(', ');
  const insert = db.prepare(
    `INSERT INTO order_journal (${columnList}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})
     ON CONFLICT (order_number) DO NOTHING`,
  );
  const update = db.prepare(
    `UPDATE order_journal SET ${COLUMNS.filter((c) => c !== 'order_number' && c !== 'created_at')
      .map((c) => `${c} = @${c}`)
      .join(', ')}
     WHERE order_number = @order_number AND state = @expected_state`,
  );
  const byNumber = db.prepare('SELECT * FROM order_journal WHERE order_number = ?');
  const byReference = db.prepare('SELECT * FROM order_journal WHERE reference = ?');
  const dueStatement = db.prepare(DUE_ORDERS_SQL);
  const countStatement = db.prepare('SELECT state, count(*) AS n FROM order_journal GROUP BY state');
  const nextRetryStatement = db
    .prepare("SELECT min(next_attempt_at) FROM order_journal WHERE state = 'waiting_transient'")
    .pluck();
  const listStatements = new Map<string, Statement>();

  const load = (orderNumber: string): JournalEntry => {
    const row = byNumber.get(orderNumber);
    if (!row) throw new JournalTransitionError('not-found', orderNumber, {});
    return fromRow(row);
  };

  const write = (entry: JournalEntry, expected: JournalState): JournalEntry => {
    const result = update.run({ ...toRow(entry), expected_state: expected });
    // Inside the transaction the row was just read in `expected`; this guards the invariant anyway.
    if (result.changes !== 1) {
      throw new JournalTransitionError('conflict', entry.orderNumber, { expected, actual: '?' });
    }
    return entry;
  };

  const transitionTx = db.transaction((orderNumber: string, request: TransitionRequest): JournalEntry => {
    const current = load(orderNumber);
    const { from, to } = request;
    if (current.state !== from) {
      throw new JournalTransitionError('conflict', orderNumber, { expected: from, actual: current.state });
    }
    const refuse = (detail: string) =>
      new JournalTransitionError('illegal', orderNumber, { from, to, detail });
    let next = applyPatch(current, request.patch ?? {});
    const problem = transitionProblem(next, to);
    if (problem) throw refuse(problem);

    const time = now();
    next = { ...next, state: to, updatedAt: time };
    if (to === 'parked' || to === 'waiting_transient') {
      if (!request.reason) throw refuse('a reason is required');
      next.reason = request.reason;
      if (to === 'waiting_transient') {
        if (request.nextAttemptAt === undefined || !Number.isFinite(request.nextAttemptAt)) {
          throw refuse('the time of the next attempt is required');
        }
        next.attempts = current.attempts + 1;
        next.nextAttemptAt = Math.trunc(request.nextAttemptAt);
      } else {
        next.nextAttemptAt = null;
      }
    } else if (to === 'skipped') {
      next.reason = request.reason ?? current.reason;
      next.nextAttemptAt = null;
    } else {
      // A step of the booking: confirmed progress.
      const resuming = resumeTarget(current) === to;
      next.progress = to as Progress;
      next.reason = null;
      next.nextAttemptAt = null;
      if (!resuming) {
        next.attempts = 0;
        // The write the intent announced is confirmed by this very step; the next may be announced.
        next.writeIntent = request.intent ?? null;
      } else if (request.resetAttempts) next.attempts = 0;
      const required = REQUIRED_IDS[to as Progress];
      if (required && next.moneybird[required] === null) {
        throw refuse(`the Moneybird ${required} must be known`);
      }
      if (to === 'done') next.bookedAt = time;
    }
    return write(next, from);
  });

  const amendTx = db.transaction((orderNumber: string, expected: JournalState, patch: JournalPatch) => {
    const current = load(orderNumber);
    if (current.state !== expected) {
      throw new JournalTransitionError('conflict', orderNumber, { expected, actual: current.state });
    }
    if (current.state === 'done') {
      throw new JournalTransitionError('illegal', orderNumber, {
        from: expected,
        to: expected,
        detail: 'a booked order does not change',
      });
    }
    return write({ ...applyPatch(current, patch), updatedAt: now() }, expected);
  });

  const intendTx = db.transaction((orderNumber: string, expected: JournalState, intent: WriteIntent) => {
    const current = load(orderNumber);
    if (current.state !== expected) {
      throw new JournalTransitionError('conflict', orderNumber, { expected, actual: current.state });
    }
    if (!isProgress(current.state) || current.state === 'done') {
      throw new JournalTransitionError('illegal', orderNumber, {
        from: expected,
        to: expected,
        detail: 'a write is only begun at a booking step',
      });
    }
    if (current.writeIntent === intent) return current;
    return write({ ...current, writeIntent: intent, updatedAt: now() }, expected);
  });

  const recordTx = db.transaction((entry: NewJournalEntry) => {
    checkOrderNumber(entry.orderNumber);
    const state = entry.state ?? 'discovered';
    const time = now();
    const blank: JournalEntry = {
      orderNumber: entry.orderNumber,
      state,
      progress: state,
      bookingStyle: null,
      orderDate: null,
      creditedOrderNumber: null,
      reference: null,
      vatTreatment: null,
      currency: null,
      shopTotal: null,
      shopVat: null,
      moneybird: { contactId: null, invoiceId: null, paymentId: null },
      reason: null,
      writeIntent: null,
      attempts: 0,
      nextAttemptAt: null,
      createdAt: time,
      updatedAt: time,
      bookedAt: null,
    };
    const existing = byNumber.get(entry.orderNumber);
    if (existing) return { created: false, entry: fromRow(existing) };
    const { orderNumber: _n, state: _s, ...patch } = entry;
    const filled = applyPatch(blank, patch);
    if (state === 'pending' && filled.bookingStyle === null) {
      throw new JournalTransitionError('illegal', entry.orderNumber, {
        from: 'discovered',
        to: 'pending',
        detail: 'the booking style must be chosen when an order becomes pending',
      });
    }
    insert.run(toRow(filled));
    return { created: true, entry: filled };
  });

  const journal: OrderJournal = {
    record: (entry) => recordTx.immediate(entry),
    get: (orderNumber) => {
      const row = byNumber.get(orderNumber);
      return row ? fromRow(row) : undefined;
    },
    findByReference: (reference) => {
      const row = byReference.get(reference);
      return row ? fromRow(row) : undefined;
    },
    transition: (orderNumber, request) => transitionTx.immediate(orderNumber, request),
    advance: (orderNumber, from, to, patch, intent) =>
      journal.transition(orderNumber, { from, to, patch, intent }),
    park: (orderNumber, from, reason) => journal.transition(orderNumber, { from, to: 'parked', reason }),
    waitForRetry: (orderNumber, from, reason, nextAttemptAt) =>
      journal.transition(orderNumber, { from, to: 'waiting_transient', reason, nextAttemptAt }),
    skip: (orderNumber, from, reason) => journal.transition(orderNumber, { from, to: 'skipped', reason }),
    resume: (orderNumber, from, options = {}) => {
      const current = load(orderNumber);
      const to = resumeTarget(current) ?? current.progress;
      return journal.transition(orderNumber, { from, to, resetAttempts: options.resetAttempts });
    },
    intendWrite: (orderNumber, expected, intent) => intendTx.immediate(orderNumber, expected, intent),
    amend: (orderNumber, expected, patch) => amendTx.immediate(orderNumber, expected, patch),
    due: (time, limit) => dueStatement.all({ now: time, limit }).map(fromRow),
    list: ({ states, limit, afterOrderNumber }) => {
      const stateList = states ?? JOURNAL_STATES;
      for (const s of stateList) if (!(JOURNAL_STATES as readonly string[]).includes(s)) return [];
      const key = `${stateList.join(',')}|${afterOrderNumber === undefined ? '' : 'after'}`;
      let statement = listStatements.get(key);
      if (!statement) {
        const inList = stateList.map((s) => `'${s}'`).join(', ');
        statement = db.prepare(
          `SELECT * FROM order_journal WHERE state IN (${inList})
           ${afterOrderNumber === undefined ? '' : 'AND order_number > @after'}
           ORDER BY order_number LIMIT @limit`,
        );
        listStatements.set(key, statement);
      }
      const params = afterOrderNumber === undefined ? { limit } : { limit, after: afterOrderNumber };
      return statement.all(params).map(fromRow);
    },
    counts: () => {
      const counts = Object.fromEntries(JOURNAL_STATES.map((s) => [s, 0])) as JournalCounts;
      for (const row of countStatement.all() as { state: string; n: number }[]) {
        if ((JOURNAL_STATES as readonly string[]).includes(row.state))
          counts[row.state as JournalState] = row.n;
      }
      return counts;
    },
    nextRetryAt: () => (nextRetryStatement.get() as number | null) ?? null,
  };
  return journal;
}
