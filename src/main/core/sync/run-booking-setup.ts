// What a run books with: Moneybird's reference data (the locked period read again during a long
// run) and contacts, the owner's mapping completed with the foreign rates its orders use, and one
// booking executor wired to the run's log. Made once per run, at its first booking, and completed
// for each batch of orders it books after that.

import { syncMessages } from '../../../shared/i18n/messages/sync';
import { localize } from '../../../shared/i18n/translate';
import { shopLocalDate } from '../../../shared/shop-calendar';
import {
  type BookingPlan,
  type BookkeepingSettings,
  lockedPeriodRefusal,
  type MoneybirdReferenceData,
  refusedTaxRateOf,
  type TaxRateNeed,
} from '../bookkeeping';
import type { MijnwebwinkelClient } from '../mijnwebwinkel/client';
import type { Order } from '../mijnwebwinkel/order-schema';
import type { MoneybirdClient } from '../moneybird/client';
import type { Administration } from '../moneybird/schemas';
import type { JournalEntry, JournalReason, Store } from '../store';
import { BookingExecutor } from './booking-executor';
import { refreshContacts } from './contact-directory';
import type { ReferenceKeeper } from './reference-keeper';
import { completeRunMapping, ossNeedsOf, storedShopCountry } from './run-mapping';
import type { QuietRunLog, RunLog } from './run-report';
import { orderIfReadable } from './shop-order-read';
import { bookkeepingMappingSetting, lockedPeriodMovesSetting } from './sync-settings';

export interface BookingSetup {
  settings: BookkeepingSettings;
  reference: MoneybirdReferenceData;
  executor: BookingExecutor;
}

export interface RunBookingSetupOptions {
  store: Store;
  mijnwebwinkel: MijnwebwinkelClient;
  moneybird: MoneybirdClient;
  references: ReferenceKeeper;
  now: () => number;
  runId: number;
  /** From when the run looked at the shop: the locked period is read at least once after it. */
  runStartedAt: number;
  /** The owner's mapping as the run read it. */
  mapping: () => Record<string, unknown>;
  log: RunLog;
  logQuietly: QuietRunLog;
}

/** During a long run (a history import) the locked period is read again this often. */
const PERIOD_LOCK_REREAD_MS = 10 * 60 * 1000;

/**
 * An order of the page being booked (or an original read for a credit), read from the shop once and
 * kept in `orders` for the rest of the page; undefined when the shop no longer has it readable.
 */
export async function pageOrder(
  mijnwebwinkel: MijnwebwinkelClient,
  orderNumber: string,
  orders: Map<string, Order>,
): Promise<Order | undefined> {
  const cached = orders.get(orderNumber);
  if (cached) return cached;
  const result = await mijnwebwinkel.order(orderNumber);
  if (!result.ok) return undefined;
  orders.set(orderNumber, result.order);
  return result.order;
}

export class RunBookingSetup {
  private setup: BookingSetup | undefined;
  /**
   * Which administration the run's booked lines name: none while the journal holds bookings in the
   * connected administration only (the usual case), else the connected one's name. Asked at the
   * run's first booking, once (undefined: not asked yet).
   */
  private bookedLinesName: string | null | undefined;

  constructor(private readonly options: RunBookingSetupOptions) {}

  /** What booking these entries needs, read or completed now. */
  async prepare(entries: readonly JournalEntry[], orders: Map<string, Order>): Promise<BookingSetup> {
    const { store, moneybird, references, now, runStartedAt } = this.options;
    const stored = store.settings.get(bookkeepingMappingSetting);
    // The locked period as it is now, not as it was up to an hour ago: read at least once per run
    // that books, and again during a long one.
    const reference = await references.get(
      Math.max(runStartedAt, now() - PERIOD_LOCK_REREAD_MS),
      JSON.stringify(stored),
    );
    if (!this.setup) await refreshContacts(moneybird, store.contacts, now());
    const settings = completeRunMapping(stored, reference, await this.ossNeedsOf(entries, orders));
    const executor = this.setup?.executor ?? this.executor(reference.data, reference.administrations);
    this.setup = { settings, reference: reference.data, executor };
    return this.setup;
  }

