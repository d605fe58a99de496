// The month per VAT rate: the owner's proof that the books equal the shop. For a month, or a quarter
// (the VAT return's period), per line of the VAT return (a box of the Dutch return or an OSS country,
// and a VAT rate: `vat-lines.ts`): the shop's turnover and VAT of every eligible order of the period
// (credits negative) next to what Winkelbrug booked in Moneybird, the difference, and per order why it
// differs (parked, skipped, waiting, not yet booked, rounding per line, VAT the shop
// puts on a 0 % rate, figures not recorded), and the orders the shop cancelled after they were
// booked while Moneybird still counts them as revenue. Every difference is Moneybird minus the shop
// (above zero, Moneybird counts more), as the screens and the CSV show it: it is turned round here,
// once, from the store's shop minus booked. Pure: the store sums the period in SQL
// (`store/vat-figures.ts`), a few facts beyond the sums come with it (`PeriodFacts`); this turns them
// into the view. No Moneybird request is involved: the booked side is what Winkelbrug recorded when it
// booked, or read again when the owner last compared the period with Moneybird (`checkedAt`); a
// quarter whose months were compared apart, or only some of them, says when per month
// (`checkedMonths`). A month that has not begun yet (on the shop's calendar, Amsterdam) has nothing
// to compare: it is left out of `checkedMonths`, so the page never names it as not compared.
import {
  type Amounts,
  EXPLANATION_KINDS,
  type ExplanationKind,
  type Standing,
} from '../../../shared/contract/reconciliation';
import { uiReconciliation } from '../../../shared/i18n/messages/ui-reconciliation';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';
import { KIND_ORDER, kindGroup, kindRank, standingOf } from '../../../shared/reconciliation/standing';
import { shopLocalDate } from '../../../shared/shop-calendar';
import { parseDecimal, toFixed } from '../money/decimal';
import { SKIPPED_BY_OWNER } from '../store/journal-entry';
import type { BookedAcrossPeriods, CreditNote, ForeignCurrencyOrder } from '../store/period-facts';
import type {
  AbsentTaxRate,
  CancelledOrderRow,
  OrderDifferenceRow,
  PeriodFigures,
  PeriodOrderCounts,
  RateDifference,
} from '../store/period-figures';
import { monthsOf, type Period, periodRange } from './period';
import { compareLines } from './vat-lines';

export { type Amounts, EXPLANATION_KINDS, type ExplanationKind, type Standing };

export interface RateLine {
  /** The VAT percentage: "21", "9", "0". */
  rate: string;
  /**
   * The part of the VAT return: "NL/1a", "NL/3b", "OSS/BE", "none" (outside it), "" (not known:
   * figures recorded before version 19, a line per percentage as before).
   */
  vatBox: string;
  /** The Moneybird tax rates the booked side went on (as named when booked). */
  taxRateNames: string[];
  /**
   * Nothing is booked on the line because the Moneybird administration has no tax rate for it: its
   * orders are parked for that (`tax_rate_absent`), until the owner adds the rate in Moneybird.
   */
  taxRateAbsent: boolean;
  shop: Amounts;
  booked: Amounts;
  /** Booked (Moneybird) minus shop: above zero, Moneybird counts more. */
  difference: Amounts;
}

export interface OrderExplanation {
  orderNumber: string;
  orderDate: string;
  /** The day the booking counts in Moneybird's VAT return, when not the order's own day. */
  bookedDate: string | null;
  kind: ExplanationKind;
  /** A credit order (its figures count negative). */
  credit: boolean;
  /** Why the journal parked, holds or skipped the order, in its own words. */
  reason: LocalizedText | null;
  /** Booked (Moneybird) minus shop per line, where they differ. */
  differences: LineAmounts[];
  /**
   * Cancelled in the shop after it was booked, no credit covering it, or settled by the owner in
   * Moneybird by hand: what still counts of it as revenue in this period, per line: its booking less
   * its credit notes dated up to the period's end (empty for every other order).
   */
  stillBooked: LineAmounts[];
  /**
   * Cancelled in the shop: what its credit notes dated in this period credit of it already (sizes;
   * zero when none does); else null.
   */
  credited: Amounts | null;
  /**
   * Cancelled in the shop: what its credit notes dated after this period credit of it, per month,
   * oldest first (they count in that month's VAT return, not in this one); else empty.
   */
  creditedLater: CreditedInMonth[];
  /**
   * Cancelled in the shop: what is still to be credited of it, its booking less all its credit notes,
   * whatever their month (sizes); else null.
   */
  toCredit: Amounts | null;
}

