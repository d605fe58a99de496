// Discovery and eligibility: which of the shop's orders a run looks at (the completed statuses, the
// start date, the window since the last run) and which it admits for booking. An admitted order is
// put in the journal as pending, with what booking it needs, before any Moneybird write can happen;
// an unpaid one stays discovered and is read again by later runs (at each while it is young, then
// less often: `unpaidLookAgainMs`); a test order or one dated before the start date is not booked,
// and one journalled unpaid that has become so is set aside, until an import of its days.
// The admission rule itself (admissionOf) is shared with the dry run.
import { cliMessages } from '../../../shared/i18n/messages/cli';
import { syncMessages } from '../../../shared/i18n/messages/sync';
import { localize } from '../../../shared/i18n/translate';
import { writtenDays } from '../../../shared/i18n/written-day';
import { shopLocalDate } from '../../../shared/shop-calendar';
import { bookingReference, isCreditOrder, isPaid, isTestOrder } from '../bookkeeping';
import { VAT_TREATMENTS } from '../bookkeeping/settings';
import { deriveVatTreatment, type OriginalTreatment } from '../bookkeeping/vat-treatment';
import type { MijnwebwinkelClient, OrderResult } from '../mijnwebwinkel/client';
import type { Order } from '../mijnwebwinkel/order-schema';
import { shopFiguresOf } from '../reconciliation/order-figures'; // month per VAT rate (#12)
import { ossCountryIn } from '../reconciliation/vat-lines';
import type { JournalReason, RunKind, Store } from '../store';
import { unpaidLookAgainMs } from './look-again';
import { type DiscoveryWindow, RECHECK_CURSOR, statusChangedSince, waitingInTurn } from './order-discovery';
import { customerOf } from './order-overview-facts';
import {
  acceptsAuthorizedPayments,
  bookingStyleOf,
  referencePrefixOf,
  SetupRequiredError,
  storedShopCountry,
} from './run-mapping';
import { type OrderReport, type RunLog, toReport } from './run-report';
import { BEFORE_START_DATE, CANCELLED_IN_SHOP } from './set-aside-reasons';
import { goneFromShopReason, isGoneFromShop, stopsTheRun } from './shop-order-read';
import { completedStatusesSetting, STATUS_CHANGE_OVERLAP_MS, startDateSetting } from './sync-settings';

/** Where the last finished discovery began (shop-local time): the next run asks from here on. */
export const STATUS_CHANGED_CURSOR = 'mww.statusChangedSince';

/** Why an order the shop reported is booked or not (its journal state aside). */
export type Admission = 'eligible' | 'test_order' | 'before_start_date' | 'unpaid';

/** Not a test order, on or after the earliest date, and paid (a credit order counts as settled). */
export function admissionOf(order: Order, earliest: string, acceptAuthorized: boolean): Admission {
  if (isTestOrder(order)) return 'test_order';
  if (order.date < earliest) return 'before_start_date';
  const paid = isCreditOrder(order) || isPaid(order, { acceptAuthorized });
  return paid ? 'eligible' : 'unpaid';
}

export interface OrderAdmissionContext {
  store: Store;
  mijnwebwinkel: MijnwebwinkelClient;
  now: () => number;
  log: RunLog;
  /** The owner's mapping as this run books with it. */
  mapping: () => Record<string, unknown>;
  /** Whether an order new to the journal may have been booked without it (see RunAdoption). */
  unvouched: (orderDate: string) => boolean;
}

export class OrderAdmission {
  constructor(private readonly context: OrderAdmissionContext) {}

  /** The statuses the owner counts as completed; none chosen yet stops the run with the choices. */
  async completedStatuses(): Promise<number[]> {
    const statuses = this.context.store.settings.get(completedStatusesSetting);
    if (statuses.length > 0) return statuses;
    const available = await this.context.mijnwebwinkel.orderStatuses();
    const list = available.map((s) => `${s.status} (${s.description})`).join(', ');
    throw new SetupRequiredError(
      'statuses',
      localize(syncMessages, 'sync.needs_statuses'),
      [],
      localize(cliMessages, 'cli.needs_statuses', { statuses: list }),
    );
  }

  /** The day from which orders are booked. */
  startDate(importSince?: string): string {
    const { store, now, log } = this.context;
    const stored = store.settings.get(startDateSetting);
    // An import since an earlier day widens what is booked from then on: an order of the import's
    // period that is paid or completed only later is booked then, not refused as too old.
    if (importSince && (!stored || importSince < stored)) {
      store.settings.set(startDateSetting, importSince);
      log(
        'info',
        localize(syncMessages, 'sync.start_date_set', {}, { date: writtenDays(importSince) }),
        null,
        null,
      );
      return importSince;
    }
    if (stored) return stored;
    // First use: book from today on, so nothing from the past is booked without the owner asking.
    const today = shopLocalDate(now());
    store.settings.set(startDateSetting, today);
    log('info', localize(syncMessages, 'sync.start_date_set', {}, { date: writtenDays(today) }), null, null);
    return today;
  }

