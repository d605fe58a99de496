// How the engine's records (journal counts, sync runs, the history import, log entries) look to the
// shop owner through the contract. Pure functions: the controller gathers the facts, these decide
// what the app says.
import type {
  AppState,
  AppStatus,
  Connection,
  HeldOrder,
  HistoryImport,
  ImportOutcome,
  LogLine,
  OrderResult,
  RunSummary,
  RunTrigger,
} from '../../../shared/contract';
import { app } from '../../../shared/i18n/messages/app';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';
import { settingsSectionFor } from '../setup/settings-section';
import type {
  HistoryImportState,
  JournalCounts,
  JournalEntry,
  JournalState,
  LogLevel,
  RunKind,
  Store,
  SyncRun,
} from '../store';
import { ACTIONABLE_STATES, redactForLog } from '../store';
import { invoiceToTakeOver } from '../sync/adoption';
import type { OrderReport, RunReport } from '../sync/run-report';
import type { JobResult } from '../sync/scheduler';
import { settingMadeSince } from './setting-made';

/** Orders Winkelbrug still books by itself: queued, half-way, or waiting for a retry. */
export const WAITING_STATES: readonly JournalState[] = ['waiting_transient', ...ACTIONABLE_STATES];

/**
 * `deleted`: booked orders whose invoice a comparison found deleted in Moneybird: no longer in the
 * books, so not counted among the booked. `cancelled`: booked orders the shop called off since, no
 * credit covering them: their invoice is in Moneybird still, so they are counted among the booked
 * (as the run that booked them said) and told apart, as is `elsewhere`: booked orders in another
 * administration than the connected one (before a switch).
 */
export function countsOf(
  journal: JournalCounts,
  deleted = 0,
  cancelled = 0,
  elsewhere = 0,
): AppStatus['counts'] {
  const booked = journal.done - deleted;
  const bookedElsewhere = Math.max(0, Math.min(elsewhere, booked));
  return {
    booked,
    parked: journal.parked,
    waiting: WAITING_STATES.reduce((sum, state) => sum + journal[state], 0),
    deleted,
    cancelled,
    ...(bookedElsewhere > 0 && { bookedElsewhere }),
  };
}

/**
 * The status's counts of a store: the journal's, with the booked orders deleted in Moneybird or
 * cancelled in the shop counted too. `elsewhere`: how many are booked in another administration than
 * the connected one (the caller counts it when the connected one is known).
 */
export const countsOfStore = (store: Store, elsewhere = 0): AppStatus['counts'] =>
  countsOf(
    store.journal.counts(),
    store.vatFigures.goneCount(),
    store.cancelledInShop.bookedCount(),
    elsewhere,
  );

