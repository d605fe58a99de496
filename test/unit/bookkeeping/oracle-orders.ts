// fast-check orders for the plan-vs-oracle property test, in the Mijnwebwinkel API's JSON shape,
// with the shop's own figures (total, VAT per rate, line amounts) computed the way the shop does it
// by the Mijnwebwinkel simulator's arithmetic: nothing here comes from the product. Covered: domestic
// orders at 21/9/0 % (lines split over two rates), OSS distance sales (BE/DE/FR rates), intra-EU B2B
// (reverse charge) and export (zero-rated, sometimes in USD), discounts, shipping and payment costs,
// quantities that do and do not divide the line total, gift cards redeemed and gift cards (or store
// credit) sold, up to 40 lines, shops that round VAT per rate and shops that round it per line, a
// shop's VAT now and then a few cents off, and credit orders of some of an order's lines.
import fc from 'fast-check';
import { type Decimal, fromCents, parseDecimal, roundTo, sum, toFixed } from '../../sim/common/decimal';
import { exclusiveOf, inclusiveOf } from '../../sim/mijnwebwinkel/generator';

export type Treatment = 'domestic' | 'oss' | 'reverse_charge' | 'export';

/** The rates (percent text as the API writes them) a treatment's lines may carry. */
const RATES: Record<string, readonly string[]> = {
  NL: ['21.00', '9.00', '0.00'],
  BE: ['21.00', '6.00'],
  DE: ['19.00', '7.00'],
  FR: ['20.00', '5.50'],
  zero: ['0.00'],
};

/** One VAT-rate part of a line: ex-VAT with 6 decimals, incl. VAT in cents, as the API sends them. */
export interface ShopPart {
  rate: string;
  ex: Decimal;
  incl: Decimal;
}

export interface ShopLine {
  type: string;
  quantity: number;
  parts: ShopPart[];
}

export interface ShopOrder {
  raw: Record<string, unknown>;
  number: number;
  date: string;
  treatment: Treatment;
  /** The country whose rates apply (OSS), else NL. */
  country: string;
  currency: string;
  lines: ShopLine[];
  /** What the customer paid (the API's price.total). */
  total: Decimal;
  /** The shop's VAT per rate as it reports it (price.tax), keyed by rate text ("21.00"). */
  vatByRate: Map<string, Decimal>;
  vatRounding: 'per-rate' | 'per-line';
}

const GIFT_CARD_TYPES = new Set(['giftcard', 'gift_card', 'store_credit']);
const isGiftCardType = (line: ShopLine) => GIFT_CARD_TYPES.has(line.type);
const atZero = (line: ShopLine) => line.parts.every((p) => parseDecimal(p.rate) === 0n);
const amountOf = (line: ShopLine) => sum(line.parts.map((p) => p.incl));
/**
 * A gift card the customer pays with: a gift-card line at 0 % that lowers the order's total (in a
 * credit order, which the shop sends with positive amounts, never generated here).
 */
export const isRedeemedGiftCard = (line: ShopLine) =>
  isGiftCardType(line) && atZero(line) && amountOf(line) < 0n;
/**
 * A gift card sold: a gift-card line at 0 % that adds to the total (a credit of one credits it back).
 * No sale (a multi-purpose voucher): money owed to the customer until it is redeemed.
 */
export const isSoldGiftCard = (line: ShopLine) => isGiftCardType(line) && atZero(line) && amountOf(line) > 0n;

/** A part from an amount including VAT the shop owner entered (the shop keeps ex-VAT to 6 places). */
function partFromIncl(inclCents: number, quantity: number, rate: string, zeroRated: boolean): ShopPart {
  const unitIncl = fromCents(inclCents);
  if (zeroRated) {
    // Zero-rated sales are invoiced at the Dutch ex-VAT price of the shop's (incl. 21 %) price.
    const ex = exclusiveOf(unitIncl, parseDecimal('21')) * BigInt(quantity);
    return { rate, ex, incl: roundTo(ex, 2) };
  }
  const r = parseDecimal(rate);
  const ex = exclusiveOf(unitIncl, r) * BigInt(quantity);
  return { rate, ex, incl: inclusiveOf(ex, r) };
}

/** The shop's VAT per rate: rounded once per rate, or per line part and then added up. */
export function shopVat(
  lines: readonly ShopLine[],
  rounding: ShopOrder['vatRounding'],
): Map<string, Decimal> {
  const raw = new Map<string, Decimal[]>();
  for (const line of lines)
    for (const part of line.parts) {
      // At 0 % there is no VAT, whatever the 6-decimal ex-VAT amount rounds to.
      const vat = parseDecimal(part.rate) === 0n ? 0n : part.incl - part.ex;
      raw.set(part.rate, [...(raw.get(part.rate) ?? []), vat]);
    }
  return new Map(
    [...raw].map(([rate, amounts]) => [
      rate,
      rounding === 'per-rate' ? roundTo(sum(amounts), 2) : sum(amounts.map((a) => roundTo(a, 2))),
    ]),
  );
}

