// How an order's difference in the month per VAT rate is said to the owner, on screen and in the CSV
// file alike: one sentence per order from its kind, its reason and the amount that matters for it.
import type { OrderExplanation } from '../contract/reconciliation';
import { type UiReconciliationKey, uiReconciliation } from '../i18n/messages/ui-reconciliation';
import { interpolate, type Locale } from '../i18n/translate';
import { writtenDay, writtenMonth } from '../i18n/written-day';

/** The largest difference by size (shop minus booked), as decimal text. */
function largest(values: readonly string[]): string {
  let best = '0.00';
  for (const value of values) if (Math.abs(Number(value)) > Math.abs(Number(best))) best = value;
  return best;
}

/** Adds decimal amounts exactly, in cents. */
export function sumOf(values: readonly string[]): string {
  return (values.reduce((s, v) => s + Math.round(Number(v) * 100), 0) / 100).toFixed(2);
}

/**
 * The amount a sentence names: what rounding moved, the VAT at 0 %, what Moneybird still counts as
 * revenue of an order cancelled in the shop (incl. VAT), or the total difference.
 */
export function explanationAmount(item: OrderExplanation): string {
  switch (item.kind) {
    case 'cancelled_in_shop':
      return sumOf(item.stillBooked.map((d) => d.inclTax));
    case 'rounding':
      return largest(item.differences.flatMap((d) => [d.inclTax, d.exclTax, d.vat]));
    case 'zero_rate':
      return largest(item.differences.filter((d) => Number(d.rate) === 0).map((d) => d.vat));
    default: {
      const sum = (pick: (d: OrderExplanation['differences'][number]) => string) =>
        item.differences.reduce((s, d) => s + Math.round(Number(pick(d)) * 100), 0);
      // The total difference; when a line only moved to another rate or part of the return that is
      // nothing, and what differs is the VAT it carries, or else the amount that moved (no sign: it
      // is as much more on one line as less on the other).
      const cents = sum((d) => d.inclTax) || sum((d) => d.vat);
      if (cents === 0) return largest(item.differences.map((d) => d.inclTax)).replace(/^-/, '');
      return (cents / 100).toFixed(2);
    }
  }
}

const UNSIGNED = new Set<OrderExplanation['kind']>([
  'rounding',
  'zero_rate',
  'booked_in_other_period',
  'booked_from_other_period',
]);

/** The sentence for one order; `money` formats an amount ("€ 0,01" on screen, "0,01" in a file). */
export function explanationText(
  item: OrderExplanation,
  locale: Locale,
  money: (amount: string) => string,
): string {
  const key = `reconciliation.explain.${item.kind}` as UiReconciliationKey;
  const amount = explanationAmount(item);
  // Rounding, VAT on 0 % and a booking counted in another period are named by their size (the
  // sentence says which way it goes); a sign would only puzzle.
  const shown = UNSIGNED.has(item.kind) ? amount.replace(/^-/, '') : amount;
  return interpolate(uiReconciliation[locale][key], {
    amount: money(shown),
    reason: item.reason?.[locale] ?? '',
    orderDay: writtenDay(item.orderDate, locale),
    orderMonth: writtenMonth(item.orderDate, locale),
    bookedDay: writtenDay(item.bookedDate ?? item.orderDate, locale),
    bookedMonth: writtenMonth(item.bookedDate ?? item.orderDate, locale),
  }).trim();
}
