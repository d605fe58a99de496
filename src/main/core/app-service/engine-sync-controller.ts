// The SyncController of the product: the Scheduler decides when (every sync.intervalMinutes, on
// "Sync now", with backoff, standing still after a refused token) and the sync engine does the run.
// What the owner sees is read from the store (journal counts, sync runs, the history import, the
// log), so it is the same after a restart; the engine's events are passed on as contract events.
import type {
  ActionResult,
  AppStatus,
  CoreEvent,
  HistoryImport,
  Progress,
  RunTrigger,
} from '../../../shared/contract';
import { importSinceProblem, unfinishedImportSince } from '../../../shared/history-import-since';
import { app } from '../../../shared/i18n/messages/app';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';
import { writtenDays } from '../../../shared/i18n/written-day';
import { shopLocalDate } from '../../../shared/shop-calendar';
import type { Runtime } from '../core-runtime';
import { redactText } from '../http/redact';
import {
  type JournalEntry,
  JournalTransitionError,
  type LogLevel,
  type RunKind,
  type Store,
  type SyncRun,
  storeErrorText,
  storeWriteErrorOf,
} from '../store';
import type { SchedulerClock } from '../sync/clock';
import { importOutcome } from '../sync/import-progress';
import type { EngineEvent, RunReport } from '../sync/run-report';
import { type BackoffPolicy, Scheduler, type RunTrigger as SchedulerTrigger } from '../sync/scheduler';
import { intervalMinutesSetting, startDateSetting } from '../sync/sync-settings';
import { type FinishedRunFacts, notificationForRun } from './run-notification';
import {
  appStateOf,
  connectionsOf,
  countsOfStore,
  historyImportOf,
  jobResultOf,
  logLineOf,
  orderResultOf,
  remainingTimeMs,
  runSummaryOf,
  triggerOf,
} from './status-mapping';
import { heldOrdersIn, lastFinishedRun as lastFinishedRunIn, recentLogLines } from './store-history';
import type { SyncController } from './sync-controller';

/** What the controller needs of the sync engine (SyncEngine has it). */
export interface SyncEngineLike {
  run(kind: RunKind, options?: { importSince?: string }): Promise<RunReport>;
  retry(orderNumber: string): JournalEntry;
  skip(orderNumber: string): JournalEntry;
  cancel(): void;
  subscribe(listener: (event: EngineEvent) => void): () => void;
}

/** How long `requests` more Moneybird requests take at least (the rate limiter knows). */
export type BudgetEstimate = (requests: number) => number;

export interface EngineSyncControllerOptions {
  store: Store;
  engine: SyncEngineLike;
  /** The Moneybird rate limiter's estimate, for the time left of an import; absent: pace only. */
  budgetEstimate?: () => Promise<BudgetEstimate | null>;
  clock?: SchedulerClock;
  /** Default: the setting sync.intervalMinutes (15). */
  intervalMs?: number;
  backoff?: Partial<BackoffPolicy>;
  heartbeatMs?: number;
  /** Run right away on start (default), or first one interval after the last run (or after now). */
  runAtStart?: boolean;
  /** Called last on close (e.g. closes the runtime's store). */
  onClose?: () => void;
  /**
   * The Moneybird administration the sync books in: the status tells apart the booked orders of
   * another one (booked before a switch). Absent: not told.
   */
  administrationId?: string;
}

/** Moneybird requests one order takes, on average (contact, invoice, send, payment). */
const REQUESTS_PER_ORDER = 3;

