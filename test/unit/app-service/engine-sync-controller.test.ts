// The engine-backed controller's view of things: states, counts, the last run, the next run and
// the events, with the real Scheduler on its manual clock and a real store on disk. The engine is a
// scripted stand-in that records runs in the store and emits the events the real one emits; the
// real engine against the simulators is covered by test/e2e/demo-ui.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createAppService,
  createEngineSyncController,
  type SyncEngineLike,
} from '../../../src/main/core/app-service';
import { openStoreIn, type RunKind, type Store } from '../../../src/main/core/store';
import { ManualClock } from '../../../src/main/core/sync/clock';
import type { EngineEvent, RunReport } from '../../../src/main/core/sync/run-report';
import { startDateSetting } from '../../../src/main/core/sync/sync-settings';
import type { CoreEvent } from '../../../src/shared/contract';

const MINUTE = 60_000;
const revoked = {
  code: 'authentication',
  message: {
    nl: 'Moneybird weigert de toegang; koppel opnieuw.',
    en: 'Moneybird refused access; reconnect.',
  },
};
const needsStatuses = {
  code: 'setup_statuses',
  message: { nl: 'Kies eerst de orderstatussen.', en: 'First choose the order statuses.' },
};
const shopDown = {
  code: 'transient',
  message: { nl: 'Mijnwebwinkel is niet bereikbaar.', en: 'Mijnwebwinkel cannot be reached.' },
};

type Script = { outcome: RunReport['outcome']; error?: RunReport['error']; book?: string[] };

/** Does what the real engine does to the store and its listeners, as the test scripts it. */
class ScriptedEngine implements SyncEngineLike {
  readonly runs: Array<{ kind: RunKind; importSince?: string }> = [];
  readonly retried: string[] = [];
  cancelled = 0;
  next: Script = { outcome: 'completed' };
  private release: (() => void) | null = null;
  private readonly listeners = new Set<(event: EngineEvent) => void>();
  constructor(
    private readonly store: Store,
    private readonly clock: ManualClock,
  ) {}

  subscribe(listener: (event: EngineEvent) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  private emit(event: EngineEvent) {
    for (const listener of this.listeners) listener(event);
  }
  /** Lets the run in progress finish. */
  finish() {
    this.release?.();
  }
  run(kind: RunKind, options: { importSince?: string } = {}): Promise<RunReport> {
    this.runs.push({ kind, ...options });
    const script = this.next;
    const run = this.store.runs.start(kind);
    const startedAt = this.clock.now();
    this.emit({ type: 'run-started', runId: run.id, kind, startedAt });
    return (async () => {
      const book = script.book ?? [];
      this.emit({ type: 'progress', runId: run.id, done: 0, total: book.length });
      await new Promise<void>((resolve) => {
        this.release = resolve;
      });
      const counts = { seen: book.length, booked: 0, parked: 0, skipped: 0, waiting: 0 };
      for (const [i, orderNumber] of book.entries()) {
        this.store.journal.record({ orderNumber, state: 'pending', bookingStyle: 'sales_invoice' });
        counts.booked += 1;
        this.emit({
          type: 'order',
          runId: run.id,
          report: {
            orderNumber,
            outcome: 'booked',
            invoiceId: '470000000000000001',
            reason: null,
            reasonCode: null,
          },
        });
        this.emit({ type: 'progress', runId: run.id, done: i + 1, total: book.length });
      }
      const stored = script.outcome === 'completed' ? 'completed' : 'failed';
      this.store.runs.finish(run.id, stored, counts, script.error ?? null);
      const report: RunReport = {
        runId: run.id,
        kind,
        startedAt,
        finishedAt: this.clock.now(),
        outcome: script.outcome,
        orders: [],
        counts,
        error: script.error ?? null,
      };
      this.emit({ type: 'run-finished', report });
      return report;
    })();
  }
  retry(orderNumber: string) {
    this.retried.push(orderNumber);
    return this.store.journal.resume(orderNumber, 'parked', { resetAttempts: true });
  }
  skip(orderNumber: string) {
    const entry = this.store.journal.get(orderNumber)!;
    return this.store.journal.skip(orderNumber, entry.state, {
      code: 'skipped_by_owner',
      message: { nl: 'Overgeslagen.', en: 'Skipped.' },
    });
  }
  cancel() {
    this.cancelled += 1;
  }
}

let dirs: string[] = [];
let cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups) await cleanup();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
  cleanups = [];
});

