// Finding the shop's orders to look at. A regular run asks, per completed status, for orders whose
// status changed since the last run (minus an overlap, since the shop's clock and ours differ and
// its times carry no zone); the first run and a history import ask by order date instead.
import {
  MAX_PAGE_SIZE,
  type MijnwebwinkelClient,
  type OrderFilter,
  type OrderResult,
  type PageRequest,
} from '../mijnwebwinkel/client';
import type { JournalEntry, OrderJournal } from '../store';

export type DiscoveryWindow =
  | { kind: 'status_changed'; since: string }
  | { kind: 'order_date'; since: string; until?: string };

/**
 * The status window from a cursor (shop-local time where the last look began) less an overlap: the
 * shop's clock and ours differ, and its times carry no zone. Shifting the text keeps it in that zone.
 */
export function statusChangedSince(cursor: string, overlapMs: number): DiscoveryWindow {
  const since = Date.parse(`${cursor.replace(' ', 'T')}Z`) - overlapMs;
  return { kind: 'status_changed', since: new Date(since).toISOString().slice(0, 19).replace('T', ' ') };
}

function filterFor(window: DiscoveryWindow, statusId: number): OrderFilter {
  return window.kind === 'status_changed'
    ? { statusId, statusChangedFrom: window.since }
    : { statusId, startDate: window.since, endDate: window.until };
}

/**
 * Every order in the given statuses within the window, each once, in ascending order number across
 * the statuses, at most a page (100) at a time. The shop lists one status at a time; its lists are
 * merged by order number, so orders are booked in the order the shop numbered them, which is the
 * order of their dates: Moneybird numbers sales invoices as they are sent, and an accountant expects
 * a higher invoice number never to carry an earlier date than a lower one. (Read status by status,
 * an import booked every order of one status before the older ones of the next.) `seen` collects
 * the numbers, so an order that moves between two chosen statuses while we page is not handed out
 * twice. Nothing is held beyond one page per status and the batch being handed out.
 */
export async function* discoverOrderPages(
  client: MijnwebwinkelClient,
  statuses: readonly number[],
  window: DiscoveryWindow,
  seen: Set<string> = new Set(),
): AsyncGenerator<OrderResult[]> {
  const lists: StatusList[] = statuses.map((statusId) => ({
    pages: statusPages(client, filterFor(window, statusId), seen),
    held: [],
    done: false,
  }));
  try {
    yield* mergedBatches(lists);
  } finally {
    // A consumer that stops early (a cancelled run) ends every list's reading too.
    await Promise.all(lists.map((list) => list.pages.return(undefined)));
  }
}

interface StatusList {
  pages: AsyncGenerator<OrderResult[]>;
  /** The orders of the list's current page not handed out yet. */
  held: OrderResult[];
  done: boolean;
}

/** Batches of at most a page, each time the lowest-numbered order the lists hold next. */
async function* mergedBatches(lists: StatusList[]): AsyncGenerator<OrderResult[]> {
  for (;;) {
    const batch: OrderResult[] = [];
    while (batch.length < MAX_PAGE_SIZE) {
      // Every list not yet read to its end holds its next orders (a page can bring none: all seen).
      for (const list of lists) {
        while (!list.done && list.held.length === 0) {
          const next = await list.pages.next();
          if (next.done) list.done = true;
          else list.held = next.value;
        }
      }
      let lowest: StatusList | undefined;
      for (const list of lists) {
        if (list.held.length === 0) continue;
        if (!lowest || numberKey(list.held[0]!) < numberKey(lowest.held[0]!)) lowest = list;
      }
      if (!lowest) break;
      batch.push(lowest.held.shift()!);
    }
    if (batch.length === 0) return;
    yield batch;
  }
}

/** An order's place in the merge: its number; one without a numeric number goes after the rest. */
function numberKey(result: OrderResult): number {
  const number = Number(result.number);
  return result.number !== undefined && Number.isFinite(number) ? number : Number.POSITIVE_INFINITY;
}

/**
 * One status's orders within the window, a page (at most 100) at a time, without those `seen`.
 *
 * The shop pages by offset over a list that can change between two pages. An order that leaves the
 * status (shipped, cancelled) moves every later one a place forward, and a next page read at the
 * plain next offset would skip one. So each next page starts on the previous page's last order
 * (pages overlap by one), and the list is in ascending order number: when that page starts past the
 * last order read, orders in front of it left the list and some may have slipped back over the
 * page boundary; the read steps back a page until it starts on or before that order again. Orders
 * that join the list in front (a status change into it) repeat an order already read, which `seen`
 * drops; they changed status just now and the next run's status window finds them.
 *
 * A page read on from the one before must bring an order past it (`movingOnFrom`): a shop that
 * ignores `offset` sends its first page every time, and would be asked forever. The client refuses
 * such a page (PagingStuckError): what was read is kept, the run fails, the next one reads again. A
 * page read after a step back need not: it is an earlier page again.
 */