  /** The orders to ask the shop for: by order date (first run, import), else changed since the last run. */
  discoveryWindow(kind: RunKind, startDate: string, importSince?: string): DiscoveryWindow {
    if (kind === 'import' && importSince) return { kind: 'order_date', since: importSince };
    const cursor = this.context.store.cursors.get(STATUS_CHANGED_CURSOR);
    if (!cursor) return { kind: 'order_date', since: startDate };
    return statusChangedSince(cursor, STATUS_CHANGE_OVERLAP_MS);
  }

  /**
   * Puts an order the shop reported into the journal when it is eligible (before any Moneybird
   * write can happen), or returns why it is not booked.
   */
  admit(result: OrderResult, earliest: string, orders: Map<string, Order>): OrderReport | null {
    const { store } = this.context;
    const { journal } = store;
    if (!result.ok) {
      const orderNumber = result.number ?? '?';
      const issue = result.issues[0];
      const reason = {
        code: 'order_unreadable',
        message: localize(syncMessages, 'sync.order_unreadable', {
          order: orderNumber,
          field: issue?.field ?? '?',
        }),
        details: { issues: result.issues },
      };
      if (result.number === undefined) {
        this.context.log('warn', reason.message, null, null);
        return {
          orderNumber,
          outcome: 'skipped',
          invoiceId: null,
          reason: reason.message,
          reasonCode: reason.code,
        };
      }
      const { entry } = journal.record({ orderNumber, state: 'discovered' });
      if (entry.state !== 'discovered') return null;
      // Parked in this run: it counts in the run's summary and is listed among its parked orders.
      return toReport(journal.park(orderNumber, 'discovered', reason), 'parked');
    }
    const order = result.order;
    orders.set(order.number, order);
    let known = journal.get(order.number);
    // Set aside because the shop had called it off, and completed in the shop again: booked after all.
    if (known?.state === 'skipped' && known.reason?.code === CANCELLED_IN_SHOP) {
      known = journal.resume(order.number, 'skipped', { resetAttempts: true });
      this.context.log(
        'info',
        localize(syncMessages, 'sync.cancelled_in_shop.back_in_shop', { order: order.number }),
        order.number,
        null,
      );
    }
    // In a completed status again: a mark that the shop had called it off no longer holds.
    if (known && store.cancelledInShop.clear(order.number)) {
      this.context.log(
        'info',
        localize(syncMessages, 'sync.cancelled_in_shop.completed_again', { order: order.number }),
        order.number,
        null,
      );
    }
    const mapping = this.context.mapping();
    const admission = admissionOf(order, earliest, acceptsAuthorizedPayments(mapping));
    // Set aside as dated before the start date, and no longer so (an import of its days moved the
    // start date back): looked at as any order again.
    if (
      known?.state === 'skipped' &&
      known.reason?.code === BEFORE_START_DATE &&
      admission !== BEFORE_START_DATE
    )
      known = journal.resume(order.number, 'skipped', { resetAttempts: true });
    if (known && known.state !== 'discovered') return null;
    // An order read just now, in a listing or alone, that stays seen unpaid: when to read it again.
    const lookAgain = () => {
      const now = this.context.now();
      journal.lookAgainAt(order.number, now + unpaidLookAgainMs(order.date, now));
    };
    if (admission === 'test_order' || admission === BEFORE_START_DATE) {
      // Journalled unpaid before, and now before the start date (the owner moved it on): set aside
      // with the reason, not read again and not shown as waiting for its payment. (A test order is
      // told by its number, so it was never journalled.)
      if (known && admission === BEFORE_START_DATE)
        journal.skip(order.number, 'discovered', beforeStartDate(earliest));
      return notBooked(order.number, admission);
    }
    if (admission === 'unpaid') {
      // Kept as discovered: later runs look at it again until the payment is in, each run while it
      // is young, then less often as it ages. The orders screen shows its amount too (met before it
      // kept one: learned at the next look).
      const total = { currency: order.currency, shopTotal: order.total ?? null };
      const { created, entry } = journal.record({
        orderNumber: order.number,
        state: 'discovered',
        orderDate: order.date,
        ...total,
        ...customerOf(order), // order overview (#12): who ordered, for search
      });
      if (!created && entry.state === 'discovered' && entry.shopTotal === null && total.shopTotal !== null)
        journal.amend(order.number, 'discovered', total);
      lookAgain();
      return {
        orderNumber: order.number,
        outcome: 'skipped',
        invoiceId: null,
        reason: localize(syncMessages, 'sync.unpaid_not_yet', { order: order.number }),
        reasonCode: 'unpaid',
      };
    }
    const facts = {
      bookingStyle:
        bookingStyleOf(mapping) === 'external' ? ('external_invoice' as const) : ('sales_invoice' as const),
      ...(this.context.unvouched(order.date) && { adoption: 'look_up' as const }),
      orderDate: order.date,
      creditedOrderNumber: order.creditedOrderNumber ?? null,
      reference: bookingReference(order.number, referencePrefixOf(mapping)),
      currency: order.currency,
      shopTotal: order.total ?? null,
      shopVat: order.tax ?? null,
      ...customerOf(order), // order overview (#12): who ordered, for search
    };
    // month per VAT rate (#12): the shop's figures per rate are recorded with the admission, each in
    // the part of the VAT return the order's treatment puts it.
    store.transaction(() => {
      if (known) journal.transition(order.number, { from: 'discovered', to: 'pending', patch: facts });
      else journal.record({ orderNumber: order.number, state: 'pending', ...facts });
      store.vatFigures.recordShop(
        order.number,
        shopFiguresOf(
          order,
          storedShopCountry(mapping),
          originalTreatmentOf(order, store, orders, storedShopCountry(mapping)),
        ),
      );
    });
    return null;
  }

