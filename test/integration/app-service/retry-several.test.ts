// "Opnieuw proberen" for several orders at once (a group of parked orders on the dashboard, or the
// orders that waited for a setting the owner just changed), through the app service's channel as the
// window asks it, on the real core against both simulators. The owner's one click is one sync: every
// order is back in the queue before it starts, and the dashboard's activity shows one run that books
// them, not a run for the first order and an empty one after it. A run already going when the owner
// clicks takes the orders up, or the one right after it does; each order is booked exactly once.
import { describe, expect, it } from 'vitest';
import { bookkeepingMappingSetting } from '../../../src/main/core/sync/sync-settings';
import type { CoreEvent, RunSummary } from '../../../src/shared/contract';
import { type Demo, startDemo } from '../../sim/demo';
import { completedSale } from '../sync/shop-sales';
import { call, closeAfterEach } from './service-calls';

const opened = closeAfterEach();

/**
 * The shop with three orders the owner has not chosen a 0% VAT rate for (parked at the first sync)
 * and one that books; the owner then chooses the rate, as in Settings.
 */
async function threeParked(): Promise<Demo> {
  const demo = await startDemo({
    orderList: [
      completedSale(8101),
      completedSale(8102, ['mok', 'zegels']),
      completedSale(8103, ['zegels']),
      completedSale(8104, ['thee', 'zegels']),
    ],
    rateWindowSeconds: 2,
    logger: { log: () => {} },
    omit: ['taxRates.domestic.0'],
  });
  opened(demo);
  const first = await syncNow(demo);
  expect(first).toMatchObject({ outcome: 'completed', booked: 1, parked: 3 });
  demo.runtime.store.settings.set(bookkeepingMappingSetting, { ...demo.mapping } as Record<string, unknown>);
  return demo;
}

/** The runs that start and finish from now on, as the window hears of them. */
function watchRuns(demo: Demo) {
  const started: string[] = [];
  const finished: RunSummary[] = [];
  const stop = demo.service.subscribe((event: CoreEvent) => {
    if (event.channel === 'run.started') started.push(event.payload.runId);
    if (event.channel === 'run.finished') finished.push(event.payload);
  });
  return { started, finished, stop };
}

/** Until no run is going and none is asked for right after: the sync is quiet again. */
async function quiet(demo: Demo, runs: { started: string[]; finished: RunSummary[] }): Promise<void> {
  await expect
    .poll(
      async () => {
        // A follow-up run starts the moment the one before it ends: look twice, a moment apart.
        await new Promise((resolve) => setTimeout(resolve, 150));
        const state = (await call(demo, 'app.status', {})).state;
        return state !== 'syncing' && runs.finished.length === runs.started.length;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
}

async function syncNow(demo: Demo): Promise<RunSummary> {
  const runs = watchRuns(demo);
  await call(demo, 'sync.runNow', {});
  await quiet(demo, runs);
  runs.stop();
  return runs.finished.at(-1)!;
}

/** The activity as the dashboard lists it, oldest first, from the line `afterSeq` on. */
async function activitySince(demo: Demo, afterSeq: number): Promise<string[]> {
  const { lines } = await call(demo, 'log.recent', { limit: 100 });
  return lines.filter((line) => line.seq > afterSeq).map((line) => line.message.nl);
}

const lastSeq = async (demo: Demo) => (await call(demo, 'log.recent', { limit: 1 })).lines.at(-1)?.seq ?? 0;

/** Invoices in Moneybird per order number (its reference ends in it). */
const invoicesOf = (demo: Demo, orderNumber: number) =>
  demo.moneybird.books
    .salesInvoices()
    .filter((invoice: { reference: string }) => invoice.reference.endsWith(String(orderNumber)));

describe('"Opnieuw proberen" for several orders', () => {
  it('puts them all back in the queue first, then books them in one sync', async () => {
    const demo = await threeParked();
    const since = await lastSeq(demo);
    const runs = watchRuns(demo);

    const answer = await call(demo, 'orders.retry', { orderNumbers: ['8102', '8103', '8104'] });
    expect(answer).toMatchObject({ accepted: true, reason: null });
    expect(answer.runId).not.toBeNull();
    await quiet(demo, runs);

    // One sync, the one the answer named, and it booked all three.
    expect(runs.started).toEqual([answer.runId]);
    expect(runs.finished).toHaveLength(1);
    expect(runs.finished[0]).toMatchObject({ outcome: 'completed', booked: 3, parked: 0 });
    const activity = await activitySince(demo, since);
    expect(activity.slice(0, 4)).toEqual([
      'Bestelling 8102 staat weer in de wachtrij.',
      'Bestelling 8103 staat weer in de wachtrij.',
      'Bestelling 8104 staat weer in de wachtrij.',
      'Synchronisatie gestart (op jouw verzoek).',
    ]);
    expect(activity.filter((line) => line.startsWith('Synchronisatie gestart'))).toHaveLength(1);
    expect(activity.at(-1)).toBe('Synchronisatie klaar: 3 geboekt.');
    expect(activity).not.toContain('Synchronisatie klaar: niets nieuws om te boeken.');
    for (const order of [8102, 8103, 8104]) expect(invoicesOf(demo, order)).toHaveLength(1);
  });

  it('while a sync is going, the orders are booked by it or the one right after, each exactly once', async () => {
    const demo = await threeParked();
    const runs = watchRuns(demo);

    const going = await call(demo, 'sync.runNow', {});
    expect(going.runId).not.toBeNull();
    const answer = await call(demo, 'orders.retry', { orderNumbers: ['8102', '8103', '8104'] });
    // Accepted, and said: the sync going now is followed by one more.
    expect(answer).toMatchObject({ accepted: true, runId: null, reason: { nl: expect.any(String) } });
    await quiet(demo, runs);

    // The sync that was going, and at most the one asked for after it: never one per order.
    expect(runs.started.length).toBeGreaterThanOrEqual(1);
    expect(runs.started.length).toBeLessThanOrEqual(2);
    expect(runs.finished.reduce((sum, run) => sum + run.booked, 0)).toBe(3);
    const status = await call(demo, 'app.status', {});
    expect(status.counts).toMatchObject({ booked: 4, parked: 0, waiting: 0 });
    for (const order of [8101, 8102, 8103, 8104]) expect(invoicesOf(demo, order)).toHaveLength(1);
  });

  it('one order alone is still retried by its number', async () => {
    const demo = await threeParked();
    const runs = watchRuns(demo);
    const answer = await call(demo, 'orders.retry', { orderNumber: '8103' });
    expect(answer).toMatchObject({ accepted: true, reason: null });
    await quiet(demo, runs);
    expect(runs.finished).toHaveLength(1);
    expect(runs.finished[0]).toMatchObject({ booked: 1, parked: 0 });
    expect(invoicesOf(demo, 8103)).toHaveLength(1);
    // An empty list asks for nothing: refused at the channel, before anything is done.
    const empty = await demo.service.dispatch('orders.retry', { orderNumbers: [] }, 'test');
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });
});