export function createEngineSyncController(options: EngineSyncControllerOptions): SyncController {
  const { store, engine } = options;
  const clock = options.clock;
  const now = () => (clock ? clock.now() : Date.now());
  const listeners = new Set<(event: CoreEvent) => void>();
  let closed = false;
  let pendingImport: string | null = null;
  let budgetEstimate: BudgetEstimate | null = null;
  let budgetRequested = false;
  /** The run the engine is doing now, from its run-started to its run-finished event. */
  let active: {
    id: number;
    kind: RunKind;
    startedAt: number;
    progress: Progress | null;
  } | null = null;
  const cancelledRuns = new Set<number>();
  /** A run's failure to write the store (a full disk): the store may hold no record of it. */
  let storeFailure: LocalizedText | null = null;

  const intervalMs = options.intervalMs ?? store.settings.get(intervalMinutesSetting) * 60_000;

  function emit(event: CoreEvent): void {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch {
        // A failing listener (a closed window, a dropped socket) must not stop the others.
      }
    }
  }

  // Status changes come in bursts (every order of a run); one status event per turn is enough.
  let statusQueued = false;
  function statusChanged(): void {
    if (statusQueued || closed) return;
    statusQueued = true;
    setImmediate(() => {
      statusQueued = false;
      if (!closed) emit({ channel: 'status.changed', payload: status() });
    });
  }

  function appendLog(level: LogLevel, message: LocalizedText, orderNumber: string | null = null): void {
    const at = now();
    const seq = store.log.append({ at, level, message, orderNumber, runId: null });
    const line = logLineOf({ seq, at, level, message, orderNumber });
    if (line) emit({ channel: 'log.line', payload: line });
  }

  const lastFinishedRun = () => lastFinishedRunIn(store);

  const summaryOf = (run: SyncRun) => runSummaryOf(run, cancelledRuns.has(run.id));

  function lastGoodRunAt(): number | null {
    const good = store.runs
      .recent(50)
      .find((run) => run.finishedAt !== null && (run.error === null || run.error.code.startsWith('setup_')));
    return good?.finishedAt ?? null;
  }

  function remainingMs(): number | null {
    const progress = active?.progress;
    if (!active || !progress) return null;
    const remaining = Math.max(0, progress.total - progress.done);
    return remainingTimeMs({
      done: progress.done,
      total: progress.total,
      elapsedMs: now() - active.startedAt,
      budgetMs: budgetEstimate ? budgetEstimate(remaining * REQUESTS_PER_ORDER) : null,
    });
  }

  function historyImport(): HistoryImport | null {
    const state = store.historyImport.get();
    if (!state) return null;
    // What came of it is counted once it completed, not on every progress event of a running import.
    return historyImportOf(
      state,
      active?.kind === 'import' ? remainingMs() : null,
      state.status === 'completed' ? importOutcome(store, state) : null,
    );
  }

  /**
   * Booked orders in another administration than the connected one. Counted once, and again after a
   * run (only a run adopts bookings found elsewhere; a switch of administration opens a new sync):
   * the count reads every booked order, too much for each status of a run.
   */
  let elsewhere: { run: number | undefined; count: number } | undefined;
  function bookedElsewhere(): number {
    const { administrationId } = options;
    if (!administrationId) return 0;
    const run = lastFinishedRun()?.id;
    if (elsewhere === undefined || elsewhere.run !== run)
      elsewhere = { run, count: store.journal.bookedOutsideCount(administrationId) };
    return elsewhere.count;
  }

  function status(): AppStatus {
    const scheduled = scheduler.status();
    const lastRun = lastFinishedRun();
    const { state, reason } =
      storeFailure && !scheduled.paused && active === null
        ? { state: 'error' as const, reason: storeFailure }
        : appStateOf({
            paused: scheduled.paused,
            running: active !== null,
            blockedOnAuth: scheduled.blockedOnAuth,
            lastRun,
          });
    const progress = active?.progress ? { ...active.progress, remainingMs: remainingMs() } : null;
    return {
      state,
      reason,
      lastRun: lastRun ? summaryOf(lastRun) : null,
      nextRunAt: scheduled.nextRunAt === null ? null : new Date(scheduled.nextRunAt).toISOString(),
      progress,
      counts: countsOfStore(store, bookedElsewhere()),
      connections: connectionsOf(lastRun, lastGoodRunAt()),
    };
  }

  function requestBudget(): void {
    if (budgetRequested || !options.budgetEstimate) return;
    budgetRequested = true;
    options.budgetEstimate().then(
      (estimate) => {
        budgetEstimate = estimate;
      },
      () => {
        // Without the limiter the time left follows the pace alone.
      },
    );
  }

  /** What the notification of a finished run is decided on (./run-notification.ts). */
  function finishedRunFacts(report: RunReport, wasImport: boolean): FinishedRunFacts {
    const previous = store.runs
      .recent(5)
      .find((run) => run.id < report.runId && run.finishedAt !== null && run.outcome !== 'interrupted');
    const state = wasImport ? store.historyImport.get() : undefined;
    return {
      runId: report.runId,
      kind: report.kind,
      parkedOrders: report.orders.filter((order) => order.outcome === 'parked').map((o) => o.orderNumber),
      calledOffOrders: report.calledOff ?? [],
      error: report.error,
      previousErrorCode: previous?.error?.code ?? null,
      importCompleted:
        // An import run that completed leaves the import completed (the engine marks it at the end).
        report.outcome === 'completed' && state?.status === 'completed'
          ? { since: state.since, orders: state.done }
          : null,
    };
  }

  function onEngineEvent(event: EngineEvent): void {
    switch (event.type) {
      case 'run-started':
        active = { id: event.runId, kind: event.kind, startedAt: event.startedAt, progress: null };
        requestBudget();
        emit({
          channel: 'run.started',
          payload: {
            runId: String(event.runId),
            trigger: triggerOf(event.kind),
            startedAt: new Date(event.startedAt).toISOString(),
          },
        });
        break;
      case 'progress': {
        if (!active || active.id !== event.runId) return;
        active.progress = { runId: String(event.runId), done: event.done, total: event.total };
        emit({ channel: 'sync.progress', payload: { ...active.progress, remainingMs: remainingMs() } });
        if (active.kind === 'import') {
          const current = historyImport();
          if (current) emit({ channel: 'import.progress', payload: current });
        }
        break;
      }
      case 'order':
        emit({ channel: 'order.result', payload: orderResultOf(event.runId, event.report) });
        break;
      case 'run-finished': {
        const wasImport = active?.kind === 'import';
        active = null;
        storeFailure = event.report.error?.code.startsWith('store_') ? event.report.error.message : null;
        const run = store.runs.get(event.report.runId);
        const summary = run ? summaryOf(run) : null;
        if (summary) emit({ channel: 'run.finished', payload: summary });
        // After any run: what came of a completed import follows the journal (an order that waited
        // for the owner is booked or skipped since).
        if (wasImport || store.historyImport.get()?.status === 'completed') {
          const current = historyImport();
          if (current) emit({ channel: 'import.progress', payload: current });
        }
        const notification = notificationForRun(finishedRunFacts(event.report, wasImport));
        if (notification) emit({ channel: 'notification', payload: notification });
        break;
      }
      case 'log': {
        const line = logLineOf(event);
        if (line) emit({ channel: 'log.line', payload: line });
        return;
      }
    }
    statusChanged();
  }

  const unsubscribeEngine = engine.subscribe(onEngineEvent);

  /** An import that was cut off (the app closed, a token was refused) continues by itself. */
  function unfinishedImport(): string | null {
    return unfinishedImportSince(store.historyImport.get());
  }

  async function job({ trigger }: { trigger: SchedulerTrigger }) {
    const since = pendingImport ?? unfinishedImport();
    pendingImport = null;
    const kind: RunKind = since
      ? 'import'
      : trigger === 'manual' || trigger === 'follow-up'
        ? 'manual'
        : 'scheduled';
    // Called without an await before it, so the run has started when runNow() returns.
    const report = await engine.run(kind, since ? { importSince: since } : {});
    return jobResultOf(report, store.journal.nextRetryAt());
  }

  const scheduler = new Scheduler({
    job,
    clock,
    intervalMs,
    backoff: options.backoff,
    heartbeatMs: options.heartbeatMs,
  });
  scheduler.on(() => statusChanged());

  function refused(reason: LocalizedText): ActionResult {
    return { accepted: false, runId: null, reason };
  }

  /** Starts a run through the scheduler; during a run, asks for one right after it. */
  function startRun(queuedNote: LocalizedText): ActionResult {
    if (active !== null || scheduler.status().running) {
      void scheduler.runNow();
      return { accepted: true, runId: null, reason: queuedNote };
    }
    void scheduler.runNow();
    // The engine announced its run synchronously (see job), so its id is known here.
    return { accepted: true, runId: currentRunId(), reason: null };
  }

  function currentRunId(): string | null {
    return active === null ? null : String(active.id);
  }

  function runNow(_trigger: RunTrigger): ActionResult {
    if (closed || scheduler.status().paused) return refused(localize(app, 'sync.refused.paused'));
    return startRun(localize(app, 'sync.queued'));
  }

  /** What went wrong, in the owner's words where the failure has them (a store's, a full disk's). */
  function describeError(thrown: unknown): LocalizedText {
    // A failed write to the store (a full disk) is told with what to do about it.
    const error = storeWriteErrorOf(thrown, store.file) ?? thrown;
    const text = storeErrorText(error);
    // Set inside a sentence of its own: without its final full stop.
    const inner = (t: string) => redactText(t).replace(/\.\s*$/, '');
    if (text) return { nl: inner(text.nl), en: inner(text.en) };
    const message = redactText(error instanceof Error ? error.message : String(error));
    return { nl: message, en: message };
  }

  /** Retries or skips one order in the journal; the refusal when it cannot. */
  function changeOrder(orderNumber: string, action: 'retry' | 'skip'): ActionResult | null {
    const entry = store.journal.get(orderNumber);
    if (!entry) return refused(localize(app, 'orders.refused.unknown', { order: orderNumber }));
    if (entry.state === 'done')
      return refused(localize(app, 'orders.refused.booked', { order: orderNumber }));
    try {
      if (action === 'retry') engine.retry(orderNumber);
      else engine.skip(orderNumber);
    } catch (error) {
      if (error instanceof JournalTransitionError)
        return refused(localize(app, 'orders.refused.changed', { order: orderNumber }));
      return refused(
        localize(app, 'orders.refused.failed', { order: orderNumber }, { detail: describeError(error) }),
      );
    }
    appendLog(
      'info',
      localize(app, action === 'retry' ? 'orders.log.retry' : 'orders.log.skip', { order: orderNumber }),
      orderNumber,
    );
    return null;
  }

  /**
   * Retries or skips the orders, then syncs once for them all. The first refusal is the answer; the
   * orders that could be changed are, and synced.
   */
  function actOnOrders(orderNumbers: readonly string[], action: 'retry' | 'skip'): ActionResult {
    let refusal: ActionResult | null = null;
    const changed: string[] = [];
    for (const orderNumber of orderNumbers) {
      const refusedOne = changeOrder(orderNumber, action);
      if (refusedOne) refusal ??= refusedOne;
      else changed.push(orderNumber);
    }
    statusChanged();
    const [first] = changed;
    if (first === undefined) return refusal ?? { accepted: false, runId: null, reason: null };
    if (closed || scheduler.status().paused) {
      const reason =
        changed.length > 1 && action === 'retry'
          ? localize(app, 'orders.retry.whilePausedMany', { count: changed.length })
          : localize(app, action === 'retry' ? 'orders.retry.whilePaused' : 'orders.skip.whilePaused', {
              order: first,
            });
      return refusal ?? { accepted: true, runId: null, reason };
    }
    const run = startRun(localize(app, 'sync.queued'));
    return refusal ?? run;
  }

  scheduler.start({
    lastRunAt: options.runAtStart === false ? now() : (lastFinishedRun()?.finishedAt ?? null),
  });

  return {
    status,
    runNow,
    pause() {
      if (closed || scheduler.status().paused) return;
      scheduler.pause();
      if (active) {
        cancelledRuns.add(active.id);
        engine.cancel();
        appendLog('info', localize(app, 'sync.log.stopping'));
      } else {
        appendLog('info', localize(app, 'sync.log.paused'));
      }
      statusChanged();
    },
    resume() {
      if (closed || !scheduler.status().paused) return;
      scheduler.resume();
      appendLog('info', localize(app, 'sync.log.resumed'));
      statusChanged();
    },
    setIntervalMinutes(minutes) {
      if (closed) return;
      scheduler.setIntervalMs(minutes * 60_000);
      statusChanged();
    },
    recentLog: (limit) => recentLogLines(store, limit),
    heldOrders: (limit) => heldOrdersIn(store, limit, shopLocalDate(now())),
    retryOrder: (orderNumber) => actOnOrders([orderNumber], 'retry'),
    retryOrders: (orderNumbers) => actOnOrders(orderNumbers, 'retry'),
    skipOrder: (orderNumber) => actOnOrders([orderNumber], 'skip'),
    historyImport,
    startImport(since) {
      // Today as the shop counts days (Amsterdam), not as UTC does: past midnight here is today.
      const today = shopLocalDate(now());
      // The rule the panel and the engine go by: before the start date, or the day of the import
      // the store holds, that import going on or again (shared/history-import-since.ts).
      const startDate = store.settings.get(startDateSetting);
      const problem = importSinceProblem(since, startDate, today, store.historyImport.get());
      if (problem === 'invalid') return refused(localize(app, 'import.since.invalid'));
      // The day as the owner writes it ("14 mei 2026"), not as the journal keeps it.
      const day = writtenDays(since);
      if (problem === 'future') return refused(localize(app, 'import.refused.future', {}, { since: day }));
      if (problem === 'notBefore' && startDate !== null)
        return refused(localize(app, 'import.since.notBefore', {}, { start: writtenDays(startDate) }));
      if (closed || scheduler.status().paused) return refused(localize(app, 'sync.refused.paused'));
      pendingImport = since;
      appendLog('info', localize(app, 'import.log.requested', {}, { since: day }));
      return startRun(localize(app, 'import.queued'));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      if (closed) return;
      closed = true;
      // The order being booked is finished; nothing after it is started.
      engine.cancel();
      await scheduler.stop();
      unsubscribeEngine();
      listeners.clear();
      options.onClose?.();
    },
  };
}

/** The controller on an opened runtime; closing it closes the runtime. */
export function engineSyncControllerFor(
  runtime: Runtime,
  options: Omit<EngineSyncControllerOptions, 'store' | 'engine' | 'budgetEstimate' | 'onClose'> = {},
): SyncController {
  return createEngineSyncController({
    ...options,
    store: runtime.store,
    engine: runtime.engine,
    administrationId: runtime.moneybird.administrationId,
    budgetEstimate: async () => {
      const limiter = await runtime.moneybird.rateLimiter();
      return (requests) => limiter.estimateMs(requests);
    },
    onClose: () => runtime.close(),
  });
}
