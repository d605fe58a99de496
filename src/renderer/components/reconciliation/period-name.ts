// How a period is named on screen: "oktober 2026", "4e kwartaal 2026" (or "October 2026", "Q4 2026").
import type { ReconciliationPeriod } from '../../../shared/contract';
import type { Locale } from '../../../shared/i18n/translate';
import type { Translate } from '../../i18n/text';

export function periodName(period: ReconciliationPeriod, locale: Locale, t: Translate): string {
  if (period.kind === 'quarter')
    return t('reconciliation.quarterName', { quarter: period.index, year: period.year });
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(period.year, period.index - 1, 15)));
}

/** A VAT percentage as the owner writes it: "21%", "5,5%". */
export function rateName(rate: string, locale: Locale, t: Translate): string {
  return t('reconciliation.rate', { rate: locale === 'nl' ? rate.replace('.', ',') : rate });
}
