// Credit orders as credit notes (#11): partial credits, several credits of one order, and the refund
// that settles a credit note: the shop's own records (one, or several that together make it: a split
// payment refunded per payment, a refund in parts) or, without them, none at all (awaiting it).
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
import { pickRefunds } from '../../../src/main/core/bookkeeping/plan/credit';
import { bookingSign } from '../../../src/main/core/bookkeeping/plan/shop-figures';
import { parseOrder } from '../../../src/main/core/mijnwebwinkel/order-schema';
import { parseDecimal } from '../../../src/main/core/money/decimal';
import { FINANCIAL, LEDGER, referenceData, settings, TAX } from './fixtures';
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

const refund = (
  id: string,
  amount: string,
  day: string,
  reference?: string,
  method = 'ideal',
): ShopRefund => ({
  id,
  method,
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
    expect(credit.creditRefund).toEqual({ kind: 'registered', refundIds: ['p1/7'] });
    expectPlanReproducesShop(parsedOrder(creditOrder(1050, ['thee'])), credit, referenceData());
  });

  it('without a refund record of its amount it gets no payment: booked, awaiting the refund', () => {
    for (const refunds of [undefined, [refund('p1/7', '24.20', '2024-03-08')]]) {
      const credit = planned(plan(creditOrder(1050, ['thee']), refunds ? { refunds } : {}));
      expect(credit.payments).toEqual([]);
      expect(credit.creditRefund).toEqual({ kind: 'awaiting' });
    }
  });

  it('a split payment refunded per payment: one payment per refund, each on its own account, day and reference', () => {
    // The whole order (29.65), paid 10.00 by gift card and 19.65 by iDEAL, refunded onto each.
    const refunds = [
      refund('p2/5', '19.65', '2024-03-08', 'tr_ideal'),
      refund('p1/4', '10.00', '2024-03-06', 'gc_card', 'webshop_giftcard'),
    ];
    const order = creditOrder(1050, ['mok', 'thee']);
    const own = (extra = {}) =>
      planned(
        planBookingFromApi(order, {
          settings: settings(extra),
          reference: referenceData(),
          original: { ...original, refunds },
        }),
      );
    const credit = own();
    expect(credit.payments).toEqual([
      {
        payment_date: '2024-03-06',
        price: '-10.00',
        financial_account_id: FINANCIAL.giftCards,
        transaction_identifier: 'gc_card',
      },
      {
        payment_date: '2024-03-08',
        price: '-19.65',
        financial_account_id: FINANCIAL.psp,
        transaction_identifier: 'tr_ideal',
      },
    ]);
    expect(credit.creditRefund).toEqual({ kind: 'registered', refundIds: ['p1/4', 'p2/5'] });
    expectPlanReproducesShop(parsedOrder(order), credit, referenceData());
    // Gift cards kept on a liability: the refund onto the card settles against it, as a redemption does.
    const kept = own({ giftCardLedgerAccountId: LEDGER.giftCards });
    expect(kept.payments[0]).toEqual({
      payment_date: '2024-03-06',
      price: '-10.00',
      ledger_account_id: LEDGER.giftCards,
      manual_payment_action: 'balance_settlement',
      transaction_identifier: 'gc_card',
    });
    expect(kept.payments[1]).toMatchObject({ price: '-19.65', financial_account_id: FINANCIAL.psp });
  });

  it('a refund recorded only in part leaves the credit awaiting the rest, with no payment', () => {
    const credit = planned(
      plan(creditOrder(1050, ['mok']), { refunds: [refund('p1/7', '20.00', '2024-03-08', 'tr_1')] }),
    );
    expect(credit.payments).toEqual([]);
    expect(credit.creditRefund).toEqual({ kind: 'awaiting' });
    // The rest is recorded: both parts, each on its own day.
    const paid = planned(
      plan(creditOrder(1050, ['mok']), {
        refunds: [
          refund('p1/7', '20.00', '2024-03-08', 'tr_1'),
          refund('p1/9', '4.20', '2024-03-11', 'tr_1'),
        ],
      }),
    );
    expect(paid.payments.map((p) => [p.payment_date, p.price])).toEqual([
      ['2024-03-08', '-20.00'],
      ['2024-03-11', '-4.20'],
    ]);
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
  const ids = (picked: readonly ShopRefund[]) => picked.map((p) => p.id);

  it('takes the earliest refund of exactly its amount', () => {
    expect(ids(pickRefunds(r, credit('20'), []))).toEqual(['p1/2']);
    expect(ids(pickRefunds(r, credit('20', '7.50'), []))).toEqual(['p1/4']);
    expect(pickRefunds(r, credit('20', '8.00'), [])).toEqual([]);
  });

  it('skips the refunds paid credits used, and leaves earlier awaiting credits theirs', () => {
    expect(ids(pickRefunds(r, credit('21'), [other('20', '10.00')]))).toEqual(['p1/3']);
    // 20 awaits its refund too and comes first: the earliest refund is its, the next one 21's.
    expect(ids(pickRefunds(r, credit('21'), [other('20', '10.00', { paid: false })]))).toEqual(['p1/3']);
    expect(ids(pickRefunds(r, credit('20'), [other('21', '10.00', { paid: false })]))).toEqual(['p1/2']);
    // Two paid credits of 10.00 used both refunds: nothing left for a third.
    expect(pickRefunds(r, credit('22'), [other('20', '10.00'), other('21', '10.00')])).toEqual([]);
  });

  it('gives every credit its own refund, whichever order they are planned in', () => {
    const credits = ['30', '31', '32'];
    const picks = credits.map((n) =>
      ids(
        pickRefunds(
          [refund('a', '10.00', '2024-03-01'), refund('b', '10.00', '2024-03-02')],
          credit(n),
          credits.filter((c) => c !== n).map((c) => other(c, '10.00', { paid: false })),
        ),
      ),
    );
    expect(picks).toEqual([['a'], ['b'], []]);
  });

  it('takes two refunds of the order that together make its amount, in the order they happened', () => {
    // Paid 10.00 by gift card and 40.00 by iDEAL, credited in full and refunded per payment.
    const split = [refund('p2/9', '40.00', '2024-03-03'), refund('p1/8', '10.00', '2024-03-02')];
    expect(ids(pickRefunds(split, credit('20', '50.00'), []))).toEqual(['p1/8', 'p2/9']);
    // Refunded in three parts.
    const parts = [
      ...split.slice(0, 1),
      refund('p2/7', '6.00', '2024-03-01'),
      refund('p2/8', '4.00', '2024-03-02'),
    ];
    expect(ids(pickRefunds(parts, credit('20', '50.00'), []))).toEqual(['p2/7', 'p2/8', 'p2/9']);
  });

  it('a partial picture settles nothing: the credit keeps awaiting', () => {
    // Only the gift card's part is refunded so far.
    expect(pickRefunds([refund('p1/8', '10.00', '2024-03-02')], credit('20', '50.00'), [])).toEqual([]);
    // More was refunded than this credit credits (another credit's refund the journal does not know
    // yet): which records are its own cannot be told.
    const more = [
      refund('p1/8', '10.00', '2024-03-02'),
      refund('p2/9', '40.00', '2024-03-03'),
      refund('p2/10', '5.00', '2024-03-04'),
    ];
    expect(pickRefunds(more, credit('20', '50.00'), [])).toEqual([]);
  });

  it('prefers one refund of exactly its amount to several that make it', () => {
    const both = [
      refund('p1/8', '10.00', '2024-03-02'),
      refund('p2/9', '40.00', '2024-03-03'),
      refund('p2/10', '50.00', '2024-03-04'),
    ];
    expect(ids(pickRefunds(both, credit('20', '50.00'), []))).toEqual(['p2/10']);
  });

  it('two credits of one original never share a refund, whichever asks', () => {
    // 30 was refunded as 10 + 20, 31 as one 20, 32 as 12 + 12.
    const records = [
      refund('p/1', '10.00', '2024-03-01'),
      refund('p/2', '20.00', '2024-03-01'),
      refund('p/3', '12.00', '2024-03-02'),
      refund('p/4', '20.00', '2024-03-03'),
      refund('p/5', '12.00', '2024-03-04'),
    ];
    const credits = { '30': '30.00', '31': '20.00', '32': '24.00' } as const;
    const pickFor = (n: keyof typeof credits, paid: readonly string[] = []) =>
      ids(
        pickRefunds(
          records,
          credit(n, credits[n]),
          (Object.keys(credits) as Array<keyof typeof credits>)
            .filter((c) => c !== n)
            .map((c) => other(c, credits[c], { paid: paid.includes(c) })),
        ),
      );
    // All three awaiting: the one record of 20.00 that fits goes to 31 (the earliest); 30 and 32
    // share the rest, which make exactly what they credit: 30 first, 32 once 30 is paid.
    const picks = [pickFor('30'), pickFor('31'), pickFor('32')];
    expect(picks).toEqual([['p/1', 'p/4'], ['p/2'], []]);
    // Once 30 is paid, the others get the rest: none is taken twice.
    expect([pickFor('31', ['30']), pickFor('32', ['30'])]).toEqual([['p/2'], ['p/3', 'p/5']]);
    expect(pickFor('32', ['30', '31'])).toEqual(['p/3', 'p/5']);
  });

  it('whichever order the credits are looked at as their refunds come in, each refund settles one', () => {
    const on = (day: string, id: string, amount: string) => refund(id, amount, `2024-03-${day}`);
    const scenarios: Array<{ credits: Record<string, string>; stages: ShopRefund[][] }> = [
      // 30 refunded 10 + 20, 31 one 20, 32 12 + 12, recorded day by day.
      {
        credits: { '30': '30.00', '31': '20.00', '32': '24.00' },
        stages: [
          [on('01', 'p/1', '10.00'), on('01', 'p/2', '20.00')],
          [on('02', 'p/3', '12.00'), on('03', 'p/4', '20.00')],
          [on('04', 'p/5', '12.00')],
        ],
      },
      // Two credits of one amount, each refunded in parts, and a third of one record.
      {
        credits: { '30': '30.00', '31': '30.00', '32': '10.00' },
        stages: [
          [on('01', 'a', '10.00'), on('02', 'b', '20.00')],
          [on('03', 'c', '15.00'), on('04', 'd', '15.00')],
          [on('05', 'e', '10.00')],
        ],
      },
      // A split payment refunded per payment, and another credit of one of its parts' amount.
      {
        credits: { '30': '50.00', '31': '10.00' },
        stages: [[on('01', 'gc', '10.00')], [on('02', 'id', '40.00')], [on('06', 'x', '10.00')]],
      },
    ];
    const orders = (xs: string[]): string[][] =>
      xs.length <= 1
        ? [xs]
        : xs.flatMap((x, i) => orders(xs.filter((_, j) => j !== i)).map((o) => [x, ...o]));
    for (const { credits, stages } of scenarios) {
      const numbers = Object.keys(credits);
      const total = (n: string) => credits[n]!;
      for (const order of orders(numbers)) {
        const paid = new Map<string, string[]>();
        let recorded: ShopRefund[] = [];
        for (const stage of stages) {
          recorded = [...recorded, ...stage];
          // Each run looks at every credit still awaiting, in this order; a few runs per stage.
          for (let run = 0; run < 3; run++)
            for (const n of order) {
              if (paid.has(n)) continue;
              const others = numbers
                .filter((c) => c !== n)
                .map((c) => other(c, total(c), { paid: paid.has(c) }));
              const picked = ids(pickRefunds(recorded, credit(n, total(n)), others));
              if (picked.length > 0) paid.set(n, picked);
            }
        }
        const used = [...paid.values()].flat();
        expect({ order, used: new Set(used).size }).toEqual({ order, used: used.length });
        expect({ order, paid: paid.size }).toEqual({ order, paid: numbers.length });
      }
    }
  });

  it('a paid credit settled by several refunds keeps them from a later credit of one of their amounts', () => {
    const settled = [refund('p/1', '10.00', '2024-03-01'), refund('p/2', '20.00', '2024-03-01')];
    // 30 was paid with 10 + 20; 31 credits 20 and its refund is not recorded yet: 30's 20 is not its.
    expect(pickRefunds(settled, credit('31', '20.00'), [other('30', '30.00')])).toEqual([]);
    // Now it is. A refund of exactly its amount is preferred, as ever: 31 takes the earliest of 20,
    // and 30 is taken to have used the ones it can spare (amounts that add up, each record once).
    const later = [...settled, refund('p/3', '20.00', '2024-03-05')];
    expect(ids(pickRefunds(later, credit('31', '20.00'), [other('30', '30.00')]))).toEqual(['p/2']);
    // A later credit of several refunds finds only those 30 did not use.
    const parts = [...settled, refund('p/3', '5.00', '2024-03-05'), refund('p/4', '7.00', '2024-03-06')];
    expect(ids(pickRefunds(parts, credit('31', '12.00'), [other('30', '30.00')]))).toEqual(['p/3', 'p/4']);
    // Not yet all of its own recorded: it waits, and never takes one of 30's.
    expect(pickRefunds(parts.slice(0, 3), credit('31', '12.00'), [other('30', '30.00')])).toEqual([]);
  });

  it('a paid credit that kept its records holds exactly those, whichever of two alike was paid first', () => {
    // 30 and 31 both credit 20. 31 was looked at first, while 30 waited in line for the first record,
    // so 31 was paid with the second. Worked out from amounts alone, 31 would now count as paid with
    // the first, and 30 be given the second again.
    const records = [refund('p/1', '20.00', '2024-03-04'), refund('p/2', '20.00', '2024-03-05')];
    expect(ids(pickRefunds(records, credit('31', '20.00'), [other('30', '20.00', { paid: false })]))).toEqual(
      ['p/2'],
    );
    const kept = other('31', '20.00', { refundIds: ['p/2'] });
    expect(ids(pickRefunds(records, credit('30', '20.00'), [kept]))).toEqual(['p/1']);
    // Records kept by a credit settled by several are kept from a later one too.
    const parts = [refund('p/1', '8.00', '2024-03-04'), refund('p/2', '12.00', '2024-03-04')];
    const more = [...parts, refund('p/3', '12.00', '2024-03-06')];
    const split = other('30', '20.00', { refundIds: ['p/1', 'p/2'] });
    expect(ids(pickRefunds(more, credit('31', '12.00'), [split]))).toEqual(['p/3']);
    expect(pickRefunds(parts, credit('31', '12.00'), [split])).toEqual([]);
  });

  it('needing several, it waits while another awaiting credit of its amount has a record of it', () => {
    // 30 and 31 both credit 20: 30's refund is one record, 31's three. Paid first, 31 would later
    // count as the credit of that one record, and 30 be given 31's three.
    const records = [
      refund('p/1', '10.00', '2024-03-04'),
      refund('p/2', '5.00', '2024-03-04'),
      refund('p/3', '20.00', '2024-03-05'),
      refund('p/4', '5.00', '2024-03-05'),
    ];
    expect(pickRefunds(records, credit('31', '20.00'), [other('30', '20.00', { paid: false })])).toEqual([]);
    expect(ids(pickRefunds(records, credit('30', '20.00'), [other('31', '20.00', { paid: false })]))).toEqual(
      ['p/3'],
    );
    expect(ids(pickRefunds(records, credit('31', '20.00'), [other('30', '20.00')]))).toEqual([
      'p/1',
      'p/2',
      'p/4',
    ]);
  });

  it('a credit that waits for its own refund holds up another that needs several only while both lack theirs', () => {
    // 31's refund (15.00) is not recorded: whether 10 + 20 are 30's cannot be told apart from a
    // partial picture of both, so 30 waits too; once 31's is recorded, both are settled.
    const records = [refund('p/1', '10.00', '2024-03-01'), refund('p/2', '20.00', '2024-03-01')];
    const waiting = other('31', '15.00', { paid: false });
    expect(pickRefunds(records, credit('30', '30.00'), [waiting])).toEqual([]);
    const all = [...records, refund('p/3', '15.00', '2024-03-02')];
    expect(ids(pickRefunds(all, credit('30', '30.00'), [waiting]))).toEqual(['p/1', 'p/2']);
    expect(ids(pickRefunds(all, credit('31', '15.00'), [other('30', '30.00', { paid: false })]))).toEqual([
      'p/3',
    ]);
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
