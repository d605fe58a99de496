// Exact decimal arithmetic for money, VAT rates and quantities. A Decimal is a bigint count of
// millionths (10^-6): Mijnwebwinkel sends ex-VAT amounts with up to 6 decimals, so every amount
// either API sends fits exactly. JS floats never touch money.

export type Decimal = bigint;

export const DECIMAL_PLACES = 6;
const ONE = 10n ** BigInt(DECIMAL_PLACES);

export const ZERO: Decimal = 0n;

export class DecimalFormatError extends Error {
  constructor(readonly input: unknown) {
    super(`Not a decimal number: ${JSON.stringify(input)}`);
    this.name = 'DecimalFormatError';
  }
}

const DECIMAL_PATTERN = /^([+-])?(\d+)(?:[.,](\d*))?$/;

/**
 * Parses "12", "-3.5", "0.000001", "10,95" (Moneybird accepts a comma) and finite JS numbers
 * that an API sent where the spec says string. More than 6 decimals is refused rather than rounded:
 * nothing either API sends needs it, so such a value is malformed input.
 */
export function parseDecimal(input: string | number): Decimal {
  let text: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new DecimalFormatError(input);
    // Shortest round-trip representation; toFixed avoids exponent notation for small/large values.
    text = Math.abs(input) < 1e-6 && input !== 0 ? input.toFixed(12) : String(input);
    if (/e/i.test(text)) text = input.toFixed(DECIMAL_PLACES);
  } else if (typeof input === 'string') {
    text = input.trim();
  } else {
    throw new DecimalFormatError(input);
  }
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) throw new DecimalFormatError(input);
  const [, sign, whole, fractionRaw = ''] = match;
  const fraction = fractionRaw.replace(/0+$/, '');
  if (fraction.length > DECIMAL_PLACES) throw new DecimalFormatError(input);
  const units = BigInt(whole!) * ONE + BigInt(fraction.padEnd(DECIMAL_PLACES, '0') || '0');
  return sign === '-' ? -units : units;
}

export function isDecimalString(input: unknown): boolean {
  if (typeof input !== 'string' && typeof input !== 'number') return false;
  try {
    parseDecimal(input);
    return true;
  } catch {
    return false;
  }
}

/** Integer division rounding half away from zero (the commercial rounding both APIs use). */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('Division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (n * 2n + d) / (d * 2n);
  return negative ? -quotient : quotient;
}

/** Rounds to `places` decimals (0..6), half away from zero. */
export function roundTo(value: Decimal, places: number): Decimal {
  const step = 10n ** BigInt(DECIMAL_PLACES - places);
  return divideRounded(value, step) * step;
}

/** value × factor, rounded to 6 decimals. */
export function multiply(value: Decimal, factor: Decimal): Decimal {
  return divideRounded(value * factor, ONE);
}

/** value × numerator / denominator in one exact step, rounded to `places` decimals. */
export function scale(
  value: Decimal,
  numerator: Decimal,
  denominator: Decimal,
  places = DECIMAL_PLACES,
): Decimal {
  const step = 10n ** BigInt(DECIMAL_PLACES - places);
  return divideRounded(value * numerator, denominator * step) * step;
}

export function fromInteger(n: number | bigint): Decimal {
  return BigInt(n) * ONE;
}

/** Integer cents (the MyOnlineStore payments API) to a Decimal. */
export function fromCents(cents: number | bigint): Decimal {
  return BigInt(cents) * (ONE / 100n);
}

/** A Decimal that is a whole number of cents, as integer cents; throws if it is not. */
export function toCents(value: Decimal): bigint {
  const perCent = ONE / 100n;
  if (value % perCent !== 0n) throw new RangeError(`${toPlain(value)} is not a whole number of cents`);
  return value / perCent;
}

export function sum(values: Iterable<Decimal>): Decimal {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}

export const abs = (value: Decimal): Decimal => (value < 0n ? -value : value);

/** Fixed-point text with exactly `places` decimals, rounding half away from zero. */
export function toFixed(value: Decimal, places = 2): string {
  const rounded = roundTo(value, places) / 10n ** BigInt(DECIMAL_PLACES - places);
  const negative = rounded < 0n;
  const digits = (negative ? -rounded : rounded).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = places > 0 ? `.${digits.slice(digits.length - places)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Shortest exact text: "12.5", "0.000001", "-3". */
export function toPlain(value: Decimal): string {
  const text = toFixed(value, DECIMAL_PLACES);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Whether a Decimal is a whole number of units at `places` decimals. */
export function hasAtMostPlaces(value: Decimal, places: number): boolean {
  return value % 10n ** BigInt(DECIMAL_PLACES - places) === 0n;
}
