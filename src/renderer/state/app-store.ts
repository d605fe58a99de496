// The UI's state: what the core last said (status, recent log, held orders, the history import),
// the connection to the core, the chosen language, and the last refusal or note to show. Filled by
// requests and kept current by events.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  ActionResult,
  AppStatus,
  Failure,
  HeldOrder,
  HeldOrders,
  HistoryImport,
  LogLine,
  MappingSection,
  Reply,
} from '../../shared/contract';
import { DEFAULT_LOCALE, LOCALES, type Locale, type LocalizedText } from '../../shared/i18n/translate';
import type { CheckedClient } from '../bridge/checked-client';
import type { ConnectionPhase } from '../bridge/socket-bridge';

const LOG_LIMIT = 100;
const ORDER_LIMIT = 100;
const LOCALE_KEY = 'winkelbrug.locale';

export interface AppState {
  connection: ConnectionPhase;
  status: AppStatus | null;
  log: LogLine[];
  locale: Locale;
  notice: LocalizedText | null;
  orders: HeldOrders | null;
  historyImport: HistoryImport | null;
  /**
   * The reference prefix of the bookings (Settings → Boekhouding), e.g. "MWW": the owner is shown by
   * which reference Winkelbrug recognises its own invoices before earlier orders are booked.
   */
  referencePrefix: string | null;
  /** The order a Retry or Skip is on its way for ('all': one for several orders). */
  busyOrder: string | null;
  /** Parts of Settings → Bookkeeping the owner changed this session: orders parked for them may book now. */
  adjustedSections: MappingSection[];
  /** When each of those parts was last saved (ms): an order parked since then did not wait for that change. */
  adjustedAt: Partial<Record<MappingSection, number>>;
  markAdjusted(sections: MappingSection[]): void;
  /** Retries every parked order whose cause is one of these settings. */
  retryParked(sections: MappingSection[]): Promise<void>;
  /** Retries these parked orders (a group with one cause) in one request: one sync for them all. */
  retryOrders(orderNumbers: string[]): Promise<void>;
  /** Switches the app's language and asks the core to keep it. */
  setLocale(locale: Locale): Promise<void>;
  refreshOrders(): Promise<void>;
  retryOrder(orderNumber: string): Promise<void>;
  skipOrder(orderNumber: string): Promise<void>;
  /** Books an order dated in Moneybird's locked period on the first open day; none given: all of them. */
  bookInOpenPeriod(orderNumber?: string): Promise<void>;
  /** The owner says the invoice the order was parked beside is its booking. */
  takeOverInvoice(orderNumber: string): Promise<void>;
  startImport(since: string): Promise<void>;
  /**
   * Moneybird's locked period now (one request), for the earlier orders' period: the last locked
   * day, null when none is, undefined when it could not be asked.
   */
  readPeriodLock(): Promise<string | null | undefined>;
  refresh(): Promise<void>;
  syncNow(): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  dismissNotice(): void;
}

export type AppStore = StoreApi<AppState>;

