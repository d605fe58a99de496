// A country's name in both languages from its ISO code, as the platform's Intl knows it; the code
// itself where it does not.
import type { LocalizedText } from './translate';

export function countryName(code: string): LocalizedText {
  const name = (lang: string) => {
    try {
      return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  return { nl: name('nl'), en: name('en') };
}
