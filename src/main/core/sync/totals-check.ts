// The books add up: the invoice Moneybird made must show the total and the VAT per tax rate the
// plan expects (which the bookkeeping derived from the shop's figures). Compared to the cent.
import type { BookingPlan } from '../bookkeeping';
import { parseDecimal, toFixed } from '../money/decimal';

export interface InvoiceTotals {
  total_price_incl_tax: string;
  tax_totals?: Array<{ tax_rate_id: string; tax_amount: string }>;
}

export interface TotalsProblem {
  total: { expected: string; invoice: string };
  vat: Array<{ taxRateId: string; expected: string; invoice: string }>;
}

/** The differences between the plan's expected figures and the invoice, or null when they agree. */
export function compareTotals(plan: BookingPlan, invoice: InvoiceTotals): TotalsProblem | null {
  const expectedTotal = parseDecimal(plan.expected.totalInclTax);
  const invoiceTotal = parseDecimal(invoice.total_price_incl_tax);
  const invoiceVat = new Map<string, bigint>();
  for (const line of invoice.tax_totals ?? []) {
    invoiceVat.set(
      line.tax_rate_id,
      (invoiceVat.get(line.tax_rate_id) ?? 0n) + parseDecimal(line.tax_amount),
    );
  }
  const vat: TotalsProblem['vat'] = [];
  const ids = new Set([...Object.keys(plan.expected.taxByTaxRateId), ...invoiceVat.keys()]);
  for (const id of ids) {
    const expected = parseDecimal(plan.expected.taxByTaxRateId[id] ?? '0');
    const actual = invoiceVat.get(id) ?? 0n;
    if (expected !== actual)
      vat.push({ taxRateId: id, expected: toFixed(expected), invoice: toFixed(actual) });
  }
  if (expectedTotal === invoiceTotal && vat.length === 0) return null;
  return { total: { expected: toFixed(expectedTotal), invoice: toFixed(invoiceTotal) }, vat };
}
