// A customer's Moneybird contact kept current against both simulators: a VAT number added later in
// the shop costs one update, once; an unchanged returning customer costs no contact request at all;
// an archived contact is found, not made again; the owner can switch updates off; and a contact the
// app creates never lets Moneybird e-mail the customer on its own.
import { describe, expect, it } from 'vitest';
import { bookkeepingMappingSetting } from '../../../src/main/core/sync/sync-settings';
import { shopLocalDate } from '../../../src/shared/shop-calendar';
import type { MwwInvoiceAddress, MwwOrder } from '../../sim/mijnwebwinkel/types';
import { plainOrderOf, TRUUS_ADDRESS } from './shop-sales';
import { moneybirdRequestsSince, type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();

const SINCE = '2024-01-01';
const EMAIL = 'inkoop@klant-bv.nl';
const ADDRESS: MwwInvoiceAddress = { ...TRUUS_ADDRESS, company: 'Klant B.V.' };

function customerOrder(
  number: number,
  invoice: Partial<MwwInvoiceAddress> | null,
  options: { email?: string | null; date?: string } = {},
): MwwOrder {
  const email = options.email === undefined ? EMAIL : options.email;
  const address = { invoice: invoice === null ? { name: '', zipcode: '' } : { ...ADDRESS, ...invoice } };
  return plainOrderOf(number, { ...(email !== null && { email }), address }, options.date);
}

/** A world whose journal knows its orders (an import, then a regular run), ready for new orders. */
async function knownJournal(updateContacts?: boolean): Promise<SyncWorld> {
  const w = await worlds.start({ orders: [] });
  if (updateContacts !== undefined) {
    const mapping = w.runtime.store.settings.get(bookkeepingMappingSetting);
    w.runtime.store.settings.set(bookkeepingMappingSetting, { ...mapping, updateContacts });
  }
  await w.runtime.engine.run('import', { importSince: SINCE });
  await w.runtime.engine.run('manual');
  return w;
}

/** Places the order in the shop (paid, today or later) and runs a scheduled sync: the requests it cost. */
async function bookNewOrder(w: SyncWorld, order: MwwOrder) {
  const tomorrow = shopLocalDate(Date.now() + 24 * 60 * 60 * 1000);
  w.mww.shop.addOrder({ ...order, date: tomorrow, status: 1 });
  w.mww.shop.setStatus(order.number, 3);
  const from = w.moneybird.server.log.entries.length;
  const report = await w.runtime.engine.run('scheduled');
  expect(report.counts.booked, `order ${order.number}`).toBe(1);
  return moneybirdRequestsSince(w, from);
}

type Logged = { method: string; path: string; query: Record<string, string>; body: unknown };
const contactRequests = (requests: Logged[]) =>
  requests.filter((e) => /\/contacts(\/|\.json|$)/.test(e.path));
/** The one list every run reads to keep the cache level; anything beyond it is a cost of the order. */
const isContactList = (e: Logged) => e.method === 'GET' && /\/contacts\/synchronization/.test(e.path);

describe('keeping contacts current', () => {
  it('a VAT number added later in the shop: one update, then nothing on the next order', async () => {
    const world = await knownJournal();
    const first = await bookNewOrder(world, customerOrder(920_001, {}));
    expect(
      contactRequests(first).filter((e) => e.method === 'POST' && /contacts(\.json)?$/.test(e.path)),
    ).toHaveLength(1);
    const [created] = world.moneybird.books.contacts();
    expect(created.tax_number).toBeNull();

    // The customer adds their VAT number (typed loosely) to their account in the shop.
    const second = await bookNewOrder(world, customerOrder(920_002, { taxnumber: 'nl 8000.00.000 b01' }));
    const updates = contactRequests(second).filter((e) => e.method === 'PATCH');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.path).toMatch(new RegExp(`/contacts/${created.id}(\\.json)?$`));
    expect(updates[0]!.body).toEqual({ contact: { tax_number: 'NL800000000B01' } });
    expect(contactRequests(second).filter((e) => !isContactList(e))).toHaveLength(1);
    expect(world.moneybird.books.contacts()).toHaveLength(1);
    expect(world.moneybird.books.contacts()[0].tax_number).toBe('NL800000000B01');
    const log = world.runtime.store.log.recent({ limit: 1000 });
    expect(log.some((l) => l.message.nl?.includes('920002') && l.message.nl.includes('btw-nummer'))).toBe(
      true,
    );

    // The next order, the number typed the canonical way this time: no contact request at all,
    // and the run's list does not fetch the contact again (the update's answer gave its version).
    const third = await bookNewOrder(world, customerOrder(920_003, { taxnumber: 'NL800000000B01' }));
    expect(contactRequests(third).filter((e) => !isContactList(e))).toEqual([]);
    const invoices = world.moneybird.books.salesInvoices();
    expect(invoices).toHaveLength(3);
    for (const invoice of invoices) expect(invoice.contact_id).toBe(created.id);
  });

  it('an unchanged returning customer costs no contact request', async () => {
    const world = await knownJournal();
    await bookNewOrder(world, customerOrder(921_001, { taxnumber: 'NL800000000B01' }));
    const again = await bookNewOrder(world, customerOrder(921_002, { taxnumber: 'NL 800000000 B01' }));
    expect(contactRequests(again).filter((e) => !isContactList(e))).toEqual([]);
    expect(contactRequests(again).filter(isContactList)).toHaveLength(1);
    expect(world.moneybird.books.contacts()).toHaveLength(1);
  });

  it('the owner switched updates off: the contact is left as it is', async () => {
    const world = await knownJournal(false);
    await bookNewOrder(world, customerOrder(922_001, {}));
    const later = await bookNewOrder(
      world,
      customerOrder(922_002, { taxnumber: 'NL800000000B01', city: 'Zwolle' }),
    );
    expect(contactRequests(later).filter((e) => !isContactList(e))).toEqual([]);
    const [contact] = world.moneybird.books.contacts();
    expect(contact.tax_number).toBeNull();
    expect(contact.city).toBe('Utrecht');
  });
});