export type LineAmounts = Amounts & { rate: string; vatBox: string };

/** When one month (YYYY-MM) of a period was last compared with Moneybird; null: it was not. */
export interface MonthCheck {
  month: string;
  checkedAt: string | null;
}

/** What credit notes dated in one month credit (sizes); `month` is YYYY-MM. */
export type CreditedInMonth = Amounts & { month: string };

/** The booked side held by one Moneybird administration. */
export interface AdministrationBooks {
  id: string;
  connected: boolean;
  orders: number;
  booked: Amounts;
  rates: LineAmounts[];
}

export interface KindSummary {
  kind: ExplanationKind;
  orders: number;
  /** The part of the period's difference these orders make (booked minus shop, all lines). */
  difference: Amounts;
}

export interface ReconciliationView {
  period: Period;
  /** First day of the period and the first day after it, YYYY-MM-DD. */
  from: string;
  to: string;
  /** One line per part of the VAT return and rate, in the return's order. */
  rates: RateLine[];
  total: { shop: Amounts; booked: Amounts; difference: Amounts };
  /**
   * agrees: shop and books are equal on every line; explained: they differ and every difference is
   * explained per order; incomplete: some orders' figures were never recorded (booked by an older
   * version), so the comparison cannot be complete.
   */
  verdict: 'agrees' | 'explained' | 'incomplete';
  /** What the period means for the owner (`shared/reconciliation/standing.ts`). */
  standing: Standing;
  counts: PeriodOrderCounts;
  kinds: KindSummary[];
  /**
   * The orders cancelled in the shop that Moneybird still counts, and how much of them in this period;
   * of those, how many a credit note credits in part (in this period or a later one), what the credit
   * notes of this period credit, and what those of later periods credit, per month.
   */
  cancelledInShop: {
    orders: number;
    stillBooked: Amounts;
    partlyCredited: number;
    credited: Amounts;
    creditedLater: CreditedInMonth[];
    /** What is still to be credited of them: their bookings less all their credit notes, any month. */
    toCredit: Amounts;
  };
  /**
   * The orders cancelled in the shop that the owner settled in Moneybird by hand ("Zelf geregeld"),
   * and what still counts of them as sold here: a credit note made there is not in these figures.
   */
  cancelledSettled: { orders: number; stillBooked: Amounts };
  /** The orders in another currency, by number (at most a few dozen; `counts` has how many). */
  foreignCurrencyOrders: ForeignCurrencyOrder[];
  /**
   * What counts in another period than its order's own beyond the sums: orders in another currency
   * of earlier periods booked in this one, and bookings of € 0 (`store/period-facts.ts`).
   */
  bookedAcrossPeriods: BookedAcrossPeriods;
  /**
   * When the period was last compared with Moneybird (for a quarter, the oldest of its months'
   * moments); null when some month was not: the booked side is then, in part, as recorded.
   */
  checkedAt: string | null;
  /**
   * Per month of the period that has begun, oldest first, when it was last compared; null when it
   * was not. Empty for a period that has not begun.
   */
  checkedMonths: MonthCheck[];
  /**
   * The booked side per administration, when some booking of the period is in another one than the
   * administration connected now; else empty.
   */
  administrations: AdministrationBooks[];
  /**
   * The orders to look at, what needs the owner first (`KIND_ORDER`), then by date: a page of them,
   * how many there are in all, and how many settled ones were folded away (`ViewOptions.foldSettled`).
   */
  explanations: {
    items: OrderExplanation[];
    total: number;
    offset: number;
    limit: number;
    folded: number;
  };
}

