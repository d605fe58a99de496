// An order dated in the administration's locked period (Moneybird's `period_locked_until`, set after
// a VAT return) is parked with the reason and never sent to be refused; the owner chooses to book it
// on the first open day (its real date on the invoice) or to skip it. The simulator enforces the
// lock with Moneybird's 422, so a booking that slipped through would fail the test.
import { afterEach, describe, expect, it } from 'vitest';
import { createLockedPeriodChannels } from '../../../src/main/core/app-service/locked-period-channels';
import type { SyncController } from '../../../src/main/core/app-service/sync-controller';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { isPlainDomesticSale, type SyncWorld, startWorld } from './support';

let world: SyncWorld | undefined;
afterEach(async () => {
  world?.moneybird.contract?.assertNone();
  await world?.close();
  world = undefined;
});

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

/** Retries through the engine, as the app's controller does for the owner. */
const controllerOn = (w: SyncWorld): SyncController =>
  ({
    retryOrder(orderNumber: string) {
      w.runtime.engine.retry(orderNumber);
      return { accepted: true, runId: null, reason: null };
    },
  }) as unknown as SyncController;

describe('orders in a locked period', () => {
  it('parks an order dated on or before the lock, books the rest, and books it on the first open day once the owner chooses', async () => {
    const [locked, open] = twoOrders();
    world = await startWorld({ orders: [locked, open] });
    world.moneybird.owner.lockPeriodUntil(locked.date);

    const first = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(first.outcome).toBe('completed');
    const parked = world.runtime.store.journal.get(String(locked.number))!;
    expect(parked.state).toBe('parked');
    expect(parked.reason?.code).toBe('period_locked');
    expect(parked.reason?.message.nl).toContain(locked.date);
    expect(world.runtime.store.journal.get(String(open.number))!.state).toBe('done');
    // Nothing was sent for the locked order: no invoice carries its reference.
    expect(world.moneybird.books.salesInvoices().filter((i) => i.reference === parked.reference)).toEqual([]);

    const channels = createLockedPeriodChannels(world.runtime.store, controllerOn(world));
    const answer = await channels['orders.bookInOpenPeriod']({});
    expect(answer.accepted).toBe(true);
    await world.runtime.engine.run('manual');

    const booked = world.runtime.store.journal.get(String(locked.number))!;
    expect(booked.state).toBe('done');
    const invoice = world.moneybird.books.salesInvoices().find((i) => i.reference === booked.reference)!;
    const firstOpenDay = new Date(`${locked.date}T00:00:00Z`);
    firstOpenDay.setUTCDate(firstOpenDay.getUTCDate() + 1);
    expect(invoice.invoice_date).toBe(firstOpenDay.toISOString().slice(0, 10));
    expect(invoice.details[0]!.description).toContain(locked.date);
    for (const payment of invoice.payments) expect(payment.payment_date > locked.date).toBe(true);
  });

  it('an order the owner skips stays unbooked', async () => {
    const [locked] = twoOrders();
    world = await startWorld({ orders: [locked] });
    world.moneybird.owner.lockPeriodUntil(locked.date);
    await world.runtime.engine.run('import', { importSince: SINCE });
    world.runtime.engine.skip(String(locked.number));
    await world.runtime.engine.run('manual');
    expect(world.runtime.store.journal.get(String(locked.number))!.state).toBe('skipped');
    expect(world.moneybird.books.salesInvoices()).toEqual([]);
  });
});
