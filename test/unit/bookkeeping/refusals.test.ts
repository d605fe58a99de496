// One test per refusal code: each names what is wrong in both languages and carries the figures.
import { describe, expect, it } from 'vitest';
import {
  type BookingPlan,
  isRefusal,
  type PlanInput,
  planBooking,
  planBookingFromApi,
  REFUSAL_CODES,
  type Refusal,
  type RefusalCode,
} from '../../../src/main/core/bookkeeping';
import { parseOrder } from '../../../src/main/core/mijnwebwinkel/order-schema';
import { setupMappingMessages } from '../../../src/shared/i18n/messages/setup-mapping';
import { FINANCIAL, LEDGER, referenceData, settings, TAX } from './fixtures';
import { expectWellFormedRefusal } from './plan-check';

type Raw = Record<string, unknown>;

/** A small, bookable domestic order: 2 × 12.10 at 21 % and 5.45 at 9 %. */
function rawOrder(patch: Raw = {}): Raw {
  return {
    number: 1042,
    date: '2024-03-01',
    status: 3,
    currency: 'EUR',
    tax_region: 'NL',
    tax_strategy: '',
    payment_status: 'captured',
    payment: { gateway_name: 'mollie', method_name: 'ideal' },
    debtor: {
      email: ' Klant@Example.NL ',
      address: { invoice: { name: 'Truus Voorbeeld', country_code: 'NL' } },
    },
    price: {
      tax: [
        { rate: '21.00', amount: '4.20' },
        { rate: '9.00', amount: '0.45' },
      ],
      total: '29.65',
    },
    orderlines: [
      {
        type: 'article',
        quantity: 2,
        description: 'Mok',
        price: { amount: '20.000000', amount_including_tax: '24.20', rate: '21.00' },
      },
      {
        type: 'article',
        quantity: 1,
        description: 'Thee',
        price: { amount: '5.000000', amount_including_tax: '5.45', rate: '9.00' },
      },
    ],
    ...patch,
  };
}

/** The order's goods go to `country` (the shop's shipping line). */
const shippedTo = (country: string) => [{ country: { isocode: country } }];

function plan(raw: Raw, input: Partial<Omit<PlanInput, 'order'>> = {}) {
  return planBookingFromApi(raw, { settings: settings(), reference: referenceData(), ...input });
}

function expectRefusal(result: unknown, code: RefusalCode): Refusal {
  expect(isRefusal(result) ? (result as Refusal).code : 'plan').toBe(code);
  expectWellFormedRefusal(result as Refusal);
  return result as Refusal;
}

const covered = new Set<RefusalCode>();
function refusalTest(code: RefusalCode, name: string, body: () => void) {
  covered.add(code);
  it(`${code}: ${name}`, body);
}

