// The month per VAT rate against Moneybird as it is now. The view is computed from the figures the
// engine recorded when it booked; an invoice edited or deleted in Moneybird afterwards (by the owner,
// the accountant) is not in them. On the owner's request this reads the period's invoices once:
// Moneybird's synchronization list gives each invoice's version, so only the bookings whose invoice
// has a newer version than the one recorded (the first time, after its payment, each one), or left
// the list, are read in full (100 per request) and recorded again; one that is gone is confirmed by
// its own id before its figures are removed, since a list may lag behind a write. Nothing is
// written to Moneybird. Only the bookings of the administration connected now are compared: those the
// owner made in another one before switching are not in it, and are neither deleted nor missing.
import { uiReconciliation } from '../../../shared/i18n/messages/ui-reconciliation';
import { localize } from '../../../shared/i18n/translate';
import { addDays } from '../bookkeeping/plan/amounts';
import { NotFoundError } from '../http/errors';
import { type MoneybirdClient, periodFilter } from '../moneybird/client';
import type { SyncEntry } from '../moneybird/schemas';
import type { RecordedBooking, Store } from '../store';
import { bookedFiguresOf, type InvoiceFigures, inTheBooks, taxRateLookupIn } from './order-figures';
import { type Period, periodRange } from './period';

/** What a check found, for the line under the button. */
export interface BooksCheck {
  /** The period's bookings compared. */
  invoices: number;
  /** Invoices whose amounts or date changed in Moneybird since they were booked (recorded again). */
  changed: number;
  /** Invoices deleted in Moneybird since. */
  deleted: number;
  /** The period's bookings in another administration than the one connected (not compared). */
  otherAdministration: number;
  /**
   * The invoices compared, by the order they book: one of the period, or of an earlier period booked
   * in this one; each in euros or in another currency (the screen counts those apart). Together
   * `invoices`, so the owner can match them with what the period's screen counts.
   */
  ofPeriod: number;
  fromEarlierPeriod: number;
  foreignCurrency: number;
  foreignCurrencyFromEarlierPeriod: number;
  checkedAt: string;
}

export type BooksCheckClient = Pick<
  MoneybirdClient,
  | 'salesInvoicesSynchronization'
  | 'externalSalesInvoicesSynchronization'
  | 'salesInvoicesByIds'
  | 'externalSalesInvoicesByIds'
  | 'getSalesInvoice'
  | 'getExternalSalesInvoice'
  | 'taxRates'
> &
  // The administration the client reads; one that does not say is taken to hold every booking.
  Partial<Pick<MoneybirdClient, 'administrationId'>>;

/**
 * The bookings to read again: those whose invoice has another version in Moneybird's list than the
 * one recorded (or none recorded, booked before versions were kept), and those the list lacks
 * (deleted, or dated out of the period since).
 */
export function bookingsToReread(
  recorded: readonly RecordedBooking[],
  listed: readonly SyncEntry[],
): { changed: RecordedBooking[]; unlisted: RecordedBooking[] } {
  const versions = new Map(listed.map((entry) => [entry.id, entry.version]));
  const changed: RecordedBooking[] = [];
  const unlisted: RecordedBooking[] = [];
  for (const booking of recorded) {
    const version = versions.get(booking.invoiceId);
    if (version === undefined) unlisted.push(booking);
    else if (version !== booking.version) changed.push(booking);
  }
  return { changed, unlisted };
}

/**
 * The bookings to compare with the administration connected now (`inUse`), and those made in
 * another one. A booking of unknown administration (made before the journal kept it) is compared.
 */
export function bookingsByAdministration(
  recorded: readonly RecordedBooking[],
  inUse: string | null,
): { compared: RecordedBooking[]; elsewhere: RecordedBooking[] } {
  const compared: RecordedBooking[] = [];
  const elsewhere: RecordedBooking[] = [];
  for (const booking of recorded) {
    const other = inUse !== null && booking.administrationId !== null && booking.administrationId !== inUse;
    (other ? elsewhere : compared).push(booking);
  }
  return { compared, elsewhere };
}

/**
 * From this many bookings of unknown administration on, all of them gone at once means the
 * administration is another one.
 */
const NOT_ONE_OF_OURS = 3;

function otherAdministration(): Error {
  return Object.assign(new Error("none of the period's invoices is in the connected administration"), {
    userMessage: localize(uiReconciliation, 'reconciliation.check.otherAdministration'),
  });
}

type Invoice = InvoiceFigures & { id: string; state: string; version?: number };

/** The bookings compared, by the order they book (`BooksCheck.ofPeriod` and on). */
function bookingsByOrder(
  recorded: readonly RecordedBooking[],
  from: string,
): Pick<
  BooksCheck,
  'ofPeriod' | 'fromEarlierPeriod' | 'foreignCurrency' | 'foreignCurrencyFromEarlierPeriod'
