// The payments a booking registers on its invoice: in the administration's currency too (an order
// in another currency), and only those the invoice still lacks, so a resumed booking never pays an
// invoice twice.

import type { BookingPlan, PlannedPayment } from '../bookkeeping';
import { parseDecimal, toFixed, ZERO } from '../money/decimal';
import type { Invoice } from './existing-bookings';

/**
 * The payments with their amount in the administration's currency. Moneybird converts the invoice
 * at its own rate; the base amounts follow the invoice's own base total so they add up exactly.
 */
export function withBaseAmounts(plan: BookingPlan, invoice: Invoice): PlannedPayment[] {
  if (!plan.payments.some((p) => p.price_base !== undefined)) return plan.payments;
  const totalBase = invoice.total_price_incl_tax_base;
  if (totalBase === undefined) return plan.payments;
  const total = parseDecimal(plan.expected.totalInclTax);
  const base = parseDecimal(totalBase);
  if (total === ZERO) return plan.payments;
  let remaining = base;
  return plan.payments.map((payment, index) => {
    const last = index === plan.payments.length - 1;
    const share = last ? remaining : (parseDecimal(payment.price) * base) / total;
    const rounded = parseDecimal(toFixed(share, 2));
    remaining -= rounded;
    return { ...payment, price_base: toFixed(rounded, 2) };
  });
}

/**
 * The planned payments the invoice still lacks. One Moneybird shows as paid in full lacks none,
 * whatever accounts its payments went to (the owner may have mapped a payment method to another
 * account since a payment landed unheard): a payment is never registered on top of a paid invoice.
 */
export function stillToPay(
  planned: readonly PlannedPayment[],
  invoice: Pick<Invoice, 'payments' | 'total_unpaid'>,
): PlannedPayment[] {
  if (invoice.total_unpaid !== undefined && parseDecimal(invoice.total_unpaid) === 0n) return [];
  return missingPayments(planned, invoice.payments ?? []);
}

/** Planned payments not yet among the invoice's (matched on amount and account, each used once). */
export function missingPayments(
  planned: readonly PlannedPayment[],
  existing: ReadonlyArray<{
    price: string;
    financial_account_id?: string | null;
    ledger_account_id?: string | null;
  }>,
): PlannedPayment[] {
  const unused = [...existing];
  const sameAccount = (e: (typeof existing)[number], payment: PlannedPayment) =>
    payment.ledger_account_id !== undefined
      ? e.ledger_account_id == null || e.ledger_account_id === payment.ledger_account_id
      : e.financial_account_id == null || e.financial_account_id === payment.financial_account_id;
  return planned.filter((payment) => {
    const index = unused.findIndex(
      (e) => parseDecimal(e.price) === parseDecimal(payment.price) && sameAccount(e, payment),
    );
    if (index < 0) return true;
    unused.splice(index, 1);
    return false;
  });
}
