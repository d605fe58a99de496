// The credit step of a plan: what a credit order may credit, and the refund that settles its credit
// note. All credits of one order together never exceed it. The refund is never invented: it is the
// shop's own refund record (a `refund` mutation on the original order's payment), booked on its day,
// under its transaction reference, on the account of the original payment method. A credit whose
// refund the shop has not recorded yet gets no payment: its credit note stays open, awaiting it.
import { abs, type Decimal, multiply, parseDecimal, sum } from '../../money/decimal';
import type { MoneybirdReferenceData } from '../reference-data';
import { isRefusal, type Refusal, refuse } from '../refusal';
import { type BookkeepingSettings, rateKey } from '../settings';
import type { ShopRefund } from '../shop-payments';
import { fmt, moneyWording, roundCents } from './amounts';
import { financialAccountFor, noAccountFor, type PlannedPayment } from './payments';

/** Another credit order of the same original, as the journal knows it. */
export interface OtherCredit {
  orderNumber: string;
  /** What it credits, incl. VAT, positive. */
  total: Decimal;
  /** Its credit note is in Moneybird (the journal holds its invoice id). */
  booked: boolean;
  /** Its refund is registered (or it needed none): it has used a refund record, if any. */
  paid: boolean;
}

/** What the plan of a credit order knows besides the original's booking. */
export interface CreditContext {
  orderNumber: string;
  originalNumber: string;
  /** The original's total incl. VAT. */
  originalTotal: Decimal;
  /** This credit's total incl. VAT (the sign does not matter). */
  creditTotal: Decimal;
  otherCredits: readonly OtherCredit[];
  /** The orders' currency, for the owner's text. */
  currency: string;
}

/** Refuses a credit that, with the credits of the same order already booked, credits more than was sold. */
export function creditWithinOriginal(credit: CreditContext): Refusal | undefined {
  const before = sum(credit.otherCredits.filter((c) => c.booked).map((c) => abs(c.total)));
  const total = abs(credit.creditTotal);
  if (before + total <= abs(credit.originalTotal)) return undefined;
  return refuse(
    'credit_exceeds_original',
    {
      order: credit.orderNumber,
      original: credit.originalNumber,
      creditTotal: fmt(total),
      creditedBefore: fmt(before),
      originalTotal: fmt(abs(credit.originalTotal)),
    },
    moneyWording(
      { creditTotal: total, creditedBefore: before, originalTotal: abs(credit.originalTotal) },
      credit.currency,
    ),
  );
}

/** Per-line rounding may leave a credit's VAT at a rate a cent above the sale's; more is no rounding. */
const CREDIT_VAT_ROUNDING = 10_000n;

/**
 * Refuses a credit that takes more VAT back at a rate than the sale it credits charged at that rate:
 * its total may fit, but the VAT return would lose VAT in one box that was never declared there.
 */
export function creditVatWithinOriginal(
  orderNumber: string,
  original: { orderNumber: string; taxByTaxRateId?: Record<string, string> },
  groups: readonly { taxRateId: string; tax: Decimal }[],
  percentages: ReadonlyMap<string, Decimal>,
  currency: string,
): Refusal | undefined {
  const sold = original.taxByTaxRateId ?? {};
  for (const group of groups) {
    const soldTax = sold[group.taxRateId];
    const creditTax = abs(group.tax);
    const allowed = soldTax === undefined ? 0n : abs(parseDecimal(soldTax));
    if (creditTax <= allowed + CREDIT_VAT_ROUNDING) continue;
    const percentage = percentages.get(group.taxRateId);
    return refuse(
      'credit_vat_exceeds_original',
      {
        order: orderNumber,
        original: original.orderNumber,
        rate: percentage === undefined ? '?' : rateKey(percentage),
        creditVat: fmt(creditTax),
        originalVat: fmt(allowed),
      },
      moneyWording({ creditVat: creditTax, originalVat: allowed }, currency),
    );
  }
  return undefined;
}

