// Credit notes (#11): the steps only a credit order takes. A sales invoice is credited with a real
// credit note: Moneybird's duplicate_creditinvoice makes it from the original (the only way it links
// the two, `original_sales_invoice_id`), and one update turns the duplicate into what the credit
// order credits (its lines, its reference, its date). The refund that settles it comes from the
// shop's refund record; until the shop records one, the sent credit note waits, open, "awaiting
// refund" (not an error: a hold the engine lifts by itself).
//
// Exactly once: the duplicate is a create (write intent `invoice`). Its id is kept in the journal the
// moment Moneybird answers, before the update, so a resume updates that draft and never duplicates
// again. A duplicate whose answer was lost is found by the credit's reference (once updated), else
// among the drafts of the original's contact that credit the original and carry no reference of
// another booking (an update leaves the credit's own reference on it).
import { syncMessages } from '../../../shared/i18n/messages/sync';
import { localize } from '../../../shared/i18n/translate';
import { writtenAmounts } from '../../../shared/i18n/written-money';
import type { BookingPlan, OtherCredit, SalesInvoicePayload } from '../bookkeeping';
import { NotFoundError, ValidationError } from '../http/errors';
import { abs, parseDecimal, toFixed } from '../money/decimal';
import type { MoneybirdClient } from '../moneybird/client';
import type { SalesInvoice } from '../moneybird/schemas';
import type { JournalEntry, JournalReason, Store, WriteIntent } from '../store';
import { lookAgainByAge } from './look-again';

/** The reason code of a sent credit note waiting for the shop's refund record. */
export const AWAITING_REFUND = 'awaiting_refund';
const HOUR_MS = 60 * 60 * 1000;

/**
 * How long a credit note awaiting its refund waits before the shop is asked again: an hour while the
 * credit order is at most two days old (a refund usually follows within days), six hours until it is
 * two weeks old, then a day. The shop's API asks to be polled gently, and a credit refunded outside
 * the shop is never recorded there: asked about every hour, it would cost a request an hour for ever.
 */
export function awaitingRefundLookAgainMs(creditOrderDate: string | null, now: number): number {
  return lookAgainByAge(creditOrderDate, now, { young: HOUR_MS, recent: 6 * HOUR_MS, old: 24 * HOUR_MS });
}

type SalesCreditPlan = BookingPlan & {
  invoice: SalesInvoicePayload;
  creditOf: NonNullable<BookingPlan['creditOf']>;
};

/** A credit of a sales invoice: made as a linked credit note rather than a new invoice. */
export const isSalesCredit = (plan: BookingPlan): plan is SalesCreditPlan =>
  plan.style === 'sales' && plan.creditOf !== undefined;

/** A credit whose refund the shop has not recorded yet: booked, not paid. */
export const awaitsRefund = (plan: BookingPlan): boolean => plan.creditRefund?.kind === 'awaiting';

/**
 * The other credit orders of the same original, as the journal knows them: what each credits,
 * whether its credit note is in Moneybird, and whether it used a refund record already.
 */
export function otherCreditsOf(store: Store, originalNumber: string, orderNumber: string): OtherCredit[] {
  const rows = store.db
    .prepare(
      `SELECT order_number, state, shop_total, moneybird_invoice_id, moneybird_payment_id
       FROM order_journal WHERE credited_order_number = ? AND order_number <> ?`,
    )
    .all(originalNumber, orderNumber) as Array<{
    order_number: string;
    state: string;
    shop_total: string | null;
    moneybird_invoice_id: string | null;
    moneybird_payment_id: string | null;
  }>;
  const used = rows.length > 0 ? store.creditRefundsUsed.ofCreditsOf(originalNumber) : new Map();
  return rows.map((row) => {
    const booked = row.moneybird_invoice_id !== null;
    const refundIds = used.get(row.order_number);
    return {
      ...(refundIds && { refundIds }),
      orderNumber: row.order_number,
      total: row.shop_total === null ? 0n : abs(parseDecimal(row.shop_total)),
      booked,
      // Paid, done, or skipped by the owner once in Moneybird (who then settled it by hand).
      paid:
        row.moneybird_payment_id !== null ||
        row.state === 'paid' ||
        row.state === 'done' ||
        (row.state === 'skipped' && booked),
    };
  });
}

/** Why a credit note is open: the shop has not recorded its refund yet. */
export function awaitingRefundReason(plan: BookingPlan): JournalReason {
  return {
    code: AWAITING_REFUND,
    message: localize(
      syncMessages,
      'sync.awaiting_refund',
      { order: plan.orderNumber, original: plan.creditOf?.orderNumber ?? '-' },
      {
        amount: writtenAmounts(
          toFixed(abs(parseDecimal(plan.expected.totalInclTax)), 2),
          plan.expected.currency,
        ),
      },
    ),
    details: { original: plan.creditOf?.orderNumber ?? null, total: plan.expected.totalInclTax },
  };
}

export interface CreditNoteDeps {
  store: Store;
  moneybird: MoneybirdClient;
  now: () => number;
  /** Runs a create; an unknown outcome is settled by `resolve` (the executor's rule). */
  uncertainAware<T, R>(create: () => Promise<T>, resolve: () => Promise<R | undefined>): Promise<T | R>;
}

