// Carries one order's booking plan into Moneybird, one confirmed step at a time, so that a crash or
// a lost answer never books anything twice. Before each Moneybird write the journal records which
// write is about to happen (the write intent); after Moneybird confirms it, the journal advances and
// the intent is cleared in the same transaction. A resumed order whose intent is still set first
// finds out whether that write landed (by reference, by contact synchronization, by reading the
// invoice) and only writes again when it did not.

import { syncMessages } from '../../../shared/i18n/messages/sync';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';
import { shopLocalTime } from '../../../shared/shop-calendar';
import type {
  BookingPlan,
  ExternalSalesInvoicePayload,
  MoneybirdReferenceData,
  MoneybirdTaxRate,
  SalesInvoicePayload,
} from '../bookkeeping';
import {
  ApiError,
  AuthenticationError,
  NotFoundError,
  PlanLimitError,
  RequestCancelledError,
  UncertainOutcomeError,
  ValidationError,
} from '../http/errors';
import type { MoneybirdClient } from '../moneybird/client';
import type { SalesInvoice } from '../moneybird/schemas';
import {
  bookedFiguresOf,
  type InvoiceFigures,
  inTheBooks,
  taxRateLookupIn,
} from '../reconciliation/order-figures';
import {
  bookedInAnotherAdministration,
  type JournalEntry,
  type JournalPatch,
  type JournalReason,
  type JournalState,
  type Progress,
  type Store,
  storeErrorText,
  storeWriteErrorOf,
  type WriteIntent,
} from '../store';
import { ContactCreateInDoubt, ContactStep } from './contact-step';
import { awaitsRefund, CreditNoteSteps, isSalesCredit } from './credit-notes';
import type { Invoice } from './existing-bookings';
import { stillToPay, withBaseAmounts } from './invoice-payments';
import {
  checkInvoice,
  type InvoiceProblem,
  invoiceProblemReason,
  otherAdministrationReason,
  totalsReason,
} from './invoice-problems';
import { numbered } from './order-overview-facts';
import { parkedReasonForLog } from './run-log-text';
import { compareTotals, type TotalsProblem } from './totals-check';

export interface BookingContext {
  store: Store;
  moneybird: MoneybirdClient;
  reference: MoneybirdReferenceData;
  now: () => number;
  log: (
    level: 'debug' | 'info' | 'warn' | 'error',
    message: string | LocalizedText,
    fields?: Record<string, unknown>,
  ) => void;
  /**
   * Writes a log line inside the caller's transaction; what it returns announces the line once that
   * transaction has committed (a live view never shows a line the store did not keep).
   */
  logInTransaction: (
    level: 'debug' | 'info' | 'warn' | 'error',
    message: string | LocalizedText,
    fields?: Record<string, unknown>,
  ) => () => void;
  /**
   * Writes the log line that records a booking. Called inside the transaction that marks the order
   * done, so the booking and its line are one commit; returns what announces the line once committed.
   */
  logBooked?: (entry: JournalEntry) => () => void;
  /**
   * Moneybird refused to create the order's invoice: the reason to park it with when that is because
   * the administration was locked over its date since the run read the lock (the owner then gets the
   * choice a locked period offers, not a refusal to puzzle over), else null.
   */
  lockedPeriodReason?: (entry: JournalEntry) => Promise<JournalReason | null>;
  /**
   * Moneybird refused a tax rate of the order's invoice: the reason to park it with when Moneybird's
   * rates, read again, show which rate and why (deactivated or deleted since the run read them: the
   * owner then learns its name and what to do), else null.
   */
  taxRateReason?: (plan: BookingPlan) => Promise<JournalReason | null>;
}

export type BookingOutcome =
  | { kind: 'booked'; entry: JournalEntry }
  | { kind: 'parked'; entry: JournalEntry }
  | { kind: 'waiting'; entry: JournalEntry }
  | { kind: 'skipped'; entry: JournalEntry };

/**
 * For an order the shop called off: shown the order as far as Moneybird holds it (nothing, looked
 * up; or an unsent draft), sets it aside and returns the skipped entry, or null when the booking goes
 * on. The executor asks it before every write that would put such an order into the books, so a
 * called-off order is never created or sent, only finished when Moneybird has it in the books.
 */
