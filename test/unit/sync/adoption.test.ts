// Which booking Moneybird holds is adopted, and from which step it goes on; what is parked instead.
import { describe, expect, it } from 'vitest';
import type { BookingPlan } from '../../../src/main/core/bookkeeping';
import type { JournalEntry } from '../../../src/main/core/store';
import {
  adoptionSteps,
  invoiceToTakeOver,
  invoiceUnderReference,
  judgeBookingElsewhere,
  judgeBookings,
} from '../../../src/main/core/sync/adoption';
import { type FoundBooking, moneyLines } from '../../../src/main/core/sync/existing-bookings';

const PLAN_LINES = [
  { description: 'Vaas, blauw', amount: '1', price: '19.95', tax_rate_id: '7', ledger_account_id: '3' },
  { description: 'Verzending', amount: '1', price: '5.00', tax_rate_id: '7', ledger_account_id: '4' },
];

const plan = (style: 'sales' | 'external' = 'sales', reference = 'MWW-1042'): BookingPlan =>
  ({
    kind: 'plan',
    reference,
    orderNumber: '1042',
    vatTreatment: 'domestic',
    style,
    contact: { match: { kind: 'email', value: 'jan@example.nl', key: 'email:jan@example.nl' }, create: {} },
    invoice:
      style === 'sales'
        ? { sales_invoice: { reference, details_attributes: PLAN_LINES } }
        : { external_sales_invoice: { reference, details_attributes: PLAN_LINES } },
    expected: { currency: 'EUR', totalInclTax: '24.95', taxByTaxRateId: { '7': '4.33' } },
    payments: [],
  }) as unknown as BookingPlan;

/** The invoice's lines as Moneybird gives them back (quantity as amount_decimal, prices as it prints them). */
const INVOICE_LINES = [
  { id: '1', description: 'Vaas, blauw', amount_decimal: '1.0', price: '19.95', tax_rate_id: '7' },
  { id: '2', description: 'Verzending', amount_decimal: '1.0', price: '5.0', tax_rate_id: '7' },
];

const entry = (patch: Partial<JournalEntry> = {}): JournalEntry => ({
  orderNumber: '1042',
  state: 'pending',
  progress: 'pending',
  bookingStyle: 'sales_invoice',
  orderDate: '2024-03-01',
  creditedOrderNumber: null,
  reference: 'MWW-1042',
  vatTreatment: null,
  currency: 'EUR',
  shopTotal: null,
  shopVat: null,
  moneybird: { contactId: null, invoiceId: null, paymentId: null },
  reason: null,
  writeIntent: null,
  adoption: 'look_up',
  attempts: 0,
  nextAttemptAt: null,
  createdAt: 1,
  updatedAt: 1,
  bookedAt: null,
  customerName: null,
  customerEmail: null,
  invoiceNumber: null,
  administrationId: null,
  ...patch,
});

const found = (
  patch: Record<string, unknown> = {},
  keys = ['email:jan@example.nl'],
  details: Array<Record<string, unknown>> = INVOICE_LINES,
): FoundBooking => ({
  invoice: {
    id: '900',
    contact_id: '55',
    state: 'paid',
    reference: 'MWW-1042',
    currency: 'EUR',
    prices_are_incl_tax: true,
    total_price_excl_tax: '20.62',
    total_price_incl_tax: '24.95',
    details: [],
    tax_totals: [],
    payments: [{ id: '77', price: '24.95', payment_date: '2024-03-01' }],
    invoice_id: '2024-0012',
    invoice_date: '2024-03-01',
    ...patch,
  } as unknown as FoundBooking['invoice'],
  contactKeys: keys,
  contactName: 'Jan Jansen',
  lines: moneyLines(
    details.map((d) => ({
      description: (d.description as string | null) ?? null,
      amount: d.amount_decimal as string | undefined,
      price: d.price as string,
      tax_rate_id: (d.tax_rate_id as string | null) ?? null,
    })),
  ),
  figureLines: details.map((d) => ({
    tax_rate_id: (d.tax_rate_id as string | null) ?? null,
    price: d.price as string,
    amount_decimal: d.amount_decimal as string | undefined,
  })),
});