export interface ViewOptions {
  /** The page of explanations (default the first 50). */
  offset?: number;
  limit?: number;
  /** Only explanations of this kind. */
  kind?: ExplanationKind;
  /**
   * Leave the settled orders (rounding, booked in another period, skipped on purpose: nothing to do)
   * out of the list, and count them in `folded`; the kinds' summary and the figures keep them. A
   * `kind` asked for is listed whatever its group.
   */
  foldSettled?: boolean;
}

/** What the view names beyond the summed figures (`store/period-facts.ts`), and when it was compared. */
export interface PeriodFacts {
  /** Per cancelled order, its credit notes in the books (`period-facts.ts`; absent: none). */
  creditNotes?: ReadonlyMap<string, readonly CreditNote[]>;
  foreignCurrencyOrders?: ForeignCurrencyOrder[];
  /** Bookings counted in another period than their order's that the sums cannot show; absent: none. */
  bookedAcrossPeriods?: BookedAcrossPeriods;
  /** When the whole period was last compared (every month at once); absent or null: not. */
  checkedAt?: string | null;
  /**
   * Per month of the period, oldest first, when it was last compared (by itself or within the
   * quarter); absent: each month as `checkedAt`.
   */
  monthsCheckedAt?: ReadonlyArray<string | null>;
  /**
   * Today on the shop's calendar (YYYY-MM-DD, Europe/Amsterdam): the months of the period after it
   * have not begun, and are left out of `checkedMonths`. Absent: every month has begun.
   */
  today?: string;
}

// ---- the view -------------------------------------------------------------------------------------

interface Sums {
  inclTax: bigint;
  exclTax: bigint;
  vat: bigint;
}

const NONE: Sums = { inclTax: 0n, exclTax: 0n, vat: 0n };
const plus = (a: Sums, b: Sums): Sums => ({
  inclTax: a.inclTax + b.inclTax,
  exclTax: a.exclTax + b.exclTax,
  vat: a.vat + b.vat,
});
const minus = (a: Sums, b: Sums): Sums => ({
  inclTax: a.inclTax - b.inclTax,
  exclTax: a.exclTax - b.exclTax,
  vat: a.vat - b.vat,
});
const isZero = (s: Sums) => s.inclTax === 0n && s.exclTax === 0n && s.vat === 0n;
const shown = (s: Sums): Amounts => ({
  inclTax: toFixed(s.inclTax, 2),
  exclTax: toFixed(s.exclTax, 2),
  vat: toFixed(s.vat, 2),
});

/**
 * Why an order's figures differ from (or are missing in) the books of the period from `from` up to
 * `to`. A booking whose invoice a check found deleted in Moneybird is that, whatever else, until the
 * owner chose what to do about it. A booking that counts on another day than the order (an order of a locked period booked on
 * the first open day) is in the books of another period than the order when the two days fall in
 * different ones: each period explains its side. An order in the books is otherwise judged by what
 * the books hold, whatever it waits for next (a credit's refund, a payment); one not in them by why
 * it is not.
 */
export function explanationKind(
  row: OrderDifferenceRow,
  from: string,
  to: string,
  cancelledInShop = false,
  cancelledSettled = false,
): ExplanationKind {
  // Once the owner chose (book it again, or not), the order is explained by where it is now.
  if (row.bookedGone && row.state === 'done') return 'deleted_in_moneybird';
  // Called off in the shop while Moneybird still counts it: what the owner must act on, whatever
  // else its figures show.
  if (cancelledInShop) return 'cancelled_in_shop';
  // Called off in the shop and settled by the owner by hand in Moneybird: still sold here, which
  // the period says; unless its figures differ besides in a way that asks the owner something.
  if (cancelledSettled) {
    if (row.differences.length === 0) return 'cancelled_settled';
    const own = explanationKind(row, from, to);
    return kindGroup(own) === 'settled' ? 'cancelled_settled' : own;
  }
  if (row.inBooks && row.bookedRecorded && row.bookedDate !== null) {
    const within = (day: string) => day >= from && day < to;
    if (within(row.orderDate) && !within(row.bookedDate)) return 'booked_in_other_period';
    if (!within(row.orderDate) && within(row.bookedDate)) return 'booked_from_other_period';
  }
  if (!row.shopRecorded) return 'not_recorded';
  if (row.inBooks) return row.bookedRecorded ? bookedDifferenceKind(row.differences) : 'not_recorded';
  if (row.state === 'parked') return 'parked';
  if (row.state === 'skipped') return 'skipped';
  if (row.state === 'waiting_transient') return 'waiting';
  return 'not_yet_booked';
}

