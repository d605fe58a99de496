// A deterministic generator of realistic Dutch webshop orders in the Mijnwebwinkel API's own JSON
// shape. The same seed always gives the same shop. Amounts follow the API's rules: ex-VAT amounts
// with up to 6 decimals, amounts including VAT with exactly 2, and an order line's price is the line
// total (quantity x unit). The shop enters prices including VAT (Store.prices_include_tax).
//
// Decisions where the spec is silent (documented so tests and the product can rely on them):
// - Shipping, payment-cost and discount lines have types `shipping`, `payment` and `discount`. The
//   spec only names `article` and `custom`; its example types a shipping-like line `payment`.
// - Credit orders carry POSITIVE quantities and amounts, like the spec's Order example, which has a
//   `credited_order_number` and positive prices; the credit nature is the link plus a status with
//   `credit_order: true` (10). They carry no payment of their own (spec guide, "Special cases"):
//   `payment` is absent and `payment_status` is `unknown`; the refund shows on the original's payment.
// - Zero-total orders never have transactions; half carry a payment method, half none.
import {
  abs,
  type Decimal,
  divideRounded,
  fromCents,
  parseDecimal,
  roundTo,
  sum,
  toFixed,
} from '../common/decimal';
import { seededRandom } from '../common/faults';
import {
  type MwwDebtor,
  type MwwOrder,
  type MwwOrderLine,
  type MwwPaymentStatus,
  type MwwTaxPrice,
  STATUS,
} from './types';

export interface GenerateOrdersOptions {
  seed: number;
  count: number;
  firstNumber?: number;
  /** First order date, YYYY-MM-DD (default 2024-01-01). */
  from?: string;
  /** Last order date, YYYY-MM-DD (default 2024-12-31). */
  to?: string;
}

type Random = () => number;

const HUNDRED = 100_000000n; // 100 as a Decimal

/** Ex-VAT amount (6 decimals) of an amount including VAT at `rate` percent. */
export function exclusiveOf(inclusive: Decimal, rate: Decimal): Decimal {
  return divideRounded(inclusive * HUNDRED, HUNDRED + rate);
}

/** Amount including VAT, rounded to cents, as the shop computes it from the ex-VAT amount. */
export function inclusiveOf(exclusive: Decimal, rate: Decimal): Decimal {
  return roundTo(exclusive + divideRounded(exclusive * rate, HUNDRED), 2);
}

export const rateText = (rate: Decimal): string => toFixed(rate, 2);

const pick = <T>(random: Random, items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};
const chance = (random: Random, p: number) => random() < p;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

/** A version-4-shaped UUID drawn from the seeded generator. */
export function seededUuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)] ?? '8';
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

// --- Catalogue and customers --------------------------------------------------------------------

type RateKind = 'high' | 'low' | 'zero' | 'mixed';
interface Product {
  id: number;
  name: string;
  sku: string;
  cents: number;
  kind: RateKind;
  grams: number;
}

const PRODUCTS: readonly Product[] = [
  { id: 101, name: 'Handgemaakte mok "Zee"', sku: 'MOK-ZEE', cents: 1495, kind: 'high', grams: 450 },
  { id: 102, name: 'Linnen theedoek', sku: 'TD-LIN', cents: 995, kind: 'high', grams: 120 },
  { id: 103, name: 'Geurkaars vijg & cederhout', sku: 'KRS-VIJG', cents: 2450, kind: 'high', grams: 380 },
  { id: 104, name: 'Biologische koffiebonen 500 g', sku: 'KOF-500', cents: 1275, kind: 'low', grams: 520 },
  { id: 105, name: 'Stroopwafels (doos van 12)', sku: 'SW-12', cents: 649, kind: 'low', grams: 400 },
  { id: 106, name: 'Kookboek "Groente eerst"', sku: 'BK-GRO', cents: 2999, kind: 'low', grams: 900 },
  { id: 107, name: 'Losse thee Earl Grey 100 g', sku: 'THEE-EG', cents: 575, kind: 'low', grams: 110 },
  { id: 108, name: 'Postzegels (10 stuks)', sku: 'PZ-10', cents: 1140, kind: 'zero', grams: 5 },
  { id: 109, name: 'Kerstpakket "Gezellig"', sku: 'KP-GEZ', cents: 3995, kind: 'mixed', grams: 2500 },
  { id: 110, name: 'Wollen plaid', sku: 'PLD-WOL', cents: 8900, kind: 'high', grams: 1400 },
  { id: 111, name: 'Cadeauverpakking', sku: 'VERP', cents: 250, kind: 'high', grams: 50 },
  { id: 112, name: 'Honing uit de Betuwe', sku: 'HON-BET', cents: 895, kind: 'low', grams: 480 },
  { id: 113, name: 'Gratis proefzakje', sku: 'PROEF', cents: 0, kind: 'low', grams: 20 },
];

