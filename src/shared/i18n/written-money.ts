// An amount as a Dutch shop keeper writes money: "€ 1.234,56" (or "€1,234.56" in English) — not the
// "1234.56" the APIs and the journal keep. Shared by the core's messages and the screens, so that every
// screen writes money one way. A negative amount has its minus sign right before the figure,
// "€ -8,95", as the Taalunie advises for negative amounts (taaladvies.net, "Euro: – € 12 / € -12")
// and as Intl writes Dutch; a difference that can go either way has its sign there too, "€ +3,10".
import type { Locale, LocalizedText } from './translate';

const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
const formats = new Map<string, Intl.NumberFormat | null>();

/**
 * `cents`: as money is written; `all`: every decimal the amount has (an amount that is no whole
 * cents); `whole`: whole units only (a chart's gridline at a round amount).
 */
type Decimals = 'cents' | 'all' | 'whole';

const DIGITS: Record<Decimals, Intl.NumberFormatOptions> = {
  cents: {},
  all: { maximumFractionDigits: 6 },
  whole: { minimumFractionDigits: 0, maximumFractionDigits: 0 },
};

function formatOf(
  language: Locale,
  currency: string,
  decimals: Decimals,
  signed = false,
): Intl.NumberFormat | null {
  const key = `${language}:${currency}:${decimals}:${signed}`;
  let format = formats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(INTL_LOCALE[language], {
        style: 'currency',
        currency,
        ...DIGITS[decimals],
        ...(signed && { signDisplay: 'exceptZero' }),
      });
    } catch {
      format = null; // not a currency code Intl accepts: written as code and amount instead
    }
    formats.set(key, format);
  }
  return format;
}

function written(amount: string, language: Locale, currency: string, decimals: Decimals, signed: boolean) {
  const value = Number(amount);
  if (amount.trim() === '' || !Number.isFinite(value)) return amount;
  const format = formatOf(language, currency, decimals, signed);
  if (format) return format.format(value);
  return `${currency} ${signed && value > 0 ? '+' : ''}${amount}`;
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
  return written(amount, language, currency, decimals, false);
}

/**
 * A difference as money, its sign always written where the minus of a negative amount goes: "€ +3,10"
 * (more), "€ -3,10" (less); "€ 0,00" for none. In English "+€3.10", "-€3.10".
 */
export function writtenDifference(amount: string, language: Locale, currency = 'EUR'): string {
  return written(amount, language, currency, 'cents', true);
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
