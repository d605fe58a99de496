// The booking of one due order, step by step: read it from the shop (unreadable: parked), set it
// aside when the shop called it off since, keep the choices the journal recorded for it, find the
// booking a credit credits, plan it (a refusal parks it; a credit without its refund waits on), take
// over what Moneybird may hold of it already, check a credit's original is still booked as it was,
// and then hand it to the executor, which makes the writes exactly once.

import { syncMessages } from '../../../shared/i18n/messages/sync';
import { localize } from '../../../shared/i18n/translate';
import { writtenAmounts } from '../../../shared/i18n/written-money';
import { shopLocalDate } from '../../../shared/shop-calendar';
import {
  type BookingPlan,
  type BookkeepingSettings,
  isRefusal,
  type OriginalBooking,
  type Refusal,
} from '../bookkeeping';
import type { MijnwebwinkelClient } from '../mijnwebwinkel/client';
import type { Order } from '../mijnwebwinkel/order-schema';
import { abs, parseDecimal, toFixed } from '../money/decimal';
import type { MoneybirdClient } from '../moneybird/client';
import { bookingStyleOf, type JournalEntry, type JournalReason, type Store } from '../store';
import type { BookingExecutor, CalledOffGuard } from './booking-executor';
import { awaitsRefund, isAwaitingRefund, keepAwaitingRefund } from './credit-notes';
import { originalBooking, originalInvoiceProblem } from './credit-originals';
import { recordedChoices } from './recorded-choices';
import type { RunAdoption } from './run-adoption';
import { type BookingSetup, pageOrder } from './run-booking-setup';
import { planOrderBooking } from './run-mapping';
import { type OrderReport, type RunLog, toReport } from './run-report';
import { creditAfterOwnerSettled, type ShopCancellations } from './shop-cancellations';
import { goneFromShopReason, isGoneFromShop, stopsTheRun } from './shop-order-read';
import type { ShopPaymentRecordReader } from './shop-payment-records';
import { lockedPeriodMovesSetting } from './sync-settings';

export interface OrderBookingOptions {
  store: Store;
  mijnwebwinkel: MijnwebwinkelClient;
  moneybird: MoneybirdClient;
  now: () => number;
  paymentRecords: ShopPaymentRecordReader;
  /** The run's look at orders the shop called off: a booking consults it too. */
  cancellations: ShopCancellations;
  /** What the run's journal vouches for, and what it takes over. */
  adoption: RunAdoption;
  /** Line types already logged as unknown by this process: each is worth one line, not one per order. */
  unknownLineTypesLogged: Set<string>;
  log: RunLog;
}

/** An order whose plan is made, on its way to Moneybird: what taking over and booking it need. */
interface PlannedOrder {
  plan: BookingPlan;
  settings: BookkeepingSettings;
  /** The plan again with other settings (the style or prefix Moneybird holds it under). */
  planWith: (settings: BookkeepingSettings) => BookingPlan | Refusal;
  executor: BookingExecutor;
  /** For an order called off in the shop: never a new invoice, a draft left unsent. */
  guard: CalledOffGuard | undefined;
  /** A booking finished or taken over, of an order called off: brought to the owner. */
  broughtUp: <R extends OrderReport | null>(report: R) => R;
  /** Why the run's look-up of what Moneybird holds failed, if it did. */
  lookupFailure: unknown;
}

export class OrderBooking {
  constructor(private readonly options: OrderBookingOptions) {}

