// Table tests: the Order example of the MyOnlineStore spec (read from the spec) and hand-made edge
// cases, each checked with Moneybird's arithmetic and Moneybird's request schemas.
import { describe, expect, it } from 'vitest';
import { FINANCIAL, LEDGER, settings, specOrderExamples, TAX } from './fixtures';
import { detailsOf, planned } from './plan-check';

type Raw = Record<string, unknown>;

const line = (description: string, incl: string, rate: string, quantity = 1, type = 'article') => ({
  type,
  quantity,
  description,
  price: { amount_including_tax: incl, rate },
});

function order(patch: Raw): Raw {
  return {
    number: 2001,
    date: '2024-06-01',
    status: 3,
    tax_region: 'NL',
    payment_status: 'captured',
    payment: { gateway_name: 'mollie', method_name: 'ideal' },
    debtor: { email: 'klant@example.nl' },
    ...patch,
  };
}

describe('the MyOnlineStore spec example', () => {
  const [example] = specOrderExamples();
  const { credited_order_number: _credited, ...sale } = example!;

  it('books the example sale with every line at its rate, the payment split over 9 and 21 %', () => {
    const plan = planned(sale);
    const details = detailsOf(plan);
    expect(plan.reference).toBe('MWW-27');
    expect(plan.vatTreatment).toBe('domestic');
    expect(details.slice(0, 7).map((d) => [d.description, d.amount, d.price, d.tax_rate_id])).toEqual([
      ['Article A', '1', '15.00', TAX.nl21],
      ['Article B', '2', '4.95', TAX.nl21],
      ['Article C', '3', '1.95', TAX.nl21],
      ['Article D', '5', '1.95', TAX.nl9],
      ['Betaalkosten (9% btw)', '1', '0.21', TAX.nl9],
      ['Betaalkosten (21% btw)', '1', '0.79', TAX.nl21],
      ['Betaalkosten', '1', '5.95', TAX.nl21],
    ]);
    // The example's VAT (0.83 / 6.50) is the shop's per-line rounding; Moneybird computes 0.82 /
    // 6.51. A cent at each rate is within the tolerance: Moneybird's figures are booked as they are,
    // no rounding line, and the plan says so per rate.
    expect(plan.expected.taxByTaxRateId[TAX.nl9]).toBe('0.82');
    expect(plan.expected.taxByTaxRateId[TAX.nl21]).toBe('6.51');
    expect(plan.vatRounding).toEqual([
      {
        taxRateId: TAX.nl21,
        rate: '21',
        shopTax: '6.50',
        invoiceTax: '6.51',
        lines: 5,
        handling: 'accepted',
      },
      { taxRateId: TAX.nl9, rate: '9', shopTax: '0.83', invoiceTax: '0.82', lines: 2, handling: 'accepted' },
    ]);
    expect(details.filter((d) => d.ledger_account_id === LEDGER.rounding)).toHaveLength(0);
    expect(plan.payments).toEqual([
      {
        payment_date: '2015-11-03',
        price: '47.45',
        financial_account_id: FINANCIAL.psp,
        transaction_identifier: 'MWW-27',
      },
    ]);
    expect(plan.contact.match.key).toBe('email:support@mijnwebwinkel.nl');
    expect(plan.contact.create).not.toHaveProperty('email');
  });

  it('books the example as it stands (a credit of order 28) as negative lines against 28', () => {
    const plan = planned(example!, {
      original: {
        orderNumber: '28',
        reference: 'MWW-28',
        invoiceId: '460000000000000028',
        vatTreatment: 'domestic',
        taxRateIds: { '21': TAX.nl21, '9': TAX.nl9 },
        totalInclTax: '60.00',
      },
    });
    expect(plan.creditOf).toEqual({
      orderNumber: '28',
      reference: 'MWW-28',
      invoiceId: '460000000000000028',
    });
    expect(plan.expected.totalInclTax).toBe('-47.45');
    expect(detailsOf(plan)[0]!.description).toBe(
      'Creditering van bestelling 28 (factuur met referentie MWW-28)',
    );
    // No refund recorded by the shop: the credit note is planned unpaid, awaiting it.
    expect(plan.payments).toEqual([]);
    expect(plan.creditRefund).toEqual({ kind: 'awaiting' });
  });
});

