// Small amount helpers the plan's steps share: whole cents, formatting, dates.
import { type Decimal, hasAtMostPlaces, toFixed } from '../../money/decimal';

/** Millionths in one cent. */
export const CENT = 10_000n;
/** Half a cent: the most one line's own VAT rounding can move that line's VAT. */
export const HALF_CENT = 5_000n;

export const fmt = (d: Decimal): string => toFixed(d, 2);
export const isCents = (d: Decimal): boolean => hasAtMostPlaces(d, 2);

/** To whole cents, half away from zero. */
export function roundCents(value: Decimal): Decimal {
  const half = value < 0n ? -CENT / 2n : CENT / 2n;
  return ((value + half) / CENT) * CENT;
}

/** YYYY-MM-DD plus `days` (negative: minus). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
