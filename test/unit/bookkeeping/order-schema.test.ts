// The order schema accepts every documented loose form and names the field of anything else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOrder } from '../../../src/main/core/mijnwebwinkel/order-schema';
import { parseDecimal } from '../../../src/main/core/money/decimal';
import { specOrderExamples } from './fixtures';

const base = { number: 5, date: '2024-01-02', status: 3, debtor: { email: 'a@b.nl' } };

describe('order schema', () => {
  it('parses the spec example into Decimal money, one price array per line', () => {
    const parsed = parseOrder(specOrderExamples()[0]);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.order.number).toBe('27');
    expect(parsed.order.total).toBe(parseDecimal('47.45'));
    expect(parsed.order.tax).toEqual([
      { rate: parseDecimal('9'), amount: parseDecimal('0.83') },
      { rate: parseDecimal('21'), amount: parseDecimal('6.5') },
    ]);
    expect(parsed.order.lines.map((l) => l.prices.length)).toEqual([1, 1, 1, 1, 2, 1]);
    expect(parsed.order.lines[0]!.articles[0]!.options[0]!.amountExclTax).toBe(parseDecimal('-12.396694'));
    expect(parsed.order.creditedOrderNumber).toBe('28');
    expect(parsed.order.currency).toBe('EUR');
    expect(parsed.order.shippingCountryCode).toBe('NL');
  });

  it('accepts numbers as strings, one tax object, [] for empty objects, string option prices, nulls', () => {
    const parsed = parseOrder({
      ...base,
      number: ' 1001 ',
      status: '3',
      archived: '0',
      tax_strategy: null,
      credited_order_number: null,
      comments: [],
      payment: [],
      debtor: { email: null, address: { invoice: { name: 'X', number: 62, taxnumber: '' }, delivery: [] } },
      price: { tax: { rate: 21, amount: 2.1 }, total: '12.100000' },
      orderlines: [
        {
          type: 'article',
          quantity: '2',
          price: { amount: 10, amount_including_tax: '12.10', rate: '21.00' },
          articles: [
            { id: '7', price: { amount: '5', rate: '21' }, options: [{ list_option_id: 3, price: '-1.5' }] },
          ],
        },
      ],
      shipping: [{ country: [] }],
    });
    expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues)).toBe(true);
    if (!parsed.ok) return;
    const o = parsed.order;
    expect(o.number).toBe('1001');
    expect(o.status).toBe(3);
    expect(o.archived).toBe(false);
    expect(o.taxStrategy).toBe('');
    expect(o.creditedOrderNumber).toBeUndefined();
    expect(o.payment).toBeUndefined();
    expect(o.debtor.email).toBeUndefined();
    expect(o.debtor.invoiceAddress).toEqual({ name: 'X', houseNumber: '62' });
    expect(o.tax).toEqual([{ rate: parseDecimal('21'), amount: parseDecimal('2.1') }]);
    expect(o.lines[0]!.quantity).toBe(2);
    expect(o.lines[0]!.articles[0]!.options[0]!.amountExclTax).toBe(parseDecimal('-1.5'));
    expect(o.shippingCountryCode).toBeUndefined();
  });

  it('names the offending fields instead of throwing', () => {
    const parsed = parseOrder({
      ...base,
      date: '02-01-2024',
      tax_strategy: 'vrijgesteld',
      price: { total: 'veel' },
      orderlines: [{ quantity: 1 }],
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => i.field).sort()).toEqual([
      'date',
      'orderlines.0.type',
      'price.total',
      'tax_strategy',
    ]);
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseOrder(value);
        expect(typeof parsed.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
