// The simulators' own decimals (they share no code with the product's money module).
import { describe, expect, it } from 'vitest';
import {
  abs,
  divideRounded,
  fromCents,
  fromInteger,
  parseDecimal,
  roundTo,
  scale,
  sum,
  toCents,
  toFixed,
  toPlain,
} from './decimal';

describe('simulator decimals', () => {
  it('parses what the APIs send, in millionths', () => {
    expect(parseDecimal('12')).toBe(12_000_000n);
    expect(parseDecimal('-3.5')).toBe(-3_500_000n);
    expect(parseDecimal('+0.000001')).toBe(1n);
    expect(parseDecimal('10,95')).toBe(10_950_000n);
    expect(parseDecimal(' 7.100000000 ')).toBe(7_100_000n);
    expect(parseDecimal('5.')).toBe(5_000_000n);
    expect(parseDecimal(10.95)).toBe(10_950_000n);
    expect(parseDecimal(-0.5)).toBe(-500_000n);
    expect(parseDecimal(1e-6)).toBe(1n);
    expect(parseDecimal(1e21)).toBe(10n ** 27n);
  });

  it('refuses what is not a decimal or finer than a millionth', () => {
    for (const bad of ['', '.5', '1.2.3', '1e3', 'abc', '0.0000001', '--1', '1 000'])
      expect(() => parseDecimal(bad), bad).toThrow(RangeError);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 1e-7, 0.1 + 0.2])
      expect(() => parseDecimal(bad), String(bad)).toThrow(RangeError);
  });

  it('rounds half away from zero', () => {
    expect([5n, 15n, -5n, -15n, 14n, -14n, 16n].map((n) => divideRounded(n, 10n))).toEqual([
      1n,
      2n,
      -1n,
      -2n,
      1n,
      -1n,
      2n,
    ]);
    expect(divideRounded(5n, -10n)).toBe(-1n);
    expect(divideRounded(-5n, -10n)).toBe(1n);
    expect(() => divideRounded(1n, 0n)).toThrow(RangeError);
    expect(roundTo(parseDecimal('2.345'), 2)).toBe(parseDecimal('2.35'));
    expect(roundTo(parseDecimal('-2.345'), 2)).toBe(parseDecimal('-2.35'));
    expect(roundTo(parseDecimal('2.344999'), 2)).toBe(parseDecimal('2.34'));
    expect(roundTo(parseDecimal('0.5'), 0)).toBe(fromInteger(1));
  });

  it('scales in one exact step', () => {
    // 121 incl. 21 % VAT: 100 ex VAT; 10 incl. 21 %: 8.264462… → 8.26 at two decimals.
    expect(scale(fromInteger(121), fromInteger(100), fromInteger(121))).toBe(fromInteger(100));
    expect(scale(fromInteger(10), fromInteger(100), fromInteger(121), 2)).toBe(parseDecimal('8.26'));
    expect(scale(fromInteger(10), fromInteger(100), fromInteger(121))).toBe(parseDecimal('8.264463'));
  });

  it('converts cents, sums and prints', () => {
    expect(fromCents(1234)).toBe(parseDecimal('12.34'));
    expect(toCents(parseDecimal('-12.34'))).toBe(-1234n);
    expect(() => toCents(parseDecimal('0.001'))).toThrow(RangeError);
    expect(sum([fromCents(1), fromCents(2), -fromCents(5)])).toBe(-fromCents(2));
    expect(abs(-fromCents(3))).toBe(fromCents(3));
    expect(toFixed(parseDecimal('-12.3'))).toBe('-12.30');
    expect(toFixed(parseDecimal('0.005'))).toBe('0.01');
    expect(toFixed(parseDecimal('-0.004'))).toBe('0.00');
    expect(toFixed(parseDecimal('-0.005'))).toBe('-0.01');
    expect(toFixed(parseDecimal('7.5'), 0)).toBe('8');
    expect(toFixed(parseDecimal('0.000001'), 6)).toBe('0.000001');
    expect(toPlain(parseDecimal('12.50'))).toBe('12.5');
    expect(toPlain(parseDecimal('-0.000001'))).toBe('-0.000001');
    expect(toPlain(fromInteger(-3))).toBe('-3');
    expect(toPlain(0n)).toBe('0');
  });
});
