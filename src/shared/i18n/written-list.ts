// A list as a sentence says it: "a, b en c" in Dutch, "a, b and c" in English (no comma before
// "and", as British English writes it). Shared by the core's texts and the screens.
import type { Locale } from './translate';

const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
const FORMATS = new Map<Locale, Intl.ListFormat>();

function formatOf(language: Locale): Intl.ListFormat {
  let format = FORMATS.get(language);
  if (!format) {
    format = new Intl.ListFormat(INTL_LOCALE[language], { type: 'conjunction' });
    FORMATS.set(language, format);
  }
  return format;
}

/**
 * The items with the words between them ("a", ", ", "b", " en ", "c"), for a list whose items are
 * not text (links on a screen).
 */
export function listParts<T>(items: readonly T[], language: Locale): Array<T | string> {
  return formatOf(language)
    .formatToParts(items.map((_, i) => String(i)))
    .map((part) => (part.type === 'element' ? items[Number(part.value)]! : part.value));
}

/** "a, b en c": the items joined as a sentence says them. */
export function writtenList(items: readonly string[], language: Locale): string {
  return formatOf(language).format(items);
}
