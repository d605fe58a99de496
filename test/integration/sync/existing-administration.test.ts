// Winkelbrug connected to a Moneybird administration that was in use before: it already holds the
// shop's customers (two contacts sharing one e-mail address, since Moneybird does not dedupe, and an
// archived one) and bookings of the shop's orders with our references, entered earlier. The customers
// are found, never created again or taken for a look-alike; the bookings are adopted, never made twice,
// and one that is not plainly the order's is left alone.
import { describe, expect, it } from 'vitest';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import type { ExistingInvoice } from '../../sim/moneybird/index';
import { isPlainDomesticSale, moneybirdRequestsSince, worldPerTest } from './support';

const worlds = worldPerTest();

const SINCE = '2024-01-01';

/**
 * Plain Dutch sales in euros of different customers, each one article (quantity 1) at 21 % or 9 %:
 * an invoice entered by hand with that one line has exactly the shop's total and VAT.
 */
function singleLineOrders(count: number): MwwOrder[] {
  const seen = new Set<string>();
  const found = generateOrders({ seed: 71, count: 1500 }).filter((o) => {
    const lines = o.orderlines ?? [];
    const line = lines[0];
    const price = line && !Array.isArray(line.price) ? line.price : undefined;
    const ok =
      isPlainDomesticSale(o, SINCE) &&
      o.currency === 'EUR' &&
      Boolean(o.debtor?.email) &&
      !seen.has(o.debtor.email!.toLowerCase()) &&
      lines.length === 1 &&
      Number(line!.quantity) === 1 &&
      (price?.rate === '21.00' || price?.rate === '9.00') &&
      price?.amount_including_tax === o.price?.total;
    if (ok) seen.add(o.debtor.email!.toLowerCase());
    return ok;
  });
  expect(found.length, 'the generator makes enough single-article orders').toBeGreaterThanOrEqual(count);
  return found.slice(0, count);
}

/** The invoice the owner entered earlier for this order: one line, the order's article. */
function enteredEarlier(
  order: MwwOrder,
  contactId: string,
  kind: 'sales' | 'external',
  state: ExistingInvoice['state'],
): ExistingInvoice {
  const line = order.orderlines![0]!;
  const price = line.price as { amount_including_tax: string; rate: string };
  return {
    kind,
    contactId,
    reference: `MWW-${order.number}`,
    date: order.date,
    state,
    lines: [
      {
        description: line.description ?? 'Artikel',
        price: price.amount_including_tax,
        taxRate: price.rate === '21.00' ? '21% btw' : '9% btw',
      },
    ],
  };
}

const isWrite = (e: { method: string; path: string }) =>
  e.method !== 'GET' && !/\/synchronization(\.json)?$/.test(e.path);

describe("an administration that already holds the shop's customers", () => {
  it('books on one of two contacts sharing the e-mail, on the archived one, never on a look-alike, never a new one', async () => {
    const [a, b, c] = singleLineOrders(3);
    const truus = (order: MwwOrder, email: string): MwwOrder => ({
      ...order,
      debtor: { ...order.debtor, email },
    });
    const orders = [truus(a!, 'truus@voorbeeld.nl'), truus(b!, ' Truus@Voorbeeld.NL'), c!];
    const world = await worlds.start({ orders });
    const { owner } = world.moneybird;
    // Look-alikes first (older, lower ids): a fuzzy search would find these.
    const lookAlikes = [
      owner.addContact({
        firstname: 'Truus',
        lastname: 'Anders',
        send_invoices_to_email: 'truus@voorbeeld.nl.eu',
      }),
      owner.addContact({
        firstname: 'Bertruus',
        lastname: 'Voorbeeld',
        send_invoices_to_email: 'bertruus@voorbeeld.nl',
      }),
    ];
    const sharing = [
      owner.addContact({
        firstname: 'Truus',
        lastname: 'Voorbeeld',
        send_invoices_to_email: 'truus@voorbeeld.nl',
      }),
      owner.addContact({ company_name: 'Truus Design', send_invoices_to_email: 'TRUUS@voorbeeld.nl' }),
    ];
    const archived = owner.addContact({
      firstname: 'Vaste',
      lastname: 'Klant',
      send_invoices_to_email: c!.debtor.email!,
      archived: true,
    });

    const report = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(report.outcome).toBe('completed');
    expect(report.counts.booked).toBe(3);
    expect(world.moneybird.books.contacts()).toHaveLength(5);
    const contactOf = (order: MwwOrder) =>
      world.moneybird.books.salesInvoices().find((i) => i.reference === `MWW-${order.number}`)?.contact_id;

    // Moneybird holds the customer twice; either contact is hers. Her orders go on one of them, the same.
    const used = contactOf(a!);
    expect(sharing.map((s) => s.id)).toContain(used);
    expect(contactOf(b!)).toBe(used);
    expect(lookAlikes.map((l) => l.id)).not.toContain(used);
    // The returning customer whose contact was archived is that contact again.
    expect(contactOf(c!)).toBe(archived.id);
  });
});