/**
 * The largest difference per rate that still counts as rounding: the shop rounds VAT per line and
 * Moneybird per rate, half a cent per line at most, and the bookkeeping refuses an order whose
 * difference goes beyond that; €2.50 covers an order of several hundred lines. A larger shift
 * between rates, or between parts of the VAT return (a supply booked in another box), is not
 * rounding.
 */
const ROUNDING_BOUND = 2_500_000n;

/**
 * A booked order that differs from the shop. The booking keeps the order's total exactly; per rate,
 * the shop's VAT (rounded per line) and Moneybird's (rounded per rate) may differ by cents, which the
 * booking either accepts or moves with rounding lines: rounding per line. VAT the shop reports at a
 * 0 % rate cannot exist in the books (0 % carries none): the zero-rate difference. A different total,
 * or a shift beyond rounding, is a difference the booking did not intend (an invoice changed in
 * Moneybird afterwards, a booking adopted as it was).
 */
function bookedDifferenceKind(differences: readonly RateDifference[]): ExplanationKind {
  const size = (x: bigint) => (x < 0n ? -x : x);
  let zeroRateVat = false;
  let inclSum = 0n;
  for (const d of differences) {
    inclSum += d.inclTax;
    if ([d.inclTax, d.exclTax, d.vat].some((x) => size(x) > ROUNDING_BOUND)) return 'other';
    if (d.vat !== 0n && Number(d.rate) === 0) zeroRateVat = true;
  }
  if (inclSum !== 0n) return 'other';
  if (zeroRateVat) return 'zero_rate';
  // Rounding moves cents off a rate that carries VAT; turnover that only moved between two parts of
  // the return at 0 % (a supply to a business in the EU edited onto a domestic rate) is not rounding.
  return differences.some((d) => Number(d.rate) !== 0) ? 'rounding' : 'other';
}

/** An order's difference over all its lines, as the view shows it: booked minus shop. */
function differenceOf(row: OrderDifferenceRow): Sums {
  return row.differences.reduce<Sums>((s, d) => minus(s, d), NONE);
}

const lineShown = (d: RateDifference): LineAmounts => ({ rate: d.rate, vatBox: d.vatBox, ...shown(d) });
/** A line of the store's difference (shop minus booked) as the view shows it: booked minus shop. */
const differenceShown = (d: RateDifference): LineAmounts => lineShown({ ...d, ...minus(NONE, d) });

/**
 * A booked order the shop called off that agrees in every other way: in the journal's terms, an
 * order in the books whose figures are equal (nothing to explain but the cancellation).
 */
function cancelledRow(order: CancelledOrderRow): OrderDifferenceRow {
  return {
    orderNumber: order.orderNumber,
    orderDate: order.orderDate,
    bookedDate: order.bookedDate,
    state: 'done',
    progress: 'done',
    creditedOrderNumber: order.creditedOrderNumber,
    reasonCode: null,
    reasonNl: null,
    reasonEn: null,
    heldFor: null,
    absentTaxRate: null,
    inBooks: true,
    shopRecorded: true,
    bookedRecorded: true,
    bookedGone: false,
    differences: [],
  };
}

