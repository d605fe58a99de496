// The line under "Compare with Moneybird" once a comparison is done: how many invoices it compared
// and what it found, and how many of the period's bookings it left alone because they are in the
// administration the owner switched away from.
import type { BooksCheck } from '../../../shared/contract';
import type { Locale } from '../../../shared/i18n/translate';
import { formatCount, type Translate } from '../../i18n/text';

export function checkResultText(checked: BooksCheck, locale: Locale, t: Translate): string {
  const elsewhere =
    checked.otherAdministration === 0
      ? null
      : t(
          checked.otherAdministration === 1
            ? 'reconciliation.check.elsewhere.one'
            : 'reconciliation.check.elsewhere',
          { count: formatCount(checked.otherAdministration, locale) },
        );
  if (checked.invoices === 0) return elsewhere ?? t('reconciliation.check.none');
  const compared = t(checked.invoices === 1 ? 'reconciliation.check.done.one' : 'reconciliation.check.done', {
    invoices: formatCount(checked.invoices, locale),
    changed: formatCount(checked.changed, locale),
    deleted: formatCount(checked.deleted, locale),
  });
  return elsewhere ? `${compared} ${elsewhere}` : compared;
}
