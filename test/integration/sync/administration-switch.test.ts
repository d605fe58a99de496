// Orders the owner's switch of Moneybird administration catches half-way: their invoice is in the
// administration switched away from, not in the one connected now, and it was not deleted. The
// journal knows where each booking was made (migration 18), so neither is taken for deleted and made
// again in the new administration (the order twice in the books):
// 1. an order whose booking was begun there (an external invoice made, its payment not yet) is
//    parked saying to finish it in that administration;
// 2. a credit order of a sale booked there is parked saying to settle the credit there, and the sale
//    is not offered to be booked again.
// In both, nothing is written in either administration, then or by the next runs.
import { describe, expect, it } from 'vitest';
import { TransientError } from '../../../src/main/core/http/errors';
import { switchAdministration } from './administration-books';
import {
  completeInShop,
  entryOf,
  saleOn,
  screensOf,
  shopCredits,
  shopSells,
  writesIn,
} from './deleted-bookings';
import { creditOf } from './shop-sales';
import { moneybirdRequestsSince, type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();
const DAY_MS = 24 * 60 * 60 * 1000;

/** Every invoice of either kind (credit notes among them) of an administration under the order's reference. */
const invoicesOf = (w: SyncWorld, orderNumber: number | string, administrationId: string) =>
  [
    ...w.moneybird.books.salesInvoices(administrationId),
    ...w.moneybird.books.externalSalesInvoices(administrationId),
  ].filter((i: { reference?: string | null }) => String(i.reference ?? '').endsWith(`-${orderNumber}`));

describe('a switch of administration with orders half-way', () => {
  it('an order begun in the administration left is parked to be finished there, not booked again here', async () => {
    const w = await worlds.startKnown({ style: 'external' });
    const [oldAdmin, newAdmin] = w.moneybird.administrations.map((a) => a.id) as [string, string];
    // Moneybird is unavailable just as the external invoice's payment is registered.
    const client = w.runtime.moneybird;
    client.createExternalSalesInvoicePayment = async () => {
      throw new TransientError(
        { service: 'moneybird', method: 'POST', url: '/payments' },
        503,
        'unavailable',
      );
    };
    const order = saleOn(969_001, '2026-10-05');
    completeInShop(w, order);
    await w.runtime.engine.run('manual');
    expect(entryOf(w, order.number)).toMatchObject({
      state: 'waiting_transient',
      progress: 'invoice_created',
      administrationId: oldAdmin,
    });
    expect(invoicesOf(w, order.number, oldAdmin)).toHaveLength(1);

    await switchAdministration(w, newAdmin, { bookingStyle: 'external' });
    // Its retry comes due in the new administration.
    w.clock.now = Date.now() + DAY_MS;
    const from = w.moneybird.server.log.entries.length;
    await w.runtime.engine.run('manual');
    const parked = entryOf(w, order.number);
    expect(parked.state, JSON.stringify(parked.reason)).toBe('parked');
    expect(parked.reason?.code).toBe('booking_other_administration');
    expect(parked.reason!.message.nl).toContain('andere Moneybird-administratie');
    expect(parked.reason!.message.nl).toContain('Overslaan');
    expect(parked.reason!.message.en).toContain('another Moneybird administration');
    expect(parked.reason!.message.en).toContain('Skip');
    expect(parked).toMatchObject({
      administrationId: oldAdmin,
      moneybird: { invoiceId: expect.any(String) },
    });
    expect(writesIn(moneybirdRequestsSince(w, from))).toEqual([]);
    expect(invoicesOf(w, order.number, newAdmin)).toEqual([]);
    expect(invoicesOf(w, order.number, oldAdmin)).toHaveLength(1);

    // Retried by the owner anyway: parked again, still nothing made.
    w.runtime.engine.retry(String(order.number));
    await w.runtime.engine.run('manual');
    expect(entryOf(w, order.number).state).toBe('parked');
    expect(writesIn(moneybirdRequestsSince(w, from))).toEqual([]);
    expect(invoicesOf(w, order.number, newAdmin)).toEqual([]);
  });

  it('a credit of a sale booked in the administration left is parked saying so, and nothing is credited', async () => {
    const w = await worlds.startKnown();
    const [oldAdmin, newAdmin] = w.moneybird.administrations.map((a) => a.id) as [string, string];
    const sold = saleOn(968_001, '2026-10-05');
    await shopSells(w, sold);
    expect(entryOf(w, sold.number)).toMatchObject({ state: 'done', administrationId: oldAdmin });

    await switchAdministration(w, newAdmin, { bookingStyle: 'sales' });
    const credit = creditOf(sold, 968_002, ['thee']);
    shopCredits(w, credit);
    const from = w.moneybird.server.log.entries.length;
    await w.runtime.engine.run('manual');

    const parked = entryOf(w, credit.number);
    expect(parked.state, JSON.stringify(parked.reason)).toBe('parked');
    expect(parked.reason?.code).toBe('original_other_administration');
    expect(parked.reason!.message.nl).toContain('andere Moneybird-administratie');
    expect(parked.reason!.message.nl).toContain('Overslaan');
    expect(parked.reason!.message.en).toContain('another Moneybird administration');
    expect(parked.reason!.message.en).toContain('Skip');
    // The sale by its invoice number, both administrations by name.
    const [oldName, newName] = w.moneybird.administrations.map((a) => a.name) as [string, string];
    expect(parked.reason!.message.nl).toContain(
      `staat op factuur ${entryOf(w, sold.number).invoiceNumber} in een andere Moneybird-administratie, "${oldName}", geboekt voordat je overstapte naar "${newName}"`,
    );
    expect(parked.reason!.message.en).toContain(`Settle the credit yourself in "${oldName}"`);
    // Not "deleted": the sale was not looked for in the new administration, let alone taken back.
    expect(parked.reason!.message.nl).not.toContain('staat niet meer in Moneybird');
    expect(writesIn(moneybirdRequestsSince(w, from))).toEqual([]);
    expect(invoicesOf(w, credit.number, oldAdmin)).toEqual([]);
    expect(invoicesOf(w, credit.number, newAdmin)).toEqual([]);
    expect(invoicesOf(w, sold.number, oldAdmin)).toHaveLength(1);
    expect(invoicesOf(w, sold.number, newAdmin)).toEqual([]);
    expect((await screensOf(w).detail(sold.number)).canBookAgain).toBe(false);

    // The next runs leave both as they are.
    const later = w.moneybird.server.log.entries.length;
    await w.runtime.engine.run('scheduled');
    await w.runtime.engine.run('manual');
    expect(writesIn(moneybirdRequestsSince(w, later))).toEqual([]);
    expect(entryOf(w, credit.number).state).toBe('parked');
    expect(entryOf(w, sold.number)).toMatchObject({ state: 'done', administrationId: oldAdmin });
  });
});
