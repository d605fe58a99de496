// The plan's named steps, rule by rule (issue 11): honest rounding, line types, payments from the
// shop's own payment records. Each case is also checked with Moneybird's arithmetic and request
// schemas by `planned` (plan-check.ts).
import { describe, expect, it } from 'vitest';
import {
  type BookingPlan,
  checkVatBoxes,
  isRefusal,
  type PlanInput,
  planBookingFromApi,
  type Refusal,
  readShopPayments,
} from '../../../src/main/core/bookkeeping';
import type { OrderPayment } from '../../../src/main/core/mijnwebwinkel/schemas';
import { parseDecimal } from '../../../src/main/core/money/decimal';
import { FINANCIAL, LEDGER, referenceData, settings, TAX } from './fixtures';
import { detailsOf, planned } from './plan-check';

type Raw = Record<string, unknown>;

function plan(raw: Raw, input: Partial<Omit<PlanInput, 'order'>> = {}): BookingPlan | Refusal {
  return planBookingFromApi(raw, { settings: settings(), reference: referenceData(), ...input });
}

/** Gift-card redemptions are payments, so the shop-total check of `planned` does not apply. */
function plannedWithGiftCard(raw: Raw, input: Partial<Omit<PlanInput, 'order'>> = {}): BookingPlan {
  const result = plan(raw, input);
  if (isRefusal(result)) throw new Error(`refused: ${result.message.en}`);
  return result;
}

const line = (description: string, incl: string, rate: string, type = 'article', quantity = 1) => ({
  type,
  quantity,
  description,
  price: { amount_including_tax: incl, rate },
});

function order(patch: Raw): Raw {
  return {
    number: 3001,
    date: '2024-06-01',
    status: 3,
    tax_region: 'NL',
    payment_status: 'captured',
    payment: { gateway_name: 'mollie', method_name: 'ideal' },
    debtor: { email: 'klant@example.nl' },
    ...patch,
  };
}

/** n lines of 0.10 at 21 %: each line's VAT is 0.02 (0.0174 rounded), Moneybird's is n × 0.10 × 21/121. */
function manyDimes(n: number, patch: Raw = {}): Raw {
  const total = (n * 0.1).toFixed(2);
  return order({
    orderlines: Array.from({ length: n }, (_, i) => line(`Sticker ${i + 1}`, '0.10', '21')),
    price: { tax: { rate: '21', amount: (n * 0.02).toFixed(2) }, total },
    ...patch,
  });
}

/** Reference data with the liability ledger account an owner keeps gift cards on. */
function withGiftCardLiability(reference: ReturnType<typeof referenceData>) {
  (reference.ledgerAccounts as unknown[]).push({
    id: '480000000000000099',
    name: 'Cadeaubonnen',
    account_type: 'current_liabilities',
    active: true,
  });
  return reference;
}

describe('rounding: totals exact, per-line VAT rounding booked without asking', () => {
  it('a one-cent gap between the lines and the total is a data error, never a rounding line', () => {
    const result = plan(
      order({
        orderlines: [line('Mok', '12.10', '21')],
        price: { tax: { rate: '21', amount: '2.10' }, total: '12.11' },
      }),
    );
    expect(isRefusal(result) && result.code).toBe('lines_do_not_add_up');
  });

  it('a one-cent gap is named first: no mapping question hides the data error', () => {
    // A 6 % line has no mapped rate; the owner must hear about the wrong total, not about mapping.
    const result = plan(
      order({
        orderlines: [line('Mok', '12.10', '21'), line('Boek', '10.60', '6')],
        price: {
          tax: [
            { rate: '21', amount: '2.10' },
            { rate: '6', amount: '0.60' },
          ],
          total: '22.71',
        },
      }),
    );
    expect(isRefusal(result) && result.code).toBe('lines_do_not_add_up');
  });

  it('per-line rounding within the tolerance books Moneybird’s figure, no setting needed', () => {
    // 3 lines: shop VAT 0.06, Moneybird 0.05 (0.30 × 21/121 = 0.052).
    const noRoundingAccount = settings({ rounding: { tolerance: '0.02' } });
    const result = planned(manyDimes(3), { settings: noRoundingAccount });
    expect(result.vatRounding).toEqual([
      {
        taxRateId: TAX.nl21,
        rate: '21',
        shopTax: '0.06',
        invoiceTax: '0.05',
        lines: 3,
        handling: 'accepted',
      },
    ]);
    expect(detailsOf(result)).toHaveLength(3);
    expect(result.expected.totalInclTax).toBe('0.30');
  });

  it('per-line rounding beyond the tolerance over many lines books a rounding line and a balancing line outside the VAT boxes', () => {
    // 40 lines: shop VAT 0.80, Moneybird 4.00 × 21/121 = 0.69: 0.11 off, within 40 half cents.
    const result = planned(manyDimes(40));
    expect(result.vatRounding).toEqual([
      expect.objectContaining({ shopTax: '0.80', invoiceTax: '0.69', lines: 40, handling: 'rounding_line' }),
    ]);
    const rounding = detailsOf(result).filter((d) => d.ledger_account_id === LEDGER.rounding);
    expect(rounding.map((d) => d.tax_rate_id)).toEqual([TAX.nl21, TAX.geen]);
    expect(parseDecimal(rounding[0]!.price) + parseDecimal(rounding[1]!.price)).toBe(0n);
    expect(result.expected.taxByTaxRateId[TAX.nl21]).toBe('0.80');
    expect(result.expected.totalInclTax).toBe('4.00');
  });

  it('a balancing rate that lands in a Dutch VAT box is not used', () => {
    const reference = referenceData();
    const geen = reference.taxRates.find((r) => r.id === TAX.geen)!;
    geen.tax_report_reference = ['NL/1e'];
    const result = plan(manyDimes(40), { reference });
    expect(isRefusal(result) && result.code).toBe('rounding_not_configured');
  });

  it('a VAT difference larger than half a cent per line is refused, naming the bound', () => {
    const result = plan(manyDimes(3, { price: { tax: { rate: '21', amount: '0.08' }, total: '0.30' } }));
    expect(isRefusal(result) && result.code).toBe('vat_mismatch');
    expect((result as Refusal).details).toMatchObject({ lines: '3', bound: '0.02', difference: '0.03' });
  });
});

