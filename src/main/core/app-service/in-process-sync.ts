// A small, real SyncController without the sync engine: state machine (idle/syncing/paused/
// needs-setup/error), a 15-minute schedule, a ring buffer of recent log lines, and events for every
// change. What a run does is injected as `work`, so the shells' own tests control a run exactly.
// The product uses ./engine-sync-controller.ts.
import { randomUUID } from 'node:crypto';
import type {
  AppStatus,
  Connection,
  CoreEvent,
  LogLine,
  OrderResult,
  RunSummary,
  RunTrigger,
} from '../../../shared/contract';
import { app } from '../../../shared/i18n/messages/app';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';
import { redactText } from '../http/redact';
import { NO_HELD_ORDERS, type RunNowOutcome, type SyncController } from './sync-controller';

export interface RunContext {
  readonly runId: string;
  readonly trigger: RunTrigger;
  /** Aborted when the owner pauses: stop at the next safe point. */
  readonly signal: AbortSignal;
  progress(done: number, total: number): void;
  orderResult(result: Omit<OrderResult, 'runId'>): void;
  log(level: LogLine['level'], message: LocalizedText, orderNumber?: string | null): void;
}

/** What one run does. Throwing fails the run; the next round tries again. */
export type RunWork = (context: RunContext) => Promise<void>;

export interface Connections {
  mijnwebwinkel: Connection;
  moneybird: Connection;
}

export interface InProcessSyncOptions {
  work?: RunWork;
  connections?: () => Connections;
  /** Time between scheduled runs; 0 turns the schedule off. */
  intervalMs?: number;
  now?: () => Date;
  logCapacity?: number;
}

const notConfigured: Connection = { state: 'not-configured', detail: null, checkedAt: null };

/** Until the API clients land there is nothing to fetch; a run reports just that. */
const nothingToDo: RunWork = async (context) => {
  context.progress(0, 0);
  context.log('info', localize(app, 'sync.log.nothingToDo'));
};

