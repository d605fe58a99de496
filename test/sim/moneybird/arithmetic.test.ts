import { describe, expect, it } from 'vitest';
import { fromInteger, parseDecimal, toFixed } from '../common/decimal';
import { computeInvoiceTotals, type LineInput, totalsOfInvoiceRequest } from './arithmetic';
import { startMoneybirdSim } from './index';

const d = parseDecimal;
const line = (
  amount: string,
  price: string,
  rate: string,
  percentage: string,
  showTax = true,
): LineInput => ({
  amount: d(amount),
  price: d(price),
  taxRateId: rate,
  percentage: d(percentage),
  showTax,
});
const fixed = (v: bigint) => toFixed(v, 2);

describe('Moneybird invoice arithmetic (our model)', () => {
  it('matches the spec example: 129.95 excl at 21 % is 27.29 VAT, 157.24 total', () => {
    const t = computeInvoiceTotals({
      lines: [line('1', '129.95', 'r21', '21')],
      pricesAreInclTax: false,
      discount: 0n,
      exchangeRate: fromInteger(1),
    });
    expect(fixed(t.totalPriceExclTax)).toBe('129.95');
    expect(fixed(t.taxTotals[0]!.taxAmount)).toBe('27.29');
    expect(fixed(t.totalPriceInclTax)).toBe('157.24');
  });

  it('computes VAT once per rate over the summed lines, not per line', () => {
    // Per line: 3 × round(0.33 × 0.21 = 0.0693 -> 0.07) = 0.21; per rate: round(0.99 × 0.21 = 0.2079) = 0.21.
    // Use lines where the two differ: 3 × 0.05 at 9 %: per line 3 × 0.00 = 0; per rate round(0.0135) = 0.01.
    const t = computeInvoiceTotals({
      lines: [line('1', '0.05', 'r9', '9'), line('1', '0.05', 'r9', '9'), line('1', '0.05', 'r9', '9')],
      pricesAreInclTax: false,
      discount: 0n,
      exchangeRate: fromInteger(1),
    });
    expect(fixed(t.taxTotals[0]!.taxAmount)).toBe('0.01');
    expect(fixed(t.totalPriceInclTax)).toBe('0.16');
  });

  it('for prices incl. tax takes VAT out of the gross per rate: gross × p / (100 + p)', () => {
    const t = computeInvoiceTotals({
      lines: [
        line('2', '24.95', 'r21', '21'),
        line('1', '4.95', 'r21', '21'),
        line('1', '-5.00', 'r21', '21'),
      ],
      pricesAreInclTax: true,
      discount: 0n,
      exchangeRate: fromInteger(1),
    });
    // gross 49.90 + 4.95 - 5.00 = 49.85; VAT = 49.85 × 21 / 121 = 8.6516... -> 8.65
    expect(fixed(t.totalPriceInclTax)).toBe('49.85');
    expect(fixed(t.taxTotals[0]!.taxAmount)).toBe('8.65');
    expect(fixed(t.taxTotals[0]!.taxableAmount)).toBe('41.20');
    expect(fixed(t.totalPriceExclTax)).toBe('41.20');
    // A line's own excl. value: 20.00 incl shows 16.53 as in the spec's example.
    const single = computeInvoiceTotals({
      lines: [line('1', '20', 'r21', '21')],
      pricesAreInclTax: true,
      discount: 0n,
      exchangeRate: fromInteger(1),
    });
    expect(fixed(single.lines[0]!.totalExclTaxWithDiscount)).toBe('16.53');
  });

  it('keeps rates apart on a multi-rate invoice and leaves hidden-tax rates out of tax_totals', () => {
    const t = computeInvoiceTotals({
      lines: [
        line('1', '10.00', 'r21', '21'),
        line('3', '2.50', 'r9', '9'),
        line('1', '7.00', 'r0', '0'),
        line('1', '100.00', 'icp', '0', false),
      ],
      pricesAreInclTax: false,
      discount: 0n,
      exchangeRate: fromInteger(1),
    });
    expect(t.taxTotals.map((x) => [x.taxRateId, fixed(x.taxableAmount), fixed(x.taxAmount)])).toEqual([
      ['r21', '10.00', '2.10'],
      ['r9', '7.50', '0.68'],
      ['r0', '7.00', '0.00'],
    ]);
    expect(fixed(t.totalPriceExclTax)).toBe('124.50');
    expect(fixed(t.totalPriceInclTax)).toBe('127.28');
  });

  it('handles negative lines and negative totals (credit invoices)', () => {
    const t = computeInvoiceTotals({
      lines: [line('-1', '300', 'r21', '21'), line('-2', '0.5', 'r21', '21')],
      pricesAreInclTax: false,
      discount: 0n,
      exchangeRate: fromInteger(1),
    });
    expect(fixed(t.totalPriceExclTax)).toBe('-301.00');
    expect(fixed(t.taxTotals[0]!.taxAmount)).toBe('-63.21');
    expect(fixed(t.totalPriceInclTax)).toBe('-364.21');
  });

  it('rounds a unit price to cents and the line to cents', () => {
    const t = computeInvoiceTotals({
      lines: [line('3', '8.264463', 'r21', '21')],
      pricesAreInclTax: false,
      discount: 0n,
      exchangeRate: fromInteger(1),
    });
    expect(fixed(t.totalPriceExclTax)).toBe('24.78'); // 3 × 8.26
  });

  it('applies an invoice discount per line and reports it', () => {
    const t = computeInvoiceTotals({
      lines: [line('1', '100', 'r21', '21'), line('1', '33.33', 'r21', '21')],
      pricesAreInclTax: false,
      discount: d('10'),
      exchangeRate: fromInteger(1),
    });
    expect(fixed(t.totalPriceExclTax)).toBe('120.00'); // 90.00 + 30.00 (29.997)
    expect(fixed(t.totalDiscount)).toBe('13.33');
  });

  it('converts foreign-currency figures to the administration currency (spec: 159.99 USD = 127.99 EUR)', () => {
    const t = computeInvoiceTotals({
      lines: [line('1', '159.99', 'icp', '0', false)],
      pricesAreInclTax: false,
      discount: 0n,
      exchangeRate: d('0.8'),
    });
    expect(fixed(t.totalPriceInclTax)).toBe('159.99');
    expect(fixed(t.totalPriceInclTaxBase)).toBe('127.99');
    expect(t.taxTotals).toEqual([]);
    const withTax = computeInvoiceTotals({
      lines: [line('1', '100', 'r21', '21')],
      pricesAreInclTax: false,
      discount: 0n,
      exchangeRate: d('1.17'),
    });
    expect(fixed(withTax.taxTotals[0]!.taxAmountBase)).toBe('24.57');
    expect(fixed(withTax.totalPriceInclTaxBase)).toBe('141.57');
  });
});

