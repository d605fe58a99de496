// A switch for tests: writes that become visible late. Moneybird answers a create at once, but a
// read served from elsewhere (a replica, a search index) may not show it yet. While a new contact,
// invoice or payment is "late", the reads a client uses to find out whether its write landed do not
// show it: the lists, find_by_reference and both synchronization endpoints. A read by id still finds
// a contact or an invoice (the client only knows the id from the create's answer), but an invoice
// read in any way shows a late payment not yet: a payment is only ever seen through its invoice, so
// the invoice is shown as it was before the payment (its state, paid date and open amount).
import type { AdministrationBooks, Json, StoredInvoice, StoredPayment } from './books';

export interface LateVisibility {
  /** A write stays out of sight for this many milliseconds after it was answered. */
  ms?: number;
  /** A write stays out of sight for this many reads that would have shown it. */
  reads?: number;
  /** Which writes are late; default all three. */
  kinds?: ReadonlyArray<'contact' | 'invoice' | 'payment'>;
}

interface Hidden {
  until: number;
  readsLeft: number;
}

interface PaymentHidden extends Hidden {
  /** The invoice as it was before the payment, for the answers that do not show it yet. */
  stateBefore: StoredInvoice['state'];
  paidAtBefore: string | null;
}

interface Lateness {
  setting: LateVisibility | null;
  entities: WeakMap<object, Hidden>;
  payments: Map<string, PaymentHidden>;
}

const lateness = new WeakMap<AdministrationBooks, Lateness>();

function stateOf(books: AdministrationBooks): Lateness {
  let state = lateness.get(books);
  if (!state) {
    state = { setting: null, entities: new WeakMap(), payments: new Map() };
    lateness.set(books, state);
  }
  return state;
}

/** Turns the switch on (or off with null) for writes answered from now on. */
export function setLateVisibility(books: AdministrationBooks, setting: LateVisibility | null): void {
  stateOf(books).setting = setting;
}

function hiddenFor(setting: LateVisibility, now: number): Hidden {
  return { until: now + (setting.ms ?? 0), readsLeft: setting.reads ?? 0 };
}

const applies = (setting: LateVisibility | null, kind: 'contact' | 'invoice' | 'payment') =>
  setting !== null && (setting.kinds ?? ['contact', 'invoice', 'payment']).includes(kind);

/** Called when a contact or invoice was just created through the API. */
export function markCreated(books: AdministrationBooks, entity: object, kind: 'contact' | 'invoice'): void {
  const { setting, entities } = stateOf(books);
  if (setting && applies(setting, kind)) entities.set(entity, hiddenFor(setting, Date.now()));
}

/** Called when a payment was just registered through the API (before the invoice changed state). */
export function markPayment(
  books: AdministrationBooks,
  payment: StoredPayment,
  before: { state: StoredInvoice['state']; paidAt: string | null },
): void {
  const { setting, payments } = stateOf(books);
  if (setting && applies(setting, 'payment'))
    payments.set(payment.id, {
      ...hiddenFor(setting, Date.now()),
      stateBefore: before.state,
      paidAtBefore: before.paidAt,
    });
}

/** Whether it is still out of sight; "visible" once its time and its reads have both run out. */
const stillHidden = (hidden: Hidden | undefined, now: number): boolean =>
  hidden !== undefined && (now < hidden.until || hidden.readsLeft > 0);

/**
 * The entities of a list read that the client may see now. Each one this read keeps out of sight
 * uses up one of its reads.
 */
export function visibleOnly<T extends object>(books: AdministrationBooks, items: T[]): T[] {
  const { entities } = stateOf(books);
  const now = Date.now();
  return items.filter((item) => {
    const hidden = entities.get(item);
    if (!stillHidden(hidden, now)) return true;
    hidden!.readsLeft -= 1;
    return false;
  });
}

/**
 * The invoice as this read shows it: without the payments that are still late (each one kept out of
 * sight uses up a read), with the state and paid date it had before the earliest of them.
 */
export function asVisible<T extends StoredInvoice>(books: AdministrationBooks, invoice: T): T {
  const { payments } = stateOf(books);
  if (payments.size === 0) return invoice;
  const now = Date.now();
  const late = invoice.payments.filter((p) => stillHidden(payments.get(p.id), now));
  if (late.length === 0) return invoice;
  for (const payment of late) payments.get(payment.id)!.readsLeft -= 1;
  const first = payments.get(late[0]!.id)!;
  return {
    ...invoice,
    payments: invoice.payments.filter((p) => !late.includes(p)),
    state: first.stateBefore,
    paidAt: first.paidAtBefore,
  } as T;
}

/** A serialized list of invoices as a read shows it (for the routes that answer with full invoices). */
export function visibleInvoices<T extends StoredInvoice>(
  books: AdministrationBooks,
  invoices: T[],
  respond: (invoice: T) => Json,
): Json[] {
  return visibleOnly(books, invoices).map((invoice) => respond(asVisible(books, invoice)));
}