describe('line types choose the ledger account, never the VAT rate', () => {
  it('shipping, payment costs and an unknown type each book at their own rate; the unknown one as revenue, named once', () => {
    const result = planned(
      order({
        orderlines: [
          line('Mok', '12.10', '21'),
          line('Verzending', '5.45', '9', 'shipping'),
          line('Transactiekosten', '0.29', '21', 'payment'),
          line('Inpakservice', '2.42', '21', 'gift_wrapping'),
          line('Nog een inpakservice', '2.42', '21', 'gift_wrapping'),
        ],
        price: {
          tax: [
            { rate: '21', amount: '2.99' },
            { rate: '9', amount: '0.45' },
          ],
          total: '22.68',
        },
      }),
    );
    expect(detailsOf(result).map((d) => [d.tax_rate_id, d.ledger_account_id])).toEqual([
      [TAX.nl21, LEDGER.revenue],
      [TAX.nl9, LEDGER.shipping],
      [TAX.nl21, LEDGER.paymentCosts],
      [TAX.nl21, LEDGER.revenue],
      [TAX.nl21, LEDGER.revenue],
    ]);
    expect(result.unknownLineTypes).toEqual(['gift_wrapping']);
  });

  it('a discount voucher is a discount line, not a gift-card payment', () => {
    const result = planned(
      order({
        orderlines: [line('Mok', '12.10', '21'), line('Kortingsbon', '-2.42', '21', 'voucher')],
        price: { tax: { rate: '21', amount: '1.68' }, total: '9.68' },
      }),
    );
    expect(detailsOf(result)).toHaveLength(2);
    expect(result.payments).toEqual([
      expect.objectContaining({ price: '9.68', financial_account_id: FINANCIAL.psp }),
    ]);
  });

  it('a redeemed gift card pays: it is no line of the invoice', () => {
    const redeemed = plannedWithGiftCard(
      order({
        orderlines: [line('Mok', '12.10', '21'), line('Cadeaubon', '-10.00', '0', 'gift_card')],
        price: { tax: { rate: '21', amount: '2.10' }, total: '2.10' },
      }),
    );
    expect(redeemed.expected.totalInclTax).toBe('12.10');
    expect(detailsOf(redeemed).map((d) => d.description)).toEqual(['Mok']);
    expect(redeemed.payments.map((p) => [p.price, p.financial_account_id])).toEqual([
      ['10.00', FINANCIAL.giftCards],
      ['2.10', FINANCIAL.psp],
    ]);
  });

  it('a gift card can settle against a liability ledger account instead of an account', () => {
    const reference = withGiftCardLiability(referenceData());
    const result = plannedWithGiftCard(
      order({
        orderlines: [line('Mok', '12.10', '21'), line('Cadeaubon', '-10.00', '0', 'gift_card')],
        price: { tax: { rate: '21', amount: '2.10' }, total: '2.10' },
      }),
      { reference, settings: settings({ giftCardLedgerAccountId: '480000000000000099' }) },
    );
    expect(result.payments[0]).toEqual({
      payment_date: '2024-06-01',
      price: '10.00',
      ledger_account_id: '480000000000000099',
      manual_payment_action: 'balance_settlement',
      transaction_identifier: 'MWW-3001',
    });
  });
});

