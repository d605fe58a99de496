// How amounts and an order's difference in the month per VAT rate are said to the owner, on screen
// and in the CSV file alike. Every amount says what it is, as the table does: turnover excl. VAT, or
// VAT. An amount is said by its size: which way a difference goes is said in words ("in Moneybird
// € 4,20 meer btw dan in je winkel"), never by a minus sign; and what an order holds (booked in
// another period, deleted in Moneybird, still counted after a cancellation) is named by what the
// sentence says happened to it. The booked side has two names, each always the same: until the
// owner compared the period with Moneybird (`read`), a difference is what Winkelbrug booked, "in je
// boeken" ("in je boeken € 4,20 meer btw dan in je winkel"), as the table's column ("In je boeken")
// and the verdict say it; once compared, "in Moneybird". Claims of Moneybird as it is now wait for a
// comparison.
// A booking whose invoice was deleted in Moneybird was found by a comparison: its figures are
// Moneybird's, whatever the column is called (`orderReadInMoneybird`).
import type { Amounts, OrderExplanation } from '../contract/reconciliation';
import { type UiReconciliationKey, uiReconciliation } from '../i18n/messages/ui-reconciliation';
import { inOneLine } from '../i18n/one-line';
import { interpolate, type Locale } from '../i18n/translate';
import { shortDay, writtenMonth } from '../i18n/written-day';
import { writtenList } from '../i18n/written-list';
import { asReading, type Reading } from './checked-at';

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
 * "€ 20,00 omzet excl. btw en € 4,20 btw (€ 24,20 incl. btw)": what is still to be credited of a
 * cancelled order, also incl. VAT (the amount a credit order in the shop is made for).
 */
export function toCreditText(toCredit: Amounts, locale: Locale, money: Money): string {
  return interpolate(uiReconciliation[locale]['reconciliation.toCredit'], {
    amounts: amountsText(toCredit, locale, money),
    incl: money(size(toCredit.inclTax)),
  });
}

/**
 * "€ 4.096,82 meer omzet excl. btw en € 718,36 meer btw": which way Moneybird differs from the shop,
 * per part that differs (`difference` is Moneybird minus the shop, as the view carries it: above
 * zero, Moneybird counts more). Null when neither differs.
 */
