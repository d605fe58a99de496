// What the tests of bookings deleted in Moneybird share (book-again-explores, leave-deleted-explores):
// plain sales of their own customers, the owner's screens on a world as the app service builds them
// (book again or not, the order's page, the month per VAT rate and its comparison, the status), and
// the shop selling and crediting while the app runs.
import { expect } from 'vitest';
import { createBookAgainChannels } from '../../../src/main/core/app-service/book-again-channels';
import { createLockedPeriodChannels } from '../../../src/main/core/app-service/locked-period-channels';
import { createOrderChannels } from '../../../src/main/core/app-service/order-channels';
import { createReconciliationChannels } from '../../../src/main/core/app-service/reconciliation-channels';
import { countsOfStore } from '../../../src/main/core/app-service/status-mapping';
import {
  monthPerVatRate,
  type ReconciliationView,
} from '../../../src/main/core/reconciliation/month-per-vat-rate';
import { type Period, periodRange } from '../../../src/main/core/reconciliation/period';
import { createOrderOverview } from '../../../src/main/core/store';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { type LineName, sale } from './shop-sales';
import { controllerOn, type SyncWorld, type worldPerTest } from './support';

export const SINCE = '2026-01-01';
export const OCTOBER: Period = { kind: 'month', year: 2026, index: 10 };
export const NOVEMBER: Period = { kind: 'month', year: 2026, index: 11 };

/** A sale of `lines` (default 2 × Mok at 21 % and Thee at 9 %: 29.65) on `date`, of its own customer. */
export function saleOn(number: number, date: string, lines?: readonly LineName[]): MwwOrder {
  return { ...sale(number, `klant-${number}@example.nl`, lines), date };
}

/**
 * The owner's screens on a world, as the app service builds them: book again or not, the order's
 * page, the month per VAT rate and its comparison with Moneybird (and CSV), the choice for a locked
 * period, the status. Built on the runtime open now: a test that reopens it builds them again.
 */
export function screensOf(w: SyncWorld) {
  const { sync, retried, retry } = controllerOn(w);
  const bookAgainChannels = createBookAgainChannels(w.runtime.store, () => w.runtime.moneybird, sync);
  const orderChannels = createOrderChannels(w.runtime.store, () => ({
    mijnwebwinkel: w.runtime.mijnwebwinkel,
    moneybird: w.runtime.moneybird,
  }));
  const reconciliation = createReconciliationChannels(w.runtime.store, () => w.runtime.moneybird);
  return {
    sync,
    retried,
    retry,
    bookAgain: (orderNumber: number | string) =>
      bookAgainChannels['orders.bookAgain']({ orderNumber: String(orderNumber) }),
    leaveDeleted: (orderNumber: number | string) =>
      bookAgainChannels['orders.leaveDeleted']({ orderNumber: String(orderNumber) }),
    detail: async (orderNumber: number | string) =>
      (await orderChannels['orders.detail']({ orderNumber: String(orderNumber) })).order!,
    check: async (period: Period) => reconciliation['reconciliation.checkMoneybird']({ period }),
    view: (period: Period): ReconciliationView =>
      reconciliation['reconciliation.period']({ period, limit: 1000 }) as ReconciliationView,
    csv: (period: Period, language: 'nl' | 'en' = 'nl') =>
      (reconciliation['reconciliation.exportCsv']({ period, language }) as { csv: string }).csv,
    /** The month per VAT rate straight from the store, as the check's own test reads it. */
    figures: (period: Period) => {
      const { from, to } = periodRange(period);
      return monthPerVatRate(period, w.runtime.store.vatFigures.period(from, to));
    },
    bookInOpenPeriod: (orderNumber: number | string) =>
      createLockedPeriodChannels(w.runtime.store, sync)['orders.bookInOpenPeriod']({
        orderNumber: String(orderNumber),
      }),
    /** The status's counts (dashboard headline, tray). */
    status: () => countsOfStore(w.runtime.store),
    /** The orders screen's counts per state. */
    screenCounts: () => createOrderOverview(w.runtime.store.db).stateCounts(),
  };
}

/**
 * Imports the shop's history since SINCE, then a regular run (from there on the journal vouches for
 * its orders, and a credit waiting for its original follows); each order booked.
 */
export const bookedIn =
  (worlds: ReturnType<typeof worldPerTest>) =>
  async (orders: MwwOrder[], options: { style?: 'sales' | 'external' } = {}) => {
    const w = await worlds.start({ orders, ...options });
    expect((await w.runtime.engine.run('import', { importSince: SINCE })).outcome).toBe('completed');
    expect((await w.runtime.engine.run('manual')).outcome).toBe('completed');
    for (const order of orders)
      expect(w.runtime.store.journal.get(String(order.number))!.state, `order ${order.number}`).toBe('done');
    return { w, ...screensOf(w) };
  };

/** The shop completes an order now (default: status 3, Betaald): the next regular run finds it. */
export function completeInShop(w: Pick<SyncWorld, 'mww'>, order: MwwOrder, status = 3): void {
  w.mww.shop.addOrder({ ...order, status: 1 });
  w.mww.shop.setStatus(order.number, status);
}

/** The shop sells (status Completed) an order, and a scheduled run books it. */
export async function shopSells(w: SyncWorld, order: MwwOrder) {
  completeInShop(w, order);
  await w.runtime.engine.run('scheduled');
  expect(w.runtime.store.journal.get(String(order.number))!.state).toBe('done');
}

/** The shop credits (and refunds) a credit order. */
export function shopCredits(w: SyncWorld, credit: MwwOrder) {
  w.mww.shop.addOrder({ ...credit, status: 1 });
  w.mww.shop.setStatus(credit.number, 10);
}

export const entryOf = (w: SyncWorld, orderNumber: number | string) =>
  w.runtime.store.journal.get(String(orderNumber))!;

/** The invoice (sales or external) the journal booked the order on. */
export const invoiceOf = (w: SyncWorld, orderNumber: number | string) => {
  const id = entryOf(w, orderNumber).moneybird.invoiceId;
  return [...w.moneybird.books.salesInvoices(), ...w.moneybird.books.externalSalesInvoices()].find(
    (i) => i.id === id,
  );
};

/** Moneybird's writes in `entries` (the look-up's synchronization POST only reads). */
export const writesIn = (entries: Array<{ method: string; path: string }>) =>
  entries.filter((r) => r.method !== 'GET' && !r.path.endsWith('/synchronization.json'));

/** A sales invoice paid in full by exactly one payment. */
export function expectPaidOnce(invoice: {
  state: string;
  total_price_incl_tax: string;
  payments: unknown[];
}) {
  expect(invoice.state).toBe('paid');
  expect(invoice.payments).toHaveLength(1);
  expect((invoice.payments[0] as { price: string }).price).toBe(invoice.total_price_incl_tax);
}