describe('a gift card sold is no turnover: it is owed to the customer until redeemed', () => {
  // A multi-purpose voucher sold at 0 % is no supply (art. 30a-30b VAT Directive, art. 4a Wet OB):
  // it goes on the owner's gift-card liability, at their 0 % rate outside every VAT-return box.
  const withLiability = (patch: Parameters<typeof settings>[0] = {}) =>
    settings({ giftCardLedgerAccountId: LEDGER.giftCards, ...patch });
  const soldWithAMug = () =>
    order({
      orderlines: [line('Mok', '12.10', '21'), line('Cadeaubon KDO-1', '25.00', '0', 'gift_card')],
      price: { tax: [{ rate: '21', amount: '2.10' }], total: '37.10' },
    });

  it('books the card on the gift-card liability at the rate outside the return, the sale as revenue', () => {
    const result = planned(soldWithAMug(), { settings: withLiability() });
    expect(
      detailsOf(result).map((d) => [d.description, d.price, d.tax_rate_id, d.ledger_account_id]),
    ).toEqual([
      ['Mok', '12.10', TAX.nl21, LEDGER.revenue],
      ['Cadeaubon KDO-1', '25.00', TAX.geen, LEDGER.giftCards],
    ]);
    // The customer paid for the card: the whole order is money received.
    expect(result.expected).toEqual({
      currency: 'EUR',
      totalInclTax: '37.10',
      taxByTaxRateId: { [TAX.nl21]: '2.10', [TAX.geen]: '0.00' },
    });
    expect(result.payments.map((p) => [p.price, p.financial_account_id])).toEqual([['37.10', FINANCIAL.psp]]);
    // The rate outside the return is no shop rate: a credit of the order maps none of its 0 % to it.
    expect(result.taxRateIds).toEqual({ '21': TAX.nl21 });
  });

  it('keeps a sale at 0 % on its own rate, beside the card outside the return', () => {
    const result = planned(
      order({
        orderlines: [line('Postzegels', '5.00', '0'), line('Cadeaubon', '20.00', '0', 'giftcard')],
        price: { tax: [{ rate: '0', amount: '0.00' }], total: '25.00' },
      }),
      { settings: withLiability() },
    );
    expect(detailsOf(result).map((d) => [d.price, d.tax_rate_id, d.ledger_account_id])).toEqual([
      ['5.00', TAX.nl0, LEDGER.revenue],
      ['20.00', TAX.geen, LEDGER.giftCards],
    ]);
    expect(result.taxRateIds).toEqual({ '0': TAX.nl0 });
  });

  it('store credit sold, a nameless card, and a card with a rounding line on the same rate outside the return', () => {
    const credit = planned(
      order({
        orderlines: [
          { type: 'store_credit', quantity: 1, price: { amount_including_tax: '15.00', rate: '0' } },
        ],
        price: { tax: [], total: '15.00' },
      }),
      { settings: withLiability() },
    );
    expect(detailsOf(credit).map((d) => [d.description, d.tax_rate_id, d.ledger_account_id])).toEqual([
      ['Cadeaubon', TAX.geen, LEDGER.giftCards],
    ]);
    // 40 dimes need a rounding line; its balancing line shares the rate outside the return.
    const dimes = manyDimes(40);
    const many = planned(
      {
        ...dimes,
        orderlines: [...(dimes.orderlines as Raw[]), line('Cadeaubon', '10.00', '0', 'gift_card')],
        price: { tax: { rate: '21', amount: '0.80' }, total: '14.00' },
      },
      { settings: withLiability() },
    );
    const outside = detailsOf(many).filter((d) => d.tax_rate_id === TAX.geen);
    expect(outside.map((d) => d.ledger_account_id)).toEqual([LEDGER.giftCards, LEDGER.rounding]);
    expect(many.expected.totalInclTax).toBe('14.00');
  });

  it('a gift card with VAT (a single-purpose voucher) stays turnover at its rate, whatever is chosen for gift cards', () => {
    const result = planned(
      order({
        orderlines: [line('Cadeaubon workshop', '24.20', '21', 'gift_card')],
        price: { tax: [{ rate: '21', amount: '4.20' }], total: '24.20' },
      }),
      { settings: withLiability() },
    );
    expect(detailsOf(result).map((d) => [d.tax_rate_id, d.ledger_account_id])).toEqual([
      [TAX.nl21, LEDGER.revenue],
    ]);
    expect(result.expected.taxByTaxRateId).toEqual({ [TAX.nl21]: '4.20' });
  });

  it('on a sale to a business in the EU it is outside the return too, and the check of the boxes passes', () => {
    const result = planned(
      order({
        tax_strategy: 'reverse_charged_vat',
        business_model: 'B2B',
        shipping: [{ country: { isocode: 'DE' } }],
        debtor: {
          email: 'einkauf@kunde.de',
          address: {
            invoice: { name: 'Kunde', company: 'Kunde GmbH', country_code: 'DE', taxnumber: 'DE811907980' },
          },
        },
        orderlines: [line('Machine', '100.00', '0'), line('Cadeaubon', '50.00', '0', 'gift_card')],
        price: { tax: [{ rate: '0', amount: '0.00' }], total: '150.00' },
      }),
      { settings: withLiability() },
    );
    const details = detailsOf(result);
    expect(details.map((d) => [d.tax_rate_id, d.ledger_account_id])).toEqual([
      [TAX.icp, LEDGER.revenue],
      [TAX.geen, LEDGER.giftCards],
    ]);
    // Moneybird puts the supply in 3b and the card in no box: the check after the create accepts it.
    const boxes: Record<string, string[]> = { [TAX.icp]: ['NL/3b'], [TAX.geen]: [] };
    const asMoneybirdHoldsIt = details.map((d) => ({
      tax_rate_id: d.tax_rate_id,
      tax_report_reference: boxes[d.tax_rate_id] ?? null,
    }));
    expect(checkVatBoxes(result.vatTreatment, Object.values(result.taxRateIds), asMoneybirdHoldsIt)).toEqual(
      [],
    );
    // At home likewise, also when the owner's 0 % rate for sales is the rate outside the return.
    const domestic = planned(soldWithAMug(), {
      settings: withLiability({
        taxRates: { domestic: { '21': TAX.nl21, '0': TAX.geen }, oss: {} },
      }),
    });
    const atHome = detailsOf(domestic).map((d) => ({
      tax_rate_id: d.tax_rate_id,
      tax_report_reference: d.tax_rate_id === TAX.nl21 ? ['NL/1a'] : [],
    }));
    expect(checkVatBoxes('domestic', [...Object.values(domestic.taxRateIds), TAX.geen], atHome)).toEqual([]);
  });

  it('waits without a liability account or a rate outside the return, saying which is missing', () => {
    const missing = (input: Partial<Omit<PlanInput, 'order'>>) => {
      const result = plan(soldWithAMug(), input);
      return isRefusal(result) ? [result.code, result.details.missing, result.details.amount] : 'planned';
    };
    expect(missing({})).toEqual(['gift_card_sale_without_ledger', 'ledger', '25.00']);
    const noRate = (patch: Parameters<typeof settings>[0]) =>
      withLiability({ rounding: { ledgerAccountId: LEDGER.rounding, tolerance: '0.02' }, ...patch });
    expect(missing({ settings: noRate({}) })).toEqual(['gift_card_sale_without_ledger', 'taxRate', '25.00']);
    expect(
      missing({ settings: settings({ rounding: { ledgerAccountId: LEDGER.rounding, tolerance: '0.02' } }) }),
    ).toEqual(['gift_card_sale_without_ledger', 'both', '25.00']);
    // The rounding's own rule for its rate: a 0 % sales rate, active, in no Dutch box.
    const inABox = referenceData();
    inABox.taxRates.find((r) => r.id === TAX.geen)!.tax_report_reference = ['NL/1e'];
    expect(missing({ settings: withLiability(), reference: inABox })).toEqual([
      'gift_card_sale_without_ledger',
      'taxRate',
      '25.00',
    ]);
    for (const taxRateId of [TAX.nl21, TAX.purchase21, TAX.inactive9, '999'])
      expect(
        missing({
          settings: withLiability({
            rounding: { taxRateId, ledgerAccountId: LEDGER.rounding, tolerance: '0.02' },
          }),
        }),
        taxRateId,
      ).toEqual(['gift_card_sale_without_ledger', 'taxRate', '25.00']);
    // A liability account that is gone: named as any account of the gift cards.
    const gone = plan(soldWithAMug(), { settings: settings({ giftCardLedgerAccountId: LEDGER.inactive }) });
    expect(isRefusal(gone) && [gone.code, gone.details.purpose]).toEqual([
      'ledger_account_not_found',
      'giftCards',
    ]);
    // A card of no money books as any free line, and asks for nothing.
    const free = planned(
      order({
        orderlines: [line('Mok', '12.10', '21'), line('Cadeaubon (actie)', '0.00', '0', 'gift_card')],
        price: { tax: [{ rate: '21', amount: '2.10' }], total: '12.10' },
      }),
    );
    expect(detailsOf(free).map((d) => d.ledger_account_id)).toEqual([LEDGER.revenue, LEDGER.revenue]);
  });

  it('a credit of a card sold mirrors it: off the liability, outside the return', () => {
    const sale = planned(soldWithAMug(), { settings: withLiability() });
    const original = {
      orderNumber: '3001',
      reference: sale.reference,
      invoiceId: '460000000000003001',
      vatTreatment: sale.vatTreatment,
      taxRateIds: sale.taxRateIds,
      totalInclTax: sale.expected.totalInclTax,
      taxByTaxRateId: sale.expected.taxByTaxRateId,
    };
    // The shop sends the credit with positive amounts: the card is taken back, the mug kept.
    const credit = planned(
      order({
        number: 3002,
        credited_order_number: 3001,
        payment_status: 'unknown',
        orderlines: [line('Cadeaubon KDO-1', '25.00', '0', 'gift_card')],
        price: { tax: [], total: '25.00' },
      }),
      { settings: withLiability(), original },
    );
    expect(detailsOf(credit).map((d) => [d.price, d.tax_rate_id, d.ledger_account_id])).toEqual([
      ['0.00', TAX.geen, LEDGER.giftCards],
      ['-25.00', TAX.geen, LEDGER.giftCards],
    ]);
    expect(credit.expected.totalInclTax).toBe('-25.00');
    // A credit sent with negative amounts books the same.
    const negative = planned(
      order({
        number: 3003,
        credited_order_number: 3001,
        payment_status: 'unknown',
        orderlines: [line('Cadeaubon KDO-1', '-25.00', '0', 'gift_card')],
        price: { tax: [], total: '-25.00' },
      }),
      { settings: withLiability(), original },
    );
    expect(
      detailsOf(negative)
        .slice(1)
        .map((d) => [d.price, d.tax_rate_id, d.ledger_account_id]),
    ).toEqual([['-25.00', TAX.geen, LEDGER.giftCards]]);
    // Without the liability the credit waits as its sale would.
    const waiting = plan(
      order({
        number: 3002,
        credited_order_number: 3001,
        payment_status: 'unknown',
        orderlines: [line('Cadeaubon KDO-1', '25.00', '0', 'gift_card')],
        price: { tax: [], total: '25.00' },
      }),
      { original },
    );
    expect(isRefusal(waiting) && waiting.code).toBe('gift_card_sale_without_ledger');
  });
});

