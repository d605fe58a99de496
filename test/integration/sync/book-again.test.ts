// A booked order whose invoice the owner deleted in Moneybird afterwards, booked again at the owner's
// request. The deletion is confirmed with Moneybird at that moment; the order goes back to the queue
// and the next run books it once: on a new invoice, or on the one the owner made again by hand under
// its reference. Nothing is booked again while the invoice is there, while another administration is
// connected, or when asked twice. When the owner meant the deletion, the order is left out of the
// books by choice, and a retry books it after all.
import { describe, expect, it } from 'vitest';
import { createBookAgainChannels } from '../../../src/main/core/app-service/book-again-channels';
import { journalPart } from '../../../src/main/core/app-service/order-channels';
import { createOrderOverview } from '../../../src/main/core/store';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import {
  controllerOn,
  isPlainDomesticSale,
  moneybirdRequestsSince,
  type SyncWorld,
  worldPerTest,
} from './support';

const worlds = worldPerTest();

const SINCE = '2024-01-01';

/** Plain Dutch sales booked by the engine, and the channel as the app service builds it. */
async function bookedWorld(count = 6) {
  const orders = generateOrders({ seed: 23, count: 80 })
    .filter((o) => isPlainDomesticSale(o, SINCE))
    .slice(0, count);
  expect(orders.length).toBe(count);
  const w = await worlds.start({ orders });
  expect((await w.runtime.engine.run('import', { importSince: SINCE })).outcome).toBe('completed');
  // A regular run after the import: from here on the journal vouches for its orders, so only an
  // order marked for it is looked up in Moneybird before it is booked.
  expect((await w.runtime.engine.run('manual')).outcome).toBe('completed');
  const { sync, retried } = controllerOn(w);
  let connected = true;
  const channels = createBookAgainChannels(
    w.runtime.store,
    () => (connected ? w.runtime.moneybird : null),
    sync,
  );
  const orderNumber = String(orders[0]!.number);
  const booked = w.runtime.store.journal.get(orderNumber)!;
  expect(booked.state).toBe('done');
  return {
    w,
    orderNumber,
    booked,
    retried,
    bookAgain: () => channels['orders.bookAgain']({ orderNumber }),
    leaveDeleted: () => channels['orders.leaveDeleted']({ orderNumber }),
    disconnect: () => {
      connected = false;
    },
  };
}

const invoicesWith = (w: SyncWorld, reference: string | null) =>
  w.moneybird.books.salesInvoices().filter((i) => i.reference === reference);

