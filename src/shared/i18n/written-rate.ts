// A VAT percentage as the owner writes it, and Moneybird too: "21%", "5,5%" ("5.5%" in English), no
// space before the sign, on every screen. Messages that name a rate write "{rate}%" with the number
// in the language's own decimal mark; the screens that show a rate on its own use this.
import type { Locale } from './translate';

const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** `rate` (a plain decimal, "21", "5.50") written as a percentage; anything else as it is, with the sign. */
export function writtenRate(rate: string, language: Locale): string {
  const value = Number(rate);
  if (rate.trim() === '' || !Number.isFinite(value)) return `${rate}%`;
  const number = new Intl.NumberFormat(INTL_LOCALE[language], {
    maximumFractionDigits: 2,
    useGrouping: false,
  }).format(value);
  return `${number}%`;
}
