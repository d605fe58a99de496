// A day as a Dutch shop keeper (or their customer, on an invoice) writes it: "29 oktober 2026",
// "29 October 2026" — not the yyyy-mm-dd the APIs and the journal keep.
import type { Locale, LocalizedText } from './translate';

const FORMATS: Record<Locale, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
};

/** `day` (yyyy-mm-dd) written out in `language`; anything else is returned as it is. */
export function writtenDay(day: string, language: Locale): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const parsed = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? day : FORMATS[language].format(parsed);
}

const MONTHS: Record<Locale, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** The month of `day` (yyyy-mm-dd) written out: "september 2026"; anything else as it is. */
export function writtenMonth(day: string, language: Locale): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const parsed = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? day : MONTHS[language].format(parsed);
}

/** `day` written out in each language, for a message's per-language parameters. */
export function writtenDays(day: string): LocalizedText {
  return { nl: writtenDay(day, 'nl'), en: writtenDay(day, 'en') };
}

// The short style the screens write a day in ("31 okt 2026", as the renderer's formatDate), for
// what the owner reads beside them. An invoice keeps the long style: the customer reads it.
const SHORT_FORMATS: Record<Locale, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }),
};

/** `day` (yyyy-mm-dd) in the screens' short style: "31 okt 2026"; anything else as it is. */
export function shortDay(day: string, language: Locale): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const parsed = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? day : SHORT_FORMATS[language].format(parsed);
}

/** `day` in the short style in each language, for an owner-facing message's parameters. */
export function shortDays(day: string): LocalizedText {
  return { nl: shortDay(day, 'nl'), en: shortDay(day, 'en') };
}