describe('an archived contact', () => {
  it('is found and used for the returning customer, not created again (and stays archived)', async () => {
    const world = await worlds.start({ orders: [customerOrder(923_001, {}, { date: '2025-06-02' })] });
    const api = `${world.moneybird.apiBaseUrl}/${world.moneybird.administrationId}`;
    const headers = { authorization: `Bearer ${world.moneybird.token}`, 'content-type': 'application/json' };
    const response = await fetch(`${api}/contacts.json`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        contact: { company_name: 'Klant B.V.', send_invoices_to_email: EMAIL.toUpperCase() },
      }),
    });
    expect(response.status).toBe(201);
    const existing = (await response.json()) as { id: string };
    const archived = await fetch(`${api}/contacts/${existing.id}/archive.json`, { method: 'PATCH', headers });
    expect(archived.ok).toBe(true);

    const from = world.moneybird.server.log.entries.length;
    const report = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(report.counts.booked).toBe(1);
    const lists = moneybirdRequestsSince(world, from).filter(isContactList);
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) expect(list.query.include_archived).toBe('true');

    const contacts = world.moneybird.books.contacts();
    expect(contacts).toHaveLength(1);
    expect(contacts[0].archived).toBe(true);
    expect(world.moneybird.books.salesInvoices()[0].contact_id).toBe(existing.id);
  });
});

describe('a contact the app creates', () => {
  it('never has Moneybird e-mail the customer on its own', async () => {
    const world = await knownJournal();
    await bookNewOrder(world, customerOrder(924_001, {}));
    await bookNewOrder(world, customerOrder(924_002, null, { email: null }));
    const contacts = world.moneybird.books.contacts();
    expect(contacts).toHaveLength(2);
    expect(contacts.map((c) => c.company_name).sort()).toEqual([
      'Klant B.V.',
      'Webwinkelklanten zonder e-mailadres',
    ]);
    for (const contact of contacts) {
      expect(contact.delivery_method).toBe('Manual');
      expect(contact.si_identifier).toBeNull();
      expect(contact.direct_debit).toBe(false);
      expect(contact.sepa_active).toBe(false);
      expect(contact.send_estimates_to_email).toBeNull();
    }
  });
});