> {
  const counted = {
    ofPeriod: 0,
    fromEarlierPeriod: 0,
    foreignCurrency: 0,
    foreignCurrencyFromEarlierPeriod: 0,
  };
  for (const booking of recorded) {
    const earlier = booking.orderDate < from;
    if ((booking.currency ?? 'EUR') !== 'EUR') {
      if (earlier) counted.foreignCurrencyFromEarlierPeriod += 1;
      else counted.foreignCurrency += 1;
    } else if (earlier) counted.fromEarlierPeriod += 1;
    else counted.ofPeriod += 1;
  }
  return counted;
}

export async function checkPeriodWithMoneybird(
  period: Period,
  store: Pick<Store, 'vatFigures' | 'transaction'>,
  moneybird: BooksCheckClient,
  now: () => Date = () => new Date(),
): Promise<BooksCheck> {
  const { from, to } = periodRange(period);
  const inUse = moneybird.administrationId ?? null;
  const { compared: recorded, elsewhere } = bookingsByAdministration(
    store.vatFigures.bookingsIn(from, to),
    inUse,
  );
  /** Whether the journal knows the booking was made in the administration connected now. */
  const knownHere = (booking: RecordedBooking) => inUse !== null && booking.administrationId === inUse;
  // Moneybird's period ends on its last day; ours is the first day after it.
  const filter = { period: periodFilter(from, addDays(to, -1)), state: 'all' };
  const reread: Array<{ booking: RecordedBooking; invoice: Invoice }> = [];
  const gone: RecordedBooking[] = [];
  for (const style of ['sales_invoice', 'external_invoice'] as const) {
    const mine = recorded.filter((booking) => booking.bookingStyle === style);
    if (mine.length === 0) continue;
    const sales = style === 'sales_invoice';
    const listed = sales
      ? await moneybird.salesInvoicesSynchronization(filter)
      : await moneybird.externalSalesInvoicesSynchronization(filter);
    const { changed, unlisted } = bookingsToReread(mine, listed);
    const toRead = [...changed, ...unlisted];
    if (toRead.length === 0) continue;
    const ids = toRead.map((booking) => booking.invoiceId);
    const read: Invoice[] = sales
      ? await moneybird.salesInvoicesByIds(ids)
      : await moneybird.externalSalesInvoicesByIds(ids);
    const byId = new Map(read.map((invoice) => [invoice.id, invoice]));
    // A booking the journal knows was made here and is missing is deleted. Of those made before it
    // kept the administration, every one missing at once is another administration, not a clean-up:
    // Winkelbrug is connected to one they were not booked in. Nothing is recorded as deleted (and
    // the missing ones are not asked for one by one).
    const unknown = mine.filter((booking) => !knownHere(booking)).length;
    const missing = toRead.filter((booking) => !knownHere(booking) && !byId.has(booking.invoiceId)).length;
    if (missing >= NOT_ONE_OF_OURS && missing === unknown) throw otherAdministration();
    for (const booking of toRead) {
      let invoice = byId.get(booking.invoiceId);
      if (!invoice) {
        try {
          invoice = sales
            ? await moneybird.getSalesInvoice(booking.invoiceId)
            : await moneybird.getExternalSalesInvoice(booking.invoiceId);
        } catch (error) {
          if (!(error instanceof NotFoundError)) throw error;
          gone.push(booking);
          continue;
        }
      }
      reread.push({ booking, invoice });
    }
  }
  // The administration's tax rates now, as the booked figures name them.
  const lookup =
    reread.length > 0 ? taxRateLookupIn(await moneybird.taxRates({ tax_rate_type: 'sales_invoice' })) : null;
  // Everything is read before anything is recorded, and recorded at once: a comparison that fails
  // half-way leaves the view as it was.
  let changed = 0;
  store.transaction(() => {
    for (const booking of gone) store.vatFigures.recordGone(booking.orderNumber);
    for (const { booking, invoice } of reread) {
      // A sent invoice does not go back to a draft; should one, its recorded figures stay.
      if (!lookup || !inTheBooks(invoice)) continue;
      // A new version alone is no change to the books: a payment, a reminder or a bank match bumps it.
      if (store.vatFigures.recordBookedAgain(booking.orderNumber, bookedFiguresOf(invoice, lookup)))
        changed += 1;
    }
  });
  return {
    invoices: recorded.length,
    changed,
    deleted: gone.length,
    otherAdministration: elsewhere.length,
    ...bookingsByOrder(recorded, from),
    checkedAt: now().toISOString(),
  };
}
