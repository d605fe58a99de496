// An amount as a Dutch shop keeper writes money: "€ 1.234,56" (or "€1,234.56" in English) — not the
// "1234.56" the APIs and the journal keep. Shared by the core's messages and the screens.
import type { Locale, LocalizedText } from './translate';

const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
const formats = new Map<string, Intl.NumberFormat | null>();

/** `cents`: as money is written; `all`: every decimal the amount has (an amount that is no whole cents). */
type Decimals = 'cents' | 'all';

function formatOf(language: Locale, currency: string, decimals: Decimals): Intl.NumberFormat | null {
  const key = `${language}:${currency}:${decimals}`;
  let format = formats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(INTL_LOCALE[language], {
        style: 'currency',
        currency,
        ...(decimals === 'all' && { maximumFractionDigits: 6 }),
      });
    } catch {
      format = null; // not a currency code Intl accepts: written as code and amount instead
    }
    formats.set(key, format);
  }
  return format;
}

/**
 * `amount` (a decimal as text, "1234.56") written as money in `language`. Number() is for display
 * only: the amounts come with their two decimals, so nothing is rounded here. Anything that is not
 * a number is returned as it is.
 */
export function writtenMoney(
  amount: string,
  language: Locale,
  currency = 'EUR',
  decimals: Decimals = 'cents',
): string {
  const value = Number(amount);
  if (amount.trim() === '' || !Number.isFinite(value)) return amount;
  const format = formatOf(language, currency, decimals);
  return format ? format.format(value) : `${currency} ${amount}`;
}

/** `amount` written as money in each language, for a message's per-language parameters. */
export function writtenAmounts(
  amount: string,
  currency = 'EUR',
  decimals: Decimals = 'cents',
): LocalizedText {
  return {
    nl: writtenMoney(amount, 'nl', currency, decimals),
    en: writtenMoney(amount, 'en', currency, decimals),
  };
}