export function createInProcessSyncController(options: InProcessSyncOptions = {}): SyncController {
  const work = options.work ?? nothingToDo;
  const connections =
    options.connections ?? (() => ({ mijnwebwinkel: notConfigured, moneybird: notConfigured }));
  const intervalMs = options.intervalMs ?? 15 * 60 * 1000;
  const now = options.now ?? (() => new Date());
  const logCapacity = options.logCapacity ?? 500;

  const listeners = new Set<(event: CoreEvent) => void>();
  const log: LogLine[] = [];
  let seq = 0;
  let paused = false;
  let closed = false;
  let failure: LocalizedText | null = null;
  let lastRun: RunSummary | null = null;
  let nextRunAt: Date | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let current: {
    runId: string;
    trigger: RunTrigger;
    startedAt: Date;
    abort: AbortController;
    done: number;
    total: number;
    booked: number;
    parked: number;
    failed: number;
    finished: Promise<void>;
  } | null = null;
  const totals = { booked: 0, parked: 0 };

  function emit(event: CoreEvent): void {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch {
        // A failing listener (a closed window, a dropped socket) must not stop the others.
      }
    }
  }

  function needsSetup(state: Connections): boolean {
    return state.mijnwebwinkel.state === 'not-configured' || state.moneybird.state === 'not-configured';
  }

  function status(): AppStatus {
    const conn = connections();
    const setupMissing = needsSetup(conn);
    // Paused wins over a run that is still winding down after its abort.
    const state: AppStatus['state'] = paused
      ? 'paused'
      : current
        ? 'syncing'
        : setupMissing
          ? 'needs-setup'
          : failure
            ? 'error'
            : 'idle';
    return {
      state,
      reason:
        state === 'needs-setup'
          ? localize(app, 'sync.reason.needsSetup')
          : state === 'error'
            ? failure
            : null,
      lastRun,
      nextRunAt: nextRunAt && !paused && !setupMissing ? nextRunAt.toISOString() : null,
      progress: current ? { runId: current.runId, done: current.done, total: current.total } : null,
      counts: {
        booked: totals.booked,
        parked: totals.parked,
        waiting: current ? Math.max(0, current.total - current.done) : 0,
        deleted: 0,
        cancelled: 0,
      },
      connections: conn,
    };
  }

  function statusChanged(): void {
    emit({ channel: 'status.changed', payload: status() });
  }

  function appendLog(
    level: LogLine['level'],
    message: LocalizedText,
    orderNumber: string | null = null,
  ): void {
    const line: LogLine = {
      seq: seq++,
      at: now().toISOString(),
      level,
      message: { nl: redactText(message.nl), en: redactText(message.en) },
      orderNumber,
    };
    log.push(line);
    if (log.length > logCapacity) log.splice(0, log.length - logCapacity);
    emit({ channel: 'log.line', payload: line });
  }

  function schedule(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    nextRunAt = null;
    if (closed || paused || intervalMs <= 0) return;
    nextRunAt = new Date(now().getTime() + intervalMs);
    timer = setTimeout(() => {
      timer = null;
      if (!current) runNow('schedule');
    }, intervalMs);
    // The schedule alone must not keep a test process or a closing shell alive.
    timer.unref?.();
  }

  function refusal(key: 'sync.refused.running' | 'sync.refused.paused' | 'sync.refused.needsSetup') {
    return { accepted: false, runId: null, reason: localize(app, key) };
  }

  function runNow(trigger: RunTrigger): RunNowOutcome {
    if (closed) return refusal('sync.refused.paused');
    if (current) return refusal('sync.refused.running');
    if (paused) return refusal('sync.refused.paused');
    if (needsSetup(connections())) return refusal('sync.refused.needsSetup');

    const runId = randomUUID();
    const abort = new AbortController();
    const startedAt = now();
    const run = {
      runId,
      trigger,
      startedAt,
      abort,
      done: 0,
      total: 0,
      booked: 0,
      parked: 0,
      failed: 0,
      finished: Promise.resolve(),
    };
    current = run;
    if (timer) clearTimeout(timer);
    timer = null;
    nextRunAt = null;
    emit({ channel: 'run.started', payload: { runId, trigger, startedAt: startedAt.toISOString() } });
    appendLog('info', localize(app, 'sync.log.started'));
    statusChanged();

    const context: RunContext = {
      runId,
      trigger,
      signal: abort.signal,
      progress(done, total) {
        if (current !== run) return;
        run.done = Math.max(0, Math.trunc(done));
        run.total = Math.max(run.done, Math.trunc(total));
        emit({ channel: 'sync.progress', payload: { runId, done: run.done, total: run.total } });
        // The waiting count follows the progress.
        statusChanged();
      },
      orderResult(result) {
        if (current !== run) return;
        if (result.outcome === 'booked') {
          run.booked++;
          totals.booked++;
        } else if (result.outcome === 'parked') {
          run.parked++;
          totals.parked++;
        } else if (result.outcome === 'failed') {
          run.failed++;
        }
        emit({ channel: 'order.result', payload: { ...result, runId } });
      },
      log(level, message, orderNumber = null) {
        if (current === run) appendLog(level, message, orderNumber);
      },
    };

    // Deferred one tick so the caller gets its answer before the run's first events.
    run.finished = Promise.resolve()
      .then(() => work(context))
      .then(
        () => finish(run, abort.signal.aborted ? 'cancelled' : 'completed', null),
        (error: unknown) =>
          finish(
            run,
            abort.signal.aborted ? 'cancelled' : 'failed',
            error instanceof Error ? error.message : String(error),
          ),
      );
    return { accepted: true, runId, reason: null };
  }

  function finish(
    run: NonNullable<typeof current>,
    outcome: RunSummary['outcome'],
    detail: string | null,
  ): void {
    if (current !== run) return;
    current = null;
    const message =
      outcome === 'failed'
        ? localize(app, 'sync.log.failed', { detail: redactText(detail ?? '') })
        : outcome === 'cancelled'
          ? localize(app, 'sync.log.cancelled')
          : localize(app, 'sync.log.finished', {
              booked: run.booked,
              parked: run.parked,
              failed: run.failed,
            });
    lastRun = {
      runId: run.runId,
      trigger: run.trigger,
      startedAt: run.startedAt.toISOString(),
      finishedAt: now().toISOString(),
      outcome,
      booked: run.booked,
      parked: run.parked,
      failed: run.failed,
      message: outcome === 'completed' ? null : message,
    };
    failure = outcome === 'failed' ? message : null;
    appendLog(outcome === 'failed' ? 'error' : 'info', message);
    emit({ channel: 'run.finished', payload: lastRun });
    schedule();
    statusChanged();
  }

  schedule();

  // The stand-in has no journal: nothing is ever held, and there is no history to import.
  const unavailable = () => ({
    accepted: false,
    runId: null,
    reason: localize(app, 'orders.refused.unavailable'),
  });

  return {
    status,
    runNow,
    heldOrders: () => NO_HELD_ORDERS,
    retryOrder: unavailable,
    retryOrders: unavailable,
    skipOrder: unavailable,
    historyImport: () => null,
    startImport: unavailable,
    pause() {
      if (paused || closed) return;
      paused = true;
      current?.abort.abort();
      schedule();
      appendLog('info', localize(app, 'sync.log.paused'));
      statusChanged();
    },
    resume() {
      if (!paused || closed) return;
      paused = false;
      schedule();
      appendLog('info', localize(app, 'sync.log.resumed'));
      statusChanged();
    },
    setIntervalMinutes() {
      // The stand-in has a fixed pace: nothing to change.
    },
    recentLog(limit) {
      return limit > 0 ? log.slice(-limit) : [];
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
      const running = current;
      running?.abort.abort();
      await running?.finished;
      listeners.clear();
    },
  };
}