export type CalledOffGuard = (entry: JournalEntry) => Promise<JournalEntry | null>;

/** Stops the whole run: the owner must act before any other order can be booked. */
export class RunBlockedError extends Error {
  constructor(
    readonly blocker: AuthenticationError | PlanLimitError,
    readonly userMessage = blocker instanceof PlanLimitError
      ? localize(syncMessages, 'sync.plan_limit')
      : blocker.userMessage,
  ) {
    super(blocker.message);
    this.name = 'RunBlockedError';
  }
}

const RETRY_BASE_MS = 60_000;
const RETRY_CAP_MS = 6 * 60 * 60 * 1000;

/** When the next attempt after `attempts` failures is due: 1, 2, 4 … minutes, at most 6 hours. */
export function retryDelay(attempts: number, retryAt?: number, now = Date.now()): number {
  const backoff = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.min(attempts, 20));
  return Math.max(backoff, retryAt ? retryAt - now : 0);
}

const isSales = (plan: BookingPlan): plan is BookingPlan & { invoice: SalesInvoicePayload } =>
  plan.style === 'sales';

/** The step a send confirms: numbered (the journal keeps the number), its payment announced next. */
const sentStep = (invoice: Invoice) => ['sent', numbered(invoice), 'payment'] as const;

export class BookingExecutor {
  /** Credit notes (#11): the steps a credit of a sales invoice takes instead of a create. */
  private readonly credits: CreditNoteSteps;
  /** The contact step: found, kept current, or made once. */
  private readonly contact: ContactStep;

  constructor(private readonly ctx: BookingContext) {
    // Both step kinds write through the executor's rule for a create whose outcome is unknown.
    const steps = {
      store: ctx.store,
      moneybird: ctx.moneybird,
      now: ctx.now,
      uncertainAware: <T, R>(create: () => Promise<T>, resolve: () => Promise<R | undefined>) =>
        this.uncertainAware(create, resolve),
    };
    this.credits = new CreditNoteSteps(steps);
    this.contact = new ContactStep({ ...steps, logInTransaction: ctx.logInTransaction });
  }

