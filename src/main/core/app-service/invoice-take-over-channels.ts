// The owner's answer to an order parked beside an invoice with its reference and total but another
// contact: "this invoice is the order's booking". The choice is kept per order (adoption reads it on
// the next look-up), then the order is retried like any parked order; it is looked up again first.
import type { ActionResult } from '../../../shared/contract';
import { app } from '../../../shared/i18n/messages/app';
import { localize } from '../../../shared/i18n/translate';
import type { Store } from '../store';
import { invoiceToTakeOver } from '../sync/adoption';
import { invoiceTakeOversSetting } from '../sync/sync-settings';
import type { Handlers } from './dispatch';
import type { SyncController } from './sync-controller';

export type InvoiceTakeOverHandlers = Pick<Handlers, 'orders.takeOverInvoice'>;

export function createInvoiceTakeOverChannels(store: Store, sync: SyncController): InvoiceTakeOverHandlers {
  return {
    'orders.takeOverInvoice': ({ orderNumber }) => {
      const entry = store.journal.get(orderNumber);
      const invoiceId = entry ? invoiceToTakeOver(entry) : null;
      if (invoiceId === null) return nothingToTakeOver(orderNumber);
      store.settings.set(invoiceTakeOversSetting, {
        ...store.settings.get(invoiceTakeOversSetting),
        [orderNumber]: invoiceId,
      });
      return sync.retryOrder(orderNumber);
    },
  };
}

function nothingToTakeOver(orderNumber: string): ActionResult {
  return {
    accepted: false,
    runId: null,
    reason: localize(app, 'orders.takeOver.none', { order: orderNumber }),
  };
}

/** Stand-in for a core without a data folder: nothing is parked there. */
export function invoiceTakeOverUnavailable(): InvoiceTakeOverHandlers {
  return { 'orders.takeOverInvoice': ({ orderNumber }) => nothingToTakeOver(orderNumber) };
}
