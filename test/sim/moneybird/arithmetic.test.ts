import { describe, expect, it } from 'vitest';
import { fromInteger, parseDecimal, toFixed } from '../common/decimal';
import { computeInvoiceTotals, type LineInput } from './arithmetic';

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