  /** Books one due order, or says why not; null when there is nothing to report. */
  async book(
    entry: JournalEntry,
    orders: Map<string, Order>,
    setup: BookingSetup,
    lookupFailure?: unknown,
  ): Promise<OrderReport | null> {
    const { store, now } = this.options;
    const { journal } = store;
    let current = entry;
    // credit notes (#11): waiting for a refund is no failed attempt.
    const awaitingRefund = isAwaitingRefund(current);
    if (current.state === 'waiting_transient')
      current = journal.resume(current.orderNumber, 'waiting_transient', { resetAttempts: awaitingRefund });
    let order: Order | undefined;
    try {
      order = await pageOrder(this.options.mijnwebwinkel, current.orderNumber, orders);
    } catch (error) {
      return this.unreadInShop(current, error, setup.executor);
    }
    if (!order) {
      const parked = journal.park(current.orderNumber, current.state, {
        code: 'order_unreadable',
        message: localize(syncMessages, 'sync.order_unreadable_now', { order: current.orderNumber }),
      });
      return toReport(parked, 'parked');
    }
    // Called off in the shop (a retry, a resume, "Opnieuw boeken" after a deletion, the queue):
    // set aside when Moneybird holds nothing of it or only a draft; else finished, then brought up.
    const { cancellations } = this.options;
    const calledOff = cancellations.isCalledOff(order) ? cancellations : undefined;
    const setAside = await calledOff?.beforeBooking(current, order, null);
    if (setAside) return toReport(setAside, 'skipped');
    const guard: CalledOffGuard | undefined =
      calledOff && ((entry) => calledOff.beforeBooking(entry, order, null, true));
    const broughtUp = <R extends OrderReport | null>(report: R): R => {
      if (calledOff && report?.outcome === 'booked') calledOff.afterBooking(report.orderNumber, order, null);
      return report;
    };
    // The owner may have switched the booking style or the reference prefix since the order was
    // admitted: it keeps what the journal recorded once Moneybird may hold part of its booking.
    let settings: BookkeepingSettings;
    ({ entry: current, settings } = recordedChoices(journal, current, setup.settings));
    let original: OriginalBooking | undefined;
    if (order.creditedOrderNumber) {
      let resolved: Awaited<ReturnType<typeof originalBooking>>;
      try {
        resolved = await originalBooking(
          {
            store,
            orderFor: (orderNumber) => pageOrder(this.options.mijnwebwinkel, orderNumber, orders),
            paymentRecords: this.options.paymentRecords,
          },
          order,
          settings,
          setup.reference,
        );
      } catch (error) {
        // The original (or its refunds) could not be read now: the credit waits for it.
        return this.waitUnlessStopped(current, error, setup.executor);
      }
      if ('reason' in resolved) {
        const parked = journal.park(current.orderNumber, current.state, resolved.reason);
        return toReport(parked, 'parked');
      }
      original = resolved.original;
      // Its original's cancellation settled by the owner by hand: asked once before it credits again.
      const ask = creditAfterOwnerSettled(store, current, order.creditedOrderNumber);
      if (ask) return this.park(current, ask);
    }
    const records = await this.options.paymentRecords.recordsOf(order);
    const moveOutOfLockedPeriod = store.settings.get(lockedPeriodMovesSetting).includes(current.orderNumber);
    const planWith = (planned: BookkeepingSettings) =>
      planOrderBooking(
        order,
        planned,
        setup.reference,
        original,
        records?.captures,
        moveOutOfLockedPeriod,
        shopLocalDate(now()),
      );
    const plan = planWith(settings);
    if (isRefusal(plan)) return this.park(current, plan);
    // credit notes (#11): still no refund in the shop: the credit note waits on, without a request.
    if (awaitingRefund && awaitsRefund(plan))
      return toReport(keepAwaitingRefund(store, plan, current, now()), 'waiting');
    this.noteBookkeepingDetails(plan);
    const planned: PlannedOrder = {
      plan,
      settings,
      planWith,
      executor: setup.executor,
      guard,
      broughtUp,
      lookupFailure,
    };
    if (this.options.adoption.needsLookUp(current)) {
      const takenOver = await this.takeOver(current, planned);
      if (takenOver) return takenOver;
    }
    // credit notes (#11): before a credit's first write, its original must still be in Moneybird
    // as booked (the owner may have deleted or changed it since).
    if (original && current.moneybird.invoiceId === null) {
      let problem: JournalReason | null;
      try {
        problem = await originalInvoiceProblem(this.options.moneybird, store, plan, original);
      } catch (error) {
        const failed = setup.executor.fail(current, error);
        return toReport(failed.entry, failed.kind);
      }
      if (problem) return this.park(current, problem);
    }
    // The executor writes the booked line in the transaction that books the order.
    return this.execute(current, plan, planned);
  }

