// The sync engine: one run finds the shop's completed and paid orders, records each in the journal
// before anything is written to Moneybird, and books the due ones through the booking executor.
// An order that cannot be booked is parked with its reason and the rest goes on; a revoked token or
// a plan limit stops the run, since no other order could be booked either.

import { syncMessages } from '../../../shared/i18n/messages/sync';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';
import {
  type BookingPlan,
  type BookkeepingSettings,
  bookingReference,
  isCreditOrder,
  isPaid,
  isRefusal,
  isTestOrder,
  type MoneybirdReferenceData,
  type OriginalBooking,
  orderNumberFromReference,
  planBooking,
  type Refusal,
  type ShopCapture,
  type TaxRateNeed,
} from '../bookkeeping';
import { AuthenticationError, PlanLimitError } from '../http/errors';
import type { MijnwebwinkelClient, OrderResult } from '../mijnwebwinkel/client';
import type { Order } from '../mijnwebwinkel/order-schema';
import type { MoneybirdClient } from '../moneybird/client';
import { shopFiguresOf } from '../reconciliation/order-figures'; // month per VAT rate (#12)
import { loadReferenceData } from '../setup/reference-cache';
import {
  ACTIONABLE_STATES,
  type JournalEntry,
  type LogLevel,
  type RunCounts,
  type RunKind,
  type RunLock,
  type RunLockResult,
  type Store,
  storeWriteErrorOf,
} from '../store';
import { adoptionSteps, judgeBookings } from './adoption';
import { completeMapping, type MappingGap } from './auto-mapping';
import { BookingExecutor, RunBlockedError } from './booking-executor';
import { refreshContacts } from './contact-directory';
import { awaitsRefund, isAwaitingRefund, keepAwaitingRefund, otherCreditsOf } from './credit-notes';
import { type BookingKind, ExistingBookings } from './existing-bookings';
import {
  countOrders,
  type DiscoveryWindow,
  discoverOrderPages,
  RECHECK_CURSOR,
  shopLocalDate,
  shopLocalTime,
  waitingInTurn,
} from './order-discovery';
import { customerOf } from './order-overview-facts';
import { ShopPaymentRecordReader } from './shop-payment-records';
import {
  bookkeepingMappingSetting,
  completedStatusesSetting,
  lockedPeriodMovesSetting,
  logRetentionDaysSetting,
  STATUS_CHANGE_OVERLAP_MS,
  startDateSetting,
} from './sync-settings';

export const STATUS_CHANGED_CURSOR = 'mww.statusChangedSince';
/** When the journal was found to be an older copy of itself (ms): what it knows ends there. */
export const JOURNAL_RESTORED_CURSOR = 'journal.restoredAt';
/**
 * A regular run whose journal last finished a discovery longer ago than this cannot vouch for what
 * happened meanwhile (the app was off, or the data folder came back from a backup): the orders it
 * meets that it does not know are looked up in Moneybird first. Scheduled runs come every 15 minutes.
 */
export const WATCH_GAP_MS = 60 * 60 * 1000;

export type OrderOutcome = 'booked' | 'parked' | 'waiting' | 'skipped';

export interface OrderReport {
  orderNumber: string;
  outcome: OrderOutcome;
  invoiceId: string | null;
  reason: LocalizedText | null;
  reasonCode: string | null;
  /** Set when the booking was already in Moneybird and was adopted rather than made again. */
  adopted?: true;
}

export interface RunReport {
  runId: number;
  kind: RunKind;
  startedAt: number;
  finishedAt: number;
  /** completed: every due order was handled (some may be parked); blocked: the owner must act first. */
  outcome: 'completed' | 'blocked' | 'failed';
  orders: OrderReport[];
  counts: RunCounts;
  error: { code: string; message: LocalizedText } | null;
}

export type EngineEvent =
  | { type: 'run-started'; runId: number; kind: RunKind; startedAt: number }
  | { type: 'progress'; runId: number; done: number; total: number }
  | { type: 'order'; runId: number; report: OrderReport }
  | { type: 'run-finished'; report: RunReport }
  | {
      type: 'log';
      seq: number;
      at: number;
      level: LogLevel;
      message: LocalizedText;
      orderNumber: string | null;
    };

/** A setting the owner must choose before anything can be booked. */
export class SetupRequiredError extends Error {
  constructor(
    readonly code: 'statuses' | 'mapping' | 'mapping_invalid',
    readonly userMessage: LocalizedText,
    readonly gaps: MappingGap[] = [],
  ) {
    super(userMessage.en);
    this.name = 'SetupRequiredError';
  }
}

export interface SyncEngineOptions {
  store: Store;
  mijnwebwinkel: MijnwebwinkelClient;
  moneybird: MoneybirdClient;
  now?: () => number;
  /** How long Moneybird's reference data (tax rates, ledgers, …) is reused between runs. */
  referenceDataTtlMs?: number;
  /** At most this many orders are booked in one run (the rest in the next). */
  batchSize?: number;
  /** Keeps other processes on the same data folder from syncing at the same time. */
  runLock?: RunLock;
}

interface BookingSetup {
  settings: BookkeepingSettings;
  reference: MoneybirdReferenceData;
  executor: BookingExecutor;
}

/** What this run's journal can vouch for (see beginWatch). */
interface RunWatch {
  /** Every order the journal does not know yet is looked up in Moneybird before its first write. */
  lookUpAll: boolean;
  /** Orders dated on or before this day (YYYY-MM-DD) are older than the journal's knowledge. */
  knownFrom: string;
}

interface AdoptionStats {
  lookups: ExistingBookings;
  adopted: number;
  parked: number;
}

interface LoadedReference {
  data: MoneybirdReferenceData;
  loadedAt: number;
  administrationCurrency: string;
}

