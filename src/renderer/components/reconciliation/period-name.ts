// How a period is named on screen: "oktober 2026", "4e kwartaal 2026" (or "October 2026", "Q4 2026").
import type { ReconciliationPeriod } from '../../../shared/contract';
import type { Locale } from '../../../shared/i18n/translate';
import { writtenRate } from '../../../shared/i18n/written-rate';
import { vatBoxCode } from '../../../shared/reconciliation/vat-box-name';
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

/** A line for a sentence: "21% (1a)", "0% (3b)", "21% (OSS België)"; "21%" when its box is not known. */
export function lineName(line: { rate: string; vatBox: string }, locale: Locale, t: Translate): string {
  const rate = writtenRate(line.rate, locale);
  const box = vatBoxCode(line.vatBox, locale);
  return box === '' ? rate : t('reconciliation.line', { rate, box });
}

/**
 * A line under a bar, where a dozen must fit side by side: the box and the rate, an OSS country by
 * its code ("1a 21%", "3b 0%", "BE 6%"); "21%" when its box is not known.
 */
export function lineTick(line: { rate: string; vatBox: string }, locale: Locale): string {
  const rate = writtenRate(line.rate, locale);
  if (line.vatBox === '') return rate;
  const box = line.vatBox.startsWith('OSS/') ? line.vatBox.slice(4) : vatBoxCode(line.vatBox, locale);
  return `${box} ${rate}`;
}