describe('booking again an order whose invoice was deleted in Moneybird', () => {
  it('refuses while the invoice is there, and books it once, on a new invoice, after it was deleted', async () => {
    const { w, orderNumber, booked, retried, bookAgain } = await bookedWorld();
    const [original] = invoicesWith(w, booked.reference);
    expect(original.id).toBe(booked.moneybird.invoiceId);

    const still = await bookAgain();
    expect(still.accepted).toBe(false);
    expect(still.reason?.nl).toContain('staat nog in Moneybird');
    expect(w.runtime.store.journal.get(orderNumber)!.state).toBe('done');
    expect(retried).toEqual([]);

    w.moneybird.owner.deleteInvoice(original.id);
    const before = w.moneybird.server.log.entries.length;
    const answer = await bookAgain();
    expect(answer.accepted).toBe(true);
    // Confirmed by the invoice's own id, in the administration the journal knows it was booked in.
    expect(
      moneybirdRequestsSince(w, before).map((r) => `${r.method} ${r.path.replace(/\/\d+/g, '/:id')}`),
    ).toEqual(['GET /api/v2/:id/sales_invoices/:id.json']);
    expect(retried).toEqual([orderNumber]);
    const queued = w.runtime.store.journal.get(orderNumber)!;
    expect(queued).toMatchObject({ state: 'pending', adoption: 'look_up', reference: booked.reference });
    expect(queued.moneybird).toEqual({ contactId: null, invoiceId: null, paymentId: null });
    expect(w.runtime.store.vatFigures.isGone(orderNumber)).toBe(true);
    expect(
      w.runtime.store.log
        .recent({ orderNumber, limit: 5 })
        .some((l) => l.message.nl.includes('opnieuw geboekt')),
    ).toBe(true);

    // A second click (another window) finds the order no longer booked.
    const twice = await bookAgain();
    expect(twice.accepted).toBe(false);
    expect(twice.reason?.nl).toContain('niets opnieuw geboekt');

    const run = await w.runtime.engine.run('manual');
    expect(run.outcome).toBe('completed');
    const rebooked = w.runtime.store.journal.get(orderNumber)!;
    expect(rebooked.state).toBe('done');
    expect(rebooked.moneybird.invoiceId).not.toBe(original.id);
    const [again, ...more] = invoicesWith(w, booked.reference);
    expect(more).toEqual([]);
    expect(again.id).toBe(rebooked.moneybird.invoiceId);
    expect(again.contact_id).toBe(original.contact_id);
    expect(again.total_price_incl_tax).toBe(original.total_price_incl_tax);
    expect(again.state).toBe('paid');
    expect(w.runtime.store.vatFigures.isGone(orderNumber)).toBe(false);
    // Booked like any order again: counted as booked, not as deleted.
    const counts = createOrderOverview(w.runtime.store.db).stateCounts();
    expect(counts.deleted_in_moneybird).toBe(0);
    expect(counts.booked).toBe(6);
  });

  it('keeps each deleted invoice’s number with the step that took it back, and never takes it for the booking', async () => {
    const { w, orderNumber, booked, bookAgain } = await bookedWorld(2);
    const { store } = w.runtime;
    const deleted: Array<{ id: string; number: string | null }> = [];
    // Deleted in Moneybird and booked again, twice.
    for (let round = 0; round < 2; round++) {
      const [invoice] = invoicesWith(w, booked.reference);
      expect(invoice.invoice_id).toMatch(/^\d{4}-\d{4}$/);
      expect(store.journal.get(orderNumber)!.invoiceNumber).toBe(invoice.invoice_id);
      w.moneybird.owner.deleteInvoice(invoice.id);
      deleted.push({ id: invoice.id, number: invoice.invoice_id });
      expect((await bookAgain()).accepted).toBe(true);
      expect((await w.runtime.engine.run('manual')).outcome).toBe('completed');
    }
    const steps = store.journal.steps(orderNumber);
    expect(steps.filter((s) => s.deletedInvoice !== null).map((s) => s.deletedInvoice)).toEqual(deleted);
    // Each kept on the step the owner's request took, right after the booking it took back.
    for (const [index, step] of steps.entries())
      if (step.deletedInvoice) expect([steps[index - 1]?.state, step.state]).toEqual(['done', 'pending']);
    // Booked once, on the third invoice: the journal knows it alone, and the page names it as the booking.
    const [current, ...more] = invoicesWith(w, booked.reference);
    expect(more).toEqual([]);
    const entry = store.journal.get(orderNumber)!;
    expect(entry).toMatchObject({ state: 'done', invoiceNumber: current.invoice_id });
    expect(entry.moneybird.invoiceId).toBe(current.id);
    const known = store.journal.knownInvoiceIds();
    expect(deleted.some((d) => known.has(d.id))).toBe(false);
    expect(store.vatFigures.isGone(orderNumber)).toBe(false);
    const page = journalPart(store, entry, w.moneybird.administrationId);
    expect(page.summary).toMatchObject({ state: 'booked', invoiceNumber: current.invoice_id });
    expect(page.steps.flatMap((s) => (s.deletedInvoice ? [s.deletedInvoice.number] : []))).toEqual(
      deleted.map((d) => d.number),
    );
  });

  it('takes over the invoice the owner made again by hand under the order’s reference instead of doubling it', async () => {
    const { w, orderNumber, booked, bookAgain } = await bookedWorld();
    const [original] = invoicesWith(w, booked.reference);
    const rates = await taxRateNames(w);
    w.moneybird.owner.deleteInvoice(original.id);
    const remade = w.moneybird.owner.addInvoice({
      kind: 'sales',
      contactId: original.contact_id,
      reference: original.reference,
      date: original.invoice_date,
      pricesAreInclTax: original.prices_are_incl_tax,
      lines: original.details.map(
        (d: { description: string; price: string; amount: string; tax_rate_id: string }) => ({
          description: d.description,
          price: d.price,
          amount: d.amount.replace(/\s*x$/, ''),
          taxRate: rates.get(d.tax_rate_id)!,
        }),
      ),
      state: 'paid',
    });
    expect((await bookAgain()).accepted).toBe(true);
    const before = w.moneybird.server.log.entries.length;
    expect((await w.runtime.engine.run('manual')).outcome).toBe('completed');
    const adopted = w.runtime.store.journal.get(orderNumber)!;
    expect(adopted).toMatchObject({ state: 'done', adoption: 'adopted' });
    expect(adopted.moneybird.invoiceId).toBe(remade.id);
    expect(invoicesWith(w, booked.reference)).toHaveLength(1);
    // Only reads: the look-up's list and batch read (a POST that writes nothing).
    const writes = moneybirdRequestsSince(w, before).filter(
      (r) => r.method !== 'GET' && !r.path.endsWith('/synchronization.json'),
    );
    expect(writes).toEqual([]);
  });

  it('leaves the order out of the books when the owner meant the deletion, and books it after all on a retry', async () => {
    const { w, orderNumber, booked, leaveDeleted } = await bookedWorld();
    const still = await leaveDeleted();
    expect(still.reason?.nl).toContain('staat nog in Moneybird');
    w.moneybird.owner.deleteInvoice(booked.moneybird.invoiceId!);
    expect(await leaveDeleted()).toMatchObject({ accepted: true, runId: null });
    const left = w.runtime.store.journal.get(orderNumber)!;
    expect(left).toMatchObject({
      state: 'skipped',
      adoption: 'look_up',
      reason: { code: 'deleted_by_owner' },
    });
    expect(left.reason?.message.nl).toContain('niet opnieuw te boeken');
    expect(left.moneybird.invoiceId).toBeNull();
    // Out of the books by choice: no longer among what needs the owner.
    const counts = createOrderOverview(w.runtime.store.db).stateCounts();
    expect(counts).toMatchObject({ deleted_in_moneybird: 0, skipped: 1, booked: 5 });
    expect((await w.runtime.engine.run('manual')).outcome).toBe('completed');
    expect(invoicesWith(w, booked.reference)).toEqual([]);

    // Months later it belongs in the books after all: a retry books it, once.
    w.runtime.engine.retry(orderNumber);
    expect((await w.runtime.engine.run('manual')).outcome).toBe('completed');
    expect(w.runtime.store.journal.get(orderNumber)!.state).toBe('done');
    expect(invoicesWith(w, booked.reference)).toHaveLength(1);
  });

  it('books nothing again when the other bookings are missing too: another administration is connected', async () => {
    const { w, orderNumber, bookAgain } = await bookedWorld();
    // Booked before the journal kept each booking's administration (migration 18): only the other
    // bookings can tell whether the administration connected is the one they were booked in.
    w.runtime.store.db.exec('UPDATE order_journal SET moneybird_administration_id = NULL');
    for (const invoice of w.moneybird.books.salesInvoices()) w.moneybird.owner.deleteInvoice(invoice.id);
    const answer = await bookAgain();
    expect(answer.accepted).toBe(false);
    expect(answer.reason?.nl).toContain('andere administratie');
    expect(w.runtime.store.journal.get(orderNumber)!.state).toBe('done');
    expect(w.runtime.store.vatFigures.isGone(orderNumber)).toBe(false);
  });

  it('says what to do when Moneybird is not connected or cannot be reached, and changes nothing', async () => {
    const { w, orderNumber, booked, bookAgain, disconnect } = await bookedWorld(2);
    w.moneybird.owner.deleteInvoice(booked.moneybird.invoiceId!);
    w.moneybird.server.faults.add({
      method: 'GET',
      path: /\/sales_invoices\/\d+\.json/,
      times: Number.POSITIVE_INFINITY,
      fault: { kind: 'status', status: 500, body: { error: 'Internal server error' } },
    });
    const outage = await bookAgain();
    w.moneybird.server.faults.clear();
    expect(outage.accepted).toBe(false);
    expect(outage.reason?.nl).toContain('probeer het over een paar minuten nog eens');
    disconnect();
    const offline = await bookAgain();
    expect(offline.reason?.nl).toContain('Koppel Moneybird opnieuw bij Instellingen');
    expect(w.runtime.store.journal.get(orderNumber)!.state).toBe('done');
  });
});

/** The simulator's sales tax rates by id, as the owner picks them by name in Moneybird's app. */
async function taxRateNames(w: SyncWorld): Promise<Map<string, string>> {
  const response = await fetch(`${w.moneybird.apiBaseUrl}/${w.moneybird.administrationId}/tax_rates.json`, {
    headers: { authorization: `Bearer ${w.moneybird.token}` },
  });
  const rates = (await response.json()) as Array<{ id: string; name: string }>;
  return new Map(rates.map((r) => [r.id, r.name]));
}
