// The shop a chaos seed runs against: generated orders for that seed, and which of them the product
// promises to book, decided from the generated data the way the product defines it (see DESIGN.md,
// "Eligible order"), independently of the engine's own code.
import { parseDecimal } from '../../sim/common/decimal';
import { seededRandom } from '../../sim/common/faults';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';

/** The statuses the owner chose as "completed" (ids of the generated shop: 10 is the credit status). */
export const COMPLETED_STATUSES = [2, 3, 6, 10] as const;

export interface ChaosShop {
  seed: number;
  orders: MwwOrder[];
  /** The date the history is imported from. */
  since: string;
  style: 'sales' | 'external';
  /**
   * Orders still new (status 1) while the history is imported, completed only afterwards: the sync
   * path (`sync --once`, orders whose status changed) must book them. Their final status, by number.
   */
  live: Map<string, number>;
}

/** A new order's status in the generated shop: paid, not yet handled. */
export const NEW_STATUS = 1;

/** The shop of a seed: 40–64 orders (credits, zero totals, foreign currency, OSS, B2B, test orders). */
export function shopFor(seed: number): ChaosShop {
  const random = seededRandom(seed * 7919 + 17);
  const count = 40 + Math.floor(random() * 25);
  // Some orders fall before the start date, and some credits then credit an order never booked.
  const since = random() < 0.5 ? '2024-01-01' : '2024-02-15';
  // Every third seed books external invoices, whose uncertain creates are resolved differently.
  const style = seed % 3 === 2 ? 'external' : 'sales';
  const orders = generateOrders({ seed, count });
  // About a fifth of the bookable sales (never a credit or a credited order) complete only later.
  const live = new Map<string, number>();
  for (const order of orders) {
    const bookable =
      isEligible(order, since) && !isCredit(order) && !(order.credit_order_numbers ?? []).length;
    if (bookable && random() < 0.2) live.set(orderNumberOf(order), Number(order.status));
  }
  return { seed, orders, since, style, live };
}

/** The orders as the shop holds them when the seed starts: the live ones still new. */
export function startingOrders(shop: ChaosShop): MwwOrder[] {
  return shop.orders.map((order) =>
    shop.live.has(orderNumberOf(order)) ? { ...structuredClone(order), status: NEW_STATUS } : order,
  );
}

/**
 * Answered Moneybird requests a complete booking of the shop makes at the least: a couple of reads to
 * start with, and for every eligible order an invoice create and its payment or send (parked orders
 * aside, which the generated shops have few of).
 */
export function minimumMoneybirdRequests(shop: ChaosShop): number {
  const eligible = shop.orders.filter((o) => isEligible(o, shop.since)).length;
  return 3 + eligible;
}

export const orderNumberOf = (order: MwwOrder): string => String(order.number).trim();

export const isCredit = (order: MwwOrder): boolean =>
  order.credited_order_number !== undefined && order.credited_order_number !== null;

/** Completed, paid (captured, a zero total, or a credit), not a test order, on or after `since`. */
export function isEligible(order: MwwOrder, since: string): boolean {
  const zeroTotal = parseDecimal(String(order.price?.total ?? '0')) === 0n;
  const paid = isCredit(order) || zeroTotal || order.payment_status === 'captured';
  return (
    (COMPLETED_STATUSES as readonly number[]).includes(Number(order.status)) &&
    paid &&
    order.sim_test_order !== true &&
    order.date >= since
  );
}

/** The reference a booking of this order carries in Moneybird (the default prefix). */
export const referenceOf = (orderNumber: string): string => `MWW-${orderNumber}`;
