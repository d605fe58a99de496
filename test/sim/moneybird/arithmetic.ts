// How the simulator computes invoice totals. This is our model of Moneybird's arithmetic, built
// from the spec's examples (e.g. a 129.95 line at 21 % gives tax 27.29 and total 157.24; a 20.00
// incl-tax line shows 16.53 excl.; 159.99 USD shows 127.99 EUR at rate 0.8). Moneybird does not
// document its rounding, so where the examples are silent this is a reasoned choice:
//
//  1. A unit price is kept to 2 decimals (the spec's detail `price` pattern allows no more);
//     more decimals are rounded half away from zero when the invoice is saved.
//  2. line = round2(quantity × unit price); with an invoice discount d %,
//     line_with_discount = round2(line × (100 − d) / 100).
//  3. Lines are summed per tax rate (in the invoice's price mode), then VAT is computed ONCE per
//     rate over that sum and rounded to cents:
//       prices excl. tax: tax = round2(net_per_rate × p / 100),        taxable = net_per_rate
//       prices incl. tax: tax = round2(gross_per_rate × p / (100 + p)), taxable = gross_per_rate − tax
//     So a shop that rounds VAT per line can differ by a cent per rate; the client must compare.
//  4. total excl. = Σ taxable; total incl. = Σ (taxable + tax).
//  5. A detail's total_price_excl_tax_with_discount is the line's own excl. value: the line itself
//     for excl. prices, round2(line × 100 / (100 + p)) for incl. prices (these need not add up to
//     the invoice's excl. total: the per-rate figures are the authoritative ones).
//  6. *_base amounts (administration currency) convert each figure on its own:
//     base = round2(amount × exchange rate).
//  7. tax_totals lists the rates whose VAT is shown on the invoice (show_tax); the 0 % rates with
//     a legal text instead (reverse charge, export, intra-EU) are left out, as in the spec's
//     intra-EU example whose tax_totals is empty.
import { type Decimal, fromInteger, parseDecimal, roundTo, scale } from '../common/decimal';

const HUNDRED = fromInteger(100);

export interface LineInput {
  /** Quantity (may be negative or fractional). */
  amount: Decimal;
  /** Unit price, already rounded to cents. */
  price: Decimal;
  taxRateId: string;
  /** VAT percentage, e.g. 21 or 5.5. */
  percentage: Decimal;
  showTax: boolean;
}

export interface InvoiceInput {
  lines: LineInput[];
  pricesAreInclTax: boolean;
  /** Invoice discount percentage (0 = none). */
  discount: Decimal;
  /** Administration currency per unit of invoice currency (1 for the same currency). */
  exchangeRate: Decimal;
}

export interface TaxTotal {
  taxRateId: string;
  taxableAmount: Decimal;
  taxableAmountBase: Decimal;
  taxAmount: Decimal;
  taxAmountBase: Decimal;
}

export interface InvoiceTotals {
  lines: Array<{ totalExclTaxWithDiscount: Decimal; totalExclTaxWithDiscountBase: Decimal }>;
  taxTotals: TaxTotal[];
  totalPriceExclTax: Decimal;
  totalPriceExclTaxBase: Decimal;
  totalPriceInclTax: Decimal;
  totalPriceInclTaxBase: Decimal;
  totalDiscount: Decimal;
}

const round2 = (value: Decimal): Decimal => roundTo(value, 2);
/** a × b for two Decimals (millionths), rounded to cents. */
const times = (a: Decimal, b: Decimal): Decimal => scale(a, b, fromInteger(1), 2);

export function toBase(value: Decimal, exchangeRate: Decimal): Decimal {
  return times(value, exchangeRate);
}

export function computeInvoiceTotals(input: InvoiceInput): InvoiceTotals {
  const keep = HUNDRED - input.discount;
  let totalDiscount = 0n;
  const perRate = new Map<string, { sum: Decimal; percentage: Decimal; showTax: boolean }>();

  const lines = input.lines.map((line) => {
    const raw = times(line.amount, round2(line.price));
    const withDiscount = input.discount === 0n ? raw : scale(raw, keep, HUNDRED, 2);
    totalDiscount += raw - withDiscount;
    const group = perRate.get(line.taxRateId) ?? {
      sum: 0n,
      percentage: line.percentage,
      showTax: line.showTax,
    };
    group.sum += withDiscount;
    perRate.set(line.taxRateId, group);
    const excl = input.pricesAreInclTax
      ? scale(withDiscount, HUNDRED, HUNDRED + line.percentage, 2)
      : withDiscount;
    return { totalExclTaxWithDiscount: excl, totalExclTaxWithDiscountBase: toBase(excl, input.exchangeRate) };
  });

  const taxTotals: TaxTotal[] = [];
  let totalExcl = 0n;
  let totalTax = 0n;
  for (const [taxRateId, group] of perRate) {
    const tax = input.pricesAreInclTax
      ? scale(group.sum, group.percentage, HUNDRED + group.percentage, 2)
      : scale(group.sum, group.percentage, HUNDRED, 2);
    const taxable = input.pricesAreInclTax ? group.sum - tax : group.sum;
    totalExcl += taxable;
    totalTax += tax;
    if (group.showTax) {
      taxTotals.push({
        taxRateId,
        taxableAmount: taxable,
        taxableAmountBase: toBase(taxable, input.exchangeRate),
        taxAmount: tax,
        taxAmountBase: toBase(tax, input.exchangeRate),
      });
    }
  }
  const totalIncl = totalExcl + totalTax;
  return {
    lines,
    taxTotals,
    totalPriceExclTax: totalExcl,
    totalPriceExclTaxBase: toBase(totalExcl, input.exchangeRate),
    totalPriceInclTax: totalIncl,
    totalPriceInclTaxBase: toBase(totalIncl, input.exchangeRate),
    totalDiscount,
  };
}