/** What the period holds of an order cancelled in the shop, and what its credit notes credit when. */
interface CancelledFigures {
  /** Its booking less its credit notes dated up to the period's end, per line. */
  stillBooked: RateDifference[];
  /** What the credit notes dated in the period credit (sizes). */
  credited: Sums;
  /** What those dated after it credit, per month (YYYY-MM), oldest first (sizes). */
  later: Array<{ month: string; credited: Sums }>;
  /** Whether any credit note credits it, in this period or a later one. */
  partly: boolean;
  /** Its booking less all its credit notes, whatever their day (sizes). */
  toCredit: Sums;
}

/**
 * A cancelled order's figures for the period ending before `to`. A credit note counts in the VAT
 * return of its own day, as Moneybird counts it: one dated in the period takes its part off what the
 * period still counts of the order; one dated later does so in its own month, and is named there. The
 * order's own booking counts whole, also when it was moved to the first open day of a later period
 * (the cancellation is explained in the order's own period, as the shop's side is).
 */
function cancelledFigures(
  order: CancelledOrderRow,
  notes: readonly CreditNote[],
  to: string,
): CancelledFigures {
  const byLine = new Map<string, RateDifference>();
  const add = (line: RateDifference) => {
    const key = `${line.vatBox}|${line.rate}`;
    const known = byLine.get(key);
    byLine.set(key, known ? { ...known, ...plus(known, line) } : { ...line });
  };
  for (const line of order.booked) add(line);
  let credited = NONE;
  let toCredit = order.booked.reduce<Sums>((s, l) => plus(s, l), NONE);
  const later = new Map<string, Sums>();
  for (const note of notes) {
    // Its lines count negative; what it credits is their size.
    const size = note.lines.reduce<Sums>((s, l) => minus(s, l), NONE);
    toCredit = minus(toCredit, size);
    if (note.date < to) {
      for (const line of note.lines) add(line);
      credited = plus(credited, size);
    } else {
      const month = note.date.slice(0, 7);
      later.set(month, plus(later.get(month) ?? NONE, size));
    }
  }
  return {
    stillBooked: [...byLine.values()].filter((l) => !isZero(l)).sort(compareLines),
    credited,
    later: byMonth(later),
    partly: notes.length > 0,
    toCredit,
  };
}

/** Text in its binary order, as SQLite compares it. */
const ascending = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sums per month, oldest first. */
const byMonth = (sums: ReadonlyMap<string, Sums>): CancelledFigures['later'] =>
  [...sums.entries()].sort(([a], [b]) => ascending(a, b)).map(([month, credited]) => ({ month, credited }));

const laterShown = (later: CancelledFigures['later']): CreditedInMonth[] =>
  later.map(({ month, credited }) => ({ month, ...shown(credited) }));

/**
 * Why an order is held or skipped, for its line. The owner's own skip says what the order was held
 * for and that a booking made by hand counts in Moneybird: many reasons ask the owner to book or keep
 * it there and then skip it, so "not in Moneybird" would be untrue.
 */
function reasonOf(row: OrderDifferenceRow, kind: ExplanationKind): LocalizedText | null {
  if (row.reasonCode === null || (kind !== 'parked' && kind !== 'waiting' && kind !== 'skipped')) return null;
  if (kind === 'skipped' && row.reasonCode === SKIPPED_BY_OWNER)
    return row.heldFor === null
      ? localize(uiReconciliation, 'reconciliation.skippedReason.byOwner')
      : localize(uiReconciliation, 'reconciliation.skippedReason.heldFor', {}, { reason: row.heldFor });
  return { nl: row.reasonNl ?? '', en: row.reasonEn ?? '' };
}

function explanationOf(
  row: OrderDifferenceRow,
  kind: ExplanationKind,
  cancelled: CancelledFigures | undefined,
): OrderExplanation {
  const isCancelled = kind === 'cancelled_in_shop';
  const stillCounted = isCancelled || kind === 'cancelled_settled';
  return {
    orderNumber: row.orderNumber,
    orderDate: row.orderDate,
    bookedDate: row.bookedDate,
    kind,
    credit: row.creditedOrderNumber !== null,
    reason: reasonOf(row, kind),
    differences: row.differences.map(differenceShown),
    stillBooked: stillCounted ? (cancelled?.stillBooked ?? []).map(lineShown) : [],
    credited: isCancelled ? shown(cancelled?.credited ?? NONE) : null,
    creditedLater: isCancelled ? laterShown(cancelled?.later ?? []) : [],
    toCredit: isCancelled ? shown(cancelled?.toCredit ?? NONE) : null,
  };
}