export class SyncEngine {
  private readonly store: Store;
  private readonly now: () => number;
  private readonly listeners = new Set<(event: EngineEvent) => void>();
  private reference: LoadedReference | undefined;
  private running: Promise<RunReport> | undefined;
  private cancelled = false;
  private runMapping: Record<string, unknown> | undefined;
  private runWatch: RunWatch | undefined;
  private adoption: AdoptionStats | undefined;
  private readonly paymentRecords: ShopPaymentRecordReader;
  /** Line types already logged as unknown by this process: each is worth one line, not one per order. */
  private readonly unknownLineTypesLogged = new Set<string>();

  constructor(private readonly options: SyncEngineOptions) {
    this.store = options.store;
    this.now = options.now ?? Date.now;
    this.paymentRecords = new ShopPaymentRecordReader(options.mijnwebwinkel);
  }

  subscribe(listener: (event: EngineEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get isRunning(): boolean {
    return this.running !== undefined;
  }

  /** Asks a running run to stop after the order it is booking now. */
  cancel(): void {
    if (this.running) this.cancelled = true;
  }

  /** One run. Runs never overlap: a call during a run gets that run's report. */
  run(kind: RunKind = 'manual', options: { importSince?: string } = {}): Promise<RunReport> {
    if (this.running) return this.running;
    this.cancelled = false;
    this.running = this.execute(kind, options).finally(() => {
      this.running = undefined;
      this.runMapping = undefined;
      this.runWatch = undefined;
      this.adoption = undefined;
    });
    return this.running;
  }

  /** Puts a parked, waiting or skipped order back in the queue; the next run books it. */
  retry(orderNumber: string): JournalEntry {
    const entry = this.store.journal.get(orderNumber);
    if (!entry) throw new Error(`Order ${orderNumber} is not in the journal`);
    if (entry.state === 'parked' || entry.state === 'waiting_transient' || entry.state === 'skipped') {
      return this.store.journal.resume(orderNumber, entry.state, { resetAttempts: true });
    }
    return entry;
  }

  /** The owner decided this order is not to be booked. */
  skip(orderNumber: string): JournalEntry {
    const entry = this.store.journal.get(orderNumber);
    if (!entry) throw new Error(`Order ${orderNumber} is not in the journal`);
    return this.store.journal.skip(orderNumber, entry.state, {
      code: 'skipped_by_owner',
      message: localize(syncMessages, 'sync.skipped_by_owner'),
    });
  }

  // ---- a run -------------------------------------------------------------------------------------

  private async execute(kind: RunKind, options: { importSince?: string }): Promise<RunReport> {
    const lock = this.options.runLock?.tryAcquire() ?? { ok: true as const, release: () => {} };
    try {
      return await this.executeLocked(kind, options, lock);
    } catch (error) {
      // The store could not even record the run (a full disk, a read-only file): nothing was done.
      const failure = storeWriteErrorOf(error, this.store.file);
      if (!failure) throw error;
      const at = this.now();
      const report: RunReport = {
        runId: 0,
        kind,
        startedAt: at,
        finishedAt: at,
        outcome: 'failed',
        orders: [],
        counts: { seen: 0, booked: 0, parked: 0, skipped: 0, waiting: 0 },
        error: { code: failure.kind, message: failure.userMessage },
      };
      this.emit({ type: 'run-finished', report });
      return report;
    } finally {
      if (lock.ok) lock.release();
    }
  }

  private async executeLocked(
    kind: RunKind,
    options: { importSince?: string },
    /** Refused when another process holds the data folder's run lock: the run stops before it starts. */
    lock: RunLockResult,
  ): Promise<RunReport> {
    const run = this.store.runs.start(kind);
    this.runMapping = this.store.settings.get(bookkeepingMappingSetting);
    const startedAt = this.now();
    const reports: OrderReport[] = [];
    const counts: RunCounts = { seen: 0, booked: 0, parked: 0, skipped: 0, waiting: 0 };
    this.emit({ type: 'run-started', runId: run.id, kind, startedAt });
    this.log('info', localize(syncMessages, `sync.run_started.${kind}`, { run: run.id }), null, run.id);

    const finish = (outcome: RunReport['outcome'], error: RunReport['error']): RunReport => {
      const storedOutcome =
        outcome === 'completed' ? (counts.parked > 0 ? 'completed_with_parked' : 'completed') : 'failed';
      this.store.runs.finish(run.id, storedOutcome, counts, error);
      const report: RunReport = {
        runId: run.id,
        kind,
        startedAt,
        finishedAt: this.now(),
        outcome,
        orders: reports,
        counts,
        error,
      };
      if (this.adoption && this.adoption.lookups.lookedUp > 0) {
        const { lookups, adopted, parked } = this.adoption;
        this.log(
          'info',
          localize(syncMessages, 'sync.adoption_summary', {
            looked: lookups.lookedUp,
            requests: lookups.requests,
            adopted,
            parked,
          }),
          null,
          run.id,
          { adoptionRequests: lookups.requests, adopted },
        );
      }
      if (outcome === 'completed') {
        this.log('info', localize(syncMessages, 'sync.run_finished', { ...counts }), null, run.id);
      }
      this.prune();
      this.emit({ type: 'run-finished', report });
      return report;
    };
    /** Ends the run; a store that cannot be written (a full disk) cannot record that, and the report says why. */
    const finishCleanly = (outcome: RunReport['outcome'], error: RunReport['error']): RunReport => {
      try {
        return finish(outcome, error);
      } catch (thrown) {
        const failure = storeWriteErrorOf(thrown, this.store.file);
        if (!failure) throw thrown;
        const report: RunReport = {
          runId: run.id,
          kind,
          startedAt,
          finishedAt: this.now(),
          outcome: 'failed',
          orders: reports,
          counts,
          error: error ?? { code: failure.kind, message: failure.userMessage },
        };
        this.emit({ type: 'run-finished', report });
        return report;
      }
    };
    // The run's counts and the import's progress are stored at most once a second (and at the end):
    // a write per order, or a count over the journal per order, costs more than the booking itself.
    const countsDue = pacer(PROGRESS_WRITE_INTERVAL_MS);
    const importProgressDue = pacer(PROGRESS_WRITE_INTERVAL_MS);
    const report = (r: OrderReport) => {
      reports.push(r);
      counts[r.outcome] += 1;
      if (countsDue()) this.store.runs.updateCounts(run.id, counts);
      this.emit({ type: 'order', runId: run.id, report: r });
    };

    if (!lock.ok) {
      const message = localize(syncMessages, 'sync.running_elsewhere', { pid: lock.holderPid ?? '?' });
      this.log('warn', message, null, run.id);
      return finishCleanly('blocked', { code: 'running_elsewhere', message });
    }

    try {
      this.runWatch = this.beginWatch(kind, run.id);
      const statuses = await this.completedStatuses();
      const startDate = this.startDate();
      const discoveredAt = this.now();
      const window = this.discoveryWindow(kind, startDate, options.importSince);
      if (kind === 'import' && options.importSince) await this.beginImport(options.importSince, statuses);
      const earliest = kind === 'import' && options.importSince ? options.importSince : startDate;
      // Orders of the page being booked (and originals read for credits); emptied per page, so a
      // large import never holds every order in memory.
      const orders = new Map<string, Order>();
      const seen = new Set<string>();
      const attempted = new Set<string>();
      let booking: BookingSetup | undefined;
      let done = 0;
      let total = 0;
      const book = async (entries: readonly JournalEntry[]) => {
        const fresh = entries.filter((e) => !attempted.has(e.orderNumber));
        if (fresh.length === 0) return;
        booking = await this.prepareBooking(fresh, orders, booking, run.id);
        total += fresh.length;
        this.emit({ type: 'progress', runId: run.id, done, total });
        // Orders the journal cannot vouch for are looked up in Moneybird first, all of them at once.
        const lookupFailure = await this.lookUpBookings(fresh);
        for (const entry of fresh) {
          if (this.cancelled) break;
          attempted.add(entry.orderNumber);
          const outcome = await this.bookOne(
            entry,
            orders,
            booking.settings,
            booking.reference,
            booking.executor,
            lookupFailure,
          );
          if (outcome) report(outcome);
          done += 1;
          this.emit({ type: 'progress', runId: run.id, done, total });
          if (kind === 'import' && importProgressDue()) this.importProgress();
        }
        // The seal beside the database follows the journal, so a copy put back later is recognised.
        this.store.lineage.advance();
      };

      // Each page of the shop's orders is recorded in the journal, then its eligible orders are
      // booked, before the next page is read.
      for await (const page of discoverOrderPages(this.options.mijnwebwinkel, statuses, window, seen)) {
        counts.seen += page.length;
        // One transaction per page: recording a page's orders is one commit, not one per order.
        const skipped = this.store.transaction(() =>
          page.map((result) => this.admit(result, earliest, orders)),
        );
        for (const r of skipped) if (r) report(r);
        if (this.cancelled) break;
        await book(this.dueAmong(page));
        orders.clear();
      }
      await this.recheckDiscovered(seen, earliest, orders, report);
      // Everything found is in the journal now: the next run may look from here on.
      if (kind !== 'import' && !this.cancelled) {
        this.store.cursors.set(STATUS_CHANGED_CURSOR, shopLocalTime(discoveredAt));
      }
      // Then what else is due: retries whose time has come, orders resumed after a crash or by the
      // owner, and credits whose original was booked just now.
      for (let round = 0; round < 10 && !this.cancelled; round++) {
        const queue = this.store.journal
          .due(this.now(), this.options.batchSize ?? 100_000)
          .filter((e) => !attempted.has(e.orderNumber));
        if (queue.length === 0) break;
        for (let i = 0; i < queue.length && !this.cancelled; i += 100) {
          await book(queue.slice(i, i + 100));
          orders.clear();
        }
      }
      if (kind === 'import' && !this.cancelled) this.completeImport();
      return finishCleanly('completed', null);
    } catch (error) {
      return finishCleanly(...this.runError(error, kind));
    }
  }

  private runError(thrown: unknown, kind: RunKind): [RunReport['outcome'], RunReport['error']] {
    // A failed write to the store (SQLITE_FULL, …) becomes the owner's text: what happened, what to do.
    const error = storeWriteErrorOf(thrown, this.store.file) ?? thrown;
    let result: [RunReport['outcome'], RunReport['error']];
    if (error instanceof RunBlockedError) {
      result = ['blocked', { code: error.blocker.kind, message: error.userMessage }];
    } else if (error instanceof AuthenticationError || error instanceof PlanLimitError) {
      result = ['blocked', { code: error.kind, message: error.userMessage }];
    } else if (error instanceof SetupRequiredError) {
      result = ['blocked', { code: `setup_${error.code}`, message: error.userMessage }];
    } else {
      const message =
        error && typeof error === 'object' && 'userMessage' in error
          ? (error.userMessage as LocalizedText)
          : {
              nl: String((error as Error)?.message ?? error),
              en: String((error as Error)?.message ?? error),
            };
      const code =
        error && typeof error === 'object' && 'kind' in error ? String(error.kind) : 'unexpected_error';
      result = ['failed', { code, message }];
    }
    try {
      this.log('error', result[1]!.message, null, null, { code: result[1]!.code });
    } catch (failure) {
      // The log is in the store that may be what failed; the run's report carries the message.
      if (!storeWriteErrorOf(failure, this.store.file)) throw failure;
    }
    if (kind === 'import') {
      const state = this.store.historyImport.get();
      if (state && (state.status === 'running' || state.status === 'paused') && result[0] === 'blocked') {
        this.store.historyImport.setStatus('paused');
      }
    }
    return result;
  }

  // ---- discovery -----------------------------------------------------------------------------------

  private async completedStatuses(): Promise<number[]> {
    const statuses = this.store.settings.get(completedStatusesSetting);
    if (statuses.length > 0) return statuses;
    const available = await this.options.mijnwebwinkel.orderStatuses();
    const list = available.map((s) => `${s.status} (${s.description})`).join(', ');
    throw new SetupRequiredError(
      'statuses',
      localize(syncMessages, 'sync.needs_statuses', { statuses: list }),
    );
  }

  private startDate(): string {
    const stored = this.store.settings.get(startDateSetting);
    if (stored) return stored;
    // First use: book from today on, so nothing from the past is booked without the owner asking.
    const today = shopLocalDate(this.now());
    this.store.settings.set(startDateSetting, today);
    this.log('info', localize(syncMessages, 'sync.start_date_set', { date: today }), null, null);
    return today;
  }

  private discoveryWindow(kind: RunKind, startDate: string, importSince?: string): DiscoveryWindow {
    if (kind === 'import' && importSince) return { kind: 'order_date', since: importSince };
    const cursor = this.store.cursors.get(STATUS_CHANGED_CURSOR);
    if (!cursor) return { kind: 'order_date', since: startDate };
    const since = Date.parse(`${cursor.replace(' ', 'T')}Z`) - STATUS_CHANGE_OVERLAP_MS;
    // The cursor is shop-local time; shifting the text by the overlap keeps it in that zone.
    return { kind: 'status_changed', since: new Date(since).toISOString().slice(0, 19).replace('T', ' ') };
  }

  /**
   * Puts an order the shop reported into the journal when it is eligible (before any Moneybird
   * write can happen), or returns why it is not booked.
   */
  private admit(result: OrderResult, earliest: string, orders: Map<string, Order>): OrderReport | null {
    const { journal } = this.store;
    if (!result.ok) {
      const orderNumber = result.number ?? '?';
      const issue = result.issues[0];
      const reason = {
        code: 'order_unreadable',
        message: localize(syncMessages, 'sync.order_unreadable', {
          order: orderNumber,
          field: issue?.field ?? '?',
          problem: issue?.message ?? '',
        }),
        details: { issues: result.issues },
      };
      if (result.number === undefined) {
        this.log('warn', reason.message, null, null);
        return {
          orderNumber,
          outcome: 'skipped',
          invoiceId: null,
          reason: reason.message,
          reasonCode: reason.code,
        };
      }
      const { entry } = journal.record({ orderNumber, state: 'discovered' });
      if (entry.state !== 'discovered') return null;
      // Parked in this run: it counts in the run's summary and is listed among its parked orders.
      return toReport(journal.park(orderNumber, 'discovered', reason), 'parked');
    }
    const order = result.order;
    orders.set(order.number, order);
    const known = journal.get(order.number);
    if (known && known.state !== 'discovered') return null;
    const admission = admissionOf(order, earliest, this.acceptAuthorized());
    if (admission === 'test_order' || admission === 'before_start_date')
      return this.notBooked(order.number, admission);
    if (admission === 'unpaid') {
      // Kept as discovered: each run looks at it again until the payment is in.
      journal.record({
        orderNumber: order.number,
        state: 'discovered',
        orderDate: order.date,
        ...customerOf(order), // order overview (#12): who ordered, for search
      });
      return {
        orderNumber: order.number,
        outcome: 'skipped',
        invoiceId: null,
        reason: localize(syncMessages, 'sync.unpaid_not_yet', { order: order.number }),
        reasonCode: 'unpaid',
      };
    }
    const facts = {
      bookingStyle:
        this.bookingStyle() === 'external' ? ('external_invoice' as const) : ('sales_invoice' as const),
      ...(this.unvouched(order.date) && { adoption: 'look_up' as const }),
      orderDate: order.date,
      creditedOrderNumber: order.creditedOrderNumber ?? null,
      reference: bookingReference(order.number, this.referencePrefix()),
      currency: order.currency,
      shopTotal: order.total ?? null,
      shopVat: order.tax ?? null,
      ...customerOf(order), // order overview (#12): who ordered, for search
    };
    // month per VAT rate (#12): the shop's figures per rate are recorded with the admission.
    this.store.transaction(() => {
      if (known) journal.transition(order.number, { from: 'discovered', to: 'pending', patch: facts });
      else journal.record({ orderNumber: order.number, state: 'pending', ...facts });
      this.store.vatFigures.recordShop(order.number, shopFiguresOf(order));
    });
    return null;
  }

  private notBooked(orderNumber: string, code: 'test_order' | 'before_start_date'): OrderReport {
    const text =
      code === 'test_order'
        ? { nl: 'Testbestelling: wordt niet geboekt.', en: 'Test order: not booked.' }
        : {
            nl: 'Van vóór de startdatum: wordt niet geboekt.',
            en: 'Dated before the start date: not booked.',
          };
    return { orderNumber, outcome: 'skipped', invoiceId: null, reason: text, reasonCode: code };
  }

  /** Orders seen before but not yet paid: looked at again (a payment can come in without a status change). */
  private async recheckDiscovered(
    seen: Set<string>,
    earliest: string,
    orders: Map<string, Order>,
    report: (r: OrderReport) => void,
  ): Promise<void> {
    // In turn: each run goes on where the previous one ended, so every waiting order is read again.
    const { journal, cursors } = this.store;
    const waiting = waitingInTurn((options) => journal.list(options), cursors.get(RECHECK_CURSOR));
    for (const entry of waiting) {
      if (seen.has(entry.orderNumber)) continue;
      const result = await this.options.mijnwebwinkel.order(entry.orderNumber);
      // Only an order parked now is news for this run; "still unpaid" is not.
      const admitted = this.admit(result, earliest, orders);
      if (admitted?.outcome === 'parked') report(admitted);
      orders.clear();
    }
    if (waiting.length > 0) cursors.set(RECHECK_CURSOR, waiting.at(-1)!.orderNumber);
  }

  // ---- booking -------------------------------------------------------------------------------------

  /** Reference data, contacts and the completed mapping: what every booking in this run needs. */
  /**
   * What booking these entries needs: Moneybird's reference data and contacts (loaded once per
   * run), and the mapping completed with the foreign rates these orders use.
   */
  private async prepareBooking(
    entries: readonly JournalEntry[],
    orders: Map<string, Order>,
    previous: BookingSetup | undefined,
    runId: number,
  ): Promise<BookingSetup> {
    const reference = await this.referenceData();
    if (!previous) await refreshContacts(this.options.moneybird, this.store.contacts);
    const ossNeeds: TaxRateNeed[] = [];
    const shopCountry = storedShopCountry(this.mapping());
    for (const entry of entries) {
      // A retried or resumed order was not among this page's orders: read it now (booking needs it
      // anyway), so its foreign rates are proposed like the others'.
      const order = await this.orderFor(entry.orderNumber, orders);
      if (order) ossNeeds.push(...ossNeedsOf(order, shopCountry));
    }
    const stored = this.store.settings.get(bookkeepingMappingSetting);
    const settings = completeRunMapping(stored, reference, ossNeeds);
    const executor =
      previous?.executor ??
      new BookingExecutor({
        store: this.store,
        moneybird: this.options.moneybird,
        reference: reference.data,
        now: this.now,
        log: (level, message, fields) =>
          this.log(level, message, (fields?.order as string | undefined) ?? null, runId, fields),
        logBooked: (entry) =>
          this.logQuietly(
            'info',
            localize(syncMessages, 'sync.order_booked', {
              order: entry.orderNumber,
              invoiceId: entry.moneybird.invoiceId ?? '-',
            }),
            entry.orderNumber,
            null,
            { invoiceId: entry.moneybird.invoiceId },
          ),
      });
    return { settings, reference: reference.data, executor };
  }

  /** The orders of a page that can be booked now (a credit waits while its original is on its way). */
  private dueAmong(page: readonly OrderResult[]): JournalEntry[] {
    const due: JournalEntry[] = [];
    for (const result of page) {
      if (result.number === undefined) continue;
      const entry = this.store.journal.get(result.number);
      if (!entry || !(ACTIONABLE_STATES as readonly string[]).includes(entry.state)) continue;
      if (entry.creditedOrderNumber) {
        const original = this.store.journal.get(entry.creditedOrderNumber);
        if (original && original.state !== 'done' && original.state !== 'skipped') continue;
      }
      due.push(entry);
    }
    return due;
  }

  private async referenceData(): Promise<LoadedReference> {
    const ttl = this.options.referenceDataTtlMs ?? 60 * 60 * 1000;
    if (this.reference && this.now() - this.reference.loadedAt < ttl) return this.reference;
    const loaded = await loadReferenceData(this.options.moneybird, {
      administrationCurrency: this.reference?.administrationCurrency,
    });
    this.reference = { ...loaded, loadedAt: this.now() };
    return this.reference!;
  }

  private async bookOne(
    entry: JournalEntry,
    orders: Map<string, Order>,
    settings: BookkeepingSettings,
    reference: MoneybirdReferenceData,
    executor: BookingExecutor,
    lookupFailure?: unknown,
  ): Promise<OrderReport | null> {
    const { journal } = this.store;
    let current = entry;
    // credit notes (#11): waiting for a refund is no failed attempt.
    const awaitingRefund = isAwaitingRefund(current);
    if (current.state === 'waiting_transient')
      current = journal.resume(current.orderNumber, 'waiting_transient', { resetAttempts: awaitingRefund });
    const order = await this.orderFor(current.orderNumber, orders);
    if (!order) {
      const parked = journal.park(current.orderNumber, current.state, {
        code: 'order_unreadable',
        message: localize(syncMessages, 'sync.order_unreadable', {
          order: current.orderNumber,
          field: '-',
          problem: 'is niet meer te lezen / can no longer be read',
        }),
      });
      return toReport(parked, 'parked');
    }
    let original: OriginalBooking | undefined;
    if (order.creditedOrderNumber) {
      const resolved = await this.originalBooking(order, orders, settings, reference);
      if ('reason' in resolved) {
        const parked = journal.park(current.orderNumber, current.state, resolved.reason);
        return toReport(parked, 'parked');
      }
      original = resolved.original;
    }
    const records = await this.paymentRecords.recordsOf(order);
    const moveOutOfLockedPeriod = this.store.settings
      .get(lockedPeriodMovesSetting)
      .includes(current.orderNumber);
    const plan = planOrderBooking(
      order,
      settings,
      reference,
      original,
      records?.captures,
      moveOutOfLockedPeriod,
    );
    if (isRefusal(plan)) {
      const parked = journal.park(current.orderNumber, current.state, {
        code: plan.code,
        message: plan.message,
        details: plan.details,
      });
      this.log('warn', plan.message, current.orderNumber, null, { code: plan.code });
      return toReport(parked, 'parked');
    }
    // credit notes (#11): still no refund in the shop: the credit note waits on, without a request.
    if (awaitingRefund && awaitsRefund(plan))
      return toReport(keepAwaitingRefund(this.store, plan, current, this.now()), 'waiting');
    this.noteBookkeepingDetails(plan);
    if (this.needsLookUp(current)) {
      const adopted = await this.adoptExisting(current, plan, executor, lookupFailure);
      if (adopted) return adopted;
    }
    // The executor writes the booked line in the transaction that books the order.
    const outcome = await executor.book(plan, current);
    return toReport(outcome.entry, outcome.kind);
  }

  /**
   * What the plan decided that the owner may want to read back: per-line VAT rounding on the order's
   * own log lines, and a line type the bookkeeping does not know (booked as revenue), once per type.
   */
  private noteBookkeepingDetails(plan: BookingPlan): void {
    for (const rounding of plan.vatRounding)
      this.log(
        'info',
        localize(syncMessages, `sync.vat_rounding_${rounding.handling}`, {
          order: plan.orderNumber,
          rate: rounding.rate,
          shopTax: rounding.shopTax,
          invoiceTax: rounding.invoiceTax,
          lines: String(rounding.lines),
        }),
        plan.orderNumber,
        null,
        { code: `vat_rounding_${rounding.handling}` },
      );
    for (const type of plan.unknownLineTypes) {
      if (this.unknownLineTypesLogged.has(type)) continue;
      this.unknownLineTypesLogged.add(type);
      this.log(
        'warn',
        localize(syncMessages, 'sync.unknown_line_type', { order: plan.orderNumber, type }),
        plan.orderNumber,
        null,
        { code: 'unknown_line_type', type },
      );
    }
  }

  // ---- adoption: Moneybird is the truth, the journal a cache ----------------------------------------

  /**
   * What this run's journal can vouch for. It knows the orders it booked itself since it was created;
   * it cannot know what was booked before that (a new data folder, a history import), while it was
   * away (no discovery finished for a while: the app was off, or the folder came back from a backup),
   * or after the copy it was restored from was made (the database is behind its seal).
   */
  private beginWatch(kind: RunKind, runId: number): RunWatch {
    const { lineage, cursors, journal } = this.store;
    const check = lineage.advance();
    if (check.restored) {
      cursors.set(JOURNAL_RESTORED_CURSOR, String(this.now()));
      const marked = journal.markForLookUp();
      this.log('warn', localize(syncMessages, 'sync.journal_restored', { orders: marked }), null, runId, {
        code: 'journal_restored',
      });
    }
    const stored = Number(cursors.get(JOURNAL_RESTORED_CURSOR) ?? 0);
    const restoredAt = Number.isFinite(stored) ? stored : 0;
    const knownFrom = shopLocalDate(Math.max(lineage.bornAt, restoredAt));
    // Away: no discovery finished yet, none for a while, or none since the restored copy was found.
    const watchedAt = cursors.updatedAt(STATUS_CHANGED_CURSOR);
    const away = watchedAt === undefined || this.now() - watchedAt > WATCH_GAP_MS || restoredAt > watchedAt;
    return { lookUpAll: kind === 'import' || away, knownFrom };
  }

  /**
   * Whether to look for the order's booking in Moneybird before its next write: no invoice known
   * yet, and either marked so when it was recorded, or met by a run whose journal cannot vouch for
   * it (an import, or a journal that was away: a copy of the folder may have booked it meanwhile).
   */
  private needsLookUp(entry: JournalEntry): boolean {
    return (
      (entry.adoption === 'look_up' || this.runWatch?.lookUpAll === true) &&
      entry.moneybird.invoiceId === null &&
      (entry.progress === 'pending' || entry.progress === 'contact_ok') &&
      entry.reference !== null
    );
  }

  /** Whether an order new to the journal may have been booked without it. */
  private unvouched(orderDate: string): boolean {
    const watch = this.runWatch;
    if (!watch) return true;
    return watch.lookUpAll || orderDate <= watch.knownFrom;
  }

  private existingBookings(): AdoptionStats {
    this.adoption ??= {
      lookups: new ExistingBookings({
        moneybird: this.options.moneybird,
        today: () => shopLocalDate(this.now()),
        knownInvoiceIds: () => this.store.journal.knownInvoiceIds(),
        isOurs: (reference) => orderNumberFromReference(reference, this.referencePrefix()) !== undefined,
        contactKeysOf: (contactId) => this.store.contacts.keysOf(contactId),
      }),
      adopted: 0,
      parked: 0,
    };
    return this.adoption;
  }

  /**
   * Looks up, in bulk, the bookings of the entries to be looked up. A failure (after the client's
   * own retries) is returned, not thrown: those orders wait for a retry while the rest is booked.
   */
  private async lookUpBookings(entries: readonly JournalEntry[]): Promise<unknown> {
    const wanted = entries.filter((e) => this.needsLookUp(e));
    if (wanted.length === 0) return undefined;
    try {
      await this.existingBookings().lookups.lookUp(
        wanted.map((e) => ({ reference: e.reference!, orderDate: e.orderDate, style: styleOf(e) })),
      );
      return undefined;
    } catch (error) {
      if (error instanceof AuthenticationError || error instanceof PlanLimitError)
        throw new RunBlockedError(error);
      return error ?? new Error('look-up failed');
    }
  }

  /**
   * Adopts the booking Moneybird holds for this order, or parks the order when what carries its
   * reference is not plainly its booking. Null when Moneybird holds nothing: the order is booked.
   */
  private async adoptExisting(
    entry: JournalEntry,
    plan: BookingPlan,
    executor: BookingExecutor,
    lookupFailure: unknown,
  ): Promise<OrderReport | null> {
    const { store } = this;
    const stats = this.existingBookings();
    let found =
      lookupFailure === undefined ? stats.lookups.bookingsOf(plan.style, plan.reference) : undefined;
    try {
      if (lookupFailure !== undefined) throw lookupFailure;
      if (!found) {
        // Not among the batch's look-ups (its booking style changed since it was recorded).
        await stats.lookups.lookUp([
          { reference: plan.reference, orderDate: entry.orderDate, style: plan.style },
        ]);
        found = stats.lookups.bookingsOf(plan.style, plan.reference) ?? [];
      }
    } catch (error) {
      const outcome = executor.fail(entry, error);
      return toReport(outcome.entry, outcome.kind);
    }
    const verdict = judgeBookings(plan, entry, found);
    if (verdict.kind === 'absent') return null;
    if (verdict.kind === 'park') {
      stats.parked += 1;
      const parked = store.journal.park(entry.orderNumber, entry.state, verdict.reason);
      this.log('warn', verdict.reason.message, entry.orderNumber, null, { code: verdict.reason.code });
      return toReport(parked, 'parked');
    }
    stats.adopted += 1;
    const steps = adoptionSteps(plan, entry, verdict.invoice, verdict.step);
    let announce: (() => void) | undefined;
    let adopted: JournalEntry;
    try {
      adopted = store.transaction(() => {
        const next = store.journal.advanceThrough(entry.orderNumber, entry.state, steps);
        executor.recordBookedFigures(entry.orderNumber, verdict.invoice); // month per VAT rate (#12)
        announce = this.logQuietly(
          'info',
          localize(syncMessages, 'sync.order_adopted', {
            order: entry.orderNumber,
            invoiceId: verdict.invoice.id,
          }),
          entry.orderNumber,
          null,
          { invoiceId: verdict.invoice.id, adopted: verdict.invoice.state },
        );
        return next;
      });
    } catch (error) {
      // The journal refused the steps (its booking style changed since it was recorded, say).
      const outcome = executor.fail(entry, error);
      return toReport(outcome.entry, outcome.kind);
    }
    announce?.();
    if (adopted.state === 'done') return { ...toReport(adopted, 'booked'), adopted: true };
    // Carried on from where Moneybird shows it is: totals check and send, or the payment.
    const outcome = await executor.book(plan, adopted, verdict.invoice);
    return { ...toReport(outcome.entry, outcome.kind), adopted: true };
  }

  private async orderFor(orderNumber: string, orders: Map<string, Order>): Promise<Order | undefined> {
    const cached = orders.get(orderNumber);
    if (cached) return cached;
    const result = await this.options.mijnwebwinkel.order(orderNumber);
    if (!result.ok) return undefined;
    orders.set(orderNumber, result.order);
    return result.order;
  }

  /** The booking a credit order credits: its invoice and the tax rates its lines were booked at. */
  private async originalBooking(
    order: Order,
    orders: Map<string, Order>,
    settings: BookkeepingSettings,
    reference: MoneybirdReferenceData,
  ): Promise<{ original: OriginalBooking } | { reason: { code: string; message: LocalizedText } }> {
    const originalNumber = order.creditedOrderNumber!;
    const booked = this.store.journal.get(originalNumber);
    if (booked?.state !== 'done' || !booked.moneybird.invoiceId || !booked.reference) {
      return originalBookingFrom(order, undefined, undefined, settings, reference);
    }
    const originalOrder = await this.orderFor(originalNumber, orders);
    const resolved = originalBookingFrom(
      order,
      { reference: booked.reference, invoiceId: booked.moneybird.invoiceId },
      originalOrder,
      settings,
      reference,
    );
    if ('reason' in resolved) return resolved;
    // credit notes (#11): the other credits of the original, and the shop's refunds of its payments.
    const paymentMethod = originalOrder?.payment?.methodName;
    resolved.original.otherCredits = otherCreditsOf(this.store, originalNumber, order.number);
    resolved.original.refunds = await this.paymentRecords.refundsOf(originalNumber);
    if (paymentMethod) resolved.original.paymentMethod = paymentMethod;
    return resolved;
  }

  // ---- history import ------------------------------------------------------------------------------

  private async beginImport(since: string, statuses: readonly number[]): Promise<void> {
    const { historyImport } = this.store;
    const current = historyImport.get();
    if (
      !current ||
      current.status === 'completed' ||
      current.status === 'failed' ||
      current.since !== since
    ) {
      if (current && (current.status === 'running' || current.status === 'paused')) historyImport.clear();
      historyImport.start(since);
    } else if (current.status === 'paused') {
      historyImport.setStatus('running');
    }
    const total = await countOrders(this.options.mijnwebwinkel, statuses, since);
    historyImport.progress({ done: this.importDone(since), total });
  }

  private importDone(since: string): number {
    const row = this.store.db
      .prepare(
        `SELECT count(*) FROM order_journal
         WHERE order_date >= ? AND state IN ('done', 'parked', 'skipped')`,
      )
      .pluck()
      .get(since) as number;
    return row;
  }

  private importProgress(): void {
    const state = this.store.historyImport.get();
    if (state?.status === 'running')
      this.store.historyImport.progress({ done: this.importDone(state.since) });
  }

  private completeImport(): void {
    const state = this.store.historyImport.get();
    if (state?.status === 'running') {
      this.store.historyImport.progress({ done: this.importDone(state.since) });
      this.store.historyImport.complete();
    }
  }

  // ---- plumbing ------------------------------------------------------------------------------------

  /** The owner's mapping as stored; read once per run (it is asked for per order). */
  private mapping(): Record<string, unknown> {
    return this.runMapping ?? this.store.settings.get(bookkeepingMappingSetting);
  }

  private bookingStyle(): 'sales' | 'external' {
    return this.mapping().bookingStyle === 'external' ? 'external' : 'sales';
  }

  private referencePrefix(): string {
    const prefix = this.mapping().referencePrefix;
    return typeof prefix === 'string' && /^[A-Za-z0-9]{1,10}$/.test(prefix) ? prefix : 'MWW';
  }

  private acceptAuthorized(): boolean {
    return acceptsAuthorizedPayments(this.mapping());
  }

  private prune(): void {
    const days = this.store.settings.get(logRetentionDaysSetting);
    const retention = days * 24 * 60 * 60 * 1000;
    this.store.log.prune(this.now(), retention);
    this.store.runs.prune(this.now() - retention);
  }

  private log(
    level: LogLevel,
    message: string | LocalizedText,
    orderNumber: string | null,
    runId: number | null,
    fields?: Record<string, unknown>,
  ): void {
    this.logQuietly(level, message, orderNumber, runId, fields)();
  }

  /** Stores a log line; the returned function announces it (after the caller's transaction commits). */
  private logQuietly(
    level: LogLevel,
    message: string | LocalizedText,
    orderNumber: string | null,
    runId: number | null,
    fields?: Record<string, unknown>,
  ): () => void {
    const at = this.now();
    const seq = this.store.log.append({ at, level, message, fields: fields ?? null, orderNumber, runId });
    const text = typeof message === 'string' ? { nl: message, en: message } : message;
    return () => this.emit({ type: 'log', seq, at, level, message: text, orderNumber });
  }

  private emit(event: EngineEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A listener's failure (a closed socket, say) must not stop a booking.
      }
    }
  }
}

