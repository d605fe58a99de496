// Moneybird is the truth, the journal a cache: a journal that lost what it booked (a new data folder,
// an older copy of the database put back) finds the bookings Moneybird holds and adopts them instead
// of booking every order again. The Moneybird simulator's books are the oracle: what it holds is
// counted before and after.
import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { journalPart } from '../../../src/main/core/app-service/order-channels';
import { DATABASE_FILE_NAME, type JournalEntry } from '../../../src/main/core/store';
import { shopLocalDate } from '../../../src/shared/shop-calendar';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { isPlainDomesticSale, moneybirdRequestsSince, type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();
const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const SINCE = '2024-01-01';

/** What Moneybird holds: the oracle. */
function books(w: SyncWorld) {
  const sales = w.moneybird.books.salesInvoices();
  const external = w.moneybird.books.externalSalesInvoices();
  return {
    invoices: sales.length + external.length,
    payments: w.moneybird.books.payments().length,
    contacts: w.moneybird.books.contacts().length,
    /** reference -> state, one entry per invoice (a duplicate shows as a count above 1). */
    byReference: [...sales, ...external].reduce<Record<string, string[]>>((map, i) => {
      map[i.reference] = [...(map[i.reference] ?? []), i.state];
      return map;
    }, {}),
  };
}

function journal(w: SyncWorld): Map<string, JournalEntry> {
  return new Map(w.runtime.store.journal.list({ limit: 10_000 }).map((e) => [e.orderNumber, e]));
}

/** The invoice requests of an adoption: synchronization lists and fetches. */
const isAdoptionRequest = (e: { method: string; path: string }) =>
  /\/(external_)?sales_invoices\/synchronization(\.json)?$/.test(e.path);

const isWrite = (e: { method: string; path: string }) =>
  e.method !== 'GET' && !/\/synchronization(\.json)?$/.test(e.path);

// biome-ignore lint/suspicious/noExplicitAny: the simulator hands over plain API JSON
type Json = any;

async function api(w: SyncWorld, method: string, path: string, body?: unknown): Promise<Json> {
  const response = await fetch(`${w.moneybird.apiBaseUrl}/${w.moneybird.administrationId}/${path}`, {
    method,
    headers: { authorization: `Bearer ${w.moneybird.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** Books the history, then loses the data folder and imports again with a new one. */
async function rebookWithNewDataFolder(w: SyncWorld) {
  const first = await w.runtime.engine.run('import', { importSince: SINCE });
  expect(first.outcome).toBe('completed');
  const before = journal(w);
  const held = books(w);
  const from = w.moneybird.server.log.entries.length;

  await w.whileClosed((dir) => rmSync(dir, { recursive: true, force: true }));
  const again = await w.runtime.engine.run('import', { importSince: SINCE });
  expect(again.outcome).toBe('completed');
  return {
    first,
    again,
    before,
    after: journal(w),
    held,
    now: books(w),
    requests: moneybirdRequestsSince(w, from),
  };
}

describe('adoption: a lost journal books nothing twice', () => {
  it('sales: a new data folder adopts every booking, with no new invoice, payment or contact', async () => {
    const world = await worlds.start({ seed: 21, orderCount: 40 });
    const { first, again, before, after, held, now, requests } = await rebookWithNewDataFolder(world);

    const booked = [...before.values()].filter((e) => e.state === 'done');
    expect(booked.length).toBeGreaterThan(20);
    // A credit order is among them: its credit note is adopted like any booking.
    expect(booked.some((e) => e.creditedOrderNumber !== null)).toBe(true);

    // The oracle: nothing was added to Moneybird.
    expect(now.invoices).toBe(held.invoices);
    expect(now.payments).toBe(held.payments);
    expect(now.contacts).toBe(held.contacts);
    for (const [reference, states] of Object.entries(now.byReference))
      expect(states, reference).toHaveLength(1);
    expect(requests.filter(isWrite)).toEqual([]);

    // Every order is shown as booked, adopted; what was parked is parked again for the same reason.
    for (const entry of booked) {
      const adopted = after.get(entry.orderNumber);
      expect(adopted?.state, entry.orderNumber).toBe('done');
      expect(adopted?.adoption).toBe('adopted');
      expect(adopted?.moneybird.invoiceId).toBe(entry.moneybird.invoiceId);
      expect(adopted?.moneybird.contactId).toBe(entry.moneybird.contactId);
    }
    for (const entry of before.values()) {
      if (entry.state === 'parked')
        expect(after.get(entry.orderNumber)?.reason?.code, entry.orderNumber).toBe(entry.reason?.code);
    }
    const adoptedReports = again.orders.filter((o) => o.adopted);
    expect(adoptedReports).toHaveLength(booked.length);
    for (const report of adoptedReports) expect(report.outcome).toBe('booked');
    expect(first.orders.some((o) => o.adopted)).toBe(false);

    // In bulk: a handful of requests per hundred orders, never one per order.
    const adoption = requests.filter(isAdoptionRequest);
    expect(adoption.length).toBeGreaterThan(0);
    expect(adoption.length).toBeLessThanOrEqual(2 * Math.ceil(booked.length / 100) + 6);
    expect(requests.filter((e) => /find_by_reference/.test(e.path))).toEqual([]);
    const log = world.runtime.store.log.recent({ limit: 10_000 });
    const summary = log.find((l) => l.message.en.startsWith('First checked in Moneybird whether orders'));
    expect(summary?.message.en).toMatch(
      new RegExp(`: \\d+ checked, ${booked.length} were there already and were taken over\\.$`),
    );
    // Counted in orders, as the owner counts them (not the references and kinds each was looked up
    // under): at least every booked one, at most the shop's orders.
    const checked = Number(/: (\d+) checked/.exec(summary!.message.en)?.[1]);
    expect(checked).toBeGreaterThanOrEqual(booked.length);
    expect(checked).toBeLessThanOrEqual(world.mww.shop.listOrders().length);
    expect(log.some((l) => /^Bestelling \S+ stond al in Moneybird/.test(l.message.nl ?? ''))).toBe(true);

    // And the next regular run has nothing to do.
    const from = world.moneybird.server.log.entries.length;
    const later = await world.runtime.engine.run('manual');
    expect(later.counts.booked).toBe(0);
    expect(moneybirdRequestsSince(world, from).filter(isWrite)).toEqual([]);
  });

  it('external invoices: a new data folder adopts them through their synchronization list', async () => {
    const world = await worlds.start({ seed: 21, orderCount: 40, style: 'external' });
    const { before, after, held, now, requests } = await rebookWithNewDataFolder(world);
    const booked = [...before.values()].filter((e) => e.state === 'done');
    expect(booked.length).toBeGreaterThan(10);
    expect(booked.some((e) => e.creditedOrderNumber !== null)).toBe(true);
    expect(now.invoices).toBe(held.invoices);
    expect(now.payments).toBe(held.payments);
    expect(now.contacts).toBe(held.contacts);
    expect(requests.filter(isWrite)).toEqual([]);
    for (const entry of booked) {
      expect(after.get(entry.orderNumber)).toMatchObject({ state: 'done', adoption: 'adopted' });
    }
    const adoption = requests.filter(isAdoptionRequest);
    expect(adoption.some((e) => e.method === 'GET' && /external_sales_invoices/.test(e.path))).toBe(true);
    expect(adoption.length).toBeLessThanOrEqual(2 * Math.ceil(booked.length / 100) + 6);
  });

  it('carries an adopted booking on from where Moneybird shows it: a draft is sent and paid, an open one paid', async () => {
    const world = await worlds.start({ seed: 23, orderCount: 12 });
    // One order's sending is refused (it stays a draft), one order's payment fails (it stays open).
    world.moneybird.server.faults.add({
      method: 'PATCH',
      path: /\/send_invoice(\.json)?$/,
      fault: { kind: 'status', status: 422, body: { error: { base: ['cannot be sent now'] }, details: {} } },
    });
    world.moneybird.server.faults.add({
      method: 'POST',
      path: /\/payments(\.json)?$/,
      fault: { kind: 'status', status: 422, body: { error: { price: ['is invalid'] }, details: {} } },
    });
    await world.runtime.engine.run('import', { importSince: SINCE });
    world.moneybird.contract?.take();
    const unfinished = world.moneybird.books
      .salesInvoices()
      .filter((i) => i.state !== 'paid')
      .map((i) => ({ id: i.id, reference: i.reference, state: i.state }));
    expect(unfinished.map((i) => i.state).sort()).toEqual(['draft', 'open']);
    const held = books(world);

    await world.whileClosed((dir) => rmSync(dir, { recursive: true, force: true }));
    const again = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(again.outcome).toBe('completed');
    expect(books(world).invoices).toBe(held.invoices);
    for (const invoice of world.moneybird.books.salesInvoices()) expect(invoice.state).toBe('paid');
    // The two unfinished bookings got what they lacked (numbered, one payment each), nothing else did.
    for (const { id, reference } of unfinished) {
      const invoice = world.moneybird.books.salesInvoices().find((i) => i.id === id);
      expect(invoice?.invoice_id, reference).toMatch(/\S/);
      expect(invoice?.payments, reference).toHaveLength(1);
      const number = reference.replace(/^MWW-/, '');
      expect(journal(world).get(number)).toMatchObject({ state: 'done', adoption: 'adopted' });
      expect(again.orders.find((o) => o.orderNumber === number)).toMatchObject({
        outcome: 'booked',
        adopted: true,
      });
    }
    expect(books(world).payments).toBe(held.payments + unfinished.length);
    for (const entry of journal(world).values()) {
      if (entry.moneybird.invoiceId) expect(entry).toMatchObject({ state: 'done', adoption: 'adopted' });
    }
  });

  it('carries an adopted open external invoice on to its payment', async () => {
    const world = await worlds.start({ seed: 28, orderCount: 10, style: 'external' });
    world.moneybird.server.faults.add({
      method: 'POST',
      path: /\/payments(\.json)?$/,
      fault: { kind: 'status', status: 422, body: { error: { price: ['is invalid'] }, details: {} } },
    });
    await world.runtime.engine.run('import', { importSince: SINCE });
    world.moneybird.contract?.take();
    const open = world.moneybird.books.externalSalesInvoices().filter((i) => i.state !== 'paid');
    expect(open).toHaveLength(1);
    const held = books(world);

    await world.whileClosed((dir) => rmSync(dir, { recursive: true, force: true }));
    await world.runtime.engine.run('import', { importSince: SINCE });
    expect(books(world).invoices).toBe(held.invoices);
    expect(books(world).payments).toBe(held.payments + 1);
    const now = world.moneybird.books.externalSalesInvoices().find((i) => i.id === open[0].id);
    expect(now).toMatchObject({ state: 'paid' });
    expect(now.payments).toHaveLength(1);
    const number = String(open[0].reference).replace(/^MWW-/, '');
    expect(journal(world).get(number)).toMatchObject({ state: 'done', adoption: 'adopted' });
  });

  it('after an older copy of the database is put back, a regular run adopts what was booked since', async () => {
    const history = generateOrders({ seed: 24, count: 16 });
    const world = await worlds.start({ orders: history });
    await world.runtime.engine.run('import', { importSince: SINCE });
    await world.runtime.engine.run('manual');
    const backup = mkdtempSync(join(tmpdir(), 'winkelbrug-backup-'));
    scratch.push(backup);
    await world.whileClosed((dir) =>
      copyFileSync(join(dir, DATABASE_FILE_NAME), join(backup, DATABASE_FILE_NAME)),
    );

    // The app started again: its first run cannot vouch for the folder (a copy may have been put
    // back while it was closed) and looks up what is new to it; here nothing.
    await world.runtime.engine.run('manual');
    // Orders placed after the journal was made (tomorrow, as the shop counts days): a journal that
    // knows its orders, watching since the app started, books them without looking anything up.
    const tomorrow = shopLocalDate(Date.now() + 24 * 60 * 60 * 1000);
    const fresh = newOrders(history, 5, tomorrow);
    for (const order of fresh) {
      world.mww.shop.addOrder({ ...order, status: 1 });
      world.mww.shop.setStatus(order.number, 3);
    }
    const from = world.moneybird.server.log.entries.length;
    const booking = await world.runtime.engine.run('manual');
    expect(booking.counts.booked).toBe(fresh.length);
    expect(moneybirdRequestsSince(world, from).filter(isAdoptionRequest)).toEqual([]);
    const held = books(world);

    // The owner puts the copy back (the seal beside it is newer).
    await world.whileClosed((dir) => {
      copyFileSync(join(backup, DATABASE_FILE_NAME), join(dir, DATABASE_FILE_NAME));
      rmSync(join(dir, `${DATABASE_FILE_NAME}-wal`), { force: true });
      rmSync(join(dir, `${DATABASE_FILE_NAME}-shm`), { force: true });
    });
    const restoredFrom = world.moneybird.server.log.entries.length;
    const again = await world.runtime.engine.run('manual');
    expect(again.outcome).toBe('completed');
    expect(books(world)).toEqual(held);
    expect(moneybirdRequestsSince(world, restoredFrom).filter(isWrite)).toEqual([]);
    for (const order of fresh) {
      expect(journal(world).get(String(order.number))).toMatchObject({ state: 'done', adoption: 'adopted' });
    }
    const log = world.runtime.store.log.recent({ limit: 1000 });
    expect(log.some((l) => /older copy/.test(l.message.en))).toBe(true);
    // An import on top finds nothing more to do either.
    await world.runtime.engine.run('import', { importSince: SINCE });
    expect(books(world)).toEqual(held);
  });

  it('after the whole data folder is put back, the time the journal was away makes it look first', async () => {
    const history = generateOrders({ seed: 25, count: 10 });
    const world = await worlds.start({ orders: history });
    await world.runtime.engine.run('import', { importSince: SINCE });
    await world.runtime.engine.run('manual');
    const backup = mkdtempSync(join(tmpdir(), 'winkelbrug-backup-'));
    scratch.push(backup);
    await world.whileClosed((dir) => cpSync(dir, backup, { recursive: true }));

    const tomorrow = shopLocalDate(Date.now() + 24 * 60 * 60 * 1000);
    const fresh = newOrders(history, 3, tomorrow);
    for (const order of fresh) {
      world.mww.shop.addOrder({ ...order, status: 1 });
      world.mww.shop.setStatus(order.number, 3);
    }
    expect((await world.runtime.engine.run('manual')).counts.booked).toBe(fresh.length);
    const held = books(world);

    // Folder and seal alike come back from the backup, two hours later.
    await world.whileClosed((dir) => {
      rmSync(dir, { recursive: true, force: true });
      cpSync(backup, dir, { recursive: true });
    });
    world.clock.now = Date.now() + 2 * 60 * 60 * 1000;
    const again = await world.runtime.engine.run('manual');
    expect(again.outcome).toBe('completed');
    expect(books(world)).toEqual(held);
    for (const order of fresh) {
      expect(journal(world).get(String(order.number))).toMatchObject({ state: 'done', adoption: 'adopted' });
    }
  });

  it('parks, with the reason, an order whose reference is on an invoice of another contact or total', async () => {
    // Two orders the engine books without trouble (as a first world shows), each of whose reference
    // is then found on someone else's invoice in a second world.
    const candidates = generateOrders({ seed: 26, count: 30 }).filter(
      (o) => !o.credited_order_number && !o.credit_order_numbers?.length && o.debtor?.email,
    );
    let world = await worlds.start({ orders: candidates });
    await world.runtime.engine.run('import', { importSince: SINCE });
    const bookable = candidates.filter(
      (o) => world.runtime.store.journal.get(String(o.number))?.state === 'done',
    );
    expect(bookable.length).toBeGreaterThan(4);
    await world.close();
    const [strangers, wrongTotal, ...rest] = bookable;
    world = await worlds.start({ orders: [strangers!, wrongTotal!, ...rest.slice(0, 3)] });
    const [rate] = (await api(
      world,
      'GET',
      'tax_rates.json?filter=tax_rate_type:sales_invoice,percentage:21',
    )) as Json[];
    const someoneElse = await api(world, 'POST', 'contacts.json', {
      contact: { company_name: 'Iemand Anders B.V.', send_invoices_to_email: 'iemand@anders.example' },
    });
    const customer = await api(world, 'POST', 'contacts.json', {
      contact: { firstname: 'Klant', lastname: 'Zelf', send_invoices_to_email: wrongTotal!.debtor.email },
    });
    const invoice = (contactId: string, reference: string) =>
      api(world, 'POST', 'sales_invoices.json', {
        sales_invoice: {
          contact_id: contactId,
          reference,
          invoice_date: '2024-06-01',
          prices_are_incl_tax: true,
          details_attributes: [{ description: 'Iets anders', price: '1234.56', tax_rate_id: rate.id }],
        },
      });
    await invoice(someoneElse.id, `MWW-${strangers!.number}`);
    await invoice(customer.id, `MWW-${wrongTotal!.number}`);
    const held = books(world);

    const report = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(report.outcome).toBe('completed');
    for (const order of [strangers!, wrongTotal!]) {
      const entry = world.runtime.store.journal.get(String(order.number))!;
      expect(entry.state, String(order.number)).toBe('parked');
      expect(entry.reason?.code).toBe('booking_not_ours');
      expect(entry.reason?.message.nl).toContain(`MWW-${order.number}`);
      expect(entry.reason?.message.en).toContain(`MWW-${order.number}`);
      expect(entry.reason?.message.en).toMatch(/does not take that invoice over/);
      // Not adopted, and no second invoice beside the stranger's.
      expect(books(world).byReference[`MWW-${order.number}`]).toHaveLength(1);
    }
    expect(world.runtime.store.journal.get(String(strangers!.number))?.reason?.message.en).toMatch(
      /its contact is Iemand Anders B\.V\./,
    );
    expect(world.runtime.store.journal.get(String(wrongTotal!.number))?.reason?.message.en).toMatch(
      /its total is €1,234\.56/,
    );
    expect(world.runtime.store.journal.get(String(wrongTotal!.number))?.reason?.message.en).not.toMatch(
      /its contact/,
    );
    // The others were booked as usual.
    expect(books(world).invoices).toBe(held.invoices + 3);

    // Retrying without changing anything parks it again rather than booking it beside the stranger's.
    world.runtime.engine.retry(String(strangers!.number));
    await world.runtime.engine.run('manual');
    expect(world.runtime.store.journal.get(String(strangers!.number))?.reason?.code).toBe('booking_not_ours');
    expect(books(world).byReference[`MWW-${strangers!.number}`]).toHaveLength(1);

    // The same for an order the journal once vouched for (admitted while it watched the shop, so not
    // marked for a look-up), retried in a run that watched the shop too: what the owner did in
    // Moneybird meanwhile is looked up before anything is written.
    const vouched = String(strangers!.number);
    world.runtime.store.journal.amend(vouched, 'parked', { adoption: null });
    expect(world.runtime.store.journal.get(vouched)?.adoption).toBeNull();
    world.runtime.engine.retry(vouched);
    expect(world.runtime.store.journal.get(vouched)?.adoption).toBe('look_up');
    await world.runtime.engine.run('manual');
    expect(world.runtime.store.journal.get(vouched)?.reason?.code).toBe('booking_not_ours');
    expect(books(world).byReference[`MWW-${strangers!.number}`]).toHaveLength(1);
    // Skipped and retried later: the same.
    world.runtime.engine.skip(vouched);
    world.runtime.store.journal.amend(vouched, 'skipped', { adoption: null });
    world.runtime.engine.retry(vouched);
    await world.runtime.engine.run('manual');
    expect(world.runtime.store.journal.get(vouched)?.reason?.code).toBe('booking_not_ours');
    expect(books(world).byReference[`MWW-${strangers!.number}`]).toHaveLength(1);
  });

  it('adopts, with a warning, bookings whose contact got another e-mail address or VAT number since', async () => {
    // Moneybird keeps no copy of the contact on an invoice: when the owner (or Winkelbrug, keeping a
    // contact current for a later order) changes the address or VAT number the customer is known by,
    // the invoice's contact no longer matches the order. Under the shop's own prefix its total and
    // lines still show it is the order's booking.
    const plain = generateOrders({ seed: 21, count: 120 }).filter((o) => isPlainDomesticSale(o, SINCE));
    const [byEmail, byVat, ...others] = plain.slice(0, 6) as [MwwOrder, MwwOrder, ...MwwOrder[]];
    const invoiceAddress = byVat.debtor.address!.invoice;
    const companyWithoutEmail: MwwOrder = {
      ...byVat,
      debtor: {
        ...byVat.debtor,
        email: undefined,
        address: {
          ...byVat.debtor.address!,
          invoice: { ...invoiceAddress, company: 'Voorbeeld B.V.', taxnumber: 'NL000099998B57' },
        },
      },
    };
    const world = await worlds.start({
      orders: [byEmail, companyWithoutEmail, ...others],
      referencePrefix: 'MW3F2A9C',
    });
    const first = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(first.counts.booked).toBe(6);
    const contactOf = (order: MwwOrder) => journal(world).get(String(order.number))!.moneybird.contactId!;
    const emailContact = contactOf(byEmail);
    const vatContact = contactOf(companyWithoutEmail);
    expect(emailContact).not.toBe(vatContact);
    await api(world, 'PATCH', `contacts/${emailContact}.json`, {
      contact: { send_invoices_to_email: 'nieuw.adres@example.nl' },
    });
    await api(world, 'PATCH', `contacts/${vatContact}.json`, { contact: { tax_number: 'NL123456782B90' } });
    const held = books(world);
    const from = world.moneybird.server.log.entries.length;

    await world.whileClosed((dir) => rmSync(dir, { recursive: true, force: true }));
    const again = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(again.outcome).toBe('completed');
    expect(moneybirdRequestsSince(world, from).filter(isWrite)).toEqual([]);
    expect(books(world)).toEqual(held);
    const after = journal(world);
    for (const order of [byEmail, companyWithoutEmail, ...others])
      expect(after.get(String(order.number)), String(order.number)).toMatchObject({
        state: 'done',
        adoption: 'adopted',
      });
    const warned = world.runtime.store.log
      .recent({ limit: 1000 })
      .filter((l) => l.fields?.code === 'adopted_contact_changed');
    expect(warned.map((l) => l.orderNumber).sort()).toEqual(
      [String(byEmail.number), String(companyWithoutEmail.number)].sort(),
    );
    for (const line of warned) {
      expect(line.level).toBe('warn');
      // The invoice as the owner knows it in Moneybird: by its number, not Moneybird's id.
      const number = after.get(line.orderNumber!)!.invoiceNumber!;
      expect(number).toMatch(/^\d{4}-\d+$/);
      expect(line.message.nl).toContain(`(factuur ${number})`);
      expect(line.message.nl).toMatch(/overgenomen, niet nog eens geboekt\. Het contact op die factuur/);
      expect(line.message.en).toMatch(/Check in Moneybird that the contact is right/);
    }
    expect(warned.find((l) => l.orderNumber === String(byEmail.number))?.message.en).toContain(
      byEmail.debtor.email!.toLowerCase(),
    );
    expect(warned.find((l) => l.orderNumber === String(companyWithoutEmail.number))?.message.en).toContain(
      'NL000099998B57',
    );
    // The order's page says it too; an order adopted on its own contact says nothing more.
    const page = (order: MwwOrder) =>
      journalPart(world.runtime.store, after.get(String(order.number))!, world.moneybird.administrationId);
    expect(page(byEmail)).toMatchObject({
      adopted: true,
      adoptedContactChanged: { customer: byEmail.debtor.email!.toLowerCase() },
    });
    expect(page(companyWithoutEmail).adoptedContactChanged).toMatchObject({
      contact: 'Voorbeeld B.V.',
      customer: 'NL000099998B57',
    });
    expect(page(others[0]!)).toMatchObject({ adopted: true, adoptedContactChanged: null });
  });

  it('on the normal path (a journal that knows its orders) makes no extra request', async () => {
    const history = generateOrders({ seed: 27, count: 8 });
    const world = await worlds.start({ orders: history });
    await world.runtime.engine.run('import', { importSince: SINCE });
    await world.runtime.engine.run('manual');
    const tomorrow = shopLocalDate(Date.now() + 24 * 60 * 60 * 1000);
    const fresh = newOrders(history, 4, tomorrow);
    for (const order of fresh) {
      world.mww.shop.addOrder({ ...order, status: 1 });
      world.mww.shop.setStatus(order.number, 3);
    }
    const from = world.moneybird.server.log.entries.length;
    const report = await world.runtime.engine.run('scheduled');
    expect(report.counts.booked).toBe(fresh.length);
    const requests = moneybirdRequestsSince(world, from);
    expect(requests.filter(isAdoptionRequest)).toEqual([]);
    expect(requests.filter((e) => /find_by_reference/.test(e.path))).toEqual([]);
    for (const order of fresh) expect(journal(world).get(String(order.number))?.adoption).toBeNull();
  });
});

/** Eligible, paid, non-credit orders that are not in `history`, renumbered and dated `date`. */
function newOrders(history: readonly MwwOrder[], count: number, date: string): MwwOrder[] {
  const taken = new Set(history.map((o) => String(o.number)));
  const candidates = generateOrders({ seed: 99, count: 60 }).filter(
    (o) =>
      o.payment_status === 'captured' &&
      !o.sim_test_order &&
      !o.credited_order_number &&
      o.currency === 'EUR' &&
      !o.tax_strategy &&
      (!o.tax_region || o.tax_region === 'NL'),
  );
  return candidates.slice(0, count).map((o, i) => {
    let number = 900_000 + i;
    while (taken.has(String(number))) number += 1000;
    return { ...o, number, uuid: `${o.uuid}-${number}`, date, credit_order_numbers: [] };
  });
}
