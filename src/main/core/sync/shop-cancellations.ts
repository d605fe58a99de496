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
import { writtenAmounts } from '../../../shared/i18n/written-money';
import type { MijnwebwinkelClient, OrderResult } from '../mijnwebwinkel/client';
import type { Order } from '../mijnwebwinkel/order-schema';
import { abs, type Decimal, toFixed } from '../money/decimal';
import { classifyStatuses } from '../setup/order-statuses';
import {
  type JournalEntry,
  type JournalReason,
  PROGRESS_STEPS,
  type Store,
  storeWriteErrorOf,
} from '../store';
import { type DiscoveryWindow, discoverOrderPages, statusChangedSince } from './order-discovery';
import type { RunLog } from './run-report';
import { CANCELLED_IN_SHOP } from './set-aside-reasons';
import { cancelledStatusesSetting, STATUS_CHANGE_OVERLAP_MS } from './sync-settings';

/**
 * Where the last finished look began (shop-local time): the next look asks from there on, less the
 * overlap discovery uses. Its own cursor, so a look that failed is made up by the next one, and an
 * install from before the look goes back to the start date once.
 */
export const CANCELLATIONS_CURSOR = 'mww.cancellationsSince';
/** Set while looks fail: the owner is told once, not at every run. */
const LOOK_FAILED_CURSOR = 'mww.cancellationsLookFailed';

/**
 * What a called-off order means for the books.
 * - `not_ours`: unknown to the journal, a credit order, or skipped already.
 * - `set_aside`: nothing of its invoice is in Moneybird: skipped, nothing to book.
 * - `look_up_first`: the journal cannot vouch that none is (a new computer, a backup, an invoice
 *   create whose answer never came): looked up, then set aside if Moneybird holds none.
 * - `draft_left`: a sales invoice made but never sent: a draft, no revenue. Not sent now; the owner
 *   deletes the draft, and the order is set aside.
 * - `finish_first`: on its way past the invoice (sent, or an external invoice, not yet paid): the
 *   booking is finished, exactly once, and brought up then.
 * - `covered`: booked, and credit notes in Moneybird credit all of it.
 * - `out_of_the_books`: booked, its invoice found deleted in Moneybird: nothing left to correct.
 * - `credit_on_its_way`: booked, and a credit order on its way would credit the rest: the owner is
 *   told only if its credit note does not land.
 * - `bring_up`: booked, and nothing credits it in full: the owner decides.
 */
export type CancellationVerdict =
  | 'not_ours'
  | 'set_aside'
  | 'look_up_first'
  | 'draft_left'
  | 'finish_first'
  | 'covered'
  | 'out_of_the_books'
  | 'credit_on_its_way'
  | 'bring_up';

type JudgedEntry = Pick<
  JournalEntry,
  | 'state'
  | 'progress'
  | 'bookingStyle'
  | 'creditedOrderNumber'
  | 'shopTotal'
  | 'moneybird'
  | 'writeIntent'
  | 'adoption'
>;

const INVOICE_STEP = PROGRESS_STEPS.indexOf('invoice_created');

/**
 * The verdict on an order found in a called-off status; `credited` is what its credit notes in
 * Moneybird credit, `invoiceGone` whether a check found its invoice deleted there, `lookedUp`
 * whether Moneybird was just read for the order and held nothing of it or only an unsent draft (a
 * send announced before did not land), `crediting` what its credit orders on their way (no credit
 * note yet) credit.
 */
