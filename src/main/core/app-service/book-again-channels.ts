// The owner's answers to a booked order whose invoice was deleted in Moneybird since: "book it again"
// or "leave it out". The engine never books a booked order twice on its own. Here the owner asks, and
// the deletion is confirmed with Moneybird by the invoice's own id at that moment. Booked again, the
// order goes back to the queue, its booking looked up by reference before anything is made (an
// invoice the owner made again by hand under that reference is taken over, not doubled), and syncs;
// left out, it is skipped with that reason.
import type { ActionResult } from '../../../shared/contract';
import { app } from '../../../shared/i18n/messages/app';
import { syncMessages } from '../../../shared/i18n/messages/sync';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';
import { NotFoundError } from '../http/errors';
import type { MoneybirdClient } from '../moneybird/client';
import { periodRange } from '../reconciliation/period';
import { bookedInAnotherAdministration, type JournalEntry, type Store } from '../store';
import { JournalTransitionError } from '../store/errors';
import type { Handlers } from './dispatch';
import { problemText } from './order-channels';
import type { SyncController } from './sync-controller';

export type BookAgainHandlers = Pick<Handlers, 'orders.bookAgain' | 'orders.leaveDeleted'>;

/** Why an order is skipped when the owner meant its invoice's deletion in Moneybird. */
export const LEFT_DELETED = 'deleted_by_owner';

/**
 * Other bookings asked for when the order's invoice is missing, one at a time until one is there.
 * When at least MISSING_ELSEWHERE of them are missing too and none is there, the administration
 * connected now is not the one the order was booked in (the comparison's rule).
 */
const MAX_WITNESSES = 10;
const MISSING_ELSEWHERE = 3;

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
 * Other bookings of this journal to ask Moneybird for: those of the order's own month first (the
 * administration that held the order holds them), then the journal's others; not those a check
 * found deleted, nor those known to be in another administration than the one connected.
 */
function witnessesOf(
  store: Store,
  entry: JournalEntry,
  administrationId: string | undefined,
): JournalEntry[] {
  const sameMonth = entry.orderDate
    ? (() => {
        const [year, month] = entry.orderDate.split('-').map(Number) as [number, number];
        const { from, to } = periodRange({ kind: 'month', year, index: month });
        return store.vatFigures.bookingsIn(from, to).map((b) => b.orderNumber);
      })()
    : [];
  const others = store.journal.list({ states: ['done'], limit: 200 }).map((e) => e.orderNumber);
  const seen = new Set([entry.orderNumber]);
  const witnesses: JournalEntry[] = [];
  for (const number of [...sameMonth, ...others]) {
    if (witnesses.length === MAX_WITNESSES) break;
    if (seen.has(number)) continue;
    seen.add(number);
    const other = store.journal.get(number);
    if (
      other?.state === 'done' &&
      other.moneybird.invoiceId !== null &&
      !bookedInAnotherAdministration(other, administrationId) &&
      !store.vatFigures.isGone(number)
    )
      witnesses.push(other);
  }
  return witnesses;
}

/**
 * Whether the administration connected now is the one the order was booked in: known since the
 * journal keeps each booking's administration; for a booking made before, as far as other bookings
 * tell.
 */
async function sameAdministration(client: MoneybirdClient, store: Store, entry: JournalEntry) {
  if (entry.administrationId !== null && client.administrationId)
    return entry.administrationId === client.administrationId;
  let missing = 0;
  for (const other of witnessesOf(store, entry, client.administrationId)) {
    if ((await presenceOf(client, other)) === 'there') return true;
    missing += 1;
  }
  // None there: another administration, unless too few were asked to tell (a journal of two orders).
  return missing < MISSING_ELSEWHERE;
}

/**
 * Takes back the booking of a booked order whose invoice Moneybird confirms gone, with `then` in the
 * same transaction; the refusal that says why not, or null.
 */
async function takeBackDeleted(
  store: Store,
  client: MoneybirdClient | null,
  orderNumber: string,
  then: () => void,
): Promise<ActionResult | null> {
  const order = { order: orderNumber };
  const entry = store.journal.get(orderNumber);
  const invoiceId = entry?.state === 'done' ? entry.moneybird.invoiceId : null;
  if (!entry || invoiceId === null) return refused(localize(app, 'orders.bookAgain.notBooked', order));
  if (!client) return refused(localize(app, 'orders.bookAgain.notConnected', order));
  // Made before the owner switched administration: asking the one connected now would find nothing,
  // and booking it there would put the order in the books twice.
  if (bookedInAnotherAdministration(entry, client.administrationId))
    return refused(localize(app, 'orders.bookAgain.bookedElsewhere', order));
  try {
    if ((await presenceOf(client, entry)) === 'there')
      return refused(localize(app, 'orders.bookAgain.stillThere', order));
    if (!(await sameAdministration(client, store, entry)))
      return refused(localize(app, 'orders.bookAgain.otherAdministration', order));
  } catch (error) {
    return refused(localize(app, 'orders.bookAgain.failed', order, { reason: problemText(error) }));
  }
  try {
    // The figures say the invoice is gone until the order is booked (and recorded) again.
    store.transaction(() => {
      store.vatFigures.recordGone(orderNumber);
      store.journal.forgetBooking(orderNumber, invoiceId);
      then();
    });
  } catch (error) {
    // Asked twice at once: the other request took it back already.
    if (error instanceof JournalTransitionError)
      return refused(localize(app, 'orders.bookAgain.notBooked', order));
    throw error;
  }
  return null;
}

export function createBookAgainChannels(
  store: Store,
  moneybird: () => MoneybirdClient | null,
  sync: SyncController,
): BookAgainHandlers {
  const log = (orderNumber: string, key: 'orders.log.bookAgain' | 'orders.log.leaveDeleted') =>
    store.log.append({
      at: Date.now(),
      level: 'info',
      message: localize(app, key, { order: orderNumber }),
      orderNumber,
      runId: null,
    });
  return {
    'orders.bookAgain': async ({ orderNumber }) => {
      const refusal = await takeBackDeleted(store, moneybird(), orderNumber, () =>
        log(orderNumber, 'orders.log.bookAgain'),
      );
      // Its credits parked over the deleted invoice follow once it is booked (engine.ts).
      return refusal ?? sync.retryOrder(orderNumber);
    },
    'orders.leaveDeleted': async ({ orderNumber }) => {
      // Skipped by the owner: out of the books by choice, which the month per VAT rate says; a
      // retry later books it after all (looked up first).
      const refusal = await takeBackDeleted(store, moneybird(), orderNumber, () => {
        store.journal.skip(orderNumber, 'pending', {
          code: LEFT_DELETED,
          message: localize(syncMessages, 'sync.left_deleted_by_owner'),
        });
        log(orderNumber, 'orders.log.leaveDeleted');
      });
      return refusal ?? { accepted: true, runId: null, reason: null };
    },
  };
}

/** Stand-in for a core without a data folder: nothing is booked there. */
export function bookAgainUnavailable(): BookAgainHandlers {
  const nothing = ({ orderNumber }: { orderNumber: string }) =>
    refused(localize(app, 'orders.bookAgain.notBooked', { order: orderNumber }));
  return { 'orders.bookAgain': nothing, 'orders.leaveDeleted': nothing };
}