const PROGRESS_WRITE_INTERVAL_MS = 1000;

/** True at most once per interval (monotonic time, so a test's frozen business clock does not stop it). */
function pacer(intervalMs: number): () => boolean {
  let last = Number.NEGATIVE_INFINITY;
  return () => {
    const at = performance.now();
    if (at - last < intervalMs) return false;
    last = at;
    return true;
  };
}

function rateText(rate: bigint): string {
  const whole = rate / 1_000_000n;
  const fraction = rate % 1_000_000n;
  return fraction === 0n
    ? String(whole)
    : `${whole}.${fraction.toString().padStart(6, '0').replace(/0+$/, '')}`;
}

function styleOf(entry: JournalEntry): BookingKind {
  return entry.bookingStyle === 'external_invoice' ? 'external' : 'sales';
}

function toReport(entry: JournalEntry, outcome: OrderOutcome): OrderReport {
  return {
    orderNumber: entry.orderNumber,
    outcome,
    invoiceId: entry.moneybird.invoiceId,
    reason: entry.reason?.message ?? null,
    reasonCode: entry.reason?.code ?? null,
  };
}

// ---- the engine's rules, shared with the dry run (setup/dry-run.ts) --------------------------------

/** Why an order the shop reported is booked or not (its journal state aside). */
export type Admission = 'eligible' | 'test_order' | 'before_start_date' | 'unpaid';

