// An order parked beside an invoice that carries its reference and total but another contact: the
// owner checks it in Moneybird and says it is the order's booking. Winkelbrug then takes that invoice
// over and writes nothing to Moneybird; an invoice of another total is never offered. The simulator's
// books are the oracle.
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createInvoiceTakeOverChannels } from '../../../src/main/core/app-service/invoice-take-over-channels';
import { heldOrderOf } from '../../../src/main/core/app-service/status-mapping';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import {
  controllerOn,
  isPlainDomesticSale,
  moneybirdRequestsSince,
  type SyncWorld,
  worldPerTest,
} from './support';

const SINCE = '2024-01-01';
const worlds = worldPerTest();

async function api(w: SyncWorld, method: string, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${w.moneybird.apiBaseUrl}/${w.moneybird.administrationId}/${path}`, {
    method,
    headers: { authorization: `Bearer ${w.moneybird.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
}

/** A request that changes Moneybird (a synchronization POST only reads by ids). */
const isWrite = (e: { method: string; path: string }) =>
  e.method !== 'GET' && !/\/synchronization(\.json)?$/.test(e.path);
const counts = (w: SyncWorld) => ({
  invoices: w.moneybird.books.salesInvoices().length,
  payments: w.moneybird.books.salesInvoices().reduce((n, i) => n + i.payments.length, 0),
  contacts: w.moneybird.books.contacts().length,
});

describe('taking over an invoice on the owner’s word', () => {
  it('adopts the invoice the owner names, writing nothing, once its contact no longer matched', async () => {
    // On the shared legacy prefix, a booking whose contact no longer matches the customer is not
    // adopted by itself (two shops may sell the same under the same number): the owner decides.
    const orders = generateOrders({ seed: 21, count: 120 })
      .filter((o) => isPlainDomesticSale(o, SINCE) && o.debtor.email)
      .slice(0, 4);
    const [renamed, ...others] = orders;
    const world = await worlds.start({ orders });
    expect((await world.runtime.engine.run('import', { importSince: SINCE })).counts.booked).toBe(4);
    const number = String(renamed!.number);
    const booked = world.runtime.store.journal.get(number)!;
    await api(world, 'PATCH', `contacts/${booked.moneybird.contactId}.json`, {
      contact: { send_invoices_to_email: 'nieuw.adres@example.nl' },
    });

    // A new data folder: the re-import parks it beside its own invoice, offering to take it over.
    await world.whileClosed((dir) => rmSync(dir, { recursive: true, force: true }));
    const held = counts(world);
    const from = world.moneybird.server.log.entries.length;
    await world.runtime.engine.run('import', { importSince: SINCE });
    const parked = world.runtime.store.journal.get(number)!;
    expect(parked).toMatchObject({ state: 'parked', reason: { code: 'booking_not_ours' } });
    expect(parked.reason?.message.nl).toContain(
      '\nHoort de factuur bij deze bestelling: kies "Factuur overnemen".\n',
    );
    expect(heldOrderOf(parked).invoiceToTakeOver).toBe(booked.moneybird.invoiceId);
    for (const order of others)
      expect(world.runtime.store.journal.get(String(order.number))?.state).toBe('done');

    // The owner takes it over: the next run adopts it as it stands in Moneybird (paid: done).
    const channels = createInvoiceTakeOverChannels(world.runtime.store, controllerOn(world).sync);
    expect(await channels['orders.takeOverInvoice']({ orderNumber: number })).toMatchObject({
      accepted: true,
    });
    await world.runtime.engine.run('manual');
    const after = world.runtime.store.journal.get(number)!;
    expect(after).toMatchObject({ state: 'done', adoption: 'adopted' });
    expect(after.moneybird.invoiceId).toBe(booked.moneybird.invoiceId);
    expect(after.moneybird.paymentId).toBe(booked.moneybird.paymentId);
    expect(
      moneybirdRequestsSince(world, from)
        .filter(isWrite)
        .map((e) => `${e.method} ${e.path}`),
    ).toEqual([]);
    expect(counts(world)).toEqual(held);
    const said = world.runtime.store.log.recent({ limit: 1000 }).find((l) => l.orderNumber === number);
    expect(said?.message.nl).toMatch(/op jouw aanwijzing overgenomen, niet nog eens geboekt/);
    // The month per VAT rate counts it as booked, with nothing to explain.
    const figures = world.runtime.store.vatFigures.period(
      renamed!.date.slice(0, 10),
      renamed!.date.slice(0, 10),
    );
    expect(figures.orders.find((o) => o.orderNumber === number)).toBeUndefined();
    expect(figures.counts.bookedNotRecorded).toBe(0);

    // Nothing is left to take over: the channel says so, as for an order it does not know.
    for (const orderNumber of [number, '999999']) {
      const refused = await channels['orders.takeOverInvoice']({ orderNumber });
      expect(refused.accepted).toBe(false);
      expect(refused.reason?.nl).toContain('geen factuur klaar om over te nemen');
    }
  });
});
