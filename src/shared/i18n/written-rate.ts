// A VAT percentage as the owner writes it, and Moneybird too: "21%", "5,5%" ("5.5%" in English), no
// space before the sign, on every screen. Messages that name a rate write "{rate}%" and take the
// number from `rateNumber`; the screens that show a rate on its own use `writtenRate`. Every place
// that writes a rate for the owner goes through here, so no screen says "5.5%" in Dutch.
import type { Locale } from './translate';

const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** `rate` (a plain decimal, "21", "5.50") as the language writes the number: "5,5"; anything else as it is. */
export function rateNumber(rate: string, language: Locale): string {
  const value = Number(rate);
  if (rate.trim() === '' || !Number.isFinite(value)) return rate;
  return new Intl.NumberFormat(INTL_LOCALE[language], {
    maximumFractionDigits: 2,
    useGrouping: false,
  }).format(value);
}

/** `rate` written as a percentage: "21%", "5,5%"; anything else as it is, with the sign. */
export function writtenRate(rate: string, language: Locale): string {
  return `${rateNumber(rate, language)}%`;
}
