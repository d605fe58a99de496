// The order journal: one row per shop order, the exactly-once record of its booking. A row exists
// before the first Moneybird write; every step afterwards is a compare-and-set from the state the
// caller saw, inside a transaction, so two actors (a run and the owner pressing "retry") can never
// both move the same order, and a confirmed Moneybird id, once stored, is never silently replaced.
import type { Database, Statement } from 'better-sqlite3';
import { CONTACT_ORIGINS, type ContactOrigin } from '../../../shared/contract/orders';
import type { LocalizedText } from '../../../shared/i18n/translate';
import { redact, redactText } from '../http/redact';
import { type Decimal, parseDecimal, toPlain } from '../money/decimal';
import { JournalTransitionError } from './errors';
import {
  ACTIONABLE_STATES,
  ADOPTION_MARKS,
  type AdoptionMark,
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
import { foldForSearch } from './search-fold';
import { writeTransaction } from './write-transaction';

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

/** The reason of an order the owner chose to skip; its `details.heldFor` keeps what it was held for. */
export const SKIPPED_BY_OWNER = 'skipped_by_owner';

/**
 * What an order the owner skipped was held for (parked or waiting), in both languages, from its
 * reason's details; null when none was kept (skipped while unpaid, or before skips kept it).
 */
export function heldForOf(details: Record<string, unknown> | null | undefined): LocalizedText | null {
  const held = details?.heldFor;
  if (!held || typeof held !== 'object') return null;
  const { nl, en } = held as Record<string, unknown>;
  return typeof nl === 'string' && typeof en === 'string' ? { nl, en } : null;
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
  /**
   * The Moneybird administration the invoice is in: the one the app was connected to when it made
   * or adopted it (the owner may switch since). Null without an invoice, or for one made before the
   * journal kept it (version 18) when the install's administration was not known: unknown.
   */
  administrationId: string | null;
  reason: JournalReason | null;
  /** A Moneybird write begun at the current step whose outcome is not confirmed yet. */
  writeIntent: WriteIntent | null;
  /** Whether Moneybird is searched for this booking before the first write, or it was adopted from there. */
  adoption: AdoptionMark | null;
  /** Failed attempts at the current step. */
  attempts: number;
  /**
   * Waiting: when the next attempt is due. Seen unpaid (`discovered`): when the shop is next asked
   * whether the payment came in (null: at the next run). Otherwise null.
   */
  nextAttemptAt: number | null;
  createdAt: number;
  updatedAt: number;
  bookedAt: number | null;
  /** Who ordered, as the shop names them (for the orders screen; never used to book). */
  customerName: string | null;
  customerEmail: string | null;
  /** The number the owner knows the invoice by: a sales invoice's once sent, an external one's reference. */
  invoiceNumber: string | null;
}

/**
 * Whether the order's invoice is known to be in another Moneybird administration than
 * `administrationId` (the one connected now): made before the owner switched. Such a booking is not
 * this administration's to find, compare or book again. Unknown (null) on either side is not known.
 */
export function bookedInAnotherAdministration(
  entry: Pick<JournalEntry, 'administrationId'>,
  administrationId: string | null | undefined,
): boolean {
  if (entry.administrationId === null || !administrationId) return false;
  return entry.administrationId !== administrationId;
}

/**
 * A booked order's invoice that was deleted in Moneybird, as the step that took the booking back
 * keeps it: Moneybird's id, and the number the owner knew it by (a sales invoice's, an external
 * one's reference; null when the journal never learnt it).
 */
export interface DeletedInvoice {
  id: string;
  number: string | null;
}

/** The reason of the steps a take-over of a booking found in Moneybird recorded (`adoption: 'adopted'`). */
export const TAKEN_OVER_STEP = 'taken_over';

// How the contact came (CONTACT_ORIGINS, the contract's) is kept in the `contact_ok` step's reason
// column, which a booking step leaves empty otherwise: the row is written anyway, so telling costs no
// page and no migration. Written `contact:found`, a form no reason code has (they are snake_case
// words, `contact_create_in_doubt` among them), so the column read raw is not taken for a reason.
const CONTACT_STEP_PREFIX = 'contact:';
const contactStepCode = (origin: ContactOrigin | undefined): string | null =>
  origin ? `${CONTACT_STEP_PREFIX}${origin}` : null;
const contactOriginOf = (state: string, code: string | null): ContactOrigin | undefined => {
  if (state !== 'contact_ok' || !code?.startsWith(CONTACT_STEP_PREFIX)) return undefined;
  const origin = code.slice(CONTACT_STEP_PREFIX.length);
  return (CONTACT_ORIGINS as readonly string[]).includes(origin) ? (origin as ContactOrigin) : undefined;
};

/** One step an order went through, with its time (the orders screen shows them). */
export interface JournalStep {
  state: JournalState;
  at: number;
  /** The Moneybird write announced with this step. */
  writeIntent: WriteIntent | null;
  /**
   * Why, for a park, a wait or a skip; `TAKEN_OVER_STEP` on the booking steps a take-over recorded
   * at once from a booking found in Moneybird (nothing of them was written there by Winkelbrug).
   */
  reasonCode: string | null;
  /**
   * On the step that took a booked order back because its invoice was deleted in Moneybird
   * (`forgetBooking`, since version 25): which invoice that was. Null on every other step. Only the
   * order's page reads it: the order's booking is what its row holds, never this.
   */
  deletedInvoice: DeletedInvoice | null;
  /**
   * On a `contact_ok` step the booking recorded (since this was kept): whether the customer's
   * contact was found in Moneybird, found and updated, added, or the shared contact. Absent on every
   * other step, on a take-over's, on a resume's, and on the steps of bookings made before.
   */
  contact?: ContactOrigin;
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
  /** Given with the invoice id: the administration it is in. Set once, like the ids. */
  administrationId?: string;
  adoption?: AdoptionMark | null;
  customerName?: string | null;
  customerEmail?: string | null;
  /** Set once, like the ids: a numbered invoice keeps its number. */
  invoiceNumber?: string;
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
  /** On the step to `contact_ok`: how the customer's contact was come by, kept on the step. */
  contact?: ContactOrigin;
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
  /** How many booked orders (done) are booked in another administration than this one. */
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

// Every read of a row is checked, since a damaged or hand-edited file must not be booked from. The
// checks are written out rather than declared with zod: a row is read on every step of every
// booking, and this is several times cheaper while saying the same.
type Row = Record<string, unknown>;

class RowReader {
  constructor(private readonly row: Row) {}

  private fail(field: string, problem: string): never {
    const number = this.row.order_number;
    throw new JournalRowError(typeof number === 'string' ? number : '?', field, problem);
  }

  text(field: string): string {
    const value = this.row[field];
    if (typeof value !== 'string') this.fail(field, `expected text, got ${typeof value}`);
    return value;
  }

  optionalText(field: string): string | null {
    const value = this.row[field];
    return value === null ? null : this.text(field);
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const value = this.text(field);
    if (!(allowed as readonly string[]).includes(value)) this.fail(field, `unknown value ${value}`);
    return value as T;
  }

  integer(field: string): number {
    const value = this.row[field];
    // SQLite hands back JavaScript numbers (no bigint mode on this statement).
    if (typeof value !== 'number' || !Number.isSafeInteger(value))
      this.fail(field, 'expected a whole number');
    return value;
  }

  optionalInteger(field: string): number | null {
    return this.row[field] === null ? null : this.integer(field);
  }

  decimal(field: string, text = this.text(field)): Decimal {
    try {
      return parseDecimal(text);
    } catch {
      return this.fail(field, `not a decimal: ${text}`);
    }
  }

  optionalDecimal(field: string): Decimal | null {
    return this.row[field] === null ? null : this.decimal(field);
  }

  optionalJson(field: string): unknown {
    const text = this.optionalText(field);
    if (text === null) return null;
    try {
      return JSON.parse(text);
    } catch {
      return this.fail(field, 'not JSON');
    }
  }

  vatAmounts(field: string): VatAmount[] | null {
    const value = this.optionalJson(field);
    if (value === null) return null;
    if (!Array.isArray(value)) return this.fail(field, 'expected a list');
    return value.map((item: unknown, index) => {
      const at = `${field}.${index}`;
      if (!item || typeof item !== 'object') return this.fail(at, 'expected an object');
      const { rate, amount } = item as Record<string, unknown>;
      if (typeof rate !== 'string') return this.fail(`${at}.rate`, 'expected text');
      if (typeof amount !== 'string') return this.fail(`${at}.amount`, 'expected text');
      return { rate: this.decimal(`${at}.rate`, rate), amount: this.decimal(`${at}.amount`, amount) };
    });
  }

  details(field: string): Record<string, unknown> | null {
    const value = this.optionalJson(field);
    if (value === null) return null;
    if (typeof value !== 'object' || Array.isArray(value)) return this.fail(field, 'expected an object');
    return value as Record<string, unknown>;
  }
}

/** A reason as it is kept: text from the APIs that echoes a known secret (a token) is redacted. */
function withoutSecrets(reason: JournalReason): JournalReason {
  return {
    ...reason,
    message: { nl: redactText(reason.message.nl), en: redactText(reason.message.en) },
    ...(reason.details && { details: redact(reason.details) as Record<string, unknown> }),
  };
}

/** The row as stored and as an entry; `write` compares against the stored row. */
interface Loaded {
  entry: JournalEntry;
  row: Row;
}

function fromRow(row: unknown): JournalEntry {
  if (!row || typeof row !== 'object') throw new JournalRowError('?', '(row)', 'not a row');
  const r = new RowReader(row as Row);
  const orderNumber = r.text('order_number');
  if (orderNumber === '') throw new JournalRowError('?', 'order_number', 'empty');
  const reasonCode = r.optionalText('reason_code');
  const reasonNl = r.optionalText('reason_nl');
  const reasonEn = r.optionalText('reason_en');
  const reasonDetails = r.details('reason_details');
  const attempts = r.integer('attempts');
  if (attempts < 0) throw new JournalRowError(orderNumber, 'attempts', 'negative');
  return {
    orderNumber,
    state: r.oneOf('state', JOURNAL_STATES),
    progress: r.oneOf('progress', PROGRESS_STEPS),
    bookingStyle: r.optionalText('booking_style') === null ? null : r.oneOf('booking_style', BOOKING_STYLES),
    orderDate: r.optionalText('order_date'),
    creditedOrderNumber: r.optionalText('credited_order_number'),
    reference: r.optionalText('reference'),
    vatTreatment: r.optionalText('vat_treatment'),
    currency: r.optionalText('currency'),
    shopTotal: r.optionalDecimal('shop_total'),
    shopVat: r.vatAmounts('shop_vat'),
    moneybird: {
      contactId: r.optionalText('moneybird_contact_id'),
      invoiceId: r.optionalText('moneybird_invoice_id'),
      paymentId: r.optionalText('moneybird_payment_id'),
    },
    administrationId: r.optionalText('moneybird_administration_id'),
    reason:
      reasonCode === null
        ? null
        : { code: reasonCode, message: { nl: reasonNl ?? '', en: reasonEn ?? '' }, details: reasonDetails },
    writeIntent: r.optionalText('write_intent') === null ? null : r.oneOf('write_intent', WRITE_INTENTS),
    adoption: r.optionalText('adoption') === null ? null : r.oneOf('adoption', ADOPTION_MARKS),
    attempts,
    nextAttemptAt: r.optionalInteger('next_attempt_at'),
    createdAt: r.integer('created_at'),
    updatedAt: r.integer('updated_at'),
    bookedAt: r.optionalInteger('booked_at'),
    customerName: r.optionalText('customer_name'),
    customerEmail: r.optionalText('customer_email'),
    invoiceNumber: r.optionalText('invoice_number'),
  };
}

/**
 * The row for an entry. Given the row it was read from (and that row's entry), the columns derived
 * from parts the step left as they were (the shop's VAT, the reason's details, the search text) are
 * taken from the stored row instead of being serialized again: every step writes, few change them.
 */
function toRow(entry: JournalEntry, stored?: Loaded): Record<string, string | number | null> {
  const kept = <T>(part: (e: JournalEntry) => T, column: string, derive: () => string | null) =>
    stored && part(stored.entry) === part(entry) ? (stored.row[column] as string | null) : derive();
  const sameCustomer =
    stored?.entry.customerName === entry.customerName && stored?.entry.customerEmail === entry.customerEmail;
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
    shop_vat: kept(
      (e) => e.shopVat,
      'shop_vat',
      () =>
        entry.shopVat === null
          ? null
          : JSON.stringify(entry.shopVat.map((v) => ({ rate: toPlain(v.rate), amount: toPlain(v.amount) }))),
    ),
    moneybird_contact_id: entry.moneybird.contactId,
    moneybird_invoice_id: entry.moneybird.invoiceId,
    moneybird_payment_id: entry.moneybird.paymentId,
    moneybird_administration_id: entry.administrationId,
    reason_code: entry.reason?.code ?? null,
    reason_nl: entry.reason?.message.nl ?? null,
    reason_en: entry.reason?.message.en ?? null,
    reason_details: kept(
      (e) => e.reason?.details,
      'reason_details',
      () => (entry.reason?.details ? JSON.stringify(entry.reason.details) : null),
    ),
    write_intent: entry.writeIntent,
    adoption: entry.adoption,
    attempts: entry.attempts,
    next_attempt_at: entry.nextAttemptAt,
    created_at: entry.createdAt,
    updated_at: entry.updatedAt,
    booked_at: entry.bookedAt,
    customer_name: entry.customerName,
    customer_email: entry.customerEmail,
    invoice_number: entry.invoiceNumber,
    search_text:
      stored && sameCustomer
        ? (stored.row.search_text as string | null)
        : foldForSearch(
            [entry.orderNumber, entry.customerName, entry.customerEmail].filter(Boolean).join(' '),
          ),
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
  'moneybird_administration_id',
  'reason_code',
  'reason_nl',
  'reason_en',
  'reason_details',
  'write_intent',
  'adoption',
  'attempts',
  'next_attempt_at',
  'created_at',
  'updated_at',
  'booked_at',
  'customer_name',
  'customer_email',
  'invoice_number',
  'search_text',
] as const;

/** What an update may change; the order number and the creation time never do. */
const UPDATABLE_COLUMNS = COLUMNS.filter((c) => c !== 'order_number' && c !== 'created_at');

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
    // Moneybird knows a booking by its reference: it may change only while no invoice was made or
    // begun under it (adoption of a booking an earlier install made under the legacy prefix).
    const invoiceBegun = entry.moneybird.invoiceId !== null || entry.writeIntent === 'invoice';
    if (entry.reference !== null && entry.reference !== patch.reference && invoiceBegun) {
      throw new JournalTransitionError('id-conflict', entry.orderNumber, {
        what: 'reference',
        existing: entry.reference,
        proposed: patch.reference,
      });
    }
    next.reference = patch.reference;
  }
  if (patch.administrationId !== undefined) {
    // An invoice does not move between administrations.
    if (entry.administrationId !== null && entry.administrationId !== patch.administrationId) {
      throw new JournalTransitionError('id-conflict', entry.orderNumber, {
        what: 'administration',
        existing: entry.administrationId,
        proposed: patch.administrationId,
      });
    }
    next.administrationId = patch.administrationId;
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
  if (patch.adoption !== undefined) next.adoption = patch.adoption;
  if (patch.customerName !== undefined) next.customerName = patch.customerName;
  if (patch.customerEmail !== undefined) next.customerEmail = patch.customerEmail;
  if (patch.invoiceNumber !== undefined && next.invoiceNumber === null)
    next.invoiceNumber = patch.invoiceNumber;
  // An external invoice carries the order's reference as its number.
  if (
    next.bookingStyle === 'external_invoice' &&
    next.moneybird.invoiceId !== null &&
    next.invoiceNumber === null
  )
    next.invoiceNumber = next.reference;
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
      `SELECT count(*) FROM order_journal WHERE state = 'done'
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
