// UI text lookup: the app catalog and the UI's own catalogs (shell, setup, settings) merged into one
// typed dictionary, and LocalizedText for what the core says. Amounts and dates in nl-NL, or
// en-GB when the owner chose English.
import { type AppMessageKey, app } from '../../shared/i18n/messages/app';
import { type UiLogKey, uiLog } from '../../shared/i18n/messages/ui-log';
import { type UiOrdersKey, uiOrders } from '../../shared/i18n/messages/ui-orders';
import { type UiReconciliationKey, uiReconciliation } from '../../shared/i18n/messages/ui-reconciliation';
import { type UiSettingsKey, uiSettings } from '../../shared/i18n/messages/ui-settings';
import { type UiSetupKey, uiSetup } from '../../shared/i18n/messages/ui-setup';
import { type UiShellKey, uiShell } from '../../shared/i18n/messages/ui-shell';
import {
  type Catalog,
  interpolate,
  type Locale,
  type LocalizedText,
  type MessageParams,
} from '../../shared/i18n/translate';
import { writtenMoney } from '../../shared/i18n/written-money';

/** Two catalogs may not define the same key: the second would silently win. */
type Disjoint<A extends string, B extends string> = [Extract<A, B>] extends [never]
  ? unknown
  : { duplicateKeys: Extract<A, B> };

function join<A extends string, B extends string>(
  first: Catalog<A>,
  second: Catalog<B> & Disjoint<A, B>,
): Catalog<A | B> {
  return {
    nl: { ...first.nl, ...second.nl } as Record<A | B, string>,
    en: { ...first.en, ...second.en } as Record<A | B, string>,
  };
}

export type MessageKey =
  | AppMessageKey
  | UiShellKey
  | UiSetupKey
  | UiSettingsKey
  | UiLogKey
  | UiReconciliationKey
  | UiOrdersKey;

const messages: Catalog<MessageKey> = join(
  join(join(join(join(join(app, uiShell), uiSetup), uiSettings), uiLog), uiReconciliation),
  uiOrders,
);

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => interpolate(messages[locale][key], params);
}

export function pick(text: LocalizedText, locale: Locale): string {
  return text[locale];
}

function intlLocale(locale: Locale): string {
  return locale === 'nl' ? 'nl-NL' : 'en-GB';
}

export function formatTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
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

/** A day ("2024-05-01") or a moment ("2024-05-01T10:00:00+02:00") as a date; other text as is. */
/** How long booking takes, for an estimate: "minder dan een minuut", "ongeveer 3 minuten". */
export function formatEta(ms: number, t: Translate): string {
  if (ms < 60_000) return t('eta.underMinute');
  if (Math.round(ms / 60_000) === 1) return t('eta.oneMinute');
  return t('eta.about', { duration: formatDuration(ms, t) });
}

export function formatDate(date: string, locale: Locale): string {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T12:00:00Z`) : new Date(date);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium' }).format(parsed);
}

/**
 * A decimal amount as text ("1234.56") as currency: "€ 1.234,56". The two decimals come from the
 * core, so nothing is rounded or added here.
 */
export function formatMoney(amount: string, locale: Locale, currency = 'EUR'): string {
  return writtenMoney(amount, locale, currency);
}

export function formatCount(count: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(count);
}