  /**
   * The foreign rates these orders use. A retried or resumed order was not among the page's orders:
   * read now (booking needs it anyway), so its rates are proposed like the others'. A credit is
   * planned with its original, whose other rates (the mug beside the returned book) its run must have
   * mapped too, though no other order of the run uses them.
   */
  private async ossNeedsOf(
    entries: readonly JournalEntry[],
    orders: Map<string, Order>,
  ): Promise<TaxRateNeed[]> {
    const { mijnwebwinkel } = this.options;
    const needs: TaxRateNeed[] = [];
    const shopCountry = storedShopCountry(this.options.mapping());
    for (const entry of entries) {
      // An order the shop cannot give now proposes nothing: its own booking says why.
      const order = await orderIfReadable(pageOrder(mijnwebwinkel, entry.orderNumber, orders));
      if (!order) continue;
      needs.push(...ossNeedsOf(order, shopCountry));
      if (order.creditedOrderNumber === undefined) continue;
      const original = await orderIfReadable(pageOrder(mijnwebwinkel, order.creditedOrderNumber, orders));
      if (original) needs.push(...ossNeedsOf(original, shopCountry));
    }
    return needs;
  }

  private executor(
    reference: MoneybirdReferenceData,
    administrations: readonly Administration[],
  ): BookingExecutor {
    const { store, moneybird, now, runId, log, logQuietly } = this.options;
    const orderOf = (fields?: Record<string, unknown>) => (fields?.order as string | undefined) ?? null;
    return new BookingExecutor({
      store,
      moneybird,
      reference,
      now,
      log: (level, message, fields) => log(level, message, orderOf(fields), runId, fields),
      logInTransaction: (level, message, fields) =>
        logQuietly(level, message, orderOf(fields), runId, fields),
      lockedPeriodReason: (entry) => this.lockedPeriodReason(entry),
      taxRateReason: (plan) => this.taxRateReason(plan),
      logBooked: (entry) => {
        // The invoice as the owner knows it: its number (given at the send, or the shop's own
        // reference for an external invoice), not Moneybird's internal id. Numbers start over in
        // each administration: once the journal holds bookings in another one, the line says which.
        // A credit order's booking is a credit invoice of its original: said so, as the page says.
        const administration = this.bookedLinesAdministration(administrations);
        const params = {
          order: entry.orderNumber,
          invoice: entry.invoiceNumber ?? entry.moneybird.invoiceId ?? '-',
          ...(entry.creditedOrderNumber && { original: entry.creditedOrderNumber }),
          ...(administration !== null && { administration }),
        };
        const key = entry.creditedOrderNumber ? 'sync.credit_booked' : 'sync.order_booked';
        return logQuietly(
          'info',
          localize(syncMessages, administration === null ? key : `${key}_in`, params),
          entry.orderNumber,
          null,
          { invoiceId: entry.moneybird.invoiceId },
        );
      },
    });
  }

  /** One query for the run, at its first booking, not one per order. */
  private bookedLinesAdministration(administrations: readonly Administration[]): string | null {
    if (this.bookedLinesName !== undefined) return this.bookedLinesName;
    const connected = this.options.moneybird.administrationId;
    const elsewhere = connected !== undefined && this.options.store.journal.holdsBookingsOutside(connected);
    this.bookedLinesName = elsewhere
      ? (administrations.find((administration) => administration.id === connected)?.name ?? null)
      : null;
    return this.bookedLinesName;
  }

  /**
   * Whether the order's date lies in the locked period as Moneybird has it now (read again: the lock
   * may have moved since the run read it), and the owner has not chosen to book it on the first open
   * day: then the reason a locked period gives.
   */
  private async lockedPeriodReason(entry: JournalEntry): Promise<JournalReason | null> {
    const { store, references, now, runId } = this.options;
    if (!entry.orderDate) return null;
    const periodLockedUntil = await references.lockAfterRefusal(runId);
    if (store.settings.get(lockedPeriodMovesSetting).includes(entry.orderNumber)) return null;
    const refusal = lockedPeriodRefusal(
      { number: entry.orderNumber, date: entry.orderDate },
      periodLockedUntil,
      shopLocalDate(now()),
    );
    return refusal && { code: refusal.code, message: refusal.message, details: refusal.details };
  }

  /**
   * Moneybird refused a tax rate of the plan: its rates read again (one request; the kept reference
   * data is marked stale, so the next run reads it all), and the reason the rate the plan used gives
   * now, naming it: deactivated or deleted since the run read the rates.
   */
  private async taxRateReason(plan: BookingPlan): Promise<JournalReason | null> {
    this.options.references.markStale();
    const rates = await this.options.moneybird.taxRates({ tax_rate_type: 'sales_invoice' });
    const refusal = refusedTaxRateOf(plan, rates);
    return refusal && { code: refusal.code, message: refusal.message, details: refusal.details };
  }
}
