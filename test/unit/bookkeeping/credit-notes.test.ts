// Credit orders as credit notes (#11): partial credits, several credits of one order, and the refund
// that settles a credit note: the shop's own record or, without one, none at all (awaiting it).
import { describe, expect, it } from 'vitest';
import {
  type BookingPlan,
  isRefusal,
  type OriginalBooking,
  type OtherCredit,
  planBookingFromApi,
  type Refusal,
  type ShopRefund,
} from '../../../src/main/core/bookkeeping';
import { pickRefund } from '../../../src/main/core/bookkeeping/plan/credit';
import { bookingSign } from '../../../src/main/core/bookkeeping/plan/shop-figures';
import { parseOrder } from '../../../src/main/core/mijnwebwinkel/order-schema';
import { parseDecimal } from '../../../src/main/core/money/decimal';
import { FINANCIAL, referenceData, settings, TAX } from './fixtures';
import { detailsOf, expectPlanReproducesShop, expectWellFormedRefusal } from './plan-check';

type Raw = Record<string, unknown>;

/** The original: 2 × Mok at 21 % (24.20) and Thee at 9 % (5.45), paid with iDEAL. */
const original: OriginalBooking = {
  orderNumber: '1042',
  reference: 'MWW-1042',
  invoiceId: '460000000000000001',
  vatTreatment: 'domestic',
  taxRateIds: { '21': TAX.nl21, '9': TAX.nl9 },
  totalInclTax: '29.65',
  paymentMethod: 'ideal',
};

/** A credit order of 1042 crediting the given lines (positive amounts, as the shop sends them). */
function creditOrder(number: number, lines: Array<'mok' | 'thee'>, date = '2024-03-05'): Raw {
  const line = {
    mok: {
      type: 'article',
      quantity: 2,
      description: 'Mok',
      price: { amount: '20.000000', amount_including_tax: '24.20', rate: '21.00' },
    },
    thee: {
      type: 'article',
      quantity: 1,
      description: 'Thee',
      price: { amount: '5.000000', amount_including_tax: '5.45', rate: '9.00' },
    },
  };
  const tax = { mok: { rate: '21.00', amount: '4.20' }, thee: { rate: '9.00', amount: '0.45' } };
  const total = lines.reduce((s, l) => s + (l === 'mok' ? 2420 : 545), 0);
  return {
    number,
    date,
    status: 10,
    currency: 'EUR',
    tax_region: 'NL',
    tax_strategy: '',
    payment_status: 'unknown',
    credited_order_number: 1042,
    debtor: { email: 'klant@example.nl', address: { invoice: { name: 'Truus', country_code: 'NL' } } },
    price: { tax: lines.map((l) => tax[l]), total: (total / 100).toFixed(2) },
    orderlines: lines.map((l) => line[l]),
  };
}

const refund = (id: string, amount: string, day: string, reference?: string): ShopRefund => ({
  id,
  method: 'ideal',
  refundedOn: day,
  amount: parseDecimal(amount),
  ...(reference && { transactionReference: reference }),
});

const other = (orderNumber: string, total: string, state: Partial<OtherCredit> = {}): OtherCredit => ({
  orderNumber,
  total: parseDecimal(total),
  booked: true,
  paid: true,
  ...state,
});

/** iDEAL money goes to its own account here, so the refund's account can be told from the default. */
const IDEAL_ACCOUNT = FINANCIAL.giftCards;

function plan(
  raw: Raw,
  booking: Partial<OriginalBooking> = {},
  bookingStyle: 'sales' | 'external' = 'sales',
) {
  return planBookingFromApi(raw, {
    settings: settings({ financialAccountByPaymentMethod: { ideal: IDEAL_ACCOUNT }, bookingStyle }),
    reference: referenceData(),
    original: { ...original, ...booking },
  });
}

