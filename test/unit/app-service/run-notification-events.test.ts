// The engine-backed controller turns each finished run into at most one `notification` event, from
// what the run reported and what the store says of the run before it and of the history import. The
// engine is a stand-in that records its runs in a real store, as the real one does.
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
import type { EngineEvent, OrderReport, RunReport } from '../../../src/main/core/sync/run-report';
import type { AppNotification, CoreEvent } from '../../../src/shared/contract';

const refused = {
  code: 'authentication',
  message: { nl: 'Moneybird weigert de koppeling.', en: 'Moneybird refuses the connection.' },
};

interface Script {
  parked?: string[];
  booked?: string[];
  error?: RunReport['error'];
  /** An import run that reaches the end of the history. */
  completesImport?: boolean;
}

/** Finishes each run at once, as scripted, recording it in the store as the real engine does. */
class InstantEngine implements SyncEngineLike {
  next: Script = {};
  private readonly listeners = new Set<(event: EngineEvent) => void>();
  constructor(
    private readonly store: Store,
    private readonly clock: ManualClock,
  ) {}
  subscribe(listener: (event: EngineEvent) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  async run(kind: RunKind, options: { importSince?: string } = {}): Promise<RunReport> {
    const script = this.next;
    const run = this.store.runs.start(kind);
    const startedAt = this.clock.now();
    this.emit({ type: 'run-started', runId: run.id, kind, startedAt });
    if (kind === 'import' && options.importSince) this.store.historyImport.start(options.importSince);
    const orders: OrderReport[] = [
      ...(script.booked ?? []).map((orderNumber) => report(orderNumber, 'booked')),
      ...(script.parked ?? []).map((orderNumber) => report(orderNumber, 'parked')),
    ];
    for (const order of orders) this.emit({ type: 'order', runId: run.id, report: order });
    if (script.completesImport) {
      this.store.historyImport.progress({ done: orders.length, total: orders.length });
      this.store.historyImport.complete();
    }
    const counts = {
      seen: orders.length,
      booked: script.booked?.length ?? 0,
      parked: script.parked?.length ?? 0,
      skipped: 0,
      waiting: 0,
    };
    const error = script.error ?? null;
    this.store.runs.finish(run.id, error ? 'failed' : 'completed', counts, error);
    const result: RunReport = {
      runId: run.id,
      kind,
      startedAt,
      finishedAt: this.clock.now(),
      outcome: error ? 'blocked' : 'completed',
      orders,
      counts,
      error,
    };
    this.emit({ type: 'run-finished', report: result });
    return result;
  }
  retry(): never {
    throw new Error('not used');
  }
  skip(): never {
    throw new Error('not used');
  }
  cancel() {}
  private emit(event: EngineEvent) {
    for (const listener of this.listeners) listener(event);
  }
}

function report(orderNumber: string, outcome: 'booked' | 'parked'): OrderReport {
  return {
    orderNumber,
    outcome,
    invoiceId: outcome === 'booked' ? '470000000000000001' : null,
    reason: outcome === 'parked' ? { nl: 'Koppel 0%.', en: 'Map 0%.' } : null,
    reasonCode: outcome === 'parked' ? 'unmapped_tax_rate' : null,
  };
}

const dirs: string[] = [];
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function setup() {
  const clock = new ManualClock(Date.UTC(2026, 10, 2, 9, 0, 0));
  const dir = mkdtempSync(join(tmpdir(), 'winkelbrug-notify-'));
  dirs.push(dir);
  const store = openStoreIn(dir, { now: () => clock.now() });
  const engine = new InstantEngine(store, clock);
  const sync = createEngineSyncController({
    store,
    engine,
    clock,
    runAtStart: false,
    onClose: () => store.close(),
  });
  const service = createAppService({ sync });
  const notifications: AppNotification[] = [];
  service.subscribe((event: CoreEvent) => {
    if (event.channel === 'notification') notifications.push(event.payload);
  });
  cleanups.push(() => service.close());

  /** One run, by Sync now or an import, to its end. */
  async function run(script: Script, importSince?: string): Promise<void> {
    engine.next = script;
    const reply = importSince
      ? await service.dispatch('import.start', { since: importSince }, 'test')
      : await service.dispatch('sync.runNow', {}, 'test');
    expect(reply.ok && reply.result.accepted).toBe(true);
    await clock.advance(0);
  }
  return { run, notifications };
}

describe('notifications from finished runs', () => {
  it('raises none for a run that only booked', async () => {
    const { run, notifications } = setup();
    await run({ booked: ['1001', '1002'] });
    expect(notifications).toEqual([]);
  });

  it('raises one for a run that parked three orders, not one per order', async () => {
    const { run, notifications } = setup();
    await run({ booked: ['1001'], parked: ['1002', '1003', '1004'] });
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({ id: 'run-1-orders-parked', kind: 'orders-parked' });
    expect(notifications[0]!.title.nl).toBe('3 bestellingen wachten op jou');
  });

  it('raises one when a token is refused, and none for the next run refused the same way', async () => {
    const { run, notifications } = setup();
    await run({ error: refused });
    await run({ error: refused });
    expect(notifications.map((n) => [n.id, n.kind])).toEqual([
      ['run-1-connection-refused', 'connection-refused'],
    ]);
    expect(notifications[0]!.body).toEqual(refused.message);
    // Connected again, and later refused again: told again.
    await run({ booked: ['1001'] });
    await run({ error: refused });
    expect(notifications.map((n) => n.id)).toEqual(['run-1-connection-refused', 'run-4-connection-refused']);
  });

  it('raises one when the history import finishes, naming its orders and the parked ones', async () => {
    const { run, notifications } = setup();
    await run({ booked: ['1', '2', '3'], parked: ['4'], completesImport: true }, '2026-09-01');
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({ id: 'run-1-import-finished', kind: 'import-finished' });
    expect(notifications[0]!.body.nl).toBe(
      'Winkelbrug heeft 4 bestellingen sinds 1 september 2026 verwerkt. Eén daarvan wacht op jou: open Winkelbrug om die te bekijken.',
    );
    // A later ordinary run does not tell of the finished import again.
    await run({ booked: ['5'] });
    expect(notifications).toHaveLength(1);
  });
});
