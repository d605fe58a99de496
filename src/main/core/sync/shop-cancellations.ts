// Orders the shop calls off after Winkelbrug met them. A regular run asks the shop, per status that
// means "called off" ("Geannuleerd"), for the orders moved into it since the last look. One that
// Moneybird holds nothing of is set aside (skipped, with the reason): nothing to book, and nothing
// left for the owner. One whose invoice is in Moneybird is never credited on a guess: the shop made
// no credit order, so there is no amount, date or refund to book. It is brought to the owner, who
// makes the credit order in the shop (booked as a credit note, which settles it) or says they
// settled it in Moneybird themselves. Credit notes that cover it, the order completed again in the
// shop, or its invoice found deleted in Moneybird take the mark off by themselves.
import { syncMessages } from '../../../shared/i18n/messages/sync';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';
import type { MijnwebwinkelClient } from '../mijnwebwinkel/client';
import type { Order } from '../mijnwebwinkel/order-schema';
import { abs, type Decimal, toFixed } from '../money/decimal';
import { classifyStatuses } from '../setup/order-statuses';
import { type JournalEntry, PROGRESS_STEPS, type Store, storeWriteErrorOf } from '../store';
import { type DiscoveryWindow, discoverOrderPages, statusChangedSince } from './order-discovery';
import type { RunLog } from './run-report';
import { cancelledStatusesSetting, STATUS_CHANGE_OVERLAP_MS } from './sync-settings';

/** The reason code of an order set aside because the shop called it off before it was booked. */
export const CANCELLED_IN_SHOP = 'cancelled_in_shop';
/**
 * Where the last finished look began (shop-local time): the next look asks from there on, less the
 * overlap discovery uses. Its own cursor, so a look that failed is made up by the next one, and an
 * install from before the look goes back to the start date once.
 */
export const CANCELLATIONS_CURSOR = 'mww.cancellationsSince';
/** Set while looks fail: the owner is told once, not at every run. */
const LOOK_FAILED_CURSOR = 'mww.cancellationsLookFailed';

/**
 * What a called-off order means for the books. `not_ours`: unknown to the journal, a credit order,
 * or skipped already. `set_aside`: nothing of its booking is in Moneybird. `covered`: its credit
 * orders credit all of it. `out_of_the_books`: its invoice was found deleted in Moneybird, so the
 * books hold nothing to correct (the owner decides about the deletion, as for any). `bring_up`:
 * Moneybird holds (or may hold) its invoice, and nothing credits it in full: the owner decides.
 * `look_up_first`: the journal cannot vouch that nothing of it is in Moneybird (a new computer, a
 * backup put back): its booking decides, once looked up (adopted: brought up; none: set aside).
 */
export type CancellationVerdict =
  | 'not_ours'
  | 'set_aside'
  | 'covered'
  | 'out_of_the_books'
  | 'bring_up'
  | 'look_up_first';

type JudgedEntry = Pick<
  JournalEntry,
  'state' | 'progress' | 'creditedOrderNumber' | 'shopTotal' | 'moneybird' | 'writeIntent' | 'adoption'
>;

const INVOICE_STEP = PROGRESS_STEPS.indexOf('invoice_created');

/** Whether Moneybird holds, or may hold, the order's invoice (an invoice write may be unconfirmed). */
const mayHoldInvoice = (entry: JudgedEntry): boolean =>
  entry.moneybird.invoiceId !== null ||
  entry.writeIntent === 'invoice' ||
  PROGRESS_STEPS.indexOf(entry.progress) >= INVOICE_STEP;

/**
 * The verdict on an order found in a called-off status; `credited` is what its credits credit,
 * `invoiceGone` whether a check found its invoice deleted in Moneybird, `lookedUp` whether Moneybird
 * was just searched for its booking and held none.
 */
export function judgeCancellation(
  entry: JudgedEntry | undefined,
  order: Pick<Order, 'creditedOrderNumber'>,
  credited: Decimal,
  invoiceGone = false,
  lookedUp = false,
): CancellationVerdict {
  if (!entry || order.creditedOrderNumber !== undefined || entry.creditedOrderNumber !== null)
    return 'not_ours';
  if (entry.state === 'skipped') return 'not_ours';
  if (!mayHoldInvoice(entry))
    return entry.adoption === 'look_up' && !lookedUp ? 'look_up_first' : 'set_aside';
  if (invoiceGone) return 'out_of_the_books';
  const total = entry.shopTotal === null ? null : abs(entry.shopTotal);
  return total !== null && credited >= total ? 'covered' : 'bring_up';
}

export interface ShopCancellationsContext {
  store: Store;
  mijnwebwinkel: MijnwebwinkelClient;
  log: RunLog;
  /**
   * Of orders the journal cannot vouch for, those Moneybird holds nothing of (a bulk look-up; none
   * when it fails): only those are set aside. The others wait for their booking's own look-up.
   */
  holdNothingOf: (entries: readonly JournalEntry[]) => Promise<Set<string>>;
}

