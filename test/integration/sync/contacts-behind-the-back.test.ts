// Moneybird contacts the owner changes behind the app's back, and a customer who changes in the shop:
// - a contact deleted in Moneybird (which Moneybird allows only once no invoice uses it), also the one
//   a parked or waiting order already chose;
// - a contact archived after the app booked on it;
// - two contacts for one customer, the one the app uses deleted (Moneybird's merge has no API and no
//   simulator counterpart; deleting the duplicate is the nearest the owner can do);
// - a customer whose e-mail address changes in the shop between two orders (matched on e-mail, so a
//   new contact), or in Moneybird too, and then the shop credits an order of the old address.
// Each order must end booked exactly once, on a contact that exists, never parked for good with a
// technical refusal.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { shopLocalDate } from '../../../src/shared/shop-calendar';
import type { MwwInvoiceAddress, MwwOrder } from '../../sim/mijnwebwinkel/types';
import { plainOrderOf, TRUUS_ADDRESS } from './shop-sales';
import { moneybirdRequestsSince, type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();

const EMAIL = 'truus@voorbeeld.nl';
const NEW_EMAIL = 'truus.voorbeeld@gmail.com';
const ADDRESS = TRUUS_ADDRESS;

function customerOrder(number: number, email = EMAIL, invoice: Partial<MwwInvoiceAddress> = {}): MwwOrder {
  return plainOrderOf(number, { email, address: { invoice: { ...ADDRESS, ...invoice } } });
}

/** The shop's credit order for the whole of `original` (status Credited, refunded by the shop). */
function creditOf(original: MwwOrder, number: number): MwwOrder {
  const { payment: _payment, ...rest } = structuredClone(original);
  return {
    ...rest,
    number,
    uuid: randomUUID(),
    status: 1,
    payment_status: 'unknown',
    credited_order_number: Number(original.number),
    credit_order_numbers: [],
  } as MwwOrder;
}

/** Places the order in the shop (paid, dated tomorrow) and runs a scheduled sync. */
async function placeOrder(w: SyncWorld, order: MwwOrder) {
  const tomorrow = shopLocalDate(Date.now() + 24 * 60 * 60 * 1000);
  w.mww.shop.addOrder({ ...order, date: tomorrow, status: 1 });
  w.mww.shop.setStatus(order.number, 3);
  const from = w.moneybird.server.log.entries.length;
  const report = await w.runtime.engine.run('scheduled');
  return { report, requests: moneybirdRequestsSince(w, from), entry: journal(w, order.number) };
}

/** The owner chooses "Opnieuw proberen" and a run follows. */
async function retryNow(w: SyncWorld, number: number) {
  w.runtime.engine.retry(String(number));
  const from = w.moneybird.server.log.entries.length;
  const report = await w.runtime.engine.run('manual');
  return { report, requests: moneybirdRequestsSince(w, from), entry: journal(w, number) };
}

const journal = (w: SyncWorld, number: number | string) => w.runtime.store.journal.get(String(number))!;
/** What the journal says, in one line for an assertion's message. */
const told = (w: SyncWorld, number: number | string) => {
  const e = journal(w, number);
  return `${e.state} ${e.reason?.code ?? ''}: ${e.reason?.message.nl ?? ''}`;
};

type Logged = { method: string; path: string };
const writes = (requests: Logged[]) => requests.filter((r) => r.method !== 'GET').map((r) => r.method);
const contactCreates = (requests: Logged[]) =>
  requests.filter((r) => r.method === 'POST' && /\/contacts(\.json)?$/.test(r.path));
const invoiceCreates = (requests: Logged[]) =>
  requests.filter((r) => r.method === 'POST' && /\/sales_invoices(\.json)?$/.test(r.path));

/** The invoices carrying this order's reference. */
const invoicesOf = (w: SyncWorld, number: number) =>
  w.moneybird.books.salesInvoices().filter((i) => i.reference === journal(w, number).reference);

/** Exactly one invoice with the order's reference, paid, on a contact Moneybird still holds. */
function bookedOnceOnALiveContact(w: SyncWorld, number: number) {
  expect(journal(w, number).state, told(w, number)).toBe('done');
  const invoices = invoicesOf(w, number);
  expect(invoices).toHaveLength(1);
  const [invoice] = invoices;
  expect(invoice.state).toBe('paid');
  const contact = w.moneybird.books.contacts().find((c) => c.id === invoice.contact_id);
  expect(contact, 'the invoice is on a contact Moneybird holds').toBeDefined();
  expect(journal(w, number).moneybird.contactId).toBe(invoice.contact_id);
  return { invoice, contact };
}

const withEmail = (w: SyncWorld, email: string) =>
  w.moneybird.books.contacts().filter((c) => c.send_invoices_to_email === email);

describe('a contact deleted in Moneybird', () => {
  it('is refused by Moneybird while an earlier booking uses it, so the returning customer keeps it', async () => {
    const world = await worlds.startKnown();
    const first = await placeOrder(world, customerOrder(930_001));
    expect(first.entry.state, told(world, 930_001)).toBe('done');
    const contactId = first.entry.moneybird.contactId!;

    // The owner tries to delete the customer in Moneybird: the booked invoice keeps the contact.
    expect(() => world.moneybird.owner.deleteContact(contactId)).toThrow(/used in the books/);

    const second = await placeOrder(world, customerOrder(930_002));
    const { invoice } = bookedOnceOnALiveContact(world, 930_002);
    expect(invoice.contact_id).toBe(contactId);
    expect(contactCreates(second.requests)).toEqual([]);
    expect(world.moneybird.books.contacts()).toHaveLength(1);
  });

  it('after its invoice was deleted too: the returning customer gets a new contact, booked once', async () => {
    const world = await worlds.startKnown();
    const first = await placeOrder(world, customerOrder(931_001));
    const oldContact = first.entry.moneybird.contactId!;
    // A test order, says the owner: the invoice goes, then the customer.
    world.moneybird.owner.deleteInvoice(first.entry.moneybird.invoiceId!);
    world.moneybird.owner.deleteContact(oldContact);

    const second = await placeOrder(world, customerOrder(931_002));
    expect(second.report.counts.booked, told(world, 931_002)).toBe(1);
    const { invoice } = bookedOnceOnALiveContact(world, 931_002);
    expect(invoice.contact_id).not.toBe(oldContact);
    expect(contactCreates(second.requests)).toHaveLength(1);
    expect(invoiceCreates(second.requests)).toHaveLength(1);
    expect(withEmail(world, EMAIL)).toHaveLength(1);
  });

  it('deleted with the draft a totals_differ park told the owner to delete: the retry books on a new contact', async () => {
    // Moneybird differs by a cent once: the customer's first order parks with its draft in Moneybird.
    const world = await worlds.startKnown({ distortTotals: { by: 'cent', times: 1 } });
    const first = await placeOrder(world, customerOrder(932_001));
    expect(first.entry.state).toBe('parked');
    expect(first.entry.reason?.code).toBe('totals_differ');
    const draft = first.entry.moneybird.invoiceId!;
    const made = first.entry.moneybird.contactId!;

    // As the reason says, the owner deletes the draft; the contact made for it has nothing left,
    // so the owner tidies it away too. Then "Opnieuw proberen".
    world.moneybird.owner.deleteInvoice(draft);
    world.moneybird.owner.deleteContact(made);
    const retried = await retryNow(world, 932_001);

    expect(retried.entry.state, told(world, 932_001)).toBe('done');
    const { invoice } = bookedOnceOnALiveContact(world, 932_001);
    expect(invoice.contact_id).not.toBe(made);
    expect(withEmail(world, EMAIL)).toHaveLength(1);
    expect(invoiceCreates(retried.requests)).toHaveLength(1);
  });

  it('external invoices: deleted with the invoice a totals_differ park told the owner to delete, the retry books on a new contact', async () => {
    const world = await worlds.startKnown({ style: 'external', distortTotals: { by: 'cent', times: 1 } });
    const first = await placeOrder(world, customerOrder(939_001));
    expect(first.entry.reason?.code, told(world, 939_001)).toBe('totals_differ');
    const made = first.entry.moneybird.contactId!;

    // "Correct or delete the invoice in Moneybird": the owner deletes it, and the contact made for it.
    world.moneybird.owner.deleteInvoice(first.entry.moneybird.invoiceId!);
    world.moneybird.owner.deleteContact(made);
    const retried = await retryNow(world, 939_001);

    expect(retried.entry.state, told(world, 939_001)).toBe('done');
    const invoices = world.moneybird.books
      .externalSalesInvoices()
      .filter((i) => i.reference === retried.entry.reference);
    expect(invoices).toHaveLength(1);
    expect(invoices[0].contact_id).not.toBe(made);
    expect(withEmail(world, EMAIL)).toHaveLength(1);
  });

  it('deleted while its first order waits after a failed invoice create: the next attempt books on a new contact', async () => {
    const world = await worlds.startKnown();
    // Moneybird is briefly unavailable for the invoice create: the contact is made, the order waits.
    world.moneybird.server.faults.add({
      method: 'POST',
      path: /\/sales_invoices(\.json)?$/,
      times: Number.POSITIVE_INFINITY,
      fault: { kind: 'status', status: 503, body: { error: 'Service unavailable' } },
    });
    const first = await placeOrder(world, customerOrder(933_001));
    expect(first.entry.state, told(world, 933_001)).toBe('waiting_transient');
    const made = first.entry.moneybird.contactId!;
    expect(made).toBeTruthy();
    world.moneybird.server.faults.clear();

    // Meanwhile the owner finds a new contact without any invoice and deletes it. The order's next
    // attempt comes by itself, once its retry time has passed.
    world.moneybird.owner.deleteContact(made);
    world.clock.now = Date.now() + 60 * 60 * 1000;
    await world.runtime.engine.run('scheduled');

    expect(journal(world, 933_001).state, told(world, 933_001)).toBe('done');
    const { invoice } = bookedOnceOnALiveContact(world, 933_001);
    expect(invoice.contact_id).not.toBe(made);
    expect(withEmail(world, EMAIL)).toHaveLength(1);
  });
});

describe('a contact Moneybird does not list yet', () => {
  it('is asked for by id, not forgotten: the returning customer’s next order goes on it', async () => {
    const world = await worlds.startKnown();
    // Moneybird answers the create at once, but its lists show the new contact only later.
    world.moneybird.owner.setLateVisibility({ ms: 10 * 60 * 1000, kinds: ['contact'] });
    const first = await placeOrder(world, customerOrder(933_001));
    expect(first.entry.state, told(world, 933_001)).toBe('done');
    const contactId = first.entry.moneybird.contactId!;

    const second = await placeOrder(world, customerOrder(933_002));
    expect(contactCreates(second.requests)).toEqual([]);
    expect(
      second.requests.filter((r) => r.method === 'GET' && r.path.endsWith(`/contacts/${contactId}.json`)),
    ).toHaveLength(1);
    expect(bookedOnceOnALiveContact(world, 933_002).invoice.contact_id).toBe(contactId);
    expect(withEmail(world, EMAIL)).toHaveLength(1);
    world.moneybird.owner.setLateVisibility(null);
  });
});

describe('a contact archived in Moneybird after the app booked on it', () => {
  it('takes the returning customer’s next invoice, stays archived, and is not made again', async () => {
    const world = await worlds.startKnown();
    const first = await placeOrder(world, customerOrder(934_001));
    const contactId = first.entry.moneybird.contactId!;
    world.moneybird.owner.archiveContact(contactId);

    const second = await placeOrder(world, customerOrder(934_002));
    expect(second.report.counts.booked, told(world, 934_002)).toBe(1);
    const { invoice, contact } = bookedOnceOnALiveContact(world, 934_002);
    expect(invoice.contact_id).toBe(contactId);
    expect(contact.archived).toBe(true);
    expect(world.moneybird.books.contacts()).toHaveLength(1);
    // Contact requests: the run's list and the fetch of the one contact whose version changed; no write.
    const contactRequests = second.requests.filter((r) => /\/contacts/.test(r.path));
    expect(contactRequests.map((r) => `${r.method} ${r.path.replace(/.*\/contacts/, '/contacts')}`)).toEqual([
      'GET /contacts/synchronization.json',
      'POST /contacts/synchronization.json',
    ]);
    expect(contactCreates(second.requests)).toEqual([]);
    expect(writes(second.requests)).not.toContain('DELETE');
  });

  it('archived and the customer moved: the archived contact is kept current, not replaced', async () => {
    const world = await worlds.startKnown();
    const first = await placeOrder(world, customerOrder(935_001));
    const contactId = first.entry.moneybird.contactId!;
    world.moneybird.owner.archiveContact(contactId);

    await placeOrder(world, customerOrder(935_002, EMAIL, { street: 'Dorpsstraat', city: 'Zwolle' }));
    const { invoice, contact } = bookedOnceOnALiveContact(world, 935_002);
    expect(invoice.contact_id).toBe(contactId);
    expect(contact.archived).toBe(true);
    expect(contact.city).toBe('Zwolle');
    expect(world.moneybird.books.contacts()).toHaveLength(1);
  });
});

describe('two contacts for one customer (the nearest to a merge the owner can do)', () => {
  it('the empty duplicate the app books on is deleted: the customer’s order goes to the remaining contact', async () => {
    // The accountant entered the customer twice: an empty card first, then the one with her history.
    const empty = (await startWorldWithContacts()).emptyContact;
    const w = worlds.current;
    const kept = withEmail(w, EMAIL).find((c) => c.id !== empty.id)!;
    // Another customer's order fills the app's contact cache (both cards are read).
    await placeOrder(w, customerOrder(936_001, 'iemand.anders@voorbeeld.nl'));
    expect(journal(w, 936_001).state, told(w, 936_001)).toBe('done');

    // The owner deletes the empty duplicate (Moneybird allows it: no invoice uses it).
    w.moneybird.owner.deleteContact(empty.id);

    const order = await placeOrder(w, customerOrder(936_002));
    const { invoice } = bookedOnceOnALiveContact(w, 936_002);
    expect(invoice.contact_id, 'the remaining contact of the customer, not a new third one').toBe(kept.id);
    expect(contactCreates(order.requests)).toEqual([]);
    expect(withEmail(w, EMAIL)).toHaveLength(1);
  });
});

/** The world of the duplicate test: two contacts with the customer's address, the newer with an invoice. */
async function startWorldWithContacts() {
  const world = await worlds.startKnown();
  const emptyContact = world.moneybird.owner.addContact({
    firstname: 'Truus',
    lastname: 'Voorbeeld',
    send_invoices_to_email: EMAIL,
  });
  const withHistory = world.moneybird.owner.addContact({
    firstname: 'Truus',
    lastname: 'Voorbeeld',
    send_invoices_to_email: EMAIL,
  });
  world.moneybird.owner.addInvoice({
    kind: 'sales',
    contactId: withHistory.id,
    reference: 'Offerte 2024-017',
    date: '2025-03-03',
    lines: [{ description: 'Advies', price: '121.00', taxRate: '21% btw' }],
  });
  return { emptyContact, withHistory };
}

describe('a customer whose e-mail address changes in the shop', () => {
  it('same name and address, new address: booked once on a contact for the new address; the old contact is left alone', async () => {
    const world = await worlds.startKnown();
    const first = await placeOrder(world, customerOrder(937_001));
    const old = first.entry.moneybird.contactId!;
    const before = world.moneybird.books.contacts().find((c) => c.id === old);

    const second = await placeOrder(world, customerOrder(937_002, NEW_EMAIL));
    const { invoice, contact } = bookedOnceOnALiveContact(world, 937_002);
    // Matched on e-mail (DESIGN.md): a new address is a new contact, made once.
    expect(invoice.contact_id).not.toBe(old);
    expect(contact.send_invoices_to_email).toBe(NEW_EMAIL);
    expect(contactCreates(second.requests)).toHaveLength(1);
    expect(second.requests.filter((r) => r.method === 'PATCH' && /\/contacts\//.test(r.path))).toEqual([]);
    expect(world.moneybird.books.contacts().find((c) => c.id === old)).toEqual(before);
    expect(invoicesOf(world, 937_001)[0].contact_id).toBe(old);

    // A third order with the new address: the new contact, nothing created.
    const third = await placeOrder(world, customerOrder(937_003, NEW_EMAIL));
    expect(bookedOnceOnALiveContact(world, 937_003).invoice.contact_id).toBe(invoice.contact_id);
    expect(contactCreates(third.requests)).toEqual([]);
    expect(world.moneybird.books.contacts()).toHaveLength(2);
  });

  it('the owner put the new address on the contact in Moneybird first: the order lands on that contact', async () => {
    const world = await worlds.startKnown();
    const first = await placeOrder(world, customerOrder(938_001));
    const contactId = first.entry.moneybird.contactId!;
    await updateContactInMoneybird(world, contactId, { send_invoices_to_email: NEW_EMAIL });

    const second = await placeOrder(world, customerOrder(938_002, NEW_EMAIL));
    expect(bookedOnceOnALiveContact(world, 938_002).invoice.contact_id).toBe(contactId);
    expect(contactCreates(second.requests)).toEqual([]);
    expect(world.moneybird.books.contacts()).toHaveLength(1);
  });

  it('the owner put the new address on the contact, then the shop credits the earlier order: no contact is made for the old address', async () => {
    const world = await worlds.startKnown();
    const order = customerOrder(940_001);
    const first = await placeOrder(world, order);
    const contactId = first.entry.moneybird.contactId!;
    await updateContactInMoneybird(world, contactId, { send_invoices_to_email: NEW_EMAIL });

    // The customer sends everything back: the shop's credit order still carries the old address.
    world.mww.shop.addOrder(creditOf({ ...order, date: first.entry.orderDate! }, 940_002));
    world.mww.shop.setStatus(940_002, 10);
    const from = world.moneybird.server.log.entries.length;
    await world.runtime.engine.run('scheduled');
    const requests = moneybirdRequestsSince(world, from);

    const credit = journal(world, 940_002);
    expect(credit.state, told(world, 940_002)).toBe('done');
    const [note] = invoicesOf(world, 940_002);
    // The credit note is made from the original invoice, so it is on the original's contact ...
    expect(note.contact_id).toBe(contactId);
    // ... and no empty contact for the old address is left behind, nor recorded as the credit's.
    expect(contactCreates(requests)).toEqual([]);
    expect(world.moneybird.books.contacts()).toHaveLength(1);
    expect(credit.moneybird.contactId).toBe(contactId);
  });
});

/** The owner edits a contact in Moneybird (through its API, as the app's own screens do). */
async function updateContactInMoneybird(w: SyncWorld, id: string, contact: Record<string, string>) {
  const { apiBaseUrl, administrationId, token } = w.moneybird;
  const response = await fetch(`${apiBaseUrl}/${administrationId}/contacts/${id}.json`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ contact }),
  });
  expect(response.status).toBe(200);
}
