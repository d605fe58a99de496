// User-facing text, Dutch first and English second. Every catalog module under ./messages exports
// one object with an `nl` and an `en` dictionary holding the same keys; the type system enforces it.
// Text is looked up by key with {named} parameters, so the core and the UI share one source.

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

export type Catalog<K extends string = string> = { nl: Record<K, string>; en: Record<K, string> };

/** Declares a catalog; the `en` half must have exactly the keys of the `nl` half. */
export function defineCatalog<const N extends Record<string, string>>(catalog: {
  nl: N;
  en: { [K in keyof N]: string };
}): Catalog<Extract<keyof N, string>> {
  return catalog as Catalog<Extract<keyof N, string>>;
}

export type MessageParams = Record<string, string | number>;

export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A message in both languages, as the core hands it to the UI, logs and the CLI. */
export interface LocalizedText {
  nl: string;
  en: string;
}

/**
 * A message in both languages. `wording` holds parameters that differ per language (a name, a
 * reason, a phrase already localized); each language gets its own.
 */
export function localize<K extends string>(
  catalog: Catalog<K>,
  key: K,
  params: MessageParams = {},
  wording: Record<string, LocalizedText> = {},
): LocalizedText {
  const of = (lang: Locale): MessageParams => {
    // Most messages have no per-language parameters: no copy then (the core localizes on every order).
    if (Object.keys(wording).length === 0) return params;
    const all: MessageParams = { ...params };
    for (const [name, text] of Object.entries(wording)) all[name] = text[lang];
    return all;
  };
  return { nl: interpolate(catalog.nl[key], of('nl')), en: interpolate(catalog.en[key], of('en')) };
}