export function judgeCancellation(
  entry: JudgedEntry | undefined,
  order: Pick<Order, 'creditedOrderNumber'>,
  credited: Decimal,
  invoiceGone = false,
  lookedUp = false,
  crediting: Decimal = 0n,
): CancellationVerdict {
  if (!entry || order.creditedOrderNumber !== undefined || entry.creditedOrderNumber !== null)
    return 'not_ours';
  if (entry.state === 'skipped') return 'not_ours';
  if (entry.moneybird.invoiceId === null && PROGRESS_STEPS.indexOf(entry.progress) < INVOICE_STEP) {
    const unsure = entry.adoption === 'look_up' || entry.writeIntent === 'invoice';
    return unsure && !lookedUp ? 'look_up_first' : 'set_aside';
  }
  if (entry.state !== 'done') {
    // A send announced may have landed unheard: unsent only once Moneybird shows the draft still.
    const unsent =
      entry.bookingStyle !== 'external_invoice' &&
      (entry.progress === 'invoice_created' || entry.progress === 'totals_ok') &&
      (entry.writeIntent !== 'send' || lookedUp);
    return unsent ? 'draft_left' : 'finish_first';
  }
  if (invoiceGone) return 'out_of_the_books';
  const total = entry.shopTotal === null ? null : abs(entry.shopTotal);
  if (total !== null && credited >= total) return 'covered';
  return total !== null && crediting > 0n && credited + crediting >= total ? 'credit_on_its_way' : 'bring_up';
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
  /** Whether an order the journal does not know may have been booked without it (a new computer). */
  unvouched: (orderDate: string) => boolean;
  /** Of such orders, those Moneybird holds a booking of (a bulk look-up; none when it fails). */
  heldOf: (orders: ReadonlyArray<{ orderNumber: string; orderDate: string }>) => Promise<Set<string>>;
  /** Puts an order into the journal as discovery does, to be looked up and taken over when booked. */
  admit: (order: Order) => void;
}

export interface CalledOffStatus {
  id: number;
  name: string;
}

export class ShopCancellations {
  /** The booked orders this run brought to the owner, by number (the run's report names them). */
  readonly broughtUp: string[] = [];
  /** Orders the look set aside since `takeSetAside` was last asked (the run reports them as skipped). */
  private setAsideByLook: JournalEntry[] = [];
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
   * Before an order the shop called off is booked (a retry, a resume, the queue): set aside when
   * Moneybird holds nothing of it (looked up first when the journal cannot vouch for that), or when
   * all it holds is a draft. Returns the skipped entry, or null when the booking goes on: to be
   * finished, and brought up once booked (`afterBooking`).
   */
  async beforeBooking(
    entry: JournalEntry,
    order: Order,
    runId: number | null,
    lookedUp = false,
  ): Promise<JournalEntry | null> {
    let verdict = judgeCancellation(entry, order, 0n, false, lookedUp);
    if (verdict === 'look_up_first') {
      const none = await this.context.holdNothingOf([entry]);
      if (!none.has(entry.orderNumber)) return null;
      verdict = judgeCancellation(entry, order, 0n, false, true);
    }
    if (verdict === 'set_aside') return this.setAside(entry, order, runId);
    if (verdict === 'draft_left') return this.leaveDraft(entry, order, runId);
    return null;
  }

  /** After an order the shop called off was booked (finished or taken over): brought up. */
  afterBooking(orderNumber: string, order: Order, runId: number | null): void {
    const entry = this.context.store.journal.get(orderNumber);
    if (!entry || judgeCancellation(entry, order, 0n) !== 'bring_up') return;
    this.bringUp(entry, this.statusName(order), changedOf(order), runId);
  }

  /** Skips an order with nothing of it in Moneybird: nothing to book. */
  private setAside(entry: JournalEntry, order: Order, runId: number | null): JournalEntry {
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

  /** Skips an order whose invoice is a draft in Moneybird, never sent: the owner deletes it. */
  private leaveDraft(entry: JournalEntry, order: Order, runId: number | null): JournalEntry {
    const message = localize(syncMessages, 'sync.cancelled_in_shop.draft_left', {
      order: order.number,
      status: this.statusName(order),
      reference: entry.reference ?? order.number,
    });
    const skipped = this.context.store.journal.skip(entry.orderNumber, entry.state, {
      code: CANCELLED_IN_SHOP,
      message,
    });
    this.context.log('warn', message, entry.orderNumber, runId, { code: CANCELLED_IN_SHOP });
    return skipped;
  }

  private statusName(order: Order): string {
    return this.calledOff.get(order.status) ?? String(order.status);
  }

  /**
   * The orders the look set aside (nothing of them in Moneybird, or only a draft), for the run to
   * report as skipped like those it sets aside before booking; each is handed over once.
   */
  takeSetAside(): JournalEntry[] {
    const taken = this.setAsideByLook;
    this.setAsideByLook = [];
    return taken;
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
      await this.takeInStrangers(page);
      // Kept for the run's report once each transaction is committed.
      const setAside: JournalEntry[] = [];
      const unvouched = store.transaction(() =>
        page.flatMap((result) => (result.ok ? this.judge(result.order, runId, setAside) : [])),
      );
      this.setAsideByLook.push(...setAside);
      if (unvouched.length > 0) {
        const none = await this.context.holdNothingOf(unvouched.map((u) => u.entry));
        const lookedUp = store.transaction(() =>
          unvouched.flatMap(({ entry, order }) =>
            none.has(entry.orderNumber) ? [this.setAside(entry, order, runId)] : [],
          ),
        );
        this.setAsideByLook.push(...lookedUp);
      }
      if (stopped()) return false;
    }
    return true;
  }

