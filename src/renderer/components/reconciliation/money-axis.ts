// The chart's money axis: gridlines at a round step (1, 2, 2½ or 5 times a power of ten), from zero
// (or the lowest value, when a line is below zero) to the highest value or just above it, each
// labelled with its full amount as the owner writes money ("€ 15.000"). No shortened labels such as
// "€ 14K" for 13.500: every label is the exact amount its gridline stands for. Pure, so tested.
import type { Locale } from '../../../shared/i18n/translate';
import { writtenMoney } from '../../../shared/i18n/written-money';

export interface MoneyAxis {
  /** The gridlines, lowest first: multiples of `step`, zero among them. */
  ticks: number[];
  domain: [number, number];
  step: number;
  /** Decimals the labels need: 0 for whole euros, 2 when a step is not. */
  decimals: 0 | 2;
}

/** Round steps within a power of ten. */
const STEPS = [1, 2, 2.5, 5, 10];

/** The axis for these values, with about `intervals` steps between zero and the furthest value. */
export function moneyAxis(values: readonly number[], intervals = 4): MoneyAxis {
  const finite = values.filter((v) => Number.isFinite(v));
  const max = Math.max(0, ...finite);
  const min = Math.min(0, ...finite);
  const span = max - min;
  // Nothing but zero (or less than a cent): an axis of one euro.
  if (span < 0.01) return { ticks: [0, 1], domain: [0, 1], step: 1, decimals: 0 };
  const rough = span / intervals;
  // Not below a cent: the amounts are in cents.
  const magnitude = Math.max(0.01, 10 ** Math.floor(Math.log10(rough)));
  const step =
    STEPS.map((m) => roundCents(m * magnitude)).find((s) => s >= rough) ?? roundCents(10 * magnitude);
  // In whole steps, so that each tick is an exact multiple (no 0.30000000000000004).
  // (A hair of tolerance for the float's noise: 15000 / 5000 is 3, not a little more.)
  const first = Math.floor(min / step + 1e-9);
  const last = Math.ceil(max / step - 1e-9);
  const ticks: number[] = [];
  for (let i = first; i <= last; i += 1) ticks.push(roundCents(i * step));
  const decimals = ticks.every((t) => Number.isInteger(t)) ? 0 : 2;
  return { ticks, domain: [ticks[0]!, ticks.at(-1)!], step, decimals };
}

/** Rounds to whole cents, dropping the float's noise. */
function roundCents(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * A gridline's label: the full amount, "€ 15.000" ("€15,000"), with cents only when a step has them;
 * below zero as every screen writes it, "€ -2.000" (`writtenMoney`).
 */
export function axisLabel(value: number, decimals: 0 | 2, locale: Locale): string {
  return writtenMoney(String(value), locale, 'EUR', decimals === 0 ? 'whole' : 'cents');
}