const NAMES = [
  'Jan de Vries',
  'Sanne Jansen',
  'Pieter van den Berg',
  'Fatima El Amrani',
  'Zoë Çelik',
  'Renée Ĳsselmuiden',
  'Łukasz Żółkiewski',
  'Søren Ærøskøbing',
  'Anh Nguyễn',
  '李小龍',
  'Müller-Lüdenscheidt, Jürgen',
  "Marie-José d'Ancona",
  'Ἀθηνᾶ Παπαδοπούλου',
  'Kees van der Ploeg',
  'Noor Bakker',
];
const STREETS = ['Molenstraat', 'Kerkplein', 'Dorpsstraat', 'Stationsweg', 'Oudegracht', 'Lindelaan'];
const CITIES = ['Oss', 'Utrecht', 'Groningen', 'Zwolle', "'s-Hertogenbosch", 'Leeuwarden', 'Maastricht'];
const COMPANIES = ['Bakkerij Brood & Zo BV', 'Studio Ꮪtijl', 'Café de Zwaan VOF', 'Hôtel Étoile SARL'];
/** Shared by several customers, spelled with different case by each. */
const SHARED_EMAILS = ['Info@Familie-Jansen.nl', 'INFO@familie-jansen.nl', 'info@familie-jansen.nl'];

interface Region {
  code: string;
  name: string;
  high: string;
  low: string;
  zipcode: string;
}
const REGIONS: Record<string, Region> = {
  NL: { code: 'NL', name: 'Nederland', high: '21', low: '9', zipcode: '5341 GE' },
  BE: { code: 'BE', name: 'België', high: '21', low: '6', zipcode: '2000' },
  DE: { code: 'DE', name: 'Duitsland', high: '19', low: '7', zipcode: '10115' },
  FR: { code: 'FR', name: 'Frankrijk', high: '20', low: '5.5', zipcode: '75001' },
  US: { code: 'US', name: 'Verenigde Staten', high: '0', low: '0', zipcode: '10001' },
  GB: { code: 'GB', name: 'Verenigd Koninkrijk', high: '0', low: '0', zipcode: 'SW1A 1AA' },
  CH: { code: 'CH', name: 'Zwitserland', high: '0', low: '0', zipcode: '8001' },
};

// --- Order kinds --------------------------------------------------------------------------------

type Kind =
  | 'domestic'
  | 'oss'
  | 'reverse-charge'
  | 'export'
  | 'non-eur'
  | 'zero-total'
  | 'huge'
  | 'unpaid'
  | 'cancelled'
  | 'test';

/** Every special kind appears at least once in a shop of this size or more. */
const GUARANTEED: readonly Kind[] = [
  'oss',
  'reverse-charge',
  'export',
  'non-eur',
  'zero-total',
  'unpaid',
  'cancelled',
  'test',
  'huge',
];

function drawKind(random: Random): Kind {
  const r = random();
  if (r < 0.06) return 'oss';
  if (r < 0.1) return 'reverse-charge';
  if (r < 0.13) return 'export';
  if (r < 0.15) return 'non-eur';
  if (r < 0.17) return 'zero-total';
  if (r < 0.22) return 'unpaid';
  if (r < 0.25) return 'cancelled';
  if (r < 0.27) return 'test';
  if (r < 0.273) return 'huge';
  return 'domestic';
}