describe('edge cases', () => {
  it('a quantity that does not divide the line total is booked as 1 × the total', () => {
    const plan = planned(
      order({
        orderlines: [line('Pen', '10.00', '21', 3)],
        price: { tax: { rate: '21', amount: '1.74' }, total: '10.00' },
      }),
    );
    expect(detailsOf(plan)[0]).toMatchObject({ description: '3 × Pen', amount: '1', price: '10.00' });
  });

  it('discounts are negative lines naming the code, on the discount ledger', () => {
    const plan = planned(
      order({
        discountcode: 'WELKOM10',
        orderlines: [line('Mok', '24.20', '21'), line('Korting', '-2.42', '21', 1, 'discount')],
        price: { tax: { rate: '21', amount: '3.78' }, total: '21.78' },
      }),
    );
    expect(detailsOf(plan)[1]).toMatchObject({
      description: 'Korting (WELKOM10)',
      price: '-2.42',
      ledger_account_id: LEDGER.discounts,
    });
  });

  it('shipping is its own line on the shipping ledger', () => {
    const plan = planned(
      order({
        orderlines: [line('Mok', '12.10', '21'), line('Verzending PostNL', '4.95', '21', 1, 'shipping')],
        price: { tax: { rate: '21', amount: '2.96' }, total: '17.05' },
      }),
    );
    expect(detailsOf(plan)[1]).toMatchObject({
      description: 'Verzending PostNL',
      ledger_account_id: LEDGER.shipping,
    });
  });

  it('an intra-EU B2B order (reverse charge) books at the intra-community rate and puts the VAT number on the contact', () => {
    const plan = planned(
      order({
        tax_strategy: 'reverse_charged_vat',
        tax_region: 'BE',
        business_model: 'B2B',
        debtor: {
          email: 'inkoop@firma.be',
          address: { invoice: { company: 'Firma NV', taxnumber: 'BE 0123.456.789', country_code: 'BE' } },
        },
        orderlines: [line('Mok', '10.00', '0')],
        price: { tax: { rate: '0', amount: '0.00' }, total: '10.00' },
      }),
    );
    expect(plan.vatTreatment).toBe('reverse_charge');
    expect(detailsOf(plan)[0]!.tax_rate_id).toBe(TAX.icp);
    expect(plan.contact.create).toMatchObject({
      company_name: 'Firma NV',
      // Sent the way VIES writes it, not as typed.
      tax_number: 'BE0123456789',
      country: 'BE',
    });
  });

  it('export books at the export rate; OSS at the country rate on its own ledger', () => {
    const exportPlan = planned(
      order({
        tax_strategy: 'zero_percent',
        tax_region: 'US',
        orderlines: [line('Mok', '10.00', '0')],
        price: { tax: [], total: '10.00' },
      }),
    );
    expect(detailsOf(exportPlan)[0]!.tax_rate_id).toBe(TAX.export);
    const oss = planned(
      order({
        tax_region: 'DE',
        orderlines: [line('Tasse', '11.90', '19')],
        price: { tax: { rate: '19', amount: '1.90' }, total: '11.90' },
      }),
    );
    expect(oss.vatTreatment).toBe('oss');
    expect(detailsOf(oss)[0]).toMatchObject({ tax_rate_id: TAX.de19, ledger_account_id: LEDGER.revenueEu });
  });

  it('a credit of a sale to Belgium is booked as Belgian OSS, whatever region the credit names', () => {
    const sale = planned(
      order({
        number: 2101,
        tax_region: 'BE',
        orderlines: [line('Mok', '12.10', '21')],
        price: { tax: { rate: '21', amount: '2.10' }, total: '12.10' },
      }),
    );
    expect([sale.vatTreatment, sale.vatCountry]).toEqual(['oss', 'BE']);
    const original = {
      orderNumber: '2101',
      reference: sale.reference,
      invoiceId: '460000000000002101',
      vatTreatment: sale.vatTreatment,
      vatCountry: sale.vatCountry,
      taxRateIds: sale.taxRateIds,
      totalInclTax: sale.expected.totalInclTax,
    };
    // The shop leaves the region off its credits (the order's default here is NL), or names another.
    for (const region of [undefined, 'NL', 'FR']) {
      const credit = planned(
        order({
          number: 2102,
          credited_order_number: 2101,
          payment_status: 'unknown',
          tax_region: region,
          orderlines: [line('Mok', '12.10', '21')],
          price: { tax: { rate: '21', amount: '2.10' }, total: '12.10' },
        }),
        { original },
      );
      expect([credit.vatTreatment, credit.vatCountry], `region ${region}`).toEqual(['oss', 'BE']);
      expect(detailsOf(credit)[1]).toMatchObject({ price: '-12.10', tax_rate_id: TAX.be21 });
    }
  });

  it('a foreign currency carries the currency and the base amount', () => {
    const plan = planned(
      order({
        currency: 'GBP',
        orderlines: [line('Mug', '12.10', '21')],
        price: { tax: { rate: '21', amount: '2.10' }, total: '12.10' },
      }),
      {
        exchangeRate: '1.17',
      },
    );
    expect(plan.expected.currency).toBe('GBP');
    expect(plan.payments[0]).toMatchObject({ price: '12.10', price_base: '14.16' });
  });

  it('a gift card pays on its own account; a zero total needs no payment', () => {
    const gift = planned(
      order({
        payment: { gateway_name: 'basic', method_name: 'webshop_giftcard' },
        orderlines: [line('Mok', '12.10', '21')],
        price: { tax: { rate: '21', amount: '2.10' }, total: '12.10' },
      }),
    );
    expect(gift.payments[0]!.financial_account_id).toBe(FINANCIAL.giftCards);
    const free = planned(
      order({
        payment_status: 'unknown',
        payment: [],
        orderlines: [line('Monster', '0.00', '21')],
        price: { tax: [], total: '0.00' },
      }),
    );
    expect(free.payments).toEqual([]);
  });

  it('external sales invoices carry the source, dates and no workflow', () => {
    const plan = planned(
      order({
        orderlines: [line('Mok', '12.10', '21')],
        price: { tax: { rate: '21', amount: '2.10' }, total: '12.10' },
      }),
      {
        settings: settings({
          bookingStyle: 'external',
          externalDueDays: 14,
          externalSourceUrl: 'https://shop.example/orders/{number}',
        }),
      },
    );
    expect(plan.invoice).toMatchObject({
      external_sales_invoice: {
        reference: 'MWW-2001',
        date: '2024-06-01',
        due_date: '2024-06-15',
        source: 'Mijnwebwinkel',
        source_url: 'https://shop.example/orders/2001',
      },
    });
  });

  it('an order without e-mail or VAT number goes to the shared contact', () => {
    const plan = planned(
      order({
        debtor: [],
        orderlines: [line('Mok', '12.10', '21')],
        price: { tax: { rate: '21', amount: '2.10' }, total: '12.10' },
      }),
    );
    expect(plan.contact.match.kind).toBe('shared');
    expect(plan.contact.create.company_name).toBe('Webwinkelklanten zonder e-mailadres');
  });
});
