// Step 7 of a plan: the payments that settle the invoice. Each is dated on the day the shop's payment
// provider captured the money and carries the provider's transaction reference, so Moneybird matches
// it with the payout and the bank; the account follows the payment method. Orders without payment
// records (older, counter and API-created orders) fall back to one payment on the order's date under
// the booking reference. A redeemed gift card settles on its own financial account, or against a
// liability ledger account when the owner keeps gift cards there.

import { paymentMethodName } from '../../../../shared/i18n/payment-method-name';
import type { Order } from '../../mijnwebwinkel/order-schema';
import { type Decimal, multiply, parseDecimal, ZERO } from '../../money/decimal';
import type { MoneybirdReferenceData } from '../reference-data';
import { type Refusal, refuse } from '../refusal';
import type { BookkeepingSettings } from '../settings';
import { paymentMethodKey, type ShopCapture } from '../shop-payments';
import { fmt, roundCents } from './amounts';
import { checkLedger } from './invoice-details';

export interface PlannedPayment {
  payment_date: string;
  price: string;
  price_base?: string;
  /** The bank, PSP or cash account the money went to. */
  financial_account_id?: string;
  /** A gift card settled against a liability instead of an account (`balance_settlement`). */
  ledger_account_id?: string;
  manual_payment_action?: 'balance_settlement';
  transaction_identifier: string;
}

export interface PaymentsInput {
  order: Order;
  reference: string;
  /** What the customer paid, incl. VAT (sign-corrected). */
  paid: Decimal;
  /** Redeemed gift cards (negative for a sale). */
  giftCardTotal: Decimal;
  settings: BookkeepingSettings;
  moneybird: MoneybirdReferenceData;
  exchangeRate?: string;
  /** The shop's captures of this order; undefined or empty when it has no payment records. */
  captures?: readonly ShopCapture[];
  /** Fallback payment date (yyyy-mm-dd) for an order without payment records. */
  paidAt?: string;
}

/** No account for the money of this method: the refusal keeps the shop's code, the text its name. */
export function noAccountFor(order: string, method: string | null | undefined): Refusal {
  return refuse(
    'financial_account_missing',
    { order, method: method ?? '-' },
    { method: paymentMethodName(method) },
  );
}

/**
 * The active financial account money paid by this method goes to: the owner's account for the
 * method, else the default one. A refund goes back through the same account (plan/credit.ts).
 */
export function financialAccountFor(
  method: string | undefined,
  settings: BookkeepingSettings,
  moneybird: MoneybirdReferenceData,
): string | undefined {
  const key = paymentMethodKey(method);
  const id = (key && settings.financialAccountByPaymentMethod[key]) || settings.financialAccountId;
  return id !== undefined && moneybird.financialAccounts.some((a) => a.id === id && a.active)
    ? id
    : undefined;
}

const GIFT_CARD_METHODS = ['gift_card', 'webshop_giftcard', 'podium_giftcard'];

export function planPayments(input: PaymentsInput): PlannedPayment[] | Refusal {
  const { order, settings, moneybird } = input;
  const orderNo = order.number;
  let rate: Decimal | undefined;
  if (order.currency !== settings.administrationCurrency) {
    try {
      rate = input.exchangeRate === undefined ? undefined : parseDecimal(input.exchangeRate);
    } catch {
      rate = undefined;
    }
    if (rate === undefined || rate <= ZERO)
      return refuse('exchange_rate_missing', {
        order: orderNo,
        currency: order.currency,
        baseCurrency: settings.administrationCurrency,
        date: input.paidAt ?? order.date,
      });
  }
  const accountFor = (method: string | undefined) => financialAccountFor(method, settings, moneybird);
  const payments: PlannedPayment[] = [];
  const base = (amount: Decimal) =>
    rate === undefined ? {} : { price_base: fmt(roundCents(multiply(amount, rate))) };

  if (input.giftCardTotal !== ZERO) {
    const amount = -input.giftCardTotal;
    const date = input.paidAt ?? order.date;
    const liability = settings.giftCardLedgerAccountId;
    if (liability) {
      const bad = checkLedger(liability, 'giftCards', moneybird);
      if (bad) return bad;
      payments.push({
        payment_date: date,
        price: fmt(amount),
        ...base(amount),
        ledger_account_id: liability,
        manual_payment_action: 'balance_settlement',
        transaction_identifier: input.reference,
      });
    } else {
      const method = GIFT_CARD_METHODS.find((m) => settings.financialAccountByPaymentMethod[m]);
      const account = method ? accountFor(method) : undefined;
      if (!account) return noAccountFor(orderNo, 'gift_card');
      payments.push({
        payment_date: date,
        price: fmt(amount),
        ...base(amount),
        financial_account_id: account,
        transaction_identifier: input.reference,
      });
    }
  }
  if (input.paid === ZERO) return payments;

  const captures = input.captures ?? [];
  const captured = captures.reduce((s, c) => s + c.amount, ZERO);
  // The records are used when they account for exactly what was paid; a partial picture (a capture
  // still to come, a split the view does not show) falls back rather than books half a payment.
  if (captures.length > 0 && captured === input.paid) {
    for (const capture of captures) {
      const method = capture.method ?? order.payment?.methodName;
      const account = accountFor(method);
      if (!account) return noAccountFor(orderNo, method);
      payments.push({
        payment_date: capture.capturedOn,
        price: fmt(capture.amount),
        ...base(capture.amount),
        financial_account_id: account,
        transaction_identifier: capture.transactionReference ?? input.reference,
      });
    }
    return payments;
  }
  const method = order.payment?.methodName;
  const account = accountFor(method);
  if (!account) return noAccountFor(orderNo, method);
  const latest = captures
    .map((c) => c.capturedOn)
    .sort()
    .at(-1);
  payments.push({
    payment_date: latest ?? input.paidAt ?? order.date,
    price: fmt(input.paid),
    ...base(input.paid),
    financial_account_id: account,
    transaction_identifier: input.reference,
  });
  return payments;
}
