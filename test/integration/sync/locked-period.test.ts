// An order dated in the administration's locked period (Moneybird's `period_locked_until`, set after
// a VAT return) is parked with the reason and never sent to be refused; the owner chooses to book it
// on the first open day (its real date on the invoice) or to skip it. The simulator enforces the
// lock with Moneybird's 422, so a booking that slipped through would fail the test.
import { describe, expect, it } from 'vitest';
import { createEngineSyncController } from '../../../src/main/core/app-service/engine-sync-controller';
import { createLockedPeriodChannels } from '../../../src/main/core/app-service/locked-period-channels';
import { createOrderChannels } from '../../../src/main/core/app-service/order-channels';
import { createSetupRequiredController } from '../../../src/main/core/app-service/setup-required-sync';
import { monthPerVatRate } from '../../../src/main/core/reconciliation/month-per-vat-rate';
import { type Period, periodRange } from '../../../src/main/core/reconciliation/period';
import { ManualClock } from '../../../src/main/core/sync/clock';
import type { Connection } from '../../../src/shared/contract';
import { shortDay, writtenDay } from '../../../src/shared/i18n/written-day';
import { explanationText } from '../../../src/shared/reconciliation/explanation-text';
import { shopLocalDate } from '../../../src/shared/shop-calendar';
import {
  dayAfter,
  dayBefore,
  quarterReturnDue,
  quarterStart,
  returnsDueUntil,
} from '../../../src/shared/vat-return-due';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import {
  controllerOn,
  daysBefore,
  isPlainDomesticSale,
  moneybirdRequestsSince,
  plainSaleOn,
  worldPerTest,
} from './support';

const worlds = worldPerTest();

const SINCE = '2024-01-01';

/** Two plain Dutch sales on different days; the lock falls between them. */
function twoOrders(): [MwwOrder, MwwOrder] {
  const plain = generateOrders({ seed: 5, count: 120 })
    .filter((o) => isPlainDomesticSale(o, SINCE))
    .sort((a, b) => a.date.localeCompare(b.date));
  const first = plain[0]!;
  const later = plain.find((o) => o.date > first.date)!;
  expect(later, 'the generator spreads orders over days').toBeDefined();
  return [first, later];
}

const CONNECTED: Connection = { state: 'connected', detail: null, checkedAt: null };

