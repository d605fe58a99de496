// The sync engine against both simulators: what lands in Moneybird for a shop's orders, and what
// happens on the failures the sync promise covers.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDecimal, toFixed } from '../../../src/main/core/money';
import { RUN_LOCK_FILE_NAME } from '../../../src/main/core/store';
import { writtenDay } from '../../../src/shared/i18n/written-day';
import { shopLocalDate } from '../../../src/shared/shop-calendar';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { moneybirdRequestsSince, type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();

const SINCE = '2024-01-01';
const COMPLETED = [2, 3, 6, 10];

function isEligible(order: MwwOrder): boolean {
  const credit = order.credited_order_number !== undefined && order.credited_order_number !== null;
  const zero = parseDecimal(String(order.price?.total ?? '0')) === 0n;
  const paid = credit || zero || order.payment_status === 'captured';
  return COMPLETED.includes(Number(order.status)) && paid && !order.sim_test_order && order.date >= SINCE;
}

function invoicesByReference(world: SyncWorld) {
  const map = new Map<string, unknown[]>();
  for (const invoice of world.moneybird.books.salesInvoices()) {
    map.set(invoice.reference, [...(map.get(invoice.reference) ?? []), invoice]);
  }
  return map;
}

describe('the sync engine', () => {
  it('books every eligible order once as a paid invoice with the shop total, and a second run books nothing', async () => {
    const world = await worlds.start({ seed: 11, orderCount: 40 });
    const announced: string[] = [];
    world.runtime.engine.subscribe((event) => {
      if (event.type === 'log' && /^(Credit order|Order) \S+ booked/.test(event.message.en))
        announced.push(event.orderNumber ?? '?');
    });
    const report = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(report.outcome).toBe('completed');

    const eligible = world.mww.shop.listOrders().filter(isEligible);
    const booked = world.runtime.store.journal.list({ states: ['done'], limit: 1000 });
    const parked = world.runtime.store.journal.list({ states: ['parked'], limit: 1000 });
    // A credit follows its original: while the original is parked, the credit waits in the queue.
    const heldCredits = world.runtime.store.journal
      .list({ states: ['pending'], limit: 1000 })
      .filter((e) => e.creditedOrderNumber && parked.some((p) => p.orderNumber === e.creditedOrderNumber));
    // Every eligible order is accounted for: booked, parked with a reason a person can read, or held.
    expect(booked.length + parked.length + heldCredits.length).toBe(eligible.length);
    expect(booked.length).toBeGreaterThan(eligible.length * 0.8);
    for (const entry of parked) expect(entry.reason?.message.nl).toMatch(/\S{10,}/);

    const invoices = invoicesByReference(world);
    for (const entry of booked) {
      const found = invoices.get(entry.reference!) ?? [];
      expect(found, `invoice of ${entry.orderNumber}`).toHaveLength(1);
      const invoice = found[0] as { total_price_incl_tax: string; state: string; invoice_id: string | null };
      const order = world.mww.shop.getOrder(entry.orderNumber)!;
      const shopTotal = parseDecimal(String(order.price!.total));
      const expected = order.credited_order_number ? -shopTotal : shopTotal;
      expect(toFixed(parseDecimal(invoice.total_price_incl_tax)), `total of ${entry.orderNumber}`).toBe(
        toFixed(expected),
      );
      expect(invoice.state).toBe('paid');
      expect(invoice.invoice_id).toMatch(/\S/);
    }
    // Each booking has one line in the owner's log, stored and announced.
    const bookedNumbers = booked.map((e) => e.orderNumber).sort();
    expect([...announced].sort()).toEqual(bookedNumbers);
    const stored = world.runtime.store.log
      .recent({ limit: 10_000 })
      .filter((line) => /^(Credit order|Order) \S+ booked/.test(line.message.en));
    expect(stored.map((line) => line.orderNumber).sort()).toEqual(bookedNumbers);
    // It names the invoice by the number Moneybird gave it, as the owner finds it there.
    for (const line of stored) {
      const entry = booked.find((e) => e.orderNumber === line.orderNumber)!;
      const invoice = (invoices.get(entry.reference!) ?? [])[0] as { invoice_id: string };
      // A credit order's booking is a credit invoice of its original, and says so.
      expect(line.message.nl).toBe(
        entry.creditedOrderNumber
          ? `Creditorder ${entry.orderNumber} geboekt als creditfactuur ${invoice.invoice_id}, creditering van bestelling ${entry.creditedOrderNumber}.`
          : `Bestelling ${entry.orderNumber} geboekt als factuur ${invoice.invoice_id}.`,
      );
    }
    // The generated shop credits some of its orders: those lines are there.
    expect(booked.some((e) => e.creditedOrderNumber)).toBe(true);
    expect(stored.some((line) => line.message.nl.startsWith('Creditorder'))).toBe(true);
    // Nothing else was created: one invoice per booked order, no invoice for anything not booked.
    expect(world.moneybird.books.salesInvoices()).toHaveLength(booked.length);
    // One contact per customer e-mail address.
    const emails = world.moneybird.books
      .contacts()
      .map((c) => String(c.send_invoices_to_email ?? '').toLowerCase())
      .filter(Boolean);
    expect(new Set(emails).size).toBe(emails.length);

    const before = world.moneybird.server.log.entries.length;
    const again = await world.runtime.engine.run('manual');
    expect(again.counts.booked).toBe(0);
    const writes = moneybirdRequestsSince(world, before).filter((e) => e.method !== 'GET');
    expect(writes).toEqual([]);
  });

  it('books external invoices: created open with the shop reference, then paid', async () => {
    const world = await worlds.start({ seed: 12, orderCount: 15, style: 'external' });
    const report = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(report.outcome).toBe('completed');
    // The import moved the start date back; the log says so as the owner writes a day.
    const moved = world.runtime.store.log
      .recent({ limit: 1000 })
      .find((l) => l.message.nl.startsWith('Startdatum'));
    expect(moved?.message.nl).toContain(`Startdatum ingesteld op ${writtenDay(SINCE, 'nl')}:`);
    expect(moved?.message.nl).not.toContain(SINCE);
    const booked = world.runtime.store.journal.list({ states: ['done'], limit: 1000 });
    expect(booked.length).toBeGreaterThan(5);
    const external = world.moneybird.books.externalSalesInvoices();
    expect(external).toHaveLength(booked.length);
    for (const invoice of external) expect(invoice.state).toBe('paid');
    expect(world.moneybird.books.salesInvoices()).toHaveLength(0);
  });

  it('resolves a create whose answer was lost by finding the invoice by its reference', async () => {
    const world = await worlds.start({ seed: 13, orderCount: 6 });
    world.moneybird.server.faults.add({
      method: 'POST',
      path: /\/sales_invoices(\.json)?$/,
      fault: { kind: 'commit-then-drop' },
      times: 2,
    });
    const report = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(report.outcome).toBe('completed');
    const invoices = invoicesByReference(world);
    for (const [reference, list] of invoices) expect(list, reference).toHaveLength(1);
    const booked = world.runtime.store.journal.list({ states: ['done'], limit: 100 });
    expect(invoices.size).toBe(booked.length);
  });

  it('after a crash between a write and its confirmation, checks Moneybird before writing again', async () => {
    const world = await worlds.start({ seed: 14, orderCount: 6 });
    // The first payment lands but its answer is lost, and the process dies before it can look.
    world.moneybird.server.faults.add({
      method: 'POST',
      path: /\/payments(\.json)?$/,
      fault: { kind: 'timeout' },
    });
    await world.runtime.engine.run('import', { importSince: SINCE });
    const waiting = world.runtime.store.journal.list({ states: ['waiting_transient'], limit: 10 });
    expect(waiting).toHaveLength(1);
    expect(waiting[0]!.writeIntent).toBe('payment');

    // A new process (the same data directory) resumes once the retry is due.
    const runtime = await world.reopen();
    world.clock.now = Date.now() + 24 * 60 * 60 * 1000;
    const report = await runtime.engine.run('manual');
    expect(report.outcome).toBe('completed');
    for (const invoice of world.moneybird.books.salesInvoices()) {
      expect(invoice.payments, invoice.reference).toHaveLength(
        invoice.total_price_incl_tax === '0.0' ? 0 : 1,
      );
      expect(invoice.state).toBe('paid');
    }
  });

  it('lets an order that fails for a while wait with backoff while the rest goes on', async () => {
    const world = await worlds.start({ seed: 15, orderCount: 8 });
    world.moneybird.server.faults.add({
      method: 'POST',
      path: /\/sales_invoices(\.json)?$/,
      fault: { kind: 'status', status: 500, body: { error: 'Internal Server Error' } },
    });
    const report = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(report.counts.waiting).toBe(1);
    expect(report.counts.booked).toBeGreaterThan(0);
    const [waiting] = world.runtime.store.journal.list({ states: ['waiting_transient'], limit: 10 });
    expect(waiting!.nextAttemptAt).toBeGreaterThan(Date.now());
    expect(waiting!.reason?.message.en).toMatch(/tries again/);

    world.clock.now = Date.now() + 24 * 60 * 60 * 1000;
    const later = await world.runtime.engine.run('manual');
    expect(later.counts.booked).toBe(1);
    expect(world.runtime.store.journal.counts().waiting_transient).toBe(0);
  });

  it('stops the run on a revoked token without parking anything, and books once it works again', async () => {
    const world = await worlds.start({ seed: 16, orderCount: 6 });
    world.moneybird.revokeToken(world.moneybird.token);
    const report = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(report.outcome).toBe('blocked');
    expect(report.error?.code).toBe('authentication');
    expect(report.error?.message.nl).toMatch(/opnieuw/);
    expect(world.runtime.store.journal.counts().parked).toBe(0);
    expect(world.moneybird.books.salesInvoices()).toHaveLength(0);
  });

  it('parks an order whose VAT rate has no mapping, and books it on retry once the owner maps it', async () => {
    const orders = generateOrders({ seed: 17, count: 60 }).filter(
      (o) => isEligible(o) && !o.credited_order_number,
    );
    const zeroRated = orders.find((o) =>
      (o.orderlines ?? []).some((l) => {
        const prices = Array.isArray(l.price) ? l.price : [l.price];
        return prices.some((p) => p && parseDecimal(String(p.rate)) === 0n) && !o.tax_strategy;
      }),
    );
    expect(zeroRated, 'the generator makes domestic 0 % lines').toBeDefined();
    const world = await worlds.start({ orders: [zeroRated!], omit: ['taxRates.domestic.0'] });
    const first = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(first.orders[0]).toMatchObject({ outcome: 'parked', reasonCode: 'unmapped_tax_rate' });
    expect(world.moneybird.books.salesInvoices()).toHaveLength(0);

    const { bookkeepingMappingSetting } = await import('../../../src/main/core/sync/sync-settings');
    const mapping = world.runtime.store.settings.get(bookkeepingMappingSetting) as {
      rounding: { taxRateId: string };
      taxRates: Record<string, unknown>;
    };
    mapping.taxRates.domestic = { '0': mapping.rounding.taxRateId };
    world.runtime.store.settings.set(bookkeepingMappingSetting, mapping);
    world.runtime.engine.retry(String(zeroRated!.number));
    const second = await world.runtime.engine.run('manual');
    expect(second.counts.booked).toBe(1);
  });

  it('parks an order whose payment Moneybird answers 404, saying what it no longer knows, not where it asked', async () => {
    const order = generateOrders({ seed: 19, count: 120 }).find(
      (o) =>
        isEligible(o) &&
        !o.credited_order_number &&
        !o.tax_strategy &&
        (!o.tax_region || o.tax_region === 'NL'),
    )!;
    const world = await worlds.start({ orders: [order] });
    world.moneybird.server.faults.add({
      method: 'POST',
      path: /\/payments(\.json)?$/,
      fault: { kind: 'status', status: 404, body: { error: 'record not found' } },
    });
    const run = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(run.orders[0]).toMatchObject({ outcome: 'parked', reasonCode: 'moneybird_not-found' });
    const reason = world.runtime.store.journal.get(String(order.number))!.reason!;
    expect(reason.message.nl).toMatch(
      /^Moneybird weigerde bestelling \d+: Moneybird kent dit niet \(meer\): factuur \d+/,
    );
    for (const text of [reason.message.nl, reason.message.en]) expect(text).not.toMatch(/https?:|\.json/);
  });

  it('parks an order Moneybird refuses without a field, with its reason or saying it gave none', async () => {
    const orders = generateOrders({ seed: 19, count: 120 })
      .filter(
        (o) =>
          isEligible(o) &&
          !o.credited_order_number &&
          !o.tax_strategy &&
          (!o.tax_region || o.tax_region === 'NL'),
      )
      .slice(0, 2);
    const world = await worlds.start({ orders });
    for (const body of [{ error: 'Invoice date is not allowed' }, {}])
      world.moneybird.server.faults.add({
        method: 'POST',
        path: /\/sales_invoices\.json$/,
        fault: { kind: 'status', status: 422, body },
      });
    expect((await world.runtime.engine.run('import', { importSince: SINCE })).outcome).toBe('completed');
    const [said, silent] = orders.map(
      (o) => world.runtime.store.journal.get(String(o.number))!.reason!.message,
    );
    expect(said!.nl).toMatch(/^Moneybird weigerde bestelling \d+: Invoice date is not allowed\. Pas dit aan/);
    expect(silent!.nl).toMatch(/^Moneybird weigerde bestelling \d+: zonder te zeggen waarom\. Pas dit aan/);
    expect(silent!.en).toMatch(/^Moneybird refused order \d+: without saying why\. Correct this/);
  });

  it('books a retried foreign (OSS) order at the foreign rate Moneybird has for that country', async () => {
    const oss = generateOrders({ seed: 19, count: 120 }).find(
      (o) =>
        isEligible(o) && !o.credited_order_number && o.tax_region && o.tax_region !== 'NL' && !o.tax_strategy,
    );
    expect(oss, 'the generator makes OSS orders').toBeDefined();
    const world = await worlds.start({ orders: [oss!] });
    world.moneybird.server.faults.add({
      method: 'POST',
      path: /\/sales_invoices(\.json)?$/,
      fault: { kind: 'status', status: 422, body: { error: { contact_id: ['is invalid'] }, details: {} } },
    });
    const first = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(first.orders[0]).toMatchObject({ outcome: 'parked', reasonCode: 'moneybird_validation' });
    world.moneybird.contract?.take();

    world.runtime.engine.retry(String(oss!.number));
    const second = await world.runtime.engine.run('manual');
    expect(second.counts.booked).toBe(1);
    const [invoice] = world.moneybird.books.salesInvoices();
    const rates = new Set(invoice.details.map((d: { tax_rate_id: string }) => d.tax_rate_id));
    const taxRates = (await (
      await fetch(`${world.moneybird.apiBaseUrl}/${world.moneybird.administrationId}/tax_rates.json`, {
        headers: { authorization: `Bearer ${world.moneybird.token}` },
      })
    ).json()) as Array<{ id: string; country: string | null }>;
    for (const id of rates) expect(taxRates.find((r) => r.id === id)?.country).toBe(oss!.tax_region);
  });

  it('does not sync while another process syncs with the same data folder, and says so', async () => {
    const world = await worlds.start({ seed: 11, orderCount: 10 });
    // The parent of this process stands for the other Winkelbrug process: alive while the test runs.
    writeFileSync(join(world.dataDir, RUN_LOCK_FILE_NAME), `${process.ppid}\n`);
    const before = world.moneybird.server.log.entries.length;
    const blocked = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(blocked.outcome).toBe('blocked');
    expect(blocked.error?.code).toBe('running_elsewhere');
    expect(blocked.error?.message.nl).toContain(`pid ${process.ppid}`);
    expect(world.moneybird.server.log.entries.length).toBe(before);
    expect(world.mww.server.log.entries.length).toBe(0);
    // The other process is done: the lock file is its to remove, and then this one syncs.
    rmSync(join(world.dataDir, RUN_LOCK_FILE_NAME));
    const report = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(report.outcome).toBe('completed');
    expect(report.counts.booked).toBeGreaterThan(0);
    expect(existsSync(join(world.dataDir, RUN_LOCK_FILE_NAME))).toBe(false);
  });

  it('finds an order that became completed and paid later through the status-change window', async () => {
    const [order] = generateOrders({ seed: 18, count: 40 }).filter(
      (o) => isEligible(o) && !o.credited_order_number && Number(o.status) === 3,
    );
    const pending: MwwOrder = {
      ...order!,
      status: 1,
      payment_status: 'pending',
      // Today as the shop counts days (Amsterdam): the start date defaults to that day.
      date: shopLocalDate(Date.now()),
    };
    const world = await worlds.start({ orders: [pending] });
    const first = await world.runtime.engine.run('manual');
    expect(first.counts.booked).toBe(0);

    world.mww.shop.updateOrder(pending.number, { payment_status: 'captured' });
    world.mww.shop.setStatus(pending.number, 3);
    const second = await world.runtime.engine.run('manual');
    expect(second.counts.booked).toBe(1);
    expect(world.moneybird.books.salesInvoices()).toHaveLength(1);
  });
});
