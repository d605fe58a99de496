// The month per VAT rate's channels: the view of a month or quarter, and its CSV export, computed
// from the data folder's journal alone (no Moneybird request); and, on the owner's request, the
// period's bookings compared with Moneybird as it is now (reads only). The data folder keeps when each
// period was compared (`period-checks.ts`), so the view can say, per month, whether its booked side
// is what Winkelbrug recorded or what Moneybird held when it was read. A core whose data folder could not be opened
// answers with what happened and what to do.

import { uiReconciliation } from '../../../shared/i18n/messages/ui-reconciliation';
import { localize } from '../../../shared/i18n/translate';
import { shopLocalDate } from '../../../shared/shop-calendar';
import { RateLimitedError, TransientError } from '../http/errors';
import type { MoneybirdClient } from '../moneybird/client';
import { checkPeriodWithMoneybird } from '../reconciliation/moneybird-check';
import { monthPerVatRate, type PeriodFacts } from '../reconciliation/month-per-vat-rate';
import { monthsOf, periodRange } from '../reconciliation/period';
import { periodChecks } from '../reconciliation/period-checks';
import { reconciliationCsv, reconciliationCsvFileName } from '../reconciliation/reconciliation-csv';
import type { Store } from '../store';
import type { Handlers } from './dispatch';

export const RECONCILIATION_CHANNELS = [
  'reconciliation.period',
  'reconciliation.exportCsv',
  'reconciliation.checkMoneybird',
] as const;
export type ReconciliationHandlers = Pick<Handlers, (typeof RECONCILIATION_CHANNELS)[number]>;

/** The most explanations an export holds: far more orders than a month of any shop differs in. */
const EXPORT_MAX_EXPLANATIONS = 1_000_000;

/** A refusal the owner reads: what happened and what to do. */
function refusal(
  reason: string,
  key: 'reconciliation.unavailable' | 'reconciliation.check.notConnected' | 'reconciliation.check.failed',
) {
  return Object.assign(new Error(reason), { userMessage: localize(uiReconciliation, key) });
}

/**
 * `moneybird` is the connected administration's client now (null while it is not set up): the
 * check's requests go through its rate limiter, as every request does.
 */
export function createReconciliationChannels(
  store: Pick<Store, 'vatFigures' | 'periodFacts' | 'transaction' | 'db' | 'journal' | 'settings'>,
  moneybird: () => MoneybirdClient | null = () => null,
  now: () => Date = () => new Date(),
): ReconciliationHandlers {
  const facts = store.periodFacts;
  const checks = periodChecks(store.settings);
  const administrationId = () => moneybird()?.administrationId ?? null;
  const viewOf = (
    period: Parameters<typeof periodRange>[0],
    options: Parameters<typeof monthPerVatRate>[2],
  ) => {
    const range = periodRange(period);
    const figures = store.vatFigures.period(range.from, range.to, administrationId());
    const known: PeriodFacts = {
      creditNotes: facts.creditNotesOf(
        [...figures.cancelled, ...figures.settledCancellations].map((c) => c.orderNumber),
      ),
      foreignCurrencyOrders:
        figures.counts.foreignCurrency > 0 ? facts.foreignCurrencyOrders(range.from, range.to) : [],
      // Every invoice Moneybird counts here named: those in another currency, or of € 0, included.
      bookedAcrossPeriods: facts.bookedAcrossPeriods(range.from, range.to),
      // Per month: a quarter's months may have been compared apart, or only some of them.
      monthsCheckedAt: monthsOf(period).map((month) =>
        checks.checkedAt(periodRange(month), administrationId()),
      ),
      // A month that has not begun on the shop's calendar (Amsterdam) has nothing to compare yet.
      today: shopLocalDate(now().getTime()),
    };
    return monthPerVatRate(period, figures, options, known);
  };
  return {
    'reconciliation.period': ({ period, offset, limit, kind, foldSettled }) =>
      viewOf(period, { offset, limit, kind, foldSettled }),
    'reconciliation.exportCsv': ({ period, language, administrationNames }) => {
      const locale = language ?? 'nl';
      const view = viewOf(period, { limit: EXPORT_MAX_EXPLANATIONS });
      return {
        csv: reconciliationCsv(view, view.explanations.items, locale, administrationNames),
        fileName: reconciliationCsvFileName(view, locale),
      };
    },
    'reconciliation.checkMoneybird': async ({ period }) => {
      const client = moneybird();
      if (!client) throw refusal('Moneybird is not connected', 'reconciliation.check.notConnected');
      try {
        const range = periodRange(period);
        const found = {
          ...(await checkPeriodWithMoneybird(period, store, client, now)),
          // Counted as booked on the screen, yet nothing to compare: said, so the numbers add up.
          bookedAtZero: facts.bookedAtZero(range.from, range.to),
        };
        checks.record(range, client.administrationId ?? null, found.checkedAt);
        return found;
      } catch (error) {
        // The sync's words for an outage promise to try again by itself; a comparison does not.
        if (error instanceof TransientError || error instanceof RateLimitedError)
          throw refusal(error.message, 'reconciliation.check.failed');
        throw error;
      }
    },
  };
}

/** For a core without a data folder: each channel refuses, saying why and what to do. */
export function reconciliationUnavailable(): ReconciliationHandlers {
  const refuse = () => {
    throw refusal(
      'the month per VAT rate needs the data folder, which is not open',
      'reconciliation.unavailable',
    );
  };
  return {
    'reconciliation.period': refuse,
    'reconciliation.exportCsv': refuse,
    'reconciliation.checkMoneybird': refuse,
  };
}