function planned(result: BookingPlan | Refusal): BookingPlan {
  if (isRefusal(result)) throw new Error(`refused: ${result.message.en}`);
  return result;
}

describe('a credit order as a credit note', () => {
  it('names the original invoice by its number when the journal knows it, and by its reference besides', () => {
    const numbered = planned(plan(creditOrder(1050, ['thee']), { invoiceNumber: '2026-0013' }));
    expect(detailsOf(numbered)[0]).toMatchObject({
      description: 'Creditering van factuur 2026-0013 (bestelling 1042, referentie MWW-1042)',
      price: '0.00',
    });
    // An external invoice's number is its reference: named once.
    const external = planned(plan(creditOrder(1050, ['thee']), { invoiceNumber: 'MWW-1042' }));
    expect(detailsOf(external)[0]!.description).toBe(
      'Creditering van bestelling 1042 (factuur met referentie MWW-1042)',
    );
  });

  it('a partial credit has only the credited lines, negative, under a heading naming the original', () => {
    const credit = planned(plan(creditOrder(1050, ['thee'])));
    expect(credit.creditOf).toEqual({
      orderNumber: '1042',
      reference: 'MWW-1042',
      invoiceId: original.invoiceId,
    });
    expect(credit.expected.totalInclTax).toBe('-5.45');
    const details = detailsOf(credit);
    expect(details[0]).toMatchObject({
      description: 'Creditering van bestelling 1042 (factuur met referentie MWW-1042)',
      price: '0.00',
    });
    expect(details.slice(1).map((d) => [d.description, d.price, d.tax_rate_id])).toEqual([
      ['Thee', '-5.45', TAX.nl9],
    ]);
  });

  it('is settled by the shop refund of its amount: on the refund day, its reference, the method account', () => {
    const credit = planned(
      plan(creditOrder(1050, ['thee']), {
        refunds: [
          refund('p1/9', '24.20', '2024-03-06', 'tr_other'),
          refund('p1/7', '5.45', '2024-03-08', 'tr_abc'),
        ],
      }),
    );
    expect(credit.payments).toEqual([
      {
        payment_date: '2024-03-08',
        price: '-5.45',
        financial_account_id: IDEAL_ACCOUNT,
        transaction_identifier: 'tr_abc',
      },
    ]);
    expect(credit.creditRefund).toEqual({ kind: 'registered', refundId: 'p1/7' });
    expectPlanReproducesShop(parsedOrder(creditOrder(1050, ['thee'])), credit, referenceData());
  });

  it('without a refund record of its amount it gets no payment: booked, awaiting the refund', () => {
    for (const refunds of [undefined, [refund('p1/7', '24.20', '2024-03-08')]]) {
      const credit = planned(plan(creditOrder(1050, ['thee']), refunds ? { refunds } : {}));
      expect(credit.payments).toEqual([]);
      expect(credit.creditRefund).toEqual({ kind: 'awaiting' });
    }
  });

  it('two credits of one order within it are both planned; the second takes the next refund', () => {
    const refunds = [
      refund('p1/7', '5.45', '2024-03-08', 'tr_1'),
      refund('p1/8', '5.45', '2024-03-09', 'tr_2'),
    ];
    // Partial credits of 5.45 each: 10.90 of 29.65.
    const second = planned(
      plan(creditOrder(1051, ['thee'], '2024-03-09'), { refunds, otherCredits: [other('1050', '5.45')] }),
    );
    expect(second.payments.map((p) => [p.payment_date, p.transaction_identifier])).toEqual([
      ['2024-03-09', 'tr_2'],
    ]);
  });

  it('credits that together exceed the order are refused with the figures', () => {
    const refused = plan(creditOrder(1051, ['mok']), { otherCredits: [other('1050', '24.20')] });
    expect(isRefusal(refused) && refused.code).toBe('credit_exceeds_original');
    const refusal = refused as Refusal;
    expectWellFormedRefusal(refusal);
    expect(refusal.details).toMatchObject({
      order: '1051',
      original: '1042',
      creditTotal: '24.20',
      creditedBefore: '24.20',
      originalTotal: '29.65',
    });
    expect(refusal.message.nl).toContain('(€\u00a024,20)');
    expect(refusal.message.en).toContain('credits €24.20');
    // A credit not in Moneybird (parked before its credit note) does not count.
    const planned2 = plan(creditOrder(1051, ['mok']), {
      otherCredits: [other('1050', '24.20', { booked: false, paid: false })],
    });
    expect(isRefusal(planned2)).toBe(false);
  });

  it('an external credit names the original reference in its heading and is paid the same way', () => {
    const credit = planned(
      plan(
        creditOrder(1050, ['thee']),
        { refunds: [refund('p1/7', '5.45', '2024-03-08', 'tr_abc')] },
        'external',
      ),
    );
    expect(credit.style).toBe('external');
    expect(detailsOf(credit)[0]!.description).toContain('MWW-1042');
    expect(credit.payments[0]).toMatchObject({ price: '-5.45', payment_date: '2024-03-08' });
  });
});