export function triggerOf(kind: RunKind): RunTrigger {
  return kind === 'scheduled' ? 'schedule' : kind;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** A finished run as the owner sees it; null for a run still going. */
export function runSummaryOf(run: SyncRun, cancelled = false): RunSummary | null {
  if (run.finishedAt === null || run.outcome === 'running') return null;
  const outcome: RunSummary['outcome'] =
    run.outcome === 'failed'
      ? 'failed'
      : run.outcome === 'cancelled' || run.outcome === 'interrupted' || cancelled
        ? 'cancelled'
        : 'completed';
  return {
    runId: String(run.id),
    trigger: triggerOf(run.kind),
    startedAt: iso(run.startedAt),
    finishedAt: iso(run.finishedAt),
    outcome,
    booked: run.counts.booked,
    parked: run.counts.parked,
    // Orders that failed this time and wait for another attempt.
    failed: run.counts.waiting,
    // Booked orders the run found called off in the shop.
    ...(run.calledOff > 0 && { calledOff: run.calledOff }),
    message: run.error?.message ?? null,
  };
}

export function isSetupCode(code: string | undefined): boolean {
  return typeof code === 'string' && code.startsWith('setup_');
}

export interface StateFacts {
  paused: boolean;
  running: boolean;
  blockedOnAuth: boolean;
  /** The most recent finished run. */
  lastRun: SyncRun | undefined;
}

/**
 * Paused wins over a run winding down; then a run; then what the last run left to do. With no run
 * finished yet nothing was compared with the shop, so the app is not "up to date" but waiting for
 * its first run (the tray and the dashboard read it from here alike).
 */
export function appStateOf(facts: StateFacts): { state: AppState; reason: LocalizedText | null } {
  if (facts.paused) return { state: 'paused', reason: null };
  if (facts.running) return { state: 'syncing', reason: null };
  const error = facts.lastRun?.error ?? null;
  if (error && isSetupCode(error.code)) return { state: 'needs-setup', reason: error.message };
  if (facts.blockedOnAuth || facts.lastRun?.outcome === 'failed') {
    return { state: 'error', reason: error?.message ?? localize(app, 'sync.reason.failed') };
  }
  if (!facts.lastRun) return { state: 'not-synced', reason: null };
  return { state: 'idle', reason: null };
}

type ServiceName = keyof AppStatus['connections'];

/**
 * Which service a run's error is about. The run report carries a code and the owner's text; the
 * text names the service (the API errors put it there), so that is what is read.
 */
export function serviceOfError(error: { message: LocalizedText }): ServiceName | null {
  const text = error.message.en;
  const mww = text.indexOf('Mijnwebwinkel');
  const mb = text.indexOf('Moneybird');
  if (mww < 0 && mb < 0) return null;
  if (mww < 0) return 'moneybird';
  if (mb < 0) return 'mijnwebwinkel';
  return mww < mb ? 'mijnwebwinkel' : 'moneybird';
}

const CONNECTION_CODES: Record<string, Connection['state']> = {
  authentication: 'unauthorized',
  // The shop's plan has no API access: the token is good, yet the shop gives no access to the orders.
  shop_no_api_access: 'unauthorized',
  transient: 'unreachable',
  'rate-limited': 'unreachable',
  uncertain: 'unreachable',
  'invalid-response': 'unreachable',
};

/** The two connections as the last finished run and the last good run found them. */
export function connectionsOf(
  lastRun: SyncRun | undefined,
  lastGoodAt: number | null,
): AppStatus['connections'] {
  const known = (): Connection =>
    lastGoodAt === null
      ? { state: 'checking', detail: null, checkedAt: null }
      : { state: 'connected', detail: null, checkedAt: iso(lastGoodAt) };
  const result = { mijnwebwinkel: known(), moneybird: known() };
  if (!lastRun || lastRun.finishedAt === null) return result;
  const checkedAt = iso(lastRun.finishedAt);
  const error = lastRun.error;
  if (!error) {
    const connected: Connection = { state: 'connected', detail: null, checkedAt };
    return { mijnwebwinkel: connected, moneybird: { ...connected } };
  }
  if (isSetupCode(error.code)) {
    // The shop answered (its statuses were read); Moneybird too once the mapping was looked at.
    result.mijnwebwinkel = { state: 'connected', detail: null, checkedAt };
    if (error.code !== 'setup_statuses') result.moneybird = { state: 'connected', detail: null, checkedAt };
    return result;
  }
  const state = CONNECTION_CODES[error.code];
  const service = serviceOfError(error);
  if (state && service) result[service] = { state, detail: error.message, checkedAt };
  return result;
}

/**
 * A held order as the dashboard lists it. `mapping`: the bookkeeping choices as stored now, to tell
 * whether the setting a parked order waits for has been made since (absent: not told).
 */
export function heldOrderOf(entry: JournalEntry, mapping?: Readonly<Record<string, unknown>>): HeldOrder {
  const settingsSection =
    entry.state === 'parked' ? settingsSectionFor(entry.reason?.code, entry.reason?.details) : null;
  return {
    orderNumber: entry.orderNumber,
    orderDate: entry.orderDate,
    creditedOrderNumber: entry.creditedOrderNumber,
    reason: entry.reason?.message ?? null,
    reasonCode: entry.reason?.code ?? null,
    settingsSection,
    ...(settingsSection !== null &&
      mapping !== undefined &&
      settingMadeSince(entry.reason, mapping, entry.creditedOrderNumber !== null) && { settingMade: true }),
    invoiceToTakeOver: invoiceToTakeOver(entry),
    nextAttemptAt:
      entry.state === 'waiting_transient' && entry.nextAttemptAt !== null ? iso(entry.nextAttemptAt) : null,
    attempts: entry.attempts,
    heldSince: iso(entry.updatedAt),
  };
}

export function historyImportOf(
  state: HistoryImportState,
  remainingMs: number | null,
  outcome: ImportOutcome | null = null,
): HistoryImport {
  return {
    since: state.since,
    until: state.until,
    status: state.status,
    done: state.done,
    total: state.total,
    remainingMs: state.status === 'running' ? remainingMs : null,
    error: state.error?.message ?? null,
    startedAt: iso(state.startedAt),
    finishedAt: state.finishedAt === null ? null : iso(state.finishedAt),
    outcome: state.status === 'completed' ? outcome : null,
  };
}

/** A log entry for the owner's activity list; debug entries stay out of it. */
export function logLineOf(entry: {
  seq: number;
  at: number;
  level: LogLevel;
  message: LocalizedText;
  orderNumber: string | null;
}): LogLine | null {
  if (entry.level === 'debug') return null;
  return {
    seq: entry.seq,
    at: iso(entry.at),
    level: entry.level,
    message: { nl: redactForLog(entry.message.nl), en: redactForLog(entry.message.en) },
    orderNumber: entry.orderNumber,
  };
}

export function orderResultOf(runId: number, report: OrderReport): OrderResult {
  return {
    runId: String(runId),
    orderNumber: report.orderNumber,
    outcome: report.outcome,
    // An id that is not a Moneybird id would break the contract; it is left out rather than the event.
    invoiceId:
      report.invoiceId !== null && /^[1-9]\d{0,19}$/.test(report.invoiceId) ? report.invoiceId : null,
    reason: report.reason,
  };
}

/** What the scheduler should do after a run: when to come back, or to stand still. */
export function jobResultOf(report: RunReport, nextRetryAt: number | null): JobResult {
  if (report.outcome === 'completed') {
    return nextRetryAt === null ? { kind: 'ok' } : { kind: 'ok', runAgainAt: nextRetryAt };
  }
  const code = report.error?.code;
  if (code === 'authentication') return { kind: 'auth-failure', error: report.error };
  // Missing settings: look again at the next regular run (the owner may set them meanwhile).
  if (isSetupCode(code)) return { kind: 'ok' };
  return { kind: 'transient-failure', error: report.error };
}

/**
 * Time left for `remaining` orders: the pace so far, but never less than Moneybird's request budget
 * allows (`budgetMs`: the rate limiter's estimate for the requests those orders need).
 */
export function remainingTimeMs(input: {
  done: number;
  total: number;
  elapsedMs: number;
  budgetMs: number | null;
}): number | null {
  const remaining = Math.max(0, input.total - input.done);
  if (remaining === 0) return 0;
  const pace = input.done > 0 ? (input.elapsedMs / input.done) * remaining : null;
  if (pace === null && input.budgetMs === null) return null;
  return Math.max(0, Math.round(Math.max(pace ?? 0, input.budgetMs ?? 0)));
}