  /**
   * Orders seen before but not yet paid whose next look has come: read again (a payment can come in
   * without a status change). Those this run's listings read already (`seen`) are not read twice.
   */
  async recheckDiscovered(
    seen: Set<string>,
    earliest: string,
    orders: Map<string, Order>,
    report: (r: OrderReport) => void,
  ): Promise<void> {
    // In turn: each run goes on where the previous one ended, so every due order is read again.
    const { journal, cursors } = this.context.store;
    const waiting = waitingInTurn((options) => journal.list(options), {
      after: cursors.get(RECHECK_CURSOR),
      dueBy: this.context.now(),
      passOver: seen,
    });
    for (const entry of waiting) {
      let result: OrderResult;
      try {
        result = await this.context.mijnwebwinkel.order(entry.orderNumber);
      } catch (error) {
        if (stopsTheRun(error)) throw error;
        // Gone from the shop: never paid, and now nothing to book; the owner is told. Any other
        // failure of this one read: it is read again at the next run.
        if (isGoneFromShop(error)) {
          const parked = journal.park(entry.orderNumber, entry.state, goneFromShopReason(entry.orderNumber));
          report(toReport(parked, 'parked'));
        }
        continue;
      }
      // Only an order parked now is news for this run; "still unpaid" is not.
      const admitted = this.admit(result, earliest, orders);
      if (admitted?.outcome === 'parked') report(admitted);
      // Paid now: booked from this reading (the run books it next), not read a second time. The
      // rest is not held.
      if (journal.get(entry.orderNumber)?.state !== 'pending') orders.delete(entry.orderNumber);
    }
    if (waiting.length > 0) cursors.set(RECHECK_CURSOR, waiting.at(-1)!.orderNumber);
  }
}

/**
 * The VAT treatment of a credit's original, which the credit's booking keeps: as it was booked, or as
 * the original of this same page will be; undefined when neither is known yet. An OSS sale's country
 * is the one its own figures were recorded in (the journal keeps no country), else the page's.
 */
function originalTreatmentOf(
  order: Order,
  store: Pick<Store, 'journal' | 'vatFigures'>,
  orders: ReadonlyMap<string, Order>,
  shopCountry: string,
): OriginalTreatment | undefined {
  const number = order.creditedOrderNumber;
  if (number === undefined) return undefined;
  const onPage = orders.get(number);
  const derived = onPage && deriveVatTreatment(onPage, shopCountry);
  const booked = store.journal.get(number)?.vatTreatment;
  const known = VAT_TREATMENTS.find((t) => t === booked);
  if (!known) return derived;
  if (known !== 'oss') return { treatment: known };
  const country =
    ossCountryIn(store.vatFigures.boxesOf(number, 'shop')) ??
    ossCountryIn(store.vatFigures.boxesOf(number, 'booked')) ??
    (derived?.treatment === 'oss' ? derived.country : undefined);
  return { treatment: known, country };
}

/** A test order, or one dated before the start date: reported as skipped, not put in the journal. */
type NotBooked = Extract<Admission, 'test_order' | 'before_start_date'>;

/** Why a journalled order is set aside for good: it names the start date and how to book it after all. */
function beforeStartDate(startDate: string): JournalReason {
  return {
    code: BEFORE_START_DATE,
    message: localize(syncMessages, 'sync.before_start_date.set_aside', {}, { date: writtenDays(startDate) }),
  };
}

function notBooked(orderNumber: string, code: NotBooked): OrderReport {
  const text = localize(syncMessages, `sync.${code}`);
  return { orderNumber, outcome: 'skipped', invoiceId: null, reason: text, reasonCode: code };
}
