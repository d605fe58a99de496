// Small amount helpers the plan's steps share: whole cents, formatting, dates.
import type { LocalizedText } from '../../../../shared/i18n/translate';
import { writtenAmounts } from '../../../../shared/i18n/written-money';
import { type Decimal, hasAtMostPlaces, toFixed } from '../../money/decimal';

/** Millionths in one cent. */
export const CENT = 10_000n;
/** Half a cent: the most one line's own VAT rounding can move that line's VAT. */
export const HALF_CENT = 5_000n;

export const fmt = (d: Decimal): string => toFixed(d, 2);
/**
 * Amounts as the owner reads money in each language ("€ 29,65", "€29.65"), for a message's wording;
 * the refusal's details keep the plain figures ("29.65").
 */
export function moneyWording(
  amounts: Record<string, Decimal>,
  currency: string,
): Record<string, LocalizedText> {
  const wording: Record<string, LocalizedText> = {};
  for (const [name, amount] of Object.entries(amounts)) wording[name] = writtenAmounts(fmt(amount), currency);
  return wording;
}

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
