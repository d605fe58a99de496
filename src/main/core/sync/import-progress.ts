// A history import's progress: how many of the orders of its period the journal has handled
// (booked, parked or skipped) out of how many the shop holds. Kept in the store so the UI can show
// "12 van 40" and an import stopped by a blocker (a revoked token, a plan limit) resumes as paused,
// not lost. Once completed, what came of the period's orders: booked, skipped, waiting for the owner.
//
// The period runs from the import's day up to the day before the start date it found (from that
// date on the sync had booked by itself), or, when it replaces an import that did not complete,
// where that one's period ended (it books what that one left): the orders it booked, not the ones
// booked before it. Where the period ends is the rule the panel shows it by too (importPeriodEnd).
import {
  importPeriodEnd,
  importSinceProblem,
  unfinishedImportSince,
} from '../../../shared/history-import-since';
import { cliMessages } from '../../../shared/i18n/messages/cli';
import { syncMessages } from '../../../shared/i18n/messages/sync';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';
import { writtenDays } from '../../../shared/i18n/written-day';
import { shopLocalDate } from '../../../shared/shop-calendar';
import { returnsDueUntil } from '../../../shared/vat-return-due';
import type { MijnwebwinkelClient } from '../mijnwebwinkel/client';
import { ACTIONABLE_STATES, type HistoryImportState, type ImportPauseReason, type Store } from '../store';
import { countOrders } from './order-discovery';
import type { RunReport } from './run-report';

/** What came of a completed import's orders, as the journal has them now. */
export interface ImportOutcome {
  booked: number;
  skipped: number;
  /** Parked: they wait for the owner. */
  parked: number;
  /** Winkelbrug books them later by itself (a retry, a payment still to come). */
  waiting: number;
  /**
   * When the period reaches into VAT returns that were due on the day the import finished (the
   * question before booking warned of them): the last day of those returns, and how many of the
   * booked orders count in them (on their own date, or on the first open day they were moved to);
   * none: those returns did not change. Null when the period reaches no due return.
   */
  dueReturn: { booked: number; until: string } | null;
}

/**
 * Why an import since `since` may not start, as the run reports it (the owner's words, and the
 * command line's where they differ); null when it may. The rule is the panel's and the app service's
 * (shared/history-import-since.ts). `startDate`: the sync's start date; `today`: the shop's day;
 * `current`: the import the store holds.
 */
export function importRefusal(
  since: string,
  startDate: string | null,
  today: string,
  current: HistoryImportState | undefined,
): NonNullable<RunReport['error']> | null {
  const problem = importSinceProblem(since, startDate, today, current);
  if (problem === null) return null;
  if (problem === 'invalid')
    return {
      code: 'import_since_invalid',
      message: localize(syncMessages, 'sync.import_refused.invalid', { since }),
    };
  if (problem === 'future')
    return {
      code: 'import_since_future',
      message: localize(
        syncMessages,
        'sync.import_refused.future',
        {},
        { since: writtenDays(since), today: writtenDays(today) },
      ),
    };
  const message = localize(
    syncMessages,
    'sync.import_refused.not_before',
    {},
    { since: writtenDays(since), start: writtenDays(startDate ?? since) },
  );
  const unfinished = unfinishedImportSince(current);
  if (unfinished === null) return { code: 'import_since_not_before', message };
  // An import since an earlier day is still under way: the app goes on with it by itself, the
  // command line when asked.
  const day = { unfinished: writtenDays(unfinished) };
  return {
    code: 'import_since_not_before',
    message: followedBy(message, localize(syncMessages, 'sync.import_refused.unfinished', {}, day)),
    cli: followedBy(
      message,
      localize(cliMessages, 'cli.import_refused.unfinished', { day: unfinished }, day),
    ),
  };
}

function followedBy(text: LocalizedText, next: LocalizedText): LocalizedText {
  return { nl: `${text.nl} ${next.nl}`, en: `${text.en} ${next.en}` };
}

export class ImportProgress {
  constructor(
    private readonly store: Store,
    private readonly mijnwebwinkel: MijnwebwinkelClient,
  ) {}

