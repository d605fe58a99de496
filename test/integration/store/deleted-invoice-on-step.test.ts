// A booked order whose invoice was deleted in Moneybird, taken back at the owner's request: the step
// that takes it back keeps which invoice was deleted (its id and number, migration 25), in the same
// transaction, so the order's page can still name it after the order is booked on a new number. The
// row forgets that invoice as before: nothing that books, adopts or compares can take it for the
// order's booking. Steps written before the migration simply have none.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  JournalTransitionError,
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  openDatabase,
  openStore,
  type Store,
} from '../../../src/main/core/store';
import { freshStores, freshTempDirs } from '../../support/temp-dir';

const stores = freshStores('winkelbrug-deleted-step-');
const tempDir = freshTempDirs();

/** Books the order through to done on `invoiceId`, numbered `number` when given. */
function book(store: Store, orderNumber: string, invoiceId: string, number?: string) {
  const { journal } = store;
  if (!journal.get(orderNumber))
    journal.record({
      orderNumber,
      state: 'pending',
      bookingStyle: 'sales_invoice',
      reference: `WB-${orderNumber}`,
    });
  journal.advance(orderNumber, 'pending', 'contact_ok', { contactId: '1' }, 'invoice');
  journal.advance(orderNumber, 'contact_ok', 'invoice_created', { invoiceId });
  journal.advanceThrough(orderNumber, 'invoice_created', [
    { to: 'totals_ok' },
    { to: 'sent', patch: number === undefined ? {} : { invoiceNumber: number } },
    { to: 'paid', patch: { paymentId: `p${invoiceId}` } },
    { to: 'done' },
  ]);
}

/** The steps that took the booking back, with the invoice each keeps. */
const takenBack = (store: Store, orderNumber: string) =>
  store.journal
    .steps(orderNumber)
    .filter((step) => step.deletedInvoice !== null)
    .map((step) => [step.state, step.deletedInvoice]);

describe('the step that takes back a booking whose invoice was deleted', () => {
  it('keeps the deleted invoice’s id and number, listed with the steps; the row forgets them', () => {
    const store = stores.open();
    book(store, '1048', '9001', '2026-0198');
    const forgotten = store.journal.forgetBooking('1048', '9001');
    expect(forgotten).toMatchObject({ state: 'pending', invoiceNumber: null, adoption: 'look_up' });
    expect(forgotten.moneybird.invoiceId).toBeNull();
    const steps = store.journal.steps('1048');
    expect(steps.at(-1)).toEqual({
      state: 'pending',
      at: expect.any(Number),
      writeIntent: null,
      reasonCode: null,
      deletedInvoice: { id: '9001', number: '2026-0198' },
    });
    // Every other step names no invoice.
    expect(steps.slice(0, -1).every((step) => step.deletedInvoice === null)).toBe(true);
    // Never taken for the order's booking: not among the ids the journal knows, not found by it.
    expect(store.journal.knownInvoiceIds().has('9001')).toBe(false);
    expect(store.journal.holdsBookings()).toBe(false);
    expect(
      store.db
        .prepare("SELECT count(*) FROM order_journal WHERE moneybird_invoice_id = '9001'")
        .pluck()
        .get(),
    ).toBe(0);
  });

  it('keeps every deleted invoice when the order is booked again and deleted again', () => {
    const store = stores.open();
    book(store, '1048', '9001', '2026-0198');
    store.journal.forgetBooking('1048', '9001');
    book(store, '1048', '9002', '2026-0214');
    store.journal.forgetBooking('1048', '9002');
    book(store, '1048', '9003', '2026-0230');
    expect(takenBack(store, '1048')).toEqual([
      ['pending', { id: '9001', number: '2026-0198' }],
      ['pending', { id: '9002', number: '2026-0214' }],
    ]);
    // The booking is the third invoice alone.
    const booked = store.journal.get('1048')!;
    expect(booked).toMatchObject({ state: 'done', invoiceNumber: '2026-0230' });
    expect(booked.moneybird.invoiceId).toBe('9003');
    expect([...store.journal.knownInvoiceIds()]).toEqual(['9003']);
  });

  it('keeps the id of an invoice whose number the journal never learnt, and no number', () => {
    const store = stores.open();
    book(store, '1049', '9101');
    store.journal.forgetBooking('1049', '9101');
    expect(takenBack(store, '1049')).toEqual([['pending', { id: '9101', number: null }]]);
  });

  it('is kept in the transaction of the step: rolled back together, and refused together', () => {
    const store = stores.open();
    book(store, '1048', '9001', '2026-0198');
    const before = store.journal.steps('1048');
    expect(() =>
      store.transaction(() => {
        store.journal.forgetBooking('1048', '9001');
        throw new Error('the channel failed after');
      }),
    ).toThrow('the channel failed after');
    expect(store.journal.steps('1048')).toEqual(before);
    expect(store.journal.get('1048')!.moneybird.invoiceId).toBe('9001');
    // Another invoice than the one booked: refused, and no step names it.
    expect(() => store.journal.forgetBooking('1048', '9999')).toThrow(JournalTransitionError);
    expect(store.journal.steps('1048')).toEqual(before);
  });
});

describe('a database of version 24', () => {
  it('opens with its steps as they were, and its next book-again keeps the deleted invoice', () => {
    const file = join(tempDir(), 'v24.sqlite');
    const v24 = openDatabase(file, { migrations: MIGRATIONS.slice(0, 24), now: () => 5 });
    expect(v24.pragma('user_version', { simple: true })).toBe(24);
    // An order booked, taken back and booked again before the journal kept the deleted invoice.
    v24.exec(`
      INSERT INTO order_journal (order_number, state, progress, booking_style, reference, attempts,
        created_at, updated_at, moneybird_contact_id, moneybird_invoice_id, moneybird_payment_id,
        invoice_number, booked_at)
      VALUES ('1048', 'done', 'done', 'sales_invoice', 'WB-1048', 0, 10, 60, '1', '9002', 'p9002', '2026-0214', 60);
      INSERT INTO order_journal_steps (order_number, seq, state, at, write_intent, reason_code) VALUES
        ('1048', 1, 'pending', 10, NULL, NULL),
        ('1048', 2, 'done', 20, NULL, NULL),
        ('1048', 3, 'pending', 30, NULL, NULL),
        ('1048', 4, 'done', 60, NULL, NULL);
    `);
    v24.close();

    const store = openStore(file, { now: () => 100 });
    try {
      expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(store.journal.steps('1048').map((s) => [s.state, s.at, s.deletedInvoice])).toEqual([
        ['pending', 10, null],
        ['done', 20, null],
        ['pending', 30, null],
        ['done', 60, null],
      ]);
      // Deleted once more, and taken back: this step keeps it.
      store.journal.forgetBooking('1048', '9002');
      expect(takenBack(store, '1048')).toEqual([['pending', { id: '9002', number: '2026-0214' }]]);
      expect(store.journal.steps('1048').map((s) => s.at)).toEqual([10, 20, 30, 60, 100]);
    } finally {
      store.close();
    }
  });
});