  /**
   * Books the plan from wherever the journal says the order is. `known` is the invoice as Moneybird
   * holds it now, when the caller has just read it (an adopted booking): it is not read again.
   */
  async book(
    plan: BookingPlan,
    start: JournalEntry,
    known?: Invoice,
    calledOff?: CalledOffGuard,
  ): Promise<BookingOutcome> {
    // Begun in the administration the owner switched away from: its invoice is there, not in the one
    // connected now, which would take it for deleted and make the booking again (twice in the books).
    if (start.state !== 'done' && bookedInAnotherAdministration(start, this.ctx.moneybird.administrationId))
      return { kind: 'parked', entry: this.park(start, otherAdministrationReason(start)) };
    // Called off in the shop with nothing of it in Moneybird: never created.
    if (calledOff && start.moneybird.invoiceId === null && start.writeIntent !== 'invoice') {
      const aside = await calledOff(start);
      if (aside) return { kind: 'skipped', entry: aside };
    }
    let entry = start;
    let invoice: Invoice | undefined = known;
    // Whether this call checked the invoice's totals already (on the create answer, on the send answer).
    let totalsChecked = false;
    let sentChecked = false;
    // A write announced before this call may have landed unheard (a crash, a lost answer): the
    // step it belongs to checks Moneybird first. Writes announced during this call have not
    // happened yet when their step starts, so they need no check.
    let resumed = start.writeIntent;
    // Whether the contact at contact_ok was found or made in this call (else it is checked first).
    let contactConfirmed = false;
    try {
      for (;;) {
        const intent = resumed;
        resumed = null;
        switch (entry.state) {
          case 'pending':
            // A credit goes on its original's contact: the credit note is made from that invoice.
            entry = this.contact.onOriginals(plan, entry) ?? (await this.contact.ensure(plan, entry, intent));
            contactConfirmed = true;
            break;
          case 'contact_ok': {
            // Resumed here (parked, waiting, a crash): the owner may have deleted the contact since,
            // which Moneybird allows only while no invoice uses it. Then it is found or made again.
            if (!contactConfirmed && !(await this.contact.stillThere(entry.moneybird.contactId!))) {
              this.ctx.log('info', 'Contact gone from Moneybird; finding or making the customer’s again', {
                order: entry.orderNumber,
                contactId: entry.moneybird.contactId,
              });
              entry = this.ctx.store.journal.forgetContact(entry.orderNumber, entry.moneybird.contactId!);
              break;
            }
            // credit notes (#11): a sales credit is duplicated from its original and kept as a
            // draft; invoice_created adjusts it to the credit's lines and checks it.
            if (isSalesCredit(plan)) {
              ({ entry, invoice } = await this.credits.ensureCreditDraft(plan, entry, intent));
              break;
            }
            // Called off in the shop and its create went unheard: what the create left is taken
            // over (a draft is then left unsent, below), and with nothing there it is set aside.
            if (calledOff && intent === 'invoice') {
              const unheard = await this.findBooking(plan, entry.moneybird.contactId!);
              if (!unheard) {
                const aside = await calledOff(entry);
                if (aside) return { kind: 'skipped', entry: aside };
              } else {
                entry = this.ctx.store.journal.advance(entry.orderNumber, 'contact_ok', 'invoice_created', {
                  invoiceId: unheard.id,
                  administrationId: this.ctx.moneybird.administrationId,
                });
                invoice = unheard;
                break;
              }
            }
            const created = await this.ensureInvoice(plan, entry, intent);
            entry = created.entry;
            invoice = created.invoice;
            totalsChecked = true;
            if (created.problem)
              return {
                kind: 'parked',
                entry: this.park(
                  entry,
                  invoiceProblemReason(plan, created.problem, this.ctx.reference.taxRates),
                ),
              };
            break;
          }
          case 'invoice_created': {
            // Coming from contact_ok, the totals were checked on the create answer; resumed or adopted
            // here, on the invoice as Moneybird holds it now.
            if (!totalsChecked) {
              invoice ??= await this.fetchInvoice(plan, entry.moneybird.invoiceId!);
              if (!invoice) {
                // The invoice the order recorded is gone: the owner deleted the draft (or the
                // external invoice) as a park told them to. Nothing of it is left to book twice, so
                // the order goes back to the create, which (its intent announced again) first looks
                // for a booking by reference as after any unconfirmed create.
                this.ctx.log('info', 'Invoice gone from Moneybird; creating it again', {
                  order: entry.orderNumber,
                  invoiceId: entry.moneybird.invoiceId,
                });
                entry = this.ctx.store.journal.forgetInvoice(entry.orderNumber, entry.moneybird.invoiceId!);
                resumed = entry.writeIntent;
                break;
              }
              // Called off in the shop while its invoice is still a draft: left for the owner to
              // delete, never sent.
              if (calledOff && isSales(plan) && invoice.state === 'draft') {
                const aside = await calledOff(entry);
                if (aside) return { kind: 'skipped', entry: aside };
              }
              // credit notes (#11): a duplicate kept before its update is updated now.
              if (isSalesCredit(plan)) invoice = await this.credits.adjusted(plan, invoice as SalesInvoice);
              const problem = checkInvoice(plan, invoice);
              if (problem)
                return {
                  kind: 'parked',
                  entry: this.park(entry, invoiceProblemReason(plan, problem, this.ctx.reference.taxRates)),
                };
              this.recordBookedFigures(entry.orderNumber, invoice); // month per VAT rate (#12)
            }
            // credit notes (#11): an external credit without the shop's refund record waits for it.
            if (!isSales(plan) && awaitsRefund(plan))
              return { kind: 'waiting', entry: this.credits.awaitRefund(plan, entry) };
            entry = isSales(plan)
              ? this.ctx.store.journal.advance(
                  entry.orderNumber,
                  'invoice_created',
                  'totals_ok',
                  undefined,
                  'send',
                )
              : await this.ensurePayments(plan, entry, invoice, intent);
            break;
          }
          case 'totals_ok': {
            // Called off in the shop after a send was announced (it failed, or the app stopped): the
            // send may have landed unheard, so Moneybird is read first. Still a draft, it is left
            // unsent; sent, the booking is finished (and brought up).
            if (calledOff && isSales(plan) && intent === 'send') {
              const current = await this.ctx.moneybird.getSalesInvoice(entry.moneybird.invoiceId!);
              if (current.state === 'draft') {
                const aside = await calledOff(entry);
                if (aside) return { kind: 'skipped', entry: aside };
              }
            }
            const sent = await this.ensureSent(plan, entry, intent);
            invoice = sent.invoice;
            sentChecked = true;
            if (sent.problem || awaitsRefund(plan)) {
              entry = this.recordSent(entry, sent.invoice);
              if (sent.problem)
                return {
                  kind: 'parked',
                  entry: this.park(entry, totalsReason(plan, sent.problem, sent.invoice)),
                };
              break;
            }
            // Paid straight after the send; sent, paid and done are then recorded in one transaction.
            // The send's intent covers the payment: a send resumed after a crash reads the invoice,
            // which shows the payments that landed too, so none is ever made twice.
            let paymentId: string | undefined;
            try {
              paymentId = await this.registerPayments(plan, entry, sent.invoice);
            } catch (error) {
              // Not paid (yet): the invoice is in the books as sent, and the order waits or parks there.
              entry = this.recordSent(entry, sent.invoice);
              throw error;
            }
            return {
              kind: 'booked',
              entry: this.finish(entry, 'totals_ok', paymentId, sent.invoice, refundIdsOf(plan)),
            };
          }
          case 'sent': {
            let paymentIntent = intent;
            if (!sentChecked) {
              // Resumed here (after a park on totals that changed while sending, say): no payment
              // before the numbered invoice shows the shop's totals. The invoice just read also
              // tells whether a payment landed.
              if (!invoice) {
                invoice = await this.readInvoice(plan, entry);
                paymentIntent = null;
              }
              const problem = compareTotals(plan, invoice);
              if (problem)
                return {
                  kind: 'parked',
                  entry: this.park(entry, totalsReason(plan, problem, invoice)),
                };
              this.recordBookedFigures(entry.orderNumber, invoice); // month per VAT rate (#12)
            }
            // credit notes (#11): sent, and no refund recorded by the shop yet: open until it is.
            if (awaitsRefund(plan)) return { kind: 'waiting', entry: this.credits.awaitRefund(plan, entry) };
            entry = await this.ensurePayments(plan, entry, invoice, paymentIntent);
            break;
          }
          case 'paid':
            entry = this.finish(entry, 'paid');
            return { kind: 'booked', entry };
          case 'done':
            return { kind: 'booked', entry };
          default:
            throw new Error(`Order ${entry.orderNumber} is ${entry.state}, not a booking step`);
        }
      }
    } catch (error) {
      // Refused at the create, nothing of the order is in Moneybird: a lock set meanwhile is news.
      if (error instanceof ValidationError && entry.state === 'contact_ok' && this.ctx.lockedPeriodReason) {
        const reason = await this.ctx.lockedPeriodReason(entry).catch(() => null);
        if (reason) return { kind: 'parked', entry: this.park(entry, reason) };
      }
      if (error instanceof ValidationError && refusesTaxRate(error) && this.ctx.taxRateReason) {
        const reason = await this.ctx.taxRateReason(plan).catch(() => null);
        if (reason) return { kind: 'parked', entry: this.park(entry, reason) };
      }
      return this.failed(entry, error);
    }
  }

