// Settings as the owner sees them (Settings → Synchronisatie, Boekhouding, Taal): read from where
// the core keeps each one — the bookkeeping mapping, the sync's interval, the desktop's own choices —
// with the default an untouched install has, and written back the same way. Which partner token is
// in use lives in the keychain; the setup service adds it.
import type { z } from 'zod';
import type { Settings, settingsUpdateSchema } from '../../../shared/contract';
import { app } from '../../../shared/i18n/messages/app';
import { DEFAULT_LOCALE, type Locale, type LocalizedText, localize } from '../../../shared/i18n/translate';
import type { Store } from '../store';
import { setPath } from '../sync/auto-mapping';
import { bookkeepingMappingSetting, intervalMinutesSetting } from '../sync/sync-settings';
import { bookedPrefixSetting } from './booked-prefix';
import { appLanguageSetting, startAtLoginSetting } from './desktop-settings';

export type SettingsUpdate = z.infer<typeof settingsUpdateSchema>;

/** The choices kept in the bookkeeping mapping, beside the owner's ledger and rate picks. */
const MAPPING_KEYS = [
  'bookingStyle',
  'invoiceLanguage',
  'referencePrefix',
  'acceptAuthorizedPayments',
  'updateContacts',
] as const;

/**
 * The settings now; with no store (the data folder would not open) the defaults, so the window can
 * still show them. `defaultLanguage`: the app's language until the owner chooses one.
 */
export function readSettings(
  store: Store | null,
  defaultLanguage: Locale = DEFAULT_LOCALE,
): Omit<Settings, 'partnerTokenOverridden' | 'referencePrefixFixed'> {
  const mapping = store ? store.settings.get(bookkeepingMappingSetting) : {};
  const pick = <T>(key: string, fallback: T, test: (v: unknown) => boolean): T =>
    test(mapping[key]) ? (mapping[key] as T) : fallback;
  return {
    intervalMinutes: store ? store.settings.get(intervalMinutesSetting) : 15,
    bookingStyle: pick('bookingStyle', 'sales', (v) => v === 'sales' || v === 'external'),
    invoiceLanguage: pick('invoiceLanguage', 'nl', (v) => v === 'nl' || v === 'en'),
    referencePrefix: pick(
      'referencePrefix',
      'MWW',
      (v) => typeof v === 'string' && /^[A-Za-z0-9]{1,10}$/.test(v),
    ),
    acceptAuthorizedPayments: pick('acceptAuthorizedPayments', false, (v) => typeof v === 'boolean'),
    updateContacts: pick('updateContacts', true, (v) => typeof v === 'boolean'),
    startAtLogin: store ? store.settings.get(startAtLoginSetting) : true,
    language: (store ? store.settings.get(appLanguageSetting) : null) ?? defaultLanguage,
  };
}

/**
 * Whether the reference prefix can no longer change: an order is booked under it, by this journal
 * or (found when it was set up) by an earlier install.
 */
export function referencePrefixFixed(store: Store | null): boolean {
  if (!store) return false;
  return (
    store.journal.holdsBookings() ||
    store.settings.get(bookedPrefixSetting) === readSettings(store).referencePrefix
  );
}

/** The reference prefix is the bookings' identity in Moneybird: fixed once one is booked under it. */
export class PrefixFixedError extends Error {
  readonly userMessage: LocalizedText;
  constructor(readonly prefix: string) {
    super(`The reference prefix ${prefix} is in use by bookings in Moneybird`);
    this.name = 'PrefixFixedError';
    this.userMessage = localize(app, 'settings.prefix.fixed', { prefix });
  }
}

/**
 * Keeps what the owner changed; what the update leaves out stays as it is. The reference prefix
 * cannot change once an order is booked under it, by this journal or (found when it was set up) by
 * an earlier install: adoption (after a lost journal, a new computer) finds bookings by their
 * reference, and would not find those under a prefix no longer used.
 */
export function writeSettings(store: Store, update: SettingsUpdate): void {
  const prefix = readSettings(store).referencePrefix;
  if (
    update.referencePrefix !== undefined &&
    update.referencePrefix !== prefix &&
    referencePrefixFixed(store)
  )
    throw new PrefixFixedError(prefix);
  let mapping = store.settings.get(bookkeepingMappingSetting);
  for (const key of MAPPING_KEYS) {
    if (update[key] !== undefined) mapping = setPath(mapping, key, update[key]);
  }
  store.settings.set(bookkeepingMappingSetting, mapping);
  if (update.startAtLogin !== undefined) store.settings.set(startAtLoginSetting, update.startAtLogin);
  if (update.language !== undefined) store.settings.set(appLanguageSetting, update.language);
  if (update.intervalMinutes !== undefined)
    store.settings.set(intervalMinutesSetting, update.intervalMinutes);
}