// --- The oracle over a request body ------------------------------------------------------------
// What Moneybird would show for an invoice a client is about to POST, read straight from the JSON
// body: the tests use it to check a booking plan without the product's own arithmetic. It reads
// the body the way the simulator's create handler does (defaults as Moneybird documents them:
// prices excl. tax unless `prices_are_incl_tax`, amount 1, price 0; `_destroy` lines left out).

export interface OracleTaxRate {
  id: string;
  /** As Moneybird lists it: "21.0", "5.5". */
  percentage: string | number;
}

export interface RequestTotals {
  currency: string | undefined;
  totalInclTax: Decimal;
  totalExclTax: Decimal;
  /** VAT and taxable amount per tax_rate_id, every rate on the invoice (shown or not). */
  perTaxRate: Map<string, { taxable: Decimal; tax: Decimal; percentage: Decimal }>;
  /** Each line's total as entered (amount × price, rounded), in request order. */
  lineTotals: Decimal[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A body field as a Decimal; `fallback` when absent. Throws on anything Moneybird would refuse. */
function decimalField(value: unknown, fallback: Decimal, what: string): Decimal {
  if (value === undefined || value === null || value === '') return fallback;
  if (typeof value !== 'string' && typeof value !== 'number')
    throw new RangeError(`${what} is not a number: ${JSON.stringify(value)}`);
  return parseDecimal(value);
}

export function totalsOfInvoiceRequest(
  body: unknown,
  taxRates: readonly OracleTaxRate[],
  exchangeRate: Decimal = fromInteger(1),
): RequestTotals {
  if (!isRecord(body)) throw new RangeError('The request body is not an object');
  const invoice = body.sales_invoice ?? body.external_sales_invoice;
  if (!isRecord(invoice))
    throw new RangeError('Neither sales_invoice nor external_sales_invoice in the body');
  const rawDetails = invoice.details_attributes;
  const details = Array.isArray(rawDetails)
    ? rawDetails
    : isRecord(rawDetails)
      ? Object.values(rawDetails)
      : [];
  const lines: LineInput[] = [];
  for (const [index, detail] of details.entries()) {
    if (!isRecord(detail)) throw new RangeError(`details_attributes.${index} is not an object`);
    if (detail._destroy === true || detail._destroy === 'true' || detail._destroy === '1') continue;
    const taxRateId = String(detail.tax_rate_id ?? '');
    const rate = taxRates.find((r) => r.id === taxRateId);
    // The administration's default rate would apply; an oracle that guessed it would hide a bug.
    if (!rate) throw new RangeError(`details_attributes.${index}: tax rate ${taxRateId || '(none)'} unknown`);
    lines.push({
      amount: decimalField(detail.amount, fromInteger(1), `details_attributes.${index}.amount`),
      price: decimalField(detail.price, 0n, `details_attributes.${index}.price`),
      taxRateId,
      percentage: parseDecimal(rate.percentage),
      showTax: true,
    });
  }
  const inclTax = invoice.prices_are_incl_tax === true || invoice.prices_are_incl_tax === 'true';
  const discount = 'sales_invoice' in body ? decimalField(invoice.discount, 0n, 'discount') : 0n;
  const totals = computeInvoiceTotals({ lines, pricesAreInclTax: inclTax, discount, exchangeRate });
  const perTaxRate: RequestTotals['perTaxRate'] = new Map();
  for (const t of totals.taxTotals) {
    const percentage = lines.find((l) => l.taxRateId === t.taxRateId)?.percentage ?? 0n;
    perTaxRate.set(t.taxRateId, { taxable: t.taxableAmount, tax: t.taxAmount, percentage });
  }
  return {
    currency: typeof invoice.currency === 'string' ? invoice.currency : undefined,
    totalInclTax: totals.totalPriceInclTax,
    totalExclTax: totals.totalPriceExclTax,
    perTaxRate,
    lineTotals: lines.map((l) => times(l.amount, round2(l.price))),
  };
}
