// What the dashboard says of the core's status: the headline, the last run's line, and whether
// syncing is possible at all. The facts are the core's (the status's state, last run and
// connections, the setup's `syncedBefore`); here they only become words.
import type { AppStatus, Connection, SetupState } from '../../shared/contract';
import type { Locale } from '../../shared/i18n/translate';
import { writtenList } from '../../shared/i18n/written-list';
import { calledOffNews } from '../../shared/last-run';
import { formatCount, formatTime, type MessageKey, type Translate } from '../i18n/text';

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

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The day of a moment on this computer's calendar (not UTC's: there, just after midnight is
 * yesterday). The headline says a time of the owner's own clock, so "today" is the computer's too.
 */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A moment as a headline says it: the time alone today ("15:21"), else with its day ("30 nov 2026, 00:05"). */
function momentOf(
  iso: string,
  locale: Locale,
  now: Date,
): { today: true; time: string } | { today: false; moment: string } {
  const at = new Date(iso);
  if (localDay(at) !== localDay(now)) return { today: false, moment: formatTime(iso, locale) };
  const time = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { timeStyle: 'short' }).format(
    at,
  );
  return { today: true, time };
}

/** Where the reason a folder is no longer connected is said: in the reminder, beside its button to connect again. */
export const RECONNECT_REASON_ID = 'reconnect-reason';

/**
 * The reminder to connect again says why (the core's reason), once for the dashboard: the status
 * panel, Sync now and Pause and the earlier orders do not repeat it.
 */
export function reasonInReminder(status: AppStatus | null, setup: SetupState | null): boolean {
  return setup !== null && !setup.complete && status?.reason != null && noLongerConnected(status, setup);
}

/** "om 15:21" today, "op 30 nov 2026, 00:05" on another day. */
function firstRunText(nextRunAt: string, t: Translate, locale: Locale, now: Date): string {
  const when = momentOf(nextRunAt, locale, now);
  return when.today
    ? t('state.not-synced.at', { time: when.time })
    : t('state.not-synced.on', { moment: when.moment });
}

/**
 * Up to date with nothing waiting for the owner: "Alles geboekt" only when it is true (the last run
 * went through, and no order is parked, waits for a new attempt or is half-way), with when it was.
 */
function quietText(status: AppStatus, t: Translate, locale: Locale, now: Date): string {
  const { waiting } = status.counts;
  if (waiting > 0)
    return waiting === 1
      ? t('state.idle.waiting.one')
      : t('state.idle.waiting.other', { count: formatCount(waiting, locale) });
  const run = status.lastRun;
  if (run?.outcome !== 'completed') return t('state.idle');
  const when = momentOf(run.finishedAt, locale, now);
  return when.today
    ? t('state.allBooked.at', { time: when.time })
    : t('state.allBooked.on', { moment: when.moment });
}

/**
 * What needs the owner, in the headline's words. Orders that wait for the owner alone: "vraagt iets
 * van je", as the tray says it, beside the count "Wacht op jou". Booked orders cancelled in the shop
 * are counted among "Geboekt" ("waarvan 1 geannuleerd in je winkel"), and invoices deleted in
 * Moneybird have a count of their own: the headline names them, so each number it says stands among
 * the counts beside it ("1 bestelling vraagt iets van je" beside "Wacht op jou 0" would not).
 */
function attentionText(counts: AppStatus['counts'], t: Translate, locale: Locale): string {
  const { parked, cancelled, deleted } = counts;
  const count = (n: number) => formatCount(n, locale);
  const total = parked + cancelled + deleted;
  if (cancelled === 0 && deleted === 0)
    return parked === 1 ? t('state.attention.one') : t('state.attention.other', { count: count(parked) });
  if (parked === 0 && deleted === 0)
    return cancelled === 1
      ? t('state.attention.cancelled.one')
      : t('state.attention.cancelled.other', { count: count(cancelled) });
  if (parked === 0 && cancelled === 0)
    return deleted === 1
      ? t('state.attention.deleted.one')
      : t('state.attention.deleted.other', { count: count(deleted) });
  const parts = [
    ...(parked === 0
      ? []
      : [
          parked === 1
            ? t('state.attention.part.parked.one')
            : t('state.attention.part.parked.other', { count: count(parked) }),
        ]),
    ...(cancelled === 0 ? [] : [t('state.attention.part.cancelled', { count: count(cancelled) })]),
    ...(deleted === 0 ? [] : [t('state.attention.part.deleted', { count: count(deleted) })]),
  ];
  return t('state.attention.named', { count: count(total), parts: writtenList(parts, locale) });
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
      if (waitingForOwner === 0) return { text: quietText(status, t, locale, now), tone: 'idle' };
      return { text: attentionText(status.counts, t, locale), tone: 'attention' };
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

/**
 * A connection's state in words. The core calls one "checking" until a run has checked it: true
 * while a run goes (it reads the shop and Moneybird first), not before the first run nor while
 * nothing can run, when it says so and, before the first run, when it will be checked.
 */
export function connectionStateKey(connection: Connection, state: AppStatus['state']): MessageKey {
  if (connection.state !== 'checking') return `connection.${connection.state}`;
  if (state === 'syncing') return 'connection.checking';
  return state === 'not-synced' ? 'connection.unchecked.firstRun' : 'connection.unchecked';
}

/**
 * The status panel's line on the last run: when, and only what happened — no "0 geboekt" beside the
 * orders that wait, and the booked orders it found cancelled in the shop, as the run's line in the
 * log says them ("niets nieuws om te boeken" only when there was nothing at all). `cancelledOpen`:
 * the cancellations that still wait for the owner now; none (0) and the run's are history, said so
 * (shared/last-run.ts: the tray goes by the same rule).
 */
export function lastRunText(
  run: NonNullable<AppStatus['lastRun']>,
  t: Translate,
  locale: Locale,
  cancelledOpen?: number,
): string {
  const time = formatTime(run.finishedAt, locale);
  if (run.outcome === 'failed') return t('status.lastRun.failed', { time });
  if (run.outcome === 'cancelled') return t('status.lastRun.cancelled', { time });
  const calledOff = calledOffNews(run, cancelledOpen);
  const parked = run.booked === 0 ? 'status.lastRun.summary.onlyParked' : 'status.lastRun.summary.parked';
  const key =
    run.parked === 0
      ? run.booked === 0
        ? null
        : 'status.lastRun.summary'
      : run.parked === 1
        ? (`${parked}.one` as const)
        : (`${parked}.other` as const);
  const parts = key
    ? [t(key, { booked: formatCount(run.booked, locale), parked: formatCount(run.parked, locale) })]
    : [];
  if (calledOff) {
    const settled = calledOff.settled ? '.settled' : '';
    parts.push(
      calledOff.count === 1
        ? t(`status.lastRun.summary.calledOff${settled}.one`)
        : t(`status.lastRun.summary.calledOff${settled}.other`, {
            calledOff: formatCount(calledOff.count, locale),
          }),
    );
  }
  if (parts.length === 0) parts.push(t('status.lastRun.summary.nothing'));
  return `${time} · ${parts.join(', ')}`;
}