describe('orders in a locked period', () => {
  it('parks an order dated on or before the lock, books the rest, and books it on the first open day once the owner chooses', async () => {
    const [locked, open] = twoOrders();
    const world = await worlds.start({ orders: [locked, open] });
    world.moneybird.owner.lockPeriodUntil(locked.date);

    const first = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(first.outcome).toBe('completed');
    const parked = world.runtime.store.journal.get(String(locked.number))!;
    expect(parked.state).toBe('parked');
    expect(parked.reason?.code).toBe('period_locked');
    expect(parked.reason?.message.nl).toContain(`is van ${shortDay(locked.date, 'nl')}`);
    expect(world.runtime.store.journal.get(String(open.number))!.state).toBe('done');
    // Nothing was sent for the locked order: no invoice carries its reference.
    expect(world.moneybird.books.salesInvoices().filter((i) => i.reference === parked.reference)).toEqual([]);

    const channels = createLockedPeriodChannels(world.runtime.store, controllerOn(world).sync);
    const answer = await channels['orders.bookInOpenPeriod']({});
    expect(answer.accepted).toBe(true);
    await world.runtime.engine.run('manual');

    const booked = world.runtime.store.journal.get(String(locked.number))!;
    expect(booked.state).toBe('done');
    const invoice = world.moneybird.books.salesInvoices().find((i) => i.reference === booked.reference)!;
    const firstOpenDay = new Date(`${locked.date}T00:00:00Z`);
    firstOpenDay.setUTCDate(firstOpenDay.getUTCDate() + 1);
    expect(invoice.invoice_date).toBe(firstOpenDay.toISOString().slice(0, 10));
    expect(invoice.details[0]!.description).toContain(writtenDay(locked.date, 'nl'));
    for (const payment of invoice.payments) expect(payment.payment_date > locked.date).toBe(true);
  });

  it('says in the reason that booking on the first open day changes a VAT return due already, only when it does', async () => {
    // The shop's day the run books on: the last quarter whose return is due by then was filed.
    const today = shopLocalDate(Date.now());
    const filedUntil = returnsDueUntil(today);
    // The accountant locked only part of that filed quarter: its first open day is still in it.
    const partLock = daysBefore(filedUntil, 10);
    const dueOrder = plainSaleOn(daysBefore(partLock, 5));
    const world = await worlds.start({ orders: [dueOrder] });
    world.moneybird.owner.lockPeriodUntil(partLock);
    await world.runtime.engine.run('import', { importSince: SINCE });
    const parked = world.runtime.store.journal.get(String(dueOrder.number))!;
    expect(parked.state).toBe('parked');
    expect(parked.reason?.code).toBe('period_locked');
    const firstOpenDay = shortDay(dayAfter(partLock), 'nl');
    expect(parked.reason?.message.nl).toContain(
      `. Die aangifte moest je al indienen: boek je haar op ${firstOpenDay}, vraag dan je boekhouder of je die aangifte moet corrigeren. Of sla haar over als je haar zelf al hebt verwerkt.`,
    );
    expect(parked.reason?.message.en).toContain('That return was due already');
    expect(parked.reason?.details).toMatchObject({ firstOpenDate: dayAfter(partLock) });

    // Locked through the day before this quarter: the first open day's return is not due yet.
    const openLock = dayBefore(quarterStart(today));
    const openOrder = plainSaleOn(daysBefore(openLock, 5));
    const other = await worlds.start({ orders: [openOrder] });
    other.moneybird.owner.lockPeriodUntil(openLock);
    await other.runtime.engine.run('import', { importSince: SINCE });
    const waiting = other.runtime.store.journal.get(String(openOrder.number))!;
    expect(waiting.reason?.code).toBe('period_locked');
    expect(waiting.reason?.message.nl).toContain(`Boek je haar op ${shortDay(dayAfter(openLock), 'nl')}`);
    expect(waiting.reason?.message.nl).not.toContain('moest je al indienen');
    expect(waiting.reason?.message.en).not.toContain('was due already');
  });

  it('says so on the dashboard and the order page once that return fell due after the order parked', async () => {
    // Locked through the end of the last quarter: the first open day is this quarter's first, whose
    // return is not due yet when the order parks.
    const today = shopLocalDate(Date.now());
    const lock = dayBefore(quarterStart(today));
    const firstOpenDay = dayAfter(lock);
    const order = plainSaleOn(daysBefore(lock, 5));
    const number = String(order.number);
    const world = await worlds.start({ orders: [order] });
    world.moneybird.owner.lockPeriodUntil(lock);
    await world.runtime.engine.run('import', { importSince: SINCE });
    const { store, engine } = world.runtime;
    const stored = store.journal.get(number)!.reason!;
    expect(stored.code).toBe('period_locked');
    expect(stored.message.nl).not.toContain('moest je al indienen');

    // Read at noon in Amsterdam on a day: the dashboard's parked orders and the order's page.
    const noonOn = (day: string) => Date.parse(`${day}T11:00:00Z`);
    const readOn = async (day: string) => {
      const controller = createEngineSyncController({
        store,
        engine,
        clock: new ManualClock(noonOn(day)),
        runAtStart: false,
      });
      try {
        const [parked] = controller.heldOrders(100).parked;
        const channels = createOrderChannels(
          store,
          () => ({ mijnwebwinkel: null, moneybird: null }),
          () => noonOn(day),
        );
        const page = (await channels['orders.detail']({ orderNumber: number })).order!;
        expect(parked!.orderNumber).toBe(number);
        return { dashboard: parked!.reason!, page: page.summary.reason! };
      } finally {
        await controller.close();
      }
    };
    const due = quarterReturnDue(firstOpenDay);
    const sentence = `Die aangifte moest je al indienen: boek je haar op ${shortDay(firstOpenDay, 'nl')}, vraag dan je boekhouder of je die aangifte moet corrigeren. Of sla haar over`;

    // The day before that return is due: as it was written.
    const dayBeforeDue = await readOn(dayBefore(due));
    expect(dayBeforeDue.dashboard).toEqual(stored.message);
    expect(dayBeforeDue.page).toEqual(stored.message);

    // From the day it is due: the owner who chooses "Boek op de eerste open dag" is told it changes
    // a filed return, on the dashboard (where that choice is) and the order's page alike.
    const onDue = await readOn(due);
    expect(onDue.dashboard.nl).toContain(sentence);
    expect(onDue.dashboard.en).toContain('That return was due already');
    expect(onDue.page).toEqual(onDue.dashboard);
    // Also while the sync waits for the setup (a login to renew): the dashboard still lists them.
    const waiting = createSetupRequiredController({
      state: 'needs-setup',
      reason: { nl: 'Verbind Moneybird opnieuw.', en: 'Connect Moneybird again.' },
      connections: { mijnwebwinkel: CONNECTED, moneybird: CONNECTED },
      history: store,
      now: () => new Date(noonOn(due)),
    });
    expect(waiting.heldOrders(100).parked[0]!.reason).toEqual(onDue.dashboard);

    // The journal keeps the reason as it was written.
    expect(store.journal.get(number)!.reason).toEqual(stored);
  });

  it('sees a lock set since the last run, though the rest of the reference data is kept for an hour', async () => {
    const [locked, open] = twoOrders();
    const world = await worlds.start({ orders: [open] });
    await world.runtime.engine.run('import', { importSince: SINCE });
    expect(world.runtime.store.journal.get(String(open.number))!.state).toBe('done');

    // Minutes later the accountant locks the books, and the shop completes an order dated in them.
    world.moneybird.owner.lockPeriodUntil(locked.date);
    world.mww.shop.addOrder({ ...locked, status: 1 });
    world.mww.shop.setStatus(locked.number, 3);
    const from = world.moneybird.server.log.entries.length;
    await world.runtime.engine.run('import', { importSince: SINCE });

    const parked = world.runtime.store.journal.get(String(locked.number))!;
    expect(parked.state).toBe('parked');
    expect(parked.reason?.code).toBe('period_locked');
    const requests = moneybirdRequestsSince(world, from);
    // One request read the lock; nothing was sent to be refused.
    expect(requests.filter((r) => r.path.endsWith('/administrations.json'))).toHaveLength(1);
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);

    // A run with nothing to book does not ask.
    const idle = world.moneybird.server.log.entries.length;
    await world.runtime.engine.run('manual');
    expect(
      moneybirdRequestsSince(world, idle).filter((r) => r.path.endsWith('/administrations.json')),
    ).toEqual([]);
  });

  it('parks an order as locked, with the choice, when the lock lands between the run reading it and the create', async () => {
    const [locked] = twoOrders();
    const world = await worlds.start({ orders: [locked] });
    const { moneybird } = world.runtime;
    const read = moneybird.administrations.bind(moneybird);
    let reads = 0;
    // The accountant locks the books right after the run read the lock.
    moneybird.administrations = async () => {
      const answer = await read();
      reads += 1;
      if (reads === 1) world.moneybird.owner.lockPeriodUntil(locked.date);
      return answer;
    };

    await world.runtime.engine.run('import', { importSince: SINCE });
    const parked = world.runtime.store.journal.get(String(locked.number))!;
    expect(parked.state).toBe('parked');
    expect(parked.reason?.code).toBe('period_locked');
    expect(parked.reason?.message.nl).toContain(`afgesloten tot en met ${shortDay(locked.date, 'nl')}`);
    expect(reads).toBe(2);
    expect(world.moneybird.books.salesInvoices()).toEqual([]);

    // The owner's choice books it on the first open day.
    const channels = createLockedPeriodChannels(world.runtime.store, controllerOn(world).sync);
    expect((await channels['orders.bookInOpenPeriod']({ orderNumber: String(locked.number) })).accepted).toBe(
      true,
    );
    await world.runtime.engine.run('manual');
    const booked = world.runtime.store.journal.get(String(locked.number))!;
    expect(booked.state).toBe('done');
    const [invoice] = world.moneybird.books.salesInvoices();
    expect(invoice.invoice_date > locked.date).toBe(true);
  });

  it('reads the lock again once per run when Moneybird refuses creates for another reason', async () => {
    const world = await worlds.start({ orders: twoOrders() });
    world.moneybird.server.faults.add({
      method: 'POST',
      path: /\/sales_invoices(\.json)?$/,
      times: Number.POSITIVE_INFINITY,
      fault: {
        kind: 'status',
        status: 422,
        body: { error: { ledger_account_id: ['is invalid'] }, details: {} },
      },
    });
    await world.runtime.engine.run('import', { importSince: SINCE });
    const codes = world.runtime.store.journal.list({ limit: 10 }).map((e) => e.reason?.code);
    expect(codes).toEqual(['moneybird_validation', 'moneybird_validation']);
    // The reference data's read, and one more after the first refusal; not one per refused order.
    const reads = world.moneybird.server.log.entries.filter((r) => r.path.endsWith('/administrations.json'));
    expect(reads).toHaveLength(2);
  });

  it("counts a booking moved into the next month in that month's books, and explains it in both", async () => {
    const [locked] = twoOrders();
    const world = await worlds.start({ orders: [locked] });
    // The accountant locked the whole month of the order.
    const [year, month] = locked.date.split('-').map(Number) as [number, number];
    const lastDay = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    world.moneybird.owner.lockPeriodUntil(lastDay);
    await world.runtime.engine.run('import', { importSince: SINCE });
    const channels = createLockedPeriodChannels(world.runtime.store, controllerOn(world).sync);
    await channels['orders.bookInOpenPeriod']({});
    await world.runtime.engine.run('manual');
    const booked = world.runtime.store.journal.get(String(locked.number))!;
    expect(booked.state).toBe('done');
    const invoice = world.moneybird.books.salesInvoices().find((i) => i.reference === booked.reference)!;
    const next: Period =
      month === 12 ? { kind: 'month', year: year + 1, index: 1 } : { kind: 'month', year, index: month + 1 };
    expect(invoice.invoice_date).toBe(periodRange(next).from);

    const viewOf = (period: Period) => {
      const { from, to } = periodRange(period);
      return monthPerVatRate(period, world.runtime.store.vatFigures.period(from, to));
    };
    const own = viewOf({ kind: 'month', year, index: month });
    expect(own.explanations.items).toMatchObject([
      { orderNumber: booked.orderNumber, kind: 'booked_in_other_period', bookedDate: invoice.invoice_date },
    ]);
    expect(own.total.booked.inclTax).toBe('0.00');
    // The whole order is what the month's books miss (Moneybird minus the shop), as much as the
    // invoice holds.
    expect(own.total.difference.inclTax).toBe(`-${own.total.shop.inclTax}`);
    expect(Number(own.total.shop.inclTax)).toBe(Number(invoice.total_price_incl_tax));
    const later = viewOf(next);
    expect(later.explanations.items).toMatchObject([
      { orderNumber: booked.orderNumber, kind: 'booked_from_other_period' },
    ]);
    expect(later.total.shop.inclTax).toBe('0.00');
    expect(later.total.booked.inclTax).toBe(own.total.shop.inclTax);
  });

  it('an order the owner skips stays unbooked', async () => {
    const [locked] = twoOrders();
    const world = await worlds.start({ orders: [locked] });
    world.moneybird.owner.lockPeriodUntil(locked.date);
    await world.runtime.engine.run('import', { importSince: SINCE });
    const parkedFor = world.runtime.store.journal.get(String(locked.number))!.reason!;
    world.runtime.engine.skip(String(locked.number));
    await world.runtime.engine.run('manual');
    const skipped = world.runtime.store.journal.get(String(locked.number))!;
    expect(skipped.state).toBe('skipped');
    // Its page says what it waited for when the owner skipped it.
    expect(skipped.reason?.message.nl).toBe(
      `Overgeslagen op jouw verzoek, toen ze op je wachtte: ${parkedFor.message.nl}`,
    );
    expect(world.moneybird.books.salesInvoices()).toEqual([]);

    // Its month says it was skipped while it waited, and why; not that it is absent from Moneybird:
    // the lock's reason asks the owner to skip it once it was processed by hand there.
    const [year, month] = locked.date.split('-').map(Number) as [number, number];
    const period: Period = { kind: 'month', year, index: month };
    const { from, to } = periodRange(period);
    const view = monthPerVatRate(period, world.runtime.store.vatFigures.period(from, to));
    const [item] = view.explanations.items;
    expect(item).toMatchObject({ orderNumber: String(locked.number), kind: 'skipped' });
    expect(item!.reason?.nl).toBe(
      `Jij koos "Overslaan" toen ze op je wachtte: ${parkedFor.message.nl} Heb je haar zelf in Moneybird geboekt of gecrediteerd, dan telt ze daar wel mee in je btw-aangifte.`,
    );
    expect(item!.reason?.en).toContain(parkedFor.message.en);
    for (const locale of ['nl', 'en'] as const) {
      const sentence = explanationText(item!, locale, (amount) => amount, false);
      expect(sentence).not.toMatch(/niet in Moneybird|not in Moneybird|left out of Moneybird/);
    }
  });
});