  /**
   * Starts (or resumes) the import of the orders since `since`: its row, with its period. Called in
   * the transaction that moves the start date back (see SyncEngine), so the two are one commit.
   * `startDate`: the sync's start date before this import moved it back.
   */
  begin(since: string, startDate: string | null): HistoryImportState {
    const { historyImport } = this.store;
    return this.store.transaction(() => {
      const current = historyImport.get();
      const unfinished = unfinishedImportSince(current) !== null;
      if (unfinished && current?.since === since)
        return current.status === 'paused' ? historyImport.resume() : current;
      // Another day while one runs or is paused: that one is replaced (its period carried over).
      if (unfinished) historyImport.clear();
      return historyImport.start(since, importPeriodEnd(since, startDate, current));
    });
  }

  /** Counts what the running import has to do: the shop's orders of its period, and those handled. */
  async count(statuses: readonly number[]): Promise<void> {
    const state = this.store.historyImport.get();
    if (state?.status !== 'running') return;
    const { since, until } = state;
    const total = await countOrders(this.mijnwebwinkel, statuses, since, until ?? undefined);
    this.store.historyImport.progress({ done: this.done(since, until), total });
  }

  /** Records how far a running import is. */
  update(): void {
    const state = this.store.historyImport.get();
    if (state?.status === 'running')
      this.store.historyImport.progress({ done: this.done(state.since, state.until) });
  }

  /** Records the last progress of a running import and marks it completed. */
  complete(): void {
    const state = this.store.historyImport.get();
    if (state?.status === 'running') {
      this.store.historyImport.progress({ done: this.done(state.since, state.until) });
      this.store.historyImport.complete();
    }
  }

  /**
   * A blocked run pauses its import with the blocker, which the import's panel shows: it goes on
   * once the owner has acted.
   */
  pause(reason: ImportPauseReason): void {
    // The blocker as the panel shows it: its code and words, not the command line's variant.
    if (unfinishedImportSince(this.store.historyImport.get()) !== null)
      this.store.historyImport.pause({ code: reason.code, message: reason.message });
  }

  /** The orders of the period the journal has handled: booked, parked or skipped. */
  private done(since: string, until: string | null): number {
    return this.store.db
      .prepare(
        `SELECT count(*) FROM order_journal
         WHERE order_date >= ? AND (? IS NULL OR order_date <= ?)
           AND state IN ('done', 'parked', 'skipped')`,
      )
      .pluck()
      .get(since, until, until) as number;
  }
}

/**
 * What came of a completed import's orders: the journal's orders of its period by state, and which
 * of the booked ones count in a VAT return that was due when it finished. Null when the period's end
 * is not known (an import finished before it was kept, or one since a day on or after the start
 * date): counted up to today, the regular sync's orders would swell it with every run, and the
 * due-return advice would name orders booked on time.
 */
export function importOutcome(store: Store, state: HistoryImportState): ImportOutcome | null {
  const { until } = state;
  if (until === null || until < state.since) return null;
  const rows = store.db
    .prepare(
      `SELECT state, count(*) AS n FROM order_journal
       WHERE order_date >= ? AND order_date <= ?
       GROUP BY state`,
    )
    .all(state.since, until) as Array<{ state: string; n: number }>;
  const of = (name: string) => rows.find((row) => row.state === name)?.n ?? 0;
  const dueUntil = returnsDueUntil(shopLocalDate(state.finishedAt ?? state.updatedAt));
  const bookedInDue = store.db
    .prepare(
      `SELECT count(*) FROM order_journal
       WHERE order_date >= ? AND order_date <= ? AND state = 'done'
         AND coalesce(booked_date, order_date) <= ?`,
    )
    .pluck()
    .get(state.since, until, dueUntil) as number;
  return {
    booked: of('done'),
    skipped: of('skipped'),
    parked: of('parked'),
    // As the dashboard counts "Wordt opnieuw geprobeerd"; an order seen but not paid yet is in neither.
    waiting: ['waiting_transient', ...ACTIONABLE_STATES].reduce((sum, name) => sum + of(name), 0),
    dueReturn: state.since <= dueUntil ? { booked: bookedInDue, until: dueUntil } : null,
  };
}