  /**
   * Orders of a page the journal does not know and cannot vouch for (a new computer, a backup put
   * back): those Moneybird holds a booking of go into the journal, so the booking is taken over and
   * brought up (the queue does both, as for any order called off); the rest are none of its business.
   */
  private async takeInStrangers(page: readonly OrderResult[]): Promise<void> {
    const { store } = this.context;
    const strangers = page.flatMap((result) =>
      result.ok &&
      result.order.creditedOrderNumber === undefined &&
      store.journal.get(result.order.number) === undefined &&
      this.context.unvouched(result.order.date)
        ? [result.order]
        : [],
    );
    if (strangers.length === 0) return;
    const held = await this.context.heldOf(
      strangers.map((o) => ({ orderNumber: o.number, orderDate: o.date })),
    );
    if (held.size === 0) return;
    store.transaction(() => {
      for (const order of strangers) if (held.has(order.number)) this.context.admit(order);
    });
  }

  /**
   * Takes the mark off orders whose credits now cover them (booked in this run, or made since), and
   * looks again at cancellations whose credit order was on its way: landed, nothing to tell; still on
   * its way, they wait on; parked or skipped, the owner is told now.
   */
  settleCovered(runId: number): void {
    const { store } = this.context;
    for (const awaited of store.cancelledInShop.awaitingCredit()) {
      const { entry, verdict } = this.verdictNow(awaited.orderNumber, true);
      if (verdict === 'credit_on_its_way') continue;
      store.cancelledInShop.stopAwaitingCredit(awaited.orderNumber);
      if (entry && verdict === 'bring_up') this.bringUp(entry, awaited.status, awaited.changed, runId);
    }
    for (const marked of store.cancelledInShop.marked()) {
      const { verdict } = this.verdictNow(marked.orderNumber, false);
      if (verdict === 'bring_up' || !store.cancelledInShop.clear(marked.orderNumber)) continue;
      if (verdict === 'covered') this.loggedCovered(marked.orderNumber, runId);
    }
  }

  /**
   * The verdict on a booked order called off earlier, from what the journal knows now: its credit
   * notes in Moneybird, its invoice deleted there or not, and (`crediting`) its credit orders on
   * their way.
   */
  private verdictNow(orderNumber: string, crediting: boolean) {
    const { store } = this.context;
    const entry = store.journal.get(orderNumber);
    const verdict = judgeCancellation(
      entry,
      { creditedOrderNumber: undefined },
      store.cancelledInShop.creditedTotal(orderNumber),
      store.vatFigures.isGone(orderNumber),
      false,
      crediting ? store.cancelledInShop.creditingTotal(orderNumber) : 0n,
    );
    return { entry, verdict };
  }

  private loggedCovered(orderNumber: string, runId: number): void {
    const message = localize(syncMessages, 'sync.cancelled_in_shop.credited', { order: orderNumber });
    this.context.log('info', message, orderNumber, runId);
  }

