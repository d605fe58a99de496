import { describe, expect, it } from 'vitest';
import { parseDecimal, roundTo, sum, toFixed } from '../common/decimal';
import { mwwContractValidator } from './contract';
import { generateOrders, linesTotal } from './generator';
import type { MwwOrder, MwwTaxPrice } from './types';

const parts = (price: MwwTaxPrice | MwwTaxPrice[] | undefined) =>
  Array.isArray(price) ? price : price ? [price] : [];
const served = ({ sim_test_order: _t, ...order }: MwwOrder) => order;

describe('generated orders', () => {
  it('validate against the official Order schema over many seeds and thousands of orders', {
    timeout: 120_000,
  }, async () => {
    const validator = await mwwContractValidator();
    let checked = 0;
    for (let seed = 1; seed <= 12; seed++) {
      for (const order of generateOrders({ seed, count: 250 })) {
        const errors = validator.validateSchema('Order', served(order));
        expect(errors, `seed ${seed} order ${order.number}`).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBe(3000);
  });

  it('the schema check is real: broken orders fail it', async () => {
    const validator = await mwwContractValidator();
    const [order] = generateOrders({ seed: 3, count: 1 });
    if (!order) throw new Error('no order');
    expect(validator.validateSchema('Order', { ...served(order), number: 'T-12' })).not.toEqual([]);
    expect(validator.validateSchema('Order', { ...served(order), uuid: 'nope' })).not.toEqual([]);
    const { debtor: _d, ...withoutDebtor } = served(order);
    expect(validator.validateSchema('Order', withoutDebtor)).not.toEqual([]);
    expect(
      validator.validateSchema('Order', {
        ...served(order),
        price: { tax: [{ amount: '1.00' }], total: '1.00' },
      }),
    ).not.toEqual([]);
  });

  it('is deterministic per seed and differs between seeds', () => {
    const a = generateOrders({ seed: 42, count: 120 });
    expect(generateOrders({ seed: 42, count: 120 })).toEqual(a);
    expect(generateOrders({ seed: 43, count: 120 })).not.toEqual(a);
  });

  it('keeps the amounts to the API rules and the totals to the cent', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const orders = generateOrders({ seed, count: 300 });
      let taxOffByACent = 0;
      for (const order of orders) {
        const where = `seed ${seed} order ${order.number}`;
        expect(toFixed(linesTotal(order), 2), where).toBe(order.price?.total);
        for (const line of order.orderlines ?? []) {
          for (const p of parts(line.price)) {
            expect(p.amount, where).toMatch(/^-?\d+\.\d{6}$/);
            expect(p.amount_including_tax, where).toMatch(/^-?\d+\.\d{2}$/);
            expect(p.rate, where).toMatch(/^\d+\.\d{2}$/);
          }
          const article = line.articles?.[0];
          if (line.type === 'article' && article && parts(line.price).length === 1) {
            // line price = quantity x unit, the unit being the article price plus its options.
            const unit =
              parseDecimal(article.amount) +
              sum((article.options ?? []).map((o) => parseDecimal(o.price ?? '0')));
            expect(toFixed(unit * BigInt(line.quantity), 6), where).toBe(parts(line.price)[0]?.amount);
          }
        }
        // VAT per rate: the rounded per-rate sum of (incl - ex), rarely a cent different.
        const byRate = new Map<string, bigint>();
        for (const line of order.orderlines ?? []) {
          for (const p of parts(line.price)) {
            byRate.set(
              p.rate,
              (byRate.get(p.rate) ?? 0n) +
                parseDecimal(p.amount_including_tax ?? '0') -
                parseDecimal(p.amount ?? '0'),
            );
          }
        }
        for (const t of parts(order.price?.tax)) {
          // 0 % carries no VAT, whatever the 6-decimal ex-VAT amounts round to.
          const expected = parseDecimal(t.rate) === 0n ? 0n : roundTo(byRate.get(t.rate) ?? 0n, 2);
          const diff = parseDecimal(t.amount ?? '0') - expected;
          expect([0n, 10_000n, -10_000n], where).toContain(diff);
          if (diff !== 0n) taxOffByACent++;
        }
      }
      expect(taxOffByACent).toBeLessThan(orders.length * 0.05);
    }
  });

  it('covers every case the sync must handle', () => {
    const orders = generateOrders({ seed: 5, count: 1500 });
    const rates = new Set(
      orders.flatMap((o) => (o.orderlines ?? []).flatMap((l) => parts(l.price).map((p) => p.rate))),
    );
    for (const rate of ['21.00', '9.00', '0.00', '6.00', '19.00', '7.00', '20.00', '5.50'])
      expect(rates).toContain(rate);
    const lines = orders.flatMap((o) => o.orderlines ?? []);
    const some = (predicate: (o: MwwOrder) => boolean) => expect(orders.some(predicate)).toBe(true);
    expect(lines.some((l) => l.type === 'article' && Array.isArray(l.price) && l.price.length > 1)).toBe(
      true,
    );
    expect(lines.some((l) => l.type === 'shipping' && Array.isArray(l.price) && l.price.length > 1)).toBe(
      true,
    );
    expect(lines.some((l) => l.type === 'payment' && Array.isArray(l.price) && l.price.length > 1)).toBe(
      true,
    );
    expect(
      lines.some((l) => l.type === 'discount' && parts(l.price).every((p) => p.amount?.startsWith('-'))),
    ).toBe(true);
    expect(
      lines.some((l) =>
        l.articles?.some((a) =>
          a.options?.some((o) => o.description === 'Action price' && o.price?.startsWith('-')),
        ),
      ),
    ).toBe(true);
    some((o) => Boolean(o.discountcode));
    some((o) => o.payment?.method_name === 'webshop_giftcard');
    some(
      (o) =>
        o.tax_strategy === 'reverse_charged_vat' &&
        Boolean(o.debtor.address?.invoice.taxnumber) &&
        o.business_model === 'B2B',
    );
    some((o) => o.tax_strategy === 'zero_percent' && o.debtor.address?.invoice.country_code !== 'NL');
    some((o) => ['BE', 'DE', 'FR'].includes(o.tax_region ?? '') && o.tax_strategy === '');
    some((o) => o.price?.total === '0.00' && o.payment === undefined);
    some((o) => ['new', 'pending', 'failed'].includes(o.payment_status ?? ''));
    some((o) => o.status === 7);
    some((o) => o.sim_test_order === true);
    some((o) => o.currency === 'GBP');
    some((o) => o.currency === 'USD');
    some((o) => [...(o.debtor.address?.invoice.name ?? '')].some((c) => (c.codePointAt(0) ?? 0) > 127));
    some((o) => o.debtor.email === undefined);
    some((o) => (o.orderlines?.length ?? 0) >= 200);
    some((o) => typeof o.number === 'string');
    some((o) => o.shipping?.some((s) => Array.isArray(s.country)) ?? false);
    some((o) => !Array.isArray(o.price?.tax));
    some((o) => Array.isArray(o.price?.tax));
    // The same e-mail address for several customers, differently cased.
    const shared = orders
      .map((o) => o.debtor.email)
      .filter((e): e is string => e?.toLowerCase() === 'info@familie-jansen.nl');
    expect(new Set(shared).size).toBeGreaterThan(1);
  });

  it('links credit orders both ways, in a credit status, after their original', () => {
    const orders = generateOrders({ seed: 9, count: 800 });
    const byNumber = new Map(orders.map((o) => [Number(o.number), o]));
    const credits = orders.filter((o) => o.credited_order_number !== undefined);
    expect(credits.length).toBeGreaterThan(0);
    for (const credit of credits) {
      const original = byNumber.get(credit.credited_order_number as number);
      expect(original?.credit_order_numbers).toContain(Number(credit.number));
      expect(credit.status).toBe(10);
      expect(Number(credit.number)).toBeGreaterThan(Number(original?.number));
      expect(`${credit.date} ${credit.time}` >= `${original?.date} ${original?.time}`).toBe(true);
      expect(credit.payment).toBeUndefined();
      expect(parseDecimal(credit.price?.total ?? '0') > 0n).toBe(true); // positive amounts (see generator.ts)
    }
  });

  it('spreads dates over the range, numbers sequentially, and refuses bad options', () => {
    const orders = generateOrders({
      seed: 2,
      count: 200,
      firstNumber: 5000,
      from: '2023-03-01',
      to: '2023-04-30',
    });
    expect(orders.map((o) => Number(o.number))).toEqual(Array.from({ length: 200 }, (_, i) => 5000 + i));
    for (const o of orders) {
      expect(o.date >= '2023-03-01' && o.date <= '2023-04-30').toBe(true);
      expect(`${o.status_changed_date} ${o.status_changed_time}` >= `${o.date} ${o.time}`).toBe(true);
    }
    const dates = orders.map((o) => `${o.date} ${o.time}`);
    expect([...dates].sort()).toEqual(dates);
    expect(() => generateOrders({ seed: 1, count: 1, from: '2023-13-45' })).toThrow(/from/);
    expect(() => generateOrders({ seed: 1, count: -1 })).toThrow(/count/);
    expect(() => generateOrders({ seed: 1, count: 1, from: '2024-02-01', to: '2024-01-01' })).toThrow(
      /before/,
    );
  });
});
