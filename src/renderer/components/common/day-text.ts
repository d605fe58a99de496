// A day as the owner reads and types it in a date field: day first, the Dutch way ("30-09-2026"),
// or the British way when the app is in English ("30/09/2026"), whatever the computer's own
// language; never the month-first "09/30/2026" a browser's date field shows on an American system.
import type { Locale } from '../../../shared/i18n/translate';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Day, month, year, separated by "-", "/", "." or spaces; a two-digit year is this century's. */
const TYPED_DAY = /^(\d{1,2})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d{4}|\d{2})$/;

const SEPARATOR: Record<Locale, string> = { nl: '-', en: '/' };

/** `iso` (yyyy-mm-dd) as the field shows it: "30-09-2026", "30/09/2026"; anything else as it is. */
export function dayText(iso: string, locale: Locale): string {
  const match = ISO_DAY.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return [day, month, year].join(SEPARATOR[locale]);
}

/** A day that exists in the calendar as yyyy-mm-dd, or null. */
function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * What the owner typed as a day (yyyy-mm-dd), or null when it is not one: "30-9-2026", "30/09/2026",
 * "30.9.26", and yyyy-mm-dd as pasted from elsewhere. Day first, always.
 */
export function parseDayText(text: string): string | null {
  const trimmed = text.trim();
  const iso = ISO_DAY.exec(trimmed);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const typed = TYPED_DAY.exec(trimmed);
  if (!typed) return null;
  const year = typed[3]!.length === 2 ? 2000 + Number(typed[3]) : Number(typed[3]);
  return isoDay(year, Number(typed[2]), Number(typed[1]));
}