export interface CalledOffStatus {
  id: number;
  name: string;
}

export class ShopCancellations {
  /** The booked orders this run brought to the owner, by number (the run's report names them). */
  readonly broughtUp: string[] = [];
  /** The called-off statuses as stored (none before a look read them), less those booked from. */
  private calledOff = new Map<number, string>();

  constructor(private readonly context: ShopCancellationsContext) {}

  /** Takes the stored called-off statuses for this run's bookings (no request). */
  takeStored(completed: readonly number[]): void {
    const stored = this.context.store.settings.get(cancelledStatusesSetting) ?? [];
    this.calledOff = new Map(stored.filter((s) => !completed.includes(s.id)).map((s) => [s.id, s.name]));
  }

  /** Whether the order, about to be booked, is in a called-off status in the shop. */
  isCalledOff(order: Order): boolean {
    return this.calledOff.has(order.status);
  }

  /**
   * Sets aside an order about to be booked that the shop called off, when nothing of it is in
   * Moneybird (`lookedUp`: Moneybird was just searched for it and held none); the entry skipped, or
   * null when it is to be booked (or finished, or looked up) after all.
   */
  setAside(entry: JournalEntry, order: Order, runId: number | null, lookedUp = false): JournalEntry | null {
    if (judgeCancellation(entry, order, 0n, false, lookedUp) !== 'set_aside') return null;
    const message = localize(syncMessages, 'sync.cancelled_in_shop.set_aside', {
      order: order.number,
      status: this.statusName(order),
    });
    const skipped = this.context.store.journal.skip(entry.orderNumber, entry.state, {
      code: CANCELLED_IN_SHOP,
      message,
    });
    this.context.log('info', message, entry.orderNumber, runId, { code: CANCELLED_IN_SHOP });
    return skipped;
  }

  /** An order the shop called off whose booking was just found in Moneybird and adopted: brought up. */
  adopted(orderNumber: string, order: Order, runId: number | null): void {
    const entry = this.context.store.journal.get(orderNumber);
    if (entry) this.bringUp(entry, order, this.statusName(order), runId);
  }

  private statusName(order: Order): string {
    return this.calledOff.get(order.status) ?? String(order.status);
  }

  /** The shop's called-off statuses not booked from; read from the shop once when none are stored. */
  async statuses(completed: readonly number[]): Promise<CalledOffStatus[]> {
    const { store, mijnwebwinkel } = this.context;
    let stored = store.settings.get(cancelledStatusesSetting);
    if (stored === null) {
      stored = classifyStatuses(await mijnwebwinkel.orderStatuses())
        .filter((status) => status.kind === 'cancelled')
        .map(({ id, name }) => ({ id, name }));
      store.settings.set(cancelledStatusesSetting, stored);
    }
    return stored.filter((status) => !completed.includes(status.id));
  }

  /**
   * Looks at the orders moved into a called-off status since the last look (the first time since
   * `startDate`) and judges each; `startedAt` (shop-local time) is where the next look begins. A look
   * that fails does not stop the run: booking goes on, the owner is told once, and the next look
   * covers the same window again. A store that cannot be written stops it, as everywhere.
   */
  async look(
    startDate: string,
    completed: readonly number[],
    runId: number,
    startedAt: string,
    stopped: () => boolean,
  ): Promise<void> {
    const { store, log } = this.context;
    try {
      const finished = await this.lookThrough(startDate, completed, runId, stopped);
      if (finished) store.cursors.set(CANCELLATIONS_CURSOR, startedAt);
      if (store.cursors.get(LOOK_FAILED_CURSOR) !== undefined) store.cursors.remove(LOOK_FAILED_CURSOR);
    } catch (error) {
      if (storeWriteErrorOf(error, store.file)) throw error;
      if (store.cursors.get(LOOK_FAILED_CURSOR) !== undefined) return;
      store.cursors.set(LOOK_FAILED_CURSOR, String(runId));
      const reason =
        error && typeof error === 'object' && 'userMessage' in error
          ? (error.userMessage as LocalizedText)
          : {
              nl: String((error as Error)?.message ?? error),
              en: String((error as Error)?.message ?? error),
            };
      log('warn', localize(syncMessages, 'sync.cancelled_in_shop.look_failed', {}, { reason }), null, runId);
    }
  }

