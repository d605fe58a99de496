import { describe, expect, it } from 'vitest';
import { paymentMethodMessages } from '../../../src/shared/i18n/messages/payment-methods';
import { paymentMethodName } from '../../../src/shared/i18n/payment-method-name';

// Every method Mijnwebwinkel's spec lists for an order (components.schemas.PaymentMethodList).
const SPEC_METHODS = [
  'advance',
  'afterpay',
  'apple_pay',
  'bancontact',
  'bank_transfer',
  'belfius',
  'bitcoin',
  'card',
  'cash',
  'creditcard',
  'directdebit',
  'external',
  'giropay',
  'ideal',
  'ideal:issuer',
  'invoice',
  'in_arrears',
  'kbccbc',
  'klarna_checkout',
  'klarna_paylater',
  'klarna_paynow',
  'klarna_sliceit',
  'maestro',
  'mastercard',
  'paypal',
  'paysafecard',
  'pickup',
  'podium_giftcard',
  'rembours',
  'singledebit',
  'sofortbanking',
  'visa',
  'webshop_giftcard',
];

describe('a payment method in the owner’s words', () => {
  it('names the common methods as the owner knows them', () => {
    expect(paymentMethodName('ideal')).toEqual({ nl: 'iDEAL', en: 'iDEAL' });
    expect(paymentMethodName('bank_transfer')).toEqual({ nl: 'bankoverschrijving', en: 'bank transfer' });
    expect(paymentMethodName('klarna_paylater')).toEqual({
      nl: 'Klarna achteraf betalen',
      en: 'Klarna pay later',
    });
    expect(paymentMethodName('cash').nl).toBe('contant');
  });

  it('reads the code as the shop may send it: any case, spaces, iDEAL with its bank', () => {
    expect(paymentMethodName(' PayPal ').nl).toBe('PayPal');
    expect(paymentMethodName('ideal:issuer').nl).toBe('iDEAL');
  });

  it('shows a code it does not know as the shop sent it, and says so when there is none', () => {
    expect(paymentMethodName('twint')).toEqual({ nl: 'twint', en: 'twint' });
    expect(paymentMethodName(null)).toEqual({ nl: 'onbekende betaalmethode', en: 'unknown payment method' });
    expect(paymentMethodName('  ')).toEqual(paymentMethodName(undefined));
  });

  it('knows a name for every method the shop’s spec lists', () => {
    for (const code of SPEC_METHODS) {
      const name = paymentMethodName(code);
      expect(Object.keys(paymentMethodMessages.nl), code).toContain(code.split(':')[0]);
      expect(name.nl.length, code).toBeGreaterThan(0);
      expect(name.en.length, code).toBeGreaterThan(0);
    }
    expect(Object.keys(paymentMethodMessages.en).sort()).toEqual(
      Object.keys(paymentMethodMessages.nl).sort(),
    );
  });
});
