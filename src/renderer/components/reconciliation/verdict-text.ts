// The verdict of the month per VAT rate in the owner's words: one headline for what the period means
// (equal, explained with nothing to do, still being booked, or orders that need the owner), which
// way the difference goes (Moneybird counts more or less than the shop), and a sentence per kind of
// order behind it, what the owner must do first, each with its amounts named as the table names
// them and which way they go in words. Also the words for bookings held by more than one Moneybird
// administration. The booked side has two names, each the same everywhere on the page: until the
// owner compares the period with Moneybird, it is what Winkelbrug recorded when it booked, "je
// boeken" ("In je boeken staat € 3,00 meer …"), and the words claim nothing of Moneybird as it is
// now; once every month of it that has begun was compared, "Moneybird" ("In Moneybird staat …"), and
// they say when it was read. A quarter compared in part is still "je boeken", and says which months
// were read and when. A booking deleted in Moneybird is always said from Moneybird's side: a
// comparison found it. Pure, so the sentences are tested as the screen shows them.
import type { ExplanationKind, ReconciliationView, Standing } from '../../../shared/contract';
import type { Locale } from '../../../shared/i18n/translate';
import { writtenList } from '../../../shared/i18n/written-list';
import {
  asReading,
  type CheckedMonths,
  checkedAtText,
  checkedMonthsText,
  type Reading,
  readingOf,
} from '../../../shared/reconciliation/checked-at';
import {
  amountsText,
  cancelledKey,
  creditedText,
  differenceParts,
  differenceText,
  toCreditText,
  whereText,
} from '../../../shared/reconciliation/explanation-text';
import { type KindGroup, kindGroup } from '../../../shared/reconciliation/standing';
import { formatCount, formatMoney, type MessageKey, type Translate } from '../../i18n/text';

export interface VerdictItem {
  kind: ExplanationKind;
  group: KindGroup;
  orders: number;
  text: string;
}

export interface VerdictText {
  standing: Standing;
  /** Equal and in one administration: the only verdict with a check mark. */
  inOrder: boolean;
  headline: string;
  /** Which way the difference goes, when there is one: "In Moneybird staat € 3.878,46 meer …". */
  direction: string | null;
  /** Per kind of order, the owner's part first. */
  items: VerdictItem[];
}

const isZero = (amount: string) => Number(amount) === 0;

type Checks = Pick<ReconciliationView, 'checkedAt' | 'checkedMonths' | 'administrations'>;

/**
 * "nagelezen om 21:05" (or "op 12 november 2026 om 21:05"), or for a quarter compared month by month
 * or in part "oktober nagelezen om 01:22; november niet": when the booked side was read in
 * Moneybird (a month that has not begun is not in the view, so not named); null when none of it
 * was, or when the bookings are in more than one administration (the table per administration says
 * it there).
 */
export function checkedWhen(view: Checks, locale: Locale, now: Date = new Date()): CheckedMonths | null {
  return readingOf(view) === 'booked'
    ? null
    : checkedMonthsText(view, locale, (iso) => checkedAtText(iso, locale, now));
}

/**
 * "In Moneybird staat € 3.878,46 meer omzet excl. btw en € 700,21 meer btw dan in je winkel." once
 * read in Moneybird; before (and for a quarter compared in part), "In je boeken staat … dan in je
 * winkel."
 */
export function directionText(
  difference: { exclTax: string; vat: string },
  locale: Locale,
  t: Translate,
  read: boolean | Reading = false,
): string | null {
  // The difference is Moneybird minus the shop: above zero, Moneybird counts more.
  const parts = differenceParts(difference, locale, (amount) => formatMoney(amount, locale));
  if (parts === null) return null;
  const reading = asReading(read);
  return t(
    reading === 'moneybird' ? 'reconciliation.verdict.direction.checked' : 'reconciliation.verdict.direction',
    { parts },
  );
}

/**
 * Whose figures a kind's orders are: those of a booking deleted in Moneybird are always Moneybird's
 * (a comparison found it), whatever the rest of the period is.
 */
