// fast-check arbitraries for orders in the API's JSON shape: lines at 21/9/0 %, some split over two
// rates, quantities that do and do not divide the line total, discounts, shipping and payment
// costs; the VAT the shop reports (rounded per line) and its total, each optionally nudged by a few
// cents so that some orders fall within and some beyond the rounding tolerance.
import fc from 'fast-check';
import { type Decimal, divideRounded, fromCents, toFixed } from '../../../src/main/core/money/decimal';

const RATES = ['21.00', '9.00', '0.00'] as const;
const pct = (rate: string): bigint => BigInt(rate.replace('.', '')) * 10_000n; // "21.00" -> millionths

/** Ex-VAT amount (6 decimals) of an incl. amount at a rate, as MOS computes it. */
function exclusive(incl: Decimal, rate: string): Decimal {
  return divideRounded(incl * 100_000_000n, 100_000_000n + pct(rate));
}

const part = (rate: string, cents: number) => {
  const incl = fromCents(cents);
  return { rate, incl, ex: exclusive(incl, rate) };
};

const lineArb = fc.record({
  type: fc.constantFrom('article', 'article', 'custom', 'shipping', 'payment', 'discount'),
  quantity: fc.integer({ min: 1, max: 7 }),
  description: fc.option(fc.string({ minLength: 1, maxLength: 30 }), { nil: undefined }),
  parts: fc.oneof(
    fc.tuple(fc.constantFrom(...RATES), fc.integer({ min: 0, max: 250_000 })).map(([r, c]) => [part(r, c)]),
    fc
      .tuple(fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: 50_000 }))
      .map(([a, b]) => [part('9.00', a), part('21.00', b)]),
  ),
});

export interface GeneratedOrder {
  raw: Record<string, unknown>;
  totalNudge: number;
  taxNudges: Record<string, number>;
}

export const orderArb: fc.Arbitrary<GeneratedOrder> = fc
  .record({
    number: fc.integer({ min: 1, max: 10_000_000 }),
    lines: fc.array(lineArb, { minLength: 1, maxLength: 8 }),
    totalNudge: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: -4, max: 4 })),
    taxNudge: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: -4, max: 4 })),
    numberAsString: fc.boolean(),
    taxAsObject: fc.boolean(),
    email: fc.option(fc.emailAddress(), { nil: undefined }),
  })
  .map(({ number, lines, totalNudge, taxNudge, numberAsString, taxAsObject, email }) => {
    const taxByRate = new Map<string, Decimal>();
    let total = 0n;
    const orderlines = lines.map((line, i) => {
      const sign = line.type === 'discount' ? -1n : 1n;
      const prices = line.parts.map((p) => {
        const incl = p.incl * sign;
        const ex = p.ex * sign;
        total += incl;
        // The shop rounds VAT per line part and adds those up.
        const lineTax = divideRounded(incl - ex, 10_000n) * 10_000n;
        taxByRate.set(p.rate, (taxByRate.get(p.rate) ?? 0n) + lineTax);
        return { amount: toFixed(ex, 6), amount_including_tax: toFixed(incl, 2), rate: p.rate };
      });
      return {
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        type: line.type,
        quantity: line.quantity,
        ...(line.description !== undefined && { description: line.description }),
        price: prices.length === 1 && i % 2 === 0 ? prices[0] : prices,
      };
    });
    const taxNudges: Record<string, number> = {};
    const taxedRates = [...taxByRate.keys()].filter((r) => r !== '0.00');
    const nudged = taxedRates[0];
    const tax = [...taxByRate.entries()].map(([rate, amount]) => {
      const nudge = rate === nudged ? taxNudge : 0;
      taxNudges[rate] = nudge;
      return { rate, amount: toFixed(amount + fromCents(nudge), 2) };
    });
    return {
      raw: {
        number: numberAsString ? String(number) : number,
        uuid: '3f0c8f0e-0000-4000-8000-000000000000',
        date: '2024-05-17',
        time: '10:11:12',
        status: 3,
        currency: 'EUR',
        tax_region: 'NL',
        tax_strategy: '',
        payment_status: 'captured',
        payment: { gateway_name: 'mollie', method_name: 'ideal', status: { id: 1, text: 'Succesvol' } },
        debtor: {
          ...(email !== undefined && { email }),
          address: {
            invoice: {
              name: 'Truus Voorbeeld',
              street: 'Molenstraat',
              number: '62',
              zipcode: '5341GE',
              city: 'Oss',
              country_code: 'NL',
            },
          },
        },
        price: {
          tax: tax.length === 1 && taxAsObject ? tax[0] : tax,
          total: toFixed(total + fromCents(totalNudge), 2),
        },
        orderlines,
        shipping: [{ country: { description: 'Nederland', isocode: 'NL' } }],
      },
      totalNudge,
      taxNudges,
    };
  });