describe('an administration that already holds bookings of these orders', () => {
  for (const kind of ['sales', 'external'] as const) {
    it(`${kind}: paid is adopted, open is adopted and paid, another total is parked, the rest is booked; none twice`, async () => {
      const [paid, open, other, fresh] = singleLineOrders(4);
      const world = await worlds.start({ orders: [paid!, open!, other!, fresh!], style: kind });
      const { owner } = world.moneybird;
      const contactFor = (order: MwwOrder) =>
        owner.addContact({
          firstname: 'Klant',
          lastname: String(order.number),
          send_invoices_to_email: order.debtor.email!,
        });
      owner.addInvoice(enteredEarlier(paid!, contactFor(paid!).id, kind, 'paid'));
      owner.addInvoice(enteredEarlier(open!, contactFor(open!).id, kind, 'open'));
      const differs = enteredEarlier(other!, contactFor(other!).id, kind, 'paid');
      differs.lines.push({ description: 'Cadeauverpakking', price: '2.50', taxRate: '21% btw' });
      owner.addInvoice(differs);
      const invoices = () =>
        kind === 'sales'
          ? world.moneybird.books.salesInvoices()
          : world.moneybird.books.externalSalesInvoices();
      const byReference = (order: MwwOrder) =>
        invoices().filter((i) => i.reference === `MWW-${order.number}`);
      const paymentsBefore = world.moneybird.books.payments().length;

      const from = world.moneybird.server.log.entries.length;
      const report = await world.runtime.engine.run('import', { importSince: SINCE });
      expect(report.outcome).toBe('completed');
      const journal = (order: MwwOrder) => world.runtime.store.journal.get(String(order.number))!;
      for (const order of [paid!, open!, other!, fresh!])
        expect(journal(order).reference).toBe(`MWW-${order.number}`);

      // Each reference is on one invoice: nothing was booked a second time.
      expect(invoices()).toHaveLength(4);
      for (const order of [paid!, open!, other!, fresh!])
        expect(byReference(order), String(order.number)).toHaveLength(1);

      expect(journal(paid!)).toMatchObject({ state: 'done', adoption: 'adopted' });
      expect(journal(paid!).moneybird.invoiceId).toBe(byReference(paid!)[0].id);
      expect(journal(open!)).toMatchObject({ state: 'done', adoption: 'adopted' });
      expect(byReference(open!)[0].state).toBe('paid');
      expect(byReference(open!)[0].payments).toHaveLength(1);
      expect(journal(other!).state).toBe('parked');
      expect(journal(other!).reason?.code).toBe('booking_not_ours');
      expect(byReference(other!)[0].payments).toHaveLength(1);
      expect(journal(fresh!).state).toBe('done');
      expect(journal(fresh!).adoption).not.toBe('adopted');
      // Two payments registered by the app: the open invoice's and the fresh order's.
      expect(world.moneybird.books.payments()).toHaveLength(paymentsBefore + 2);

      // No write touched the paid booking or the one that is not the order's.
      const writes = moneybirdRequestsSince(world, from).filter(isWrite);
      for (const order of [paid!, other!]) {
        const id = byReference(order)[0].id;
        expect(
          writes.filter((w) => w.path.includes(id)),
          String(order.number),
        ).toEqual([]);
      }
      const creates = writes.filter((w) => /\/(external_)?sales_invoices(\.json)?$/.test(w.path));
      expect(creates).toHaveLength(1);
    });
  }
});
