// The owner's answer to a booked order whose invoice was deleted in Moneybird since: "book it again".
// The engine never books a booked order twice on its own. Here the owner asks, and the deletion is
// confirmed with Moneybird by the invoice's own id at that moment; then the order goes back to the
// queue, its booking looked up by reference before anything is made (an invoice the owner made again
// by hand under that reference is taken over, not doubled), and syncs.
import type { ActionResult } from '../../../shared/contract';
import { app } from '../../../shared/i18n/messages/app';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';
import { NotFoundError } from '../http/errors';
import type { MoneybirdClient } from '../moneybird/client';
import type { JournalEntry, Store } from '../store';
import { JournalTransitionError } from '../store/errors';
import type { Handlers } from './dispatch';
import { problemText } from './order-channels';
import type { SyncController } from './sync-controller';

export type BookAgainHandlers = Pick<Handlers, 'orders.bookAgain'>;

/**
 * Other bookings asked for when the order's invoice is missing: if none of them is there either,
 * the administration connected now is not the one the order was booked in.
 */
const WITNESSES = 3;

type Presence = 'there' | 'gone';

function refused(reason: LocalizedText): ActionResult {
  return { accepted: false, runId: null, reason };
}

/** Whether Moneybird holds the booking's invoice now. Throws what else it answered. */
async function presenceOf(client: MoneybirdClient, entry: JournalEntry): Promise<Presence> {
  const invoiceId = entry.moneybird.invoiceId!;
  try {
    if (entry.bookingStyle === 'external_invoice') await client.getExternalSalesInvoice(invoiceId);
    else await client.getSalesInvoice(invoiceId);
    return 'there';
  } catch (error) {
    if (error instanceof NotFoundError) return 'gone';
    throw error;
  }
}

/**
 * Whether another booking of this journal is in the administration: up to WITNESSES of them are
 * asked for (those a check found deleted are passed over). True when the journal has no other.
 */
async function administrationHoldsOthers(client: MoneybirdClient, store: Store, orderNumber: string) {
  const others = store.journal
    .list({ states: ['done'], limit: 50 })
    .filter(
      (e) =>
        e.orderNumber !== orderNumber &&
        e.moneybird.invoiceId !== null &&
        !store.vatFigures.isGone(e.orderNumber),
    )
    .slice(0, WITNESSES);
  for (const other of others) {
    if ((await presenceOf(client, other)) === 'there') return true;
  }
  return others.length === 0;
}

export function createBookAgainChannels(
  store: Store,
  moneybird: () => MoneybirdClient | null,
  sync: SyncController,
): BookAgainHandlers {
  return {
    'orders.bookAgain': async ({ orderNumber }) => {
      const order = { order: orderNumber };
      const entry = store.journal.get(orderNumber);
      const invoiceId = entry?.state === 'done' ? entry.moneybird.invoiceId : null;
      if (!entry || invoiceId === null) return refused(localize(app, 'orders.bookAgain.notBooked', order));
      const client = moneybird();
      if (!client) return refused(localize(app, 'orders.bookAgain.notConnected', order));
      try {
        if ((await presenceOf(client, entry)) === 'there')
          return refused(localize(app, 'orders.bookAgain.stillThere', order));
        if (!(await administrationHoldsOthers(client, store, orderNumber)))
          return refused(localize(app, 'orders.bookAgain.otherAdministration', order));
      } catch (error) {
        return refused(localize(app, 'orders.bookAgain.failed', order, { reason: problemText(error) }));
      }
      try {
        // The figures say the invoice is gone until the order is booked (and recorded) again.
        store.transaction(() => {
          store.vatFigures.recordGone(orderNumber);
          store.journal.forgetBooking(orderNumber, invoiceId);
          store.log.append({
            at: Date.now(),
            level: 'info',
            message: localize(app, 'orders.log.bookAgain', order),
            orderNumber,
            runId: null,
          });
        });
      } catch (error) {
        // Asked twice at once: the other request put it back in the queue already.
        if (error instanceof JournalTransitionError)
          return refused(localize(app, 'orders.bookAgain.notBooked', order));
        throw error;
      }
      return sync.retryOrder(orderNumber);
    },
  };
}

/** Stand-in for a core without a data folder: nothing is booked there. */
export function bookAgainUnavailable(): BookAgainHandlers {
  return {
    'orders.bookAgain': ({ orderNumber }) =>
      refused(localize(app, 'orders.bookAgain.notBooked', { order: orderNumber })),
  };
}
