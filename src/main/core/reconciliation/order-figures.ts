// One order's figures per VAT rate, on both sides of the reconciliation: what the shop says (from the
// order's own lines and VAT) and what Moneybird holds (from the invoice it returned), each with the
// part of the VAT return it belongs in. Pure: the engine records them in the journal's database, the
// month per VAT rate sums them.

import { lineKind, partKind } from '../bookkeeping/invoice-lines';
import { bookingSign } from '../bookkeeping/plan/shop-figures';
import type { MoneybirdTaxRate } from '../bookkeeping/reference-data';
import { rateKey } from '../bookkeeping/settings';
import { OUTSIDE_RETURN, saleBox } from '../bookkeeping/vat-box';
import { bookedTreatmentOf, type OriginalTreatment, taxRatePercentage } from '../bookkeeping/vat-treatment';
import type { Order } from '../mijnwebwinkel/order-schema';
import { type Decimal, divideRounded, parseDecimal, roundTo, ZERO } from '../money/decimal';
import { bookedBoxOf, compareRates, UNKNOWN_BOX } from './vat-lines';

export { compareRates };

/** Turnover and VAT at one rate. Amounts are Decimals (millionths), credits negative. */
export interface RateFigures {
  /** The VAT percentage as plain text: "21", "9", "0", "5.5". */
  rate: string;
  /**
   * The part of the VAT return the figures belong in (`vat-lines.ts`): "NL/1a", "NL/3b", "OSS/BE",
   * "none" (outside the return) or "" (unknown).
   */
  vatBox: string;
  inclTax: Decimal;
  exclTax: Decimal;
  vat: Decimal;
}

/** A booked rate also names the Moneybird tax rate it went on. */
export interface BookedRateFigures extends RateFigures {
  taxRateId: string;
  taxRateName: string | null;
}

export interface BookedFigures {
  /** The invoice's total including VAT. */
  total: Decimal;
  rates: BookedRateFigures[];
  /**
   * The invoice's date (YYYY-MM-DD): the period of Moneybird's VAT return it counts in, which is not
   * the order's when the order fell in a locked period and was booked on the first open day. Null
   * when the invoice does not say; its figures then count on the order's date.
   */
  date: string | null;
  /** The invoice's version as read: a later one means it was changed in Moneybird since. */
  version: number | null;
}

/**
 * The shop's turnover and VAT per rate for an order, with the sign the booking uses (a credit order
 * negative even when the shop sends it positive, as the booking plan decides it), each in the part of
 * the VAT return the order's VAT treatment puts it (a shop in `shopCountry`): by percentage for a
 * domestic sale, 3b for an intra-community supply, 3a for an export, the country's OSS return for a
 * distance sale. The treatment is the shop's tax settings on the order, as the booking plan derives
 * it (a credit: its original's, in its original's OSS country), so an order parked or waiting has its
 * line too.
 *
 * - Turnover incl. VAT: the order lines' own incl. amounts per rate. A redeemed gift card is left
 *   out: it lowers what the customer pays, not the sale (the booking leaves it off the invoice too).
 *   A gift card sold at 0 % is outside the return (`OUTSIDE_RETURN`): the booking puts it on the
 *   gift-card liability at the rate outside every box, so it is no turnover until redeemed
 *   (`partKind`). A gift card with VAT is turnover at its rate, as on the invoice.
 * - VAT: the order's VAT per rate (`price.tax`), which the booking makes Moneybird show to the cent;
 *   without it, the lines' incl. minus excl., rounded per line, as the booking plan falls back to.
 *   The order's VAT per rate goes with the rate's sales, never with a gift card sold.
 * - Turnover excl. VAT: incl. minus VAT, so the three always add up.
 *
 * An order has at most one line per rate and part: at 0 % a sale in its box and a gift card sold
 * outside the return are two.
 */
