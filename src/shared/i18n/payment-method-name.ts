// A shop payment method's name in the owner's words, from the code Mijnwebwinkel sends.
import { type PaymentMethodCode, paymentMethodMessages } from './messages/payment-methods';
import type { LocalizedText } from './translate';

/**
 * "ideal" → iDEAL, "bank_transfer" → bankoverschrijving; "ideal:issuer" (iDEAL with its bank) is iDEAL;
 * no code at all is an unknown method. A code this app does not know yet is shown as the shop sent
 * it: the owner recognises it from the shop's settings, and a made-up name would hide which it is.
 */
export function paymentMethodName(code: string | null | undefined): LocalizedText {
  const given = code?.trim() ?? '';
  const key = given === '' ? 'none' : (given.toLowerCase().split(':')[0] ?? '');
  if (Object.hasOwn(paymentMethodMessages.nl, key)) {
    const known = key as PaymentMethodCode;
    return { nl: paymentMethodMessages.nl[known], en: paymentMethodMessages.en[known] };
  }
  return { nl: given, en: given };
}