describe('which refund settles which credit', () => {
  const r = [
    refund('p1/3', '10.00', '2024-03-02'),
    refund('p1/2', '10.00', '2024-03-01'),
    refund('p1/4', '7.50', '2024-03-01'),
  ];
  const credit = (orderNumber: string, total = '10.00') => ({ orderNumber, total: parseDecimal(total) });

  it('takes the earliest refund of exactly its amount', () => {
    expect(pickRefund(r, credit('20'), [])?.id).toBe('p1/2');
    expect(pickRefund(r, credit('20', '7.50'), [])?.id).toBe('p1/4');
    expect(pickRefund(r, credit('20', '8.00'), [])).toBeUndefined();
  });

  it('skips the refunds paid credits used, and leaves earlier awaiting credits theirs', () => {
    expect(pickRefund(r, credit('21'), [other('20', '10.00')])?.id).toBe('p1/3');
    // 20 awaits its refund too and comes first: the earliest refund is its, the next one 21's.
    expect(pickRefund(r, credit('21'), [other('20', '10.00', { paid: false })])?.id).toBe('p1/3');
    expect(pickRefund(r, credit('20'), [other('21', '10.00', { paid: false })])?.id).toBe('p1/2');
    // Two paid credits of 10.00 used both refunds: nothing left for a third.
    expect(pickRefund(r, credit('22'), [other('20', '10.00'), other('21', '10.00')])).toBeUndefined();
  });

  it('gives every credit its own refund, whichever order they are planned in', () => {
    const credits = ['30', '31', '32'];
    const picks = credits.map(
      (n) =>
        pickRefund(
          [refund('a', '10.00', '2024-03-01'), refund('b', '10.00', '2024-03-02')],
          credit(n),
          credits.filter((c) => c !== n).map((c) => other(c, '10.00', { paid: false })),
        )?.id,
    );
    expect(picks).toEqual(['a', 'b', undefined]);
  });
});

describe('the sign a credit order is booked with', () => {
  it('is negative when the shop states the credit positive, and leaves a negative credit and a sale as they are', () => {
    const positive = parsedOrder(creditOrder(1050, ['thee']));
    expect(bookingSign(positive)).toBe(-1n);
    expect(bookingSign({ ...positive, total: -positive.total! })).toBe(1n);
    // A zero total says nothing: the lines tell.
    expect(bookingSign({ ...positive, total: 0n })).toBe(-1n);
    expect(bookingSign({ ...positive, creditedOrderNumber: undefined })).toBe(1n);
  });
});

/** The order as the engine plans it (the plan check compares with the parsed order). */
function parsedOrder(raw: Raw) {
  const parsed = parseOrder(raw);
  if (!parsed.ok) throw new Error('unreadable order');
  return parsed.order;
}