const lineArb = (rates: readonly string[], zeroRated: boolean) =>
  fc
    .record({
      type: fc.constantFrom('article', 'article', 'article', 'custom', 'shipping', 'payment', 'discount'),
      quantity: fc.oneof(fc.constant(1), fc.integer({ min: 2, max: 12 })),
      // Unit prices incl. VAT, cents: small ones make rounding matter, large ones test size.
      unitCents: fc.oneof(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 150_000 })),
      secondRate: fc.option(fc.tuple(fc.constantFrom(...rates), fc.integer({ min: 1, max: 20_000 })), {
        nil: undefined,
      }),
      rate: fc.constantFrom(...rates),
    })
    .map(({ type, quantity, unitCents, secondRate, rate }): ShopLine => {
      const sign = type === 'discount' ? -1 : 1;
      const q = type === 'shipping' || type === 'payment' || type === 'discount' ? 1 : quantity;
      const parts = [partFromIncl(sign * unitCents, q, rate, zeroRated)];
      if (secondRate && secondRate[0] !== rate)
        parts.push(partFromIncl(sign * secondRate[1], q, secondRate[0], zeroRated));
      return { type, quantity: q, parts };
    });

const TREATMENTS: Array<{ treatment: Treatment; country: string; rates: readonly string[] }> = [
  { treatment: 'domestic', country: 'NL', rates: RATES.NL! },
  { treatment: 'domestic', country: 'NL', rates: RATES.NL! },
  { treatment: 'oss', country: 'BE', rates: RATES.BE! },
  { treatment: 'oss', country: 'DE', rates: RATES.DE! },
  { treatment: 'oss', country: 'FR', rates: RATES.FR! },
  { treatment: 'reverse_charge', country: 'DE', rates: RATES.zero! },
  { treatment: 'export', country: 'US', rates: RATES.zero! },
];

export const shopOrderArb: fc.Arbitrary<ShopOrder> = fc
  .record({
    kind: fc.constantFrom(...TREATMENTS),
    number: fc.integer({ min: 1000, max: 9_000_000 }),
    day: fc.integer({ min: 0, max: 364 }),
    // Mostly a few lines, sometimes many.
    lineCount: fc.oneof(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 7, max: 40 })),
    seedLines: fc.infiniteStream(fc.nat()),
    vatRounding: fc.constantFrom('per-rate', 'per-line') as fc.Arbitrary<'per-rate' | 'per-line'>,
    giftCardCents: fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: undefined, freq: 4 }),
    // Now and then the order sells a gift card (or store credit), beside what else it holds.
    soldCard: fc.option(
      fc.record({
        type: fc.constantFrom('gift_card', 'giftcard', 'store_credit'),
        cents: fc.integer({ min: 1, max: 50_000 }),
      }),
      { nil: undefined, freq: 4 },
    ),
    dollars: fc.boolean(),
    // Now and then a shop reports VAT a few cents off at one rate (beyond rounding, or just within).
    vatNudgeCents: fc.oneof(fc.constant(0), fc.constant(0), fc.constant(0), fc.integer({ min: -4, max: 4 })),
    email: fc.option(fc.constantFrom('klant@example.nl', 'Info@Familie-Jansen.NL'), { nil: undefined }),
  })
  .chain((base) => {
    const zeroRated = base.kind.treatment === 'reverse_charge' || base.kind.treatment === 'export';
    return fc
      .array(lineArb(base.kind.rates, zeroRated), { minLength: base.lineCount, maxLength: base.lineCount })
      .map((lines) => ({ ...base, lines }));
  })
  .map(
    ({ kind, number, day, lines, vatRounding, giftCardCents, soldCard, dollars, email, vatNudgeCents }) => {
      const sale = sum(lines.flatMap((l) => l.parts.map((p) => p.incl)));
      const all = [...lines];
      if (giftCardCents !== undefined && sale > 0n) {
        // A gift card pays part (or all) of the order: a negative 0 % line.
        const card = fromCents(giftCardCents);
        // biome-ignore lint/complexity/useMathMinMax: bigints, which Math.min does not take
        const value = card < sale ? card : sale;
        all.push({ type: 'giftcard', quantity: 1, parts: [{ rate: '0.00', ex: -value, incl: -value }] });
      }
      if (soldCard) {
        // A gift card sold: its value at 0 %, whatever the order's treatment.
        const value = fromCents(soldCard.cents);
        all.push({ type: soldCard.type, quantity: 1, parts: [{ rate: '0.00', ex: value, incl: value }] });
      }
      const date = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
      const currency = kind.treatment === 'export' && dollars ? 'USD' : 'EUR';
      const order: ShopOrder = {
        raw: {},
        number,
        date,
        treatment: kind.treatment,
        country: kind.country,
        currency,
        lines: all,
        total: sum(all.flatMap((l) => l.parts.map((p) => p.incl))),
        vatByRate: shopVat(all, vatRounding),
        vatRounding,
      };
      const nudged = [...order.vatByRate.keys()].find((rate) => parseDecimal(rate) !== 0n);
      if (nudged && vatNudgeCents !== 0)
        order.vatByRate.set(nudged, order.vatByRate.get(nudged)! + fromCents(vatNudgeCents));
      order.raw = rawOrder(order, { email });
      return order;
    },
  );

