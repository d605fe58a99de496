// Finding the shop's orders to look at. A regular run asks, per completed status, for orders whose
// status changed since the last run (minus an overlap, since the shop's clock and ours differ and
// its times carry no zone); the first run and a history import ask by order date instead.
import {
  MAX_PAGE_SIZE,
  type MijnwebwinkelClient,
  type OrderFilter,
  type OrderResult,
} from '../mijnwebwinkel/client';

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
 * Every order in the given statuses within the window, a page (at most 100) at a time, each once: `seen` collects the numbers, so an order
 * that moves between two chosen statuses while we page is not handed out twice. Nothing is held
 * beyond the page being handed out.
 */
export async function* discoverOrderPages(
  client: MijnwebwinkelClient,
  statuses: readonly number[],
  window: DiscoveryWindow,
  seen: Set<string> = new Set(),
): AsyncGenerator<OrderResult[]> {
  for (const statusId of statuses) {
    const filter = filterFor(window, statusId);
    for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
      // Read in a function of its own: the page as the shop sent it (every order's raw JSON) is
      // not kept in this generator's frame while the consumer books the page.
      const { fresh, last } = await freshPage(client, filter, offset, seen);
      if (fresh.length > 0) yield fresh;
      if (last) break;
    }
  }
}

async function freshPage(
  client: MijnwebwinkelClient,
  filter: OrderFilter,
  offset: number,
  seen: Set<string>,
): Promise<{ fresh: OrderResult[]; last: boolean }> {
  const page = await client.listOrdersPage(filter, { offset, limit: MAX_PAGE_SIZE });
  const fresh: OrderResult[] = [];
  for (const result of page) {
    if (result.number !== undefined) {
      if (seen.has(result.number)) continue;
      seen.add(result.number);
    }
    fresh.push({ ...result, raw: undefined });
  }
  return { fresh, last: page.length < MAX_PAGE_SIZE };
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
