// What the shop's payments view says happened to an order's money: each payment's captures (when the
// money was taken, by which method, under which provider reference) and refunds. Payments are
// booked from these records, not from the order's date: Moneybird matches a payment with the
// provider's payouts and the bank by its date, amount and transaction identifier.

import { shopLocalDate } from '../../../shared/shop-calendar';
import type { OrderPayment } from '../mijnwebwinkel/schemas';
import { type Decimal, fromCents } from '../money/decimal';

export interface ShopCapture {
  /** The payment method, without the issuer ("ideal" of "ideal:ideal_INGBNL2A"). */
  method?: string;
  /** The day the last capture happened, in the shop's time zone (yyyy-mm-dd). */
  capturedOn: string;
  amount: Decimal;
  /** The payment provider's reference for the transaction. */
  transactionReference?: string;
}

export interface ShopRefund {
  /** The refund mutation's id: one refund is booked once, on one credit note. */
  id: string;
  method?: string;
  refundedOn: string;
  /** Positive: the amount given back. */
  amount: Decimal;
  transactionReference?: string;
}

export interface ShopPaymentRecords {
  captures: ShopCapture[];
  refunds: ShopRefund[];
}

/** The shop's calendar day of a timestamp; undefined when it cannot be read. */
export function shopDay(timestamp: string | null | undefined): string | undefined {
  if (!timestamp) return undefined;
  const at = new Date(timestamp);
  if (Number.isNaN(at.getTime())) return undefined;
  return shopLocalDate(at.getTime());
}

export function paymentMethodKey(method: string | null | undefined): string | undefined {
  const key = method?.split(':')[0]?.trim().toLowerCase();
  return key ? key : undefined;
}

export function readShopPayments(payments: readonly OrderPayment[]): ShopPaymentRecords {
  const captures: ShopCapture[] = [];
  const refunds: ShopRefund[] = [];
  for (const payment of payments) {
    if (payment.isTest) continue;
    const method = paymentMethodKey(payment.method);
    const transactionReference = payment.gatewayReference?.trim() || undefined;
    let captured = 0n;
    let capturedOn: string | undefined;
    for (const mutation of payment.mutations ?? []) {
      const day = shopDay(mutation.createdAt);
      if (mutation.type === 'capture' && day) {
        captured += fromCents(Math.abs(mutation.price));
        if (!capturedOn || day > capturedOn) capturedOn = day;
      } else if (mutation.type === 'refund' && day) {
        refunds.push({
          id: `${payment.id}/${mutation.id}`,
          ...(method && { method }),
          refundedOn: day,
          amount: fromCents(Math.abs(mutation.price)),
          ...((mutation.reference?.trim() || transactionReference) && {
            transactionReference: mutation.reference?.trim() || transactionReference,
          }),
        });
      }
    }
    if (capturedOn && captured > 0n)
      captures.push({
        ...(method && { method }),
        capturedOn,
        amount: captured,
        ...(transactionReference && { transactionReference }),
      });
  }
  return { captures, refunds };
}
