// The orders screen's state: the search and filters the owner chose, the page the core answered, and
// one order's page. The core searches, filters and pages (orders.search); the screen only asks. Kept
// for the session, so coming back from an order finds the list as it was left.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  isOrderNumber,
  type OrderDetail,
  type OrderOverviewState,
  type OrdersPage,
  type OrdersSearchArgs,
  type Reply,
} from '../../shared/contract';
import { uiOrders } from '../../shared/i18n/messages/ui-orders';
import { type LocalizedText, localize } from '../../shared/i18n/translate';
import type { CheckedClient } from '../bridge/checked-client';

export interface OrdersFilters {
  query: string;
  states: OrderOverviewState[];
  /** Order date from / up to and including, YYYY-MM-DD; null: open-ended. */
  from: string | null;
  to: string | null;
  page: number;
  pageSize: number;
}

export const DEFAULT_FILTERS: OrdersFilters = {
  query: '',
  states: [],
  from: null,
  to: null,
  page: 1,
  pageSize: 50,
};

export interface OrderPageState {
  orderNumber: string;
  /** Null once answered: the journal does not know the order. */
  order: OrderDetail | null;
  loading: boolean;
  problem: LocalizedText | null;
  /** What came of a Retry or Skip pressed here. */
  note: LocalizedText | null;
  busy: boolean;
}

export interface OrdersState {
  filters: OrdersFilters;
  result: OrdersPage | null;
  /** The filters `result` answers (the owner may have typed on since). */
  resultFilters: OrdersFilters | null;
  loading: boolean;
  problem: LocalizedText | null;
  detail: OrderPageState | null;
  /** Each order's invoice as the activity list names it, by order number. */
  invoices: Record<string, OrderInvoice>;
  /** Learns the invoices of these orders (those not known with a number yet). */
  lookUpInvoices(orderNumbers: readonly string[]): Promise<void>;
  /** Changes filters; any change but the page itself goes back to page 1. */
  setFilters(patch: Partial<OrdersFilters>): void;
  clearFilters(): void;
  load(): Promise<void>;
  loadDetail(orderNumber: string): Promise<void>;
  /** The order's page was left: nothing to keep current any more. */
  closeDetail(): void;
  retry(orderNumber: string): Promise<void>;
  skip(orderNumber: string): Promise<void>;
  /** The owner says the invoice the order was parked beside is its booking. */
  takeOverInvoice(orderNumber: string): Promise<void>;
  /** The owner has a booked order whose invoice was deleted in Moneybird booked again. */
  bookAgain(orderNumber: string): Promise<void>;
  /** The owner meant that deletion: the order is left out of the books (skipped). */
  leaveDeleted(orderNumber: string): Promise<void>;
  /** The owner settled in Moneybird, by hand, a booked order the shop cancelled: the mark goes. */
  settleCancellation(orderNumber: string): Promise<void>;
}

export type OrdersStore = StoreApi<OrdersState>;

export interface OrderInvoice {
  invoiceId: string | null;
  invoiceNumber: string | null;
  /** On a credit order: the order it credits. */
  creditedOrderNumber?: string | null;
  /** The administration the booking is in, once the bookings are in more than one (else null). */
  administration?: string | null;
}

/** How many order numbers one orders.invoices request may carry. */
const INVOICE_BATCH = 100;

/** The request for the filters: empty parts left out, as the contract's strict arguments want. */
export function searchArgsOf(filters: OrdersFilters, shown?: { asOf: number } | null): OrdersSearchArgs {
  const query = filters.query.trim();
  return {
    ...(query !== '' && { query }),
    ...(filters.states.length > 0 && { states: filters.states }),
    ...(filters.from && { from: filters.from }),
    ...(filters.to && { to: filters.to }),
    page: filters.page,
    pageSize: filters.pageSize,
    // Past the first page, the list as the page shown last had it: orders a run books meanwhile do
    // not push rows onto the next page. The first page is always the list as it is now.
    ...(filters.page > 1 && shown && { asOf: shown.asOf }),
  };
}

type OrderActionChannel =
  | 'orders.retry'
  | 'orders.skip'
  | 'orders.takeOverInvoice'
  | 'orders.bookAgain'
  | 'orders.leaveDeleted'
  | 'orders.settleCancellation';

/** What the order's page says after an action: the core's reason, else what happens next. */
function noteOf(
  reply: Reply<OrderActionChannel>,
  channel: OrderActionChannel,
  orderNumber: string,
): LocalizedText | null {
  if (!reply.ok) return reply.error.message;
  if (reply.result.reason) return reply.result.reason;
  if (channel === 'orders.bookAgain')
    return localize(uiOrders, 'orderDetail.bookingAgain', { order: orderNumber });
  if (channel === 'orders.skip' || channel === 'orders.leaveDeleted') return null;
  // The notice leaves the page: a word that it was noted, since nothing else on it changes.
  if (channel === 'orders.settleCancellation')
    return localize(uiOrders, 'orderDetail.cancelled.settled', { order: orderNumber });
  return localize(uiOrders, 'orderDetail.retried', { order: orderNumber });
}

