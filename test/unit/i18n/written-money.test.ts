import { describe, expect, it } from 'vitest';
import { writtenAmounts, writtenMoney } from '../../../src/shared/i18n/written-money';

// Intl writes a no-break space between the euro sign and the amount in Dutch.
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('money as the owner reads it', () => {
  it('writes euros the Dutch way, with a decimal comma and thousands points', () => {
    expect(plain(writtenMoney('29.65', 'nl'))).toBe('€ 29,65');
    expect(plain(writtenMoney('1234.5', 'nl'))).toBe('€ 1.234,50');
    expect(plain(writtenMoney('-0.01', 'nl'))).toBe('€ -0,01');
    expect(writtenMoney('1234.56', 'en')).toBe('€1,234.56');
  });

  it('writes another currency with its own sign or code', () => {
    expect(plain(writtenMoney('12.00', 'nl', 'GBP'))).toBe('£ 12,00');
    expect(plain(writtenMoney('12.00', 'nl', 'SEK'))).toBe('SEK 12,00');
  });

  it('writes every decimal of an amount that is no whole cents when asked, and rounds to cents otherwise', () => {
    expect(plain(writtenMoney('29.655', 'nl', 'EUR', 'all'))).toBe('€ 29,655');
    expect(plain(writtenMoney('29.655', 'nl', 'EUR', 'all'))).not.toBe(plain(writtenMoney('29.655', 'nl')));
    expect(plain(writtenMoney('29.65', 'nl', 'EUR', 'all'))).toBe('€ 29,65');
  });

  it('leaves what is no amount, or no currency Intl accepts, readable as it came', () => {
    expect(writtenMoney('', 'nl')).toBe('');
    expect(writtenMoney('n/a', 'nl')).toBe('n/a');
    expect(writtenMoney('3.10', 'nl', 'euro')).toBe('euro 3.10');
  });

  it('gives both languages for a message', () => {
    const text = writtenAmounts('5.00');
    expect(plain(text.nl)).toBe('€ 5,00');
    expect(text.en).toBe('€5.00');
  });
});
