// The log screen's state: the owner's filters as typed, the lines found (newest first, a page at a
// time), the lines that arrive live and match, and the CSV export. The core does the searching
// (log.search); a live line is judged here by the same rule (matchesLogFilter), so it appears
// exactly when a new search would show it.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  type LogExport,
  type LogFilter,
  type LogLine,
  type LogLineLevel,
  matchesLogFilter,
} from '../../shared/contract';
import type { Locale, LocalizedText } from '../../shared/i18n/translate';
import type { CheckedClient } from '../bridge/checked-client';
import type { ConnectionPhase } from '../bridge/socket-bridge';

/** The filters as the form holds them: days as YYYY-MM-DD, empty text for "any". */
export interface LogForm {
  minLevel: LogLineLevel;
  orderNumber: string;
  fromDay: string;
  untilDay: string;
  text: string;
}

export const EMPTY_LOG_FORM: LogForm = {
  minLevel: 'info',
  orderNumber: '',
  fromDay: '',
  untilDay: '',
  text: '',
};

/** Lines per page. */
export const LOG_PAGE_SIZE = 100;
/** How long typing may pause before the search runs. */
const TYPING_PAUSE_MS = 250;

/** Midnight at the start of a day (YYYY-MM-DD) in the owner's time zone, as an ISO moment. */
function startOfDay(day: string, plusDays = 0): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date + plusDays).toISOString();
}

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);

/** Whether the period runs backwards (its end before its start). */
export function periodReversed(form: LogForm): boolean {
  return isDay(form.fromDay) && isDay(form.untilDay) && form.untilDay < form.fromDay;
}

/**
 * The contract's filter for a form: the period from the start of the first day up to the end of the
 * last one, both in the owner's time zone; empty fields left out.
 */
export function filterOf(form: LogForm, language: Locale): LogFilter {
  const filter: LogFilter = { language };
  if (form.minLevel !== 'info') filter.minLevel = form.minLevel;
  const order = form.orderNumber.trim();
  if (order) filter.orderNumber = order;
  if (isDay(form.fromDay)) filter.from = startOfDay(form.fromDay);
  if (isDay(form.untilDay)) filter.until = startOfDay(form.untilDay, 1);
  const text = form.text.trim();
  if (text) filter.text = text;
  return filter;
}

/** Lines by seq, newest first, each once (a live line may also come with a page). */
export function mergeNewestFirst(current: LogLine[], incoming: LogLine[]): LogLine[] {
  const bySeq = new Map<number, LogLine>();
  for (const line of [...current, ...incoming]) bySeq.set(line.seq, line);
  return [...bySeq.values()].sort((a, b) => b.seq - a.seq);
}

export interface LogViewState {
  form: LogForm;
  lines: LogLine[];
  /** Whether older lines match too. */
  more: boolean;
  /** The first page of a search is on its way. */
  loading: boolean;
  loadingMore: boolean;
  /** Lines that arrived live since the last search, shown at the top. */
  live: number;
  problem: LocalizedText | null;
  exporting: boolean;
  exported: Omit<LogExport, 'csv'> | null;
  /** Changes filters; the search follows (after a pause in typing for the text fields). */
  setForm(patch: Partial<LogForm>): void;
  clearForm(): void;
  /** Searches with the filters as they are now. */
  search(): Promise<void>;
  loadMore(): Promise<void>;
  /** The filtered log as CSV; null when the core refused (the problem says why). */
  exportCsv(): Promise<LogExport | null>;
}

export type LogStore = StoreApi<LogViewState>;

export function createLogStore(
  client: CheckedClient,
  locale: () => Locale,
  onConnection?: (listener: (phase: ConnectionPhase) => void) => () => void,
): LogStore {
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** Each search's number: a reply to an older one is dropped. */
  let generation = 0;
  /** The filter of the lines on screen, or of the search on its way (live lines are judged by it). */
  let shown: LogFilter | null = null;

  const store = createStore<LogViewState>()((set, get) => ({
    form: EMPTY_LOG_FORM,
    lines: [],
    more: false,
    loading: false,
    loadingMore: false,
    live: 0,
    problem: null,
    exporting: false,
    exported: null,
    setForm(patch) {
      set({ form: { ...get().form, ...patch }, exported: null });
      if (timer) clearTimeout(timer);
      const typing = 'text' in patch || 'orderNumber' in patch;
      if (!typing) {
        void get().search();
        return;
      }
      timer = setTimeout(() => {
        timer = null;
        void get().search();
      }, TYPING_PAUSE_MS);
    },
    clearForm() {
      if (timer) clearTimeout(timer);
      set({ form: EMPTY_LOG_FORM, exported: null });
      void get().search();
    },
    async search() {
      const { form } = get();
      const mine = ++generation;
      if (periodReversed(form)) {
        shown = null;
        set({ lines: [], more: false, loading: false, live: 0 });
        return;
      }
      const filter = filterOf(form, locale());
      // From now on live lines are judged by the new filter; those that match are kept below.
      shown = filter;
      set({ loading: true, problem: null });
      const reply = await client.call('log.search', { filter, limit: LOG_PAGE_SIZE });
      if (mine !== generation) return;
      if (!reply.ok) {
        set({ loading: false, problem: reply.error.message });
        return;
      }
      // Live lines that came while the search was on its way stay: they are newer than the page.
      const newest = reply.result.lines[0]?.seq ?? 0;
      const arrived = get().lines.filter((line) => line.seq > newest && matchesLogFilter(line, filter));
      set({
        lines: mergeNewestFirst(arrived, reply.result.lines),
        more: reply.result.more,
        loading: false,
        live: 0,
      });
    },
    async loadMore() {
      const { lines, more, loading, loadingMore } = get();
      const oldest = lines.at(-1);
      if (!shown || !more || loading || loadingMore || !oldest) return;
      const mine = generation;
      const filter = shown;
      set({ loadingMore: true });
      const reply = await client.call('log.search', { filter, beforeSeq: oldest.seq, limit: LOG_PAGE_SIZE });
      if (mine !== generation) {
        set({ loadingMore: false });
        return;
      }
      if (!reply.ok) {
        set({ loadingMore: false, problem: reply.error.message });
        return;
      }
      set({
        lines: mergeNewestFirst(get().lines, reply.result.lines),
        more: reply.result.more,
        loadingMore: false,
      });
    },
    async exportCsv() {
      const { form } = get();
      if (periodReversed(form)) return null;
      set({ exporting: true, exported: null, problem: null });
      const reply = await client.call('log.exportCsv', { filter: filterOf(form, locale()) });
      if (!reply.ok) {
        set({ exporting: false, problem: reply.error.message });
        return null;
      }
      const { csv: _csv, ...summary } = reply.result;
      set({ exporting: false, exported: summary });
      return reply.result;
    },
  }));

  client.on('log.line', (line) => {
    if (!shown || !matchesLogFilter(line, shown)) return;
    const { lines, live } = store.getState();
    if (lines.some((l) => l.seq === line.seq)) return;
    store.setState({ lines: mergeNewestFirst(lines, [line]), live: live + 1 });
  });
  // Lines written while the connection was down came as no event: search again once it is back.
  onConnection?.((phase) => {
    if (phase === 'open' && shown) void store.getState().search();
  });
  return store;
}

export const LogStoreContext = createContext<LogStore | null>(null);

/** The log screen's state (./log-store.ts). */
export function useLog<T>(selector: (state: LogViewState) => T): T {
  const store = useContext(LogStoreContext);
  if (!store) throw new Error('useLog outside <LogStoreContext.Provider>');
  return useStore(store, selector);
}