  /**
   * Acts on one called-off order; returns it when it is to be looked up in Moneybird first. One set
   * aside is added to `setAside`.
   */
  private judge(
    order: Order,
    runId: number,
    setAside: JournalEntry[],
  ): Array<{ entry: JournalEntry; order: Order }> {
    const { store } = this.context;
    const entry = store.journal.get(order.number);
    if (!entry) return [];
    const credited = store.cancelledInShop.creditedTotal(order.number);
    const verdict = judgeCancellation(
      entry,
      order,
      credited,
      store.vatFigures.isGone(order.number),
      false,
      store.cancelledInShop.creditingTotal(order.number),
    );
    switch (verdict) {
      case 'set_aside':
        setAside.push(this.setAside(entry, order, runId));
        return [];
      case 'look_up_first':
        return [{ entry, order }];
      case 'draft_left':
        setAside.push(this.leaveDraft(entry, order, runId));
        return [];
      case 'covered':
      case 'out_of_the_books':
        if (store.cancelledInShop.clear(order.number) && verdict === 'covered')
          this.loggedCovered(order.number, runId);
        return [];
      case 'credit_on_its_way':
        store.cancelledInShop.awaitCredit(order.number, this.statusName(order), changedOf(order));
        return [];
      case 'bring_up':
        this.bringUp(entry, this.statusName(order), changedOf(order), runId, credited);
        return [];
      default:
        // Not ours, or finished first by the booking (which brings it up then).
        return [];
    }
  }

  /** Marks a booked order the shop called off and tells the owner, once per cancellation. */
  private bringUp(
    entry: JournalEntry,
    status: string,
    changed: string,
    runId: number | null,
    credited = this.context.store.cancelledInShop.creditedTotal(entry.orderNumber),
  ): void {
    if (!this.context.store.cancelledInShop.mark(entry.orderNumber, status, changed)) return;
    this.broughtUp.push(entry.orderNumber);
    this.context.log('warn', bookedButCalledOff(entry, status, credited), entry.orderNumber, runId, {
      code: CANCELLED_IN_SHOP,
    });
  }
}

/** The shop's moment of the order's last status change ("YYYY-MM-DD hh:mm:ss", shop time). */
const changedOf = (order: Order): string =>
  `${order.statusChangedDate ?? order.date} ${order.statusChangedTime ?? '00:00:00'}`;

/** The reason code of a credit order parked because the owner settled its original by hand. */
export const CREDIT_AFTER_OWNER_SETTLED = 'credit_after_owner_settled';

/**
 * Why a credit order waits for the owner before its first write: its original was called off in
 * the shop and the owner said they settled that in Moneybird by hand, so Moneybird may hold their own
 * credit already. Asked once: a retry (the owner says it belongs) books it. Null when it may go on.
 */
export function creditAfterOwnerSettled(
  store: Store,
  credit: JournalEntry,
  originalNumber: string,
): JournalReason | null {
  if (credit.moneybird.invoiceId !== null || credit.writeIntent !== null) return null;
  if (!store.cancelledInShop.settledByOwner(originalNumber)) return null;
  const asked = store.journal
    .steps(credit.orderNumber)
    .some((s) => s.reasonCode === CREDIT_AFTER_OWNER_SETTLED);
  if (asked) return null;
  return {
    code: CREDIT_AFTER_OWNER_SETTLED,
    message: localize(syncMessages, 'sync.credit_after_owner_settled', {
      order: credit.orderNumber,
      original: originalNumber,
    }),
  };
}

/** The owner's text for a booked order the shop called off: what is in Moneybird, and what to do. */
export function bookedButCalledOff(
  entry: Pick<JournalEntry, 'orderNumber' | 'invoiceNumber' | 'shopTotal' | 'currency' | 'moneybird'>,
  status: string,
  credited: Decimal,
): LocalizedText {
  const invoice = entry.invoiceNumber ?? entry.moneybird.invoiceId ?? '-';
  const amount =
    entry.shopTotal === null
      ? { nl: '-', en: '-' }
      : writtenAmounts(toFixed(abs(entry.shopTotal), 2), entry.currency ?? 'EUR');
  // Part credited already: said right after the amount it is part of.
  const partly =
    credited > 0n
      ? localize(
          syncMessages,
          'sync.cancelled_in_shop.partly_credited',
          {},
          { credited: writtenAmounts(toFixed(credited, 2), entry.currency ?? 'EUR') },
        )
      : { nl: '', en: '' };
  return localize(
    syncMessages,
    'sync.cancelled_in_shop.booked',
    { order: entry.orderNumber, status, invoice },
    { amount, partly },
  );
}
