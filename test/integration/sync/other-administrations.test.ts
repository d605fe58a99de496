// Orders booked in another of the owner's Moneybird administrations than the one connected now,
// met by a journal that does not know it: a new computer set up after the owner moved to a new BV.
// The orders that journal cannot vouch for, and that the connected administration holds nothing of,
// are looked for in the owner's other administrations (sync/other-administrations.ts):
// 1. a paid booking there is the order's: known as booked there, nothing written anywhere, and the
//    screens say where it is; its credit is parked to be settled there, it is not offered to be
//    booked again, and the check with the connected administration does not take it for deleted;
// 2. a booking there that is not paid is parked to be finished there; the owner's Skip leaves it,
//    and once the owner deleted it there, Retry books the order in the connected administration;
// 3. another's invoice under the order's reference there (another shop that shared "MWW") does not
//    stop the order;
// 4. an administration this login may not read is passed over; one that does not answer makes the
//    order wait, booked nowhere;
// 5. a contact made in the connected administration before the booking there was seen is not kept
//    for the order: it is known on the contact its invoice is on;
// 6. orders the connected administration holds cost no look-up elsewhere.
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AuthenticationError, TransientError } from '../../../src/main/core/http/errors';
import type { MoneybirdClient } from '../../../src/main/core/moneybird/client';
import { bookkeepingMappingSetting } from '../../../src/main/core/sync/sync-settings';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { bookingsIn, expectBookedOnce, mappingIn, switchAdministration } from './administration-books';
import { completeInShop, entryOf, saleOn, screensOf, shopCredits, writesIn } from './deleted-bookings';
import { creditOf } from './shop-sales';
import { moneybirdRequestsSince, type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();
const OCTOBER = { kind: 'month', year: 2026, index: 10 } as const;

/**
 * The orders booked in the first administration; then the owner moved to the second, and sets the
 * app up again on a new computer: a new data folder, connected to the second.
 */
async function bookedThenNewComputer(
  orders: MwwOrder[],
  options: { whileBooking?: (w: SyncWorld) => void } = {},
) {
  const w = await worlds.startKnown();
  const [oldBv, newBv] = w.moneybird.administrations.map((a) => a.id) as [string, string];
  for (const order of orders) completeInShop(w, order);
  options.whileBooking?.(w);
  await w.runtime.engine.run('manual');
  await w.whileClosed((dir) => rmSync(dir, { recursive: true, force: true }));
  await switchAdministration(w, newBv);
  return { w, oldBv, newBv };
}

/** The new computer's wizard imports the shop's orders since the owner's start date. */
const importHistory = (w: SyncWorld) => w.runtime.engine.run('import', { importSince: '2026-10-01' });

/** Moneybird's answers to the administration's requests since `from`, by path. */
const pathsSince = (w: SyncWorld, from: number) => moneybirdRequestsSince(w, from).map((r) => r.path);

describe('orders booked in another administration of the owner, on a new computer', () => {
  it('a paid booking there is the order’s: known as booked there, nothing written, and the screens say where', async () => {
    const orders = [saleOn(977_001, '2026-10-05'), saleOn(977_002, '2026-10-12', ['thee'])];
    const { w, oldBv, newBv } = await bookedThenNewComputer(orders);
    const from = w.moneybird.server.log.entries.length;
    await importHistory(w);

    expectBookedOnce(w.moneybird, orders);
    for (const order of orders) {
      expect(bookingsIn(w.moneybird, newBv, order.number)).toEqual([]);
      expect(entryOf(w, order.number)).toMatchObject({
        state: 'done',
        adoption: 'adopted',
        administrationId: oldBv,
        invoiceNumber: bookingsIn(w.moneybird, oldBv, order.number)[0].invoice_id,
      });
    }
    expect(writesIn(moneybirdRequestsSince(w, from))).toEqual([]);

    const screens = screensOf(w);
    const page = await screens.detail(orders[0]!.number);
    expect(page.bookedElsewhere).toBeTruthy();
    // By the name the owner gave the administration it is in, for the page to say beside its number.
    expect(page.bookedElsewhereIn).toBe(w.moneybird.administrations.find((a) => a.id === oldBv)!.name);
    // The month counts them where they are booked, with the old BV's rates as it named them.
    const october = screens.view(OCTOBER);
    expect(october.counts.inOtherAdministration).toBe(2);
    expect(october.verdict).toBe('agrees');
    expect(october.rates.flatMap((r) => r.taxRateNames)).toEqual(
      expect.arrayContaining([expect.stringMatching(/21/), expect.stringMatching(/9/)]),
    );
    const said = w.runtime.store.log
      .recent({ orderNumber: String(orders[0]!.number), limit: 20 })
      .map((l) => l.message);
    const names = w.moneybird.administrations.map((a) => a.name);
    expect(said.find((m) => m.nl.includes(`"${names[0]}"`))?.nl).toContain(
      `niet nog eens geboekt in "${names[1]}"`,
    );
    expect(said.find((m) => m.en.includes(`"${names[0]}"`))?.en).toContain(
      `not booked again in "${names[1]}"`,
    );

    // The days after: new orders are booked in the new BV, the old ones are left alone.
    const next = saleOn(977_003, '2026-10-20');
    completeInShop(w, next);
    await w.runtime.engine.run('scheduled');
    expect(entryOf(w, next.number)).toMatchObject({ state: 'done', administrationId: newBv });
    expectBookedOnce(w.moneybird, [...orders, next]);
  });

  it('what follows an order adopted there: its credit is parked to be settled there, it is not offered to be booked again, and the check with Moneybird leaves it', async () => {
    const sold = saleOn(977_051, '2026-10-06');
    const { w, oldBv, newBv } = await bookedThenNewComputer([sold]);
    await importHistory(w);
    expect(entryOf(w, sold.number)).toMatchObject({ state: 'done', administrationId: oldBv });

    // The customer sends part of it back: the shop makes a credit order.
    const credit = creditOf(sold, 977_052, ['thee']);
    shopCredits(w, credit);
    const from = w.moneybird.server.log.entries.length;
    await w.runtime.engine.run('manual');
    expect(entryOf(w, credit.number)).toMatchObject({
      state: 'parked',
      reason: { code: 'original_other_administration' },
    });
    expect(entryOf(w, credit.number).reason!.message.nl).toContain(
      `"${w.moneybird.administrations[0]!.name}"`,
    );
    const screens = screensOf(w);
    expect((await screens.detail(sold.number)).canBookAgain).toBe(false);
    // Compared with the connected administration, the sale is not taken for deleted there.
    await screens.check(OCTOBER);
    expect(w.runtime.store.vatFigures.goneCount()).toBe(0);
    expect(writesIn(moneybirdRequestsSince(w, from))).toEqual([]);
    expect(bookingsIn(w.moneybird, newBv, sold.number)).toEqual([]);
    expect(bookingsIn(w.moneybird, newBv, credit.number)).toEqual([]);
    expect(bookingsIn(w.moneybird, oldBv, credit.number)).toEqual([]);
  });

  it('a booking there that is not paid is parked to be finished there; Skip leaves it, and once deleted there, Retry books it here', async () => {
    const order = saleOn(977_101, '2026-10-07');
    const { w, oldBv, newBv } = await bookedThenNewComputer([order], {
      // Moneybird does not answer as the payment is registered: the invoice stays open there.
      whileBooking: (w) => {
        w.runtime.moneybird.createSalesInvoicePayment = async () => {
          throw new TransientError({ service: 'moneybird', method: 'POST', url: '/payments' }, 503, 'down');
        };
      },
    });
    const [open] = bookingsIn(w.moneybird, oldBv, order.number);
    expect(open.state).toBe('open');

    const from = w.moneybird.server.log.entries.length;
    await importHistory(w);
    const parked = entryOf(w, order.number);
    expect(parked).toMatchObject({ state: 'parked', reason: { code: 'booked_elsewhere_unfinished' } });
    const [oldName, newName] = w.moneybird.administrations.map((a) => a.name);
    expect(parked.reason!.message.nl).toContain(`"${oldName}"`);
    expect(parked.reason!.message.nl).toContain(`"${newName}"`);
    expect(parked.reason!.message.nl).toContain(open.invoice_id);
    expect(parked.reason!.message.nl).toContain('Overslaan');
    expect(parked.reason!.message.en).toContain('Skip');
    expect(writesIn(moneybirdRequestsSince(w, from))).toEqual([]);
    expect(bookingsIn(w.moneybird, newBv, order.number)).toEqual([]);

    // The owner first chooses Skip (to finish it there), then changes their mind: the order belongs
    // in the new BV. They delete the invoice in the old one and choose Retry.
    w.runtime.engine.skip(String(order.number));
    await w.runtime.engine.run('manual');
    expect(entryOf(w, order.number).state).toBe('skipped');
    // The skip keeps what happened, not the ways out the reason offered: one was just chosen.
    const [happened, ...waysOut] = parked.reason!.message.nl.split('\n');
    expect(waysOut[0]).toBe('Wat je kunt doen:');
    expect(entryOf(w, order.number).reason).toMatchObject({
      code: 'skipped_by_owner',
      message: { nl: `Overgeslagen op jouw verzoek, toen ze op je wachtte: ${happened}` },
      details: { heldFor: { code: 'booked_elsewhere_unfinished', nl: happened } },
    });
    expect(bookingsIn(w.moneybird, newBv, order.number)).toEqual([]);
    w.moneybird.owner.deleteInvoice(open.id, oldBv);
    w.runtime.engine.retry(String(order.number));
    await w.runtime.engine.run('manual');
    expect(entryOf(w, order.number)).toMatchObject({ state: 'done', administrationId: newBv });
    expectBookedOnce(w.moneybird, [order]);
  });

  it('another’s invoice under the order’s reference there does not stop the order: it is booked here', async () => {
    const { w, oldBv, newBv } = await bookedThenNewComputer([]);
    // Another shop, sharing the legacy prefix, booked its own order 977201 in the old BV.
    const order = saleOn(977_201, '2026-10-09');
    const theirs = w.moneybird.owner.addContact(
      { company_name: 'Andere Winkel B.V.', send_invoices_to_email: 'boekhouding@anderewinkel.nl' },
      oldBv,
    );
    w.moneybird.owner.addInvoice(
      {
        kind: 'sales',
        contactId: theirs.id,
        reference: `MWW-${order.number}`,
        date: '2026-10-09',
        lines: [{ description: 'Iets anders', price: '12.10', taxRate: '21% btw' }],
      },
      oldBv,
    );
    completeInShop(w, order);
    await importHistory(w);
    expect(entryOf(w, order.number)).toMatchObject({ state: 'done', administrationId: newBv });
    expect(bookingsIn(w.moneybird, oldBv, order.number)).toHaveLength(1);
    expect(bookingsIn(w.moneybird, newBv, order.number)).toHaveLength(1);
  });

  it('an administration this login may not read is passed over; one that does not answer makes the order wait', async () => {
    const w = await worlds.startKnown();
    const [oldBv, newBv] = w.moneybird.administrations.map((a) => a.id) as [string, string];
    const order = saleOn(977_301, '2026-10-14');
    completeInShop(w, order);
    await w.runtime.engine.run('manual');
    await switchAdministration(w, newBv);
    // Booked in the new BV since the switch.
    const here = saleOn(977_302, '2026-10-15');
    completeInShop(w, here);
    await w.runtime.engine.run('manual');
    // A new computer, connected to the new BV.
    await w.whileClosed((dir) => rmSync(dir, { recursive: true, force: true }));
    w.runtime.store.settings.set(bookkeepingMappingSetting, await mappingIn(w.moneybird, newBv));
    const refuse = (error: Error) => {
      const client = w.runtime.moneybird;
      const forAdministration = client.forAdministration.bind(client);
      client.forAdministration = (id: string): MoneybirdClient => {
        const other = forAdministration(id);
        if (id === oldBv)
          other.salesInvoicesSynchronization = async () => {
            throw error;
          };
        return other;
      };
    };
    const context = { service: 'moneybird', method: 'POST', url: '/sales_invoices/synchronization' } as const;

    // Moneybird does not answer for the old BV: the order waits, booked nowhere a second time; the
    // order the new BV holds is adopted all the same.
    refuse(new TransientError(context, 503, 'down'));
    await importHistory(w);
    expect(entryOf(w, order.number).state).toBe('waiting_transient');
    expect(bookingsIn(w.moneybird, newBv, order.number)).toEqual([]);
    expect(entryOf(w, here.number)).toMatchObject({
      state: 'done',
      adoption: 'adopted',
      administrationId: newBv,
    });

    // This login has no rights in the old BV (any more): its books are not looked in.
    refuse(new AuthenticationError(context, 403, 'missing-scope', 'sales_invoices', 'forbidden'));
    w.runtime.engine.retry(String(order.number));
    await w.runtime.engine.run('manual');
    expect(entryOf(w, order.number)).toMatchObject({ state: 'done', administrationId: newBv });
  });

  it('a contact made here before the booking there was seen is not kept for it: the page opens the contact it is on', async () => {
    const order = saleOn(977_351, '2026-10-16');
    const { w, oldBv, newBv } = await bookedThenNewComputer([order]);
    const client = w.runtime.moneybird;
    const forAdministration = client.forAdministration.bind(client);
    const context = { service: 'moneybird', method: 'POST', url: '/sales_invoices' } as const;
    // The first run cannot read the old BV (its rights there were not given yet), and Moneybird
    // does not answer the invoice's create here: the customer's contact is made in the new BV.
    client.forAdministration = (id: string): MoneybirdClient => {
      const other = forAdministration(id);
      other.salesInvoicesSynchronization = async () => {
        throw new AuthenticationError(context, 403, 'missing-scope', 'sales_invoices', 'forbidden');
      };
      return other;
    };
    const createSalesInvoice = client.createSalesInvoice.bind(client);
    client.createSalesInvoice = async () => {
      throw new TransientError(context, 503, 'down');
    };
    await importHistory(w);
    const waiting = entryOf(w, order.number);
    expect(waiting).toMatchObject({ state: 'waiting_transient', progress: 'contact_ok' });
    const madeHere = waiting.moneybird.contactId;
    expect(w.moneybird.books.contacts(newBv).map((c: { id: string }) => c.id)).toContain(madeHere);

    // The rights are given, Moneybird answers again; the owner retries.
    client.forAdministration = forAdministration;
    client.createSalesInvoice = createSalesInvoice;
    w.runtime.engine.retry(String(order.number));
    await w.runtime.engine.run('manual');
    const [there] = bookingsIn(w.moneybird, oldBv, order.number);
    const adopted = entryOf(w, order.number);
    expect(adopted).toMatchObject({ state: 'done', administrationId: oldBv });
    expect(adopted.moneybird.contactId).toBe(there.contact_id);
    expect((await screensOf(w).detail(order.number)).links.contact).toBe(
      `https://moneybird.com/${oldBv}/contacts/${there.contact_id}`,
    );
    expect(bookingsIn(w.moneybird, newBv, order.number)).toEqual([]);
  });

  it('orders the connected administration holds cost no look-up elsewhere', async () => {
    const w = await worlds.startKnown();
    const [connected, other] = w.moneybird.administrations.map((a) => a.id) as [string, string];
    const orders = [saleOn(977_401, '2026-10-03'), saleOn(977_402, '2026-10-04')];
    for (const order of orders) completeInShop(w, order);
    await w.runtime.engine.run('manual');
    // The journal is lost; the same administration is connected again.
    await w.whileClosed((dir) => rmSync(dir, { recursive: true, force: true }));
    const from = w.moneybird.server.log.entries.length;
    await importHistory(w);
    for (const order of orders)
      expect(entryOf(w, order.number)).toMatchObject({ state: 'done', administrationId: connected });
    expect(pathsSince(w, from).filter((p) => p.includes(other))).toEqual([]);

    // A new order is looked for elsewhere once (the first run after the app starts cannot vouch
    // for it): a look-up per kind of invoice in the other administration.
    const fresh = saleOn(977_403, '2026-10-05');
    completeInShop(w, fresh);
    await w.reopen();
    const before = w.moneybird.server.log.entries.length;
    await w.runtime.engine.run('manual');
    expect(entryOf(w, fresh.number)).toMatchObject({ state: 'done', administrationId: connected });
    const elsewhere = pathsSince(w, before).filter((p) => p.includes(other));
    expect(elsewhere).toEqual([
      expect.stringMatching(/sales_invoices\/synchronization/),
      expect.stringMatching(/external_sales_invoices\/synchronization/),
    ]);
  });
});
