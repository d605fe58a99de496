// Settings → Synchronisatie as the form holds it (text for the number), checked against the same
// limits as the contract's settingsSchema before anything is sent.
import type { Settings } from '../../../shared/contract';
import type { MessageKey } from '../../i18n/text';

export const INTERVAL_MIN = 5;
export const INTERVAL_MAX = 24 * 60;

// The app's language has its own section (Settings → Taal), saved the moment it is chosen.
export type SyncDraft = Omit<Settings, 'partnerTokenOverridden' | 'intervalMinutes' | 'language'> & {
  intervalMinutes: string;
};
export type SyncPatch = Partial<Omit<Settings, 'partnerTokenOverridden' | 'language'>>;

export function syncDraftOf(settings: Settings): SyncDraft {
  return {
    intervalMinutes: String(settings.intervalMinutes),
    bookingStyle: settings.bookingStyle,
    invoiceLanguage: settings.invoiceLanguage,
    referencePrefix: settings.referencePrefix,
    acceptAuthorizedPayments: settings.acceptAuthorizedPayments,
    updateContacts: settings.updateContacts,
    startAtLogin: settings.startAtLogin,
  };
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

/** Only what changed. */
export function syncPatch(settings: Settings, draft: SyncDraft): SyncPatch {
  const patch: SyncPatch = {};
  const minutes = Number(draft.intervalMinutes.trim());
  if (minutes !== settings.intervalMinutes) patch.intervalMinutes = minutes;
  if (draft.bookingStyle !== settings.bookingStyle) patch.bookingStyle = draft.bookingStyle;
  if (draft.invoiceLanguage !== settings.invoiceLanguage) patch.invoiceLanguage = draft.invoiceLanguage;
  if (draft.referencePrefix !== settings.referencePrefix) patch.referencePrefix = draft.referencePrefix;
  if (draft.acceptAuthorizedPayments !== settings.acceptAuthorizedPayments)
    patch.acceptAuthorizedPayments = draft.acceptAuthorizedPayments;
  if (draft.updateContacts !== settings.updateContacts) patch.updateContacts = draft.updateContacts;
  if (draft.startAtLogin !== settings.startAtLogin) patch.startAtLogin = draft.startAtLogin;
  return patch;
}