  /**
   * An order the journal cannot vouch for: what Moneybird holds of it taken over, under the order's
   * reference, in the other booking style (the owner switched it since), under the legacy shared
   * prefix of an earlier install, or in another administration of the owner's. Null when Moneybird
   * holds nothing of it: it is booked as planned.
   */
  private async takeOver(current: JournalEntry, planned: PlannedOrder): Promise<OrderReport | null> {
    const { journal } = this.options.store;
    const { adoption } = this.options;
    const { plan, settings, planWith, executor, guard, broughtUp, lookupFailure } = planned;
    const adopted = broughtUp(await adoption.adoptExisting(current, plan, executor, lookupFailure, guard));
    if (adopted) return adopted;
    // Looked for elsewhere only when the run's look-up went through: otherwise nothing is known.
    if (lookupFailure !== undefined) return null;
    // Booked in the other style before the owner switched it: adopted as it was booked.
    const other = await adoption.bookedInOtherStyle(current, plan);
    if (other) {
      const amended = journal.amend(current.orderNumber, current.state, {
        bookingStyle: bookingStyleOf(other),
      });
      const asBooked = planWith({ ...settings, bookingStyle: other });
      if (isRefusal(asBooked)) return this.park(amended, asBooked);
      const readopted = broughtUp(
        await adoption.adoptExisting(amended, asBooked, executor, undefined, guard),
      );
      return readopted ?? this.execute(amended, asBooked, planned);
    }
    // Booked by an earlier install under the legacy shared prefix: adopted under that reference.
    const legacy = adoption.legacyBooking(current, (style, referencePrefix) => {
      const asBooked = planWith({ ...settings, bookingStyle: style, referencePrefix });
      return isRefusal(asBooked) ? null : asBooked;
    });
    if (legacy) {
      let amended: JournalEntry;
      try {
        amended = journal.amend(current.orderNumber, current.state, {
          reference: legacy.reference,
          bookingStyle: bookingStyleOf(legacy.style),
        });
      } catch (error) {
        // An invoice's create was begun under the shop's own reference: not to be renamed.
        const failed = executor.fail(current, error);
        return toReport(failed.entry, failed.kind);
      }
      const readopted = broughtUp(await adoption.adoptExisting(amended, legacy, executor, undefined, guard));
      // The journal now knows the order by that reference: any booking of it is made under it.
      return readopted ?? this.execute(amended, legacy, planned);
    }
    // Booked in another administration of the owner's, before a switch this journal does not know.
    return broughtUp(await adoption.adoptElsewhere(current, plan, executor));
  }

  /** The executor's writes for the plan, exactly once; a booking of an order called off brought up. */
  private async execute(entry: JournalEntry, plan: BookingPlan, planned: PlannedOrder): Promise<OrderReport> {
    const outcome = await planned.executor.book(plan, entry, undefined, planned.guard);
    return planned.broughtUp(toReport(outcome.entry, outcome.kind));
  }

  /**
   * The shop could not give the order now: gone from the shop, it parks for the owner; any other
   * failure of this one read (the shop's error on it, an answer that cannot be read) makes it wait
   * for a later try. What concerns every order stops the run.
   */
  private unreadInShop(entry: JournalEntry, error: unknown, executor: BookingExecutor): OrderReport {
    if (isGoneFromShop(error)) return this.park(entry, goneFromShopReason(entry.orderNumber));
    return this.waitUnlessStopped(entry, error, executor);
  }

  /** A read failed: the order waits for a later try, unless what failed concerns the whole run. */
  private waitUnlessStopped(entry: JournalEntry, error: unknown, executor: BookingExecutor): OrderReport {
    if (stopsTheRun(error)) throw error;
    const waiting = executor.waitAfter(entry, error);
    return toReport(waiting.entry, waiting.kind);
  }

  /** Parked with the reason, which the log says too. */
  private park(entry: JournalEntry, reason: Refusal | JournalReason): OrderReport {
    const parked = this.options.store.journal.park(entry.orderNumber, entry.state, {
      code: reason.code,
      message: reason.message,
      details: reason.details,
    });
    this.options.log('warn', reason.message, entry.orderNumber, null, { code: reason.code });
    return toReport(parked, 'parked');
  }

  /**
   * What the plan decided that the owner may want to read back: per-line VAT rounding on the order's
   * own log lines, and a line type the bookkeeping does not know (booked as revenue), once per type.
   */
  private noteBookkeepingDetails(plan: BookingPlan): void {
    const { log, unknownLineTypesLogged } = this.options;
    for (const rounding of plan.vatRounding)
      log(
        'info',
        localize(
          syncMessages,
          `sync.vat_rounding_${rounding.handling}`,
          { order: plan.orderNumber, rate: rounding.rate, lines: String(rounding.lines) },
          {
            shopTax: writtenAmounts(rounding.shopTax, plan.expected.currency),
            invoiceTax: writtenAmounts(rounding.invoiceTax, plan.expected.currency),
            difference: writtenAmounts(
              toFixed(abs(parseDecimal(rounding.shopTax) - parseDecimal(rounding.invoiceTax)), 2),
              plan.expected.currency,
            ),
          },
        ),
        plan.orderNumber,
        null,
        { code: `vat_rounding_${rounding.handling}` },
      );
    for (const type of plan.unknownLineTypes) {
      if (unknownLineTypesLogged.has(type)) continue;
      unknownLineTypesLogged.add(type);
      log(
        'warn',
        localize(syncMessages, 'sync.unknown_line_type', { order: plan.orderNumber, type }),
        plan.orderNumber,
        null,
        { code: 'unknown_line_type', type },
      );
    }
  }
}
