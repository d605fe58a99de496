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

/** A rough duration for "about … left": seconds under a minute, then minutes, then hours. */
export function formatDuration(ms: number, t: Translate): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 60) return t('duration.seconds', { seconds });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return t('duration.minutes', { minutes });
  return t('duration.hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

export function formatDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium' }).format(date);
}
