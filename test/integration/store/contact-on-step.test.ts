// The contact step keeps how the booking came by the customer's contact (found, found and updated,
// added, the shared contact) in the step row it writes anyway: no page, table, index or migration of
// its own. It reads back as the step's `contact`, never as a reason, and is stored in a form no reason
// code has; only the contact step may say it; a take-over's steps keep their own reason; and steps
// written before this was kept say nothing.
import { describe, expect, it } from 'vitest';
import { journalPart } from '../../../src/main/core/app-service/order-channels';
import { REFUSAL_CODES } from '../../../src/main/core/bookkeeping';
import { JournalTransitionError, type Store, TAKEN_OVER_STEP } from '../../../src/main/core/store';
import { CONTACT_ORIGINS } from '../../../src/shared/contract';
import { freshStores } from '../../support/temp-dir';

const stores = freshStores('winkelbrug-contact-step-');

function pendingOrder(store: Store, orderNumber: string) {
  store.journal.record({
    orderNumber,
    state: 'pending',
    bookingStyle: 'sales_invoice',
    reference: `WB-${orderNumber}`,
  });
}

const contactStep = {
  from: 'pending',
  to: 'contact_ok',
  patch: { contactId: '7' },
  intent: 'invoice',
} as const;

/** The order's steps as its page gets them: state, and how the contact came where it says. */
const pageSteps = (store: Store, orderNumber: string) =>
  journalPart(store, store.journal.get(orderNumber)!, 'admin').steps.map((s) => [s.state, s.contact]);

describe('how the contact came, on the contact step', () => {
  it('reads back as the step’s contact, not as a reason, for each of found, updated, added and shared', () => {
    const store = stores.open();
    expect(CONTACT_ORIGINS).toEqual(['found', 'updated', 'added', 'shared']);
    for (const contact of CONTACT_ORIGINS) {
      pendingOrder(store, contact);
      store.journal.transition(contact, { ...contactStep, contact });
      expect(store.journal.steps(contact).at(-1)).toEqual({
        state: 'contact_ok',
        at: expect.any(Number),
        writeIntent: 'invoice',
        reasonCode: null,
        deletedInvoice: null,
        contact,
      });
    }
    // In the reason column, read raw, a form no reason code has (they are snake_case words, such as
    // `contact_create_in_doubt`): the colon.
    for (const code of [...REFUSAL_CODES, TAKEN_OVER_STEP]) expect(code).toMatch(/^[a-z0-9_]+$/);
    const raw = store.db
      .prepare(
        "SELECT order_number, reason_code FROM order_journal_steps WHERE state = 'contact_ok' ORDER BY 1",
      )
      .all();
    expect(raw).toEqual(
      [...CONTACT_ORIGINS].sort().map((o) => ({ order_number: o, reason_code: `contact:${o}` })),
    );
    // Kept in the step row itself: one row per step, as before.
    expect(
      store.db.prepare("SELECT count(*) FROM order_journal_steps WHERE order_number = 'added'").pluck().get(),
    ).toBe(2);
  });

  it('is refused on any other step, and nothing of that step is written', () => {
    const store = stores.open();
    pendingOrder(store, '1');
    store.journal.transition('1', { ...contactStep, contact: 'added' });
    expect(() =>
      store.journal.transition('1', {
        from: 'contact_ok',
        to: 'invoice_created',
        patch: { invoiceId: '9' },
        contact: 'found',
      }),
    ).toThrow(JournalTransitionError);
    expect(store.journal.get('1')?.state).toBe('contact_ok');
    expect(store.journal.steps('1').map((s) => s.state)).toEqual(['pending', 'contact_ok']);
  });

  it('leaves a take-over’s contact step its own reason, which the page words as before', () => {
    const store = stores.open();
    pendingOrder(store, '2');
    store.journal.advanceThrough('2', 'pending', [
      { to: 'contact_ok', patch: { contactId: '7', adoption: 'adopted' } },
      { to: 'invoice_created', patch: { invoiceId: '9' } },
    ]);
    const [, contactOk] = store.journal.steps('2');
    expect(contactOk).toMatchObject({ state: 'contact_ok', reasonCode: 'taken_over' });
    expect(contactOk?.contact).toBeUndefined();
  });

  it('on the page: a resume at the contact says the same; a contact forgotten and found again says anew', () => {
    const store = stores.open();
    pendingOrder(store, '3');
    store.journal.transition('3', { ...contactStep, contact: 'added' });
    store.journal.park('3', 'contact_ok', { code: 'tax_rate_unmapped', message: { nl: 'x', en: 'x' } });
    store.journal.resume('3', 'parked');
    // The owner deleted the contact before any invoice: found again for the next attempt.
    store.journal.forgetContact('3', '7');
    store.journal.transition('3', { ...contactStep, contact: 'found' });
    expect(pageSteps(store, '3')).toEqual([
      ['pending', undefined],
      ['contact_ok', 'added'],
      ['parked', undefined],
      ['contact_ok', 'added'],
      ['pending', undefined],
      ['contact_ok', 'found'],
    ]);
  });

  it('says nothing on a contact step written without it (a booking of before), nor on its resume', () => {
    const store = stores.open();
    pendingOrder(store, '4');
    store.journal.advance('4', 'pending', 'contact_ok', { contactId: '7' }, 'invoice');
    store.journal.park('4', 'contact_ok', { code: 'tax_rate_unmapped', message: { nl: 'x', en: 'x' } });
    store.journal.resume('4', 'parked');
    expect(store.journal.steps('4').every((s) => s.contact === undefined)).toBe(true);
    expect(pageSteps(store, '4').filter(([state]) => state === 'contact_ok')).toEqual([
      ['contact_ok', undefined],
      ['contact_ok', undefined],
    ]);
  });
});
