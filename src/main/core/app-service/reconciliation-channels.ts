// The month per VAT rate's channels: the view of a month or quarter, and its CSV export, computed
// from the data folder's journal alone (no Moneybird request). A core whose data folder could not be
// opened answers with what happened and what to do.

import { uiReconciliation } from '../../../shared/i18n/messages/ui-reconciliation';
import { localize } from '../../../shared/i18n/translate';
import { monthPerVatRate, periodRange } from '../reconciliation/month-per-vat-rate';
import { reconciliationCsv, reconciliationCsvFileName } from '../reconciliation/reconciliation-csv';
import type { Store } from '../store';
import type { Handlers } from './dispatch';

export const RECONCILIATION_CHANNELS = ['reconciliation.period', 'reconciliation.exportCsv'] as const;
export type ReconciliationHandlers = Pick<Handlers, (typeof RECONCILIATION_CHANNELS)[number]>;

/** The most explanations an export holds: far more orders than a month of any shop differs in. */
const EXPORT_MAX_EXPLANATIONS = 1_000_000;

export function createReconciliationChannels(store: Pick<Store, 'vatFigures'>): ReconciliationHandlers {
  const figuresOf = (period: Parameters<typeof periodRange>[0]) => {
    const { from, to } = periodRange(period);
    return store.vatFigures.period(from, to);
  };
  return {
    'reconciliation.period': ({ period, offset, limit, kind }) =>
      monthPerVatRate(period, figuresOf(period), { offset, limit, kind }),
    'reconciliation.exportCsv': ({ period, language }) => {
      const locale = language ?? 'nl';
      const view = monthPerVatRate(period, figuresOf(period), { limit: EXPORT_MAX_EXPLANATIONS });
      return {
        csv: reconciliationCsv(view, view.explanations.items, locale),
        fileName: reconciliationCsvFileName(view, locale),
      };
    },
  };
}

/** For a core without a data folder: each channel refuses, saying why and what to do. */
export function reconciliationUnavailable(): ReconciliationHandlers {
  const refuse = () => {
    const error = new Error('the month per VAT rate needs the data folder, which is not open');
    throw Object.assign(error, {
      userMessage: localize(uiReconciliation, 'reconciliation.unavailable'),
    });
  };
  return { 'reconciliation.period': refuse, 'reconciliation.exportCsv': refuse };
}
