// The order's page says how the booking came by the customer's contact in Moneybird: found there
// (made by the owner, or by an earlier order), found and given the shop's changed details, added by
// Winkelbrug (also when the create's answer was lost and a look-up found the contact it made), or
// booked on the one shared contact of the customers without e-mail address, whose name the owner
// then looks for. A credit is on its original's contact: found, or that shared contact.
// Kept on the journal's contact step as it is written anyway; an order booked before this was kept
// says neither, and a step back at the contact (a retry) says what the first one said. A booking
// stopped after its update and before its contact step was recorded still says updated when it
// resumes, without sending or logging the update again.
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { journalPart } from '../../../src/main/core/app-service/order-channels';
import type { OrderDetail } from '../../../src/shared/contract';
import { bookkeepingMessages } from '../../../src/shared/i18n/messages/bookkeeping';
import { uiOrders } from '../../../src/shared/i18n/messages/ui-orders';
import type { MwwInvoiceAddress, MwwOrder } from '../../sim/mijnwebwinkel/types';
import { plainOrderOf, TRUUS_ADDRESS, tomorrow } from './shop-sales';
import { type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();

const EMAIL = 'inkoop@klant-bv.nl';
const ADDRESS: MwwInvoiceAddress = { ...TRUUS_ADDRESS, company: 'Klant B.V.' };

/** A paid order of the customer, placed tomorrow (after the journal was made), with these details. */
function customerOrder(number: number, invoice: Partial<MwwInvoiceAddress> = {}, email = EMAIL): MwwOrder {
  return plainOrderOf(number, { email, address: { invoice: { ...ADDRESS, ...invoice } } }, tomorrow());
}

/** A paid order, placed tomorrow, of a customer who gave neither an e-mail address nor a VAT number. */
function orderWithoutEmail(number: number, name: string): MwwOrder {
  return plainOrderOf(number, { address: { invoice: { ...TRUUS_ADDRESS, name } } }, tomorrow());
}

/** The shop's credit order for the whole of `original`, as the shop marks it (Credited). */
function placeCredit(w: SyncWorld, original: MwwOrder, number: number): MwwOrder {
  const { payment: _payment, ...rest } = structuredClone(original);
  const credit = {
    ...rest,
    number,
    uuid: randomUUID(),
    payment_status: 'unknown',
    credited_order_number: Number(original.number),
    credit_order_numbers: [],
  } as MwwOrder;
  w.mww.shop.addOrder({ ...credit, status: 1 });
  w.mww.shop.setStatus(number, 10);
  return credit;
}

function place(w: SyncWorld, order: MwwOrder): void {
  w.mww.shop.addOrder({ ...order, status: 1 });
  w.mww.shop.setStatus(order.number, 3);
}

/** Places the order and books it with one scheduled run. */
async function bookNewOrder(w: SyncWorld, order: MwwOrder): Promise<void> {
  place(w, order);
  const report = await w.runtime.engine.run('scheduled');
  expect(report.orders.find((o) => o.orderNumber === String(order.number))?.outcome).toBe('booked');
}

/** Runs until the order is booked (at most four runs), the clock moving past each retry's time. */
async function bookWithRetries(w: SyncWorld, order: MwwOrder): Promise<void> {
  for (let runs = 0; w.runtime.store.journal.get(String(order.number))?.state !== 'done'; runs += 1) {
    expect(runs, `order ${order.number} booked within four runs`).toBeLessThan(4);
    if (runs > 0) w.clock.now = Math.max(w.clock.now, Date.now()) + 15 * 60 * 1000;
    await w.runtime.engine.run('scheduled');
  }
}

/** The order's steps as its page gets them: state, and how the contact came where it says. */
function pageSteps(w: SyncWorld, order: MwwOrder): Array<[string, OrderDetail['steps'][number]['contact']]> {
  const { store } = w.runtime;
  const entry = store.journal.get(String(order.number))!;
  return journalPart(store, entry, w.moneybird.administrationId).steps.map((s) => [s.state, s.contact]);
}

/** How the contact came, as the journal's contact steps keep it. */
function contactSteps(w: SyncWorld, order: MwwOrder) {
  return w.runtime.store.journal
    .steps(String(order.number))
    .filter((s) => s.state === 'contact_ok')
    .map((s) => s.contact);
}

const BOOKED = ['invoice_created', 'totals_ok', 'sent', 'paid', 'done'].map((s) => [s, undefined]);

describe("the order's contact step", () => {
  it('a new customer: added; their next order with the same details: found; with a VAT number added: updated', async () => {
    const w = await worlds.startKnown();
    const first = customerOrder(930_001);
    await bookNewOrder(w, first);
    expect(pageSteps(w, first)).toEqual([['pending', undefined], ['contact_ok', 'added'], ...BOOKED]);
    expect(w.moneybird.books.contacts()).toHaveLength(1);

    const same = customerOrder(930_002);
    await bookNewOrder(w, same);
    expect(pageSteps(w, same)).toEqual([['pending', undefined], ['contact_ok', 'found'], ...BOOKED]);

    // The customer adds their VAT number in the shop: the contact is patched, not made again.
    const withVat = customerOrder(930_003, { taxnumber: 'NL800000000B01' });
    await bookNewOrder(w, withVat);
    expect(w.moneybird.books.contacts()).toHaveLength(1);
    expect(w.moneybird.books.contacts()[0].tax_number).toBe('NL800000000B01');
    expect(pageSteps(w, withVat)).toEqual([['pending', undefined], ['contact_ok', 'updated'], ...BOOKED]);
    // Nothing changed since: found again, and the earlier orders still say what happened then.
    const after = customerOrder(930_004, { taxnumber: 'NL800000000B01' });
    await bookNewOrder(w, after);
    expect(contactSteps(w, after)).toEqual(['found']);
    expect(contactSteps(w, first)).toEqual(['added']);
  });

  it('stopped after the update, before the step was recorded (a full disk, a crash): still updated, sent and logged once', async () => {
    const w = await worlds.startKnown();
    await bookNewOrder(w, customerOrder(930_061));
    const [contact] = w.moneybird.books.contacts();
    const patches = () =>
      w.moneybird.server.log.entries.filter(
        (e) => e.method === 'PATCH' && new RegExp(`/contacts/${contact!.id}(\\.json)?$`).test(e.path),
      );
    const updateLines = (order: MwwOrder) =>
      w.runtime.store.log
        .recent({ limit: 1000, orderNumber: String(order.number) })
        .filter((l) => l.message.nl.includes('bijgewerkt naar wat in je webwinkel staat'));

    // The customer adds their VAT number; the disk is full just when the contact step is committed,
    // after Moneybird took the update and the cache marked it.
    const withVat = customerOrder(930_062, { taxnumber: 'NL800000000B01' });
    const { journal } = w.runtime.store;
    const transition = journal.transition.bind(journal);
    const fullDisk = vi.spyOn(journal, 'transition').mockImplementation((orderNumber, change) => {
      if (orderNumber === String(withVat.number) && change.to === 'contact_ok') {
        fullDisk.mockRestore();
        throw new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
      }
      return transition(orderNumber, change);
    });
    place(w, withVat);
    // What the live log is told: the update's line once its mark is committed, and once only.
    const announced: string[] = [];
    const listen = () =>
      w.runtime.engine.subscribe((event) => {
        if (event.type === 'log' && event.message.nl.includes('bijgewerkt naar wat in je webwinkel staat'))
          announced.push(event.message.nl);
      });
    listen();
    const stopped = await w.runtime.engine.run('scheduled');
    expect(stopped.outcome).toBe('failed');
    expect(stopped.error?.code).toBe('store_disk_full');
    expect(w.runtime.store.journal.get(String(withVat.number))?.state).toBe('pending');
    expect(w.moneybird.books.contacts()[0]!.tax_number).toBe('NL800000000B01');
    expect(patches()).toHaveLength(1);
    expect(updateLines(withVat)).toHaveLength(1);
    expect(announced).toEqual([updateLines(withVat)[0]!.message.nl]);

    // The app starts again and the booking resumes: the details are the cache's already, by this
    // order's own update.
    await w.reopen();
    listen();
    await w.runtime.engine.run('scheduled');
    expect(announced).toHaveLength(1);
    expect(w.runtime.store.journal.get(String(withVat.number))?.state).toBe('done');
    expect(pageSteps(w, withVat)).toEqual([['pending', undefined], ['contact_ok', 'updated'], ...BOOKED]);
    expect(patches()).toHaveLength(1);
    expect(updateLines(withVat)).toHaveLength(1);
    expect(w.moneybird.books.contacts()).toHaveLength(1);

    // The customer's next order with the same details finds them there, as any order would.
    const after = customerOrder(930_063, { taxnumber: 'NL800000000B01' });
    await bookNewOrder(w, after);
    expect(contactSteps(w, after)).toEqual(['found']);
    expect(patches()).toHaveLength(1);
    expect(updateLines(after)).toEqual([]);
  });

  it('a customer the owner keeps in Moneybird already: found, or found and their address filled in', async () => {
    const w = await worlds.startKnown();
    const own = w.moneybird.owner.addContact({
      company_name: 'Klant B.V.',
      firstname: 'Truus',
      lastname: 'Voorbeeld',
      send_invoices_to_email: EMAIL,
      country: 'NL',
    });
    // An order without an address: nothing of the shop's is missing in Moneybird.
    const bare = customerOrder(930_011, { street: '', number: '', zipcode: '', city: '' });
    await bookNewOrder(w, bare);
    const contacts = () => w.moneybird.books.contacts();
    expect(contacts()).toHaveLength(1);
    expect(w.runtime.store.journal.get(String(bare.number))?.moneybird.contactId).toBe(String(own.id));
    expect(contacts()[0].address1 ?? '').toBe('');
    expect(contactSteps(w, bare)).toEqual(['found']);
    // The next order has the customer's address, which Moneybird lacks: filled in on that contact.
    const addressed = customerOrder(930_012);
    await bookNewOrder(w, addressed);
    expect(contacts()).toHaveLength(1);
    expect(contacts()[0].city).toBe('Utrecht');
    expect(contactSteps(w, addressed)).toEqual(['updated']);
  });

  for (const fault of [
    { kind: 'commit-then-drop', when: 'its look-up right after finds the contact' },
    { kind: 'late-commit', when: 'it lands after that look-up, and the next run finds it' },
  ] as const) {
    it(`a contact create whose answer is lost (${fault.kind}): ${fault.when}; still added`, async () => {
      const w = await worlds.startKnown();
      const order = customerOrder(930_021, {}, `${fault.kind}@example.nl`);
      w.moneybird.server.faults.add({
        method: 'POST',
        path: /\/contacts(\.json)?$/,
        fault:
          fault.kind === 'late-commit' ? { kind: 'late-commit', afterRequests: 2 } : { kind: fault.kind },
      });
      place(w, order);
      await bookWithRetries(w, order);
      // One create, and it was Winkelbrug's: the look-up found it, nobody else made it.
      const creates = w.moneybird.server.log.entries.filter(
        (e) => e.method === 'POST' && /\/contacts(\.json)?$/.test(e.path),
      );
      expect(creates).toHaveLength(1);
      expect(w.moneybird.books.contacts()).toHaveLength(1);
      expect(contactSteps(w, order)).toEqual(['added']);
      const states = pageSteps(w, order).map(([state]) => state);
      if (fault.kind === 'late-commit') expect(states).toContain('waiting_transient');
      expect(pageSteps(w, order).filter(([state]) => state === 'contact_ok')).toEqual([
        ['contact_ok', 'added'],
      ]);
    });
  }

  it('a retry back at the contact says what the contact step said; a booking of before says neither', async () => {
    const w = await worlds.startKnown();
    const order = customerOrder(930_031);
    // The invoice create's connection breaks once, nothing made: the order waits at its contact, and
    // the next run resumes there.
    w.moneybird.server.faults.add({
      method: 'POST',
      path: /\/sales_invoices(\.json)?$/,
      fault: { kind: 'reset' },
    });
    place(w, order);
    await bookWithRetries(w, order);
    expect(pageSteps(w, order)).toEqual([
      ['pending', undefined],
      ['contact_ok', 'added'],
      ['waiting_transient', undefined],
      ['contact_ok', 'added'],
      ...BOOKED,
    ]);
    // Only the step that came by the contact keeps it; the page carries it to the resume.
    expect(contactSteps(w, order)).toEqual(['added', undefined]);

    // A booking made before the journal kept it: its contact step keeps no word, nor its resume.
    const { db } = w.runtime.store;
    db.prepare(
      "UPDATE order_journal_steps SET reason_code = NULL WHERE order_number = ? AND state = 'contact_ok'",
    ).run(String(order.number));
    expect(pageSteps(w, order).filter(([state]) => state === 'contact_ok')).toEqual([
      ['contact_ok', undefined],
      ['contact_ok', undefined],
    ]);
  });
  it('a credit is on its original’s contact: found, neither added nor updated', async () => {
    const w = await worlds.startKnown();
    const original = customerOrder(930_041);
    await bookNewOrder(w, original);
    expect(contactSteps(w, original)).toEqual(['added']);
    const contactId = w.runtime.store.journal.get(String(original.number))!.moneybird.contactId;
    const before = w.moneybird.server.log.entries.length;

    const credit = placeCredit(w, original, 930_042);
    await w.runtime.engine.run('scheduled');
    const entry = w.runtime.store.journal.get(String(credit.number))!;
    expect(entry.creditedOrderNumber).toBe(String(original.number));
    expect(entry.moneybird.contactId).toBe(contactId);
    expect(entry.moneybird.invoiceId).not.toBeNull();
    // No contact looked up, made or patched for it: the original's, as it is.
    const contactWrites = w.moneybird.server.log.entries
      .slice(before)
      .filter((e) => e.method !== 'GET' && /\/contacts/.test(e.path));
    expect(contactWrites).toEqual([]);
    expect(pageSteps(w, credit).filter(([state]) => state === 'contact_ok')).toEqual([
      ['contact_ok', 'found'],
    ]);
  });

  it('customers without an e-mail address: booked on the shared contact, made once, each order saying so', async () => {
    const w = await worlds.startKnown();
    const first = orderWithoutEmail(930_051, 'Piet Zonder');
    await bookNewOrder(w, first);
    // Made by this order, yet not the customer's own contact: the shared one, by its name.
    const contacts = () => w.moneybird.books.contacts();
    expect(contacts()).toHaveLength(1);
    const shared = contacts()[0]!;
    expect(shared.company_name).toBe(bookkeepingMessages.nl['contact.without_email']);
    expect(pageSteps(w, first)).toEqual([['pending', undefined], ['contact_ok', 'shared'], ...BOOKED]);

    // Another customer without one: found, and still said to be on the shared contact.
    const second = orderWithoutEmail(930_052, 'Kees Ook Zonder');
    await bookNewOrder(w, second);
    expect(contacts()).toHaveLength(1);
    expect(w.runtime.store.journal.get(String(second.number))!.moneybird.contactId).toBe(String(shared.id));
    expect(contactSteps(w, second)).toEqual(['shared']);

    // A credit of such an order is on that contact too, and says so.
    const credit = placeCredit(w, second, 930_053);
    await w.runtime.engine.run('scheduled');
    expect(w.runtime.store.journal.get(String(credit.number))!.moneybird.contactId).toBe(String(shared.id));
    expect(contactSteps(w, credit)).toEqual(['shared']);

    // The page names the contact as Moneybird holds it, so the owner finds it there: its words leave
    // the name to the invoice it shows (made in the invoices' language; test/e2e/orders.test.ts reads
    // the Dutch name on the English page).
    for (const language of ['nl', 'en'] as const)
      expect(uiOrders[language]['orderStep.contact_ok.shared']).toContain('"{name}"');
  });
});
