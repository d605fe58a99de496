// The shop's order list is read with offset paging, and it changes while it is read: an order that
// leaves a status between two pages slides every later order one place forward, so a naive next
// page skips one. Such an order is not missed. And orders that were seen unpaid are looked at again
// each run (a payment can come in without a status change), all of them in turn, not only the first
// few hundred by number.
import { describe, expect, it } from 'vitest';
import { shopLocalDate } from '../../../src/shared/shop-calendar';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import type { MwwOrder, MwwPaymentStatus } from '../../sim/mijnwebwinkel/types';
import { isPlainDomesticSale, type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();

const SINCE = '2024-01-01';

/**
 * `count` copies of one plain domestic sale, numbered from `first`, placed tomorrow (as the shop
 * counts days: after the journal was made, so the journal vouches for them).
 */
function plainOrders(first: number, count: number, paymentStatus: MwwPaymentStatus = 'captured'): MwwOrder[] {
  const model = generateOrders({ seed: 61, count: 60 }).find((o) => isPlainDomesticSale(o, SINCE));
  expect(model).toBeDefined();
  const date = shopLocalDate(Date.now() + 24 * 60 * 60 * 1000);
  return Array.from({ length: count }, (_, i) => ({
    ...model!,
    number: first + i,
    uuid: `${model!.uuid.slice(0, 24)}${String(first + i).padStart(12, '0')}`,
    date,
    status: 1,
    payment_status: paymentStatus,
    credit_order_numbers: [],
  }));
}

/**
 * A world whose journal knows its orders (an import, a regular run), then these orders completed
 * (at `completedAt`, default now).
 */
async function watchedShopWith(orders: MwwOrder[], completedAt = new Date()): Promise<SyncWorld> {
  const w = await worlds.start({ orders: [] });
  await w.runtime.engine.run('import', { importSince: SINCE });
  await w.runtime.engine.run('manual');
  for (const order of orders) {
    w.mww.shop.addOrder(order);
    w.mww.shop.setStatus(order.number, 3, completedAt);
  }
  return w;
}

/**
 * 130 orders numbered from `first`: more than a page (100). Only those around the page boundary and
 * on the first page's sixth place are paid: the rest wait unpaid, so the run costs few Moneybird
 * requests (the product keeps to Moneybird's 150 requests per five minutes).
 */
function ordersAcrossTwoPages(first: number): { orders: MwwOrder[]; paid: Set<number> } {
  const paid = new Set([first + 5, ...Array.from({ length: 20 }, (_, i) => first + 90 + i)]);
  const orders = plainOrders(first, 130, 'pending').map((o) =>
    paid.has(Number(o.number)) ? { ...o, payment_status: 'captured' as const } : o,
  );
  return { orders, paid };
}

/** The references Moneybird holds, each with how many invoices carry it. */
function invoicesPerReference(w: SyncWorld): Map<string, number> {
  const counts = new Map<string, number>();
  for (const invoice of w.moneybird.books.salesInvoices())
    counts.set(invoice.reference, (counts.get(invoice.reference) ?? 0) + 1);
  return counts;
}

const orderListings = (w: SyncWorld, statusId: number) =>
  w.mww.server.log.filter((e) => e.path === '/v1/orders' && e.query.status_id === String(statusId));

describe('the order list changes while it is paged', () => {
  it('an order that leaves its status between two pages makes no later order slip through', async () => {
    const { orders, paid } = ordersAcrossTwoPages(40_001);
    const world = await watchedShopWith(orders);
    // Between the first and the second page of status 3, two orders on the first page are shipped
    // (status 3 -> 2, both completed; status 2 was read already): every later order moves up two,
    // and 40_101 and 40_102, first on the second page until then, are now on the first.
    const shipped = [40_006, 40_008];
    let changed = false;
    world.mww.shop.changeWhilePaging(
      () => {
        for (const number of shipped) world.mww.shop.setStatus(number, 2);
        changed = true;
      },
      { statusId: 3 },
    );

    const run = await world.runtime.engine.run('manual');
    expect(run.outcome).toBe('completed');
    expect(changed).toBe(true);
    expect(orderListings(world, 3).length).toBeGreaterThanOrEqual(2);

    // Every paid order is booked in this run, each once (the one shipped meanwhile too); every
    // unpaid one was seen and waits (the other one shipped meanwhile too).
    const booked = invoicesPerReference(world);
    for (const order of orders) {
      const entry = world.runtime.store.journal.get(String(order.number));
      if (!paid.has(Number(order.number))) {
        expect(entry?.state, String(order.number)).toBe('discovered');
        continue;
      }
      expect(entry?.state, String(order.number)).toBe('done');
      expect(booked.get(entry!.reference!), entry!.reference!).toBe(1);
    }
    expect(run.counts.booked).toBe(paid.size);
    expect(booked.size).toBe(paid.size);
  });

  it('an order that appears before the page being read is booked once, no order twice', async () => {
    const all = ordersAcrossTwoPages(41_001);
    const late = {
      ...all.orders.find((o) => Number(o.number) === 41_050)!,
      payment_status: 'captured' as const,
    };
    const orders = all.orders.filter((o) => o !== undefined && Number(o.number) !== 41_050);
    const paidCount = all.paid.size + 1;
    const world = await watchedShopWith(orders);
    // Between two pages an earlier order number is completed (paid at last): the list grows in front.
    world.mww.shop.addOrder(late);
    let appeared = false;
    world.mww.shop.changeWhilePaging(
      () => {
        world.mww.shop.setStatus(late.number, 3);
        appeared = true;
      },
      { statusId: 3 },
    );

    const run = await world.runtime.engine.run('manual');
    expect(run.outcome).toBe('completed');
    expect(appeared).toBe(true);
    const next = await world.runtime.engine.run('manual');
    expect(next.outcome).toBe('completed');

    const booked = invoicesPerReference(world);
    expect(booked.size).toBe(paidCount);
    for (const [reference, count] of booked) expect(count, reference).toBe(1);
    expect(world.runtime.store.journal.get(String(late.number))?.state).toBe('done');
    expect(run.counts.booked + next.counts.booked).toBe(paidCount);
  });
});

describe('orders seen unpaid are looked at again, each in turn', () => {
  it('with more waiting than one run re-reads, every one is re-read within a few runs', async () => {
    const waiting = plainOrders(42_001, 250, 'pending');
    // Completed three hours ago, before the status window of the next regular runs: an import finds
    // them, and from then on only the re-check looks at them.
    const world = await watchedShopWith(waiting, new Date(Date.now() - 3 * 60 * 60 * 1000));
    const first = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(first.counts.booked).toBe(0);
    expect(world.runtime.store.journal.list({ states: ['discovered'], limit: 1000 })).toHaveLength(250);

    // The last of them by number is paid, without a status change: no status window will list it.
    const paidLater = waiting.at(-1)!;
    world.mww.shop.updateOrder(paidLater.number, { payment_status: 'captured' });

    const reread = new Map<string, number>();
    const countRereads = (from: number) => {
      for (const e of world.mww.server.log.entries.slice(from)) {
        const number = /^\/v1\/orders\/(\d+)$/.exec(e.path)?.[1];
        if (number) reread.set(number, (reread.get(number) ?? 0) + 1);
      }
    };
    // 250 waiting, at most 200 re-read per run: two runs reach every one of them.
    for (let round = 0; round < 2; round++) {
      const from = world.mww.server.log.entries.length;
      const run = await world.runtime.engine.run('manual');
      expect(run.outcome).toBe('completed');
      expect(orderListings(world, 3).slice(-1)[0]?.responseBody).toEqual([]);
      countRereads(from);
    }
    for (const order of waiting)
      expect(reread.get(String(order.number)) ?? 0, String(order.number)).toBeGreaterThan(0);
    expect(world.runtime.store.journal.get(String(paidLater.number))?.state).toBe('done');
    expect(world.moneybird.books.salesInvoices().map((i) => i.reference)).toEqual([
      world.runtime.store.journal.get(String(paidLater.number))!.reference,
    ]);
  });
});
