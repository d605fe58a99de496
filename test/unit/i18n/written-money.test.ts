import { describe, expect, it } from 'vitest';
import { writtenAmounts, writtenDifference, writtenMoney } from '../../../src/shared/i18n/written-money';

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

  it('writes a difference with its sign where a negative amount has its minus, and none for no difference', () => {
    // One form for a minus everywhere: "€ -68,10", as the order pages write a credit's "€ -8,95".
    expect(plain(writtenDifference('-68.10', 'nl'))).toBe('€ -68,10');
    expect(plain(writtenDifference('-68.10', 'nl'))).toBe(plain(writtenMoney('-68.10', 'nl')));
    expect(plain(writtenDifference('3062.08', 'nl'))).toBe('€ +3.062,08');
    expect(plain(writtenDifference('0.00', 'nl'))).toBe('€ 0,00');
    expect(writtenDifference('-68.10', 'en')).toBe('-€68.10');
    expect(writtenDifference('3062.08', 'en')).toBe('+€3,062.08');
    expect(writtenDifference('2.00', 'nl', 'euro')).toBe('euro +2.00');
  });

  it('writes whole units only when asked, as a chart gridline at a round amount', () => {
    expect(plain(writtenMoney('15000', 'nl', 'EUR', 'whole'))).toBe('€ 15.000');
    expect(plain(writtenMoney('-2000', 'nl', 'EUR', 'whole'))).toBe('€ -2.000');
    expect(writtenMoney('15000', 'en', 'EUR', 'whole')).toBe('€15,000');
  });

  it('gives both languages for a message', () => {
    const text = writtenAmounts('5.00');
    expect(plain(text.nl)).toBe('€ 5,00');
    expect(text.en).toBe('€5.00');
  });
});
