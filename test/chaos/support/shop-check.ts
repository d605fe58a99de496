// Every booked invoice against the shop's own records, independently of any run of the product: the
// control run only shows that two runs agree, which they also would if both were wrong. Moneybird's
// side is read through the simulators' oracle (test/sim/moneybird/arithmetic.ts), the shop's side
// from the generated order; nothing here comes from src/.
//
// What must hold for a booked order (DESIGN.md, "The books add up", "The right VAT box"):
//  - the invoice's currency and date are the order's; every payment is dated on a day the shop's
//    records name for it (the order date, or the day its payment or credit was recorded);
//  - the shop's own lines are on the invoice, per VAT rate to the cent, on a revenue ledger the owner
//    mapped; anything else is rounding, on the rounding ledger;
//  - VAT per rate is the shop's, or differs by per-line rounding only: half a cent per line at that
//    rate and half a cent for Moneybird's own rounding of the rate's sum; none at 0 %;
//  - each line's tax rate fits the order's VAT treatment: the order's percentage, a foreign rate of
//    the order's tax region for OSS, a Dutch rate otherwise.
import { abs, type Decimal, parseDecimal, toFixed } from '../../sim/common/decimal';
import type { MwwOrder, MwwTaxPrice } from '../../sim/mijnwebwinkel/types';
import { totalsOfInvoiceRequest } from '../../sim/moneybird/arithmetic';
import { isCredit } from './shop';
import type { ChaosTaxRate } from './world';

// biome-ignore lint/suspicious/noExplicitAny: the simulator hands over plain API JSON
type Json = any;

export interface ShopCheckContext {
  taxRates: readonly ChaosTaxRate[];
  /** Ledger accounts the owner mapped for the shop's lines (revenue, shipping, …). */
  revenueLedgers: ReadonlySet<string>;
  roundingLedger: string | undefined;
}

const HALF_CENT = parseDecimal('0.005');
const key = (rate: Decimal) => toFixed(rate, 2);

function pricesOf(line: NonNullable<MwwOrder['orderlines']>[number]): MwwTaxPrice[] {
  return Array.isArray(line.price) ? line.price : line.price ? [line.price] : [];
}

/** The shop's line amounts and reported VAT per rate, sign-corrected (credits book negative). */
function shopPerRate(order: MwwOrder, sign: 1n | -1n) {
  const lines = new Map<string, { gross: Decimal; parts: number }>();
  for (const line of order.orderlines ?? [])
    for (const p of pricesOf(line)) {
      const k = key(parseDecimal(p.rate));
      const entry = lines.get(k) ?? { gross: 0n, parts: 0 };
      entry.gross += parseDecimal(p.amount_including_tax ?? '0') * sign;
      entry.parts += 1;
      lines.set(k, entry);
    }
  const tax = new Map<string, Decimal>();
  const reported = order.price?.tax;
  for (const t of Array.isArray(reported) ? reported : reported ? [reported] : []) {
    const k = key(parseDecimal(t.rate));
    tax.set(k, (tax.get(k) ?? 0n) + parseDecimal(t.amount ?? '0') * sign);
  }
  return { lines, tax };
}