function kindReading(kind: ExplanationKind, view: Checks): Reading {
  return kind === 'deleted_in_moneybird' ? 'moneybird' : readingOf(view);
}

/**
 * The key of a kind's sentence: a cancellation credited in part has its own, and one credited in a
 * later period says that period counts the credit.
 */
function kindKey(kind: ExplanationKind, view: Pick<ReconciliationView, 'cancelledInShop'>): string {
  const credited = kind === 'cancelled_in_shop' ? cancelledKey(view.cancelledInShop) : null;
  return credited === null
    ? `reconciliation.verdict.kind.${kind}`
    : `reconciliation.verdict.kind.cancelled_in_shop.${credited}`;
}

/**
 * A kind's amounts under its name in the summary, said as its verdict line says them: which way its
 * orders make Moneybird differ from the shop ("In Moneybird € 4.096,82 meer omzet excl. btw en
 * € 718,36 meer btw dan in je winkel"; before a comparison, "In je boeken …"); for orders
 * cancelled in the shop, which agree on both sides, what Moneybird still counts of them. Null for
 * amounts never recorded.
 */
export function kindAmountsText(
  summary: ReconciliationView['kinds'][number],
  view: Pick<ReconciliationView, 'cancelledInShop' | 'cancelledSettled'> & Checks,
  locale: Locale,
  t: Translate,
): string | null {
  const money = (amount: string) => formatMoney(amount, locale);
  if (summary.kind === 'not_recorded') return null;
  if (summary.kind === 'cancelled_in_shop')
    return t('reconciliation.kinds.stillBooked', {
      amounts: amountsText(view.cancelledInShop.stillBooked, locale, money),
      where: whereText(kindReading(summary.kind, view), locale),
    });
  // Settled by hand in Moneybird: on both sides here as sold, which is what to name.
  if (summary.kind === 'cancelled_settled')
    return t('reconciliation.kinds.countedAsSold', {
      amounts: amountsText(view.cancelledSettled.stillBooked, locale, money),
    });
  return differenceText(summary.difference, locale, money, kindReading(summary.kind, view), 'start');
}

/** The number of administrations that hold bookings of the period, when it is not just the connected one. */
function administrationsHolding(view: Pick<ReconciliationView, 'administrations'>): number {
  return view.administrations.filter((a) => a.orders > 0).length;
}

