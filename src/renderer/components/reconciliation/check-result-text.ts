// The line under "Compare with Moneybird" once a comparison is done: how many invoices it compared
// and what it found; which orders those invoices book, when they are not all the period's own (so
// the count adds up with the period's orders and the orders booked here from an earlier period on
// the same screen); and how many of the period's bookings it left alone because they are in the
// administration the owner switched away from, unless the page names those already.
import type { BooksCheck } from '../../../shared/contract';
import type { Locale } from '../../../shared/i18n/translate';
import { writtenList } from '../../../shared/i18n/written-list';
import { formatCount, type MessageKey, type Translate } from '../../i18n/text';

/** "102 bestellingen uit deze periode, 16 … en 3 bestellingen in een andere valuta", or null. */
function breakdownText(checked: BooksCheck, locale: Locale, t: Translate): string | null {
  const parts = (
    [
      ['reconciliation.check.part.ofPeriod', checked.ofPeriod],
      ['reconciliation.check.part.fromEarlierPeriod', checked.fromEarlierPeriod],
      ['reconciliation.check.part.foreignCurrency', checked.foreignCurrency],
      [
        'reconciliation.check.part.foreignCurrencyFromEarlierPeriod',
        checked.foreignCurrencyFromEarlierPeriod,
      ],
    ] as const
  )
    .filter(([, count]) => count > 0)
    .map(([key, count]) =>
      t((count === 1 ? `${key}.one` : key) as MessageKey, { count: formatCount(count, locale) }),
    );
  // All of them the period's own orders: nothing to add up.
  if (parts.length === 0 || (parts.length === 1 && checked.ofPeriod > 0)) return null;
  return t('reconciliation.check.breakdown', { parts: writtenList(parts, locale) });
}

/**
 * `elsewhereShown`: the page names the administrations holding the period's other bookings already
 * (`elsewhereText`, with both names), so the line does not say it again without them.
 */
export function checkResultText(
  checked: BooksCheck,
  locale: Locale,
  t: Translate,
  elsewhereShown = false,
): string {
  const elsewhere =
    checked.otherAdministration === 0 || elsewhereShown
      ? null
      : t(
          checked.otherAdministration === 1
            ? 'reconciliation.check.elsewhere.one'
            : 'reconciliation.check.elsewhere',
          { count: formatCount(checked.otherAdministration, locale) },
        );
  const atZero =
    checked.bookedAtZero === 0
      ? null
      : t(checked.bookedAtZero === 1 ? 'reconciliation.check.atZero.one' : 'reconciliation.check.atZero', {
          count: formatCount(checked.bookedAtZero, locale),
        });
  if (checked.invoices === 0) {
    // Nothing compared because every booking is in another administration: said briefly when the
    // page names it.
    const none =
      checked.otherAdministration > 0 && elsewhereShown
        ? t('reconciliation.check.noneHere')
        : (elsewhere ?? t('reconciliation.check.none'));
    return [none, atZero].filter((s) => s !== null).join(' ');
  }
  const compared = t(checked.invoices === 1 ? 'reconciliation.check.done.one' : 'reconciliation.check.done', {
    invoices: formatCount(checked.invoices, locale),
    changed: formatCount(checked.changed, locale),
    deleted: formatCount(checked.deleted, locale),
  });
  return [compared, breakdownText(checked, locale, t), atZero, elsewhere].filter((s) => s !== null).join(' ');
}