function setup(options: { runAtStart?: boolean } = {}) {
  const clock = new ManualClock(Date.UTC(2026, 2, 2, 9, 0, 0));
  const dir = mkdtempSync(join(tmpdir(), 'winkelbrug-controller-'));
  dirs.push(dir);
  const store = openStoreIn(dir, { now: () => clock.now() });
  const engine = new ScriptedEngine(store, clock);
  const sync = createEngineSyncController({
    store,
    engine,
    clock,
    runAtStart: options.runAtStart ?? false,
    onClose: () => store.close(),
  });
  const service = createAppService({ sync });
  const events: CoreEvent[] = [];
  service.subscribe((event) => events.push(event));
  cleanups.push(async () => {
    engine.finish();
    await service.close();
  });
  return { clock, store, engine, sync, service, events };
}

const iso = (ms: number) => new Date(ms).toISOString();

describe('the engine-backed sync controller', () => {
  it('starts waiting for its first run (not "up to date") with the journal counts and the next run one interval away', async () => {
    const { clock, store, sync } = setup();
    store.journal.record({ orderNumber: '1001', state: 'pending', bookingStyle: 'sales_invoice' });
    store.journal.record({ orderNumber: '1002', state: 'pending', bookingStyle: 'sales_invoice' });
    store.journal.park('1002', 'pending', {
      code: 'unmapped_tax_rate',
      message: { nl: 'Koppel 0%.', en: 'Map 0%.' },
    });
    const status = sync.status();
    expect(status).toMatchObject({
      state: 'not-synced',
      reason: null,
      lastRun: null,
      progress: null,
      counts: { booked: 0, parked: 1, waiting: 1 },
      nextRunAt: iso(clock.now() + 15 * MINUTE),
    });
    expect(status.connections.moneybird.state).toBe('checking');
    expect(sync.heldOrders(10)).toMatchObject({
      parked: [{ orderNumber: '1002', reason: { nl: 'Koppel 0%.' }, reasonCode: 'unmapped_tax_rate' }],
      waiting: [{ orderNumber: '1001', nextAttemptAt: null }],
      parkedTotal: 1,
      waitingTotal: 1,
    });
  });

  it('runs on Sync now: syncing with progress, order results, then idle with the last run and the next one', async () => {
    const { clock, engine, service, events } = setup();
    engine.next = { outcome: 'completed', book: ['1001', '1002'] };
    const reply = await service.dispatch('sync.runNow', {}, 'test');
    expect(reply).toEqual({ ok: true, result: { accepted: true, runId: '1', reason: null } });
    await clock.advance(0);
    expect(service.status()).toMatchObject({ state: 'syncing', progress: { runId: '1', done: 0, total: 2 } });

    // A second request during the run becomes one run right after it.
    const queued = await service.dispatch('sync.runNow', {}, 'test');
    expect(queued).toMatchObject({ ok: true, result: { accepted: true, runId: null } });

    clock.setWall(clock.now() + 5_000);
    engine.finish();
    await clock.advance(0);
    expect(events.filter((e) => e.channel === 'order.result').map((e) => e.payload)).toEqual([
      expect.objectContaining({ runId: '1', orderNumber: '1001', outcome: 'booked' }),
      expect.objectContaining({ runId: '1', orderNumber: '1002', outcome: 'booked' }),
    ]);
    const progress = events.flatMap((e) =>
      e.channel === 'sync.progress' && e.payload.runId === '1' ? [e.payload] : [],
    );
    expect(progress.map((p) => p.done)).toEqual([0, 1, 2]);
    expect(progress.at(-1)).toMatchObject({ total: 2, remainingMs: 0 });
    expect(engine.runs).toEqual([{ kind: 'manual' }, { kind: 'manual' }]);
    engine.finish();
    await clock.advance(0);

    const status = service.status();
    expect(status).toMatchObject({
      state: 'idle',
      counts: { booked: 0, parked: 0, waiting: 2 },
      lastRun: { runId: '2', trigger: 'manual', outcome: 'completed' },
      nextRunAt: iso(clock.now() + 15 * MINUTE),
    });
    expect(status.connections.mijnwebwinkel.state).toBe('connected');
    expect(events.some((e) => e.channel === 'run.finished' && e.payload.runId === '1')).toBe(true);
    expect(events.some((e) => e.channel === 'status.changed' && e.payload.state === 'idle')).toBe(true);
  });

  it('runs by itself every interval, as a scheduled run', async () => {
    const { clock, engine, service } = setup();
    await clock.advance(15 * MINUTE);
    expect(engine.runs).toEqual([{ kind: 'scheduled' }]);
    engine.finish();
    await clock.advance(0);
    expect(service.status().lastRun?.trigger).toBe('schedule');
  });

  it('stands still after a refused token, with the reason, until the owner asks', async () => {
    const { clock, engine, service } = setup();
    engine.next = { outcome: 'blocked', error: revoked };
    await service.dispatch('sync.runNow', {}, 'test');
    engine.finish();
    await clock.advance(0);
    const status = service.status();
    expect(status).toMatchObject({ state: 'error', reason: revoked.message, nextRunAt: null });
    expect(status.connections.moneybird).toMatchObject({ state: 'unauthorized', detail: revoked.message });

    await clock.advance(3 * 60 * MINUTE);
    expect(engine.runs).toHaveLength(1);

    engine.next = { outcome: 'completed' };
    await service.dispatch('sync.runNow', {}, 'test');
    engine.finish();
    await clock.advance(0);
    expect(service.status()).toMatchObject({ state: 'idle', reason: null });
    expect(service.status().connections.moneybird.state).toBe('connected');
  });

  it("says what to set up with the engine's own message, and tries again next interval", async () => {
    const { clock, engine, service } = setup();
    engine.next = { outcome: 'blocked', error: needsStatuses };
    await service.dispatch('sync.runNow', {}, 'test');
    engine.finish();
    await clock.advance(0);
    expect(service.status()).toMatchObject({
      state: 'needs-setup',
      reason: needsStatuses.message,
      nextRunAt: iso(clock.now() + 15 * MINUTE),
    });
  });

  it('backs off after a failure, with the reason', async () => {
    const { clock, engine, service } = setup();
    engine.next = { outcome: 'failed', error: shopDown };
    await service.dispatch('sync.runNow', {}, 'test');
    engine.finish();
    await clock.advance(0);
    expect(service.status()).toMatchObject({
      state: 'error',
      reason: shopDown.message,
      nextRunAt: iso(clock.now() + MINUTE),
      lastRun: { outcome: 'failed', message: shopDown.message },
    });
    expect(service.status().connections.mijnwebwinkel.state).toBe('unreachable');
  });

  it('pauses a run (the engine stops after its current order) and refuses Sync now while paused', async () => {
    const { clock, engine, service } = setup();
    await service.dispatch('sync.runNow', {}, 'test');
    await service.dispatch('sync.pause', {}, 'test');
    expect(engine.cancelled).toBe(1);
    expect(service.status().state).toBe('paused');
    engine.finish();
    await clock.advance(0);
    expect(service.status()).toMatchObject({
      state: 'paused',
      nextRunAt: null,
      lastRun: { outcome: 'cancelled' },
    });
    const refused = await service.dispatch('sync.runNow', {}, 'test');
    expect(refused).toMatchObject({
      ok: true,
      result: { accepted: false, reason: { en: expect.stringContaining('paused') } },
    });
    await clock.advance(60 * MINUTE);
    expect(engine.runs).toHaveLength(1);
    await service.dispatch('sync.resume', {}, 'test');
    expect(service.status().state).toBe('idle');
    const log = await service.dispatch('log.recent', {}, 'test');
    expect(log.ok && log.result.lines.map((l) => l.message.en)).toEqual([
      expect.stringContaining('paused'),
      'Syncing resumed.',
    ]);
  });

  it('retries a parked order and syncs; refuses an unknown or booked one with a reason', async () => {
    const { clock, store, engine, service } = setup();
    store.journal.record({ orderNumber: '1002', state: 'pending', bookingStyle: 'sales_invoice' });
    store.journal.park('1002', 'pending', { code: 'x', message: { nl: 'x', en: 'x' } });
    const reply = await service.dispatch('orders.retry', { orderNumber: '1002' }, 'test');
    expect(reply).toMatchObject({ ok: true, result: { accepted: true, runId: '1' } });
    expect(engine.retried).toEqual(['1002']);
    expect(store.journal.get('1002')?.state).toBe('pending');
    engine.finish();
    await clock.advance(0);

    const unknown = await service.dispatch('orders.retry', { orderNumber: '9999' }, 'test');
    expect(unknown).toMatchObject({
      ok: true,
      result: { accepted: false, reason: { nl: expect.stringContaining('9999') } },
    });
    // Spaces and letters of any script are order numbers; a bidirectional override is not.
    const bad = await service.dispatch('orders.skip', { orderNumber: 'a\u202Eb' }, 'test');
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });

    const skipped = await service.dispatch('orders.skip', { orderNumber: '1002' }, 'test');
    expect(skipped).toMatchObject({ ok: true, result: { accepted: true } });
    expect(store.journal.get('1002')?.state).toBe('skipped');
  });

  it('retries several orders with one sync for them all, and says how many when paused', async () => {
    const { clock, store, engine, sync } = setup();
    for (const orderNumber of ['1101', '1102', '1103']) {
      store.journal.record({ orderNumber, state: 'pending', bookingStyle: 'sales_invoice' });
      store.journal.park(orderNumber, 'pending', { code: 'period_locked', message: { nl: 'x', en: 'x' } });
    }
    const result = sync.retryOrders(['1101', '1102']);
    expect(result).toMatchObject({ accepted: true, runId: '1', reason: null });
    expect(engine.retried).toEqual(['1101', '1102']);
    engine.finish();
    await clock.advance(0);
    // No second, empty run after the first: both orders were in it.
    expect(engine.runs).toHaveLength(1);

    // One unknown among them: the others are retried, and the answer names the unknown one.
    const mixed = sync.retryOrders(['9999', '1103']);
    expect(mixed).toMatchObject({ accepted: false, reason: { nl: expect.stringContaining('9999') } });
    expect(store.journal.get('1103')?.state).toBe('pending');
    expect(engine.runs).toHaveLength(2);
    engine.finish();
    await clock.advance(0);

    for (const orderNumber of ['1101', '1102']) {
      store.journal.park(orderNumber, 'pending', { code: 'period_locked', message: { nl: 'x', en: 'x' } });
    }
    sync.pause();
    const paused = sync.retryOrders(['1101', '1102']);
    expect(paused).toMatchObject({
      accepted: true,
      runId: null,
      reason: { nl: expect.stringContaining('2 bestellingen') },
    });
    expect(engine.runs).toHaveLength(2);
  });

  it('starts a history import from a date, refuses one from the future, and resumes an unfinished one', async () => {
    const { clock, store, engine, service } = setup();
    const future = await service.dispatch('import.start', { since: '2099-01-01' }, 'test');
    expect(future).toMatchObject({ ok: true, result: { accepted: false } });
    // The day as the owner writes it, not as the journal keeps it.
    expect(future.ok && future.result.reason?.nl).toBe(
      'De datum 1 januari 2099 ligt in de toekomst. Kies een datum van vandaag of eerder.',
    );
    const notADate = await service.dispatch('import.start', { since: '2026-02-30' }, 'test');
    expect(notADate).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });

    store.historyImport.start('2025-06-01');
    store.historyImport.progress({ done: 3, total: 10 });
    const started = await service.dispatch('import.start', { since: '2025-06-01' }, 'test');
    expect(started).toMatchObject({ ok: true, result: { accepted: true, runId: '1' } });
    expect(engine.runs).toEqual([{ kind: 'import', importSince: '2025-06-01' }]);
    expect(store.log.recent({ limit: 5 }).map((line) => line.message.nl)).toContain(
      'Eerdere bestellingen boeken vanaf 1 juni 2025: aangevraagd.',
    );
    const status = await service.dispatch('import.status', {}, 'test');
    expect(status).toMatchObject({
      ok: true,
      result: { import: { since: '2025-06-01', status: 'running', done: 3, total: 10 } },
    });
    engine.finish();
    await clock.advance(0);

    // Still unfinished in the store (say the app was closed): the next run continues it.
    await clock.advance(15 * MINUTE);
    expect(engine.runs.at(-1)).toEqual({ kind: 'import', importSince: '2025-06-01' });
  });

  it('refuses a day the sync books by itself, except the day of the import under way, and starts nothing', async () => {
    const { store, engine, service } = setup();
    // An import since 1 June is paused; it moved the start date back to its day.
    store.settings.set(startDateSetting, '2025-06-01');
    store.historyImport.start('2025-06-01', '2025-09-30');
    store.historyImport.pause(null);
    const before = store.historyImport.get();

    for (const since of ['2025-07-01', '2025-06-02']) {
      const later = await service.dispatch('import.start', { since }, 'test');
      expect(later).toMatchObject({ ok: true, result: { accepted: false, runId: null } });
      // What happened and what to do, with the start date as the owner writes it.
      expect(later.ok && later.result.reason).toEqual({
        nl: 'Vanaf 1 juni 2025 boekt Winkelbrug de bestellingen al vanzelf. Kies een datum vóór 1 juni 2025.',
        en: 'From 1 June 2025 on Winkelbrug books the orders by itself already. Choose a date before 1 June 2025.',
      });
    }
    expect(engine.runs).toEqual([]);
    expect(store.historyImport.get()).toEqual(before);
    expect(store.log.recent({ limit: 5 }).map((line) => line.message.nl)).not.toContain(
      'Eerdere bestellingen boeken vanaf 1 juli 2025: aangevraagd.',
    );

    // Its own day goes on with it.
    const same = await service.dispatch('import.start', { since: '2025-06-01' }, 'test');
    expect(same).toMatchObject({ ok: true, result: { accepted: true } });
    expect(engine.runs).toEqual([{ kind: 'import', importSince: '2025-06-01' }]);
  });

  it('refuses the start date after a completed import of another day; that import’s own day runs again', async () => {
    const { clock, store, engine, service } = setup();
    // An import since 1 February completed, then the owner moved the start date on to 1 March.
    store.settings.set(startDateSetting, '2026-03-01');
    store.historyImport.start('2026-02-01', '2026-02-27');
    store.historyImport.complete();
    const onStart = await service.dispatch('import.start', { since: '2026-03-01' }, 'test');
    expect(onStart).toMatchObject({ ok: true, result: { accepted: false } });
    expect(onStart.ok && onStart.result.reason?.nl).toContain('Kies een datum vóór 1 maart 2026.');
    expect(engine.runs).toEqual([]);
    const again = await service.dispatch('import.start', { since: '2026-02-01' }, 'test');
    expect(again).toMatchObject({ ok: true, result: { accepted: true } });
    engine.finish();
    await clock.advance(0);
    const dayBefore = await service.dispatch('import.start', { since: '2026-02-28' }, 'test');
    expect(dayBefore).toMatchObject({ ok: true, result: { accepted: true } });
    expect(engine.runs.map((run) => run.importSince)).toEqual(['2026-02-01', '2026-02-28']);
  });
});