export function verdictText(
  view: ReconciliationView,
  locale: Locale,
  t: Translate,
  now: Date = new Date(),
): VerdictText {
  const one = (key: string, count: number) => (count === 1 ? `${key}.one` : key) as MessageKey;
  const money = (amount: string) => formatMoney(amount, locale);
  const reading = readingOf(view);
  // The kinds come in the order the owner reads them (`KIND_ORDER`), as the core sorts them.
  const items = view.kinds.map(
    (k): VerdictItem => ({
      kind: k.kind,
      group: kindGroup(k.kind),
      orders: k.orders,
      text: t(one(kindKey(k.kind, view), k.orders), {
        count: formatCount(k.orders, locale),
        // Which way these orders make Moneybird differ from the shop, in words.
        difference: differenceText(k.difference, locale, money, kindReading(k.kind, view)),
        // Where orders cancelled in the shop still count, by the booked column's name.
        where: whereText(kindReading(k.kind, view), locale),
        // An order cancelled in the shop agrees on both sides: what Moneybird still counts of it in
        // this period, and what credit notes credit of such orders already, and when.
        // Settled by the owner by hand: what still counts of those as sold here.
        amounts: amountsText(
          k.kind === 'cancelled_settled'
            ? view.cancelledSettled.stillBooked
            : view.cancelledInShop.stillBooked,
          locale,
          money,
        ),
        partly: formatCount(view.cancelledInShop.partlyCredited, locale),
        credited: creditedText(view.cancelledInShop, locale, money),
        toCredit: toCreditText(view.cancelledInShop.toCredit, locale, money),
      }),
    }),
  );
  const ordersIn = (group: KindGroup) =>
    items.filter((i) => i.group === group).reduce((sum, i) => sum + i.orders, 0);
  const differs = !isZero(view.total.difference.exclTax) || !isZero(view.total.difference.vat);
  const when = checkedWhen(view, locale, now);
  const direction = differs ? directionText(view.total.difference, locale, t, reading) : null;
  const standing = view.standing;
  let headline: string;
  switch (standing) {
    case 'empty':
      // Orders in another currency (of this period, or booked here from an earlier one) are named
      // under it: none in euros, not none at all.
      headline = t(
        view.counts.foreignCurrency > 0 || view.bookedAcrossPeriods.foreignCurrencyFromEarlier > 0
          ? 'reconciliation.empty.euro'
          : 'reconciliation.empty',
      );
      break;
    case 'attention': {
      const count = ordersIn('owner');
      headline = t(one('reconciliation.verdict.attention', count), { count: formatCount(count, locale) });
      break;
    }
    case 'underway': {
      const count = ordersIn('underway');
      headline = t(one('reconciliation.verdict.underway', count), { count: formatCount(count, locale) });
      break;
    }
    case 'explained':
      headline = t(differs ? 'reconciliation.verdict.explained' : 'reconciliation.verdict.explainedEqual');
      break;
    default: {
      const holding = administrationsHolding(view);
      headline =
        view.administrations.length === 0
          ? when === null
            ? t('reconciliation.verdict.agrees')
            : t(
                reading === 'mixed'
                  ? 'reconciliation.verdict.agrees.mixed'
                  : 'reconciliation.verdict.agrees.checked',
                // The months still to compare, for a quarter compared in part.
                { checked: when.text, unread: when.unread ?? '' },
              )
          : holding > 1
            ? t('reconciliation.verdict.agreesSplit', { count: formatCount(holding, locale) })
            : t('reconciliation.verdict.agreesElsewhere');
    }
  }
  return {
    standing,
    inOrder: standing === 'equal' && view.administrations.length === 0,
    headline,
    direction,
    items,
  };
}

/** How an administration is named in a sentence: "Winkel BV", or in general words when not known. */
function nameIn(
  id: string,
  names: Readonly<Record<string, string>>,
  t: Translate,
  unnamed: MessageKey,
): string {
  const name = names[id];
  return name ? t('reconciliation.administrations.name', { name }) : t(unnamed);
}

/**
 * "3 van de 5 geboekte bestellingen van deze periode staan in "Winkel BV", niet in de gekoppelde
 * administratie "Winkel 2026 BV": …": where the bookings in other administrations are.
 */
export function elsewhereText(
  view: Pick<ReconciliationView, 'administrations'>,
  names: Readonly<Record<string, string>>,
  locale: Locale,
  t: Translate,
): string | null {
  const others = view.administrations.filter((a) => !a.connected && a.orders > 0);
  if (others.length === 0) return null;
  const connected = view.administrations.find((a) => a.connected);
  const count = others.reduce((sum, a) => sum + a.orders, 0);
  const booked = view.administrations.reduce((sum, a) => sum + a.orders, 0);
  const named = others.map((a) => nameIn(a.id, names, t, 'reconciliation.administrations.someOther'));
  const list = writtenList(named, locale);
  const connectedName = connected ? names[connected.id] : undefined;
  const key =
    count === booked
      ? count === 1
        ? 'reconciliation.administrations.elsewhereAll.one'
        : 'reconciliation.administrations.elsewhereAll'
      : count === 1
        ? 'reconciliation.administrations.elsewhere.one'
        : 'reconciliation.administrations.elsewhere';
  return t(key, {
    count: formatCount(count, locale),
    booked: formatCount(booked, locale),
    names: list,
    connected: connectedName
      ? t('reconciliation.administrations.connectedNamed', { name: connectedName })
      : t('reconciliation.administrations.connected'),
  });
}

/** An administration as a column's heading: its name, or in general words when not known. */
export function administrationHeading(
  administration: { id: string; connected: boolean },
  names: Readonly<Record<string, string>>,
  t: Translate,
): string {
  return (
    names[administration.id] ??
    t(
      administration.connected
        ? 'reconciliation.administrations.unnamedConnected'
        : 'reconciliation.administrations.unnamed',
    )
  );
}
