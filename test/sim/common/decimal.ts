// The simulators' own exact decimals, written apart from the product's money module on purpose:
// the simulators are an independent oracle, so a mistake in the product's parsing or rounding must
// not be able to hide itself by being made twice. A Decimal is a bigint count of millionths: both
// APIs' amounts fit (Mijnwebwinkel sends ex-VAT amounts with up to six decimals). Rounding is half
// away from zero, as Ruby's BigDecimal (Moneybird) and PHP's round() (Mijnwebwinkel) do.

export type Decimal = bigint;

/** Decimals a Decimal holds. */
export const PLACES = 6;
const UNIT = 1_000_000n;
const CENT = UNIT / 100n;

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/**
 * "12", "-3.5", "+0.000001", "10,95" (Moneybird's money type allows a comma) and finite numbers
 * (where a spec allows a JSON number). More than six decimals, exponents and anything else throw.
 */
export function parseDecimal(input: string | number): Decimal {
  let text: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new RangeError(`Not a decimal number: ${input}`);
    text = String(input);
    if (text.includes('e')) {
      // Exponent form (1e-7, 1e21): spelled out; anything finer than a millionth is refused below.
      text = Math.abs(input) < 1 ? input.toFixed(20) : BigInt(input).toString();
    }
  } else if (typeof input === 'string') {
    text = input.trim();
  } else {
    throw new RangeError(`Not a decimal number: ${JSON.stringify(input)}`);
  }
  const parts = /^([-+]?)(\d+)(?:[.,](\d*))?$/.exec(text);
  if (!parts) throw new RangeError(`Not a decimal number: ${JSON.stringify(input)}`);
  const [, sign, whole = '0', fraction = ''] = parts;
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > PLACES)
    throw new RangeError(`More than ${PLACES} decimals: ${JSON.stringify(input)}`);
  const magnitude = BigInt(whole) * UNIT + BigInt(significant || '0') * pow10(PLACES - significant.length);
  return sign === '-' ? -magnitude : magnitude;
}

/** numerator / denominator as an integer, rounded half away from zero. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('Division by zero');
  const quotient = numerator / denominator; // truncates toward zero
  const remainder = numerator % denominator; // has the numerator's sign
  const twice = remainder < 0n ? -2n * remainder : 2n * remainder;
  const size = denominator < 0n ? -denominator : denominator;
  if (twice < size) return quotient;
  return numerator < 0n === denominator < 0n ? quotient + 1n : quotient - 1n;
}

/** `value` rounded to `places` decimals (0..6), half away from zero. */
export function roundTo(value: Decimal, places: number): Decimal {
  const step = pow10(PLACES - places);
  return divideRounded(value, step) * step;
}

/** value × numerator ÷ denominator in one exact step, rounded to `places` decimals. */
export function scale(value: Decimal, numerator: Decimal, denominator: Decimal, places = PLACES): Decimal {
  const step = pow10(PLACES - places);
  return divideRounded(value * numerator, denominator * step) * step;
}

export const fromInteger = (n: number | bigint): Decimal => BigInt(n) * UNIT;

/** Integer cents (the MyOnlineStore payments API). */
export const fromCents = (cents: number | bigint): Decimal => BigInt(cents) * CENT;

/** A whole number of cents as integer cents; throws for anything finer. */
export function toCents(value: Decimal): bigint {
  if (value % CENT !== 0n) throw new RangeError(`${toPlain(value)} is not a whole number of cents`);
  return value / CENT;
}

export function sum(values: Iterable<Decimal>): Decimal {
  let total = 0n;
  for (const value of values) total += value;
  return total;
}

export const abs = (value: Decimal): Decimal => (value < 0n ? -value : value);

/** Text with exactly `places` decimals (0..6), rounded half away from zero: "-12.30". */
export function toFixed(value: Decimal, places = 2): string {
  const units = divideRounded(value, pow10(PLACES - places));
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString();
  const whole = digits.length > places ? digits.slice(0, digits.length - places) : '0';
  const fraction = places === 0 ? '' : `.${digits.slice(-places).padStart(places, '0')}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** The shortest exact text: "12.5", "0.000001", "-3". */
export function toPlain(value: Decimal): string {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const whole = magnitude / UNIT;
  const fraction = (magnitude % UNIT).toString().padStart(PLACES, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