export function shopFiguresOf(
  order: Order,
  shopCountry: string,
  /** For a credit: the treatment (and OSS country) its original was booked with, which the credit keeps. */
  original?: OriginalTreatment,
): RateFigures[] {
  const treatment = bookedTreatmentOf(order, shopCountry, original);
  const isCredit = order.creditedOrderNumber !== undefined;
  const sign = bookingSign(order);

  // Per rate and part ("21 NL/1a", "0 none").
  const incl = new Map<string, Decimal>();
  const lineVat = new Map<string, Decimal>();
  const add = (map: Map<string, Decimal>, key: string, amount: Decimal) =>
    map.set(key, (map.get(key) ?? ZERO) + amount);
  const keyOf = (rate: Decimal, box: string) => `${rateKey(rate)} ${box}`;
  for (const line of order.lines) {
    const typeKind = lineKind(line);
    for (const price of line.prices) {
      const amountIncl = price.amountInclTax ?? ZERO;
      const kind = partKind(typeKind, price.rate, amountIncl * sign, isCredit);
      // A redeemed gift card pays, as the booking takes it.
      if (kind === 'gift_card') continue;
      const box = kind === 'gift_card_sold' ? OUTSIDE_RETURN : saleBox(treatment, price.rate);
      const key = keyOf(price.rate, box);
      add(incl, key, amountIncl * sign);
      if (price.amountExclTax !== undefined)
        add(lineVat, key, roundTo(amountIncl - price.amountExclTax, 2) * sign);
    }
  }
  let vat = lineVat;
  if (order.tax) {
    vat = new Map();
    for (const entry of order.tax)
      add(vat, keyOf(entry.rate, saleBox(treatment, entry.rate)), entry.amount * sign);
  }
  const keys = new Set([...incl.keys(), ...vat.keys()]);
  return [...keys]
    .map((key) => {
      const [rate, vatBox] = key.split(' ') as [string, string];
      const inclTax = incl.get(key) ?? ZERO;
      const vatAmount = vat.get(key) ?? ZERO;
      return { rate, vatBox, inclTax, exclTax: inclTax - vatAmount, vat: vatAmount };
    })
    .filter((r) => r.inclTax !== ZERO || r.vat !== ZERO)
    .sort(
      (a, b) =>
        compareRates(a.rate, b.rate) ||
        Number(a.vatBox === OUTSIDE_RETURN) - Number(b.vatBox === OUTSIDE_RETURN),
    );
}

/** The slice of a Moneybird invoice the booked figures are read from. */
export interface InvoiceFigures {
  total_price_incl_tax: string;
  /** A sales invoice's date. */
  invoice_date?: string | null;
  /** An external invoice's date. */
  date?: string | null;
  version?: number;
  details?: ReadonlyArray<{
    tax_rate_id: string | null;
    price: string;
    amount_decimal?: string | null;
    total_price_excl_tax_with_discount?: string;
    /** The VAT-return boxes Moneybird put the line in ("NL/1a"). */
    tax_report_reference?: ReadonlyArray<string | null> | null;
  }>;
  tax_totals?: ReadonlyArray<{ tax_rate_id: string; taxable_amount: string; tax_amount: string }>;
}

/**
 * Whether an invoice is in the books, so its figures count as booked: a sales invoice once sent (a
 * draft is in no VAT return and can still change), an external invoice from its creation.
 */
export function inTheBooks(invoice: { state: string }): boolean {
  return invoice.state !== 'draft';
}

/** What the reference data says of a tax rate: its percentage, name and (a foreign rate) country. */
export type TaxRateLookup = (
  taxRateId: string,
) => { percentage: Decimal; name: string | null; country?: string | null } | undefined;

/** The lookup over the administration's tax rates as Moneybird lists them. */
export function taxRateLookupIn(rates: readonly MoneybirdTaxRate[]): TaxRateLookup {
  return (id) => {
    const rate = rates.find((r) => r.id === id);
    const percentage = rate && taxRatePercentage(rate);
    return percentage === undefined
      ? undefined
      : { percentage, name: rate?.name ?? null, country: rate?.country ?? null };
  };
}