  /**
   * Month per VAT rate (#12): keeps the invoice's figures per tax rate as Moneybird holds them, with
   * the rates' percentages and names from this run's reference data, once it is in the books (not a
   * draft). Also called on adoption.
   */
  recordBookedFigures(
    orderNumber: string,
    invoice: Invoice,
    lines?: InvoiceFigures['details'],
    /** The rates of the administration the invoice is in, when not the connected one's. */
    taxRates: readonly MoneybirdTaxRate[] = this.ctx.reference.taxRates,
  ): void {
    if (!inTheBooks(invoice)) return;
    // An adopted invoice is kept without its lines; the figures of its lines come beside it.
    const figures = lines ? { ...invoice, details: lines } : invoice;
    this.ctx.store.vatFigures.recordBooked(orderNumber, bookedFiguresOf(figures, taxRateLookupIn(taxRates)));
  }

  // ---- steps -------------------------------------------------------------------------------------

  /**
   * Creates the invoice (or finds the one an unheard create made) and checks its totals against the
   * shop's and its VAT-return boxes against the order's treatment. A sales invoice that passes both is
   * confirmed up to totals_ok in one transaction: both steps rest on the same answer from Moneybird.
   */
  private async ensureInvoice(
    plan: BookingPlan,
    entry: JournalEntry,
    resumed: WriteIntent | null,
  ): Promise<{ entry: JournalEntry; invoice: Invoice; problem?: InvoiceProblem }> {
    const { store } = this.ctx;
    const contactId = entry.moneybird.contactId!;
    let invoice = resumed === 'invoice' ? await this.findBooking(plan, contactId) : undefined;
    if (!invoice) {
      if (entry.writeIntent !== 'invoice')
        entry = store.journal.intendWrite(entry.orderNumber, 'contact_ok', 'invoice');
      const created = await this.uncertainAware(
        () => this.createInvoice(plan, contactId),
        () => this.findBooking(plan, contactId),
      );
      invoice = created;
    }
    const problem = checkInvoice(plan, invoice);
    // The invoice is in the administration this run books into; the owner may switch it later.
    const created = {
      to: 'invoice_created' as const,
      patch: { invoiceId: invoice.id, administrationId: this.ctx.moneybird.administrationId },
    };
    // An external invoice's next write is its payment. A sales invoice is sent first, once its
    // totals are confirmed; both steps rest on this one answer.
    const steps = !isSales(plan)
      ? [{ ...created, intent: 'payment' as const }]
      : problem
        ? [created]
        : [created, { to: 'totals_ok' as const, intent: 'send' as const }];
    // An external invoice is in the books once created: its figures for the month per VAT rate are
    // kept in the step's own transaction. A sales invoice's are kept when it is sent.
    const order = entry.orderNumber;
    const next = store.transaction(() => {
      const advanced = store.journal.advanceThrough(order, 'contact_ok', steps);
      if (!problem && !isSales(plan)) this.recordBookedFigures(order, invoice);
      return advanced;
    });
    return { entry: next, invoice, ...(problem && { problem }) };
  }