/** The order as the API sends it (a sale, or with `creditOf` a credit order with positive amounts). */
export function rawOrder(
  order: ShopOrder,
  options: { email?: string | undefined; creditOf?: number } = {},
): Record<string, unknown> {
  const b2b = order.treatment === 'reverse_charge';
  const giftCard = order.lines.some(isRedeemedGiftCard);
  return {
    number: order.number,
    date: order.date,
    time: '12:00:00',
    status: options.creditOf === undefined ? 3 : 10,
    currency: order.currency,
    tax_region: order.treatment === 'oss' ? order.country : 'NL',
    tax_strategy:
      order.treatment === 'reverse_charge'
        ? 'reverse_charged_vat'
        : order.treatment === 'export'
          ? 'zero_percent'
          : '',
    ...(options.creditOf === undefined
      ? {
          payment_status: 'captured',
          // Paid in full by gift card, or the rest by iDEAL.
          payment:
            giftCard && order.total === 0n
              ? { gateway_name: 'basic', method_name: 'webshop_giftcard' }
              : { gateway_name: 'mollie', method_name: 'ideal' },
        }
      : { payment_status: 'unknown', credited_order_number: options.creditOf }),
    debtor: {
      ...(options.email !== undefined && { email: options.email }),
      address: {
        invoice: {
          name: 'Truus Voorbeeld',
          ...(b2b && { company: 'Bäckerei Brot GmbH', taxnumber: 'DE811907980' }),
          street: 'Molenstraat',
          number: '62',
          zipcode: '5341 GE',
          city: 'Oss',
          country_code: order.country,
        },
      },
    },
    price: {
      tax: [...order.vatByRate].map(([rate, amount]) => ({ rate, amount: toFixed(amount, 2) })),
      total: toFixed(order.total, 2),
    },
    orderlines: order.lines.map((line, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      type: line.type,
      quantity: line.quantity,
      description: `${line.type} ${i + 1}`,
      price: line.parts.map((p) => ({
        amount: toFixed(p.ex, 6),
        amount_including_tax: toFixed(p.incl, 2),
        rate: p.rate,
      })),
    })),
    shipping: [{ country: { isocode: order.country } }],
  };
}

/**
 * A credit order for some of `original`'s lines (never a gift card it was paid with; a gift card it
 * sold may be), the day after, numbered after it. The shop sends credits with positive amounts and
 * its own VAT per rate for the credited lines.
 */
export function creditOrderOf(original: ShopOrder, pick: readonly boolean[]): ShopOrder | undefined {
  const candidates = original.lines.filter((l) => !isRedeemedGiftCard(l));
  const lines = candidates.filter((_, i) => pick[i % pick.length]);
  if (lines.length === 0) return undefined;
  const positive = lines.map((l) => ({
    ...l,
    parts: l.parts.map((p) => ({ ...p, ex: p.ex < 0n ? -p.ex : p.ex, incl: p.incl < 0n ? -p.incl : p.incl })),
  }));
  // A credited discount stays a deduction from the refund.
  for (const [i, line] of positive.entries())
    if (line.type === 'discount')
      positive[i] = { ...line, parts: line.parts.map((p) => ({ ...p, ex: -p.ex, incl: -p.incl })) };
  const total = sum(positive.flatMap((l) => l.parts.map((p) => p.incl)));
  // A refund is positive; a "credit" of only a discount is not one a shop sends.
  if (total <= 0n) return undefined;
  const credit: ShopOrder = {
    ...original,
    raw: {},
    number: original.number + 1,
    lines: positive,
    total,
    vatByRate: shopVat(positive, original.vatRounding),
  };
  credit.raw = rawOrder(credit, { email: 'klant@example.nl', creditOf: original.number });
  return credit;
}
