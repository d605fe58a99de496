// What a finished run has to tell an owner who is not looking at the app: at most one notification
// per run, never one per order. A pure function of the run's facts; the controller gathers them and
// pushes the answer as a `notification` event, which each shell shows its own way.
//
// When a run has more than one thing to say, the one that needs the owner most wins:
// 1. a connection refused (nothing is booked until the owner connects again) — told once, not again
//    for each run that meets the same refusal;
// 2. the history import finished (its text names the orders that wait for the owner, if any);
// 3. orders parked in this run (a count, with the order's number when it is one);
// 4. booked orders this run found called off in the shop (the same).
import type { AppNotification } from '../../../shared/contract';
import {
  type NotificationMessageKey,
  notificationMessages,
} from '../../../shared/i18n/messages/notifications';
import {
  interpolate,
  type Locale,
  type LocalizedText,
  type MessageParams,
} from '../../../shared/i18n/translate';
import { writtenDay } from '../../../shared/i18n/written-day';
import type { RunKind } from '../store';

export interface FinishedRunFacts {
  runId: number;
  kind: RunKind;
  /** Orders this run parked, by number (the engine's report of the run). */
  parkedOrders: readonly string[];
  /** Booked orders this run found called off in the shop, by number. */
  calledOffOrders?: readonly string[];
  error: { code: string; message: LocalizedText } | null;
  /** The error code of the run before this one: a refusal already told is not told again. */
  previousErrorCode: string | null;
  /** Set when this run completed the history import: from which day, and how many orders it handled. */
  importCompleted: { since: string; orders: number } | null;
}

/** The error code a run ends with when a service refuses its token (see sync/engine.ts runError). */
export const REFUSED_CODE = 'authentication';

function text(key: NotificationMessageKey, params: { nl: MessageParams; en: MessageParams }): LocalizedText {
  return {
    nl: interpolate(notificationMessages.nl[key], params.nl),
    en: interpolate(notificationMessages.en[key], params.en),
  };
}

const same = (params: MessageParams) => ({ nl: params, en: params });

type IntlLocale = 'nl-NL' | 'en-GB';
const LOCALES: Record<'nl' | 'en', IntlLocale> = { nl: 'nl-NL', en: 'en-GB' };

/** The same parameters in each language, numbers written as that language does (12.345, 12,345). */
function perLocale(build: (locale: IntlLocale, language: Locale) => MessageParams) {
  return { nl: build(LOCALES.nl, 'nl'), en: build(LOCALES.en, 'en') };
}

const count = (n: number, locale: IntlLocale) => new Intl.NumberFormat(locale).format(n);

export function notificationForRun(facts: FinishedRunFacts): AppNotification | null {
  const id = (kind: AppNotification['kind']) => `run-${facts.runId}-${kind}`;
  const parked = facts.parkedOrders.length;

  if (facts.error?.code === REFUSED_CODE) {
    if (facts.previousErrorCode === REFUSED_CODE) return null;
    return {
      id: id('connection-refused'),
      kind: 'connection-refused',
      title: text('notify.refused.title', same({})),
      // The error already names the service and says to connect it again in Settings.
      body: facts.error.message,
    };
  }

  if (facts.importCompleted) {
    const { since, orders } = facts.importCompleted;
    const params = perLocale((locale, language) => ({
      count: count(orders, locale),
      since: writtenDay(since, language),
      parked: count(parked, locale),
    }));
    return {
      id: id('import-finished'),
      kind: 'import-finished',
      title: text('notify.import.title', same({})),
      body: text(
        parked === 0
          ? 'notify.import.body'
          : parked === 1
            ? 'notify.import.body.parked.one'
            : 'notify.import.body.parked.other',
        params,
      ),
    };
  }

  if (parked > 0) {
    const params = perLocale((locale) => ({
      count: count(parked, locale),
      order: facts.parkedOrders[0] ?? '',
    }));
    const one = parked === 1;
    return {
      id: id('orders-parked'),
      kind: 'orders-parked',
      title: text(one ? 'notify.parked.title.one' : 'notify.parked.title.other', params),
      body: text(one ? 'notify.parked.body.one' : 'notify.parked.body.other', params),
    };
  }

  const calledOff = facts.calledOffOrders ?? [];
  if (calledOff.length > 0) {
    const params = perLocale((locale) => ({
      count: count(calledOff.length, locale),
      order: calledOff[0] ?? '',
    }));
    const one = calledOff.length === 1;
    return {
      id: id('orders-cancelled-in-shop'),
      kind: 'orders-cancelled-in-shop',
      title: text(one ? 'notify.cancelled.title.one' : 'notify.cancelled.title.other', params),
      body: text(one ? 'notify.cancelled.body.one' : 'notify.cancelled.body.other', params),
    };
  }

  return null;
}