  private async ensureSent(
    plan: BookingPlan,
    entry: JournalEntry,
    resumed: WriteIntent | null,
  ): Promise<{ invoice: SalesInvoice; problem?: TotalsProblem }> {
    const { store, moneybird } = this.ctx;
    const id = entry.moneybird.invoiceId!;
    let sent: SalesInvoice | undefined;
    if (resumed === 'send') {
      const current = await moneybird.getSalesInvoice(id);
      if (current.state !== 'draft') sent = current;
    }
    if (!sent) {
      if (entry.writeIntent !== 'send')
        entry = store.journal.intendWrite(entry.orderNumber, 'totals_ok', 'send');
      sent = await moneybird.sendSalesInvoice(id, { delivery_method: 'Manual' });
    }
    // Sending should recompute nothing, but check the numbered invoice once more: what was sent is
    // what counts. It is in the books now, so a difference parks the order at sent, unpaid.
    const problem = compareTotals(plan, sent);
    if (problem) this.ctx.log('warn', 'Totals changed while sending', { order: plan.orderNumber, problem });
    return { invoice: sent, ...(problem && { problem }) };
  }

  /**
   * Records the send alone, the payment still to come: sending numbers the invoice (the journal keeps
   * the number) and puts it in the books as it is, also when it differs, so its figures for the month
   * per VAT rate go in the same transaction.
   */
  private recordSent(entry: JournalEntry, invoice: Invoice): JournalEntry {
    const { store } = this.ctx;
    const order = entry.orderNumber;
    return store.transaction(() => {
      const next = store.journal.advance(order, 'totals_ok', ...sentStep(invoice));
      this.recordBookedFigures(order, invoice);
      return next;
    });
  }