function storedLocale(): Locale {
  try {
    const value = globalThis.localStorage?.getItem(LOCALE_KEY);
    return LOCALES.find((l) => l === value) ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** Merges log lines by sequence number, oldest first, keeping the newest LOG_LIMIT. */
export function mergeLog(current: LogLine[], incoming: LogLine[]): LogLine[] {
  const bySeq = new Map<number, LogLine>();
  for (const line of [...current, ...incoming]) bySeq.set(line.seq, line);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq).slice(-LOG_LIMIT);
}

/**
 * The parked orders a change to these parts of the settings may book now: parked for one of them,
 * before that part was saved (an order parked since then did not wait for the change).
 */
export function waitedForChange(
  parked: readonly HeldOrder[],
  sections: readonly MappingSection[],
  adjustedAt: Partial<Record<MappingSection, number>>,
): HeldOrder[] {
  return parked.filter((order) => {
    const section = order.settingsSection;
    if (section === null || !sections.includes(section)) return false;
    const saved = adjustedAt[section];
    return saved === undefined || Date.parse(order.heldSince) <= saved;
  });
}

export function createAppStore(
  client: CheckedClient,
  onConnection: (listener: (phase: ConnectionPhase) => void) => () => void,
): AppStore {
  /**
   * How many status events have come in. A status asked for is the core's as it was when it
   * answered; one event that came in while the question was out may be newer, so the answer is then
   * dropped: the core sends an event for every change, and the events alone keep the status current.
   */
  let statusEvents = 0;
  const store = createStore<AppState>()((set, get) => {
    const report = (error: Failure) => set({ notice: error.message });
    /** Keeps an asked-for status unless a status event came in since `asked` (statusEvents then). */
    const setAskedStatus = (status: AppStatus, asked: number) => {
      if (statusEvents === asked) set({ status });
    };
    /** A refusal, or a note on an accepted action (it runs after the current sync). */
    const answer = (reply: Reply<'orders.retry'> | { ok: true; result: ActionResult }) => {
      if (!reply.ok) report(reply.error);
      else if (reply.result.reason) set({ notice: reply.result.reason });
    };
    /** An action on held orders: busy while it is asked, its answer told, the lists asked again. */
    const actOnOrders = async (busy: string, call: () => Promise<Reply<'orders.retry'>>) => {
      set({ notice: null, busyOrder: busy });
      try {
        answer(await call());
      } finally {
        set({ busyOrder: null });
        await get().refreshOrders();
      }
    };
    // Order lists are asked for again on many events; one request at a time, one more if needed.
    let ordersInFlight: Promise<void> | null = null;
    let ordersStale = false;
    const fetchOrders = async () => {
      const reply = await client.call('orders.list', { limit: ORDER_LIMIT });
      if (reply.ok) set({ orders: reply.result });
      else report(reply.error);
    };

    /** Shows the window in a language; remembered here too, so the next start paints in it at once. */
    const showLocale = (locale: Locale) => {
      try {
        globalThis.localStorage?.setItem(LOCALE_KEY, locale);
      } catch {
        // Private mode or a locked profile: the core still keeps the choice.
      }
      document.documentElement.lang = locale;
      if (get().locale !== locale) set({ locale });
    };

    return {
      connection: 'connecting',
      status: null,
      log: [],
      locale: storedLocale(),
      notice: null,
      orders: null,
      historyImport: null,
      referencePrefix: null,
      busyOrder: null,
      adjustedSections: [],
      adjustedAt: {},
      markAdjusted(sections) {
        const adjusted = new Set([...get().adjustedSections, ...sections]);
        const at = Date.now();
        set({
          adjustedSections: [...adjusted],
          adjustedAt: {
            ...get().adjustedAt,
            ...Object.fromEntries(sections.map((section) => [section, at])),
          },
        });
      },
      async retryParked(sections) {
        const parked = get().orders?.parked ?? [];
        const waiting = waitedForChange(parked, sections, get().adjustedAt);
        set({ adjustedSections: get().adjustedSections.filter((section) => !sections.includes(section)) });
        await get().retryOrders(waiting.map((order) => order.orderNumber));
      },
      async retryOrders(orderNumbers) {
        if (orderNumbers.length === 0) return;
        // One request for them all: every order is back in the queue before the one sync starts.
        await actOnOrders('all', () => client.call('orders.retry', { orderNumbers }));
      },
      async setLocale(locale) {
        showLocale(locale);
        // The core keeps the choice: the tray and the desktop notifications speak it too. Where it
        // cannot (its data folder would not open, which the status already says), this window
        // still speaks the language; a second message about it would only confuse.
        await client.call('settings.update', { language: locale });
      },
      async refresh() {
        const asked = statusEvents;
        const [status, log, history, settings] = await Promise.all([
          client.call('app.status', {}),
          client.call('log.recent', { limit: LOG_LIMIT }),
          client.call('import.status', {}),
          client.call('settings.get', {}),
          get().refreshOrders(),
        ]);
        // The core's language wins over this window's remembered one (another window may have changed it).
        if (settings.ok) {
          showLocale(settings.result.language);
          set({ referencePrefix: settings.result.referencePrefix });
        }
        if (status.ok) setAskedStatus(status.result, asked);
        else report(status.error);
        if (log.ok) set({ log: mergeLog(get().log, log.result.lines) });
        else report(log.error);
        if (history.ok) set({ historyImport: history.result.import });
        else report(history.error);
      },
      refreshOrders() {
        if (ordersInFlight) {
          ordersStale = true;
          return ordersInFlight;
        }
        ordersInFlight = (async () => {
          do {
            ordersStale = false;
            await fetchOrders();
          } while (ordersStale);
        })().finally(() => {
          ordersInFlight = null;
        });
        return ordersInFlight;
      },
      retryOrder: (orderNumber) =>
        actOnOrders(orderNumber, () => client.call('orders.retry', { orderNumber })),
      bookInOpenPeriod: (orderNumber) =>
        actOnOrders(orderNumber ?? 'all', () =>
          client.call('orders.bookInOpenPeriod', orderNumber ? { orderNumber } : {}),
        ),
      takeOverInvoice: (orderNumber) =>
        actOnOrders(orderNumber, () => client.call('orders.takeOverInvoice', { orderNumber })),
      skipOrder: (orderNumber) => actOnOrders(orderNumber, () => client.call('orders.skip', { orderNumber })),
      async startImport(since) {
        set({ notice: null });
        answer(await client.call('import.start', { since }));
        const history = await client.call('import.status', {});
        if (history.ok) set({ historyImport: history.result.import });
      },
      async readPeriodLock() {
        const reply = await client.call('import.periodLock', {});
        return reply.ok && reply.result.known ? reply.result.lockedUntil : undefined;
      },
      async syncNow() {
        set({ notice: null });
        const reply = await client.call('sync.runNow', {});
        if (!reply.ok) report(reply.error);
        else if (!reply.result.accepted && reply.result.reason) set({ notice: reply.result.reason });
      },
      async pause() {
        set({ notice: null });
        const asked = statusEvents;
        const reply = await client.call('sync.pause', {});
        if (reply.ok) setAskedStatus(reply.result, asked);
        else report(reply.error);
      },
      async resume() {
        set({ notice: null });
        const asked = statusEvents;
        const reply = await client.call('sync.resume', {});
        if (reply.ok) setAskedStatus(reply.result, asked);
        else report(reply.error);
      },
      dismissNotice() {
        set({ notice: null });
      },
    };
  });

  client.on('status.changed', (status) => {
    statusEvents += 1;
    store.setState({ status });
  });
  client.on('sync.progress', (progress) => {
    const { status } = store.getState();
    // Only during a run, and only its own: a run's first progress may come before its status.
    if (status?.state !== 'syncing' || (status.progress && status.progress.runId !== progress.runId)) return;
    store.setState({ status: { ...status, progress } });
  });
  // The lists follow the counts: when these differ from the lists' totals, ask for the lists again.
  client.on('status.changed', (status) => {
    const { orders } = store.getState();
    if (
      orders &&
      (orders.parkedTotal !== status.counts.parked || orders.waitingTotal !== status.counts.waiting)
    ) {
      void store.getState().refreshOrders();
    }
  });
  client.on('order.result', () => void store.getState().refreshOrders());
  client.on('run.finished', () => void store.getState().refreshOrders());
  client.on('import.progress', (historyImport) => store.setState({ historyImport }));
  client.on('log.line', (line) => store.setState({ log: mergeLog(store.getState().log, [line]) }));
  onConnection((phase) => {
    store.setState({ connection: phase });
    // After (re)connecting, events may have been missed: ask for the whole picture again.
    if (phase === 'open') void store.getState().refresh();
  });
  document.documentElement.lang = store.getState().locale;
  return store;
}
