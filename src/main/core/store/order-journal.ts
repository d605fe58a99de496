// The order journal: one row per shop order, the exactly-once record of its booking. A row exists
// before the first Moneybird write; every step afterwards is a compare-and-set from the state the
// caller saw, inside a transaction, so two actors (a run and the owner pressing "retry") can never
// both move the same order, and a confirmed Moneybird id, once stored, is never silently replaced.
import type { Database, Statement } from 'better-sqlite3';
import { JournalTransitionError } from './errors';
import {
  applyPatch,
  type DeletedInvoice,
  type JournalCounts,
  type JournalEntry,
  type JournalPatch,
  type JournalReason,
  type JournalStep,
  type NewJournalEntry,
  TAKEN_OVER_STEP,
  type TransitionRequest,
} from './journal-entry';
import {
  COLUMNS,
  contactOriginOf,
  contactStepCode,
  fromRow,
  type Loaded,
  type Row,
  toRow,
  UPDATABLE_COLUMNS,
  withoutSecrets,
} from './journal-rows';
import {
  ACTIONABLE_STATES,
  isProgress,
  JOURNAL_STATES,
  type JournalState,
  type Progress,
  REQUIRED_IDS,
  resumeTarget,
  transitionProblem,
  type WriteIntent,
} from './journal-states';
import { foldForSearch } from './search-fold';
import { writeTransaction } from './write-transaction';

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
  /**
   * Several confirmed steps that rest on the same Moneybird answer, each checked as if taken alone,
   * stored as one update (the order passes through the intermediate steps within the transaction).
   */
  advanceThrough(
    orderNumber: string,
    from: JournalState,
    steps: ReadonlyArray<{ to: Progress; patch?: JournalPatch; intent?: WriteIntent }>,
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
    options?: { resetAttempts?: boolean; patch?: JournalPatch },
  ): JournalEntry;
  /**
   * Records, before a Moneybird write, that it is about to happen (the order must still be in
   * `expected`). Cleared by the next confirmed step; kept while the order parks or waits.
   */
  intendWrite(orderNumber: string, expected: JournalState, intent: WriteIntent): JournalEntry;
  /** Fills in or corrects facts without changing state; the same set-once rules apply. */
  amend(orderNumber: string, expected: JournalState, patch: JournalPatch): JournalEntry;
  /**
   * The invoice the order recorded at `invoice_created` is gone from Moneybird (the owner deleted
   * it): back to `contact_ok` without its id, with the invoice create announced again, in one
   * compare-and-set (the order must still be at `invoice_created` with that invoice). Nothing of it
   * is left in Moneybird to book twice.
   */
  forgetInvoice(orderNumber: string, invoiceId: string): JournalEntry;
  /**
   * The contact the order recorded at `contact_ok` is gone from Moneybird (the owner deleted it,
   * which Moneybird allows only while no invoice uses it): back to `pending` without its id and
   * without an intent, in one compare-and-set, so the customer's contact is found or made again.
   * Nothing of the order is in Moneybird: no invoice can be on a contact that could be deleted.
   */
  forgetContact(orderNumber: string, contactId: string): JournalEntry;
  /**
   * The invoice of a booked order is gone from Moneybird (the owner deleted it) and the owner asks
   * for the order to be booked again: back to `pending` without its ids, its booking looked up by
   * reference before the first write, in one compare-and-set (the order must still be booked on that
   * invoice). The caller confirms the deletion with Moneybird first; nothing of the booking is left
   * there, so booking it again books it once. The step it records keeps the deleted invoice's id and
   * number (`JournalStep.deletedInvoice`), so the order's page can still name it; the row does not.
   */
  forgetBooking(orderNumber: string, invoiceId: string): JournalEntry;
  /**
   * Orders a run should work on now, oldest first: those in a booking step, and those waiting
   * whose retry time has come. A credit order waits while its original is still on its way.
   */
  due(now: number, limit: number): JournalEntry[];
  /**
   * Credit orders parked for one of `reasonCodes` whose original was booked after they parked: they
   * can follow it now.
   */
  creditsOfBookedOriginals(reasonCodes: readonly string[]): JournalEntry[];
  list(options: {
    states?: readonly JournalState[];
    limit: number;
    afterOrderNumber?: string;
    /** Only orders whose next look is unset or at or before this time (ms since the epoch). */
    dueBy?: number;
  }): JournalEntry[];
  /**
   * When an order seen unpaid is read from the shop again: not before `at` (null: at the next run).
   * Only while it is still `discovered`; not a step, so neither its steps nor its time of last
   * change move. Whether it changed.
   */
  lookAgainAt(orderNumber: string, at: number | null): boolean;
  counts(): JournalCounts;
  /** The earliest retry time among waiting orders, or null. */
  nextRetryAt(): number | null;
  /**
   * Marks every order whose booking Moneybird may hold without this journal knowing it (not booked
   * here, no invoice known) to be looked up there before its next write; how many. For a journal
   * found restored from an older copy: what it thinks unbooked may have been booked since.
   */
  markForLookUp(): number;
  /** Every Moneybird invoice id the journal holds (to tell a booking of its own from another's). */
  knownInvoiceIds(): Set<string>;
  /** Whether any order has an invoice in Moneybird (booked under the reference prefix in use). */
  holdsBookings(): boolean;
  /** Whether it holds bookings made in another administration than this one (before a switch). */
  holdsBookingsOutside(administrationId: string): boolean;
  /** How many booked orders (done, their invoice not found deleted) are booked in another administration. */
  bookedOutsideCount(administrationId: string): number;
  /** The steps the order went through, oldest first. */
  steps(orderNumber: string): JournalStep[];
  /**
   * Keeps the number Moneybird gave the order's invoice, read back later (an order booked before the
   * journal kept numbers, or adopted). Only for the invoice the order recorded; whether it changed.
   */
  noteInvoiceNumber(orderNumber: string, invoiceId: string, invoiceNumber: string): boolean;
  /**
   * Keeps who ordered, read from the shop later, for an order journalled before the journal kept it
   * (both still unknown); whether it changed. A display fact: booked orders take it too.
   */
  noteCustomer(orderNumber: string, customer: { name: string | null; email: string | null }): boolean;
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
  // An update sets only the columns that changed: an unchanged indexed column left out of the SET
  // list is an index SQLite need not touch, and fewer pages written per step.
  const updates = new Map<string, Statement>();
  const updateFor = (columns: readonly string[]): Statement => {
    const key = columns.join(',');
    let statement = updates.get(key);
    if (!statement) {
      statement = db.prepare(
        `UPDATE order_journal SET ${columns.map((c) => `${c} = @${c}`).join(', ')}
         WHERE order_number = @order_number AND state = @expected_state`,
      );
      updates.set(key, statement);
    }
    return statement;
  };
  const byNumber = db.prepare('SELECT * FROM order_journal WHERE order_number = ?');
  const byReference = db.prepare('SELECT * FROM order_journal WHERE reference = ?');
  const dueStatement = db.prepare(DUE_ORDERS_SQL);
  // Through the (state, order date) index: parked orders are few.
  const creditsOfBookedStatement = db.prepare(
    `SELECT c.* FROM order_journal c JOIN order_journal o ON o.order_number = c.credited_order_number
     WHERE c.state = 'parked' AND c.reason_code IN (SELECT value FROM json_each(@codes))
       AND o.state = 'done' AND o.booked_at > c.updated_at
     ORDER BY c.order_number`,
  );
  const countStatement = db.prepare('SELECT state, count(*) AS n FROM order_journal GROUP BY state');
  const nextRetryStatement = db
    .prepare("SELECT min(next_attempt_at) FROM order_journal WHERE state = 'waiting_transient'")
    .pluck();
  const listStatements = new Map<string, Statement>();
  const markForLookUpStatement = db.prepare(
    `UPDATE order_journal SET adoption = 'look_up', updated_at = @now
     WHERE state <> 'done' AND moneybird_invoice_id IS NULL
       AND progress IN ('discovered', 'pending', 'contact_ok') AND adoption IS NOT 'look_up'`,
  );
  const holdsBookingsOutsideStatement = db
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM order_journal WHERE moneybird_invoice_id IS NOT NULL
         AND moneybird_administration_id IS NOT NULL AND moneybird_administration_id <> ?)`,
    )
    .pluck();
  const bookedOutsideStatement = db
    .prepare(
      // Of the booked ones as the status counts them: a booking found deleted in Moneybird is none.
      `SELECT count(*) FROM order_journal WHERE state = 'done' AND booked_gone_at IS NULL
         AND moneybird_administration_id IS NOT NULL AND moneybird_administration_id <> ?`,
    )
    .pluck();
  const holdsBookingsStatement = db
    .prepare('SELECT EXISTS (SELECT 1 FROM order_journal WHERE moneybird_invoice_id IS NOT NULL)')
    .pluck();
  const invoiceIdsStatement = db
    .prepare('SELECT moneybird_invoice_id FROM order_journal WHERE moneybird_invoice_id IS NOT NULL')
    .pluck();
  const insertStep = db.prepare(
    `INSERT INTO order_journal_steps
       (order_number, seq, state, at, write_intent, reason_code, deleted_invoice_id, deleted_invoice_number)
     SELECT @order_number, coalesce(max(seq), 0) + 1, @state, @at, @write_intent, @reason_code,
       @deleted_invoice_id, @deleted_invoice_number
     FROM order_journal_steps WHERE order_number = @order_number`,
  );
  const stepsStatement = db.prepare(
    `SELECT state, at, write_intent, reason_code, deleted_invoice_id, deleted_invoice_number
     FROM order_journal_steps WHERE order_number = ? ORDER BY seq`,
  );
  const noteInvoiceNumberStatement = db.prepare(
    `UPDATE order_journal SET invoice_number = @number
     WHERE order_number = @order_number AND moneybird_invoice_id = @invoice_id
       AND invoice_number IS NOT @number`,
  );
  const lookAgainStatement = db.prepare(
    `UPDATE order_journal SET next_attempt_at = @at
     WHERE order_number = @order_number AND state = 'discovered' AND next_attempt_at IS NOT @at`,
  );
  const noteCustomerStatement = db.prepare(
    `UPDATE order_journal SET customer_name = @name, customer_email = @email, search_text = @search
     WHERE order_number = @order_number AND customer_name IS NULL AND customer_email IS NULL`,
  );
  /**
   * Appends the step the entry is now at (in the caller's transaction); `deleted`: the booked invoice
   * deleted in Moneybird that this step takes back; `why`: the step's own reason, where the entry has
   * none. The step's `reason_code` so holds the entry's reason on a held step, `taken_over` on a
   * take-over's steps, and on a booking's `contact_ok` step how it came by the contact
   * (`contact:found`, `contact:updated`, `contact:added`, `contact:shared`; `steps` reads that back
   * as the step's `contact`, never as a reason).
   */
  const recordStep = (
    entry: JournalEntry,
    deleted: DeletedInvoice | null = null,
    why: string | null = null,
  ): void => {
    insertStep.run({
      order_number: entry.orderNumber,
      state: entry.state,
      at: entry.updatedAt,
      write_intent: entry.writeIntent,
      reason_code: entry.reason?.code ?? why,
      deleted_invoice_id: deleted?.id ?? null,
      deleted_invoice_number: deleted?.number ?? null,
    });
  };

  const read = (orderNumber: string): Loaded => {
    const row = byNumber.get(orderNumber) as Row | undefined;
    if (!row) throw new JournalTransitionError('not-found', orderNumber, {});
    return { entry: fromRow(row), row };
  };

  const write = (entry: JournalEntry, loaded: Loaded, expected: JournalState): JournalEntry => {
    const next = toRow(entry, loaded);
    const changed = UPDATABLE_COLUMNS.filter((c) => next[c] !== loaded.row[c]);
    if (changed.length === 0) return entry;
    const params: Record<string, string | number | null> = {
      order_number: entry.orderNumber,
      expected_state: expected,
    };
    for (const column of changed) params[column] = next[column] ?? null;
    const result = updateFor(changed).run(params);
    // Inside the transaction the row was just read in `expected`; this guards the invariant anyway.
    if (result.changes !== 1) {
      throw new JournalTransitionError('conflict', entry.orderNumber, { expected, actual: '?' });
    }
    return entry;
  };

  /** One step applied to the entry in memory: the rules of `transition`, without reading or writing. */
  const step = (current: JournalEntry, request: TransitionRequest): JournalEntry => {
    const { orderNumber } = current;
    const { from, to } = request;
    if (current.state !== from) {
      throw new JournalTransitionError('conflict', orderNumber, { expected: from, actual: current.state });
    }
    const refuse = (detail: string) =>
      new JournalTransitionError('illegal', orderNumber, { from, to, detail });
    let next = applyPatch(current, request.patch ?? {});
    const problem = transitionProblem(next, to);
    if (problem) throw refuse(problem);
    if (request.contact && to !== 'contact_ok')
      throw refuse('only the contact step says how its contact came');

    const time = now();
    next = { ...next, state: to, updatedAt: time };
    if (to === 'parked' || to === 'waiting_transient') {
      if (!request.reason) throw refuse('a reason is required');
      next.reason = withoutSecrets(request.reason);
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
      next.reason = request.reason ? withoutSecrets(request.reason) : current.reason;
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
      // Once the invoice is known there is nothing left to look up.
      if (next.adoption === 'look_up' && next.moneybird.invoiceId !== null) next.adoption = null;
    }
    return next;
  };

  /** Steps in order, each from where the previous one left the order: one read, one write. */
  const transitionTx = writeTransaction(
    db,
    (orderNumber: string, requests: readonly TransitionRequest[]): JournalEntry => {
      const loaded = read(orderNumber);
      const passed: JournalEntry[] = [];
      const next = requests.reduce((entry, request) => {
        const after = step(entry, request);
        passed.push(after);
        return after;
      }, loaded.entry);
      const written = write(next, loaded, loaded.entry.state);
      // A take-over records at once the steps the booking found in Moneybird had made: marked so.
      const takenOver = requests.some((request) => request.patch?.adoption === 'adopted');
      for (const [i, entry] of passed.entries())
        recordStep(entry, null, takenOver ? TAKEN_OVER_STEP : contactStepCode(requests[i]?.contact));
      return written;
    },
  );

  const amendTx = writeTransaction(db, (orderNumber: string, expected: JournalState, patch: JournalPatch) => {
    const loaded = read(orderNumber);
    const current = loaded.entry;
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
    return write({ ...applyPatch(current, patch), updatedAt: now() }, loaded, expected);
  });

  const intendTx = writeTransaction(
    db,
    (orderNumber: string, expected: JournalState, intent: WriteIntent) => {
      const loaded = read(orderNumber);
      const current = loaded.entry;
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
      return write({ ...current, writeIntent: intent, updatedAt: now() }, loaded, expected);
    },
  );

  /**
   * The one kind of step ever taken back: what the order recorded at `expected` is gone from
   * Moneybird, nothing of it is left there to book twice. `refusal` names what may not be taken back;
   * `deleted`, the invoice the step keeps as deleted (the row forgets it).
   */
  const takeBack = (
    orderNumber: string,
    expected: JournalState,
    to: JournalState,
    refusal: (current: JournalEntry) => string | null,
    undo: (current: JournalEntry) => Partial<JournalEntry>,
    deleted: (current: JournalEntry) => DeletedInvoice | null = () => null,
  ): JournalEntry => {
    const loaded = read(orderNumber);
    const current = loaded.entry;
    if (current.state !== expected) {
      throw new JournalTransitionError('conflict', orderNumber, { expected, actual: current.state });
    }
    const detail = refusal(current);
    if (detail) throw new JournalTransitionError('illegal', orderNumber, { from: expected, to, detail });
    const next: JournalEntry = {
      ...current,
      ...undo(current),
      state: to,
      progress: to as Progress,
      reason: null,
      attempts: 0,
      nextAttemptAt: null,
      updatedAt: now(),
    };
    const written = write(next, loaded, expected);
    recordStep(written, deleted(current));
    return written;
  };

  const forgetInvoiceTx = writeTransaction(db, (orderNumber: string, invoiceId: string) =>
    takeBack(
      orderNumber,
      'invoice_created',
      'contact_ok',
      (current) =>
        current.moneybird.invoiceId !== invoiceId || current.moneybird.paymentId !== null
          ? `only the unpaid invoice the order recorded (${current.moneybird.invoiceId ?? '-'}) can be gone`
          : null,
      (current) => ({
        moneybird: { ...current.moneybird, invoiceId: null },
        administrationId: null,
        invoiceNumber: null,
        writeIntent: 'invoice',
      }),
    ),
  );

  const forgetContactTx = writeTransaction(db, (orderNumber: string, contactId: string) =>
    takeBack(
      orderNumber,
      'contact_ok',
      'pending',
      (current) =>
        current.moneybird.contactId !== contactId || current.moneybird.invoiceId !== null
          ? `only the contact the order recorded (${current.moneybird.contactId ?? '-'}), before any invoice, can be gone`
          : null,
      (current) => ({ moneybird: { ...current.moneybird, contactId: null }, writeIntent: null }),
    ),
  );

  const forgetBookingTx = writeTransaction(db, (orderNumber: string, invoiceId: string) =>
    takeBack(
      orderNumber,
      'done',
      'pending',
      (current) =>
        current.moneybird.invoiceId !== invoiceId
          ? `only the invoice the order was booked on (${current.moneybird.invoiceId ?? '-'}) can be gone`
          : null,
      () => ({
        moneybird: { contactId: null, invoiceId: null, paymentId: null },
        administrationId: null,
        invoiceNumber: null,
        writeIntent: null,
        adoption: 'look_up',
        bookedAt: null,
      }),
      // The step keeps the invoice the row forgets, so the order's page can name it.
      (current) => ({ id: invoiceId, number: current.invoiceNumber }),
    ),
  );

  const recordTx = writeTransaction(db, (entry: NewJournalEntry) => {
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
      administrationId: null,
      reason: null,
      writeIntent: null,
      adoption: null,
      attempts: 0,
      nextAttemptAt: null,
      createdAt: time,
      updatedAt: time,
      bookedAt: null,
      customerName: null,
      customerEmail: null,
      invoiceNumber: null,
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
    recordStep(filled);
    return { created: true, entry: filled };
  });

  const journal: OrderJournal = {
    record: (entry) => recordTx(entry),
    get: (orderNumber) => {
      const row = byNumber.get(orderNumber);
      return row ? fromRow(row) : undefined;
    },
    findByReference: (reference) => {
      const row = byReference.get(reference);
      return row ? fromRow(row) : undefined;
    },
    transition: (orderNumber, request) => transitionTx(orderNumber, [request]),
    advance: (orderNumber, from, to, patch, intent) =>
      journal.transition(orderNumber, { from, to, patch, intent }),
    advanceThrough: (orderNumber, from, steps) => {
      let at = from;
      const requests = steps.map(({ to, patch, intent }) => {
        const request = { from: at, to, patch, intent };
        at = to;
        return request;
      });
      return transitionTx(orderNumber, requests);
    },
    park: (orderNumber, from, reason) => journal.transition(orderNumber, { from, to: 'parked', reason }),
    waitForRetry: (orderNumber, from, reason, nextAttemptAt) =>
      journal.transition(orderNumber, { from, to: 'waiting_transient', reason, nextAttemptAt }),
    skip: (orderNumber, from, reason) => journal.transition(orderNumber, { from, to: 'skipped', reason }),
    forgetInvoice: (orderNumber, invoiceId) => forgetInvoiceTx(orderNumber, invoiceId),
    forgetContact: (orderNumber, contactId) => forgetContactTx(orderNumber, contactId),
    forgetBooking: (orderNumber, invoiceId) => forgetBookingTx(orderNumber, invoiceId),
    resume: (orderNumber, from, options = {}) => {
      const current = read(orderNumber).entry;
      const to = resumeTarget(current) ?? current.progress;
      return journal.transition(orderNumber, {
        from,
        to,
        resetAttempts: options.resetAttempts,
        patch: options.patch,
      });
    },
    intendWrite: (orderNumber, expected, intent) => intendTx(orderNumber, expected, intent),
    amend: (orderNumber, expected, patch) => amendTx(orderNumber, expected, patch),
    due: (time, limit) => dueStatement.all({ now: time, limit }).map(fromRow),
    creditsOfBookedOriginals: (reasonCodes) =>
      creditsOfBookedStatement.all({ codes: JSON.stringify(reasonCodes) }).map(fromRow),
    list: ({ states, limit, afterOrderNumber, dueBy }) => {
      const stateList = states ?? JOURNAL_STATES;
      for (const s of stateList) if (!(JOURNAL_STATES as readonly string[]).includes(s)) return [];
      const after = afterOrderNumber !== undefined;
      const due = dueBy !== undefined;
      const key = `${stateList.join(',')}|${after ? 'after' : ''}|${due ? 'due' : ''}`;
      let statement = listStatements.get(key);
      if (!statement) {
        const inList = stateList.map((s) => `'${s}'`).join(', ');
        statement = db.prepare(
          `SELECT * FROM order_journal WHERE state IN (${inList})
           ${after ? 'AND order_number > @after' : ''}
           ${due ? 'AND (next_attempt_at IS NULL OR next_attempt_at <= @due)' : ''}
           ORDER BY order_number LIMIT @limit`,
        );
        listStatements.set(key, statement);
      }
      const params: Record<string, string | number> = { limit };
      if (after) params.after = afterOrderNumber;
      if (due) params.due = dueBy;
      return statement.all(params).map(fromRow);
    },
    lookAgainAt: (orderNumber, at) =>
      lookAgainStatement.run({ order_number: orderNumber, at: at === null ? null : Math.trunc(at) })
        .changes === 1,
    counts: () => {
      const counts = Object.fromEntries(JOURNAL_STATES.map((s) => [s, 0])) as JournalCounts;
      for (const row of countStatement.all() as { state: string; n: number }[]) {
        if ((JOURNAL_STATES as readonly string[]).includes(row.state))
          counts[row.state as JournalState] = row.n;
      }
      return counts;
    },
    nextRetryAt: () => (nextRetryStatement.get() as number | null) ?? null,
    markForLookUp: () => markForLookUpStatement.run({ now: now() }).changes,
    knownInvoiceIds: () => new Set(invoiceIdsStatement.all() as string[]),
    holdsBookings: () => holdsBookingsStatement.get() === 1,
    holdsBookingsOutside: (administrationId) => holdsBookingsOutsideStatement.get(administrationId) === 1,
    bookedOutsideCount: (administrationId) => bookedOutsideStatement.get(administrationId) as number,
    steps: (orderNumber) =>
      (stepsStatement.all(orderNumber) as Row[]).map((row) => {
        const state = row.state as JournalState;
        const code = (row.reason_code as string | null) ?? null;
        // The contact step's code says how its contact came, not why anything stopped.
        const contact = contactOriginOf(state, code);
        return {
          state,
          at: row.at as number,
          writeIntent: (row.write_intent as WriteIntent | null) ?? null,
          reasonCode: contact ? null : code,
          deletedInvoice:
            typeof row.deleted_invoice_id === 'string'
              ? {
                  id: row.deleted_invoice_id,
                  number: typeof row.deleted_invoice_number === 'string' ? row.deleted_invoice_number : null,
                }
              : null,
          ...(contact && { contact }),
        };
      }),
    noteCustomer: (orderNumber, { name, email }) =>
      (name !== null || email !== null) &&
      noteCustomerStatement.run({
        order_number: orderNumber,
        name,
        email,
        search: foldForSearch([orderNumber, name, email].filter(Boolean).join(' ')),
      }).changes === 1,
    noteInvoiceNumber: (orderNumber, invoiceId, invoiceNumber) =>
      noteInvoiceNumberStatement.run({
        order_number: orderNumber,
        invoice_id: invoiceId,
        number: invoiceNumber,
      }).changes === 1,
  };
  return journal;
}
