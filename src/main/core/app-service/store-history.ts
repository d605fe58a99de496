// What the data folder remembers of earlier syncs, as the owner sees it: the counts, the last run,
// the recent log and the held orders. Read by the engine's controller while the sync runs, and by
// the setup-required one while it waits (after a disconnect the history is still there to see).
import type { HeldOrders, LogLine, RunSummary } from '../../../shared/contract';
import type { Store, SyncRun } from '../store';
import { entryAsOf } from '../sync/reason-as-of';
import { bookkeepingMappingSetting } from '../sync/sync-settings';
import { countsOf, heldOrderOf, logLineOf, runSummaryOf, WAITING_STATES } from './status-mapping';

export function lastFinishedRun(store: Store): SyncRun | undefined {
  return store.runs.recent(10).find((run) => run.finishedAt !== null);
}

export function lastRunSummary(store: Store): RunSummary | null {
  const run = lastFinishedRun(store);
  return run ? runSummaryOf(run) : null;
}

export function recentLogLines(store: Store, limit: number): LogLine[] {
  if (limit <= 0) return [];
  return store.log
    .recent({ limit, minLevel: 'info' })
    .reverse()
    .map((entry) => logLineOf(entry))
    .filter((line): line is LogLine => line !== null);
}

/** `today`: the shop's day, which the held orders' reasons are read on (`reasonAsOf`). */
export function heldOrdersIn(store: Store, limit: number, today: string): HeldOrders {
  const counts = store.journal.counts();
  // The choices as stored now: a parked order whose setting was made since says so.
  const mapping = store.settings.get(bookkeepingMappingSetting);
  return {
    parked: store.journal
      .list({ states: ['parked'], limit })
      .map((entry) => heldOrderOf(entryAsOf(entry, today), mapping)),
    waiting: store.journal
      .list({ states: WAITING_STATES, limit })
      .map((entry) => heldOrderOf(entryAsOf(entry, today))),
    parkedTotal: counts.parked,
    waitingTotal: countsOf(counts).waiting,
  };
}
