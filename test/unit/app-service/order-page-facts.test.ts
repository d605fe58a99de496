// What the core tells an order's page beyond the journal's states: the payment as the booking judged
// it (never "paid" for an order held as unpaid, whatever words the shop has for it), what the books
// still hold of a cancelled order apart in turnover and VAT, and the shop's cancellation and the
// owner's "Zelf geregeld" as steps, in time order after the booking.
import { describe, expect, it } from 'vitest';
import {
  cancellationSteps,
  withStepsAfterBooking,
} from '../../../src/main/core/app-service/after-booking-steps';
import { journalPart } from '../../../src/main/core/app-service/order-channels';
import { paymentStateShown, shopOrderView } from '../../../src/main/core/app-service/order-views';
import { isPaid } from '../../../src/main/core/bookkeeping';
import { parseOrder } from '../../../src/main/core/mijnwebwinkel/order-schema';
import { parseDecimal } from '../../../src/main/core/money/decimal';
import type { Store } from '../../../src/main/core/store';
import type { MoneybirdInvoiceView } from '../../../src/shared/contract';
import { shopTimeToEpoch } from '../../../src/shared/shop-calendar';
import { freshStores } from '../../support/temp-dir';

const stores = freshStores('winkelbrug-order-page-');
const openTestStore = () => stores.open();

