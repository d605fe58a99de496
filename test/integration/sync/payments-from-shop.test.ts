// Payments are booked from the shop's own payment records: each dated on the day the provider
// captured it (Amsterdam), carrying the provider's transaction reference, so Moneybird can match it
// with the payout and the bank. Expectations are read from the Mijnwebwinkel simulator's payments
// view directly, not through the product's client.
import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../../src/main/core/money';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import { isPlainDomesticSale, type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();

const SINCE = '2024-01-01';

interface ShopPayment {
  gatewayReference: string;
  isTest: boolean;
  mutations: Array<{ type: string; createdAt: string; price: number }>;
}

async function shopPayments(w: SyncWorld, number: string): Promise<ShopPayment[]> {
  const url = new URL(`/v1/orders/${number}/payments`, w.mww.url);
  url.searchParams.set('embed', 'mutations');
  url.searchParams.set('partner_token', w.mww.partnerToken);
  url.searchParams.set('token', w.mww.token);
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return ((await response.json()) as { payments: ShopPayment[] }).payments;
}

/** The calendar day in Amsterdam of an ISO timestamp, computed here on its own. */
const amsterdamDay = (iso: string) =>
  new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

describe('payments from the shop’s records', () => {
  it('dates each payment on its capture and names the provider’s transaction', async () => {
    const orders = generateOrders({ seed: 17, count: 30 }).filter((o) => isPlainDomesticSale(o, SINCE));
    const world = await worlds.start({ orders });
    const report = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(report.outcome).toBe('completed');

    let checked = 0;
    for (const order of orders) {
      const entry = world.runtime.store.journal.get(String(order.number));
      if (entry?.state !== 'done') continue;
      const invoice = world.moneybird.books.salesInvoices().find((i) => i.reference === entry.reference)!;
      const records = (await shopPayments(world, String(order.number))).filter((p) => !p.isTest);
      const captures = records.flatMap((p) =>
        p.mutations.filter((m) => m.type === 'capture').map((m) => ({ ...m, reference: p.gatewayReference })),
      );
      if (captures.length === 0 || parseDecimal(String(order.price!.total)) === 0n) continue;
      expect(
        invoice.payments.map((p: { payment_date: string; transaction_identifier: string }) => [
          p.payment_date,
          p.transaction_identifier,
        ]),
      ).toEqual(captures.map((c) => [amsterdamDay(c.createdAt), c.reference]));
      checked++;
    }
    // Most orders of a webshop are paid online: the test must have seen them.
    expect(checked).toBeGreaterThan(5);
  }, 120_000);

  it('a shop that refuses the payments view books as before, and the next run asks again', async () => {
    const orders = generateOrders({ seed: 17, count: 30 }).filter((o) => isPlainDomesticSale(o, SINCE));
    const world = await worlds.start({ orders });
    const paymentReads = (from = 0) =>
      world.mww.server.log.entries.slice(from).filter((e) => e.path.endsWith('/payments')).length;
    // A 403 in the shop's problem format, about this view only: the orders themselves are readable.
    world.mww.server.faults.add({
      path: /\/payments$/,
      fault: {
        kind: 'status',
        status: 403,
        body: {
          title: 'Forbidden',
          detail: 'Access to payments is not granted to this partner',
          status: 403,
        },
      },
      times: Infinity,
    });
    const report = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(report.outcome).toBe('completed');
    const booked = orders.map((o) => world.runtime.store.journal.get(String(o.number))!);
    expect(booked.every((e) => e.state === 'done')).toBe(true);
    // Asked once, then booked on the order's own date under the booking reference.
    expect(paymentReads()).toBe(1);
    const invoice = world.moneybird.books.salesInvoices().find((i) => i.reference === booked[0]!.reference)!;
    expect(invoice.payments.map((p: { transaction_identifier: string }) => p.transaction_identifier)).toEqual(
      [booked[0]!.reference],
    );

    // The refusal was for that run: once the view answers again, the next run reads the records.
    world.mww.server.faults.clear();
    const next = orders[0]!;
    const number = 990_001;
    world.mww.shop.addOrder({ ...structuredClone(next), number, status: 1 });
    world.mww.shop.setStatus(number, 3);
    const from = world.mww.server.log.entries.length;
    world.clock.now = Date.now() + 10 * 60 * 1000;
    expect((await world.runtime.engine.run('scheduled')).outcome).toBe('completed');
    expect(paymentReads(from)).toBeGreaterThan(0);
    const entry = world.runtime.store.journal.get(String(number))!;
    expect(entry.state).toBe('done');
    const records = (await shopPayments(world, String(number))).filter((p) => !p.isTest);
    const again = world.moneybird.books.salesInvoices().find((i) => i.reference === entry.reference)!;
    expect(again.payments.map((p: { transaction_identifier: string }) => p.transaction_identifier)).toEqual(
      records.map((p) => p.gatewayReference),
    );
  }, 120_000);
});
