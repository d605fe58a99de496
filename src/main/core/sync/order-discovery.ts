// Finding the shop's orders to look at. A regular run asks, per completed status, for orders whose
// status changed since the last run (minus an overlap, since the shop's clock and ours differ and
// its times carry no zone); the first run and a history import ask by order date instead.
import type { MijnwebwinkelClient, OrderFilter, OrderResult } from '../mijnwebwinkel/client';

/** "YYYY-MM-DD hh:mm:ss" in the shop's time zone, as the status_changed filters take it. */
export function shopLocalTime(epochMs: number, timeZone = 'Europe/Amsterdam'): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(epochMs));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
}

export function shopLocalDate(epochMs: number, timeZone = 'Europe/Amsterdam'): string {
  return shopLocalTime(epochMs, timeZone).slice(0, 10);
}

export type DiscoveryWindow =
  | { kind: 'status_changed'; since: string }
  | { kind: 'order_date'; since: string; until?: string };

function filterFor(window: DiscoveryWindow, statusId: number): OrderFilter {
  return window.kind === 'status_changed'
    ? { statusId, statusChangedFrom: window.since }
    : { statusId, startDate: window.since, endDate: window.until };
}

/**
 * Every order in the given statuses within the window, each once (an order can move between two
 * chosen statuses while we page). Unreadable orders come back as `ok: false` results to be parked.
 * The shop's raw JSON is let go as each page is parsed: a history import of thousands of orders
 * would otherwise hold every page in memory for the whole run.
 */
export async function discoverOrders(
  client: MijnwebwinkelClient,
  statuses: readonly number[],
  window: DiscoveryWindow,
  onPage?: (seen: number) => void,
): Promise<OrderResult[]> {
  const byNumber = new Map<string, OrderResult>();
  const unnumbered: OrderResult[] = [];
  for (const statusId of statuses) {
    for await (const result of client.orders(filterFor(window, statusId))) {
      const kept = { ...result, raw: undefined };
      if (kept.number === undefined) unnumbered.push(kept);
      else byNumber.set(kept.number, kept);
      onPage?.(byNumber.size + unnumbered.length);
    }
  }
  return [...byNumber.values(), ...unnumbered];
}

/** How many orders a history import will look at (for its progress bar). */
export async function countOrders(
  client: MijnwebwinkelClient,
  statuses: readonly number[],
  since: string,
): Promise<number> {
  let total = 0;
  for (const statusId of statuses) total += await client.countOrders({ statusId, startDate: since });
  return total;
}
