// Step 7 of a plan: the payments that settle the invoice. Each is dated on the day the shop's payment
// provider captured the money and carries the provider's transaction reference, so Moneybird matches
// it with the payout and the bank; the account follows the payment method. Orders without payment
// records (older, counter and API-created orders) fall back to one payment on the order's date under
// the booking reference. A redeemed gift card settles on its own financial account, or against a
// liability ledger account when the owner keeps gift cards there; a refund onto one, on a credit
// note, the same way (`settlePayment`, used by plan/credit.ts).

import { paymentMethodName } from '../../../../shared/i18n/payment-method-name';
import type { Order } from '../../mijnwebwinkel/order-schema';
import { type Decimal, multiply, parseDecimal, ZERO } from '../../money/decimal';
import type { MoneybirdReferenceData } from '../reference-data';
import { isRefusal, type Refusal, refuse } from '../refusal';
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

const GIFT_CARD_METHODS = ['gift_card', 'webshop_giftcard', 'podium_giftcard'];

const isGiftCard = (method: string | null | undefined) =>
  GIFT_CARD_METHODS.includes(paymentMethodKey(method) ?? '');

/**
 * The active financial account money paid by this method goes to: the owner's account for the
 * method, else the default one. A gift card is no money received: it goes to the gift-card account
 * (the shop's gift-card methods share one), never to the default. A refund goes back through the
 * same account (plan/credit.ts).
 */
export function financialAccountFor(
  method: string | undefined,
  settings: BookkeepingSettings,
  moneybird: MoneybirdReferenceData,
): string | undefined {
  const key = paymentMethodKey(method);
  const byMethod = settings.financialAccountByPaymentMethod;
  const id = isGiftCard(key)
    ? (key && byMethod[key]) || GIFT_CARD_METHODS.map((m) => byMethod[m]).find(Boolean)
    : (key && byMethod[key]) || settings.financialAccountId;
  return id !== undefined && moneybird.financialAccounts.some((a) => a.id === id && a.active)
    ? id
    : undefined;
}

export interface SettleContext {
  orderNumber: string;
  settings: BookkeepingSettings;
  moneybird: MoneybirdReferenceData;
  /** Administration currency per unit of the order's: the payment's amount in it too. */
  exchangeRate?: Decimal;
}

/**
 * One payment of `amount` by `method`. A gift card, whether a line of the order or a record of the
 * shop's payments (a redemption, or a refund back onto it), is no money received: it settles against
 * the owner's liability ledger when they keep gift cards there. Everything else goes to the method's
 * financial account.
 */
export function settlePayment(
  context: SettleContext,
  method: string | undefined,
  amount: Decimal,
  date: string,
  transactionIdentifier: string,
): PlannedPayment | Refusal {
  const { settings, moneybird, exchangeRate } = context;
  const payment = {
    payment_date: date,
    price: fmt(amount),
    ...(exchangeRate !== undefined && { price_base: fmt(roundCents(multiply(amount, exchangeRate))) }),
  };
  const liability = settings.giftCardLedgerAccountId;
  if (liability && isGiftCard(method)) {
    const bad = checkLedger(liability, 'giftCards', moneybird);
    if (bad) return bad;
    return {
      ...payment,
      ledger_account_id: liability,
      manual_payment_action: 'balance_settlement',
      transaction_identifier: transactionIdentifier,
    };
  }
  const account = financialAccountFor(method, settings, moneybird);
  if (!account) return noAccountFor(context.orderNumber, method);
  return { ...payment, financial_account_id: account, transaction_identifier: transactionIdentifier };
}

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
  const liability = settings.giftCardLedgerAccountId;
  const context: SettleContext = {
    orderNumber: orderNo,
    settings,
    moneybird,
    ...(rate !== undefined && { exchangeRate: rate }),
  };
  const settle = (method: string | undefined, amount: Decimal, date: string, identifier: string) =>
    settlePayment(context, method, amount, date, identifier);

  const payments: PlannedPayment[] = [];
  if (input.giftCardTotal !== ZERO) {
    // A redeemed gift card on the order: the first gift-card method the owner gave an account.
    const method = GIFT_CARD_METHODS.find((m) => settings.financialAccountByPaymentMethod[m]) ?? 'gift_card';
    if (!liability && !settings.financialAccountByPaymentMethod[method])
      return noAccountFor(orderNo, 'gift_card');
    const redeemed = settle(method, -input.giftCardTotal, input.paidAt ?? order.date, input.reference);
    if (isRefusal(redeemed)) return redeemed;
    payments.push(redeemed);
  }
  if (input.paid === ZERO) return payments;

  const captures = input.captures ?? [];
  const captured = captures.reduce((s, c) => s + c.amount, ZERO);
  // The records are used when they account for exactly what was paid; a partial picture (a capture
  // still to come, a split the view does not show) falls back rather than books half a payment.
  if (captures.length > 0 && captured === input.paid) {
    for (const capture of captures) {
      const method = capture.method ?? order.payment?.methodName;
      const identifier = capture.transactionReference ?? input.reference;
      const payment = settle(method, capture.amount, capture.capturedOn, identifier);
      if (isRefusal(payment)) return payment;
      payments.push(payment);
    }
    return payments;
  }
  const latest = captures
    .map((c) => c.capturedOn)
    .sort()
    .at(-1);
  const payment = settle(
    order.payment?.methodName,
    input.paid,
    latest ?? input.paidAt ?? order.date,
    input.reference,
  );
  if (isRefusal(payment)) return payment;
  payments.push(payment);
  return payments;
}
