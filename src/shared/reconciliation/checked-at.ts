// When a period was last compared with Moneybird, as the owner says it: "om 21:05" today, "op
// 12 november 2026 om 21:05" another day, in the computer's own time; for a quarter whose months
// were compared apart (or only some), per month; and whether the booked side is Moneybird as read
// then, what Winkelbrug booked, or (such a quarter) each in part. On screen (the booked column's
// heading, the verdict, the explanations) and in the CSV file alike.
import type { OrderExplanation, ReconciliationView } from '../contract/reconciliation';
import { type UiReconciliationKey, uiReconciliation } from '../i18n/messages/ui-reconciliation';
import { interpolate, type Locale } from '../i18n/translate';
import { writtenDay } from '../i18n/written-day';
import { writtenList } from '../i18n/written-list';

const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The local day (YYYY-MM-DD) of a moment. */
function localDay(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The day ("12 november 2026") and time ("21:05") of a moment (ISO 8601), in local time. */
export function checkedAtParts(iso: string, locale: Locale): { day: string; time: string } {
  const moment = new Date(iso);
  const time = new Intl.DateTimeFormat(INTL_LOCALE[locale], { hour: '2-digit', minute: '2-digit' }).format(
    moment,
  );
  return { day: writtenDay(localDay(moment), locale), time };
}

/** "om 21:05" when `iso` is today, else "op 12 november 2026 om 21:05". */
export function checkedAtText(iso: string, locale: Locale, now: Date = new Date()): string {
  const { day, time } = checkedAtParts(iso, locale);
  const text = uiReconciliation[locale];
  return localDay(new Date(iso)) === localDay(now)
    ? interpolate(text['reconciliation.checkedAt.today'], { time })
    : interpolate(text['reconciliation.checkedAt.day'], { day, time });
}

/** The period's comparisons, as the view carries them. */
type Checks = Pick<ReconciliationView, 'checkedAt' | 'checkedMonths' | 'administrations'>;

/**
 * Whose figures the booked side is: `booked` what Winkelbrug recorded when it booked (not compared,
 * or bookings in more than one administration: a comparison never reads another one);
 * `moneybird` Moneybird as read when every month of the period was compared; `mixed` a quarter of
 * which some months were compared and others not: Moneybird's for those, Winkelbrug's for the rest.
 */
export type Reading = 'booked' | 'moneybird' | 'mixed';

/** A reading given as before there were three: true is Moneybird's, false what Winkelbrug booked. */
export const asReading = (read: boolean | Reading): Reading =>
  read === true ? 'moneybird' : read === false ? 'booked' : read;

export function readingOf(view: Checks): Reading {
  if (view.administrations.length > 0) return 'booked';
  if (view.checkedAt !== null) return 'moneybird';
  return view.checkedMonths.some((m) => m.checkedAt !== null) ? 'mixed' : 'booked';
}

/**
 * Whether the booked side is Moneybird as read when the owner compared the period with it, rather
 * than what Winkelbrug recorded when it booked: until then the words say "in je boeken", not
 * "in Moneybird". Bookings in another administration are never read by a comparison, so a period
 * holding some is not; nor is a quarter of which some month was not compared.
 */
export function readInMoneybird(view: Checks): boolean {
  return readingOf(view) === 'moneybird';
}

/**
 * Orders Winkelbrug has not booked (waiting for the owner or for their turn, skipped): nothing of
 * them is in Moneybird whether or not their month was compared, so their figures are named as the
 * period's summary and chips name them: "in je boeken" in a quarter compared in part too.
 */
const NOT_BOOKED: ReadonlySet<OrderExplanation['kind']> = new Set([
  'parked',
  'skipped',
  'waiting',
  'not_yet_booked',
]);

/**
 * Whether an order's figures are Moneybird's as read: a booking whose invoice was deleted in
 * Moneybird always (only a comparison finds that); an order not booked as the whole period is read;
 * any other when the month its booking counts in was compared (in a quarter compared in part).
 */
export function orderReadInMoneybird(
  item: Pick<OrderExplanation, 'kind' | 'orderDate' | 'bookedDate'>,
  view: Checks,
): boolean {
  if (item.kind === 'deleted_in_moneybird') return true;
  const reading = readingOf(view);
  if (NOT_BOOKED.has(item.kind)) return reading === 'moneybird';
  if (reading !== 'mixed') return reading === 'moneybird';
  const month = (item.bookedDate ?? item.orderDate).slice(0, 7);
  return view.checkedMonths.some((m) => m.month === month && m.checkedAt !== null);
}

/** The month (YYYY-MM) by its name alone: "oktober" (a quarter's months are of one year). */
function monthName(month: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: 'long', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  );
}

/** The words for when a period was compared: all at once, per month compared, per month not. */
export interface CheckedKeys {
  single: UiReconciliationKey;
  read: UiReconciliationKey;
  unread: UiReconciliationKey;
}

/** On screen: "nagelezen om 01:22"; "oktober nagelezen om 01:22; november en december niet". */
export const SCREEN_CHECKED: CheckedKeys = {
  single: 'reconciliation.col.checkedAt',
  read: 'reconciliation.checked.months.read',
  unread: 'reconciliation.checked.months.unread',
};

export interface CheckedMonths {
  /** "nagelezen om 01:22", or per month: "oktober nagelezen om 01:22; november en december niet". */
  text: string;
  /** The months not compared, by name ("november en december"); null when every month was. */
  unread: string | null;
  /** The moment ("om 01:22") when every month was compared at once; null when said per month. */
  when: string | null;
}

/**
 * When the period was compared with Moneybird, in words: at one moment for all its months ("nagelezen
 * om 01:22"), or per month, in the months' order, those compared at the same moment together, and
 * those not compared named last ("oktober nagelezen om 01:22; november en december niet"). `when`
 * says a moment ("om 01:22"). Null when no month was compared.
 */
export function checkedMonthsText(
  view: Pick<ReconciliationView, 'checkedAt' | 'checkedMonths'>,
  locale: Locale,
  when: (iso: string) => string,
  keys: CheckedKeys = SCREEN_CHECKED,
): CheckedMonths | null {
  const text = uiReconciliation[locale];
  const single = (moment: string): CheckedMonths => ({
    text: interpolate(text[keys.single], { when: moment }),
    unread: null,
    when: moment,
  });
  // A view that knows only when the whole period was compared says it of the period as a whole.
  const months = view.checkedMonths.some((m) => m.checkedAt !== null) ? view.checkedMonths : null;
  if (months === null) return view.checkedAt === null ? null : single(when(view.checkedAt));
  const groups: Array<{ when: string | null; months: string[] }> = [];
  for (const { month, checkedAt } of months) {
    const moment = checkedAt === null ? null : when(checkedAt);
    const group = groups.find((g) => g.when === moment);
    if (group) group.months.push(monthName(month, locale));
    else groups.push({ when: moment, months: [monthName(month, locale)] });
  }
  const unread = groups.find((g) => g.when === null);
  const [only] = groups;
  if (groups.length === 1 && only?.when != null) return single(only.when);
  // Those not compared last: "… niet" leans on the "nagelezen" before it.
  const ordered = [...groups.filter((g) => g.when !== null), ...(unread ? [unread] : [])];
  return {
    text: ordered
      .map((g) =>
        g.when === null
          ? interpolate(text[keys.unread], { months: writtenList(g.months, locale) })
          : interpolate(text[keys.read], { months: writtenList(g.months, locale), when: g.when }),
      )
      .join('; '),
    unread: unread ? writtenList(unread.months, locale) : null,
    when: null,
  };
}