describe('a line of no money needs no tax rate of its own', () => {
  const toGermany = {
    tax_strategy: 'reverse_charged_vat',
    business_model: 'B2B',
    shipping: [{ country: { isocode: 'DE' } }],
    debtor: {
      email: 'einkauf@kunde.de',
      address: {
        invoice: { name: 'Kunde', company: 'Kunde GmbH', country_code: 'DE', taxnumber: 'DE811907980' },
      },
    },
  };

  it('free shipping at 21 % on an intra-EU sale goes on the sale’s own rate', () => {
    const result = planned(
      order({
        ...toGermany,
        orderlines: [line('Machine', '100.00', '0'), line('Verzendkosten', '0.00', '21', 'shipping')],
        price: { tax: [{ rate: '0', amount: '0.00' }], total: '100.00' },
      }),
    );
    expect(detailsOf(result).map((d) => [d.description, d.tax_rate_id, d.price])).toEqual([
      ['Machine', TAX.icp, '100.00'],
      ['Verzendkosten', TAX.icp, '0.00'],
    ]);
  });

  it('a free line at an unmapped domestic rate goes on the order’s rate; alone, it still asks for the rate', () => {
    const noZero = settings({ taxRates: { domestic: { '21': TAX.nl21, '9': TAX.nl9 }, oss: {} } });
    const result = plan(
      order({
        orderlines: [line('Mok', '12.10', '21'), line('Gratis verzending', '0.00', '0', 'shipping')],
        price: { tax: [{ rate: '21', amount: '2.10' }], total: '12.10' },
      }),
      { settings: noZero },
    );
    expect(isRefusal(result) ? result.code : detailsOf(result).map((d) => d.tax_rate_id)).toEqual([
      TAX.nl21,
      TAX.nl21,
    ]);
    const alone = plan(
      order({ orderlines: [line('Gratis proefje', '0.00', '0')], price: { tax: [], total: '0.00' } }),
      { settings: noZero },
    );
    expect(isRefusal(alone) && alone.code).toBe('unmapped_tax_rate');
  });
});