/** The booked side per administration, as the view shows it. */
function administrationsOf(figures: PeriodFigures): AdministrationBooks[] {
  return figures.administrations.map((a) => ({
    id: a.administrationId,
    connected: a.connected,
    orders: a.orders,
    booked: shown(a.rates.reduce<Sums>((s, r) => plus(s, r), NONE)),
    rates: a.rates.map(lineShown),
  }));
}

/**
 * When the period was compared with Moneybird, per month that has begun (`facts.today`); and as a
 * whole only when every such month was: then the oldest of their moments (each month's booked side
 * was read then or later). A month that has not begun has nothing to compare, so it is not named as
 * compared or not; nor does a comparison made before a month began (of a quarter under way) count as
 * one of that month. Days are the shop's (Amsterdam), as the orders' are.
 */
function checksOf(
  period: Period,
  facts: Pick<PeriodFacts, 'checkedAt' | 'monthsCheckedAt' | 'today'>,
): Pick<ReconciliationView, 'checkedAt' | 'checkedMonths'> {
  const checkedMonths = monthsOf(period)
    .map((month, i) => {
      const first = periodRange(month).from;
      const at = (facts.monthsCheckedAt === undefined ? facts.checkedAt : facts.monthsCheckedAt[i]) ?? null;
      const begun = facts.today === undefined || first <= facts.today;
      const moment = at === null ? Number.NaN : Date.parse(at);
      const readAfterBegun = at !== null && (Number.isNaN(moment) || shopLocalDate(moment) >= first);
      return { month: first.slice(0, 7), checkedAt: readAfterBegun ? at : null, begun };
    })
    .filter((m) => m.begun)
    .map(({ month, checkedAt }) => ({ month, checkedAt }));
  if (checkedMonths.length === 0) return { checkedAt: null, checkedMonths };
  let checkedAt: string | null = null;
  for (const { checkedAt: at } of checkedMonths) {
    if (at === null) return { checkedAt: null, checkedMonths };
    if (checkedAt === null || at < checkedAt) checkedAt = at;
  }
  return { checkedAt, checkedMonths };
}

const NOTHING_ACROSS: BookedAcrossPeriods = {
  foreignCurrencyFromEarlier: 0,
  foreignCurrencyFromEarlierOrders: [],
  atZeroLater: 0,
  atZeroFromEarlier: 0,
};

/** Whether a line of the return is where an absent tax rate's figures go: its rate, and its country's OSS return or the Dutch one. */
function isLineOf(line: { rate: string; vatBox: string }, absent: AbsentTaxRate): boolean {
  let same: boolean;
  try {
    same = parseDecimal(line.rate) === parseDecimal(absent.rate);
  } catch {
    return false;
  }
  if (!same) return false;
  return absent.treatment === 'oss'
    ? line.vatBox === `OSS/${absent.country ?? ''}`
    : line.vatBox.startsWith('NL/') || line.vatBox === 'none';
}

/**
 * The lines with nothing booked because Moneybird has no tax rate for them: a line without any
 * booking (no Moneybird rate named, nothing booked) whose rate a parked order's reason says the
 * administration lacks. A line something is booked on has a rate in Moneybird, whatever waits.
 */
function linesWithoutTaxRate(
  lines: ReadonlyArray<{ rate: string; vatBox: string; booked: Sums; names: ReadonlySet<string> }>,
  rows: readonly OrderDifferenceRow[],
): Set<string> {
  const absent = rows.flatMap((row) =>
    row.state === 'parked' && !row.inBooks && row.absentTaxRate ? [row.absentTaxRate] : [],
  );
  const found = new Set<string>();
  if (absent.length === 0) return found;
  for (const line of lines)
    if (line.names.size === 0 && isZero(line.booked) && absent.some((a) => isLineOf(line, a)))
      found.add(`${line.vatBox}|${line.rate}`);
  return found;
}

