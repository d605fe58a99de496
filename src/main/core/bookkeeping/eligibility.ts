// Pure predicates the sync engine uses to decide whether an order may be booked. The engine owns
// the decision (statuses, start date); these only read the order.
import type { Order } from '../mijnwebwinkel/order-schema';

export type PaymentState = 'captured' | 'zero_total' | 'authorized' | 'credit' | 'unpaid';

/**
 * How far the order is paid. Prefers the (deprecated but still sent) `payment_status`; falls back to
 * the payment summary's status (1 = successful). A credit order carries no payment of its own: the
 * refund is the merchant's act, so it counts as settled ('credit').
 */
export function paymentState(order: Order): PaymentState {
  if (order.creditedOrderNumber !== undefined) return 'credit';
  if (order.total !== undefined && order.total === 0n) return 'zero_total';
  const status = order.paymentStatus;
  if (status === 'captured') return 'captured';
  if (status === 'authorized') return 'authorized';
  if (status === undefined && order.payment?.statusId === 1) return 'captured';
  return 'unpaid';
}

/** Paid: captured, a zero total, or a credit order; authorized only when the owner allows it. */
export function isPaid(order: Order, options: { acceptAuthorized?: boolean } = {}): boolean {
  const state = paymentState(order);
  return state !== 'unpaid' && (state !== 'authorized' || options.acceptAuthorized === true);
}

/** Test orders carry a "T" marker in their number (e.g. "T-1042"); they are never booked. */
export function isTestOrder(order: Order): boolean {
  return /^T\b|^T-|^T\d/i.test(order.number.trim());
}

export const isCreditOrder = (order: Order): boolean => order.creditedOrderNumber !== undefined;

/** Orders taken at the shop counter (POS) carry an offline location. */
export const isCounterOrder = (order: Order): boolean => order.offlineLocationId !== undefined;

/** On or after the owner's start date (both yyyy-mm-dd; string order is date order). */
export const isOnOrAfter = (order: Order, startDate: string): boolean => order.date >= startDate;
