// The month per VAT rate's state: the period the owner looks at (last month by default), the view
// the core computed for it, the page of explanations, and the CSV export. The core does all the
// adding up (reconciliation.period); a finished sync run asks again, since it may have booked orders
// of the period. On the owner's request the core compares the period's bookings with Moneybird as it
// is now (reconciliation.checkMoneybird), and the view is asked again. The orders to look at come
// what needs the owner first; the settled ones (nothing to do) are folded away until the owner asks
// for them, so no page of the list holds them before one that needs the owner. A period with bookings in
// more than one Moneybird administration names them as the owner does: the administrations the
// login reaches are asked for once (setup.moneybird.administrations, which the core keeps per login).
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  BooksCheck,
  ExplanationKind,
  ReconciliationExport,
  ReconciliationPeriod,
  ReconciliationView,
} from '../../shared/contract';
import type { Locale, LocalizedText } from '../../shared/i18n/translate';
import { shopCalendarDay } from '../../shared/shop-calendar';
import type { CheckedClient } from '../bridge/checked-client';

/** Explanations per page. */
export const EXPLANATION_PAGE_SIZE = 25;

/** The month before the one `today` falls in, on the shop's calendar (as the core counts it). */
export function lastMonth(today: Date): ReconciliationPeriod {
  const { year, month } = shopCalendarDay(today);
  return month === 1
    ? { kind: 'month', year: year - 1, index: 12 }
    : { kind: 'month', year, index: month - 1 };
}

/** The period `steps` months or quarters away. */
export function shiftPeriod(period: ReconciliationPeriod, steps: number): ReconciliationPeriod {
  const per = period.kind === 'month' ? 12 : 4;
  const position = period.year * per + (period.index - 1) + steps;
  return { kind: period.kind, year: Math.floor(position / per), index: (position % per) + 1 };
}

/** The same moment seen as a month or as a quarter: the quarter a month is in, a quarter's last month. */
export function withKind(
  period: ReconciliationPeriod,
  kind: ReconciliationPeriod['kind'],
): ReconciliationPeriod {
  if (period.kind === kind) return period;
  return kind === 'quarter'
    ? { kind, year: period.year, index: Math.ceil(period.index / 3) }
    : { kind, year: period.year, index: period.index * 3 };
}

export interface ReconciliationState {
  period: ReconciliationPeriod;
  view: ReconciliationView | null;
  loading: boolean;
  problem: LocalizedText | null;
  offset: number;
  kind: ExplanationKind | null;
  /** Whether the settled orders (rounding, booked in another period, skipped) are listed too. */
  showSettled: boolean;
  exporting: boolean;
  /** The file the last export saved, for the note under the button. */
  exported: string | null;
  checking: boolean;
  /** What the last comparison with Moneybird of this period found. */
  checked: BooksCheck | null;
  /** Moneybird administrations' names by id, once a view needed them (empty when not told). */
  administrationNames: Record<string, string>;
  setPeriod(period: ReconciliationPeriod): Promise<void>;
  setKind(kind: ExplanationKind | null): Promise<void>;
  setShowSettled(show: boolean): Promise<void>;
  page(offset: number): Promise<void>;
  load(): Promise<void>;
  exportCsv(): Promise<ReconciliationExport | null>;
  checkMoneybird(): Promise<void>;
}

export type ReconciliationStore = StoreApi<ReconciliationState>;

export function createReconciliationStore(
  client: CheckedClient,
  locale: () => Locale,
  today: () => Date = () => new Date(),
): ReconciliationStore {
  // A newer request makes an older answer stale (the owner clicked on to another month).
  let generation = 0;
  // Administrations whose names were asked for (one request per administration the app has not
  // named yet, not one per view).
  const askedNames = new Set<string>();
  const nameAdministrations = async (view: ReconciliationView) => {
    const unknown = view.administrations.map((a) => a.id).filter((id) => !askedNames.has(id));
    if (unknown.length === 0) return;
    for (const id of unknown) askedNames.add(id);
    const reply = await client.call('setup.moneybird.administrations', {});
    if (!reply.ok || !reply.result.ok) {
      // Not told now (Moneybird unreachable): general words, and the next view asks again.
      for (const id of unknown) askedNames.delete(id);
      return;
    }
    const names = Object.fromEntries(
      reply.result.administrations.map((a) => [a.id, a.name.trim()]).filter(([, name]) => name !== ''),
    );
    store.setState((state) => ({ administrationNames: { ...state.administrationNames, ...names } }));
  };
  const store = createStore<ReconciliationState>()((set, get) => ({
    period: lastMonth(today()),
    view: null,
    loading: false,
    problem: null,
    offset: 0,
    kind: null,
    showSettled: false,
    exporting: false,
    exported: null,
    checking: false,
    checked: null,
    administrationNames: {},
    async setPeriod(period) {
      set({ period, offset: 0, kind: null, exported: null, checked: null });
      await get().load();
    },
    async setKind(kind) {
      set({ kind, offset: 0 });
      await get().load();
    },
    async setShowSettled(showSettled) {
      set({ showSettled, offset: 0 });
      await get().load();
    },
    async page(offset) {
      set({ offset: Math.max(0, offset) });
      await get().load();
    },
    async load() {
      const mine = ++generation;
      const { period, offset, kind, showSettled } = get();
      set({ loading: true, problem: null });
      const reply = await client.call('reconciliation.period', {
        period,
        offset,
        limit: EXPLANATION_PAGE_SIZE,
        ...(kind && { kind }),
        foldSettled: !showSettled,
      });
      if (mine !== generation) return;
      if (!reply.ok) set({ loading: false, problem: reply.error.message });
      else {
        set({ loading: false, view: reply.result });
        void nameAdministrations(reply.result);
      }
    },
    async exportCsv() {
      set({ exporting: true, exported: null, problem: null });
      const reply = await client.call('reconciliation.exportCsv', {
        period: get().period,
        language: locale(),
        // The file names each administration as the screen does.
        administrationNames: get().administrationNames,
      });
      if (!reply.ok) {
        set({ exporting: false, problem: reply.error.message });
        return null;
      }
      set({ exporting: false, exported: reply.result.fileName });
      return reply.result;
    },
    async checkMoneybird() {
      const { period } = get();
      set({ checking: true, checked: null, problem: null });
      const reply = await client.call('reconciliation.checkMoneybird', { period });
      // The owner moved on to another period meanwhile: that one was not compared.
      if (get().period !== period) return set({ checking: false });
      if (!reply.ok) return set({ checking: false, problem: reply.error.message });
      set({ checking: false, checked: reply.result });
      await get().load();
    },
  }));
  // A finished run may have booked orders of the period on screen.
  client.on('run.finished', () => {
    if (store.getState().view) void store.getState().load();
  });
  return store;
}

export const ReconciliationStoreContext = createContext<ReconciliationStore | null>(null);

/** The month per VAT rate's state (./reconciliation-store.ts). */
export function useReconciliation<T>(selector: (state: ReconciliationState) => T): T {
  const store = useContext(ReconciliationStoreContext);
  if (!store) throw new Error('useReconciliation outside <ReconciliationStoreContext.Provider>');
  return useStore(store, selector);
}