/** Not a test order, on or after the earliest date, and paid (a credit order counts as settled). */
export function admissionOf(order: Order, earliest: string, acceptAuthorized: boolean): Admission {
  if (isTestOrder(order)) return 'test_order';
  if (order.date < earliest) return 'before_start_date';
  const paid = isCreditOrder(order) || isPaid(order, { acceptAuthorized });
  return paid ? 'eligible' : 'unpaid';
}

/** The owner's choice to count authorized payments (Klarna, Afterpay) as paid, from the stored mapping. */
export function acceptsAuthorizedPayments(mapping: Record<string, unknown>): boolean {
  return mapping.acceptAuthorizedPayments === true;
}

/** The shop's country as the stored mapping says; NL when it says nothing. */
export function storedShopCountry(mapping: Record<string, unknown>): string {
  return typeof mapping.shopCountry === 'string' ? String(mapping.shopCountry) : 'NL';
}

/** The foreign (OSS) rates an order needs mapped: one per VAT rate of a distance sale to another country. */
export function ossNeedsOf(order: Order, shopCountry: string): TaxRateNeed[] {
  if (!order.taxRegion || order.taxStrategy || order.taxRegion === shopCountry) return [];
  return (order.tax ?? []).map((line) => ({
    treatment: 'oss' as const,
    rate: rateText(line.rate),
    country: order.taxRegion!,
  }));
}

