// Which day an import of earlier orders may start from, as the real engine holds to it against both
// simulators: before the sync's start date, or the day of the import the store holds (that import
// going on, or again over its own period).
// An import since a later day than a paused one would have left the paused one's first days unbooked
// while the start date said they were covered: it is refused before anything changes. And the
// shop refusing the import's count (its plan lost API access, a revoked token) pauses the import,
// which goes on once the shop answers again.
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../../src/main/core/core-runtime';
import { startDateSetting } from '../../../src/main/core/sync/sync-settings';
import { shopLocalDate } from '../../../src/shared/shop-calendar';
import { dayBefore } from '../../../src/shared/vat-return-due';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { daysBefore, plainSaleOn, type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();

/**
 * The shop's days, from today: the start date 10 days ago; a paused import's day (D1) 30 days ago;
 * a later day (D2) between the two, and an earlier one (D0); an order on each of D0, D1 and D2.
 */
function days() {
  const today = shopLocalDate(Date.now());
  return {
    today,
    start: daysBefore(today, 10),
    d0: daysBefore(today, 40),
    d1: daysBefore(today, 30),
    d2: daysBefore(today, 20),
  };
}

/** A world whose sync books from the start date, with an order on D0, D1 and D2. */
async function worldWithHistory() {
  const day = days();
  const orders = {
    d0: plainSaleOn(day.d0, 1001),
    d1: plainSaleOn(day.d1, 2001),
    d2: plainSaleOn(day.d2, 3001),
  };
  const world = await worlds.start({ orders: Object.values(orders) });
  world.runtime.store.settings.set(startDateSetting, day.start);
  return { world, day, orders };
}

/** The shop refuses the next count of orders with this status (an import counts its period first). */
function countRefused(world: SyncWorld, status: 401 | 403) {
  world.mww.server.faults.add({ path: '/v1/orders/count', fault: { kind: 'status', status } });
}

/** Everything a refused import must leave as it was. */
function whatAnImportChanges(runtime: Runtime) {
  const { store } = runtime;
  return {
    startDate: store.settings.get(startDateSetting),
    historyImport: store.historyImport.get(),
    journal: store.journal.counts(),
  };
}

/**
 * The import since D1 runs to its end: over its own period (up to the day before the start date it
 * found), both of that period's orders handled, nothing left of a blocker that paused it.
 */
async function completesItsPeriod(runtime: Runtime, day: { d1: string; start: string }) {
  expect((await runtime.engine.run('import', { importSince: day.d1 })).outcome).toBe('completed');
  expect(runtime.store.historyImport.get()).toMatchObject({
    since: day.d1,
    until: dayBefore(day.start),
    status: 'completed',
    done: 2,
    total: 2,
    error: null,
  });
}

const stateOf = (runtime: Runtime, order: MwwOrder) => runtime.store.journal.get(String(order.number))?.state;

describe('an import since a day the sync books by itself', () => {
  it('is refused after a paused import since an earlier day, and nothing changes', async () => {
    const { world, day, orders } = await worldWithHistory();
    const { engine } = world.runtime;
    // Paused by the shop's refusal, having moved the start date back to its day.
    countRefused(world, 403);
    expect((await engine.run('import', { importSince: day.d1 })).outcome).toBe('blocked');
    expect(world.runtime.store.historyImport.get()).toMatchObject({
      since: day.d1,
      until: dayBefore(day.start),
      status: 'paused',
    });
    expect(world.runtime.store.settings.get(startDateSetting)).toBe(day.d1);

    const before = whatAnImportChanges(world.runtime);
    const shopRequests = world.mww.server.log.entries.length;
    const report = await engine.run('import', { importSince: day.d2 });
    expect(report.outcome).toBe('blocked');
    expect(report.error?.code).toBe('import_since_not_before');
    expect(report.error?.message.nl).toMatch(
      /^Eerdere bestellingen boeken vanaf \d+ \w+ \d{4} is niet begonnen/,
    );
    expect(report.error?.message.nl).toContain('Kies een datum vóór');
    expect(report.error?.message.nl).toContain('Er is niets veranderd.');
    // Nothing written, nothing asked of the shop: the paused import, its period and the start date
    // stay as they were, and D1's order is still to be booked by it.
    expect(whatAnImportChanges(world.runtime)).toEqual(before);
    expect(world.mww.server.log.entries.length).toBe(shopRequests);
    expect(stateOf(world.runtime, orders.d1)).toBeUndefined();
    // Told in the log, as the run's refusal.
    expect(world.runtime.store.log.recent({ limit: 5 }).map((line) => line.message.nl)).toContain(
      report.error?.message.nl,
    );

    // The paused import's own day: it goes on, and books its period's orders.
    expect((await engine.run('import', { importSince: day.d1 })).outcome).toBe('completed');
    expect(world.runtime.store.historyImport.get()).toMatchObject({
      since: day.d1,
      until: dayBefore(day.start),
      status: 'completed',
    });
    expect(stateOf(world.runtime, orders.d1)).toBe('done');
    expect(stateOf(world.runtime, orders.d2)).toBe('done');
    expect(stateOf(world.runtime, orders.d0)).toBeUndefined();
  });

  it('lets an earlier day replace a paused import, keeping where its period ends', async () => {
    const { world, day, orders } = await worldWithHistory();
    const { engine } = world.runtime;
    countRefused(world, 403);
    await engine.run('import', { importSince: day.d1 });
    expect(world.runtime.store.historyImport.get()?.status).toBe('paused');

    expect((await engine.run('import', { importSince: day.d0 })).outcome).toBe('completed');
    // The start date moved back to D0; the period still ends the day before the start date the
    // paused one found, not the day before D1.
    expect(world.runtime.store.settings.get(startDateSetting)).toBe(day.d0);
    expect(world.runtime.store.historyImport.get()).toMatchObject({
      since: day.d0,
      until: dayBefore(day.start),
      status: 'completed',
      done: 3,
      total: 3,
    });
    for (const order of Object.values(orders)) expect(stateOf(world.runtime, order)).toBe('done');
  });

  it('is refused on or after the start date when no import is under way, and for a day to come', async () => {
    const { world, day } = await worldWithHistory();
    const { engine } = world.runtime;
    const before = whatAnImportChanges(world.runtime);
    for (const since of [day.start, day.today]) {
      const report = await engine.run('import', { importSince: since });
      expect(report, since).toMatchObject({ outcome: 'blocked', error: { code: 'import_since_not_before' } });
      // With no import under way, nothing is said of one.
      expect(report.error?.cli).toBeUndefined();
    }
    const future = await engine.run('import', { importSince: '2999-01-01' });
    expect(future).toMatchObject({ outcome: 'blocked', error: { code: 'import_since_future' } });
    expect(future.error?.message.nl).toContain('1 januari 2999');
    expect(whatAnImportChanges(world.runtime)).toEqual(before);
    expect(before.historyImport).toBeUndefined();
  });

  it('runs a completed import’s own day again over its own period, and refuses a later day', async () => {
    const { world, day } = await worldWithHistory();
    const { engine, store } = world.runtime;
    expect((await engine.run('import', { importSince: day.d1 })).outcome).toBe('completed');
    const completed = store.historyImport.get();
    expect(completed).toMatchObject({ since: day.d1, until: dayBefore(day.start), status: 'completed' });

    const before = whatAnImportChanges(world.runtime);
    const later = await engine.run('import', { importSince: day.d2 });
    expect(later).toMatchObject({ outcome: 'blocked', error: { code: 'import_since_not_before' } });
    expect(whatAnImportChanges(world.runtime)).toEqual(before);

    // Its own day again (the command line's "run it again"): the same period, nothing booked twice.
    await completesItsPeriod(world.runtime, day);
    expect(world.moneybird.books.salesInvoices()).toHaveLength(2);
  });

  it('tells the command line how to go on with the import under way', async () => {
    const { world, day } = await worldWithHistory();
    countRefused(world, 403);
    await world.runtime.engine.run('import', { importSince: day.d1 });
    const report = await world.runtime.engine.run('import', { importSince: day.d2 });
    // The app goes on with it by itself; on the command line the owner runs it again.
    expect(report.error?.message.nl).toContain('het gaat vanzelf verder');
    expect(report.error?.cli?.nl).toContain(`winkelbrug import --since ${day.d1}`);
    expect(report.error?.cli?.en).toContain(`winkelbrug import --since ${day.d1}`);
  });
});

describe('the shop refusing an import’s count', () => {
  it.each([
    [403, 'shop_no_api_access'],
    [401, 'authentication'],
  ] as const)(
    '%i: the import pauses (blocked), keeps its period, and goes on once the shop answers',
    async (status, code) => {
      const { world, day, orders } = await worldWithHistory();
      const { engine, store } = world.runtime;
      countRefused(world, status);
      const report = await engine.run('import', { importSince: day.d1 });
      expect(report).toMatchObject({ outcome: 'blocked', error: { code } });
      // Paused, not left as running: the app's next run resumes it (unfinishedImport). It keeps the
      // blocker, which its panel shows.
      expect(store.historyImport.get()).toMatchObject({
        since: day.d1,
        until: dayBefore(day.start),
        status: 'paused',
        error: { code, message: report.error!.message },
      });
      // The start date moved back with the import's row, in one commit: the paused import covers it.
      expect(store.settings.get(startDateSetting)).toBe(day.d1);
      if (status === 403) expect(report.error?.message.nl).toContain('Premium-pakket');

      // The shop answers again (the fault was one request): the same day goes on over its period.
      await completesItsPeriod(world.runtime, day);
      expect(stateOf(world.runtime, orders.d1)).toBe('done');
    },
  );
});
