// How Moneybird turns invoice details into totals, as a pure model, so a plan can be checked before
// anything is sent:
//   line total      = amount × price, rounded to cents (half away from zero);
//   grouped per tax_rate_id (not per percentage: two rates of 0 % are two groups);
//   prices incl. tax: VAT = group gross × p / (100 + p), rounded to cents; gross is the group sum;
//   prices excl. tax: VAT = group net × p / 100, rounded to cents; gross = net + VAT;
//   invoice total incl. tax = sum of the groups' gross.
// The Moneybird simulator implements the same rules independently; tests keep both in agreement.
import { type Decimal, divideRounded, parseDecimal, ZERO } from '../money/decimal';

const HUNDRED: Decimal = 100_000_000n;
/** Millionths in one cent. */
const PER_CENT = 10_000n;

export interface ArithmeticDetail {
  amount: string | number;
  price: string | number;
  tax_rate_id: string;
}

export interface TaxGroupTotal {
  taxRateId: string;
  percentage: Decimal;
  /** Sum of the line totals as entered (incl. or excl. tax, per `pricesAreInclTax`). */
  linesTotal: Decimal;
  tax: Decimal;
  totalInclTax: Decimal;
  totalExclTax: Decimal;
}

export interface InvoiceTotals {
  lineTotals: Decimal[];
  groups: TaxGroupTotal[];
  totalInclTax: Decimal;
  totalExclTax: Decimal;
  totalTax: Decimal;
}

/** amount × price rounded to cents. */
export function lineTotal(amount: string | number, price: string | number): Decimal {
  const a = parseDecimal(amount);
  const p = parseDecimal(price);
  // Both are millionths; the product is in 10^-12, so divide once and round once.
  return divideRounded(a * p, 1_000_000n * PER_CENT) * PER_CENT;
}

/** VAT contained in a gross amount at `percentage`, rounded to cents. */
export function taxFromGross(gross: Decimal, percentage: Decimal): Decimal {
  if (percentage === ZERO) return ZERO;
  // Rounded once, straight to cents: rounding to millionths first could round twice.
  return divideRounded(gross * percentage, (HUNDRED + percentage) * PER_CENT) * PER_CENT;
}

/** VAT on a net amount at `percentage`, rounded to cents. */
export function taxFromNet(net: Decimal, percentage: Decimal): Decimal {
  return divideRounded(net * percentage, HUNDRED * PER_CENT) * PER_CENT;
}

/**
 * Totals of an invoice as Moneybird computes them. `percentageOf` gives a tax rate's percentage by
 * id; an unknown id throws (a plan never contains one: it is checked against the reference data).
 */
export function computeInvoiceTotals(
  details: readonly ArithmeticDetail[],
  pricesAreInclTax: boolean,
  percentageOf: (taxRateId: string) => Decimal | undefined,
): InvoiceTotals {
  const lineTotals = details.map((d) => lineTotal(d.amount, d.price));
  const sums = new Map<string, Decimal>();
  details.forEach((d, i) => {
    sums.set(d.tax_rate_id, (sums.get(d.tax_rate_id) ?? ZERO) + lineTotals[i]!);
  });
  const groups: TaxGroupTotal[] = [];
  for (const [taxRateId, linesTotal] of sums) {
    const percentage = percentageOf(taxRateId);
    if (percentage === undefined) throw new RangeError(`Unknown tax rate ${taxRateId}`);
    const tax = pricesAreInclTax ? taxFromGross(linesTotal, percentage) : taxFromNet(linesTotal, percentage);
    const totalInclTax = pricesAreInclTax ? linesTotal : linesTotal + tax;
    groups.push({ taxRateId, percentage, linesTotal, tax, totalInclTax, totalExclTax: totalInclTax - tax });
  }
  const totalInclTax = groups.reduce((s, g) => s + g.totalInclTax, ZERO);
  const totalTax = groups.reduce((s, g) => s + g.tax, ZERO);
  return { lineTotals, groups, totalInclTax, totalTax, totalExclTax: totalInclTax - totalTax };
}