describe('payments from the shop’s own records', () => {
  const mollie = (mutations: OrderPayment['mutations'], patch: Partial<OrderPayment> = {}): OrderPayment => ({
    id: 'c5ef58b5-3cd7-4fcc-9d73-9c4c8b39dc31',
    gateway: 'mollie',
    method: 'ideal:ideal_INGBNL2A',
    gatewayReference: 'tr_WDqYK6vllg',
    price: 1210,
    mutations,
    order: undefined,
    ...patch,
  });
  const capture = (at: string, price = 1210) => ({ id: '2', type: 'capture', price, createdAt: at });

  it('reads captures in the shop’s time zone, refunds apart, test payments not at all', () => {
    const records = readShopPayments([
      mollie([
        { id: '1', type: 'authorize', price: 1210, createdAt: '2024-06-01T23:10:00+02:00' },
        capture('2024-06-01T22:30:00Z'),
        { id: '3', type: 'refund', price: 500, createdAt: '2024-06-05T09:00:00+02:00', reference: 're_1' },
      ]),
      mollie([capture('2024-06-01T10:00:00+02:00')], { id: 'test', isTest: true }),
    ]);
    expect(records.captures).toEqual([
      {
        method: 'ideal',
        capturedOn: '2024-06-02',
        amount: parseDecimal('12.10'),
        transactionReference: 'tr_WDqYK6vllg',
      },
    ]);
    expect(records.refunds).toEqual([
      {
        id: 'c5ef58b5-3cd7-4fcc-9d73-9c4c8b39dc31/3',
        method: 'ideal',
        refundedOn: '2024-06-05',
        amount: parseDecimal('5.00'),
        transactionReference: 're_1',
      },
    ]);
  });

  const sale = order({
    date: '2024-05-31',
    orderlines: [line('Mok', '12.10', '21')],
    price: { tax: { rate: '21', amount: '2.10' }, total: '12.10' },
  });

  it('a payment is dated on its capture, carries the provider’s reference, and goes to the method’s account', () => {
    const reference = referenceData();
    (reference.financialAccounts as unknown[]).push({
      id: '490000000000000010',
      name: 'PayPal',
      type: 'BankAccount',
      active: true,
    });
    const result = planned(
      { ...sale, payment: { gateway_name: 'paypal', method_name: 'paypal' } },
      {
        reference,
        settings: settings({
          financialAccountByPaymentMethod: { paypal: '490000000000000010', gift_card: FINANCIAL.giftCards },
        }),
        captures: readShopPayments([
          mollie([capture('2024-06-03T08:00:00+02:00')], { method: 'paypal', gatewayReference: 'PAY-9X' }),
        ]).captures,
      },
    );
    expect(result.payments).toEqual([
      {
        payment_date: '2024-06-03',
        price: '12.10',
        financial_account_id: '490000000000000010',
        transaction_identifier: 'PAY-9X',
      },
    ]);
  });

  it('without payment records (a counter sale, an older order) one payment on the order date under the booking reference', () => {
    const result = planned({ ...sale, payment: { gateway_name: 'basic', method_name: 'cash' } });
    expect(result.payments).toEqual([
      {
        payment_date: '2024-05-31',
        price: '12.10',
        financial_account_id: FINANCIAL.psp,
        transaction_identifier: 'MWW-3001',
      },
    ]);
  });

  it('a counter sale paid cash goes to the till on the day of the sale', () => {
    const reference = referenceData();
    (reference.financialAccounts as unknown[]).push({
      id: '490000000000000020',
      name: 'Kas',
      type: 'CashAccount',
      active: true,
    });
    const result = planned(
      { ...sale, payment: { gateway_name: 'basic', method_name: 'cash' }, offline_location_id: 3 },
      {
        reference,
        settings: settings({
          financialAccountByPaymentMethod: { cash: '490000000000000020', gift_card: FINANCIAL.giftCards },
        }),
      },
    );
    expect(result.payments).toEqual([
      {
        payment_date: '2024-05-31',
        price: '12.10',
        financial_account_id: '490000000000000020',
        transaction_identifier: 'MWW-3001',
      },
    ]);
  });

  /** €10 by a shop gift card on 1 June, the other €2.10 by iDEAL two days later. */
  const giftCardThenIdeal = () =>
    readShopPayments([
      mollie([capture('2024-06-01T12:00:00+02:00', 1000)], {
        gateway: 'basic',
        method: 'webshop_giftcard',
        gatewayReference: 'GC-7H2K',
      }),
      mollie([capture('2024-06-03T08:00:00+02:00', 210)], { id: 'ideal' }),
    ]).captures;

  it('a gift card among the shop’s payment records settles against the gift-card liability, not as money received', () => {
    const reference = withGiftCardLiability(referenceData());
    const captures = giftCardThenIdeal();
    const result = planned(sale, {
      reference,
      captures,
      settings: settings({ giftCardLedgerAccountId: '480000000000000099' }),
    });
    expect(result.payments).toEqual([
      {
        payment_date: '2024-06-01',
        price: '10.00',
        ledger_account_id: '480000000000000099',
        manual_payment_action: 'balance_settlement',
        transaction_identifier: 'GC-7H2K',
      },
      {
        payment_date: '2024-06-03',
        price: '2.10',
        financial_account_id: FINANCIAL.psp,
        transaction_identifier: 'tr_WDqYK6vllg',
      },
    ]);
  });

  it('a gift card among the payment records goes to the gift-card account, and waits without one', () => {
    const captures = giftCardThenIdeal();
    // The shop's gift-card methods share the one gift-card field of the settings.
    const withAccount = planned(sale, {
      captures,
      settings: settings({ financialAccountByPaymentMethod: { gift_card: FINANCIAL.giftCards } }),
    });
    expect(withAccount.payments.map((p) => [p.price, p.financial_account_id])).toEqual([
      ['10.00', FINANCIAL.giftCards],
      ['2.10', FINANCIAL.psp],
    ]);
    // Neither a gift-card account nor a liability: the gift card is no money on the default account.
    const without = plan(sale, { captures, settings: settings({ financialAccountByPaymentMethod: {} }) });
    expect(isRefusal(without) && without.code).toBe('financial_account_missing');
    // Paid wholly by gift card, without records: the same.
    const byGiftCard = plan(
      { ...sale, payment: { gateway_name: 'basic', method_name: 'webshop_giftcard' } },
      { settings: settings({ financialAccountByPaymentMethod: {} }) },
    );
    expect(isRefusal(byGiftCard) && byGiftCard.code).toBe('financial_account_missing');
  });

  it('records that do not account for the whole amount are not booked as if they did', () => {
    const partial = readShopPayments([mollie([capture('2024-06-03T08:00:00+02:00', 500)])]).captures;
    const result = planned(sale, { captures: partial });
    expect(result.payments).toEqual([
      {
        payment_date: '2024-06-03',
        price: '12.10',
        financial_account_id: FINANCIAL.psp,
        transaction_identifier: 'MWW-3001',
      },
    ]);
  });
});

