// Moneybird's reference data as the sync keeps it between runs: tax rates, accounts, workflows and
// document styles for an hour, so a quiet shop costs few requests; read afresh sooner when the
// owner changed the mapping (it may name an account made in Moneybird meanwhile) or retried an
// order (they may have fixed in Moneybird what it was parked over). The locked period is kept
// apart: an accountant may lock a period at any moment, so each run that books reads it again.
import type { MoneybirdReferenceData } from '../bookkeeping';
import type { MoneybirdClient } from '../moneybird/client';
import type { Administration } from '../moneybird/schemas';
import { currentPeriodLock, loadReferenceData } from '../setup/reference-cache';

export interface LoadedReference {
  data: MoneybirdReferenceData;
  loadedAt: number;
  /** When the locked period was last read (with the rest, or on its own). */
  lockReadAt: number;
  /** The administrations the login reaches, read with the locked period (the same request). */
  administrations: Administration[];
  /** The owner's mapping when it was read: a changed one may name what the copy does not hold. */
  mappingKey: string;
  administrationCurrency: string;
}

export class ReferenceKeeper {
  private kept: LoadedReference | undefined;
  /** The owner retried an order: the next read is a fresh one. */
  private stale = false;
  /** The run that read the locked period again after Moneybird refused a create (once per run). */
  private lockReadForRefusalInRun: number | null = null;

  constructor(
    private readonly moneybird: MoneybirdClient,
    private readonly now: () => number,
    private readonly ttlMs = 60 * 60 * 1000,
  ) {}

  /** The next read is a fresh one (the owner may have fixed something in Moneybird). */
  markStale(): void {
    this.stale = true;
  }

  /** The data for `mappingKey` (the stored mapping as JSON), its lock read at or after `lockSince`. */
  async get(lockSince: number, mappingKey: string): Promise<LoadedReference> {
    const kept = this.kept;
    if (kept && this.now() - kept.loadedAt < this.ttlMs && kept.mappingKey === mappingKey && !this.stale) {
      if (kept.lockReadAt >= lockSince) return kept;
      return this.withLock(kept, await currentPeriodLock(this.moneybird));
    }
    // A retry while this read is on its way asks for the next one.
    const stale = this.stale;
    this.stale = false;
    let loaded: Awaited<ReturnType<typeof loadReferenceData>>;
    try {
      loaded = await loadReferenceData(this.moneybird, {
        administrationCurrency: kept?.administrationCurrency,
      });
    } catch (error) {
      this.stale ||= stale;
      throw error;
    }
    const at = this.now();
    this.kept = { ...loaded, loadedAt: at, lockReadAt: at, mappingKey };
    return this.kept;
  }

  /**
   * The locked period after Moneybird refused a create in run `runId`: read again the first time in
   * that run (the lock may have moved since the run read it), the kept one after that, so that a
   * mapping Moneybird refuses (every create refused) does not cost a request per order.
   */
  async lockAfterRefusal(runId: number): Promise<string | null> {
    if (this.lockReadForRefusalInRun === runId) return this.kept?.data.periodLockedUntil ?? null;
    this.lockReadForRefusalInRun = runId;
    const read = await currentPeriodLock(this.moneybird);
    if (this.kept) this.withLock(this.kept, read);
    return read.periodLockedUntil;
  }

  /**
   * The administrations the login reaches, as read at or after `since` (with the locked period, at
   * the start of each run that books); read now when they were not. Another request for the same
   * list would tell nothing new.
   */
  async administrationsSince(since: number): Promise<Administration[]> {
    const kept = this.kept;
    if (kept && kept.lockReadAt >= since) return kept.administrations;
    const read = await currentPeriodLock(this.moneybird);
    if (kept) this.withLock(kept, read);
    return read.administrations;
  }

  private withLock(
    kept: LoadedReference,
    { periodLockedUntil, administrations }: Awaited<ReturnType<typeof currentPeriodLock>>,
  ): LoadedReference {
    this.kept = {
      ...kept,
      data: { ...kept.data, periodLockedUntil },
      administrations,
      lockReadAt: this.now(),
    };
    return this.kept;
  }
}
