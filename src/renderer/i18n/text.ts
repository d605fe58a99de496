// UI text lookup: the app catalog for the UI's own words, LocalizedText for what the core says.
import { type AppMessageKey, app } from '../../shared/i18n/messages/app';
import {
  interpolate,
  type Locale,
  type LocalizedText,
  type MessageParams,
} from '../../shared/i18n/translate';

export type Translate = (key: AppMessageKey, params?: MessageParams) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => interpolate(app[locale][key], params);
}

export function pick(text: LocalizedText, locale: Locale): string {
  return text[locale];
}

export function formatTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}
