// How often the shop is asked again about an order that waits for something the shop records without
// telling us (a payment, a refund): often while the order is young and the news is likely, less as it
// ages. The shop's API asks to be polled gently, and an order that never gets its news (a bank
// transfer never made, a refund made outside the shop) would otherwise cost a request every run for
// ever. One rule of age; each kind of wait brings its own intervals.
import { shopLocalDate } from '../../../shared/shop-calendar';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** The intervals (ms) by the order's age: at most two days old, at most two weeks old, older. */
export interface LookAgainSteps {
  young: number;
  recent: number;
  old: number;
}

/**
 * Whole days between the order's date and today, both as the shop's calendar has them (Amsterdam).
 * An order without a readable date, or dated ahead of the clock, counts as new (0).
 */
export function shopDaysOld(orderDate: string | null, now: number): number {
  const dated = orderDate === null ? Number.NaN : Date.parse(`${orderDate}T00:00:00Z`);
  if (!Number.isFinite(dated)) return 0;
  const today = Date.parse(`${shopLocalDate(now)}T00:00:00Z`);
  return Math.max(0, Math.round((today - dated) / DAY_MS));
}

/** The interval for an order of this date: `young` up to two days old, `recent` up to two weeks, then `old`. */
export function lookAgainByAge(orderDate: string | null, now: number, steps: LookAgainSteps): number {
  const days = shopDaysOld(orderDate, now);
  if (days <= 2) return steps.young;
  if (days <= 14) return steps.recent;
  return steps.old;
}

/**
 * How long an order seen unpaid waits before it is read again: at every run while it is at most two
 * days old (a payment usually comes within hours, and the owner wants it booked soon), then every six
 * hours until it is two weeks old, then once a day. A change of its status in the shop brings it to
 * the next run regardless (the status window), and so does the owner opening its page.
 */
export function unpaidLookAgainMs(orderDate: string | null, now: number): number {
  return lookAgainByAge(orderDate, now, { young: 0, recent: 6 * HOUR_MS, old: DAY_MS });
}