async function* statusPages(
  client: MijnwebwinkelClient,
  filter: OrderFilter,
  seen: Set<string>,
): AsyncGenerator<OrderResult[]> {
  const step = MAX_PAGE_SIZE - 1;
  /** The highest order number on the page read before (its last, in ascending order). */
  let lastRead: number | undefined;
  let steppedBack = false;
  for (let offset = 0; ; ) {
    // Read in a function of its own: the page as the shop sent it (every order's raw JSON) is
    // not kept in this generator's frame while the consumer books the page.
    const movingOnFrom = offset > 0 && !steppedBack ? lastRead : undefined;
    const page = await freshPage(client, filter, { offset, limit: MAX_PAGE_SIZE, movingOnFrom }, seen);
    yield page.fresh;
    const slipped = offset > 0 && lastRead !== undefined && page.first !== undefined && page.first > lastRead;
    steppedBack = slipped;
    if (slipped) {
      offset = Math.max(0, offset - step);
      continue;
    }
    lastRead = page.highest ?? lastRead;
    if (page.last) break;
    offset += step;
  }
}

async function freshPage(
  client: MijnwebwinkelClient,
  filter: OrderFilter,
  request: PageRequest,
  seen: Set<string>,
): Promise<{ fresh: OrderResult[]; last: boolean; first?: number; highest?: number }> {
  const page = await client.listOrdersPage(filter, request);
  const fresh: OrderResult[] = [];
  let first: number | undefined;
  let highest: number | undefined;
  for (const result of page) {
    if (result.number !== undefined) {
      const number = Number(result.number);
      if (Number.isFinite(number)) {
        first ??= number;
        highest = Math.max(highest ?? number, number);
      }
      if (seen.has(result.number)) continue;
      seen.add(result.number);
    }
    fresh.push({ ...result, raw: undefined });
  }
  return { fresh, last: page.length < MAX_PAGE_SIZE, first, highest };
}

/** How many orders a history import will look at (for its progress bar). */
export async function countOrders(
  client: MijnwebwinkelClient,
  statuses: readonly number[],
  since: string,
  until?: string,
): Promise<number> {
  let total = 0;
  for (const statusId of statuses)
    total += await client.countOrders({ statusId, startDate: since, ...(until && { endDate: until }) });
  return total;
}

/** How many orders seen unpaid one run reads again at most (one request each). */
export const RECHECK_LIMIT = 200;
/** The cursor holding the order number the last re-check ended on. */
export const RECHECK_CURSOR = 'mww.recheckedUpTo';

/** Which of the orders seen unpaid a run reads again. */
export interface RecheckTurn {
  /** The order number the previous run's re-check ended on (the cursor); none: from the start. */
  after: string | undefined;
  /** The run's time: only orders whose next look has come are read (`unpaidLookAgainMs`). */
  dueBy: number;
  /** Orders this run has read already (in a listing): not read again, and not counted. */
  passOver?: ReadonlySet<string>;
}

/**
 * The orders seen unpaid (journal state `discovered`) that this run reads again, to find payments
 * that came in without a status change: those whose next look has come, at most `limit`, by order
 * number, going on after the one the previous run ended on and round to the start. With more due
 * than one run reads, each gets its turn within a few runs, instead of the lowest numbers every
 * time. Orders not due, and those read this run already, do not use up the limit.
 */
export function waitingInTurn(
  list: OrderJournal['list'],
  { after, dueBy, passOver }: RecheckTurn,
  limit = RECHECK_LIMIT,
): JournalEntry[] {
  const states = ['discovered'] as const;
  const taken: JournalEntry[] = [];
  /** Due orders after `from` (none: from the first), up to and including `upTo` (none: to the last). */
  const take = (from: string | undefined, upTo: string | undefined): void => {
    let cursor = from;
    while (taken.length < limit) {
      const want = limit - taken.length;
      const page = list({
        states,
        limit: want,
        dueBy,
        ...(cursor !== undefined && { afterOrderNumber: cursor }),
      });
      for (const entry of page) {
        // The journal orders numbers as text, and so does this comparison.
        if (upTo !== undefined && entry.orderNumber > upTo) return;
        if (!passOver?.has(entry.orderNumber)) taken.push(entry);
      }
      if (page.length < want) return;
      cursor = page.at(-1)!.orderNumber;
    }
  };
  take(after, undefined);
  // Round to the start.
  if (after !== undefined) take(undefined, after);
  return taken;
}