describe('judging what Moneybird holds under an order reference', () => {
  it('books when nothing carries the reference', () => {
    expect(judgeBookings(plan(), entry(), [])).toEqual({ kind: 'absent' });
  });

  it('adopts the customer’s booking with the same total, at the step its state shows', () => {
    const cases: Array<[string, 'sales' | 'external', string]> = [
      ['draft', 'sales', 'invoice_created'],
      ['open', 'sales', 'sent'],
      ['late', 'sales', 'sent'],
      ['paid', 'sales', 'done'],
      ['open', 'external', 'invoice_created'],
      ['paid', 'external', 'done'],
    ];
    for (const [state, style, step] of cases) {
      const verdict = judgeBookings(plan(style), entry(), [found({ state })]);
      expect(verdict, `${style} ${state}`).toMatchObject({ kind: 'adopt', step });
    }
  });

  it('compares totals as amounts, not as text', () => {
    expect(judgeBookings(plan(), entry(), [found({ total_price_incl_tax: '24.950' })]).kind).toBe('adopt');
  });

  it('parks when the contact is another, naming both in both languages', () => {
    const verdict = judgeBookings(plan(), entry(), [found({}, ['email:someone@else.nl'])]);
    expect(verdict.kind).toBe('park');
    if (verdict.kind !== 'park') return;
    expect(verdict.reason.code).toBe('booking_not_ours');
    expect(verdict.reason.message.nl).toContain('MWW-1042');
    expect(verdict.reason.message.nl).toContain('Jan Jansen');
    expect(verdict.reason.message.nl).toContain('jan@example.nl');
    expect(verdict.reason.message.en).toMatch(/its contact is Jan Jansen, not the order's customer/);
    expect(verdict.reason.message.en).toContain('2024-0012');
    expect(verdict.reason.details).toMatchObject({ differences: ['contact'] });
  });

  it('under the shop’s own prefix adopts a booking whose contact changed, when its total and every line are the order’s', () => {
    // The customer's e-mail address (or VAT number) on the contact was changed after booking:
    // the lines, in another order and as Moneybird prints them, still show the invoice is this order's.
    const own = plan('sales', 'MW3F2A9C-1042');
    const reordered = [INVOICE_LINES[1]!, INVOICE_LINES[0]!];
    const verdict = judgeBookings(own, entry(), [
      found({ reference: 'MW3F2A9C-1042' }, ['email:jan.nieuw@example.nl'], reordered),
    ]);
    expect(verdict).toMatchObject({
      kind: 'adopt',
      step: 'done',
      contactChanged: { contact: 'Jan Jansen', customer: 'jan@example.nl' },
    });
    // Its contact matching as before, nothing is said about the contact.
    const same = judgeBookings(own, entry(), [found({ reference: 'MW3F2A9C-1042' })]);
    expect(same).toMatchObject({ kind: 'adopt' });
    expect(same).not.toHaveProperty('contactChanged');
    // A text line at price 0 (a credit's heading) changes no figure and is not compared.
    const heading = {
      id: '3',
      description: 'Creditnota',
      amount_decimal: '1.0',
      price: '0.0',
      tax_rate_id: '7',
    };
    expect(
      judgeBookings(own, entry(), [found({}, ['email:ander@example.nl'], [heading, ...INVOICE_LINES])]).kind,
    ).toBe('adopt');
  });

  it('parks a booking on another contact whose lines differ, whatever the prefix', () => {
    const own = plan('sales', 'MW3F2A9C-1042');
    const vase: Record<string, unknown> = INVOICE_LINES[0]!;
    const shipping: Record<string, unknown> = INVOICE_LINES[1]!;
    const otherLines: Array<[string, Array<Record<string, unknown>>]> = [
      ['another description', [{ ...vase, description: 'Vaas, rood' }, shipping]],
      [
        'another price',
        [
          { ...vase, price: '19.94' },
          { ...shipping, price: '5.01' },
        ],
      ],
      ['another quantity', [{ ...vase, amount_decimal: '2.0', price: '9.975' }, shipping]],
      ['another VAT rate', [{ ...vase, tax_rate_id: '8' }, shipping]],
      ['a line more', [vase, shipping, { ...shipping, id: '3', price: '0.01' }]],
      ['a line less', [{ ...vase, price: '24.95' }]],
      ['an unreadable quantity', [{ ...vase, amount_decimal: undefined }, shipping]],
    ];
    for (const [what, lines] of otherLines) {
      const verdict = judgeBookings(own, entry(), [found({}, ['email:someone@else.nl'], lines)]);
      expect(verdict, what).toMatchObject({ kind: 'park', reason: { code: 'booking_not_ours' } });
      if (verdict.kind !== 'park') continue;
      // The owner is told both: the contact is another, and so are the lines.
      expect(verdict.reason.details).toMatchObject({ differences: ['contact', 'lines'] });
      expect(verdict.reason.message.nl).toContain('de regels zijn niet die van de bestelling');
      expect(verdict.reason.message.en).toMatch(
        /its contact is Jan Jansen, .*; its lines are not the order's/,
      );
    }
    // On the legacy prefix, which installs of different shops share, equal lines are not enough
    // (and so not named).
    expect(judgeBookings(plan(), entry(), [found({}, ['email:someone@else.nl'])])).toMatchObject({
      kind: 'park',
      reason: { details: { differences: ['contact'] } },
    });
    // Nor when the total differs too, or when the journal already chose another contact.
    expect(
      judgeBookings(own, entry(), [found({ total_price_incl_tax: '25.00' }, ['email:someone@else.nl'])]),
    ).toMatchObject({ kind: 'park', reason: { details: { differences: ['contact', 'total'] } } });
    const chosen = entry({
      progress: 'contact_ok',
      state: 'contact_ok',
      moneybird: { contactId: '56', invoiceId: null, paymentId: null },
    });
    expect(judgeBookings(own, chosen, [found()])).toMatchObject({ kind: 'park' });
  });

  it('parks when the total or the currency differs', () => {
    for (const patch of [{ total_price_incl_tax: '25.00' }, { currency: 'USD' }]) {
      const verdict = judgeBookings(plan(), entry(), [found(patch)]);
      expect(verdict).toMatchObject({ kind: 'park', reason: { code: 'booking_not_ours' } });
      if (verdict.kind === 'park') expect(verdict.reason.message.en).toMatch(/its total is/);
    }
  });

  it('parks when the journal already chose another contact for the order', () => {
    const verdict = judgeBookings(
      plan(),
      entry({
        progress: 'contact_ok',
        state: 'contact_ok',
        moneybird: { contactId: '56', invoiceId: null, paymentId: null },
      }),
      [found()],
    );
    expect(verdict).toMatchObject({ kind: 'park', reason: { code: 'booking_not_ours' } });
  });

  it('adopts a booking on the contact the journal chose, whatever that contact is matched by now', () => {
    const chosen = entry({
      progress: 'contact_ok',
      state: 'contact_ok',
      moneybird: { contactId: '55', invoiceId: null, paymentId: null },
    });
    const verdict = judgeBookings(plan(), chosen, [found({}, ['email:nieuw@example.nl'], [])]);
    expect(verdict).toMatchObject({ kind: 'adopt' });
    expect(verdict).not.toHaveProperty('contactChanged');
  });

  it('parks when several invoices carry the reference, or the state is not one to go on from', () => {
    expect(judgeBookings(plan(), entry(), [found(), found({ id: '901' })])).toMatchObject({
      kind: 'park',
      reason: { code: 'booking_ambiguous' },
    });
    for (const state of ['scheduled', 'uncollectible']) {
      const verdict = judgeBookings(plan(), entry(), [found({ state })]);
      expect(verdict).toMatchObject({ kind: 'park', reason: { code: 'booking_state' } });
      if (verdict.kind === 'park') expect(verdict.reason.message.nl).not.toContain('{');
    }
  });

  it('names each invoice as the owner finds it in Moneybird: by number, a draft by its amount', () => {
    const draft = found({
      id: '480168025387542632',
      state: 'draft',
      invoice_id: null,
      total_price_incl_tax: '12.1',
    });
    const verdict = judgeBookings(plan(), entry(), [found(), draft]);
    if (verdict.kind !== 'park') throw new Error('expected a park');
    expect(verdict.reason.message.nl).toContain('(factuur 2024-0012; een concept van €\u00a012,10)');
    expect(verdict.reason.message.en).toContain('(invoice 2024-0012; a draft of €12.10)');
    // Moneybird's internal ids stay in the details, out of the owner's text.
    expect(verdict.reason.message.nl).not.toContain('480168025387542632');
    expect(verdict.reason.details).toMatchObject({ invoiceIds: ['900', '480168025387542632'] });

    const scheduled = judgeBookings(plan(), entry(), [found({ state: 'scheduled' })]);
    if (scheduled.kind !== 'park') throw new Error('expected a park');
    expect(scheduled.reason.message.nl).toContain('staat al in Moneybird (factuur 2024-0012), maar');
    expect(scheduled.reason.message.nl).not.toContain('id 900');
  });
});

describe('the journal steps of an adoption', () => {
  it('walks a sales booking from pending through every confirmed step, marked adopted', () => {
    const invoice = found().invoice;
    expect(adoptionSteps(plan(), entry(), invoice, 'done', '1')).toEqual([
      { to: 'contact_ok', patch: { contactId: '55', vatTreatment: 'domestic', adoption: 'adopted' } },
      {
        to: 'invoice_created',
        patch: { invoiceId: '900', administrationId: '1', invoiceNumber: '2024-0012' },
      },
      { to: 'totals_ok', patch: undefined },
      { to: 'sent', patch: undefined },
      { to: 'paid', patch: { paymentId: '77' } },
      { to: 'done', patch: undefined },
    ]);
    expect(adoptionSteps(plan(), entry(), invoice, 'invoice_created', '1').map((s) => s.to)).toEqual([
      'contact_ok',
      'invoice_created',
    ]);
  });

  it('goes on from contact_ok, and skips the send steps of an external invoice', () => {
    const invoice = found().invoice;
    const atContact = entry({ state: 'contact_ok', progress: 'contact_ok' });
    expect(adoptionSteps(plan(), atContact, invoice, 'sent', '1')).toEqual([
      {
        to: 'invoice_created',
        patch: { invoiceId: '900', administrationId: '1', invoiceNumber: '2024-0012', adoption: 'adopted' },
      },
      { to: 'totals_ok', patch: undefined },
      { to: 'sent', patch: undefined },
    ]);
    expect(adoptionSteps(plan('external'), entry(), invoice, 'done', '1').map((s) => s.to)).toEqual([
      'contact_ok',
      'invoice_created',
      'paid',
      'done',
    ]);
  });
});

describe('an invoice the owner takes over', () => {
  /** The order's total and VAT per rate, on another contact. */
  const VAT = [{ tax_rate_id: '7', taxable_amount: '20.62', tax_amount: '4.33' }];
  const stranger = (patch: Record<string, unknown> = {}) =>
    found({ tax_totals: VAT, ...patch }, ['email:someone@else.nl']);

  it('is offered for a booking parked beside it with the order’s figures, and says so', () => {
    const verdict = judgeBookings(plan(), entry(), [stranger()]);
    if (verdict.kind !== 'park') throw new Error('parked expected');
    expect(verdict.reason.message.nl).toContain('met het bedrag en de btw per tarief van bestelling 1042');
    // Its ways out, one line each, each naming its button (the page lists them).
    expect(verdict.reason.message.nl).toContain(
      'Controleer de factuur in Moneybird.\nWat je kunt doen:\nHoort de factuur bij deze bestelling: kies "Factuur overnemen".\nHoort hij er niet bij: geef hem in Moneybird een andere referentie en kies daarna "Opnieuw proberen".',
    );
    expect(verdict.reason.message.en).toContain('choose "Take over invoice"');
    expect(invoiceToTakeOver({ state: 'parked', reason: verdict.reason })).toBe('900');
  });

  it('is not offered, nor taken when named, with another total or VAT per rate', () => {
    for (const figures of [
      { total_price_incl_tax: '99.00' },
      { tax_totals: [{ tax_rate_id: '7', taxable_amount: '22.04', tax_amount: '2.91' }] },
      { tax_totals: [{ tax_rate_id: '8', taxable_amount: '20.62', tax_amount: '4.33' }] },
    ]) {
      const other = judgeBookings(plan(), entry(), [stranger(figures)]);
      if (other.kind !== 'park') throw new Error('parked expected');
      expect(other.reason.message.nl).not.toContain('Factuur overnemen');
      expect(invoiceToTakeOver({ state: 'parked', reason: other.reason })).toBeNull();
      expect(judgeBookings(plan(), entry(), [stranger(figures)], '900').kind).toBe('park');
    }
  });

  it('is offered only for a parked order whose reason says so', () => {
    const parked = judgeBookings(plan(), entry(), [stranger()]);
    if (parked.kind !== 'park') throw new Error('parked expected');
    expect(invoiceToTakeOver({ state: 'pending', reason: parked.reason })).toBeNull();
    expect(
      invoiceToTakeOver({ state: 'parked', reason: { ...parked.reason, code: 'booking_ambiguous' } }),
    ).toBeNull();
    expect(invoiceToTakeOver({ state: 'parked', reason: null })).toBeNull();
  });

  it('is shown on the order’s page, taken over or not, as the kind of invoice it is', () => {
    const takeable = judgeBookings(plan(), entry(), [stranger()]);
    const other = judgeBookings(plan(), entry(), [stranger({ total_price_incl_tax: '99.00' })]);
    if (takeable.kind !== 'park' || other.kind !== 'park') throw new Error('parked expected');
    for (const reason of [takeable.reason, other.reason])
      expect(invoiceUnderReference({ state: 'parked', reason, bookingStyle: null })).toMatchObject({
        invoiceId: '900',
        style: 'sales',
      });
    // Parked before the kind was kept: the kind the order books as.
    const { invoiceStyle: _kept, ...older } = takeable.reason.details as Record<string, unknown>;
    expect(
      invoiceUnderReference({
        state: 'parked',
        reason: { ...takeable.reason, details: older },
        bookingStyle: 'external_invoice',
      }),
    ).toMatchObject({ invoiceId: '900', style: 'external' });
    expect(invoiceUnderReference({ state: 'done', reason: takeable.reason, bookingStyle: null })).toBeNull();
    expect(
      invoiceUnderReference({
        state: 'parked',
        reason: { ...takeable.reason, code: 'booking_ambiguous' },
        bookingStyle: null,
      }),
    ).toBeNull();
  });

  it('is adopted once the owner named it, even on a contact the journal did not choose', () => {
    const verdict = judgeBookings(plan(), entry(), [stranger()], '900');
    expect(verdict).toMatchObject({ kind: 'adopt', step: 'done', byOwner: true });
    const chosenElsewhere = entry({
      state: 'contact_ok',
      progress: 'contact_ok',
      moneybird: { contactId: '12', invoiceId: null, paymentId: null },
    });
    expect(judgeBookings(plan(), chosenElsewhere, [stranger()], '900').kind).toBe('adopt');
  });

  it('takes no other invoice in its name', () => {
    expect(judgeBookings(plan(), entry(), [stranger()], '901').kind).toBe('park');
  });
});

describe('a booking found in another administration of the owner', () => {
  const OLD_BV = { id: '11', name: 'Oude Zaak B.V.' };
  const OWN = 'MW3F2A9C-1042';
  const there = (booking: FoundBooking, style: 'sales' | 'external' = 'sales', reference = 'MWW-1042') => ({
    administration: OLD_BV,
    style,
    reference,
    booking,
  });
  const OTHER_LINES = [{ ...INVOICE_LINES[0]!, description: 'Vaas, groen' }, INVOICE_LINES[1]!];

  it('is the order’s when on its customer with its total and currency, and paid: adopted as it is there', () => {
    const paid = there(found());
    expect(judgeBookingElsewhere(plan(), [paid], 'Nieuwe Zaak B.V.')).toEqual({ kind: 'adopt', found: paid });
    // Its lines are not compared by tax rate: those are that administration's own.
    const otherRates = there(
      found({}, ['email:jan@example.nl'], [{ ...INVOICE_LINES[0]!, tax_rate_id: '99' }]),
    );
    expect(judgeBookingElsewhere(plan(), [otherRates], undefined).kind).toBe('adopt');
  });

  it('is the order’s on another contact too, when its total and lines are the order’s', () => {
    const lines = INVOICE_LINES.map((l) => ({ ...l, tax_rate_id: '99' }));
    const movedOn = there(found({ reference: OWN }, ['email:jan.nieuw@example.nl'], lines), 'sales', OWN);
    // Taken with a word about the contact, as in the connected administration.
    expect(judgeBookingElsewhere(plan('sales', OWN), [movedOn], 'X')).toEqual({
      kind: 'adopt',
      found: movedOn,
      contactChanged: { contact: 'Jan Jansen', customer: 'jan@example.nl' },
    });
    // Under the legacy prefix as well: another shop's order with the same number, total and lines is no real case.
    const legacy = there(found({}, ['email:jan.nieuw@example.nl'], lines));
    expect(judgeBookingElsewhere(plan(), [legacy], 'X').kind).toBe('adopt');
  });

  it('parks the order over a booking under its own prefix that differs: it may be its own, changed there', () => {
    const changed = there(found({ reference: OWN, total_price_incl_tax: '20.00' }), 'sales', OWN);
    const verdict = judgeBookingElsewhere(plan('sales', OWN), [changed], 'Nieuwe Zaak B.V.');
    expect(verdict.kind).toBe('park');
    if (verdict.kind !== 'park') return;
    expect(verdict.reason.code).toBe('booked_elsewhere_not_ours');
    expect(verdict.reason.details).toMatchObject({ administrationId: '11', differences: ['total'] });
    expect(verdict.reason.message.nl).toContain('"Oude Zaak B.V."');
    expect(verdict.reason.message.nl).toContain('"Nieuwe Zaak B.V."');
    expect(verdict.reason.message.nl).toContain('het totaal is €\u00a020,00');
    expect(verdict.reason.message.en).toContain('Skip');
    // Another contact with other lines, under its own prefix: parked too.
    const other = there(found({ reference: OWN }, ['email:piet@example.nl'], OTHER_LINES), 'sales', OWN);
    expect(judgeBookingElsewhere(plan('sales', OWN), [other], 'X').kind).toBe('park');
  });

  it('under the legacy prefix, parks over its customer’s booking with other figures, and leaves another shop’s alone', () => {
    // Its customer, another total: the order's booking, changed there.
    expect(judgeBookingElsewhere(plan(), [there(found({ total_price_incl_tax: '24.96' }))], 'X').kind).toBe(
      'park',
    );
    expect(judgeBookingElsewhere(plan(), [there(found({ currency: 'USD' }))], 'X').kind).toBe('park');
    // Another customer with other lines: another shop's, which shared the prefix; the order is booked here.
    expect(
      judgeBookingElsewhere(plan(), [there(found({}, ['email:piet@example.nl'], OTHER_LINES))], 'X'),
    ).toEqual({
      kind: 'absent',
    });
  });

  it('parks the order when it is not paid there, naming both administrations and the invoice', () => {
    const verdict = judgeBookingElsewhere(plan(), [there(found({ state: 'open' }))], 'Nieuwe Zaak B.V.');
    expect(verdict.kind).toBe('park');
    if (verdict.kind !== 'park') return;
    expect(verdict.reason.code).toBe('booked_elsewhere_unfinished');
    expect(verdict.reason.details).toMatchObject({
      administrationId: '11',
      invoiceId: '900',
      invoiceState: 'open',
    });
    expect(verdict.reason.message.nl).toContain('"Oude Zaak B.V."');
    expect(verdict.reason.message.nl).toContain('"Nieuwe Zaak B.V."');
    expect(verdict.reason.message.nl).toContain('2024-0012');
    // Numbered already: deleting it would leave a gap in that administration's numbers. The advice
    // says so, names the accountant and the credit note, and still how a deletion is picked up: one
    // line per case under "Wat je kunt doen:", each naming its button (the page lists them).
    expect(verdict.reason.message.nl).toBe(
      'Bestelling 1042 staat al in de administratie "Oude Zaak B.V." (factuur 2024-0012), maar is daar nog niet als betaald geboekt. Winkelbrug boekt haar niet nog eens in "Nieuwe Zaak B.V.": dan zou ze twee keer in je boeken staan.\n' +
        'Wat je kunt doen:\n' +
        'Hoort ze in "Oude Zaak B.V.": zet de factuur daar op betaald en kies "Overslaan".\n' +
        'Hoort ze in "Nieuwe Zaak B.V.": overleg met je boekhouder. Meestal maak je in "Oude Zaak B.V." een creditfactuur voor de factuur van de bestelling en boek je haar zelf in "Nieuwe Zaak B.V."; kies daarna "Overslaan".\n' +
        'Verwijder je de factuur in "Oude Zaak B.V." toch (dat laat een gat in de factuurnummers daar): kies daarna "Opnieuw proberen"; dan boekt Winkelbrug haar in "Nieuwe Zaak B.V.".',
    );
    expect(verdict.reason.message.en).toContain('\nWhat you can do:\n');
    expect(verdict.reason.message.en).toContain('ask your accountant');
    // A draft has no number yet: it may simply go.
    const { invoice_id: _none, ...draftInvoice } = found({ state: 'draft' }).invoice as Record<
      string,
      unknown
    >;
    const draft = judgeBookingElsewhere(
      plan(),
      [
        there({
          ...found(),
          invoice: { ...draftInvoice, invoice_id: null } as unknown as FoundBooking['invoice'],
        }),
      ],
      'Nieuwe Zaak B.V.',
    );
    expect(draft.kind === 'park' && draft.reason.message.nl).toContain(
      '\nHoort ze in "Nieuwe Zaak B.V.": verwijder de factuur in "Oude Zaak B.V." en kies "Opnieuw proberen"; dan boekt Winkelbrug haar in "Nieuwe Zaak B.V.".',
    );
    expect(draft.kind === 'park' && draft.reason.message.nl).not.toContain('boekhouder');
    // An external invoice is named by its reference (it has no number, and is no draft); without the
    // connected administration's name, that one is named in general words.
    const { invoice_id: _number, ...external } = found({ state: 'open' }).invoice as Record<string, unknown>;
    const openExternal = there(
      { ...found(), invoice: external as unknown as FoundBooking['invoice'] },
      'external',
    );
    const unnamed = judgeBookingElsewhere(plan(), [openExternal], undefined);
    expect(unnamed.kind === 'park' && unnamed.reason.message.nl).toContain(
      'de factuur met referentie MWW-1042',
    );
    expect(unnamed.kind === 'park' && unnamed.reason.message.en).toContain('the connected administration');
  });

  it('parks the order found paid in two of them, naming both', () => {
    const second = {
      ...there(found({ id: '902' }), 'external'),
      administration: { id: '12', name: 'Derde B.V.' },
    };
    const verdict = judgeBookingElsewhere(plan(), [there(found({ id: '901' })), second], 'X');
    expect(verdict.kind).toBe('park');
    if (verdict.kind !== 'park') return;
    expect(verdict.reason.code).toBe('booked_elsewhere_ambiguous');
    expect(verdict.reason.message.nl).toContain('"Oude Zaak B.V." (factuur 2024-0012)');
    expect(verdict.reason.message.nl).toContain('"Derde B.V."');
  });

  it('takes the one that is the order’s when the other there is not', () => {
    const theirs = there(found({ id: '903' }, ['email:piet@example.nl'], OTHER_LINES));
    const mine = there(found({ id: '904' }));
    expect(judgeBookingElsewhere(plan(), [theirs, mine], 'X')).toEqual({ kind: 'adopt', found: mine });
  });
});