describe('the oracle over a request body', () => {
  const rates = [
    { id: '1', percentage: '21.0' },
    { id: '2', percentage: '9.0' },
    { id: '3', percentage: '0.0' },
  ];

  it('reads details as an array or an index-keyed object, leaves out _destroy lines, sums per rate', () => {
    const details = [
      { amount: '3', price: '4.99', tax_rate_id: '1' },
      { amount: '1', price: '10.90', tax_rate_id: '2' },
      { price: '-1.00', tax_rate_id: '2' }, // amount defaults to 1
      { amount: '1', price: '999', tax_rate_id: '1', _destroy: true },
      { amount: '1', price: '0.01', tax_rate_id: '3' },
    ];
    for (const shape of [details, Object.fromEntries(details.map((x, i) => [String(i), x]))]) {
      const t = totalsOfInvoiceRequest(
        { sales_invoice: { currency: 'EUR', prices_are_incl_tax: true, details_attributes: shape } },
        rates,
      );
      // 21 %: gross 14.97, VAT 14.97 × 21/121 = 2.598 -> 2.60; 9 %: gross 9.90, VAT 0.817 -> 0.82.
      expect(fixed(t.totalInclTax)).toBe('24.88');
      expect(fixed(t.perTaxRate.get('1')!.tax)).toBe('2.60');
      expect(fixed(t.perTaxRate.get('2')!.tax)).toBe('0.82');
      expect(fixed(t.perTaxRate.get('3')!.tax)).toBe('0.00');
      expect(fixed(t.totalExclTax)).toBe('21.46');
      expect(t.lineTotals.map(fixed)).toEqual(['14.97', '10.90', '-1.00', '0.01']);
    }
  });

  it('takes prices as excl. tax when the body does not say otherwise, and refuses an unknown rate', () => {
    const t = totalsOfInvoiceRequest(
      {
        external_sales_invoice: { details_attributes: [{ amount: '1', price: '129.95', tax_rate_id: '1' }] },
      },
      rates,
    );
    expect(fixed(t.totalInclTax)).toBe('157.24');
    expect(() =>
      totalsOfInvoiceRequest(
        { sales_invoice: { details_attributes: [{ price: '1', tax_rate_id: '9' }] } },
        rates,
      ),
    ).toThrow(/tax rate 9 unknown/);
  });

  it('agrees with what the simulator shows after a create with the same body', async () => {
    const sim = await startMoneybirdSim({ seed: 3, rateLimit: null });
    try {
      const base = `${sim.apiBaseUrl}/${sim.administrationId}`;
      const call = async (method: string, path: string, body?: unknown) => {
        const response = await fetch(`${base}${path}`, {
          method,
          headers: { authorization: `Bearer ${sim.token}`, 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return response.json();
      };
      const simRates: Array<{ id: string; name: string; percentage: string }> = await call(
        'GET',
        '/tax_rates.json?filter=tax_rate_type:sales_invoice',
      );
      const id = (name: string) => simRates.find((r) => r.name === name)!.id;
      const contact = await call('POST', '/contacts.json', { contact: { company_name: 'Oracle BV' } });
      const body = {
        sales_invoice: {
          contact_id: contact.id,
          prices_are_incl_tax: true,
          details_attributes: [
            { description: 'a', amount: '7', price: '3.33', tax_rate_id: id('21% btw') },
            { description: 'b', amount: '1', price: '0.05', tax_rate_id: id('9% btw') },
            { description: 'c', amount: '2', price: '0.05', tax_rate_id: id('9% btw') },
            { description: 'd', amount: '1', price: '-0.02', tax_rate_id: id('Geen btw') },
          ],
        },
      };
      const created = await call('POST', '/sales_invoices.json', body);
      const oracle = totalsOfInvoiceRequest(body, simRates);
      expect(created.total_price_incl_tax).toBe(toPlainMoney(oracle.totalInclTax));
      expect(created.total_price_excl_tax).toBe(toPlainMoney(oracle.totalExclTax));
      for (const t of created.tax_totals as Array<{ tax_rate_id: string; tax_amount: string }>)
        expect(t.tax_amount).toBe(toPlainMoney(oracle.perTaxRate.get(t.tax_rate_id)!.tax));
      sim.contract!.assertNone();
    } finally {
      await sim.close();
    }
  });
});

/** Moneybird's money text: "12.5" -> "12.5", "3" -> "3.0". */
function toPlainMoney(value: bigint): string {
  const text = toFixed(value, 2).replace(/0+$/, '').replace(/\.$/, '.0');
  return text;
}