export function differenceParts(difference: Figures, locale: Locale, money: Money): string | null {
  const text = uiReconciliation[locale];
  const part = (amount: string, what: UiReconciliationKey) =>
    isZero(amount)
      ? null
      : interpolate(
          text[Number(amount) > 0 ? 'reconciliation.verdict.more' : 'reconciliation.verdict.less'],
          {
            amount: money(size(amount)),
            what: text[what],
          },
        );
  const parts = [
    part(difference.exclTax, 'reconciliation.verdict.turnover'),
    part(difference.vat, 'reconciliation.verdict.vat'),
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? null : writtenList(parts, locale);
}

/**
 * "in Moneybird € 4.096,82 meer omzet excl. btw en € 718,36 meer btw dan in je winkel", or "in totaal
 * gelijk aan je winkel"; `start` begins a line with it ("In Moneybird …"). Before a comparison
 * (`read` false, `booked`, or a quarter compared in part, `mixed`), what Winkelbrug booked: "in je
 * boeken € 4.096,82 meer … dan in je winkel", as the column is named.
 */
export function differenceText(
  difference: Figures,
  locale: Locale,
  money: Money,
  read: boolean | Reading,
  form: 'inline' | 'start' = 'inline',
): string {
  const text = uiReconciliation[locale];
  const parts = differenceParts(difference, locale, money);
  if (parts === null)
    return text[
      form === 'inline' ? 'reconciliation.difference.none' : 'reconciliation.difference.none.start'
    ];
  const reading = asReading(read);
  const start = form === 'start';
  const key: UiReconciliationKey =
    reading === 'moneybird'
      ? start
        ? 'reconciliation.difference.start'
        : 'reconciliation.difference'
      : start
        ? 'reconciliation.difference.books.start'
        : 'reconciliation.difference.books';
  return interpolate(text[key], { parts });
}

/**
 * Where the booked side's figures are, mid-sentence, by the column's name: "in je boeken" (what
 * Winkelbrug booked) until compared with Moneybird, then "in Moneybird".
 */
export function whereText(read: boolean | Reading, locale: Locale): string {
  return uiReconciliation[locale][
    asReading(read) === 'moneybird' ? 'reconciliation.where.moneybird' : 'reconciliation.where.books'
  ];
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
 * The screen says whose figures they are ("In Moneybird, …" or "In je boeken, …").
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

/** The order's difference over all its lines: Moneybird minus the shop. */
export function orderDifference(item: OrderExplanation): Figures {
  return figuresOf(item.differences);
}

/** What credit notes credit of a cancelled order: in this period, and in later months. */
type Credits = { credited: Figures | null; creditedLater: ReadonlyArray<Figures & { month: string }> };

/**
 * "in deze periode € 2,00 omzet excl. btw en € 0,18 btw en in november 2026 € 3,00 omzet excl. btw
 * en € 0,27 btw": what credit notes credit, each in the period its own date counts in. Credit notes
 * only of this period are said by their amounts alone.
 */
export function creditedText(credits: Credits, locale: Locale, money: Money): string {
  const text = uiReconciliation[locale];
  const here = isCredited(credits.credited) ? amountsText(credits.credited, locale, money) : null;
  if (credits.creditedLater.length === 0) return here ?? '';
  const parts = credits.creditedLater.map((later) =>
    interpolate(text['reconciliation.credited.month'], {
      month: writtenMonth(`${later.month}-01`, locale),
      amounts: amountsText(later, locale, money),
    }),
  );
  if (here !== null) parts.unshift(interpolate(text['reconciliation.credited.here'], { amounts: here }));
  return writtenList(parts, locale);
}

/**
 * The key of a cancellation's sentence: one a credit note credits in part (in this period or a
 * later one) is not one "without a credit order"; one credited in a later period says that period
 * counts it.
 */
export function cancelledKey(credits: Credits): 'later' | 'partly' | null {
  if (credits.creditedLater.length > 0) return 'later';
  return isCredited(credits.credited) ? 'partly' : null;
}

/**
 * The sentence's key: a rounding or other difference whose turnover and VAT are the same in total
 * (only moved to another rate or part of the return) has its own sentence; one saying what
 * Moneybird holds has its words for what Winkelbrug booked, until the period is compared (`read`).
 */
function sentenceKey(item: OrderExplanation, read: boolean): UiReconciliationKey {
  const total = orderDifference(item);
  const moved = isZero(total.exclTax) && isZero(total.vat) && item.differences.length > 0;
  let key: UiReconciliationKey = `reconciliation.explain.${item.kind}`;
  if (moved && (item.kind === 'rounding' || item.kind === 'other'))
    key = `reconciliation.explain.${item.kind}.moved`;
  if (item.kind === 'cancelled_in_shop') {
    const credited = cancelledKey(item);
    if (credited !== null) key = `reconciliation.explain.cancelled_in_shop.${credited}`;
  }
  const booked = `${key}.booked`;
  return !read && isKey(booked) ? booked : key;
}

const isKey = (key: string): key is UiReconciliationKey => key in uiReconciliation.nl;

/** Whether a credit note credits anything of a cancelled order already. */
function isCredited(credited: Figures | null | undefined): credited is Figures {
  return credited != null && (!isZero(credited.exclTax) || !isZero(credited.vat));
}

/**
 * The sentence for one order; `money` formats an amount's size ("€ 0,01"); `read`: the period was
 * compared with Moneybird (`readInMoneybird`), so a difference is said as Moneybird's.
 */
export function explanationText(item: OrderExplanation, locale: Locale, money: Money, read: boolean): string {
  const total = orderDifference(item);
  return interpolate(uiReconciliation[locale][sentenceKey(item, read)], {
    // What the order holds, named: what still counts of an order cancelled in the shop (settled by
    // the owner or not), else the order's own difference (an order booked in another period, an invoice deleted).
    amounts: amountsText(
      item.kind === 'cancelled_in_shop' || item.kind === 'cancelled_settled'
        ? figuresOf(item.stillBooked)
        : total,
      locale,
      money,
    ),
    // What credit notes credit of an order cancelled in the shop already, and when; and what is
    // still to be credited of it, whatever month its credit notes are in.
    credited: creditedText(item, locale, money),
    toCredit: item.toCredit === null ? '' : toCreditText(item.toCredit, locale, money),
    // Which way Moneybird (or what Winkelbrug booked) differs from the shop, in words.
    difference: differenceText(total, locale, money, read),
    // Where a cancelled order still counts: "in je boeken", or "in Moneybird" once compared.
    where: whereText(read, locale),
    // VAT on a 0 % rate; or the turnover excl. VAT that moved to another line.
    vat: money(largest(item.differences.filter((d) => Number(d.rate) === 0).map((d) => d.vat))),
    moved: money(largest(item.differences.map((d) => d.exclTax))),
    // A reason in lines (its ways out) reads on as sentences: one line in the CSV cell too.
    reason: inOneLine(item.reason?.[locale] ?? ''),
    // Days as the rest of the page writes them ("26 sep 2026"), months in full.
    orderDay: shortDay(item.orderDate, locale),
    orderMonth: writtenMonth(item.orderDate, locale),
    bookedDay: shortDay(item.bookedDate ?? item.orderDate, locale),
    bookedMonth: writtenMonth(item.bookedDate ?? item.orderDate, locale),
  }).trim();
}
