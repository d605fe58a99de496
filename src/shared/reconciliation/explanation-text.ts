// How amounts and an order's difference in the month per VAT rate are said to the owner, on screen
// and in the CSV file alike. Every amount says what it is, as the table does: turnover excl. VAT, or
// VAT. An amount is said by its size: which way a difference goes is said in words ("in Moneybird
// € 4,20 meer btw dan in je winkel"), never by a minus sign; and what an order holds (booked in
// another period, deleted in Moneybird, still counted after a cancellation) is named by what the
// sentence says happened to it.
import type { Amounts, OrderExplanation } from '../contract/reconciliation';
import { type UiReconciliationKey, uiReconciliation } from '../i18n/messages/ui-reconciliation';
import { interpolate, type Locale } from '../i18n/translate';
import { writtenDay, writtenMonth } from '../i18n/written-day';

/** Formats an amount that is never below zero ("€ 0,01" on screen and in the file). */
export type Money = (amount: string) => string;

type Figures = Pick<Amounts, 'exclTax' | 'vat'>;
type Line = OrderExplanation['differences'][number];

const size = (amount: string) => amount.replace(/^-/, '');
const isZero = (amount: string) => Number(amount) === 0;

/** Adds decimal amounts exactly, in cents. */
export function sumOf(values: readonly string[]): string {
  return (values.reduce((s, v) => s + Math.round(Number(v) * 100), 0) / 100).toFixed(2);
}

/** The largest amount by size, as its size. */
function largest(values: readonly string[]): string {
  let best = '0.00';
  for (const value of values) if (Math.abs(Number(value)) > Math.abs(Number(best))) best = value;
  return size(best);
}

/** Turnover excl. VAT and VAT of lines added up. */
export function figuresOf(lines: readonly Figures[]): Figures {
  return { exclTax: sumOf(lines.map((l) => l.exclTax)), vat: sumOf(lines.map((l) => l.vat)) };
}

/** "€ 20,00 omzet excl. btw en € 4,20 btw": what an order holds, by size. */
export function amountsText(figures: Figures, locale: Locale, money: Money): string {
  return interpolate(uiReconciliation[locale]['reconciliation.amounts'], {
    excl: money(size(figures.exclTax)),
    vat: money(size(figures.vat)),
  });
}

/**
 * "€ 4.096,82 meer omzet excl. btw en € 718,36 meer btw": which way Moneybird differs from the shop,
 * per part that differs (`difference` is shop minus Moneybird: below zero, Moneybird counts more).
 * Null when neither differs.
 */
export function differenceParts(difference: Figures, locale: Locale, money: Money): string | null {
  const text = uiReconciliation[locale];
  const part = (amount: string, what: UiReconciliationKey) =>
    isZero(amount)
      ? null
      : interpolate(
          text[Number(amount) < 0 ? 'reconciliation.verdict.more' : 'reconciliation.verdict.less'],
          {
            amount: money(size(amount)),
            what: text[what],
          },
        );
  const parts = [
    part(difference.exclTax, 'reconciliation.verdict.turnover'),
    part(difference.vat, 'reconciliation.verdict.vat'),
  ].filter((p): p is string => p !== null);
  if (parts.length === 0) return null;
  return parts.length === 1
    ? parts[0]!
    : interpolate(text['reconciliation.verdict.and'], { first: parts[0]!, second: parts[1]! });
}

/**
 * "in Moneybird € 4.096,82 meer omzet excl. btw en € 718,36 meer btw dan in je winkel", or "in totaal
 * gelijk aan je winkel"; `start` begins a line with it ("In Moneybird …").
 */
export function differenceText(
  difference: Figures,
  locale: Locale,
  money: Money,
  form: 'inline' | 'start' = 'inline',
): string {
  const text = uiReconciliation[locale];
  const parts = differenceParts(difference, locale, money);
  if (parts === null)
    return text[
      form === 'inline' ? 'reconciliation.difference.none' : 'reconciliation.difference.none.start'
    ];
  return interpolate(
    text[form === 'inline' ? 'reconciliation.difference' : 'reconciliation.difference.start'],
    { parts },
  );
}