  /** True when every called-off status was read to its end. */
  private async lookThrough(
    startDate: string,
    completed: readonly number[],
    runId: number,
    stopped: () => boolean,
  ): Promise<boolean> {
    const { store, mijnwebwinkel } = this.context;
    const statuses = await this.statuses(completed);
    if (statuses.length === 0) return true;
    // As read now (from the shop, the first time): the names this run's texts use.
    this.calledOff = new Map(statuses.map((s) => [s.id, s.name]));
    const cursor = store.cursors.get(CANCELLATIONS_CURSOR);
    const window: DiscoveryWindow = cursor
      ? statusChangedSince(cursor, STATUS_CHANGE_OVERLAP_MS)
      : { kind: 'order_date', since: startDate };
    const ids = statuses.map((s) => s.id);
    for await (const page of discoverOrderPages(mijnwebwinkel, ids, window, new Set())) {
      const unvouched = store.transaction(() =>
        page.flatMap((result) => (result.ok ? this.judge(result.order, runId) : [])),
      );
      if (unvouched.length > 0) {
        const none = await this.context.holdNothingOf(unvouched.map((u) => u.entry));
        store.transaction(() => {
          for (const { entry, order } of unvouched) {
            if (none.has(entry.orderNumber)) this.setAside(entry, order, runId, true);
          }
        });
      }
      if (stopped()) return false;
    }
    return true;
  }

  /** Takes the mark off orders whose credits now cover them (booked in this run, or made since). */
  settleCovered(runId: number): void {
    const { store } = this.context;
    for (const marked of store.cancelledInShop.marked()) {
      const entry = store.journal.get(marked.orderNumber);
      const verdict = judgeCancellation(
        entry,
        { creditedOrderNumber: undefined },
        store.cancelledInShop.creditedTotal(marked.orderNumber),
        store.vatFigures.isGone(marked.orderNumber),
      );
      if (verdict === 'bring_up' || !store.cancelledInShop.clear(marked.orderNumber)) continue;
      if (verdict === 'covered') this.loggedCovered(marked.orderNumber, runId);
    }
  }

  private loggedCovered(orderNumber: string, runId: number): void {
    const message = localize(syncMessages, 'sync.cancelled_in_shop.credited', { order: orderNumber });
    this.context.log('info', message, orderNumber, runId);
  }

  /** Acts on one called-off order; returns it when it is to be looked up in Moneybird first. */
  private judge(order: Order, runId: number): Array<{ entry: JournalEntry; order: Order }> {
    const { store } = this.context;
    const entry = store.journal.get(order.number);
    const credited = store.cancelledInShop.creditedTotal(order.number);
    const verdict = judgeCancellation(entry, order, credited, store.vatFigures.isGone(order.number));
    if (!entry || verdict === 'not_ours') return [];
    const status = this.statusName(order);
    if (verdict === 'set_aside') {
      this.setAside(entry, order, runId);
      return [];
    }
    if (verdict === 'look_up_first') return [{ entry, order }];
    if (verdict === 'covered' || verdict === 'out_of_the_books') {
      if (store.cancelledInShop.clear(order.number) && verdict === 'covered')
        this.loggedCovered(order.number, runId);
      return [];
    }
    this.bringUp(entry, order, status, runId, credited);
    return [];
  }

  /** Marks a booked order the shop called off and tells the owner, once per cancellation. */
  private bringUp(
    entry: JournalEntry,
    order: Order,
    status: string,
    runId: number | null,
    credited = this.context.store.cancelledInShop.creditedTotal(order.number),
  ): void {
    const changed = `${order.statusChangedDate ?? order.date} ${order.statusChangedTime ?? '00:00:00'}`;
    if (!this.context.store.cancelledInShop.mark(order.number, status, changed)) return;
    this.broughtUp.push(order.number);
    this.context.log('warn', bookedButCalledOff(entry, status, credited), order.number, runId, {
      code: CANCELLED_IN_SHOP,
    });
  }
}

/** An amount as each language writes money ("€ 29,65", "€29.65"). */
function moneyIn(amount: Decimal, currency: string | null): LocalizedText {
  const text = toFixed(amount, 2);
  const format = (locale: string) => {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency: currency ?? 'EUR' }).format(
        Number(text),
      );
    } catch {
      return `${currency ?? ''} ${text}`.trim(); // a currency code Intl does not know
    }
  };
  return { nl: format('nl-NL'), en: format('en-GB') };
}

/** The owner's text for a booked order the shop called off: what is in Moneybird, and what to do. */
export function bookedButCalledOff(
  entry: Pick<JournalEntry, 'orderNumber' | 'invoiceNumber' | 'shopTotal' | 'currency' | 'moneybird'>,
  status: string,
  credited: Decimal,
): LocalizedText {
  const invoice = entry.invoiceNumber ?? entry.moneybird.invoiceId ?? '-';
  const amount =
    entry.shopTotal === null ? { nl: '-', en: '-' } : moneyIn(abs(entry.shopTotal), entry.currency);
  // Part credited already: said right after the amount it is part of.
  const partly =
    credited > 0n
      ? localize(
          syncMessages,
          'sync.cancelled_in_shop.partly_credited',
          {},
          { credited: moneyIn(credited, entry.currency) },
        )
      : { nl: '', en: '' };
  return localize(
    syncMessages,
    'sync.cancelled_in_shop.booked',
    { order: entry.orderNumber, status, invoice },
    { amount, partly },
  );
}