  private async ensurePayments(
    plan: BookingPlan,
    entry: JournalEntry,
    known: Invoice | undefined,
    resumed: WriteIntent | null,
  ): Promise<JournalEntry> {
    const { store } = this.ctx;
    const from = entry.state as 'sent' | 'invoice_created';
    let invoice = known;
    if (resumed === 'payment' || !invoice) invoice = await this.readInvoice(plan, entry);
    const missing = stillToPay(withBaseAmounts(plan, invoice), invoice);
    if (entry.writeIntent !== 'payment' && missing.length > 0)
      entry = store.journal.intendWrite(entry.orderNumber, from, 'payment');
    const paymentId = await this.registerPayments(plan, entry, invoice, missing);
    return this.finish(entry, from, paymentId, undefined, refundIdsOf(plan));
  }

  /**
   * Registers the payments the invoice still lacks (the intent for them must be in the journal) and
   * returns the id of the last payment on it.
   */
  private async registerPayments(
    plan: BookingPlan,
    entry: JournalEntry,
    invoice: Invoice,
    missing = stillToPay(withBaseAmounts(plan, invoice), invoice),
  ): Promise<string | undefined> {
    const { moneybird } = this.ctx;
    const invoiceId = entry.moneybird.invoiceId!;
    let paymentId = invoice.payments?.at(-1)?.id;
    for (const [index, payment] of missing.entries()) {
      // A payment is never repeated blindly: an unknown outcome is settled by reading the invoice.
      // It landed when the invoice now lacks fewer than this one and those after it: counted, since
      // two payments may be alike (two refunds of one amount to one account), and the one that
      // landed before is no sign of this one.
      const registered = await this.uncertainAware(
        () =>
          isSales(plan)
            ? moneybird.createSalesInvoicePayment(invoiceId, payment)
            : moneybird.createExternalSalesInvoicePayment(invoiceId, payment),
        async () => {
          const now = await this.readInvoice(plan, entry);
          const lacking = stillToPay(plan.payments, now).length;
          return lacking < missing.length - index ? { id: now.payments!.at(-1)!.id } : undefined;
        },
      );
      paymentId = registered.id;
    }
    return paymentId;
  }

  /**
   * Marks the order paid and done, with its log line, in one transaction: paid and done are both
   * confirmed by the payment (or, for a zero total, by the send).
   */
  private finish(
    entry: JournalEntry,
    from: JournalState,
    paymentId?: string,
    /** From totals_ok: the invoice the send returned, recorded as sent in the same transaction. */
    sent?: Invoice,
    /** A credit's: the shop's refund records its payments were made from, kept with the payment. */
    refundIds?: readonly string[],
  ): JournalEntry {
    const { store } = this.ctx;
    const order = entry.orderNumber;
    let announce: (() => void) | undefined;
    const done = store.transaction(() => {
      if (refundIds) store.creditRefundsUsed.record(order, refundIds);
      const paid = { to: 'paid' as const, patch: paymentId ? { paymentId } : undefined };
      const steps: Array<{ to: Progress; patch?: JournalPatch; intent?: WriteIntent }> =
        from === 'paid' ? [{ to: 'done' }] : [paid, { to: 'done' }];
      if (sent) {
        const [to, patch, intent] = sentStep(sent);
        steps.unshift({ to, patch, intent });
      }
      const booked = store.journal.advanceThrough(order, from, steps);
      if (sent) this.recordBookedFigures(order, sent);
      announce = this.ctx.logBooked?.(booked);
      return booked;
    });
    announce?.();
    return done;
  }

  // ---- Moneybird look-ups --------------------------------------------------------------------------

  private async createInvoice(plan: BookingPlan, contactId: string): Promise<Invoice> {
    const { moneybird } = this.ctx;
    if (isSales(plan)) {
      return await moneybird.createSalesInvoice({
        ...plan.invoice.sales_invoice,
        contact_id: contactId,
      });
    }
    const payload = (plan.invoice as ExternalSalesInvoicePayload).external_sales_invoice;
    return await moneybird.createExternalSalesInvoice({ ...payload, contact_id: contactId });
  }