/** Each line's figures named with its line of the return ("… op 21% (1a)"), joined by "; ". */
function perLine(
  lines: readonly Line[],
  locale: Locale,
  lineName: (line: Line) => string,
  figures: (line: Line) => string,
): string {
  const text = uiReconciliation[locale];
  return lines
    .map((line) =>
      interpolate(text['reconciliation.explanations.lineAt'], {
        figures: figures(line),
        rate: lineName(line),
      }),
    )
    .join('; ');
}

/**
 * Per line of the return, which way Moneybird differs from the shop: "€ 306,93 meer omzet excl. btw
 * en € 64,45 meer btw op 21% (1a); € 9,14 meer omzet excl. btw op 0% (1e)". `lineName` names a line.
 */
export function lineDifferencesText(
  lines: readonly Line[],
  locale: Locale,
  money: Money,
  lineName: (line: Line) => string,
): string {
  const equal = uiReconciliation[locale]['reconciliation.explanations.lineEqual'];
  return perLine(lines, locale, lineName, (line) => differenceParts(line, locale, money) ?? equal);
}

/** Per line, what an order holds: "€ 20,00 omzet excl. btw en € 4,20 btw op 21% (1a)". */
export function lineAmountsText(
  lines: readonly Line[],
  locale: Locale,
  money: Money,
  lineName: (line: Line) => string,
): string {
  return perLine(lines, locale, lineName, (line) => amountsText(line, locale, money));
}

/** The order's difference over all its lines: shop minus Moneybird. */
export function orderDifference(item: OrderExplanation): Figures {
  return figuresOf(item.differences);
}

/**
 * The sentence's key: a rounding or other difference whose turnover and VAT are the same in total
 * (only moved to another rate or part of the return) has its own sentence.
 */
function sentenceKey(item: OrderExplanation): UiReconciliationKey {
  const total = orderDifference(item);
  const moved = isZero(total.exclTax) && isZero(total.vat) && item.differences.length > 0;
  if (moved && (item.kind === 'rounding' || item.kind === 'other'))
    return `reconciliation.explain.${item.kind}.moved`;
  // A cancellation a credit order covers in part is not one "without a credit order".
  if (item.kind === 'cancelled_in_shop' && isCredited(item.credited))
    return 'reconciliation.explain.cancelled_in_shop.partly';
  return `reconciliation.explain.${item.kind}`;
}

/** Whether a credit order credits anything of a cancelled order already. */
function isCredited(credited: Figures | null | undefined): credited is Figures {
  return credited != null && (!isZero(credited.exclTax) || !isZero(credited.vat));
}

/** The sentence for one order; `money` formats an amount's size ("€ 0,01"). */
export function explanationText(item: OrderExplanation, locale: Locale, money: Money): string {
  const total = orderDifference(item);
  return interpolate(uiReconciliation[locale][sentenceKey(item)], {
    // What the order holds, named: what Moneybird still counts of an order cancelled in the shop,
    // else the order's own difference (an order booked in another period, an invoice deleted).
    amounts: amountsText(
      item.kind === 'cancelled_in_shop' ? figuresOf(item.stillBooked) : total,
      locale,
      money,
    ),
    // What credit orders credit of an order cancelled in the shop already.
    credited: item.credited ? amountsText(item.credited, locale, money) : '',
    // Which way Moneybird differs from the shop, in words.
    difference: differenceText(total, locale, money),
    // VAT on a 0 % rate; or the turnover excl. VAT that moved to another line.
    vat: money(largest(item.differences.filter((d) => Number(d.rate) === 0).map((d) => d.vat))),
    moved: money(largest(item.differences.map((d) => d.exclTax))),
    reason: item.reason?.[locale] ?? '',
    orderDay: writtenDay(item.orderDate, locale),
    orderMonth: writtenMonth(item.orderDate, locale),
    bookedDay: writtenDay(item.bookedDate ?? item.orderDate, locale),
    bookedMonth: writtenMonth(item.bookedDate ?? item.orderDate, locale),
  }).trim();
}