export function createOrdersStore(client: CheckedClient): OrdersStore {
  /** Runs finished so far: an action's note that an order is queued is out of date once one did. */
  let runsFinished = 0;
  const store = createStore<OrdersState>()((set, get) => {
    // Only the newest answer counts: a slow reply to an older search must not overwrite it.
    let searchSeq = 0;
    let detailSeq = 0;

    const act = async (orderNumber: string, channel: OrderActionChannel) => {
      const current = get().detail;
      if (!current || current.orderNumber !== orderNumber) return;
      set({ detail: { ...current, busy: true, note: null } });
      const runsBefore = runsFinished;
      const reply = await client.call(channel, { orderNumber });
      await get().loadDetail(orderNumber);
      // A run that finished meanwhile did what the action asked: the page shows it, no note needed.
      const done = reply.ok && reply.result.accepted && runsFinished !== runsBefore;
      const note = done ? null : noteOf(reply, channel, orderNumber);
      const after = get().detail;
      if (after?.orderNumber === orderNumber) set({ detail: { ...after, busy: false, note } });
    };

    return {
      filters: DEFAULT_FILTERS,
      result: null,
      resultFilters: null,
      loading: false,
      problem: null,
      detail: null,
      invoices: {},
      async lookUpInvoices(orderNumbers) {
        const known = get().invoices;
        // Only numbers the contract takes (a log line may name an unreadable order as it came).
        const wanted = [...new Set(orderNumbers)].filter((n) => isOrderNumber(n) && !known[n]?.invoiceNumber);
        for (let i = 0; i < wanted.length; i += INVOICE_BATCH) {
          const reply = await client.call('orders.invoices', {
            orderNumbers: wanted.slice(i, i + INVOICE_BATCH),
          });
          // The activity list reads as before without them: nothing to tell the owner.
          if (!reply.ok) return;
          const learnt = Object.fromEntries(
            reply.result.invoices.map((inv) => [
              inv.orderNumber,
              {
                invoiceId: inv.invoiceId,
                invoiceNumber: inv.invoiceNumber,
                creditedOrderNumber: inv.creditedOrderNumber,
                administration: inv.administration,
              },
            ]),
          );
          set({ invoices: { ...get().invoices, ...learnt } });
        }
      },
      setFilters(patch) {
        const page = patch.page ?? 1;
        set({ filters: { ...get().filters, ...patch, page } });
        void get().load();
      },
      clearFilters() {
        set({ filters: { ...DEFAULT_FILTERS, pageSize: get().filters.pageSize } });
        void get().load();
      },
      async load() {
        const seq = ++searchSeq;
        set({ loading: true });
        const filters = get().filters;
        const reply = await client.call('orders.search', searchArgsOf(filters, get().result));
        if (seq !== searchSeq) return;
        if (reply.ok) set({ result: reply.result, resultFilters: filters, loading: false, problem: null });
        else set({ loading: false, problem: reply.error.message });
      },
      async loadDetail(orderNumber) {
        const seq = ++detailSeq;
        const previous = get().detail;
        const same = previous?.orderNumber === orderNumber;
        set({
          detail: {
            orderNumber,
            order: same ? previous.order : null,
            loading: true,
            problem: null,
            note: same ? previous.note : null,
            busy: same ? previous.busy : false,
          },
        });
        const reply = await client.call('orders.detail', { orderNumber });
        if (seq !== detailSeq) return;
        const current = get().detail!;
        if (reply.ok) set({ detail: { ...current, order: reply.result.order, loading: false } });
        else set({ detail: { ...current, loading: false, problem: reply.error.message } });
      },
      closeDetail() {
        detailSeq++;
        set({ detail: null });
      },
      retry: (orderNumber) => act(orderNumber, 'orders.retry'),
      skip: (orderNumber) => act(orderNumber, 'orders.skip'),
      takeOverInvoice: (orderNumber) => act(orderNumber, 'orders.takeOverInvoice'),
      bookAgain: (orderNumber) => act(orderNumber, 'orders.bookAgain'),
      leaveDeleted: (orderNumber) => act(orderNumber, 'orders.leaveDeleted'),
      settleCancellation: (orderNumber) => act(orderNumber, 'orders.settleCancellation'),
    };
  });
  // A finished sync may have booked, parked or retried what is on screen: ask again for what is shown.
  client.on('run.finished', () => {
    runsFinished += 1;
    const { detail, result, load, loadDetail } = store.getState();
    // What the run did is on the page now: a note that the order is queued no longer holds.
    if (detail?.note && !detail.busy) store.setState({ detail: { ...detail, note: null } });
    if (detail) void loadDetail(detail.orderNumber);
    if (result) void load();
  });
  return store;
}

export const OrdersStoreContext = createContext<OrdersStore | null>(null);

export function useOrders<T>(selector: (state: OrdersState) => T): T {
  const store = useContext(OrdersStoreContext);
  if (!store) throw new Error('useOrders outside <OrdersStoreContext.Provider>');
  return useStore(store, selector);
}