/** Differences between one booked invoice and the shop's order, in words (empty when it fits). */
export function invoiceDifferencesFromShop(
  order: MwwOrder,
  invoice: Json,
  context: ShopCheckContext,
): string[] {
  const out: string[] = [];
  const sign: 1n | -1n = isCredit(order) ? -1n : 1n;
  const rates = new Map(context.taxRates.map((r) => [r.id, r]));

  if (invoice.currency !== order.currency)
    out.push(`currency ${invoice.currency}, the order's is ${order.currency}`);
  const date = invoice.invoice_date ?? invoice.date;
  if (date !== order.date) out.push(`invoice date ${date}, the order's date is ${order.date}`);
  const shopDays = new Set([order.date, order.status_changed_date].filter(Boolean));
  for (const p of invoice.payments ?? [])
    if (!shopDays.has(p.payment_date))
      out.push(`payment dated ${p.payment_date}, the shop's records name ${[...shopDays].join(' or ')}`);

  if (invoice.prices_are_incl_tax !== true) {
    out.push("prices excl. tax: the shop's amounts incl. VAT cannot be on the invoice to the cent");
    return out;
  }
  const details: Json[] = invoice.details ?? [];
  const unknownRate = details.find((d) => !rates.has(String(d.tax_rate_id)));
  if (unknownRate) return [...out, `a line on tax rate ${unknownRate.tax_rate_id}, not a sales rate`];
  const oracle = totalsOfInvoiceRequest(
    {
      sales_invoice: {
        prices_are_incl_tax: true,
        details_attributes: details.map((d) => ({
          amount: d.amount_decimal,
          price: d.price,
          tax_rate_id: String(d.tax_rate_id),
        })),
      },
    },
    context.taxRates,
  );
  const shop = shopPerRate(order, sign);

  // The shop's lines, per rate, on mapped ledgers; the rest on the rounding ledger.
  const invoiceLines = new Map<string, Decimal>();
  details.forEach((d, i) => {
    const rate = rates.get(String(d.tax_rate_id))!;
    const ledger = String(d.ledger_account_id);
    const total = oracle.lineTotals[i]!;
    if (ledger === context.roundingLedger) return;
    if (!context.revenueLedgers.has(ledger))
      out.push(`line "${d.description}" on ledger ${ledger}, which the owner did not map for shop lines`);
    const k = key(parseDecimal(rate.percentage));
    invoiceLines.set(k, (invoiceLines.get(k) ?? 0n) + total);
    // The VAT treatment decides which rates may be used.
    const region = order.tax_region && order.tax_region !== 'NL' ? order.tax_region : null;
    const zeroRated = order.tax_strategy === 'reverse_charged_vat' || order.tax_strategy === 'zero_percent';
    if (zeroRated && parseDecimal(rate.percentage) !== 0n)
      out.push(
        `line "${d.description}" at ${rate.name}, but the order is zero-rated (${order.tax_strategy})`,
      );
    else if (!zeroRated && region && (rate.country ?? '').toUpperCase() !== region && total !== 0n)
      out.push(`line "${d.description}" at ${rate.name}, not a rate of ${region} (an OSS sale)`);
    else if (!zeroRated && !region && rate.country)
      out.push(`line "${d.description}" at ${rate.name}, a foreign rate on a domestic sale`);
  });
  for (const k of new Set([...invoiceLines.keys(), ...shop.lines.keys()])) {
    const onInvoice = invoiceLines.get(k) ?? 0n;
    const inShop = shop.lines.get(k)?.gross ?? 0n;
    if (onInvoice !== inShop)
      out.push(
        `lines at ${k} % add up to ${toFixed(onInvoice, 2)}, the shop's lines to ${toFixed(inShop, 2)}`,
      );
  }

  // VAT per percentage against the shop's, within per-line rounding.
  const invoiceVat = new Map<string, Decimal>();
  for (const [, t] of oracle.perTaxRate)
    invoiceVat.set(key(t.percentage), (invoiceVat.get(key(t.percentage)) ?? 0n) + t.tax);
  for (const k of new Set([...invoiceVat.keys(), ...shop.tax.keys()])) {
    const vat = invoiceVat.get(k) ?? 0n;
    if (parseDecimal(k) === 0n) {
      if (vat !== 0n) out.push(`VAT ${toFixed(vat, 2)} at 0 %`);
      continue;
    }
    const shopVat = shop.tax.get(k) ?? 0n;
    const parts = shop.lines.get(k)?.parts ?? 0;
    if (abs(vat - shopVat) > HALF_CENT * BigInt(parts + 1))
      out.push(`VAT at ${k} % is ${toFixed(vat, 2)}, the shop's is ${toFixed(shopVat, 2)} (${parts} lines)`);
  }
  // And what Moneybird shows is what the oracle computes from the lines it holds.
  for (const t of (invoice.tax_totals ?? []) as Json[]) {
    const computed = oracle.perTaxRate.get(String(t.tax_rate_id))?.tax ?? 0n;
    if (parseDecimal(String(t.tax_amount)) !== computed)
      out.push(
        `Moneybird shows VAT ${t.tax_amount} on rate ${t.tax_rate_id}, its lines make ${toFixed(computed, 2)}`,
      );
  }
  if (toFixed(parseDecimal(String(invoice.total_price_incl_tax)), 2) !== toFixed(oracle.totalInclTax, 2))
    out.push(
      `Moneybird shows a total of ${invoice.total_price_incl_tax}, its lines add up to ${toFixed(oracle.totalInclTax, 2)}`,
    );
  return out;
}