interface TaxContext {
  /** Rate applied per product rate kind; reverse charge and export are 0 throughout. */
  rates: Record<'high' | 'low' | 'zero', Decimal>;
  /** Zero-rated sales are invoiced at the domestic ex-VAT price of the (incl. VAT) shop price. */
  zeroRated: boolean;
}

const DOMESTIC = { high: parseDecimal('21'), low: parseDecimal('9'), zero: 0n };

// --- Lines --------------------------------------------------------------------------------------

interface Part {
  rate: Decimal;
  ex: Decimal;
  incl: Decimal;
}

const taxPrice = (part: Part): MwwTaxPrice => ({
  amount: toFixed(part.ex, 6),
  amount_including_tax: toFixed(part.incl, 2),
  rate: rateText(part.rate),
});

/**
 * One part of a line from its amount including VAT (what a shop with incl. prices starts from).
 * `domestic` is the Dutch rate of the same goods, used when the sale is zero-rated.
 */
function partFromInclusive(incl: Decimal, rate: Decimal, domestic: Decimal, context: TaxContext): Part {
  if (context.zeroRated) {
    const ex = exclusiveOf(incl, domestic);
    return { rate: 0n, ex, incl: roundTo(ex, 2) };
  }
  const ex = exclusiveOf(incl, rate);
  return { rate, ex, incl: inclusiveOf(ex, rate) };
}

/** Splits an amount including VAT over rates in proportion to `basis` (the largest part takes the rest). */
function splitProportionally(incl: Decimal, basis: Map<Decimal, Decimal>): Array<[Decimal, Decimal]> {
  const total = sum(basis.values());
  const entries = [...basis.entries()].filter(([, b]) => b !== 0n);
  if (total === 0n || entries.length === 0) return [[[...basis.keys()][0] ?? 0n, incl]];
  const parts: Array<[Decimal, Decimal]> = entries.map(([rate, b]) => [
    rate,
    roundTo(divideRounded(incl * b, total), 2),
  ]);
  const rest = incl - sum(parts.map(([, v]) => v));
  let largest = 0;
  parts.forEach(([, v], i) => {
    if (abs(v) > abs(parts[largest]?.[1] ?? 0n)) largest = i;
  });
  const target = parts[largest];
  if (target) target[1] += rest;
  return parts;
}

interface LineDraft {
  line: MwwOrderLine;
  parts: Part[];
}

function articleLine(
  random: Random,
  product: Product,
  quantity: number,
  context: TaxContext,
  optionIds: { next: number },
  arrayForSingle: boolean,
): LineDraft {
  const unitIncl = fromCents(product.cents);
  const rate = product.kind === 'mixed' ? context.rates.high : context.rates[product.kind];
  const onSale = product.cents > 0 && chance(random, 0.15);
  let parts: Part[];
  let unitEx: Decimal;
  if (product.kind === 'mixed' && !context.zeroRated) {
    // A gift package: food at the low rate, the basket and the rest at the high rate.
    const lowIncl = roundTo(divideRounded(unitIncl * 7n, 10n), 2);
    const unitParts = [
      partFromInclusive(lowIncl, context.rates.low, DOMESTIC.low, context),
      partFromInclusive(unitIncl - lowIncl, context.rates.high, DOMESTIC.high, context),
    ];
    unitEx = sum(unitParts.map((p) => p.ex));
    parts = unitParts.map((p) => {
      const ex = p.ex * BigInt(quantity);
      return { rate: p.rate, ex, incl: inclusiveOf(ex, p.rate) };
    });
  } else {
    const domestic = product.kind === 'mixed' ? DOMESTIC.high : DOMESTIC[product.kind];
    const unit = partFromInclusive(unitIncl, rate, domestic, context);
    unitEx = unit.ex;
    const ex = unit.ex * BigInt(quantity);
    parts = [{ rate: unit.rate, ex, incl: inclusiveOf(ex, unit.rate) }];
  }
  const articleRate = parts.length === 1 ? (parts[0]?.rate ?? 0n) : rate;
  let baseEx = unitEx;
  const options: NonNullable<MwwOrderLine['articles']>[number]['options'] = [];
  if (onSale) {
    // Action price: the catalogue price plus a negative "Action price" option gives the sale price.
    const catalogueIncl = roundTo(divideRounded(unitIncl * BigInt(between(random, 120, 150)), 100n), 2);
    const domestic = product.kind === 'mixed' ? DOMESTIC.high : DOMESTIC[product.kind];
    baseEx = partFromInclusive(catalogueIncl, articleRate, domestic, context).ex;
    options.push({
      list_option_id: optionIds.next++,
      description: 'Action price',
      price: toFixed(unitEx - baseEx, 6),
    });
  }
  if (chance(random, 0.2)) {
    options.push({
      list_option_id: optionIds.next++,
      description: `Kleur: ${pick(random, ['blauw', 'oker', 'zeegroen', 'antraciet'])}`,
      price: '0.000000',
    });
  }
  const price = parts.length === 1 && !arrayForSingle ? taxPrice(parts[0] as Part) : parts.map(taxPrice);
  return {
    parts,
    line: {
      id: seededUuid(random),
      type: 'article',
      quantity,
      description: onSale ? `${product.name} (actieprijs)` : product.name,
      weight: (product.grams * quantity).toString(),
      price,
      articles: [
        {
          id: product.id,
          description: product.name,
          sku: product.sku,
          amount: toFixed(baseEx, 6),
          rate: rateText(articleRate),
          price: { amount: toFixed(baseEx, 6), rate: rateText(articleRate), purchase_price: '' },
          options,
        },
      ],
    },
  };
}

