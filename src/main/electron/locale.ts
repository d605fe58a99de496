import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/translate';

/** Dutch unless the system's preferred language is clearly another one the app speaks. */
export function systemLocale(preferred: readonly string[]): Locale {
  const first = preferred[0]?.toLowerCase() ?? '';
  if (first.startsWith('nl')) return 'nl';
  if (first.startsWith('en')) return 'en';
  return DEFAULT_LOCALE;
}