/**
 * The invoice's turnover and VAT per Moneybird tax rate. Moneybird computes VAT once per rate, so its
 * `tax_totals` (taxable amount and VAT per rate) are the authoritative figures; a rate it leaves out
 * there (a 0 % rate with a legal text instead of VAT) carries no VAT, and its turnover is the sum of
 * its lines, whose excl. amount is then their incl. amount. An invoice without its lines (figures
 * recorded from a total alone) puts what its total holds beyond `tax_totals` at 0 % under no named rate:
 * that is exactly the turnover on such rates. Rates with nothing on them are left out. Each rate is in
 * the part of the VAT return Moneybird put its lines in (`vat-lines.ts`); unknown without lines.
 */
export function bookedFiguresOf(invoice: InvoiceFigures, lookup: TaxRateLookup): BookedFigures {
  const lineTotals = new Map<string, Decimal>();
  // Per tax rate, the boxes its lines carry; absent when no line of it says.
  const references = new Map<string, Array<string | null>>();
  for (const detail of invoice.details ?? []) {
    if (detail.tax_rate_id === null) continue;
    if (Array.isArray(detail.tax_report_reference))
      references.set(detail.tax_rate_id, [
        ...(references.get(detail.tax_rate_id) ?? []),
        ...detail.tax_report_reference,
      ]);
    const excl =
      detail.total_price_excl_tax_with_discount !== undefined
        ? parseDecimal(detail.total_price_excl_tax_with_discount)
        : roundTo(
            divideRounded(
              parseDecimal(detail.price) * parseDecimal(detail.amount_decimal ?? '1'),
              1_000_000n,
            ),
            2,
          );
    lineTotals.set(detail.tax_rate_id, (lineTotals.get(detail.tax_rate_id) ?? ZERO) + excl);
  }
  const perRate = new Map<string, { exclTax: Decimal; vat: Decimal }>();
  for (const total of invoice.tax_totals ?? []) {
    const known = perRate.get(total.tax_rate_id) ?? { exclTax: ZERO, vat: ZERO };
    perRate.set(total.tax_rate_id, {
      exclTax: known.exclTax + parseDecimal(total.taxable_amount),
      vat: known.vat + parseDecimal(total.tax_amount),
    });
  }
  for (const [id, excl] of lineTotals) if (!perRate.has(id)) perRate.set(id, { exclTax: excl, vat: ZERO });

  const rates: BookedRateFigures[] = [];
  for (const [taxRateId, { exclTax, vat }] of perRate) {
    const known = lookup(taxRateId);
    const inclTax = exclTax + vat;
    if (inclTax === ZERO && exclTax === ZERO && vat === ZERO) continue;
    rates.push({
      taxRateId,
      taxRateName: known?.name ?? null,
      rate: known ? rateKey(known.percentage) : impliedRate(exclTax, vat),
      vatBox: bookedBoxOf(references.get(taxRateId), known ? { country: known.country ?? null } : undefined),
      inclTax,
      exclTax,
      vat,
    });
  }
  const total = parseDecimal(invoice.total_price_incl_tax);
  const remainder = total - rates.reduce((s, r) => s + r.inclTax, ZERO);
  if ((invoice.details ?? []).length === 0 && remainder !== ZERO)
    rates.push({
      taxRateId: '',
      taxRateName: null,
      rate: '0',
      vatBox: UNKNOWN_BOX,
      inclTax: remainder,
      exclTax: remainder,
      vat: ZERO,
    });
  rates.sort((a, b) => compareRates(a.rate, b.rate) || a.taxRateId.localeCompare(b.taxRateId));
  const date = invoice.invoice_date ?? invoice.date ?? null;
  return {
    total,
    rates,
    date: date !== null && ISO_DATE.test(date) ? date : null,
    version: invoice.version ?? null,
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A rate the reference data no longer knows (deleted since): the percentage its figures imply, to
 * one decimal. Only a fallback; it is shown without a name.
 */
function impliedRate(exclTax: Decimal, vat: Decimal): string {
  if (exclTax === ZERO || vat === ZERO) return '0';
  const tenths = divideRounded(vat * 1000n, exclTax);
  return rateKey(tenths * 100_000n);
}