/**
 * The refund record that settles this credit, or undefined while the shop has none for it. Only a
 * refund of exactly the credit's amount fits. Refunds are taken in the order they happened (day,
 * then id); the credits already paid used the earliest ones of their amount, and the credit notes
 * still awaiting theirs take the next ones in order-number order. Each side is computed again on
 * every run and gives the same answer, so a refund is never used by two credits.
 */
export function pickRefund(
  refunds: readonly ShopRefund[],
  credit: { orderNumber: string; total: Decimal },
  otherCredits: readonly OtherCredit[],
): ShopRefund | undefined {
  const amount = abs(credit.total);
  const fitting = refunds
    .filter((r) => abs(r.amount) === amount)
    .sort((a, b) =>
      a.refundedOn === b.refundedOn ? compareIds(a.id, b.id) : a.refundedOn < b.refundedOn ? -1 : 1,
    );
  const sameAmount = otherCredits.filter((c) => abs(c.total) === amount);
  const usedByPaid = sameAmount.filter((c) => c.paid).length;
  const aheadInLine = sameAmount.filter(
    (c) => !c.paid && c.booked && compareIds(c.orderNumber, credit.orderNumber) < 0,
  ).length;
  return fitting[usedByPaid + aheadInLine];
}

/** Numbers as text compare as numbers when both are whole numbers, else as text. */
function compareIds(a: string, b: string): number {
  const pattern = /^\d+$/;
  if (pattern.test(a) && pattern.test(b)) {
    const x = BigInt(a);
    const y = BigInt(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface RefundPaymentInput {
  orderNumber: string;
  /** The credit's booking reference: the transaction identifier when the refund names none. */
  reference: string;
  refund: ShopRefund;
  /** The original order's payment method, when the refund record does not say. */
  originalMethod?: string;
  settings: BookkeepingSettings;
  moneybird: MoneybirdReferenceData;
  /** Administration currency per unit of the order's, for a foreign-currency credit. */
  exchangeRate?: Decimal;
}

/** The refund as a negative payment on the credit note, on the account of the original payment method. */
export function refundPayment(input: RefundPaymentInput): PlannedPayment | Refusal {
  const method = input.refund.method ?? input.originalMethod;
  const account = financialAccountFor(method, input.settings, input.moneybird);
  if (!account) return noAccountFor(input.orderNumber, method);
  const amount = -abs(input.refund.amount);
  return {
    payment_date: input.refund.refundedOn,
    price: fmt(amount),
    ...(input.exchangeRate !== undefined && {
      price_base: fmt(roundCents(multiply(amount, input.exchangeRate))),
    }),
    financial_account_id: account,
    transaction_identifier: input.refund.transactionReference ?? input.reference,
  };
}

/** How a credit's refund stands in its plan. */
export type CreditRefund =
  | { kind: 'none_needed' }
  | { kind: 'registered'; refundId: string }
  | { kind: 'awaiting' };

/** The credit's payments: the shop's refund record when it has one, else none (awaiting it). */
export function planCreditRefund(
  input: Omit<RefundPaymentInput, 'refund'> & {
    creditTotal: Decimal;
    refunds: readonly ShopRefund[];
    otherCredits: readonly OtherCredit[];
  },
): { payments: PlannedPayment[]; refund: CreditRefund } | Refusal {
  if (input.creditTotal === 0n) return { payments: [], refund: { kind: 'none_needed' } };
  const refund = pickRefund(
    input.refunds,
    { orderNumber: input.orderNumber, total: input.creditTotal },
    input.otherCredits,
  );
  if (!refund) return { payments: [], refund: { kind: 'awaiting' } };
  const payment = refundPayment({ ...input, refund });
  if (isRefusal(payment)) return payment;
  return { payments: [payment], refund: { kind: 'registered', refundId: refund.id } };
}
