// A list as a sentence says it: "a, b en c" in Dutch, "a, b and c" in English (no comma before
// "and", as British English writes it); "a, b of c" / "a, b or c" for a choice between them.
// Shared by the core's texts and the screens.
import type { Locale } from './translate';

/** Whether the list names all of its items ("en"/"and") or one of them ("of"/"or"). */
export type ListJoin = 'and' | 'or';

const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
const INTL_TYPE: Record<ListJoin, Intl.ListFormatType> = { and: 'conjunction', or: 'disjunction' };
const FORMATS = new Map<string, Intl.ListFormat>();

function formatOf(language: Locale, join: ListJoin): Intl.ListFormat {
  const key = `${language}/${join}`;
  let format = FORMATS.get(key);
  if (!format) {
    format = new Intl.ListFormat(INTL_LOCALE[language], { type: INTL_TYPE[join] });
    FORMATS.set(key, format);
  }
  return format;
}

/**
 * The items with the words between them ("a", ", ", "b", " en ", "c"), for a list whose items are
 * not text (links on a screen).
 */
export function listParts<T>(
  items: readonly T[],
  language: Locale,
  join: ListJoin = 'and',
): Array<T | string> {
  return formatOf(language, join)
    .formatToParts(items.map((_, i) => String(i)))
    .map((part) => (part.type === 'element' ? items[Number(part.value)]! : part.value));
}

/** "a, b en c" (or "a, b of c"): the items joined as a sentence says them. */
export function writtenList(items: readonly string[], language: Locale, join: ListJoin = 'and'): string {
  return formatOf(language, join).format(items);
}