  /** The booking Moneybird already holds for this order, found by its reference. */
  private async findBooking(plan: BookingPlan, contactId: string): Promise<Invoice | undefined> {
    const { moneybird } = this.ctx;
    if (isSales(plan)) {
      const found = await moneybird.findSalesInvoiceByReference(plan.reference);
      return found && found.reference === plan.reference ? found : undefined;
    }
    // External invoices have no find_by_reference: list the contact's invoices of that date.
    const date = (plan.invoice as ExternalSalesInvoicePayload).external_sales_invoice.date;
    const period = `${date.replaceAll('-', '')}..${date.replaceAll('-', '')}`;
    const listed = await moneybird.listExternalSalesInvoices({ contact_id: contactId, period, state: 'all' });
    return listed.find((i) => i.reference === plan.reference);
  }

  private async readInvoice(plan: BookingPlan, entry: JournalEntry): Promise<Invoice> {
    const id = entry.moneybird.invoiceId!;
    const invoice = await this.fetchInvoice(plan, id);
    if (!invoice) {
      throw new ParkError(
        // Named as the owner finds it in Moneybird: its number, else its reference.
        localize(syncMessages, 'sync.invoice_gone', {
          order: entry.orderNumber,
          invoiceId: entry.invoiceNumber ?? entry.reference ?? id,
        }),
        'invoice_gone',
      );
    }
    return invoice;
  }