export class CreditNoteSteps {
  constructor(private readonly deps: CreditNoteDeps) {}

  /**
   * From contact_ok: the credit note as a draft linked to the original, its id kept in the journal
   * at once (invoice_created). The executor adjusts and checks it from there, as after a resume.
   */
  async ensureCreditDraft(
    plan: SalesCreditPlan,
    start: JournalEntry,
    resumed: WriteIntent | null,
  ): Promise<{ entry: JournalEntry; invoice: SalesInvoice }> {
    const { store, moneybird } = this.deps;
    let entry = start;
    let draft = resumed === 'invoice' ? await this.findDraft(plan) : undefined;
    if (!draft) {
      if (entry.writeIntent !== 'invoice')
        entry = store.journal.intendWrite(entry.orderNumber, 'contact_ok', 'invoice');
      draft = await this.deps.uncertainAware(
        () => moneybird.createCreditInvoice(plan.creditOf.invoiceId),
        () => this.findDraft(plan),
      );
    }
    // Kept before it is changed: from here on a resume adjusts this draft, never duplicates again.
    entry = store.journal.advance(entry.orderNumber, 'contact_ok', 'invoice_created', {
      invoiceId: draft.id,
      administrationId: moneybird.administrationId,
    });
    return { entry, invoice: draft };
  }

  /**
   * The duplicate turned into this credit: every duplicated line removed, the credit's own lines
   * added, its reference and date set. One update, keyed by the draft's id, so repeating it (after a
   * lost answer) gives the same draft. A draft that carries the credit's reference was updated already.
   */
  async adjusted(plan: SalesCreditPlan, draft: SalesInvoice): Promise<SalesInvoice> {
    if (draft.state !== 'draft' || draft.reference === plan.reference) return draft;
    const { moneybird } = this.deps;
    const payload = plan.invoice.sales_invoice;
    try {
      return await moneybird.updateSalesInvoice(draft.id, {
        reference: payload.reference,
        invoice_date: payload.invoice_date,
        prices_are_incl_tax: true,
        details_attributes: [
          ...(draft.details ?? []).map((line) => ({ id: line.id, _destroy: true as const })),
          ...payload.details_attributes,
        ],
      });
    } catch (error) {
      // A repeat of an update that landed unheard names lines it already removed, and is refused:
      // the draft as Moneybird holds it now says whether it did.
      if (!(error instanceof NotFoundError || error instanceof ValidationError)) throw error;
      const now = await moneybird.getSalesInvoice(draft.id);
      if (now.reference === plan.reference) return now;
      throw error;
    }
  }

  /**
   * The credit note an unheard duplicate (or update) left in Moneybird: by the credit's reference
   * first; else the oldest draft of the original's contact that credits the original, is not known
   * to the journal as another order's, and carries no reference but the original's (a duplicate
   * copies it) or none.
   */
  async findDraft(plan: SalesCreditPlan): Promise<SalesInvoice | undefined> {
    const { moneybird, store } = this.deps;
    const updated = await moneybird.findSalesInvoiceByReference(plan.reference);
    if (updated && updated.reference === plan.reference) return updated;
    const original = await moneybird.getSalesInvoice(plan.creditOf.invoiceId);
    // A filter replaces the list's default period (this year): every draft of the contact is listed.
    const drafts = await moneybird.listSalesInvoices({ state: 'draft', contact_id: original.contact_id });
    const known = store.journal.knownInvoiceIds();
    const candidates = drafts.filter(
      (d) =>
        d.original_sales_invoice_id === plan.creditOf.invoiceId &&
        !known.has(d.id) &&
        (d.reference === null || d.reference === '' || d.reference === plan.creditOf.reference),
    );
    return candidates.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1))[0];
  }

  /** The credit note is booked and sent; it waits, open, for the shop's refund record. */
  awaitRefund(plan: BookingPlan, entry: JournalEntry): JournalEntry {
    return keepAwaitingRefund(this.deps.store, plan, entry, this.deps.now());
  }
}

/**
 * Holds a booked credit note until the shop records its refund: waiting (not parked: nothing is
 * wrong), with the reason the owner reads and the time the shop is asked again. An order that was
 * waiting already is resumed first, its attempts not counted: waiting for a refund is no failure.
 */
export function keepAwaitingRefund(
  store: Store,
  plan: BookingPlan,
  entry: JournalEntry,
  now: number,
): JournalEntry {
  const current =
    entry.state === 'waiting_transient'
      ? store.journal.resume(entry.orderNumber, 'waiting_transient', { resetAttempts: true })
      : entry;
  return store.journal.waitForRetry(
    current.orderNumber,
    current.state,
    awaitingRefundReason(plan),
    now + awaitingRefundLookAgainMs(current.orderDate, now),
  );
}

/** Whether a journal entry is a credit note waiting for its refund record. */
export const isAwaitingRefund = (entry: JournalEntry): boolean =>
  entry.state === 'waiting_transient' && entry.reason?.code === AWAITING_REFUND;
