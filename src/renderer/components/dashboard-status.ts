// What the dashboard says of the core's status: the headline, and whether syncing is possible at
// all. The facts are the core's (the status's state and connections, the setup's `syncedBefore`);
// here they only become words.
import type { AppStatus, SetupState } from '../../shared/contract';
import type { Locale } from '../../shared/i18n/translate';
import { formatCount, formatTime, type Translate } from '../i18n/text';
import { localDay } from './history-import-period';

/** A connection without its token: nothing can be synced until the owner connects it. */
export function connectionMissing(status: AppStatus): boolean {
  const { mijnwebwinkel, moneybird } = status.connections;
  return mijnwebwinkel.state === 'not-configured' || moneybird.state === 'not-configured';
}

/** Sync now and Pause mean nothing: the sync waits for a connection (never made, or disconnected). */
export function cannotSync(status: AppStatus): boolean {
  return status.state === 'needs-setup' && connectionMissing(status);
}

/** Set up and synced before, and a connection gone since: "no longer connected", not "not yet". */
export function noLongerConnected(status: AppStatus | null, setup: SetupState | null): boolean {
  return setup?.syncedBefore === true && (status === null || connectionMissing(status));
}

/** "om 15:21" today, "op 30 nov 2026, 00:05" on another day. */
function firstRunText(nextRunAt: string, t: Translate, locale: Locale, now: Date): string {
  const at = new Date(nextRunAt);
  if (localDay(at) !== localDay(now))
    return t('state.not-synced.on', { moment: formatTime(nextRunAt, locale) });
  const time = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { timeStyle: 'short' }).format(
    at,
  );
  return t('state.not-synced.at', { time });
}

export interface Headline {
  text: string;
  /** The look: a state, or `attention` when orders wait for the owner. */
  tone: AppStatus['state'] | 'attention';
}

/** The status panel's first line: how the sync stands, in a few words. */
export function headlineOf(
  status: AppStatus,
  setup: SetupState | null,
  t: Translate,
  locale: Locale,
  now: Date = new Date(),
): Headline {
  // Up to date, but parked orders (and bookings deleted in Moneybird, or orders cancelled in the
  // shop, since) wait for the owner: the headline says so, as the tray does.
  const waitingForOwner = status.counts.parked + status.counts.deleted + status.counts.cancelled;
  switch (status.state) {
    case 'idle':
      if (waitingForOwner === 0) return { text: t('state.idle'), tone: 'idle' };
      return {
        text:
          waitingForOwner === 1
            ? t('state.attention.one')
            : t('state.attention.other', { count: formatCount(waitingForOwner, locale) }),
        tone: 'attention',
      };
    case 'not-synced':
      return {
        text: status.nextRunAt ? firstRunText(status.nextRunAt, t, locale, now) : t('state.not-synced'),
        tone: 'not-synced',
      };
    case 'needs-setup':
      return {
        text: noLongerConnected(status, setup) ? t('state.needs-setup.disconnected') : t('state.needs-setup'),
        tone: 'needs-setup',
      };
    default:
      return { text: t(`state.${status.state}`), tone: status.state };
  }
}