  /** The invoice as Moneybird holds it now, or undefined when it is not there (any more). */
  private async fetchInvoice(plan: BookingPlan, id: string): Promise<Invoice | undefined> {
    try {
      return isSales(plan)
        ? await this.ctx.moneybird.getSalesInvoice(id)
        : await this.ctx.moneybird.getExternalSalesInvoice(id);
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  }

  /**
   * Runs a Moneybird create. If its outcome is unknown, asks `resolve` whether it landed: a found
   * result is used as if the create had answered; not found means it did not land, and the order
   * waits for a clean retry (the intent stays, so the retry checks again first).
   */
  private async uncertainAware<T, R>(
    create: () => Promise<T>,
    resolve: () => Promise<R | undefined>,
  ): Promise<T | R> {
    try {
      return await create();
    } catch (error) {
      if (!(error instanceof UncertainOutcomeError)) throw error;
      this.ctx.log(
        'warn',
        'Moneybird write with unknown outcome; checking before anything is written again',
        {
          error: error.message,
        },
      );
      const found = await resolve();
      if (found !== undefined) return found;
      throw error;
    }
  }

  // ---- outcomes -----------------------------------------------------------------------------------

  /**
   * What a failure outside the steps (looking the booking up before the first write) means for the
   * order: the run stops on a revoked token or a plan limit, a refusal parks it, the rest waits.
   */
  fail(entry: JournalEntry, error: unknown): BookingOutcome {
    return this.failed(entry, error);
  }

  private park(entry: JournalEntry, reason: JournalReason): JournalEntry {
    const said = parkedReasonForLog(reason.message);
    // Most reasons open with the order ("Bestelling 1013 komt …"): a lead naming it again would say
    // it twice in a row. A reason that does not name the order gets the lead.
    const named = said.nl.includes(entry.orderNumber) && said.en.includes(entry.orderNumber);
    const lead = localize(syncMessages, 'sync.order_parked', { order: entry.orderNumber, reason: '' });
    this.ctx.log('warn', named ? said : { nl: lead.nl + said.nl, en: lead.en + said.en }, {
      order: entry.orderNumber,
      code: reason.code,
    });
    return this.ctx.store.journal.park(entry.orderNumber, entry.state, reason);
  }

  private failed(entry: JournalEntry, error: unknown): BookingOutcome {
    const { store, now } = this.ctx;
    const order = entry.orderNumber;
    // The store refused a write (a full disk): no order can be recorded now, so the run stops.
    if (storeWriteErrorOf(error, store.file)) throw error;
    if (error instanceof AuthenticationError || error instanceof PlanLimitError)
      throw new RunBlockedError(error);
    // The owner's cancel gave up a read: the order stays where it is, for the next run, as after a stop.
    if (error instanceof RequestCancelledError) throw error;
    if (error instanceof ContactCreateInDoubt) {
      const reason = {
        code: 'contact_create_in_doubt',
        message: localize(syncMessages, 'sync.contact_create_in_doubt', {
          order,
          other: error.otherOrder,
        }),
      };
      return {
        kind: 'waiting',
        entry: store.journal.waitForRetry(
          order,
          entry.state,
          reason,
          now() + retryDelay(entry.attempts, undefined, now()),
        ),
      };
    }
    if (error instanceof ParkError) {
      return { kind: 'parked', entry: this.park(entry, { code: error.code, message: error.userMessage }) };
    }
    if (error instanceof ValidationError || (error instanceof ApiError && error.kind === 'not-found')) {
      // What was refused in Moneybird's words (fields), or what it no longer knows in the owner's
      // (never the request's address).
      const details =
        error instanceof ValidationError
          ? error.reason
            ? { nl: error.reason, en: error.reason }
            : localize(syncMessages, 'sync.refused_without_reason')
          : withoutFinalStop(error.userMessage);
      return {
        kind: 'parked',
        entry: this.park(entry, {
          code: `moneybird_${error.kind}`,
          message: localize(syncMessages, 'sync.moneybird_refused', { order }, { details }),
          details: {
            status: error.status ?? null,
            ...(error instanceof ValidationError && { fields: error.fields }),
          },
        }),
      };
    }
    return this.waitAfter(entry, error);
  }

  /** The order waits for a later try, with what went wrong in the owner's words. */
  waitAfter(entry: JournalEntry, error: unknown): BookingOutcome {
    const { store, now } = this.ctx;
    const order = entry.orderNumber;
    const retryAt =
      error instanceof ApiError && 'retryAt' in error ? (error.retryAt as number | undefined) : undefined;
    const at = now() + retryDelay(entry.attempts, retryAt, now());
    // An API or store failure says in the owner's words what happened; only a bug is told as thrown.
    const detail = error instanceof ApiError ? error.userMessage : storeErrorText(error);
    const text = error instanceof Error ? error.message : String(error);
    this.ctx.log('warn', localize(syncMessages, 'sync.order_waits', { order }), { order, error: text });
    // The time as the owner's clock shows it (Amsterdam), not UTC's.
    const when = shopLocalTime(at).slice(11, 16);
    const message = localize(
      syncMessages,
      'sync.transient',
      { order, retryAt: when },
      { details: asSentence(detail ?? { nl: text, en: text }) },
    );
    const code = error instanceof ApiError ? `${error.service}_${error.kind}` : 'unexpected_error';
    return { kind: 'waiting', entry: store.journal.waitForRetry(order, entry.state, { code, message }, at) };
  }
}

/** The shop's refund records a credit's payments are made from; undefined for any other plan. */
function refundIdsOf(plan: BookingPlan): readonly string[] | undefined {
  return plan.creditRefund?.kind === 'registered' ? plan.creditRefund.refundIds : undefined;
}

/** A text set between two sentences: it ends as one. */
function asSentence(text: LocalizedText): LocalizedText {
  const end = (t: string) => (/[.!?]\s*$/.test(t) ? t.trimEnd() : `${t.trimEnd()}.`);
  return { nl: end(text.nl), en: end(text.en) };
}

/** A sentence set inside another: its own final full stop would end that one early. */
function withoutFinalStop(text: LocalizedText): LocalizedText {
  return { nl: text.nl.replace(/\.\s*$/, ''), en: text.en.replace(/\.\s*$/, '') };
}

/** A reason to park the order now, raised from inside a step. */
export class ParkError extends Error {
  constructor(
    readonly userMessage: { nl: string; en: string },
    readonly code: string,
  ) {
    super(userMessage.en);
  }
}

export type { WriteIntent };

/** Whether Moneybird's refusal names an invoice line's tax rate (`details.tax_rate_id`, as it words it). */
function refusesTaxRate(error: ValidationError): boolean {
  return Object.keys(error.fields).some((field) => field.endsWith('tax_rate_id'));
}