function splitLine(
  random: Random,
  type: string,
  description: string,
  incl: Decimal,
  basis: Map<Decimal, Decimal>,
  context: TaxContext,
  alwaysArray: boolean,
): LineDraft {
  // Zero-rated orders have a single 0 % basis; their costs are priced at the Dutch high rate.
  const parts = splitProportionally(incl, basis).map(([rate, amount]) =>
    partFromInclusive(amount, rate, rate === 0n && context.zeroRated ? DOMESTIC.high : rate, context),
  );
  const price = parts.length === 1 && !alwaysArray ? taxPrice(parts[0] as Part) : parts.map(taxPrice);
  return { parts, line: { id: seededUuid(random), type, quantity: 1, description, weight: '0', price } };
}

// --- Dates --------------------------------------------------------------------------------------

const DAY = 86_400_000;

function parseDay(text: string, field: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
    throw new Error(`generateOrders: ${field} must be YYYY-MM-DD, got "${text}"`);
  const ms = Date.parse(`${text}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`generateOrders: ${field} is not a date: "${text}"`);
  return ms;
}

/** Local shop time as date and time strings (the API's fields carry no zone). */
function splitStamp(ms: number): { date: string; time: string } {
  const iso = new Date(ms).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 19) };
}

// --- Orders -------------------------------------------------------------------------------------

interface Draft {
  order: MwwOrder;
  kind: Kind;
  random: Random;
}

/** A 32-bit seed from a text (FNV-1a): the same text, the same draws. */
function textSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

const LATIN_LETTERS: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  đ: 'd',
  Đ: 'D',
};

function debtorFor(random: Random, region: Region, b2b: boolean, n: number): MwwDebtor {
  const name = pick(random, NAMES);
  const local = name
    // Letters that do not decompose (Ł, ø, ß …) written as a person would in an address, not dropped:
    // "ukasz.zokiewski@" reads as a bug.
    .replace(/[łŁøØßæÆœŒđĐ]/g, (c) => LATIN_LETTERS[c] ?? '')
    .normalize('NFKD')
    .replace(/[^A-Za-z ]/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '.');
  let email: string | undefined =
    `${local || 'klant'}${n % 7 === 0 ? n : ''}@example.${region.code === 'NL' ? 'nl' : 'com'}`;
  const r = random();
  if (r < 0.03) email = undefined;
  else if (r < 0.08) email = pick(random, SHARED_EMAILS);
  const company = b2b ? pick(random, COMPANIES) : undefined;
  const taxnumbers: Record<string, string> = {
    NL: 'NL859442517B01',
    BE: 'BE0403170701',
    DE: 'DE811907980',
    FR: 'FR40303265045',
  };
  const invoice = {
    name,
    ...(company ? { company } : {}),
    street: pick(random, STREETS),
    number: `${between(random, 1, 240)}${chance(random, 0.2) ? ' bis' : ''}`,
    zipcode: region.zipcode,
    city: region.code === 'NL' ? pick(random, CITIES) : region.name,
    country: region.name,
    country_code: region.code,
    ...(chance(random, 0.7) ? { phone: `06-${between(random, 10000000, 99999999)}` } : {}),
    ...(b2b && taxnumbers[region.code] ? { taxnumber: taxnumbers[region.code] } : {}),
  };
  // A returning customer (the same e-mail address) lives where they lived last time: their address
  // is drawn from their address alone. One order in twenty comes from a customer who moved. The
  // draws above still happen, so every other figure of the generated shop stays as it was.
  if (email !== undefined && !SHARED_EMAILS.includes(email) && n % 20 !== 3) {
    const home = seededRandom(textSeed(`${email}|${region.code}`));
    if (company) Object.assign(invoice, { company: pick(home, COMPANIES) });
    invoice.street = pick(home, STREETS);
    invoice.number = `${between(home, 1, 240)}${chance(home, 0.2) ? ' bis' : ''}`;
    if (region.code === 'NL') invoice.city = pick(home, CITIES);
  }
  const hasAccount = chance(random, 0.4);
  return {
    ...(hasAccount ? { id: seededUuid(random) } : {}),
    ...(email !== undefined ? { email } : {}),
    link_to_account: hasAccount,
    address: {
      invoice,
      delivery: chance(random, 0.1)
        ? []
        : {
            name,
            street: invoice.street,
            number: invoice.number,
            zipcode: invoice.zipcode,
            city: invoice.city,
            country_code: region.code,
          },
    },
  };
}

const PAYMENT_TEXT: Record<number, string> = {
  0: 'Onbekend',
  1: 'Succesvol',
  2: 'Geannuleerd',
  3: 'Mislukt',
  5: 'In afwachting',
  7: 'Terugbetaald',
};

function paymentSummaryStatus(status: MwwPaymentStatus): number {
  switch (status) {
    case 'captured':
      return 1;
    case 'voided':
      return 2;
    case 'failed':
      return 3;
    case 'pending':
    case 'authorized':
      return 5;
    case 'refunded':
      return 7;
    default:
      return 0;
  }
}

function buildOrder(random: Random, kind: Kind, number: number, stamp: number, rangeEnd: number): Draft {
  const region =
    kind === 'oss'
      ? (REGIONS[pick(random, ['BE', 'DE', 'FR'])] as Region)
      : kind === 'reverse-charge'
        ? (REGIONS[pick(random, ['BE', 'DE', 'FR'])] as Region)
        : kind === 'export'
          ? (REGIONS[pick(random, ['US', 'GB', 'CH'])] as Region)
          : (REGIONS.NL as Region);
  const zeroRated = kind === 'reverse-charge' || kind === 'export';
  const context: TaxContext = {
    rates: {
      high: zeroRated ? 0n : parseDecimal(region.high),
      low: zeroRated ? 0n : parseDecimal(region.low),
      zero: 0n,
    },
    zeroRated,
  };
  const currency =
    kind === 'non-eur'
      ? pick(random, ['GBP', 'USD'])
      : kind === 'export' && chance(random, 0.5)
        ? pick(random, ['GBP', 'USD'])
        : 'EUR';

  // Articles.
  const optionIds = { next: 5000 + number * 10 };
  const lineCount = kind === 'huge' ? between(random, 200, 400) : between(random, 1, 5);
  const catalogue =
    kind === 'zero-total' ? PRODUCTS.filter((p) => p.cents === 0) : PRODUCTS.filter((p) => p.cents > 0);
  const lines: LineDraft[] = [];
  for (let i = 0; i < lineCount; i++) {
    const product = pick(random, catalogue);
    const quantity = chance(random, 0.7) ? 1 : between(random, 2, kind === 'huge' ? 3 : 12);
    lines.push(articleLine(random, product, quantity, context, optionIds, chance(random, 0.1)));
  }
  const basis = new Map<Decimal, Decimal>();
  const addBasis = (draft: LineDraft) => {
    for (const part of draft.parts) basis.set(part.rate, (basis.get(part.rate) ?? 0n) + part.incl);
  };
  for (const draft of lines) addBasis(draft);
  const articleTotal = sum(lines.flatMap((d) => d.parts.map((p) => p.incl)));
  const sortedBasis = new Map([...basis.entries()].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0)));

  // Discounts: a code or a cart discount, as a negative line split over the articles' rates.
  let discountcode: string | undefined;
  if (kind !== 'zero-total' && articleTotal > 0n && chance(random, 0.15)) {
    const percent = BigInt(pick(random, [5, 10, 15, 20]));
    const withCode = chance(random, 0.65);
    if (withCode) discountcode = pick(random, ['WELKOM10', 'korting123', 'Zomer-Ä15', 'TROUWEKLANT']);
    const amount = -roundTo(divideRounded(articleTotal * percent, 100n), 2);
    lines.push(
      splitLine(
        random,
        'discount',
        withCode ? `Kortingscode ${discountcode}` : `Korting ${percent}% op je winkelwagen`,
        amount,
        sortedBasis,
        context,
        true,
      ),
    );
  }

  // Shipping (not for pickups or free shipping above 75) and payment costs, split pro rata.
  const pickup = kind !== 'huge' && chance(random, 0.12);
  if (kind !== 'zero-total' && !pickup && articleTotal < fromCents(7500)) {
    const cents = pick(random, [495, 695, 695, 1295]);
    lines.push(splitLine(random, 'shipping', 'Verzendkosten', fromCents(cents), sortedBasis, context, false));
  }
  const method =
    kind === 'zero-total'
      ? { gateway_name: 'basic', method_name: 'advance' }
      : pick(random, [
          { gateway_name: 'mollie', method_name: 'ideal' },
          { gateway_name: 'mollie', method_name: 'ideal' },
          { gateway_name: 'mollie', method_name: 'ideal' },
          { gateway_name: 'mollie', method_name: 'bancontact' },
          { gateway_name: 'mollie', method_name: 'creditcard' },
          { gateway_name: 'paypal', method_name: 'paypal' },
          { gateway_name: 'basic', method_name: 'bank_transfer' },
          { gateway_name: 'klarna_checkout', method_name: 'klarna_paylater' },
          { gateway_name: 'basic', method_name: 'webshop_giftcard' },
        ]);
  if (kind !== 'zero-total' && method.method_name !== 'webshop_giftcard' && chance(random, 0.15)) {
    const cents = pick(random, [29, 35, 100]);
    lines.push(
      splitLine(random, 'payment', 'Transactiekosten', fromCents(cents), sortedBasis, context, false),
    );
  }

  // Totals: the order total is the sum of line amounts including VAT; the VAT per rate is the
  // rounded per-rate sum, now and then a cent off as real shops report it.
  const allParts = lines.flatMap((d) => d.parts);
  const total = sum(allParts.map((p) => p.incl));
  const taxByRate = new Map<Decimal, Decimal>();
  // At 0 % there is no VAT, even where a line's 6-decimal ex-VAT amount rounds up to its price.
  for (const part of allParts)
    taxByRate.set(
      part.rate,
      (taxByRate.get(part.rate) ?? 0n) + (part.rate === 0n ? 0n : part.incl - part.ex),
    );
  const tax: MwwTaxPrice[] = [...taxByRate.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([rate, amount]) => ({ amount: toFixed(roundTo(amount, 2), 2), rate: rateText(rate) }));
  const first = tax[0];
  if (first && first.rate !== '0.00' && chance(random, 0.02)) {
    first.amount = toFixed(parseDecimal(first.amount ?? '0') + fromCents(chance(random, 0.5) ? 1 : -1), 2);
  }

  // Status and payment.
  let paymentStatus: MwwPaymentStatus;
  let status: number;
  if (kind === 'unpaid') {
    paymentStatus = pick(random, ['new', 'pending', 'failed', 'incomplete'] as const);
    status = STATUS.new;
  } else if (kind === 'cancelled') {
    paymentStatus = pick(random, ['voided', 'failed', 'refunded'] as const);
    status = STATUS.cancelled;
  } else if (kind === 'zero-total') {
    paymentStatus = 'unknown';
    status = pick(random, [STATUS.shipped, STATUS.paid]);
  } else {
    paymentStatus = method.method_name === 'klarna_paylater' ? 'authorized' : 'captured';
    status = pickup ? STATUS.paidCollected : pick(random, [STATUS.shipped, STATUS.shipped, STATUS.paid]);
    if (chance(random, 0.05)) status = STATUS.new; // paid, not yet handled
  }
  const changed = Math.min(stamp + between(random, 10, 72 * 60) * 60_000, rangeEnd);
  const { date, time } = splitStamp(stamp);
  const statusChanged = splitStamp(changed);
  const b2b = kind === 'reverse-charge' || (kind === 'domestic' && chance(random, 0.05));
  const locale =
    region.code === 'NL'
      ? 'nl_NL'
      : region.code === 'DE'
        ? 'de_DE'
        : region.code === 'FR'
          ? 'fr_FR'
          : 'en_GB';

  const order: MwwOrder = {
    number,
    uuid: seededUuid(random),
    date,
    time,
    status,
    status_changed_date: statusChanged.date,
    status_changed_time: statusChanged.time,
    weight: sum(lines.map((d) => BigInt(d.line.weight ?? '0'))).toString(),
    archived: false,
    finished: true,
    taxed: 'include',
    locale,
    ...(discountcode ? { discountcode } : {}),
    currency,
    currency_format_locale: currency === 'GBP' ? 'en_GB' : currency === 'USD' ? 'en_US' : 'nl_NL',
    credit_order_numbers: [],
    comments: chance(random, 0.05)
      ? []
      : { customer: chance(random, 0.2) ? 'Graag inpakken als cadeau 🎁' : '' },
    business_model: b2b ? 'B2B' : 'B2C',
    ...(b2b ? { reference: `PO-${between(random, 1000, 9999)}` } : {}),
    tax_region: kind === 'oss' ? region.code : 'NL',
    tax_strategy: kind === 'reverse-charge' ? 'reverse_charged_vat' : kind === 'export' ? 'zero_percent' : '',
    partner: { name: 'Mijnwebwinkel' },
    offline_location_id: null,
    payment_status: paymentStatus,
    ...(kind === 'zero-total' && chance(random, 0.5)
      ? {}
      : {
          payment: {
            ...method,
            status: {
              id: paymentSummaryStatus(paymentStatus),
              text: PAYMENT_TEXT[paymentSummaryStatus(paymentStatus)],
            },
          },
        }),
    debtor: debtorFor(random, region, b2b, number),
    price: {
      tax: tax.length === 1 && chance(random, 0.5) ? (tax[0] as MwwTaxPrice) : tax,
      total: toFixed(total, 2),
    },
    orderlines: lines.map((d) => d.line),
    shipping: [
      { country: pickup || chance(random, 0.03) ? [] : { description: region.name, isocode: region.code } },
    ],
  };
  if (kind === 'test') order.sim_test_order = true;
  if (chance(random, 0.05)) order.number = String(number); // live responses sometimes send a string
  return { order, kind, random };
}

/** A credit order for some article lines of `original` (positive amounts; see the header). */
function creditOrderFor(random: Random, original: MwwOrder, number: number, stamp: number): MwwOrder {
  const articles = (original.orderlines ?? []).filter((l) => l.type === 'article');
  const count = Math.max(1, Math.min(articles.length, between(random, 1, 3)));
  const credited = articles.slice(0, count);
  const all = credited.length === articles.length;
  const lines = [
    ...credited,
    ...(all ? (original.orderlines ?? []).filter((l) => l.type !== 'article') : []),
  ].map((l) => ({ ...structuredClone(l), id: seededUuid(random) }));
  const parts = lines.flatMap((l) => (Array.isArray(l.price) ? l.price : l.price ? [l.price] : []));
  const total = sum(parts.map((p) => parseDecimal(p.amount_including_tax ?? '0')));
  const taxByRate = new Map<string, Decimal>();
  for (const p of parts) {
    taxByRate.set(
      p.rate,
      (taxByRate.get(p.rate) ?? 0n) +
        (parseDecimal(p.rate) === 0n
          ? 0n
          : parseDecimal(p.amount_including_tax ?? '0') - parseDecimal(p.amount ?? '0')),
    );
  }
  const { date, time } = splitStamp(stamp);
  const copy = structuredClone(original);
  delete copy.payment;
  delete copy.discountcode;
  return {
    ...copy,
    number,
    uuid: seededUuid(random),
    date,
    time,
    status: STATUS.credited,
    status_changed_date: date,
    status_changed_time: time,
    credited_order_number: Number(original.number),
    credit_order_numbers: [],
    comments: { customer: '', internal: 'Retour ontvangen' },
    payment_status: 'unknown',
    price: {
      tax: [...taxByRate.entries()].map(([rate, amount]) => ({
        amount: toFixed(roundTo(amount, 2), 2),
        rate,
      })),
      total: toFixed(total, 2),
    },
    orderlines: lines,
  };
}

/** Deterministic per seed: the same options always give the same orders. */
export function generateOrders(options: GenerateOrdersOptions): MwwOrder[] {
  const { seed, count } = options;
  if (!Number.isInteger(count) || count < 0)
    throw new Error(`generateOrders: count must be a whole number ≥ 0, got ${count}`);
  const firstNumber = options.firstNumber ?? 1001;
  const from = parseDay(options.from ?? '2024-01-01', 'from');
  const to = parseDay(options.to ?? '2024-12-31', 'to') + DAY - 1000;
  if (to < from) throw new Error('generateOrders: "to" is before "from"');
  const random = seededRandom(seed);

  // Timestamps in order-number order, spread over the range (on the second).
  const stamps = Array.from(
    { length: count },
    () => from + Math.floor((random() * (to - from)) / 1000) * 1000,
  ).sort((a, b) => a - b);
  const kinds: Kind[] = Array.from({ length: count }, () => drawKind(random));
  if (count >= GUARANTEED.length * 3) {
    const used = new Set<number>();
    for (const kind of GUARANTEED) {
      let index = Math.floor(random() * count);
      while (used.has(index)) index = (index + 1) % count;
      used.add(index);
      kinds[index] = kind;
    }
  }

  const orders: MwwOrder[] = [];
  const pendingCredits: Array<{ due: number; original: MwwOrder }> = [];
  for (let i = 0; i < count; i++) {
    const number = firstNumber + i;
    const stamp = stamps[i] ?? from;
    const dueIndex = pendingCredits.findIndex((c) => c.due <= i);
    const due = dueIndex >= 0 ? pendingCredits.splice(dueIndex, 1)[0] : undefined;
    if (due) {
      const credit = creditOrderFor(random, due.original, number, stamp);
      due.original.credit_order_numbers = [...(due.original.credit_order_numbers ?? []), number];
      orders.push(credit);
      continue;
    }
    const draft = buildOrder(random, kinds[i] ?? 'domestic', number, stamp, to);
    const order = draft.order;
    // Older orders are often archived by the shop owner.
    if (stamp < from + (to - from) / 3 && chance(random, 0.3)) order.archived = true;
    const creditable =
      order.payment_status === 'captured' &&
      !order.sim_test_order &&
      parseDecimal(order.price?.total ?? '0') > 0n;
    if (creditable && i + 5 < count && chance(random, 0.04)) {
      pendingCredits.push({ due: i + between(random, 1, 5), original: order });
    }
    orders.push(order);
  }
  return orders;
}

/** Sum of the amounts including VAT of every line part, for invariant checks. */
export function linesTotal(order: MwwOrder): Decimal {
  return sum(
    (order.orderlines ?? []).flatMap((l) =>
      (Array.isArray(l.price) ? l.price : l.price ? [l.price] : []).map((p) =>
        parseDecimal(p.amount_including_tax ?? '0'),
      ),
    ),
  );
}