describe('an order dated in the locked period', () => {
  const reference = { ...referenceData(), periodLockedUntil: '2024-06-30' };
  const june = order({
    date: '2024-06-15',
    orderlines: [line('Mok', '12.10', '21')],
    price: { tax: { rate: '21', amount: '2.10' }, total: '12.10' },
  });

  it('is refused until the owner chooses, naming the first open day', () => {
    const result = plan(june, { reference });
    expect(isRefusal(result) && result.code).toBe('period_locked');
    // The owner reads the days as the screens write them ("15 jun 2024"); the details keep dates.
    expect((result as Refusal).message.nl).toContain(
      'is van 15 jun 2024, maar je boekhouding in Moneybird is afgesloten tot en met 30 jun 2024',
    );
    // What booking it on the first open day means for the VAT return, not only that it can: the day
    // it counts on instead, and which return that is (30 June and 1 July are in other quarters).
    expect((result as Refusal).message.nl).toContain(
      'Boek je haar op 1 jul 2024, de eerste open dag, dan krijgt de factuur die datum en staat de echte datum erbij. Omzet en btw tellen dan mee op 1 jul 2024 in plaats van op 15 jun 2024, dus in de btw-aangifte over het 3e kwartaal 2024 (bij een maandaangifte: over juli 2024).',
    );
    expect((result as Refusal).message.en).toContain('book it on 1 Jul 2024, the first open day');
    expect((result as Refusal).message.en).toContain(
      'count on 1 Jul 2024 instead of 15 Jun 2024, so in the VAT return of Q3 2024 (in a monthly return: of July 2024).',
    );
    expect((result as Refusal).details).toMatchObject({ date: '2024-06-15', firstOpenDate: '2024-07-01' });
  });

  it('says when the first open day is in the same quarter, or the same month, as the order', () => {
    const october = order({
      date: '2024-10-31',
      orderlines: [line('Mok', '12.10', '21')],
      price: { tax: { rate: '21', amount: '2.10' }, total: '12.10' },
    });
    const quarter = plan(october, { reference: { ...referenceData(), periodLockedUntil: '2024-10-31' } });
    expect((quarter as Refusal).message.nl).toContain(
      'Omzet en btw tellen dan mee op 1 nov 2024 in plaats van op 31 okt 2024: bij een kwartaalaangifte is dat hetzelfde kwartaal (4e kwartaal 2024), bij een maandaangifte november 2024 in plaats van oktober 2024. Of sla haar over als je haar zelf al hebt verwerkt.',
    );
    expect((quarter as Refusal).message.en).toContain(
      'in a quarterly VAT return that is the same quarter (Q4 2024), in a monthly one November 2024 instead of October 2024.',
    );
    const month = plan(
      { ...october, date: '2024-10-10' },
      {
        reference: { ...referenceData(), periodLockedUntil: '2024-10-15' },
      },
    );
    expect((month as Refusal).message.nl).toContain(
      'Omzet en btw tellen dan mee op 16 okt 2024 in plaats van op 10 okt 2024, in dezelfde maand, dus in dezelfde btw-aangifte.',
    );
  });

  it('says when the first open day lies in a VAT return that was due already, and only then', () => {
    // The accountant locked only part of a filed quarter: through 31 August 2026, the 3rd quarter's
    // return (due 31 October) filed. An order of 20 July goes to 1 September, into that return.
    const july = order({
      date: '2026-07-20',
      orderlines: [line('Mok', '12.10', '21')],
      price: { tax: { rate: '21', amount: '2.10' }, total: '12.10' },
    });
    const locked = { reference: { ...referenceData(), periodLockedUntil: '2026-08-31' } };
    const due = plan(july, { ...locked, today: '2026-11-25' }) as Refusal;
    expect(due.message.nl).toContain(
      'Omzet en btw tellen dan mee op 1 sep 2026 in plaats van op 20 jul 2026: bij een kwartaalaangifte is dat hetzelfde kwartaal (3e kwartaal 2026), bij een maandaangifte september 2026 in plaats van juli 2026. Die aangifte moest je al indienen: boek je haar op 1 sep 2026, vraag dan je boekhouder of je die aangifte moet corrigeren. Of sla haar over als je haar zelf al hebt verwerkt.',
    );
    expect(due.message.en).toContain(
      'That return was due already: if you book it on 1 Sept 2026, ask your accountant whether you need to correct that return. Or skip it',
    );
    expect(due.details).toMatchObject({ firstOpenDate: '2026-09-01', firstOpenDateReturnDue: '2026-10-31' });

    // The day before that return was due: nothing new is said.
    const notYet = plan(july, { ...locked, today: '2026-10-30' }) as Refusal;
    expect(notYet.message.nl).not.toContain('moest je al indienen');
    expect(notYet.message.nl).toContain('in plaats van juli 2026. Of sla haar over');
    expect(notYet.details).not.toHaveProperty('firstOpenDateReturnDue');

    // Across a year end: locked through 31 December, an order of 20 December goes to 1 January 2027,
    // the 1st quarter of 2027, whose return is due on 30 April 2027.
    const december = { ...july, date: '2026-12-20' };
    const yearLocked = { reference: { ...referenceData(), periodLockedUntil: '2026-12-31' } };
    const inJanuary = plan(december, { ...yearLocked, today: '2027-01-15' }) as Refusal;
    expect(inJanuary.message.nl).toContain(
      'in de btw-aangifte over het 1e kwartaal 2027 (bij een maandaangifte: over januari 2027). Of sla haar over',
    );
    expect((plan(december, { ...yearLocked, today: '2027-04-29' }) as Refusal).message.nl).not.toContain(
      'moest je al indienen',
    );
    expect((plan(december, { ...yearLocked, today: '2027-04-30' }) as Refusal).message.nl).toContain(
      '(bij een maandaangifte: over januari 2027). Die aangifte moest je al indienen: boek je haar op 1 jan 2027,',
    );
  });

  it('once the owner chooses, is booked on the first open day with its real date in the invoice, payment too', () => {
    const result = planned(june, { reference, moveOutOfLockedPeriod: true });
    const invoice = 'sales_invoice' in result.invoice ? result.invoice.sales_invoice : undefined;
    expect(invoice?.invoice_date).toBe('2024-07-01');
    expect(detailsOf(result)[0]).toMatchObject({ price: '0.00' });
    expect(detailsOf(result)[0]!.description).toBe(
      'Bestelling 3001 van 15 juni 2024, geboekt op de eerste open dag: de periode tot en met 30 juni 2024 is afgesloten',
    );
    expect(result.payments.map((p) => p.payment_date)).toEqual(['2024-07-01']);
  });

  it('an order after the locked period is booked on its own date', () => {
    const july = planned({ ...june, date: '2024-07-02' }, { reference });
    expect('sales_invoice' in july.invoice && july.invoice.sales_invoice.invoice_date).toBe('2024-07-02');
  });

  it('a capture dated on or before the lock, for an order after it, is paid on the order’s date', () => {
    // Captured just before midnight on the last locked day; the order is of the first open day.
    const captures = [{ method: 'ideal', capturedOn: '2024-06-30', amount: parseDecimal('12.10') }];
    const result = planned({ ...june, date: '2024-07-01' }, { reference, captures });
    expect(result.payments.map((p) => p.payment_date)).toEqual(['2024-07-01']);
    // Without a lock the capture keeps its own day.
    const open = planned({ ...june, date: '2024-07-01' }, { captures });
    expect(open.payments.map((p) => p.payment_date)).toEqual(['2024-06-30']);
  });
});