describe('refusals', () => {
  it('the base order is bookable', () => {
    expect(isRefusal(plan(rawOrder()))).toBe(false);
  });

  refusalTest('order_unreadable', 'names the bad fields', () => {
    const r = expectRefusal(
      plan(
        rawOrder({
          date: '1 maart',
          orderlines: [{ type: 'article', quantity: 'twee', price: { rate: 'x' } }],
        }),
      ),
      'order_unreadable',
    );
    expect(r.details.fields).toContain('date');
    expect(r.details.fields).toContain('orderlines.0.quantity');
    expect(r.details.fields).toContain('orderlines.0.price');
    expect(r.details.order).toBe('1042');
  });

  refusalTest('no_lines', 'an order without lines', () => {
    expectRefusal(plan(rawOrder({ orderlines: [] })), 'no_lines');
  });

  refusalTest('line_without_amount_incl_tax', 'a line with only an ex-VAT amount', () => {
    const r = expectRefusal(
      plan(
        rawOrder({
          orderlines: [
            { type: 'article', quantity: 1, description: 'Mok', price: { amount: '20', rate: '21' } },
          ],
        }),
      ),
      'line_without_amount_incl_tax',
    );
    expect(r.details.line).toBe('Mok');
  });

  refusalTest('amount_not_whole_cents', 'a total with a fraction of a cent', () => {
    const r = expectRefusal(
      plan(rawOrder({ price: { tax: [], total: '29.651' } })),
      'amount_not_whole_cents',
    );
    expect(r.details.field).toBe('price.total');
  });

  refusalTest('total_missing', 'an order without price block', () => {
    expectRefusal(plan(rawOrder({ price: [] })), 'total_missing');
  });

  refusalTest('unmapped_tax_rate', 'an OSS order to a country Moneybird has the rate of, unmapped', () => {
    const config = settings({ taxRates: { ...settings().taxRates, oss: {} } });
    const r = expectRefusal(
      plan(rawOrder({ tax_region: 'BE', shipping: shippedTo('BE') }), { settings: config }),
      'unmapped_tax_rate',
    );
    expect(r.details).toMatchObject({ rate: '21', treatment: 'oss', country: 'BE' });
    expect(r.message.nl).toContain('OSS');
  });

  refusalTest('tax_rate_absent', 'an OSS order to a country Moneybird has no rate for', () => {
    const r = expectRefusal(
      plan(rawOrder({ tax_region: 'AT', shipping: shippedTo('AT') })),
      'tax_rate_absent',
    );
    expect(r.details).toMatchObject({ rate: '21', treatment: 'oss', country: 'AT' });
    expect(r.message.nl).toContain('voor Oostenrijk');
    expect(r.message.nl).toContain('Voeg dat tarief toe in Moneybird');
    expect(r.message.en).toContain('for Austria');
  });

  refusalTest('unmapped_tax_rate', 'a domestic 0 % line when 0 % is not mapped', () => {
    const config = settings({ taxRates: { domestic: { '21': TAX.nl21, '9': TAX.nl9 }, oss: {} } });
    const raw = rawOrder({
      orderlines: [
        {
          type: 'article',
          quantity: 1,
          description: 'Boek',
          price: { amount: '5', amount_including_tax: '5.00', rate: '0' },
        },
      ],
      price: { tax: [], total: '5.00' },
    });
    expectRefusal(plan(raw, { settings: config }), 'unmapped_tax_rate');
  });

  refusalTest('tax_rate_not_found', 'a mapping to a deleted Moneybird rate', () => {
    const config = settings({ taxRates: { domestic: { '21': '123', '9': TAX.nl9 }, oss: {} } });
    expect(
      expectRefusal(plan(rawOrder(), { settings: config }), 'tax_rate_not_found').details.taxRateId,
    ).toBe('123');
  });

  refusalTest('tax_rate_unusable', 'an inactive rate, and a purchase rate', () => {
    for (const nine of [TAX.inactive9, TAX.purchase21]) {
      const config = settings({ taxRates: { domestic: { '21': TAX.nl21, '9': nine }, oss: {} } });
      expect(
        expectRefusal(plan(rawOrder(), { settings: config }), 'tax_rate_unusable').details.taxRateId,
      ).toBe(nine);
    }
  });

  refusalTest('tax_rate_percentage_mismatch', '9 % mapped to a 21 % rate', () => {
    const config = settings({ taxRates: { domestic: { '21': TAX.nl21, '9': TAX.nl21 }, oss: {} } });
    const r = expectRefusal(plan(rawOrder(), { settings: config }), 'tax_rate_percentage_mismatch');
    expect(r.details).toMatchObject({ rate: '9', moneybirdRate: '21' });
  });

  refusalTest('tax_rate_country_mismatch', 'a Belgian order mapped to a 21 % rate of Luxembourg', () => {
    const reference = referenceData();
    const luxembourg21 = { ...reference.taxRates.find((r) => r.id === TAX.be21)!, id: '777', country: 'LU' };
    const raw = rawOrder({
      tax_region: 'BE',
      shipping: shippedTo('BE'),
      orderlines: [
        {
          type: 'article',
          quantity: 1,
          description: 'Mok',
          price: { amount: '10', amount_including_tax: '12.10', rate: '21' },
        },
      ],
      price: { tax: { rate: '21', amount: '2.10' }, total: '12.10' },
    });
    const r = plan(raw, {
      settings: settings({ taxRates: { domestic: {}, oss: { BE: { '21': '777' } } } }),
      reference: { ...reference, taxRates: [...reference.taxRates, luxembourg21] },
    });
    const refusal = expectRefusal(r, 'tax_rate_country_mismatch');
    expect(refusal.details).toMatchObject({ country: 'BE', moneybirdCountry: 'LU' });
    // The owner reads the countries by name, in their language; the codes stay in the details.
    expect(refusal.message.nl).toMatch(
      /^Bestelling \S+ is belast in België, maar het gekozen Moneybird-tarief ".*" geldt voor Luxemburg\. Kies in Winkelbrug bij Instellingen → Boekhouding → Btw-tarieven een tarief voor België\.$/,
    );
    expect(refusal.message.en).toContain('is taxed in Belgium');
    expect(refusal.message.en).toContain('applies to Luxembourg');
  });

  const zeroRated = (strategy: string, extra: Raw = {}) =>
    rawOrder({
      tax_strategy: strategy,
      business_model: 'B2B',
      orderlines: [
        {
          type: 'article',
          quantity: 1,
          description: 'Mok',
          price: { amount: '20', amount_including_tax: '20.00', rate: '0' },
        },
      ],
      price: { tax: { rate: '0', amount: '0' }, total: '20.00' },
      ...extra,
    });

  refusalTest('reverse_charge_without_vat_number', 'reverse charge with no VAT number', () => {
    expectRefusal(plan(zeroRated('reverse_charged_vat')), 'reverse_charge_without_vat_number');
  });

  refusalTest(
    'vat_number_unrecognised',
    'an intra-community supply with a VAT number in no EU format',
    () => {
      const debtor = (taxnumber: string) => ({
        email: 'einkauf@kunde.de',
        address: { invoice: { name: 'Hans Kunde', company: 'Kunde GmbH', country_code: 'DE', taxnumber } },
      });
      const r = expectRefusal(
        plan(zeroRated('reverse_charged_vat', { tax_region: 'DE', debtor: debtor('DE 12345') })),
        'vat_number_unrecognised',
      );
      expect(r.details.vatNumber).toBe('DE 12345');
      // Typed without its prefix, a German number is recognised and books.
      const booked = plan(
        zeroRated('reverse_charged_vat', { tax_region: 'DE', debtor: debtor('123 456 789') }),
      );
      expect(isRefusal(booked) ? booked.code : booked.contact.create.tax_number).toBe('DE123456789');
    },
  );

  refusalTest('intra_eu_supply_not_abroad', 'a reverse-charged sale to a Dutch business', () => {
    const debtor = {
      email: 'inkoop@klant.nl',
      address: {
        invoice: {
          name: 'Jan Klant',
          company: 'Klant B.V.',
          country_code: 'NL',
          taxnumber: 'NL859442517B01',
        },
      },
    };
    const r = expectRefusal(plan(zeroRated('reverse_charged_vat', { debtor })), 'intra_eu_supply_not_abroad');
    expect(r.details.country).toBe('NL');
    expect(r.message.nl).toContain('Nederland');
    expect(r.message.en).toContain('Netherlands');
  });

  refusalTest('export_inside_eu', 'an export to mainland Germany, and to Northern Ireland', () => {
    const to = (country: string, zipcode: string) => ({
      debtor: {
        email: 'k@kunde.de',
        address: { invoice: { name: 'Kunde', country_code: country, zipcode } },
      },
    });
    const germany = expectRefusal(plan(zeroRated('zero_percent', to('DE', '10115'))), 'export_inside_eu');
    expect(germany.message.nl).toContain('Duitsland');
    const belfast = expectRefusal(plan(zeroRated('zero_percent', to('GB', 'BT1 1AA'))), 'export_inside_eu');
    expect(belfast.details.country).toBe('GB');
    // Outside the EU's VAT area: the Canary Islands, Norway, Great Britain.
    for (const [country, zipcode] of [
      ['ES', '35002'],
      ['NO', '0150'],
      ['GB', 'SW1A 1AA'],
    ] as const)
      expect(isRefusal(plan(zeroRated('zero_percent', to(country, zipcode))))).toBe(false);
  });

  refusalTest(
    'vat_number_of_shop_country',
    'an intra-community supply to Germany under a Dutch VAT number, typed with or without its prefix',
    () => {
      const toGermany = (invoiceCountry: string, taxnumber: string) => ({
        shipping: shippedTo('DE'),
        debtor: {
          email: 'einkauf@kunde.de',
          address: {
            invoice: { name: 'Hans Kunde', company: 'Kunde GmbH', country_code: invoiceCountry, taxnumber },
            delivery: { name: 'Hans Kunde', country_code: 'DE', zipcode: '10115' },
          },
        },
      });
      const r = expectRefusal(
        plan(zeroRated('reverse_charged_vat', toGermany('DE', 'nl 8594.42.517 b01'))),
        'vat_number_of_shop_country',
      );
      expect(r.details.vatNumber).toBe('NL859442517B01');
      expect(r.message.nl).toContain('btw-nummer uit Nederland');
      expect(r.message.en).toContain('is from your own country (Netherlands)');
      expectRefusal(
        plan(zeroRated('reverse_charged_vat', toGermany('NL', '859442517B01'))),
        'vat_number_of_shop_country',
      );
      // The German number of the same customer books as an intra-community supply.
      const booked = plan(zeroRated('reverse_charged_vat', toGermany('DE', 'DE811907980')));
      expect(isRefusal(booked) ? booked.code : booked.vatTreatment).toBe('reverse_charge');
    },
  );

  refusalTest(
    'reverse_charge_without_vat_number',
    'a VAT number field holding only invisible characters is no number',
    () => {
      for (const invisible of ['\u200b', '\u00ad', ' \u2060 '])
        expectRefusal(
          plan(
            zeroRated('reverse_charged_vat', {
              shipping: shippedTo('DE'),
              debtor: {
                email: 'einkauf@kunde.de',
                address: { invoice: { name: 'Kunde', country_code: 'DE', taxnumber: invisible } },
              },
            }),
          ),
          'reverse_charge_without_vat_number',
        );
    },
  );

  refusalTest('oss_destination_differs', 'Belgian VAT on a parcel to Amsterdam', () => {
    const r = expectRefusal(
      plan(rawOrder({ tax_region: 'BE', shipping: shippedTo('NL') })),
      'oss_destination_differs',
    );
    expect(r.details).toMatchObject({ country: 'NL', taxCountry: 'BE' });
    expect(r.message.nl).toContain('de btw van België');
    expect(r.message.nl).toContain('gaat naar Nederland');
    expect(r.message.en).toContain("Belgium's VAT");
    // Without a shipping line the delivery address decides; Monaco's goods are France's.
    const monaco = rawOrder({
      tax_region: 'FR',
      debtor: {
        email: 'client@exemple.mc',
        address: { invoice: { name: 'Client', country_code: 'MC', zipcode: '98000' } },
      },
    });
    const booked = plan(monaco, {
      settings: settings({
        taxRates: { ...settings().taxRates, oss: { FR: { '21': TAX.be21, '9': TAX.be21 } } },
      }),
    });
    expect(isRefusal(booked) ? booked.code : 'booked').not.toBe('oss_destination_differs');
  });

  refusalTest('oss_outside_eu', 'Spanish VAT on a parcel to the Canary Islands', () => {
    const r = expectRefusal(
      plan(
        rawOrder({
          tax_region: 'ES',
          debtor: {
            email: 'cliente@ejemplo.es',
            address: { invoice: { name: 'Cliente', country_code: 'ES', zipcode: '35002' } },
          },
        }),
      ),
      'oss_outside_eu',
    );
    expect(r.details).toMatchObject({ country: 'ES', taxCountry: 'ES' });
    expect(r.message.nl).toContain('buiten de EU');
  });

  refusalTest('zero_rated_order_with_vat', 'an export order with a 21 % line', () => {
    const r = expectRefusal(plan(rawOrder({ tax_strategy: 'zero_percent' })), 'zero_rated_order_with_vat');
    expect(r.details.rate).toBe('21');
  });

  refusalTest('lines_do_not_add_up', 'the shop total a cent off the lines', () => {
    const r = expectRefusal(
      plan(rawOrder({ price: { tax: (rawOrder().price as Raw).tax, total: '29.66' } })),
      'lines_do_not_add_up',
    );
    expect(r.details).toMatchObject({ shopTotal: '29.66', linesTotal: '29.65', difference: '0.01' });
  });

  refusalTest('vat_mismatch', 'the shop VAT doubled (the 2019 bug)', () => {
    const r = expectRefusal(
      plan(
        rawOrder({
          price: {
            tax: [
              { rate: '21', amount: '8.40' },
              { rate: '9', amount: '0.45' },
            ],
            total: '29.65',
          },
        }),
      ),
      'vat_mismatch',
    );
    expect(r.details).toMatchObject({ rate: '21', shopTax: '8.40', invoiceTax: '4.20' });
  });

  refusalTest(
    'rounding_not_configured',
    'per-line rounding beyond a zero tolerance, no rounding account',
    () => {
      const config = settings({ rounding: { tolerance: '0.00' } });
      const oneCentOff = {
        price: {
          tax: [
            { rate: '21.00', amount: '4.21' },
            { rate: '9.00', amount: '0.45' },
          ],
          total: '29.65',
        },
      };
      expectRefusal(plan(rawOrder(oneCentOff), { settings: config }), 'rounding_not_configured');
      // The same order with the default tolerance books Moneybird's figure and says so.
      const booked = plan(rawOrder(oneCentOff), { settings: settings({ rounding: { tolerance: '0.02' } }) });
      expect(isRefusal(booked) ? booked.code : (booked as BookingPlan).vatRounding).toEqual([
        expect.objectContaining({ rate: '21', shopTax: '4.21', invoiceTax: '4.20', handling: 'accepted' }),
      ]);
    },
  );

  refusalTest('vat_without_lines', 'VAT at a rate no line carries', () => {
    const r = expectRefusal(
      plan(
        rawOrder({
          price: {
            tax: [
              { rate: '21.00', amount: '4.20' },
              { rate: '9.00', amount: '0.45' },
              { rate: '6.00', amount: '0.30' },
            ],
            total: '29.65',
          },
        }),
      ),
      'vat_without_lines',
    );
    expect(r.details).toMatchObject({ rate: '6', shopTax: '0.30' });
  });

  refusalTest('ledger_account_not_found', 'revenue on an inactive ledger account', () => {
    const config = settings({ ledgerAccounts: { revenue: LEDGER.inactive } });
    expect(
      expectRefusal(plan(rawOrder(), { settings: config }), 'ledger_account_not_found').details.purpose,
    ).toBe('revenue');
  });

  refusalTest(
    'gift_card_sale_without_ledger',
    'a gift card sold with no liability account or rate outside the return chosen',
    () => {
      const soldCard = rawOrder({
        price: {
          tax: [
            { rate: '21.00', amount: '4.20' },
            { rate: '9.00', amount: '0.45' },
          ],
          total: '54.65',
        },
        orderlines: [
          ...(rawOrder().orderlines as Raw[]),
          {
            type: 'gift_card',
            quantity: 1,
            description: 'Cadeaubon',
            price: { amount: '25.000000', amount_including_tax: '25.00', rate: '0.00' },
          },
        ],
      });
      const r = expectRefusal(plan(soldCard), 'gift_card_sale_without_ledger');
      expect(r.details).toEqual({ order: '1042', amount: '25.00', missing: 'ledger' });
      // In the owner's words: not turnover yet, money owed until used; and where to choose what.
      const label = setupMappingMessages.nl['field.giftCardLedger.label'];
      expect(r.message.nl).toMatch(/^In bestelling 1042 is een cadeaubon van €\s25,00 verkocht\. /);
      expect(r.message.nl).toContain('nog geen omzet: het is geld dat je de klant schuldig bent');
      expect(r.message.nl).toContain(`Kies daarvoor bij Betalingen, onder "${label}",`);
      expect(r.message.nl).not.toContain('Afronding');
      expect(r.message.en).toMatch(/^In order 1042 a gift card of €\s?25\.00 was sold\. /);
      expect(r.message.en).toContain('not turnover yet: it is money you owe the customer until they use it');
      expect(r.message.en).toContain(
        `under Payments, in the field "${setupMappingMessages.en['field.giftCardLedger.label']}"`,
      );
      // The rate outside the return is chosen under Rounding, in the field that names it.
      const noRate = settings({
        giftCardLedgerAccountId: LEDGER.giftCards,
        rounding: { ledgerAccountId: LEDGER.rounding, tolerance: '0.02' },
      });
      const rate = expectRefusal(plan(soldCard, { settings: noRate }), 'gift_card_sale_without_ledger');
      expect(rate.details.missing).toBe('taxRate');
      expect(rate.message.nl).toContain(
        `Kies daarvoor bij Afronding, onder "${setupMappingMessages.nl['field.roundingTaxRate.label']}", een 0%-tarief buiten de btw-aangifte`,
      );
      expect(rate.message.nl).not.toContain('Betalingen');
      expect(rate.message.en).toContain(
        `under Rounding, in the field "${setupMappingMessages.en['field.roundingTaxRate.label']}"`,
      );
      const both = expectRefusal(
        plan(soldCard, { settings: settings({ rounding: { tolerance: '0.02' } }) }),
        'gift_card_sale_without_ledger',
      );
      expect(both.details.missing).toBe('both');
      expect(both.message.nl).toMatch(/bij Betalingen.*bij Afronding/);
      expect(both.message.en).toMatch(/under Payments.*under Rounding/);
      // With both chosen the order books.
      expect(
        isRefusal(plan(soldCard, { settings: settings({ giftCardLedgerAccountId: LEDGER.giftCards }) })),
      ).toBe(false);
    },
  );

  refusalTest('period_locked', 'an order dated in the locked period', () => {
    const reference = { ...referenceData(), periodLockedUntil: '2024-03-31' };
    const r = expectRefusal(plan(rawOrder(), { reference }), 'period_locked');
    expect(r.details).toMatchObject({
      date: '2024-03-01',
      lockedUntil: '2024-03-31',
      firstOpenDate: '2024-04-01',
    });
  });

  refusalTest('workflow_not_found', 'a removed workflow', () => {
    expectRefusal(plan(rawOrder(), { settings: settings({ workflowId: '42' }) }), 'workflow_not_found');
  });

  refusalTest('document_style_not_found', 'a removed document style', () => {
    expectRefusal(
      plan(rawOrder(), { settings: settings({ documentStyleId: '42' }) }),
      'document_style_not_found',
    );
  });

  refusalTest('financial_account_missing', 'no payment account, or an inactive one', () => {
    const none = settings();
    delete (none as { financialAccountId?: string }).financialAccountId;
    const refusal = expectRefusal(
      plan(rawOrder({ payment: { gateway_name: 'basic', method_name: 'bank_transfer' } }), {
        settings: none,
      }),
      'financial_account_missing',
    );
    // The owner reads the method's name; the details keep the shop's code.
    expect(refusal.message.nl).toContain('(bankoverschrijving)');
    expect(refusal.message.en).toContain('(bank transfer)');
    expect(refusal.details).toMatchObject({ method: 'bank_transfer' });
    expectRefusal(
      plan(rawOrder(), { settings: settings({ financialAccountId: FINANCIAL.inactive }) }),
      'financial_account_missing',
    );
  });

  refusalTest('exchange_rate_missing', 'a GBP order without a rate', () => {
    const r = expectRefusal(plan(rawOrder({ currency: 'GBP' })), 'exchange_rate_missing');
    expect(r.details).toMatchObject({ currency: 'GBP', baseCurrency: 'EUR' });
  });

  const credit = (patch: Raw = {}) =>
    rawOrder({ number: 1050, credited_order_number: 1042, payment_status: 'unknown', ...patch });
  const original = {
    orderNumber: '1042',
    reference: 'MWW-1042',
    invoiceId: '460000000000000001',
    vatTreatment: 'domestic' as const,
    taxRateIds: { '21': TAX.nl21, '9': TAX.nl9 },
    totalInclTax: '29.65',
  };

  refusalTest('credit_original_not_booked', 'a credit before its original', () => {
    expect(expectRefusal(plan(credit()), 'credit_original_not_booked').details.original).toBe('1042');
  });

  refusalTest('credit_rate_not_in_original', 'crediting a rate the original did not use', () => {
    const r = plan(credit(), { original: { ...original, taxRateIds: { '21': TAX.nl21 } } });
    expect(expectRefusal(r, 'credit_rate_not_in_original').details.rate).toBe('9');
  });

  refusalTest('credit_exceeds_original', 'crediting more than was sold', () => {
    expectRefusal(
      plan(credit(), { original: { ...original, totalInclTax: '10.00' } }),
      'credit_exceeds_original',
    );
  });

  refusalTest(
    'credit_vat_exceeds_original',
    'crediting more VAT at a rate than the sale charged there, though the total fits',
    () => {
      // The sale: 60.00, of it 0.20 VAT at 9 %; the credit takes 0.45 back at 9 %.
      const sale = {
        ...original,
        totalInclTax: '60.00',
        taxByTaxRateId: { [TAX.nl21]: '9.00', [TAX.nl9]: '0.20' },
      };
      const r = expectRefusal(plan(credit(), { original: sale }), 'credit_vat_exceeds_original');
      expect(r.details).toMatchObject({ rate: '9', creditVat: '0.45', originalVat: '0.20' });
      expect(r.message.nl).toMatch(/neemt €\s0,45 btw terug tegen 9%/);
      // The whole sale credited, and a cent of per-line rounding at a rate, are fine.
      const whole = { ...original, taxByTaxRateId: { [TAX.nl21]: '4.20', [TAX.nl9]: '0.45' } };
      expect(isRefusal(plan(credit(), { original: whole }))).toBe(false);
      const aCentLess = { ...whole, taxByTaxRateId: { [TAX.nl21]: '4.20', [TAX.nl9]: '0.44' } };
      expect(isRefusal(plan(credit(), { original: aCentLess }))).toBe(false);
    },
  );

  it('every refusal code has a test', () => {
    expect([...covered].sort()).toEqual([...REFUSAL_CODES].sort());
  });

  it('a plan is never made from a parsed order that changed under the schema', () => {
    const parsed = parseOrder(rawOrder());
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(
        isRefusal(planBooking({ order: parsed.order, settings: settings(), reference: referenceData() })),
      ).toBe(false);
  });
});