/**
 * The stored mapping completed with what Moneybird's data makes unambiguous, as a run books with it;
 * a gap that stops every booking, or an invalid setting, throws the SetupRequiredError that stops the run.
 */
export function completeRunMapping(
  stored: Record<string, unknown>,
  reference: { data: MoneybirdReferenceData; administrationCurrency: string },
  ossNeeds: readonly TaxRateNeed[],
): BookkeepingSettings {
  const mapping = completeMapping(stored, reference.data, {
    extraNeeds: ossNeeds,
    administrationCurrency: reference.administrationCurrency,
  });
  if (mapping.ok) return mapping.settings;
  if (mapping.invalid) {
    throw new SetupRequiredError(
      'mapping_invalid',
      localize(syncMessages, 'sync.mapping_invalid', mapping.invalid),
    );
  }
  const gap = mapping.gaps.find((g) => g.essential)!;
  const candidates = gap.candidates.map((c) => `${c.id} (${c.name ?? '?'})`).join(', ') || '-';
  throw new SetupRequiredError(
    'mapping',
    localize(syncMessages, 'sync.needs_mapping', { path: gap.path, candidates }),
    mapping.gaps,
  );
}

/** The booking plan of one order, as a run makes it. */
export function planOrderBooking(
  order: Order,
  settings: BookkeepingSettings,
  reference: MoneybirdReferenceData,
  original?: OriginalBooking,
  captures?: readonly ShopCapture[],
  moveOutOfLockedPeriod = false,
): BookingPlan | Refusal {
  return planBooking({
    order,
    settings,
    reference,
    original,
    moveOutOfLockedPeriod,
    ...(captures && { captures }),
    // Moneybird converts foreign currencies itself; the payment's base amount follows the invoice.
    exchangeRate: order.currency === settings.administrationCurrency ? undefined : '1',
  });
}

