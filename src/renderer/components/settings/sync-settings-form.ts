// Settings → Synchronisatie, and the kind and language of the invoice under Boekhouding → Factuur,
// as the forms hold them (text for the number), checked against the same limits as the contract's
// settingsSchema before anything is sent; and how many changes are not saved yet.
import type { Settings } from '../../../shared/contract';
import type { MessageKey } from '../../i18n/text';

export const INTERVAL_MIN = 5;
export const INTERVAL_MAX = 24 * 60;

/** Settings → Synchronisatie. The app's language has its own section (Taal), saved the moment it is chosen. */
export type SyncDraft = Pick<
  Settings,
  'referencePrefix' | 'acceptAuthorizedPayments' | 'updateContacts' | 'startAtLogin'
> & {
  intervalMinutes: string;
};
/** Boekhouding → Factuur, beside Moneybird's workflow and document style. */
export type InvoiceDraft = Pick<Settings, 'bookingStyle' | 'invoiceLanguage'>;
export type SettingsPatch = Partial<
  Omit<Settings, 'partnerTokenOverridden' | 'referencePrefixFixed' | 'language'>
>;

export function syncDraftOf(settings: Settings): SyncDraft {
  return {
    intervalMinutes: String(settings.intervalMinutes),
    referencePrefix: settings.referencePrefix,
    acceptAuthorizedPayments: settings.acceptAuthorizedPayments,
    updateContacts: settings.updateContacts,
    startAtLogin: settings.startAtLogin,
  };
}

export function invoiceDraftOf(settings: Settings): InvoiceDraft {
  return { bookingStyle: settings.bookingStyle, invoiceLanguage: settings.invoiceLanguage };
}

export function intervalIssue(text: string): MessageKey | null {
  if (!/^\d+$/.test(text.trim())) return 'settings.sync.interval.invalid';
  const minutes = Number(text.trim());
  return minutes < INTERVAL_MIN || minutes > INTERVAL_MAX ? 'settings.sync.interval.range' : null;
}

export function prefixIssue(text: string): MessageKey | null {
  if (text.length === 0) return 'settings.sync.prefix.empty';
  if (text.length > 10) return 'settings.sync.prefix.long';
  return /^[A-Za-z0-9]+$/.test(text) ? null : 'settings.sync.prefix.characters';
}

/** Only what changed. A prefix that is fixed is never sent (the core would refuse it). */
export function syncPatch(settings: Settings, draft: SyncDraft): SettingsPatch {
  const patch: SettingsPatch = {};
  const minutes = Number(draft.intervalMinutes.trim());
  if (minutes !== settings.intervalMinutes) patch.intervalMinutes = minutes;
  if (draft.referencePrefix !== settings.referencePrefix && !settings.referencePrefixFixed)
    patch.referencePrefix = draft.referencePrefix;
  if (draft.acceptAuthorizedPayments !== settings.acceptAuthorizedPayments)
    patch.acceptAuthorizedPayments = draft.acceptAuthorizedPayments;
  if (draft.updateContacts !== settings.updateContacts) patch.updateContacts = draft.updateContacts;
  if (draft.startAtLogin !== settings.startAtLogin) patch.startAtLogin = draft.startAtLogin;
  return patch;
}

/** Only what changed. */
export function invoicePatch(settings: Settings, draft: InvoiceDraft): SettingsPatch {
  const patch: SettingsPatch = {};
  if (draft.bookingStyle !== settings.bookingStyle) patch.bookingStyle = draft.bookingStyle;
  if (draft.invoiceLanguage !== settings.invoiceLanguage) patch.invoiceLanguage = draft.invoiceLanguage;
  return patch;
}

/** What the save bar says: all saved, or how many changes are not yet. */
export function saveStateText(unsaved: number): { key: MessageKey; params?: { count: number } } {
  if (unsaved === 0) return { key: 'settings.save.all' };
  return unsaved === 1
    ? { key: 'settings.save.pending.one' }
    : { key: 'settings.save.pending.other', params: { count: unsaved } };
}
