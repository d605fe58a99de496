// "Opnieuw boeken" as a demanding shop owner and their accountant use it: a booked order whose
// invoice was deleted in Moneybird afterwards, booked again at the owner's request, in the
// situations a real shop runs into. External invoices instead of sales invoices; a period the
// accountant locked after the deletion; a sale with a credit note, a sale whose credit came after
// the deletion, and a deleted credit note; the month per VAT rate compared with Moneybird before and
// after; the app closed, or an answer lost, between the click and the booking; the customer's
// contact deleted too; two windows clicking at once; an invoice edited rather than deleted; an
// invoice the owner made again by hand with other figures, or by hand after switching to external
// invoices; several invoices deleted at once. Each test takes the situation end to end through both
// simulators and the real core, and asserts what the owner and the accountant must be able to rely
// on: the order is booked once, never twice, its figures are the shop's, and the screens say what is
// true.
import { describe, expect, it } from 'vitest';
import { bookkeepingMappingSetting } from '../../../src/main/core/sync/sync-settings';
import { explanationText } from '../../../src/shared/reconciliation/explanation-text';
import {
  bookedIn,
  entryOf,
  expectPaidOnce,
  invoiceOf,
  NOVEMBER,
  OCTOBER,
  saleOn,
  screensOf,
  shopCredits,
  shopSells,
  writesIn,
} from './deleted-bookings';
import { creditOf, sale } from './shop-sales';
import { moneybirdRequestsSince, type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();
const booked = bookedIn(worlds);

/** The sales invoices carrying the order's reference. */
const salesWithReference = (w: SyncWorld, orderNumber: number | string) =>
  w.moneybird.books.salesInvoices().filter((i) => i.reference === entryOf(w, orderNumber).reference);

/**
 * A sale whose customer sent everything back: the owner deleted its invoice in Moneybird (the wrong
 * way to undo a sale), and the shop made its credit order and refunded the money. The credit parks:
 * there is no invoice to credit.
 */
async function creditAfterDeletedSale(number: number) {
  const w = await worlds.startKnown();
  const screens = screensOf(w);
  const sold = sale(number, `teruggestuurd-${number}@example.nl`);
  await shopSells(w, sold);
  w.moneybird.owner.deleteInvoice(invoiceOf(w, number)!.id);
  shopCredits(w, creditOf(sold, number + 1, ['mok', 'thee']));
  await w.runtime.engine.run('scheduled');
  const parked = entryOf(w, number + 1);
  expect(parked.state).toBe('parked');
  expect(parked.reason?.code).toBe('original_invoice_gone');
  return { w, ...screens };
}

/** The sale booked again once, and its whole credit once, as a credit note of that new invoice. */
function expectCreditedAgainstRebookedSale(w: SyncWorld, saleNumber: number, creditNumber: number) {
  const [again, ...more] = salesWithReference(w, saleNumber);
  expect(more).toEqual([]);
  expect(again.id).toBe(entryOf(w, saleNumber).moneybird.invoiceId);
  expectPaidOnce(again);
  expect(entryOf(w, creditNumber).state).toBe('done');
  const notes = salesWithReference(w, creditNumber);
  expect(notes).toHaveLength(1);
  expect(notes[0].original_sales_invoice_id).toBe(again.id);
  expect(notes[0].total_price_incl_tax).toMatch(/^-29\.65/);
  expect(notes[0].state).toBe('paid');
  expect(notes[0].payments).toHaveLength(1);
  expect(notes[0].payments[0].price).toMatch(/^-29\.65/);
}

describe('booking again with external invoices', () => {
  it('makes the deleted external invoice again once, with the order’s reference and total, paid', async () => {
    const orders = [saleOn(970_001, '2026-10-05'), saleOn(970_002, '2026-10-06', ['thee'])];
    const { w, bookAgain, retried, status } = await booked(orders, { style: 'external' });
    const before = entryOf(w, 970_001);
    expect(before.bookingStyle).toBe('external_invoice');
    const original = invoiceOf(w, 970_001)!;
    expect(original.reference).toBe(before.reference);

    w.moneybird.owner.deleteInvoice(original.id);
    const answer = await bookAgain(970_001);
    expect(answer.accepted).toBe(true);
    expect(retried).toEqual(['970001']);
    const from = w.moneybird.server.log.entries.length;
    expect((await w.runtime.engine.run('manual')).outcome).toBe('completed');

    const again = entryOf(w, 970_001);
    expect(again.state).toBe('done');
    expect(again.moneybird.invoiceId).not.toBe(original.id);
    const mine = w.moneybird.books.externalSalesInvoices().filter((i) => i.reference === before.reference);
    expect(mine).toHaveLength(1);
    expect(mine[0].id).toBe(again.moneybird.invoiceId);
    expect(mine[0].total_price_incl_tax).toBe(original.total_price_incl_tax);
    expect(mine[0].contact_id).toBe(original.contact_id);
    expectPaidOnce(mine[0]);
    // The external invoice's number is the shop's reference, as before.
    expect(again.invoiceNumber).toBe(before.invoiceNumber);
    // One create and one payment: nothing else was written.
    expect(writesIn(moneybirdRequestsSince(w, from)).map((r) => r.method)).toEqual(['POST', 'POST']);
    // The other order's invoice is untouched; the status counts both as booked.
    expect(w.moneybird.books.externalSalesInvoices()).toHaveLength(2);
    expect(status()).toMatchObject({ booked: 2, deleted: 0, waiting: 0, parked: 0 });
  });
});

describe('booking again into a period the accountant locked since', () => {
  it('parks the order as locked (nothing refused by Moneybird), and books it once on the first open day when the owner chooses', async () => {
    const orders = [
      saleOn(971_001, '2026-10-15'),
      saleOn(971_002, '2026-10-20'),
      saleOn(971_003, '2026-11-10'),
    ];
    const { w, bookAgain, bookInOpenPeriod, view } = await booked(orders);
    const original = invoiceOf(w, 971_001)!;
    // The invoice is deleted, and the accountant then files October's VAT return and locks it.
    w.moneybird.owner.deleteInvoice(original.id);
    w.moneybird.owner.lockPeriodUntil('2026-10-31');

    expect((await bookAgain(971_001)).accepted).toBe(true);
    const from = w.moneybird.server.log.entries.length;
    await w.runtime.engine.run('manual');
    const parked = entryOf(w, 971_001);
    expect(parked.state).toBe('parked');
    expect(parked.reason?.code).toBe('period_locked');
    // Nothing was sent to be refused, and nothing was made.
    const requests = moneybirdRequestsSince(w, from);
    expect(requests.filter((r) => r.status === 422)).toEqual([]);
    expect(writesIn(requests)).toEqual([]);
    expect(salesWithReference(w, 971_001)).toEqual([]);

    // The owner chooses the first open day; the next run books it once there.
    expect((await bookInOpenPeriod(971_001)).accepted).toBe(true);
    await w.runtime.engine.run('manual');
    const rebooked = entryOf(w, 971_001);
    expect(rebooked.state).toBe('done');
    const [again, ...more] = salesWithReference(w, 971_001);
    expect(more).toEqual([]);
    expect(again.id).toBe(rebooked.moneybird.invoiceId);
    expect(again.invoice_date).toBe('2026-11-01');
    expect(again.total_price_incl_tax).toBe(original.total_price_incl_tax);
    expectPaidOnce(again);
    expect(again.payments[0].payment_date > '2026-10-31').toBe(true);

    // The accountant's months: October misses the sale (booked in November), November holds it.
    const october = view(OCTOBER);
    expect(october.explanations.items.filter((i) => i.orderNumber === '971001')).toMatchObject([
      { kind: 'booked_in_other_period', bookedDate: '2026-11-01' },
    ]);
    expect(october.kinds.map((k) => k.kind)).not.toContain('deleted_in_moneybird');
    const november = view(NOVEMBER);
    expect(november.explanations.items.filter((i) => i.orderNumber === '971001')).toMatchObject([
      { kind: 'booked_from_other_period' },
    ]);
  });
});

describe('booking again a sale that has a credit', () => {
  it('books the deleted sale once more and leaves its booked credit note alone: the month still agrees', async () => {
    const sold = saleOn(972_001, '2026-10-05');
    const credit = { ...creditOf(sold, 972_002, ['thee']), date: '2026-10-12' };
    const other = saleOn(972_003, '2026-10-08');
    const { w, bookAgain, check, view } = await booked([sold, credit, other]);
    const original = invoiceOf(w, 972_001)!;
    const note = invoiceOf(w, 972_002)!;
    expect(note.original_sales_invoice_id).toBe(original.id);

    w.moneybird.owner.deleteInvoice(original.id);
    expect((await check(OCTOBER)).deleted).toBe(1);
    expect((await bookAgain(972_001)).accepted).toBe(true);
    const from = w.moneybird.server.log.entries.length;
    await w.runtime.engine.run('manual');

    const [again, ...more] = salesWithReference(w, 972_001);
    expect(more).toEqual([]);
    expect(again.id).toBe(entryOf(w, 972_001).moneybird.invoiceId);
    expect(again.total_price_incl_tax).toBe(original.total_price_incl_tax);
    expectPaidOnce(again);
    // The credit note is the one booked before, unchanged; nothing was credited again.
    expect(entryOf(w, 972_002)).toMatchObject({ state: 'done', moneybird: { invoiceId: note.id } });
    const notes = salesWithReference(w, 972_002);
    expect(notes.map((n) => [n.id, n.total_price_incl_tax, n.payments.length])).toEqual([
      [note.id, note.total_price_incl_tax, 1],
    ]);
    expect(moneybirdRequestsSince(w, from).filter((r) => r.path.includes('duplicate_creditinvoice'))).toEqual(
      [],
    );

    // Comparing again: everything there, October's books the shop's (29.65 + 29.65 − 5.45).
    expect(await check(OCTOBER)).toMatchObject({ changed: 0, deleted: 0 });
    const october = view(OCTOBER);
    expect(october.verdict).toBe('agrees');
    expect(october.total.booked).toEqual(october.total.shop);
    expect(october.total.booked.inclTax).toBe('53.85');
  });

  it('a sale the owner deleted when the customer sent it back: the credit waits on the missing invoice, and is credited against the one booked again once retried', async () => {
    const { w, bookAgain, sync } = await creditAfterDeletedSale(973_001);
    expect((await bookAgain(973_001)).accepted).toBe(true);
    await w.runtime.engine.run('manual');
    const rebooked = entryOf(w, 973_001);
    expect(rebooked.state).toBe('done');
    // The owner retries the credit from its page.
    sync.retryOrder('973002');
    await w.runtime.engine.run('manual');
    expectCreditedAgainstRebookedSale(w, 973_001, 973_002);
  });

  // A credit parked because its sale's invoice was gone follows the sale back into the queue: the
  // owner need not find it and retry it too, or the books would keep the sale without its credit.
  it('a credit parked because its sale’s invoice was deleted follows the sale when that is booked again', async () => {
    const { w, bookAgain } = await creditAfterDeletedSale(973_101);
    expect((await bookAgain(973_101)).accepted).toBe(true);
    await w.runtime.engine.run('manual');
    await w.runtime.engine.run('manual');
    expect(entryOf(w, 973_101).state).toBe('done');
    expect(entryOf(w, 973_102).reason?.code ?? null).not.toBe('original_invoice_gone');
    expectCreditedAgainstRebookedSale(w, 973_101, 973_102);
  });

  it('a deleted credit note booked again is made again once from the original, paid by the same refund', async () => {
    const w = await worlds.startKnown();
    const { bookAgain } = screensOf(w);
    const sold = sale(974_001, 'creditnota-weg@example.nl');
    await shopSells(w, sold);
    shopCredits(w, creditOf(sold, 974_002, ['thee']));
    await w.runtime.engine.run('scheduled');
    const original = invoiceOf(w, 974_001)!;
    const note = invoiceOf(w, 974_002)!;
    expect(note.state).toBe('paid');
    const refund = note.payments[0];

    w.moneybird.owner.deleteInvoice(note.id);
    expect((await bookAgain(974_002)).accepted).toBe(true);
    await w.runtime.engine.run('manual');

    const again = entryOf(w, 974_002);
    expect(again.state).toBe('done');
    const notes = salesWithReference(w, 974_002);
    expect(notes).toHaveLength(1);
    expect(notes[0].id).toBe(again.moneybird.invoiceId);
    expect(notes[0].id).not.toBe(note.id);
    expect(notes[0].original_sales_invoice_id).toBe(original.id);
    expect(notes[0].total_price_incl_tax).toBe(note.total_price_incl_tax);
    expect(notes[0].state).toBe('paid');
    // The shop's one refund settles it, as before: same day, same transaction reference.
    expect(notes[0].payments).toHaveLength(1);
    expect(notes[0].payments[0]).toMatchObject({
      price: refund.price,
      payment_date: refund.payment_date,
      transaction_identifier: refund.transaction_identifier,
    });
    // The sale itself is untouched.
    expect(invoiceOf(w, 974_001)).toMatchObject({ id: original.id, version: original.version });
  });
});

describe('the month per VAT rate around booking again', () => {
  it('a deletion found by comparing the month is booked again, and comparing again agrees with the shop', async () => {
    const orders = [
      saleOn(975_001, '2026-10-02'),
      saleOn(975_002, '2026-10-09', ['mok', 'zegels']),
      saleOn(975_003, '2026-10-16', ['thee']),
      saleOn(975_004, '2026-10-23'),
    ];
    const { w, bookAgain, check, view, figures, detail, status, screenCounts } = await booked(orders);
    const agreed = view(OCTOBER);
    expect(agreed.verdict).toBe('agrees');
    const deleted = invoiceOf(w, 975_002)!;
    w.moneybird.owner.deleteInvoice(deleted.id);

    // The accountant compares October: the deletion is found and named.
    expect(await check(OCTOBER)).toMatchObject({ invoices: 4, changed: 0, deleted: 1 });
    const found = view(OCTOBER);
    expect(found.kinds).toMatchObject([{ kind: 'deleted_in_moneybird', orders: 1 }]);
    expect(found.explanations.items.map((i) => [i.orderNumber, i.kind])).toEqual([
      ['975002', 'deleted_in_moneybird'],
    ]);
    // Moneybird minus the shop: the deleted invoice is missing from the books.
    expect(found.total.difference.inclTax).toBe('-34.20');
    expect(status()).toMatchObject({ booked: 3, deleted: 1, parked: 0, waiting: 0 });
    expect(screenCounts()).toMatchObject({ booked: 3, deleted_in_moneybird: 1 });
    const page = await detail(975_002);
    expect(page.canBookAgain).toBe(true);
    expect(page.summary.state).toBe('deleted_in_moneybird');

    // The owner books it again: queued (waiting, no longer "deleted"), then booked by the run.
    expect((await bookAgain(975_002)).accepted).toBe(true);
    expect(status()).toMatchObject({ booked: 3, deleted: 0, waiting: 1 });
    expect(screenCounts()).toMatchObject({ deleted_in_moneybird: 0, in_progress: 1 });
    await w.runtime.engine.run('manual');
    expect(status()).toMatchObject({ booked: 4, deleted: 0, parked: 0, waiting: 0 });
    expect(screenCounts()).toMatchObject({ booked: 4, deleted_in_moneybird: 0 });
    const after = await detail(975_002);
    expect(after.canBookAgain).toBe(false);
    expect(after.summary.state).toBe('booked');
    expect(after.steps.map((s) => s.state).slice(-2)).toEqual(['paid', 'done']);

    // October agrees again, without a comparison and after one; the figures are what was booked first
    // (the view now says when October was last compared with Moneybird).
    expect(view(OCTOBER)).toEqual({
      ...agreed,
      checkedAt: expect.any(String),
      checkedMonths: [{ month: '2026-10', checkedAt: expect.any(String) }],
    });
    expect(await check(OCTOBER)).toMatchObject({ invoices: 4, changed: 0, deleted: 0 });
    const compared = figures(OCTOBER);
    expect(compared.verdict).toBe('agrees');
    expect(compared.kinds).toEqual([]);
    expect(compared.rates).toEqual(agreed.rates);
    for (const rate of compared.rates) expect(rate.booked).toEqual(rate.shop);
  });

  // The month (screen and CSV) points the owner to the order's "Opnieuw boeken", not to booking it
  // again by hand.
  it('the month’s explanation of a deleted booking points the owner to “Opnieuw boeken”, not to booking it by hand', async () => {
    const orders = [saleOn(976_001, '2026-10-02'), saleOn(976_002, '2026-10-09')];
    const { w, check, view } = await booked(orders);
    w.moneybird.owner.deleteInvoice(invoiceOf(w, 976_001)!.id);
    await check(OCTOBER);
    const [item] = view(OCTOBER).explanations.items;
    expect(item).toMatchObject({ orderNumber: '976001', kind: 'deleted_in_moneybird' });
    // Found deleted by a comparison: the period was read in Moneybird.
    const nl = explanationText(item!, 'nl', (amount) => `€ ${amount}`, true);
    const en = explanationText(item!, 'en', (amount) => `€ ${amount}`, true);
    // The missing sale named as the table names it: 29.65 incl. VAT is 25.00 turnover and 4.65 VAT.
    expect(nl).toContain('€ 25.00 omzet excl. btw en € 4.65 btw');
    expect(nl).toContain('Opnieuw boeken');
    expect(en).toContain('Book again');
    expect(nl).not.toContain('Winkelbrug boekt haar niet nog eens');
    expect(en).not.toContain('Winkelbrug does not book it again');
  });
});

describe('between the owner’s click and the booking', () => {
  it('the app is closed before the run: the next run after opening books it once', async () => {
    const orders = [saleOn(977_001, '2026-10-05'), saleOn(977_002, '2026-10-06')];
    const { w, bookAgain } = await booked(orders);
    const original = invoiceOf(w, 977_001)!;
    w.moneybird.owner.deleteInvoice(original.id);
    expect((await bookAgain(977_001)).accepted).toBe(true);

    // Closed right after the click (the laptop's lid), opened the next morning.
    await w.reopen();
    const queued = entryOf(w, 977_001);
    expect(queued).toMatchObject({ state: 'pending', adoption: 'look_up' });
    expect(w.runtime.store.vatFigures.isGone('977001')).toBe(true);
    await w.runtime.engine.run('scheduled');
    const [again, ...more] = salesWithReference(w, 977_001);
    expect(more).toEqual([]);
    expect(entryOf(w, 977_001)).toMatchObject({ state: 'done', moneybird: { invoiceId: again.id } });
    expectPaidOnce(again);
    expect(w.runtime.store.vatFigures.isGone('977001')).toBe(false);
  });

  it('the new invoice’s create lands but its answer is lost: a later run finds it, and makes no second', async () => {
    const orders = [saleOn(978_001, '2026-10-05'), saleOn(978_002, '2026-10-06')];
    const { w, bookAgain } = await booked(orders);
    w.moneybird.owner.deleteInvoice(invoiceOf(w, 978_001)!.id);
    expect((await bookAgain(978_001)).accepted).toBe(true);

    w.moneybird.server.faults.add({
      method: 'POST',
      path: /\/sales_invoices(\.json)?$/,
      fault: { kind: 'commit-then-drop' },
    });
    const from = w.moneybird.server.log.entries.length;
    await w.runtime.engine.run('manual');
    // Later runs, the clock moving on between them, until the order is booked (the run itself may
    // find the invoice that landed, by its reference).
    for (let runs = 0; runs < 4 && entryOf(w, 978_001).state !== 'done'; runs++) {
      w.clock.now = Math.max(w.clock.now, Date.now()) + 15 * 60 * 1000;
      await w.runtime.engine.run('scheduled');
    }
    // Exactly the injected loss happened: the create landed, its answer never arrived.
    const dropped = moneybirdRequestsSince(w, from).filter((e) => e.fault === 'commit-then-drop');
    expect(dropped.map((e) => e.method)).toEqual(['POST']);
    const [again, ...more] = salesWithReference(w, 978_001);
    expect(more).toEqual([]);
    expect(entryOf(w, 978_001)).toMatchObject({ state: 'done', moneybird: { invoiceId: again.id } });
    expectPaidOnce(again);
  });
});

describe('what else the owner did in Moneybird', () => {
  it('the customer’s contact was deleted too: the contact is made again, with one invoice on it', async () => {
    const orders = [saleOn(979_001, '2026-10-05'), saleOn(979_002, '2026-10-06')];
    const { w, bookAgain } = await booked(orders);
    const original = invoiceOf(w, 979_001)!;
    w.moneybird.owner.deleteInvoice(original.id);
    // Nothing else of this customer is in the books, so Moneybird lets the owner delete the contact.
    w.moneybird.owner.deleteContact(original.contact_id);

    expect((await bookAgain(979_001)).accepted).toBe(true);
    await w.runtime.engine.run('manual');
    const rebooked = entryOf(w, 979_001);
    expect(rebooked.state).toBe('done');
    const [again, ...more] = salesWithReference(w, 979_001);
    expect(more).toEqual([]);
    expectPaidOnce(again);
    const contacts = w.moneybird.books
      .contacts()
      .filter(
        (c) => String(c.send_invoices_to_email ?? c.email ?? '').toLowerCase() === 'klant-979001@example.nl',
      );
    expect(contacts).toHaveLength(1);
    expect(contacts[0].id).not.toBe(original.contact_id);
    expect(again.contact_id).toBe(contacts[0].id);
    expect(rebooked.moneybird.contactId).toBe(contacts[0].id);
  });

  it('the invoice was edited, not deleted: booking again is refused, and nothing changes', async () => {
    const orders = [saleOn(980_001, '2026-10-05'), saleOn(980_002, '2026-10-06')];
    const { w, bookAgain, retried, check, detail, status } = await booked(orders);
    const invoice = invoiceOf(w, 980_001)!;
    // The accountant corrected the tea's price in Moneybird's app.
    w.moneybird.owner.editInvoiceLine(invoice.id, invoice.details.length - 1, { price: '6.00' });
    const before = entryOf(w, 980_001);

    const answer = await bookAgain(980_001);
    expect(answer.accepted).toBe(false);
    expect(answer.reason?.nl).toContain('staat nog in Moneybird');
    expect(answer.reason?.en).toContain('still in Moneybird');
    expect(retried).toEqual([]);
    expect(entryOf(w, 980_001)).toEqual(before);
    expect(w.runtime.store.vatFigures.isGone('980001')).toBe(false);
    // Comparing the month names it as a difference, not a deletion; the page offers no book-again.
    expect(await check(OCTOBER)).toMatchObject({ changed: 1, deleted: 0 });
    expect((await detail(980_001)).canBookAgain).toBe(false);
    expect(status()).toMatchObject({ booked: 2, deleted: 0 });
    expect(salesWithReference(w, 980_001)).toHaveLength(1);
  });

  it('the owner made the invoice again by hand with other figures: it is not taken over nor doubled, the order parks', async () => {
    const orders = [saleOn(981_001, '2026-10-05'), saleOn(981_002, '2026-10-06')];
    const { w, bookAgain } = await booked(orders);
    const original = invoiceOf(w, 981_001)!;
    w.moneybird.owner.deleteInvoice(original.id);
    // Made again by hand under the reference, but the tea forgotten: 24.20 instead of 29.65.
    w.moneybird.owner.addInvoice({
      kind: 'sales',
      contactId: original.contact_id,
      reference: original.reference,
      date: original.invoice_date,
      lines: [{ description: 'Mok', price: '12.10', amount: '2', taxRate: '21% btw' }],
      state: 'paid',
    });
    expect((await bookAgain(981_001)).accepted).toBe(true);
    const from = w.moneybird.server.log.entries.length;
    await w.runtime.engine.run('manual');

    const parked = entryOf(w, 981_001);
    expect(parked.state).toBe('parked');
    expect(parked.reason?.code).toMatch(/^booking_(not_ours|ambiguous|state)$/);
    expect(writesIn(moneybirdRequestsSince(w, from))).toEqual([]);
    expect(salesWithReference(w, 981_001)).toHaveLength(1);
    expect(parked.moneybird.invoiceId).toBeNull();
  });
  // A booking made again is looked up, and made, in the style it was booked in: after a switch to
  // external invoices, the sales invoice the owner made again by hand is found, not doubled.
  it('after a switch to external invoices, the sales invoice the owner made again by hand is taken over, not doubled by an external one', async () => {
    const orders = [saleOn(985_001, '2026-10-05'), saleOn(985_002, '2026-10-06')];
    const { w, bookAgain } = await booked(orders);
    const original = invoiceOf(w, 985_001)!;
    // Months later the owner switches to external invoices for new orders.
    const mapping = w.runtime.store.settings.get(bookkeepingMappingSetting) as Record<string, unknown>;
    w.runtime.store.settings.set(bookkeepingMappingSetting, { ...mapping, bookingStyle: 'external' });
    // The sales invoice is deleted, and the owner makes it again by hand, with the same figures.
    w.moneybird.owner.deleteInvoice(original.id);
    const remade = w.moneybird.owner.addInvoice({
      kind: 'sales',
      contactId: original.contact_id,
      reference: original.reference,
      date: original.invoice_date,
      lines: [
        { description: 'Mok', price: '12.10', amount: '2', taxRate: '21% btw' },
        { description: 'Thee', price: '5.45', amount: '1', taxRate: '9% btw' },
      ],
      state: 'paid',
    });
    expect(remade.total_price_incl_tax).toBe(original.total_price_incl_tax);

    expect((await bookAgain(985_001)).accepted).toBe(true);
    await w.runtime.engine.run('manual');
    const reference = original.reference;
    const external = w.moneybird.books
      .externalSalesInvoices()
      .filter((i) => i.reference === reference)
      .map((i) => `external invoice ${i.reference} of ${i.total_price_incl_tax}, ${i.state}`);
    // Never in the books twice: no external invoice beside the remade sales invoice.
    expect(external).toEqual([]);
    expect(salesWithReference(w, 985_001).map((i) => i.id)).toEqual([remade.id]);
    expect(entryOf(w, 985_001)).toMatchObject({ state: 'done', moneybird: { invoiceId: remade.id } });
  });
});

describe('asked more than once', () => {
  it('two windows click at the same moment: one is accepted, one refused, and one invoice is made', async () => {
    const orders = [saleOn(982_001, '2026-10-05'), saleOn(982_002, '2026-10-06')];
    const { w, bookAgain, retried } = await booked(orders);
    w.moneybird.owner.deleteInvoice(invoiceOf(w, 982_001)!.id);

    const answers = await Promise.all([bookAgain(982_001), bookAgain(982_001)]);
    expect(answers.map((a) => a.accepted).sort()).toEqual([false, true]);
    const refusal = answers.find((a) => !a.accepted)!;
    expect(refusal.reason?.nl).toContain('niets opnieuw geboekt');
    expect(retried).toEqual(['982001']);
    // One log line of the owner's request, not two.
    const requested = w.runtime.store.log
      .recent({ orderNumber: '982001', limit: 20 })
      .filter((l) => l.message.nl.includes('op jouw verzoek wordt de bestelling opnieuw geboekt'));
    expect(requested).toHaveLength(1);

    await w.runtime.engine.run('manual');
    const [again, ...more] = salesWithReference(w, 982_001);
    expect(more).toEqual([]);
    expectPaidOnce(again);
    // Clicked once more after the run (a page left open): the new invoice is there, so refused.
    const late = await bookAgain(982_001);
    expect(late.accepted).toBe(false);
    expect(late.reason?.nl).toContain('staat nog in Moneybird');
    expect(salesWithReference(w, 982_001)).toHaveLength(1);
  });
});

describe('several invoices deleted at once', () => {
  // The owner deleted the invoices of the shop's first few orders at once: the check for another
  // administration asks further bookings (the order's month first) until one is there.
  it('the owner deleted four invoices at once: each can be booked again from its page, without comparing the month first', async () => {
    const orders = [1, 2, 3, 4, 5, 6].map((n) => saleOn(983_000 + n, `2026-10-0${n}`));
    const { w, bookAgain, detail } = await booked(orders);
    for (const n of [1, 2, 3, 4]) w.moneybird.owner.deleteInvoice(invoiceOf(w, 983_000 + n)!.id);
    // The page of the fourth finds its invoice gone and offers "Opnieuw boeken".
    expect((await detail(983_004)).canBookAgain).toBe(true);

    const answer = await bookAgain(983_004);
    expect(answer.reason?.nl ?? '').not.toContain('andere administratie');
    expect(answer.accepted).toBe(true);
    await w.runtime.engine.run('manual');
    expect(salesWithReference(w, 983_004)).toHaveLength(1);
    expect(entryOf(w, 983_004).state).toBe('done');
  });

  it('after comparing the month, each of the four is booked again once', async () => {
    const orders = [1, 2, 3, 4, 5, 6].map((n) => saleOn(984_000 + n, `2026-10-0${n}`));
    const { w, bookAgain, check, view } = await booked(orders);
    for (const n of [1, 2, 3, 4]) w.moneybird.owner.deleteInvoice(invoiceOf(w, 984_000 + n)!.id);
    expect(await check(OCTOBER)).toMatchObject({ deleted: 4 });
    for (const n of [1, 2, 3, 4]) expect((await bookAgain(984_000 + n)).accepted, `order ${n}`).toBe(true);
    await w.runtime.engine.run('manual');
    for (const n of [1, 2, 3, 4, 5, 6]) {
      expect(entryOf(w, 984_000 + n).state).toBe('done');
      expect(salesWithReference(w, 984_000 + n)).toHaveLength(1);
    }
    expect(view(OCTOBER).verdict).toBe('agrees');
  });
});