/**
 * The booking a credit order credits, from the original's booking (`booked`: its reference and
 * invoice, undefined when it is not booked) and the original order as the shop has it.
 */
export function originalBookingFrom(
  order: Order,
  booked: { reference: string; invoiceId: string } | undefined,
  originalOrder: Order | undefined,
  settings: BookkeepingSettings,
  reference: MoneybirdReferenceData,
): { original: OriginalBooking } | { reason: { code: string; message: LocalizedText } } {
  const originalNumber = order.creditedOrderNumber!;
  if (!booked) {
    return {
      reason: {
        code: 'original_missing',
        message: localize(syncMessages, 'sync.original_missing', {
          order: order.number,
          original: originalNumber,
        }),
      },
    };
  }
  const originalPlan = originalOrder
    ? planBooking({ order: originalOrder, settings, reference, exchangeRate: '1' })
    : undefined;
  if (!originalPlan || isRefusal(originalPlan)) {
    return {
      reason: {
        code: 'original_unreadable',
        message: localize(syncMessages, 'sync.original_unreadable', {
          order: order.number,
          original: originalNumber,
        }),
      },
    };
  }
  return {
    original: {
      orderNumber: originalNumber,
      reference: booked.reference,
      invoiceId: booked.invoiceId,
      vatTreatment: originalPlan.vatTreatment,
      taxRateIds: originalPlan.taxRateIds,
      totalInclTax: originalPlan.expected.totalInclTax,
    },
  };
}

/** An estimate of how long booking `orders` takes within Moneybird's limit. */
export function estimateRemainingMs(
  orders: number,
  budget: { requests: number; windowMs: number },
  requestsPerOrder = 3,
): number {
  return Math.ceil((orders * requestsPerOrder * budget.windowMs) / budget.requests);
}
