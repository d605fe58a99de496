import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDecimal } from '../../../src/main/core/money/decimal';
import { DUE_ORDERS_SQL, JournalTransitionError, openStore, type Store } from '../../../src/main/core/store';
import { TAKEN_OVER_STEP } from '../../../src/main/core/store/journal-entry';
import { JournalRowError } from '../../../src/main/core/store/journal-rows';
import { freshTempDirs } from '../../support/temp-dir';

const tempDir = freshTempDirs();
let store: Store | undefined;
let clock = 1_000;

function open(): Store {
  store = openStore(join(tempDir(), 'w.sqlite'), { now: () => clock });
  return store;
}

afterEach(() => {
  store?.close();
  store = undefined;
});

const reason = (code: string) => ({
  code,
  message: { nl: `Reden ${code}. Doe iets.`, en: `Reason ${code}. Do something.` },
  details: { shopTotal: '12.10', invoiceTotal: '12.11' },
});

function refusal(work: () => unknown): JournalTransitionError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(JournalTransitionError);
    return error as JournalTransitionError;
  }
  throw new Error('expected a refusal');
}

describe('the order journal', () => {
  it('records an order once, with its shop snapshot intact', () => {
    const { journal } = open();
    const first = journal.record({
      orderNumber: '1001',
      state: 'pending',
      bookingStyle: 'sales_invoice',
      orderDate: '2025-03-01',
      reference: 'MWW-1001',
      vatTreatment: 'domestic',
      currency: 'EUR',
      shopTotal: parseDecimal('121.000001'),
      shopVat: [
        { rate: parseDecimal('21'), amount: parseDecimal('20.66') },
        { rate: parseDecimal('9'), amount: parseDecimal('0.5') },
      ],
    });
    expect(first.created).toBe(true);
    const again = journal.record({ orderNumber: '1001', reference: 'OTHER' });
    expect(again.created).toBe(false);
    expect(again.entry.reference).toBe('MWW-1001');
    const entry = journal.get('1001')!;
    expect(entry).toEqual(first.entry);
    expect(entry.shopTotal).toBe(121_000_001n);
    expect(entry.shopVat).toEqual([
      { rate: 21_000_000n, amount: 20_660_000n },
      { rate: 9_000_000n, amount: 500_000n },
    ]);
    expect(entry.createdAt).toBe(1_000);
    expect(journal.findByReference('MWW-1001')?.orderNumber).toBe('1001');
    expect(() => journal.record({ orderNumber: '' })).toThrow(/non-empty/);
  });

  it('writes what a step changed and keeps what it left: VAT, reason details, search text', () => {
    const { journal, db } = open();
    journal.record({ orderNumber: '7', state: 'discovered', customerName: 'Zoë', customerEmail: 'z@x.nl' });
    const row = () =>
      db
        .prepare('SELECT shop_vat, reason_details, search_text FROM order_journal WHERE order_number = ?')
        .get('7');
    const shopVat = [{ rate: parseDecimal('21'), amount: parseDecimal('2.1') }];
    journal.transition('7', {
      from: 'discovered',
      to: 'pending',
      patch: { bookingStyle: 'sales_invoice', shopVat, customerName: 'Zoë Çelik' },
    });
    expect(row()).toEqual({
      shop_vat: '[{"rate":"21","amount":"2.1"}]',
      reason_details: null,
      search_text: '7 zoe celik z@x.nl',
    });
    journal.park('7', 'pending', { code: 'x', message: { nl: 'n', en: 'e' }, details: { field: 'a' } });
    expect(row()).toMatchObject({
      shop_vat: '[{"rate":"21","amount":"2.1"}]',
      reason_details: '{"field":"a"}',
    });
    journal.resume('7', 'parked');
    expect(row()).toEqual({
      shop_vat: '[{"rate":"21","amount":"2.1"}]',
      reason_details: null,
      search_text: '7 zoe celik z@x.nl',
    });
    expect(journal.get('7')?.shopVat).toEqual([{ rate: 21_000_000n, amount: 2_100_000n }]);
  });

  it('refuses a pending order without a booking style', () => {
    const { journal } = open();
    expect(refusal(() => journal.record({ orderNumber: '5', state: 'pending' })).kind).toBe('illegal');
    expect(journal.get('5')).toBeUndefined();
  });

  it('walks a sales invoice booking to done, storing each Moneybird id as a string', () => {
    const { journal } = open();
    journal.record({ orderNumber: '2001' });
    clock = 2_000;
    journal.advance('2001', 'discovered', 'pending', {
      bookingStyle: 'sales_invoice',
      reference: 'MWW-2001',
    });
    journal.advance('2001', 'pending', 'contact_ok', { contactId: '9223372036854775807' });
    journal.advance('2001', 'contact_ok', 'invoice_created', { invoiceId: '9223372036854775806' });
    journal.advance('2001', 'invoice_created', 'totals_ok');
    journal.advance('2001', 'totals_ok', 'sent');
    journal.advance('2001', 'sent', 'paid', { paymentId: '9223372036854775805' });
    clock = 3_000;
    const done = journal.advance('2001', 'paid', 'done');
    expect(done).toMatchObject({
      state: 'done',
      progress: 'done',
      bookedAt: 3_000,
      moneybird: {
        contactId: '9223372036854775807',
        invoiceId: '9223372036854775806',
        paymentId: '9223372036854775805',
      },
    });
    expect(journal.get('2001')).toEqual(done);
    expect(refusal(() => journal.skip('2001', 'done')).kind).toBe('illegal');
  });

  it('walks an external invoice booking: create, payment, done', () => {
    const { journal } = open();
    journal.record({ orderNumber: '3001', state: 'pending', bookingStyle: 'external_invoice' });
    journal.advance('3001', 'pending', 'invoice_created', { invoiceId: '11', contactId: '12' });
    journal.advance('3001', 'invoice_created', 'paid', { paymentId: '13' });
    expect(journal.advance('3001', 'paid', 'done').state).toBe('done');
  });

  it('refuses illegal steps and leaves the row as it was', () => {
    const { journal } = open();
    journal.record({ orderNumber: '4001', state: 'pending', bookingStyle: 'sales_invoice' });
    const before = journal.get('4001');
    const skipAhead = refusal(() => journal.advance('4001', 'pending', 'sent'));
    expect(skipAhead.kind).toBe('illegal');
    expect(skipAhead.text.nl).toContain('4001');
    expect(skipAhead.text.en).toMatch(/"pending" to "sent"/);
    // A step needs the Moneybird id it produced.
    expect(refusal(() => journal.advance('4001', 'pending', 'contact_ok')).text.en).toMatch(/contactId/);
    journal.advance('4001', 'pending', 'contact_ok', { contactId: '1' });
    expect(refusal(() => journal.advance('4001', 'contact_ok', 'pending')).kind).toBe('illegal');
    expect(refusal(() => journal.advance('4001', 'contact_ok', 'discovered')).kind).toBe('illegal');
    expect(journal.get('4001')).toEqual({
      ...before,
      state: 'contact_ok',
      progress: 'contact_ok',
      moneybird: { ...before!.moneybird, contactId: '1' },
    });
  });

  it('is a compare-and-set: a step from a state the order has left is refused', () => {
    const { journal } = open();
    journal.record({ orderNumber: '5001', state: 'pending', bookingStyle: 'sales_invoice' });
    journal.advance('5001', 'pending', 'contact_ok', { contactId: '1' });
    const stale = refusal(() => journal.advance('5001', 'pending', 'contact_ok', { contactId: '1' }));
    expect(stale.kind).toBe('conflict');
    expect(stale.text.en).toContain('"contact_ok" instead of "pending"');
    expect(refusal(() => journal.advance('nope', 'pending', 'contact_ok')).kind).toBe('not-found');
  });

  it('never replaces a stored Moneybird id or reference with another one', () => {
    const { journal } = open();
    journal.record({ orderNumber: '6001', state: 'pending', bookingStyle: 'sales_invoice', reference: 'R1' });
    journal.advance('6001', 'pending', 'contact_ok', { contactId: '100' });
    const relink = refusal(() =>
      journal.advance('6001', 'contact_ok', 'invoice_created', { contactId: '200', invoiceId: '1' }),
    );
    expect(relink.kind).toBe('id-conflict');
    expect(relink.text.en).toContain('100');
    expect(journal.get('6001')?.state).toBe('contact_ok');
    // The same value again is fine (a retried step reporting what is already known).
    expect(
      journal.advance('6001', 'contact_ok', 'invoice_created', { contactId: '100', invoiceId: '1' }).state,
    ).toBe('invoice_created');
    // Moneybird knows the invoice by its reference: once one is made under it, it stays.
    expect(refusal(() => journal.amend('6001', 'invoice_created', { reference: 'R2' })).kind).toBe(
      'id-conflict',
    );
    expect(
      refusal(() => journal.amend('6001', 'invoice_created', { bookingStyle: 'external_invoice' })).kind,
    ).toBe('illegal');
    expect(() => journal.record({ orderNumber: '6002', reference: 'R1' })).toThrow(/UNIQUE/);
  });

  it('takes another reference only while no invoice was made or begun under it', () => {
    const { journal } = open();
    // An order whose booking an earlier install made under the legacy prefix is adopted under it.
    journal.record({
      orderNumber: '6101',
      state: 'pending',
      bookingStyle: 'sales_invoice',
      reference: 'MWX-6101',
    });
    expect(journal.amend('6101', 'pending', { reference: 'MWW-6101' }).reference).toBe('MWW-6101');
    journal.advance('6101', 'pending', 'contact_ok', { contactId: '100' });
    expect(journal.amend('6101', 'contact_ok', { reference: 'MWX-6101' }).reference).toBe('MWX-6101');
    // The invoice's create announced: a crash may have left it in Moneybird under this reference.
    journal.intendWrite('6101', 'contact_ok', 'invoice');
    expect(refusal(() => journal.amend('6101', 'contact_ok', { reference: 'MWW-6101' })).kind).toBe(
      'id-conflict',
    );
    expect(journal.get('6101')?.reference).toBe('MWX-6101');
  });

  it('parks with a reason, keeps the confirmed step, and resumes there', () => {
    const { journal } = open();
    journal.record({ orderNumber: '7001', state: 'pending', bookingStyle: 'sales_invoice' });
    journal.advance('7001', 'pending', 'contact_ok', { contactId: '1' });
    journal.advance('7001', 'contact_ok', 'invoice_created', { invoiceId: '2' });
    const parked = journal.park('7001', 'invoice_created', reason('totals_mismatch'));
    expect(parked).toMatchObject({
      state: 'parked',
      progress: 'invoice_created',
      reason: reason('totals_mismatch'),
    });
    expect(refusal(() => journal.transition('7001', { from: 'invoice_created', to: 'parked' })).kind).toBe(
      'conflict',
    );
    expect(refusal(() => journal.transition('7001', { from: 'parked', to: 'totals_ok' })).kind).toBe(
      'illegal',
    );
    const resumed = journal.resume('7001', 'parked');
    expect(resumed).toMatchObject({ state: 'invoice_created', progress: 'invoice_created', reason: null });
    expect(resumed.moneybird.invoiceId).toBe('2');
    expect(
      refusal(() => journal.transition('7001', { from: 'invoice_created', to: 'parked' })).text.en,
    ).toMatch(/reason is required/);
  });

  it('keeps a write intent through a wait and a restart, and clears it with the confirmed step', () => {
    const { journal } = open();
    journal.record({ orderNumber: '7101', state: 'pending', bookingStyle: 'sales_invoice' });
    journal.advance('7101', 'pending', 'contact_ok', { contactId: '1' });
    expect(journal.intendWrite('7101', 'contact_ok', 'invoice').writeIntent).toBe('invoice');
    journal.waitForRetry('7101', 'contact_ok', reason('moneybird_uncertain'), clock + 60_000);
    const file = store!.file;
    store!.close();
    store = openStore(file, { now: () => clock });
    // A new process sees that an invoice may already exist and looks it up before creating one.
    expect(store.journal.get('7101')?.writeIntent).toBe('invoice');
    const resumed = store.journal.resume('7101', 'waiting_transient');
    expect(resumed.writeIntent).toBe('invoice');
    const created = store.journal.advance('7101', 'contact_ok', 'invoice_created', { invoiceId: '2' });
    expect(created.writeIntent).toBeNull();
    expect(refusal(() => store!.journal.intendWrite('7101', 'contact_ok', 'send')).kind).toBe('conflict');
  });

  it('forgets an invoice gone from Moneybird in one compare-and-set, back to the create with its intent', () => {
    const { journal } = open();
    journal.record({ orderNumber: '7201', state: 'pending', bookingStyle: 'sales_invoice' });
    journal.advance('7201', 'pending', 'contact_ok', { contactId: '1' });
    journal.advance('7201', 'contact_ok', 'invoice_created', { invoiceId: '2' });
    journal.park('7201', 'invoice_created', reason('totals_differ'));
    // Only from invoice_created, and only the invoice the order recorded.
    expect(refusal(() => journal.forgetInvoice('7201', '2')).kind).toBe('conflict');
    journal.resume('7201', 'parked');
    expect(refusal(() => journal.forgetInvoice('7201', '3')).kind).toBe('illegal');
    expect(journal.get('7201')!.moneybird.invoiceId).toBe('2');

    const forgotten = journal.forgetInvoice('7201', '2');
    expect(forgotten).toMatchObject({
      state: 'contact_ok',
      progress: 'contact_ok',
      writeIntent: 'invoice',
      reason: null,
      moneybird: { contactId: '1', invoiceId: null, paymentId: null },
    });
    expect(journal.get('7201')).toEqual(forgotten);
    // The invoice made again is recorded as any other.
    const created = journal.advance('7201', 'contact_ok', 'invoice_created', { invoiceId: '4' });
    expect(created.moneybird.invoiceId).toBe('4');
    expect(created.writeIntent).toBeNull();
    // A sent invoice is in the books: it is never forgotten.
    journal.advance('7201', 'invoice_created', 'totals_ok');
    expect(refusal(() => journal.forgetInvoice('7201', '4')).kind).toBe('conflict');
  });

  it('forgets the contact the owner deleted in Moneybird, only before any invoice', () => {
    const { journal } = open();
    journal.record({ orderNumber: '7301', state: 'pending', bookingStyle: 'sales_invoice' });
    journal.advance('7301', 'pending', 'contact_ok', { contactId: '1' }, 'invoice');
    journal.park('7301', 'contact_ok', reason('moneybird_validation'));
    // Only from contact_ok, and only the contact the order recorded.
    expect(refusal(() => journal.forgetContact('7301', '1')).kind).toBe('conflict');
    journal.resume('7301', 'parked');
    expect(refusal(() => journal.forgetContact('7301', '9')).kind).toBe('illegal');

    const forgotten = journal.forgetContact('7301', '1');
    expect(forgotten).toMatchObject({
      state: 'pending',
      progress: 'pending',
      writeIntent: null,
      reason: null,
      attempts: 0,
      moneybird: { contactId: null, invoiceId: null },
    });
    expect(journal.get('7301')).toEqual(forgotten);
    expect(journal.steps('7301').at(-1)).toMatchObject({ state: 'pending' });
    // Once an invoice is on it, Moneybird keeps the contact: it is never forgotten.
    journal.advance('7301', 'pending', 'contact_ok', { contactId: '2' });
    expect(journal.holdsBookings()).toBe(false);
    journal.advance('7301', 'contact_ok', 'invoice_created', { invoiceId: '3' });
    expect(journal.holdsBookings()).toBe(true);
    expect(refusal(() => journal.forgetContact('7301', '2')).kind).toBe('conflict');
  });

  it('forgets a booking whose invoice the owner deleted, only that invoice and only once booked', () => {
    const { journal } = open();
    journal.record({
      orderNumber: '7401',
      state: 'pending',
      bookingStyle: 'sales_invoice',
      reference: 'WB-7401',
    });
    journal.advance('7401', 'pending', 'contact_ok', { contactId: '1' }, 'invoice');
    journal.advance('7401', 'contact_ok', 'invoice_created', { invoiceId: '2' });
    // Not booked yet: a draft is forgotten by forgetInvoice, never by this.
    expect(refusal(() => journal.forgetBooking('7401', '2')).kind).toBe('conflict');
    journal.advanceThrough('7401', 'invoice_created', [
      { to: 'totals_ok' },
      { to: 'sent', patch: { invoiceNumber: '2026-0007' } },
      { to: 'paid', patch: { paymentId: '3' } },
      { to: 'done' },
    ]);
    expect(refusal(() => journal.forgetBooking('7401', '9')).kind).toBe('illegal');
    expect(journal.get('7401')!.state).toBe('done');

    const forgotten = journal.forgetBooking('7401', '2');
    expect(forgotten).toMatchObject({
      state: 'pending',
      progress: 'pending',
      writeIntent: null,
      adoption: 'look_up',
      reference: 'WB-7401',
      invoiceNumber: null,
      bookedAt: null,
      moneybird: { contactId: null, invoiceId: null, paymentId: null },
    });
    expect(journal.get('7401')).toEqual(forgotten);
    expect(
      journal
        .steps('7401')
        .map((s) => s.state)
        .slice(-2),
    ).toEqual(['done', 'pending']);
    // Asked twice (two windows, a double click): the second finds the order no longer booked.
    expect(refusal(() => journal.forgetBooking('7401', '2')).kind).toBe('conflict');
    // Booked again as any order, on a new invoice.
    journal.advance('7401', 'pending', 'contact_ok', { contactId: '1' }, 'invoice');
    const created = journal.advance('7401', 'contact_ok', 'invoice_created', { invoiceId: '5' });
    expect(created.moneybird.invoiceId).toBe('5');
    expect(created.adoption).toBeNull();
  });

  it('marks the steps a take-over records at once as taken over, and no step of a booking it made', () => {
    const { journal } = open();
    journal.record({ orderNumber: '7301', state: 'pending', bookingStyle: 'sales_invoice' });
    journal.record({ orderNumber: '7302', state: 'pending', bookingStyle: 'sales_invoice' });
    // Found in Moneybird, already sent and paid: every step up to paid in one go, marked adopted.
    journal.advanceThrough('7301', 'pending', [
      { to: 'contact_ok', patch: { contactId: '1', adoption: 'adopted' } },
      { to: 'invoice_created', patch: { invoiceId: '2', invoiceNumber: '2026-0009' } },
      { to: 'totals_ok' },
      { to: 'sent' },
      { to: 'paid', patch: { paymentId: '3' } },
    ]);
    journal.advance('7301', 'paid', 'done');
    expect(journal.steps('7301').map((s) => [s.state, s.reasonCode])).toEqual([
      ['pending', null],
      ['contact_ok', TAKEN_OVER_STEP],
      ['invoice_created', TAKEN_OVER_STEP],
      ['totals_ok', TAKEN_OVER_STEP],
      ['sent', TAKEN_OVER_STEP],
      ['paid', TAKEN_OVER_STEP],
      // Finished by the run itself.
      ['done', null],
    ]);
    // Booked by Winkelbrug: its steps carry no reason.
    journal.advance('7302', 'pending', 'contact_ok', { contactId: '1' }, 'invoice');
    journal.advanceThrough('7302', 'contact_ok', [
      { to: 'invoice_created', patch: { invoiceId: '4' } },
      { to: 'totals_ok' },
    ]);
    expect(journal.steps('7302').every((s) => s.reasonCode === null)).toBe(true);
  });

  it('marks a zero-total order paid without a payment of its own', () => {
    const { journal } = open();
    journal.record({ orderNumber: '7201', state: 'pending', bookingStyle: 'sales_invoice' });
    journal.advance('7201', 'pending', 'contact_ok', { contactId: '1' });
    journal.advance('7201', 'contact_ok', 'invoice_created', { invoiceId: '2' });
    journal.advance('7201', 'invoice_created', 'totals_ok');
    journal.advance('7201', 'totals_ok', 'sent');
    expect(journal.advance('7201', 'sent', 'paid').moneybird.paymentId).toBeNull();
  });

  it('counts attempts while waiting for a retry and makes the order due at its retry time', () => {
    const { journal } = open();
    journal.record({ orderNumber: '8001', state: 'pending', bookingStyle: 'sales_invoice' });
    const waiting = journal.waitForRetry('8001', 'pending', reason('moneybird_unavailable'), 10_000);
    expect(waiting).toMatchObject({ state: 'waiting_transient', attempts: 1, nextAttemptAt: 10_000 });
    expect(journal.nextRetryAt()).toBe(10_000);
    expect(journal.due(9_999, 10)).toEqual([]);
    expect(journal.due(10_000, 10).map((e) => e.orderNumber)).toEqual(['8001']);
    journal.resume('8001', 'waiting_transient');
    expect(journal.waitForRetry('8001', 'pending', reason('again'), 20_000).attempts).toBe(2);
    expect(
      refusal(() => journal.transition('8001', { from: 'waiting_transient', to: 'parked' })).text.en,
    ).toMatch(/reason/);
    // A transient failure that turns out permanent is parked; a parked order does not wait.
    journal.transition('8001', { from: 'waiting_transient', to: 'parked', reason: reason('x') });
    const parkedToWaiting = refusal(() =>
      journal.transition('8001', {
        from: 'parked',
        to: 'waiting_transient',
        reason: reason('x'),
        nextAttemptAt: 1,
      }),
    );
    expect(parkedToWaiting.kind).toBe('illegal');
    // The owner retries after fixing the cause: attempts start afresh.
    expect(journal.resume('8001', 'parked', { resetAttempts: true }).attempts).toBe(0);
    journal.waitForRetry('8001', 'pending', reason('x'), 1);
    journal.resume('8001', 'waiting_transient');
    // A confirmed step resets the count too.
    expect(journal.advance('8001', 'pending', 'contact_ok', { contactId: '5' }).attempts).toBe(0);
    expect(
      refusal(() =>
        journal.transition('8001', { from: 'contact_ok', to: 'waiting_transient', reason: reason('x') }),
      ).text.en,
    ).toMatch(/next attempt/);
  });

  it('skips an order with a reason, and can take a skipped order back', () => {
    const { journal } = open();
    journal.record({ orderNumber: '9001' });
    const skipped = journal.skip('9001', 'discovered', reason('test_order'));
    expect(skipped).toMatchObject({
      state: 'skipped',
      progress: 'discovered',
      reason: { code: 'test_order' },
    });
    expect(journal.resume('9001', 'skipped').state).toBe('discovered');
  });

  it('keeps when an order seen unpaid is read again, and lists only those due', () => {
    const { journal } = open();
    for (const n of ['7001', '7002', '7003']) journal.record({ orderNumber: n, orderDate: '2025-03-01' });
    journal.record({ orderNumber: '7004', state: 'pending', bookingStyle: 'sales_invoice' });
    const before = journal.get('7001')!;
    clock = 5_000;
    expect(journal.lookAgainAt('7001', 9_000)).toBe(true);
    expect(journal.lookAgainAt('7001', 9_000)).toBe(false); // unchanged
    expect(journal.lookAgainAt('7002', 6_000)).toBe(true);
    // Only an order still seen unpaid: one in booking has its own next attempt.
    expect(journal.lookAgainAt('7004', 9_000)).toBe(false);
    expect(journal.get('7004')!.nextAttemptAt).toBeNull();
    // Not a step: neither its steps nor its time of last change move.
    expect(journal.get('7001')).toEqual({ ...before, nextAttemptAt: 9_000 });
    expect(journal.steps('7001')).toHaveLength(1);

    const due = (by: number, after?: string) =>
      journal
        .list({ states: ['discovered'], limit: 10, dueBy: by, afterOrderNumber: after })
        .map((e) => e.orderNumber);
    expect(due(5_999)).toEqual(['7003']);
    expect(due(6_000)).toEqual(['7002', '7003']);
    expect(due(9_000)).toEqual(['7001', '7002', '7003']);
    expect(due(9_000, '7001')).toEqual(['7002', '7003']);
    // Without a time, every one (the orders screen's lists).
    expect(journal.list({ states: ['discovered'], limit: 10 })).toHaveLength(3);

    // Null: at the next run.
    expect(journal.lookAgainAt('7001', null)).toBe(true);
    expect(due(0)).toEqual(['7001', '7003']);
    // Paid: the booking clears it, as any step of the booking does.
    const admitted = journal.transition('7002', {
      from: 'discovered',
      to: 'pending',
      patch: { bookingStyle: 'sales_invoice' },
    });
    expect(admitted.nextAttemptAt).toBeNull();
  });

  it('hands a run the orders in progress, oldest first, and holds credits back until their original is through', () => {
    const { journal } = open();
    journal.record({ orderNumber: '10', state: 'pending', bookingStyle: 'sales_invoice' });
    journal.record({
      orderNumber: '11',
      state: 'pending',
      bookingStyle: 'sales_invoice',
      creditedOrderNumber: '10',
    });
    journal.record({
      orderNumber: '12',
      state: 'pending',
      bookingStyle: 'sales_invoice',
      creditedOrderNumber: '999',
    });
    journal.record({ orderNumber: '13' });
    journal.record({ orderNumber: '14', state: 'pending', bookingStyle: 'sales_invoice' });
    journal.park('14', 'pending', reason('unknown_vat'));
    expect(journal.due(0, 100).map((e) => e.orderNumber)).toEqual(['10', '12']);
    journal.advance('10', 'pending', 'contact_ok', { contactId: '1' });
    journal.advance('10', 'contact_ok', 'invoice_created', { invoiceId: '2' });
    journal.advance('10', 'invoice_created', 'totals_ok');
    journal.advance('10', 'totals_ok', 'sent');
    journal.advance('10', 'sent', 'paid', { paymentId: '3' });
    expect(journal.due(0, 100).map((e) => e.orderNumber)).toEqual(['10', '12']);
    journal.advance('10', 'paid', 'done');
    expect(journal.due(0, 100).map((e) => e.orderNumber)).toEqual(['11', '12']);
    expect(journal.due(0, 1).map((e) => e.orderNumber)).toEqual(['11']);
    expect(journal.counts()).toMatchObject({ done: 1, pending: 2, discovered: 1, parked: 1, sent: 0 });
    expect(journal.list({ states: ['parked'], limit: 10 }).map((e) => e.orderNumber)).toEqual(['14']);
    expect(journal.list({ limit: 2, afterOrderNumber: '11' }).map((e) => e.orderNumber)).toEqual([
      '12',
      '13',
    ]);
  });

  it('stays cheap with 10 000 orders: state and retry queries use indexes', () => {
    const s = open();
    s.transaction(() => {
      for (let i = 0; i < 10_000; i++) {
        s.journal.record({
          orderNumber: String(100_000 + i),
          state: i % 10 === 0 ? 'pending' : 'discovered',
          bookingStyle: 'sales_invoice',
          reference: `MWW-${100_000 + i}`,
        });
      }
    });
    expect(s.journal.counts()).toMatchObject({ pending: 1_000, discovered: 9_000 });
    expect(s.journal.due(0, 50)).toHaveLength(50);
    const plan = (sql: string) =>
      (s.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ now: 0, limit: 1 }) as { detail: string }[])
        .map((r) => r.detail)
        .join('\n');
    const duePlan = plan(DUE_ORDERS_SQL);
    // Both halves (the orders to book, those waiting to retry) read only their state's orders.
    expect(duePlan.match(/SEARCH j USING INDEX order_journal_state_date \(state=\?\)/g)).toHaveLength(2);
    expect(duePlan).not.toMatch(/\bSCAN\b/);
    expect(plan("SELECT min(next_attempt_at) FROM order_journal WHERE state = 'waiting_transient'")).toMatch(
      /order_journal_state_date \(state=\?\)/,
    );
    expect(plan('SELECT * FROM order_journal WHERE reference = @now')).toMatch(/order_journal_reference/);
  });

  it('takes several steps on one answer as one update, each checked as if taken alone', () => {
    const s = open();
    const start = { orderNumber: '3001', state: 'pending' as const, bookingStyle: 'sales_invoice' as const };
    s.journal.record(start);
    s.journal.advance('3001', 'pending', 'contact_ok', { contactId: '11' }, 'invoice');
    clock += 5;
    const through = s.journal.advanceThrough('3001', 'contact_ok', [
      { to: 'invoice_created', patch: { invoiceId: '22' } },
      { to: 'totals_ok', intent: 'send' },
    ]);
    expect(through).toMatchObject({
      state: 'totals_ok',
      progress: 'totals_ok',
      writeIntent: 'send',
      moneybird: { contactId: '11', invoiceId: '22', paymentId: null },
      updatedAt: clock,
    });
    expect(s.journal.get('3001')).toEqual(through);

    // The same steps one by one end in the same place.
    s.journal.record({ ...start, orderNumber: '3002' });
    s.journal.advance('3002', 'pending', 'contact_ok', { contactId: '11' }, 'invoice');
    s.journal.advance('3002', 'contact_ok', 'invoice_created', { invoiceId: '23' });
    const single = s.journal.advance('3002', 'invoice_created', 'totals_ok', undefined, 'send');
    expect({
      ...single,
      orderNumber: '3001',
      moneybird: through.moneybird,
      createdAt: through.createdAt,
    }).toEqual(through);

    // A later step that is not allowed refuses the whole: nothing is stored.
    expect(
      refusal(() => s.journal.advanceThrough('3001', 'totals_ok', [{ to: 'sent' }, { to: 'totals_ok' }]))
        .kind,
    ).toBe('illegal');
    expect(s.journal.get('3001')).toEqual(through);
    // So does a first step from a state the order is not in.
    expect(
      refusal(() => s.journal.advanceThrough('3001', 'sent', [{ to: 'paid' }, { to: 'done' }])).kind,
    ).toBe('conflict');
    expect(s.journal.get('3001')).toEqual(through);
  });

  it('refuses to read a damaged row and names the field, instead of booking from it', () => {
    const s = open();
    s.journal.record({
      orderNumber: '2001',
      state: 'pending',
      bookingStyle: 'sales_invoice',
      reference: 'MWW-2001',
      shopTotal: parseDecimal('10.00'),
      shopVat: [{ rate: parseDecimal('21'), amount: parseDecimal('1.74') }],
    });
    const damage = (column: string, value: unknown) =>
      s.db.prepare(`UPDATE order_journal SET ${column} = ? WHERE order_number = '2001'`).run(value);
    const problem = (column: string, value: unknown) => {
      const before = s.db.prepare("SELECT * FROM order_journal WHERE order_number = '2001'").get() as Record<
        string,
        unknown
      >;
      damage(column, value);
      let error: unknown;
      try {
        s.journal.get('2001');
      } catch (caught) {
        error = caught;
      }
      damage(column, before[column]);
      expect(error).toBeInstanceOf(JournalRowError);
      return error as JournalRowError;
    };
    expect(problem('shop_total', 'twelve').field).toBe('shop_total');
    expect(problem('shop_vat', '[{"rate":"21"}]').field).toBe('shop_vat.0.amount');
    expect(problem('shop_vat', '{"rate":"21"}').field).toBe('shop_vat');
    expect(problem('shop_vat', '[{"rate":"21","amount":"1,74x"}]').field).toBe('shop_vat.0.amount');
    expect(problem('attempts', -1).field).toBe('attempts');
    expect(problem('attempts', 1.5).field).toBe('attempts');
    expect(problem('created_at', 'yesterday').field).toBe('created_at');
    expect(problem('reason_details', '[1]').field).toBe('reason_details');
    expect(problem('next_attempt_at', 'soon').field).toBe('next_attempt_at');
    const error = problem('shop_total', 'twelve');
    expect(error.orderNumber).toBe('2001');
    expect(error.message).toMatch(/order 2001 .*shop_total: not a decimal: twelve/);
    // Repaired, it reads as before.
    expect(s.journal.get('2001')?.shopTotal).toBe(parseDecimal('10.00'));
  });
});