/** Rows by date, then number, as the store sorts each kind of them. */
const byDate = (a: OrderDifferenceRow, b: OrderDifferenceRow) =>
  ascending(a.orderDate, b.orderDate) || ascending(a.orderNumber, b.orderNumber);

/** The view of one period from its summed figures. */
export function monthPerVatRate(
  period: Period,
  figures: PeriodFigures,
  options: ViewOptions = {},
  facts: PeriodFacts = {},
): ReconciliationView {
  const { from, to } = periodRange(period);
  type Line = { rate: string; vatBox: string; shop: Sums; booked: Sums; names: Set<string> };
  const byLine = new Map<string, Line>();
  for (const sum of figures.sums) {
    const key = `${sum.vatBox}|${sum.rate}`;
    const line = byLine.get(key) ?? {
      rate: sum.rate,
      vatBox: sum.vatBox,
      shop: NONE,
      booked: NONE,
      names: new Set<string>(),
    };
    const amounts = { inclTax: sum.inclTax, exclTax: sum.exclTax, vat: sum.vat };
    if (sum.source === 'shop') line.shop = plus(line.shop, amounts);
    else line.booked = plus(line.booked, amounts);
    for (const name of sum.taxRateNames) line.names.add(name);
    byLine.set(key, line);
  }
  const lines = [...byLine.values()].sort(compareLines);
  const withoutTaxRate = linesWithoutTaxRate(lines, figures.orders);
  let shopTotal = NONE;
  let bookedTotal = NONE;
  const rates: RateLine[] = lines.map((line) => {
    shopTotal = plus(shopTotal, line.shop);
    bookedTotal = plus(bookedTotal, line.booked);
    return {
      rate: line.rate,
      vatBox: line.vatBox,
      taxRateNames: [...line.names].sort(),
      taxRateAbsent: withoutTaxRate.has(`${line.vatBox}|${line.rate}`),
      shop: shown(line.shop),
      booked: shown(line.booked),
      difference: shown(minus(line.booked, line.shop)),
    };
  });

  // The orders cancelled in the shop are explained as such, also those whose figures agree (the
  // journal lists only the others).
  const cancelled = new Map(
    figures.cancelled.map((c) => [
      c.orderNumber,
      cancelledFigures(c, facts.creditNotes?.get(c.orderNumber) ?? [], to),
    ]),
  );
  // Those the owner settled by hand in Moneybird, as long as something of them still counts as sold
  // here (a credit order booked since may have credited them in full).
  const settled = new Map(
    figures.settledCancellations
      .map(
        (c) => [c.orderNumber, cancelledFigures(c, facts.creditNotes?.get(c.orderNumber) ?? [], to)] as const,
      )
      .filter(([, f]) => f.stillBooked.length > 0),
  );
  const listedAlready = new Set(figures.orders.map((row) => row.orderNumber));
  const rows = [
    ...figures.orders,
    ...figures.cancelled.filter((c) => !listedAlready.has(c.orderNumber)).map(cancelledRow),
    ...figures.settledCancellations
      .filter((c) => settled.has(c.orderNumber) && !listedAlready.has(c.orderNumber))
      .map(cancelledRow),
  ];
  const kinds = new Map<ExplanationKind, { orders: number; difference: Sums }>();
  const listed: Array<{ row: OrderDifferenceRow; kind: ExplanationKind }> = [];
  let folded = 0;
  let stillBooked = NONE;
  let partlyCredited = 0;
  let creditedTotal = NONE;
  let toCreditTotal = NONE;
  let settledStillBooked = NONE;
  const creditedLater = new Map<string, Sums>();
  for (const row of rows) {
    // A cancellation counts in the period of the order's own day, as the shop's side does.
    const called = cancelled.get(row.orderNumber);
    const ownPeriod = row.orderDate >= from && row.orderDate < to;
    const isCancelled = called !== undefined && ownPeriod;
    const settledFigures = ownPeriod ? settled.get(row.orderNumber) : undefined;
    const kind = explanationKind(row, from, to, isCancelled, settledFigures !== undefined);
    const difference = differenceOf(row);
    // An order without any figures at stake (a zero order that is not booked yet) changes nothing.
    if (
      kind !== 'not_recorded' &&
      !isCancelled &&
      kind !== 'cancelled_settled' &&
      row.differences.length === 0 &&
      isZero(difference)
    )
      continue;
    if (kind === 'cancelled_settled' && settledFigures !== undefined)
      settledStillBooked = settledFigures.stillBooked.reduce<Sums>((s, d) => plus(s, d), settledStillBooked);
    if (isCancelled && kind === 'cancelled_in_shop') {
      stillBooked = called.stillBooked.reduce<Sums>((s, d) => plus(s, d), stillBooked);
      if (called.partly) partlyCredited += 1;
      creditedTotal = plus(creditedTotal, called.credited);
      toCreditTotal = plus(toCreditTotal, called.toCredit);
      for (const { month, credited } of called.later)
        creditedLater.set(month, plus(creditedLater.get(month) ?? NONE, credited));
    }
    const summary = kinds.get(kind) ?? { orders: 0, difference: NONE };
    kinds.set(kind, { orders: summary.orders + 1, difference: plus(summary.difference, difference) });
    if (options.kind !== undefined && options.kind !== kind) continue;
    if (options.kind === undefined && options.foldSettled && kindGroup(kind) === 'settled') folded += 1;
    else listed.push({ row, kind });
  }
  // What needs the owner first, so that no page hides it behind orders that need nothing; within a
  // kind, by date.
  listed.sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || byDate(a.row, b.row));
  const offset = Math.max(0, options.offset ?? 0);
  const limit = Math.max(1, options.limit ?? 50);
  const totalDifference = minus(bookedTotal, shopTotal);
  const allEqual = lines.every((line) => isZero(minus(line.shop, line.booked)));
  const notRecorded = figures.counts.shopNotRecorded + figures.counts.bookedNotRecorded;
  const kindSummaries = KIND_ORDER.filter((k) => kinds.has(k)).map((kind) => ({
    kind,
    orders: kinds.get(kind)!.orders,
    difference: shown(kinds.get(kind)!.difference),
  }));
  return {
    period,
    from,
    to,
    rates,
    total: { shop: shown(shopTotal), booked: shown(bookedTotal), difference: shown(totalDifference) },
    verdict: notRecorded > 0 ? 'incomplete' : allEqual ? 'agrees' : 'explained',
    standing: standingOf({ counts: figures.counts, rates, kinds: kindSummaries }),
    counts: figures.counts,
    kinds: kindSummaries,
    cancelledInShop: {
      orders: kinds.get('cancelled_in_shop')?.orders ?? 0,
      stillBooked: shown(stillBooked),
      partlyCredited,
      credited: shown(creditedTotal),
      creditedLater: laterShown(byMonth(creditedLater)),
      toCredit: shown(toCreditTotal),
    },
    cancelledSettled: {
      orders: kinds.get('cancelled_settled')?.orders ?? 0,
      stillBooked: shown(settledStillBooked),
    },
    foreignCurrencyOrders: facts.foreignCurrencyOrders ?? [],
    bookedAcrossPeriods: facts.bookedAcrossPeriods ?? NOTHING_ACROSS,
    ...checksOf(period, facts),
    administrations: administrationsOf(figures),
    explanations: {
      // Only the page is written out: a quarter of a large shop may explain thousands of orders.
      items: listed
        .slice(offset, offset + limit)
        .map(({ row, kind }) =>
          explanationOf(
            row,
            kind,
            kind === 'cancelled_settled' ? settled.get(row.orderNumber) : cancelled.get(row.orderNumber),
          ),
        ),
      total: listed.length,
      offset,
      limit,
      folded,
    },
  };
}
