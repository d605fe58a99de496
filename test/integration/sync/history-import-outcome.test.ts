// What "Eerdere bestellingen boeken" tells once it is done, counted from the journal by the real
// engine against both simulators: the orders of the import's own period (from its day up to the day
// before the start date it found), not the ones the sync had booked or skipped since that start
// date; what was booked, skipped or waits for the owner; and whether the booked ones count in a VAT
// return that was due already, also after an order of a locked period is booked on the first open day,
// and after an import that stopped is replaced by one since an earlier day.
import { describe, expect, it } from 'vitest';
import { createLockedPeriodChannels } from '../../../src/main/core/app-service/locked-period-channels';
import { importOutcome } from '../../../src/main/core/sync/import-progress';
import { startDateSetting } from '../../../src/main/core/sync/sync-settings';
import { shortDay } from '../../../src/shared/i18n/written-day';
import { shopLocalDate } from '../../../src/shared/shop-calendar';
import { dayAfter, dayBefore, returnsDueUntil } from '../../../src/shared/vat-return-due';
import { controllerOn, daysBefore, plainSaleOn, worldPerTest } from './support';

const worlds = worldPerTest();

/**
 * The shop's days the test goes by, from today: the start date 20 days ago; the last day of the VAT
 * returns due by today (a quarter's end, at least a month ago); an older order in those returns and
 * one after them, both before the start date; a recent one after it.
 */
function days() {
  const today = shopLocalDate(Date.now());
  const dueUntil = returnsDueUntil(today);
  const start = daysBefore(today, 20);
  return {
    today,
    dueUntil,
    start,
    since: daysBefore(dueUntil, 10),
    inDueReturn: daysBefore(dueUntil, 3),
    afterDueReturns: dayAfter(dayAfter(dayAfter(dueUntil))),
    recent: daysBefore(today, 5),
  };
}

describe('what an import of earlier orders tells once done', () => {
  it("counts its own period's orders, not those the sync booked since the start date", async () => {
    const day = days();
    const inDue = plainSaleOn(day.inDueReturn, 2001);
    const after = plainSaleOn(day.afterDueReturns, 3001);
    const recent = plainSaleOn(day.recent, 4001);
    const world = await worlds.start({ orders: [inDue, after, recent] });
    const { store, engine } = world.runtime;
    store.settings.set(startDateSetting, day.start);
    await engine.run('manual');
    expect(store.journal.get(String(recent.number))?.state).toBe('done');

    await engine.run('import', { importSince: day.since });
    const state = store.historyImport.get()!;
    expect(state.status).toBe('completed');
    // Up to the day before the start date it found: the two older orders, as the shop counts them.
    expect(state.until).toBe(dayBefore(day.start));
    expect(state).toMatchObject({ done: 2, total: 2 });
    // One of the two counts in a return that was due already.
    expect(importOutcome(store, state)).toEqual({
      booked: 2,
      skipped: 0,
      parked: 0,
      waiting: 0,
      dueReturn: { booked: 1, until: day.dueUntil },
    });
    // An import finished before its period's end was kept (an older data folder): no outcome, rather
    // than one counting every order since its first day, the regular sync's too.
    store.db.prepare('UPDATE history_import SET until = NULL').run();
    expect(importOutcome(store, store.historyImport.get()!)).toBeNull();
  });

  it('counts what a stopped import left, when an import since an earlier day replaces it', async () => {
    const day = days();
    const older = plainSaleOn(daysBefore(day.since, 5), 1001);
    const inDue = plainSaleOn(day.inDueReturn, 2001);
    const after = plainSaleOn(day.afterDueReturns, 3001);
    const recent = plainSaleOn(day.recent, 4001);
    const world = await worlds.start({ orders: [older, inDue, after, recent] });
    const { store, engine } = world.runtime;
    store.settings.set(startDateSetting, day.start);
    await engine.run('manual');

    // An import stopped before it booked anything (the shop refused it: its plan lost API access):
    // paused, the start date moved back to its day already.
    world.mww.shop.setApiAccess(false);
    expect((await engine.run('import', { importSince: day.since })).outcome).toBe('blocked');
    expect(store.historyImport.get()).toMatchObject({ status: 'paused', until: dayBefore(day.start) });
    expect(store.settings.get(startDateSetting)).toBe(day.since);
    expect(store.journal.get(String(inDue.number))).toBeUndefined();

    // The owner starts one since an earlier day instead: it books the stopped one's orders too, and
    // counts them, in the due return as well.
    world.mww.shop.setApiAccess(true);
    await engine.run('import', { importSince: older.date });
    for (const order of [older, inDue, after])
      expect(store.journal.get(String(order.number))?.state).toBe('done');
    const state = store.historyImport.get()!;
    expect(state).toMatchObject({ status: 'completed', until: dayBefore(day.start), done: 3, total: 3 });
    expect(importOutcome(store, state)).toEqual({
      booked: 3,
      skipped: 0,
      parked: 0,
      waiting: 0,
      dueReturn: { booked: 2, until: day.dueUntil },
    });
  });

  it('counts an order of a locked period as waiting, and in the due return once booked on the first open day', async () => {
    const day = days();
    const inDue = plainSaleOn(day.inDueReturn, 2001);
    const after = plainSaleOn(day.afterDueReturns, 3001);
    const world = await worlds.start({ orders: [inDue, after] });
    const { store, engine } = world.runtime;
    store.settings.set(startDateSetting, day.start);
    // The accountant locked the books up to the day before the due returns' last day: that day is
    // the first open one, still in a return that was due.
    const lock = dayBefore(day.dueUntil);
    world.moneybird.owner.lockPeriodUntil(lock);

    await engine.run('import', { importSince: day.since });
    const parked = store.journal.get(String(inDue.number))!;
    expect(parked.state).toBe('parked');
    expect(parked.reason?.message.nl).toContain(
      `Die aangifte moest je al indienen: boek je haar op ${shortDay(day.dueUntil, 'nl')}, vraag dan je boekhouder`,
    );
    // Nothing of the period was booked in a due return yet: that return did not change.
    expect(importOutcome(store, store.historyImport.get()!)).toEqual({
      booked: 1,
      skipped: 0,
      parked: 1,
      waiting: 0,
      dueReturn: { booked: 0, until: day.dueUntil },
    });

    // The owner books it on the first open day: now it counts in that return.
    const channels = createLockedPeriodChannels(store, controllerOn(world).sync);
    expect((await channels['orders.bookInOpenPeriod']({})).accepted).toBe(true);
    await engine.run('manual');
    expect(store.journal.get(String(inDue.number))?.state).toBe('done');
    expect(importOutcome(store, store.historyImport.get()!)).toEqual({
      booked: 2,
      skipped: 0,
      parked: 0,
      waiting: 0,
      dueReturn: { booked: 1, until: day.dueUntil },
    });
  });
});