/** A shop order of € 29,65 as Mijnwebwinkel sends it, paid (or not) as given. */
function shopOrder(patch: Record<string, unknown>) {
  const parsed = parseOrder({
    number: 974004,
    date: '2026-11-27',
    status: 3,
    currency: 'EUR',
    payment_status: 'captured',
    payment: { method_name: 'ideal', status: { id: 1, text: 'Succesvol' } },
    debtor: { email: 'klant@example.nl', address: { invoice: { name: 'Anh', country_code: 'NL' } } },
    price: { tax: [{ rate: '21.00', amount: '4.20' }], total: '24.20' },
    orderlines: [
      {
        type: 'article',
        quantity: 2,
        description: 'Mok',
        price: { amount: '10.000000', amount_including_tax: '12.10', rate: '21.00' },
      },
    ],
    ...patch,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.order;
}

describe("an order's payment as its page shows it", () => {
  it('is the state the booking decided on, not the shop’s words', () => {
    // The shop's words say it succeeded, its payment status that it is pending: held as unpaid.
    const pending = shopOrder({ payment_status: 'pending' });
    expect(isPaid(pending)).toBe(false);
    expect(shopOrderView(pending).payment).toEqual({ method: 'ideal', status: 'Succesvol', state: 'unpaid' });
    expect(paymentStateShown(shopOrder({}))).toBe('paid');
    expect(paymentStateShown(shopOrder({ payment_status: 'authorized' }))).toBe('authorized');
    expect(paymentStateShown(shopOrder({ payment_status: 'refunded' }))).toBe('refunded');
    expect(paymentStateShown(shopOrder({ payment_status: 'failed' }))).toBe('failed');
    expect(paymentStateShown(shopOrder({ payment_status: 'voided' }))).toBe('failed');
    expect(paymentStateShown(shopOrder({ payment_status: 'new' }))).toBe('unpaid');
    expect(
      paymentStateShown(shopOrder({ price: { tax: [], total: '0.00' }, payment_status: 'unknown' })),
    ).toBe('zero_total');
    expect(paymentStateShown(shopOrder({ credited_order_number: 974001, payment_status: 'unknown' }))).toBe(
      'credit',
    );
  });
});

describe('a moment on the shop’s clock', () => {
  it('is read in Amsterdam time, winter and summer', () => {
    expect(new Date(shopTimeToEpoch('2026-11-30 01:22:00')!).toISOString()).toBe('2026-11-30T00:22:00.000Z');
    expect(new Date(shopTimeToEpoch('2026-07-01 12:00:00')!).toISOString()).toBe('2026-07-01T10:00:00.000Z');
    expect(new Date(shopTimeToEpoch('2026-10-25 03:30:00')!).toISOString()).toBe('2026-10-25T02:30:00.000Z');
    expect(shopTimeToEpoch('30-11-2026')).toBeNull();
  });
});

/** A booked sale of € 29,65 (€ 25,00 excl. VAT) and a credit order of its tea, booked too. */
function bookedSaleWithCredit(store: Store): void {
  const insert = store.db.prepare(
    `INSERT INTO order_journal (order_number, state, progress, booking_style, order_date,
       credited_order_number, shop_total, currency, created_at, updated_at)
     VALUES (?, 'done', 'done', 'sales_invoice', ?, ?, ?, 'EUR', 0, 0)`,
  );
  insert.run('974002', '2026-11-27', null, '29.65');
  insert.run('974003', '2026-11-28', '974002', '-5.45');
  store.vatFigures.recordBooked('974003', {
    total: parseDecimal('-5.45'),
    rates: [
      {
        rate: '9',
        vatBox: 'NL/1b',
        inclTax: parseDecimal('-5.45'),
        exclTax: parseDecimal('-5.00'),
        vat: parseDecimal('-0.45'),
        taxRateId: 'id9',
        taxRateName: '9% btw',
      },
    ],
    date: '2026-11-28',
    version: 1,
  });
  store.db
    .prepare('INSERT INTO order_journal_steps (order_number, seq, state, at) VALUES (?, 1, ?, ?)')
    .run('974002', 'done', Date.parse('2026-11-30T00:21:00Z'));
}

const invoiceOf = (exclVat: string, inclVat: string) =>
  ({ totalExclVat: exclVat, totalInclVat: inclVat }) as MoneybirdInvoiceView;

describe('a booked order the shop cancelled, partly credited', () => {
  it('names what the books still hold, incl. VAT and apart, where the invoice tells', () => {
    const store = openTestStore();
    bookedSaleWithCredit(store);
    expect(store.cancelledInShop.mark('974002', 'Geannuleerd', '2026-11-30 01:22:00')).toBe(true);
    const part = (invoice?: MoneybirdInvoiceView) =>
      journalPart(store, store.journal.get('974002')!, undefined, false, invoice).cancelledInShop;
    expect(part(invoiceOf('25.00', '29.65'))).toMatchObject({
      credited: '5.45',
      rest: '24.20',
      restExclVat: '20.00',
      restVat: '4.20',
    });
    // The invoice not read, or edited in Moneybird so its figures no longer add up: incl. VAT only.
    expect(part()).toMatchObject({ rest: '24.20', restExclVat: null, restVat: null });
    expect(part(invoiceOf('26.00', '30.65'))).toMatchObject({ rest: '24.20', restExclVat: null });
  });
});

describe('the steps of a booked order the shop cancelled', () => {
  it('show the shop’s cancellation, then the owner’s "Zelf geregeld", after the booking', () => {
    const store = openTestStore();
    bookedSaleWithCredit(store);
    expect(cancellationSteps(store, '974002')).toEqual([]);
    store.cancelledInShop.mark('974002', 'Geannuleerd', '2026-11-30 01:22:00');
    const cancelled = { state: 'cancelled_in_shop', at: '2026-11-30T00:22:00.000Z', reasonCode: null };
    expect(cancellationSteps(store, '974002')).toEqual([cancelled]);
    store.cancelledInShop.settleByOwner('974002');
    const [, settled] = cancellationSteps(store, '974002');
    expect(settled?.state).toBe('cancellation_settled');
    expect(journalPart(store, store.journal.get('974002')!, undefined).steps.map((s) => s.state)).toEqual([
      'done',
      'cancelled_in_shop',
      'cancellation_settled',
    ]);
  });

  it('never puts the shop’s cancellation before the booking it cancels, even if the shop’s clock says so', () => {
    const step = (state: string, at: string) => ({ state, at, reasonCode: null });
    const booked = [step('pending', '2026-11-30T00:21:00Z'), step('done', '2026-11-30T00:23:00Z')];
    expect(
      withStepsAfterBooking(booked, [step('cancelled_in_shop', '2026-11-30T00:22:00Z')]).map((s) => s.state),
    ).toEqual(['pending', 'done', 'cancelled_in_shop']);
    // Booked again after a deletion: the cancellation keeps its place in time among the steps after.
    const again = [...booked, step('pending', '2026-12-02T09:00:00Z'), step('done', '2026-12-02T09:01:00Z')];
    expect(
      withStepsAfterBooking(again, [step('cancelled_in_shop', '2026-12-01T10:00:00Z')]).map((s) => s.state),
    ).toEqual(['pending', 'done', 'cancelled_in_shop', 'pending', 'done']);
  });
});

describe('the steps of a booked order whose invoice was deleted in Moneybird', () => {
  it('show the deletion after the booking, when it was found, until the order is booked again', () => {
    const store = stores.open({ now: () => Date.parse('2026-11-30T09:00:00Z') });
    bookedSaleWithCredit(store);
    const states = () => journalPart(store, store.journal.get('974002')!, undefined).steps;
    expect(states().map((s) => s.state)).toEqual(['done']);
    store.vatFigures.recordGone('974002');
    expect(states()).toEqual([
      expect.objectContaining({ state: 'done' }),
      { state: 'deleted_in_moneybird', at: '2026-11-30T09:00:00.000Z', reasonCode: null },
    ]);
    expect(journalPart(store, store.journal.get('974002')!, undefined).summary.state).toBe(
      'deleted_in_moneybird',
    );
    // Booked again: its new booking's steps say why; the deletion is not a step of the new invoice.
    store.vatFigures.recordBooked('974002', {
      total: parseDecimal('29.65'),
      rates: [],
      date: '2026-11-30',
      version: 1,
    });
    expect(states().map((s) => s.state)).toEqual(['done']);
  });
});

describe('the steps of an order booked again after its invoice was deleted in Moneybird', () => {
  /** Books order 1048 through to done on `invoiceId`, numbered `number`. */
  function book(store: Store, invoiceId: string, number: string) {
    const { journal } = store;
    if (!journal.get('1048'))
      journal.record({
        orderNumber: '1048',
        state: 'pending',
        bookingStyle: 'sales_invoice',
        reference: 'WB-1048',
      });
    journal.advance('1048', 'pending', 'contact_ok', { contactId: '1' }, 'invoice');
    journal.advance('1048', 'contact_ok', 'invoice_created', { invoiceId });
    journal.advanceThrough('1048', 'invoice_created', [
      { to: 'totals_ok' },
      { to: 'sent', patch: { invoiceNumber: number } },
      { to: 'paid', patch: { paymentId: `p${invoiceId}` } },
      { to: 'done' },
    ]);
  }
  const pageOf = (store: Store) => journalPart(store, store.journal.get('1048')!, 'adm1');

  it('name each deleted invoice by its number on the step that took it back, never by its id', () => {
    const store = openTestStore();
    book(store, '9001', '2026-0198');
    store.journal.forgetBooking('1048', '9001');
    book(store, '9002', '2026-0214');
    store.journal.forgetBooking('1048', '9002');
    book(store, '9003', '2026-0230');
    const page = pageOf(store);
    const takenBack = page.steps.filter((s) => s.deletedInvoice !== undefined);
    expect(takenBack).toEqual([
      expect.objectContaining({ state: 'pending', deletedInvoice: { number: '2026-0198' } }),
      expect.objectContaining({ state: 'pending', deletedInvoice: { number: '2026-0214' } }),
    ]);
    // Each right after a booking it took back.
    for (const step of takenBack) expect(page.steps[page.steps.indexOf(step) - 1]?.state).toBe('done');
    // The booking is the invoice booked last: its number, its link; the deleted ids go nowhere.
    expect(page.summary.invoiceNumber).toBe('2026-0230');
    expect(page.links.invoice).toMatch(/\/sales_invoices\/9003$/);
    expect(JSON.stringify(page)).not.toMatch(/900[12]/);
  });

  it('name no number the journal never learnt, and none on a step written before it kept them', () => {
    const store = openTestStore();
    book(store, '9001', '2026-0198');
    // Written before version 25: taken back and booked again, no invoice kept with the step.
    store.journal.forgetBooking('1048', '9001');
    store.db
      .prepare(
        `UPDATE order_journal_steps SET deleted_invoice_id = NULL, deleted_invoice_number = NULL
         WHERE order_number = '1048'`,
      )
      .run();
    book(store, '9002', '2026-0214');
    expect(pageOf(store).steps.some((s) => 'deletedInvoice' in s)).toBe(false);
    // Taken back again, its number not known: the step says an invoice was deleted, not which.
    store.db.prepare("UPDATE order_journal SET invoice_number = NULL WHERE order_number = '1048'").run();
    store.journal.forgetBooking('1048', '9002');
    expect(pageOf(store).steps.at(-1)).toEqual(
      expect.objectContaining({ state: 'pending', deletedInvoice: { number: null } }),
    );
  });
});
