// A history import's progress: how many of the orders since its date the journal has handled (booked,
// parked or skipped) out of how many the shop holds. Kept in the store so the UI can show "12 van 40"
// and an import stopped by a blocker (a revoked token, a plan limit) resumes as paused, not lost.
import type { MijnwebwinkelClient } from '../mijnwebwinkel/client';
import type { Store } from '../store';
import { countOrders } from './order-discovery';

export class ImportProgress {
  constructor(
    private readonly store: Store,
    private readonly mijnwebwinkel: MijnwebwinkelClient,
  ) {}

  /** Starts (or resumes) the import of the orders since `since`, and counts what it has to do. */
  async begin(since: string, statuses: readonly number[]): Promise<void> {
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
    const total = await countOrders(this.mijnwebwinkel, statuses, since);
    historyImport.progress({ done: this.done(since), total });
  }

  /** Records how far a running import is. */
  update(): void {
    const state = this.store.historyImport.get();
    if (state?.status === 'running') this.store.historyImport.progress({ done: this.done(state.since) });
  }

  /** Records the last progress of a running import and marks it completed. */
  complete(): void {
    const state = this.store.historyImport.get();
    if (state?.status === 'running') {
      this.store.historyImport.progress({ done: this.done(state.since) });
      this.store.historyImport.complete();
    }
  }

  /** A blocked run pauses its import: it goes on once the owner has acted. */
  pause(): void {
    const state = this.store.historyImport.get();
    if (state && (state.status === 'running' || state.status === 'paused')) {
      this.store.historyImport.setStatus('paused');
    }
  }

  /** The orders since `since` the journal has handled: booked, parked or skipped. */
  private done(since: string): number {
    return this.store.db
      .prepare(
        `SELECT count(*) FROM order_journal
         WHERE order_date >= ? AND state IN ('done', 'parked', 'skipped')`,
      )
      .pluck()
      .get(since) as number;
  }
}
