// What a run left behind, in terms two runs of the same shop can be compared by: the Moneybird
// bookings by reference (totals, VAT per rate, payments, state, contact), the contacts, and the
// journal's verdict per order. Ids differ between simulators, so tax rates and accounts go by name.
import { openStoreIn } from '../../../src/main/core/store';
import type { ChaosWorld } from './world';

export interface BookingFigures {
  reference: string;
  kind: 'sales_invoice' | 'external_invoice';
  state: string;
  currency: string;
  totalInclTax: string;
  totalExclTax: string;
  /** Tax rate name → "taxable / tax". */
  vat: Record<string, string>;
  /** One line per payment: amount, base amount, account, date; sorted. */
  payments: string[];
  contact: string;
  lines: number;
}

export interface BooksSnapshot {
  /** Every booking per reference (more than one is a duplicate). */
  bookings: Map<string, BookingFigures[]>;
  /** Every contact's match key (more than one contact per key is a duplicate). */
  contacts: string[];
  payments: number;
}

export interface JournalVerdict {
  state: string;
  reasonCode: string | null;
  writeIntent: string | null;
}

// biome-ignore lint/suspicious/noExplicitAny: the simulator hands over plain API JSON
type Json = any;

/**
 * The key a contact is matched by: its invoice e-mail address, else its VAT number, else its name
 * (the shared contact for customers without an address). Which order of a customer creates the
 * contact (and so its street address) may differ between runs; the key may not.
 */
export function contactKey(contact: Json): string {
  const email = String(contact?.send_invoices_to_email || contact?.email || '')
    .trim()
    .toLowerCase();
  if (email) return `email:${email}`;
  const taxNumber = String(contact?.tax_number ?? '')
    .replace(/\s/g, '')
    .toUpperCase();
  if (taxNumber) return `tax_number:${taxNumber}`;
  const name = contact?.company_name || `${contact?.firstname ?? ''} ${contact?.lastname ?? ''}`.trim();
  return `name:${name}`;
}

export function snapshotBooks(world: ChaosWorld): BooksSnapshot {
  const { books } = world.moneybird;
  const name = (id: string | null | undefined) => (id ? (world.names.get(id) ?? `id ${id}`) : '-');
  const contactsById = new Map<string, Json>(books.contacts().map((c) => [String(c.id), c]));
  const bookings = new Map<string, BookingFigures[]>();
  const add = (invoice: Json, kind: BookingFigures['kind']) => {
    const reference = String(invoice.reference ?? '');
    const vat: Record<string, string> = {};
    for (const t of invoice.tax_totals ?? []) {
      vat[name(t.tax_rate_id)] = `${t.taxable_amount} / ${t.tax_amount}`;
    }
    const figures: BookingFigures = {
      reference,
      kind,
      state: String(invoice.state),
      currency: String(invoice.currency),
      totalInclTax: String(invoice.total_price_incl_tax),
      totalExclTax: String(invoice.total_price_excl_tax),
      vat,
      payments: (invoice.payments ?? [])
        .map(
          (p: Json) =>
            `${p.price} (base ${p.price_base}) to ${name(p.financial_account_id)} on ${p.payment_date}`,
        )
        .sort(),
      contact: contactKey(contactsById.get(String(invoice.contact_id))),
      lines: (invoice.details ?? []).length,
    };
    bookings.set(reference, [...(bookings.get(reference) ?? []), figures]);
  };
  for (const invoice of books.salesInvoices()) add(invoice, 'sales_invoice');
  for (const invoice of books.externalSalesInvoices()) add(invoice, 'external_invoice');
  return {
    bookings,
    contacts: books.contacts().map(contactKey).sort(),
    payments: books.payments().length,
  };
}

/** The journal's verdict on every order it holds (read while no CLI runs). */
export function snapshotJournal(dataDir: string): Map<string, JournalVerdict> {
  const store = openStoreIn(dataDir);
  try {
    const entries = store.journal.list({ limit: 100_000 });
    return new Map(
      entries.map((e) => [
        e.orderNumber,
        { state: e.state, reasonCode: e.reason?.code ?? null, writeIntent: e.writeIntent },
      ]),
    );
  } finally {
    store.close();
  }
}

/**
 * Orders whose retry time has not come yet are resumed now, as if their backoff had passed (the
 * engine does exactly this when the time comes), so each restart works on them again. Only while
 * no CLI runs. Returns how many were resumed.
 */
export function letBackoffPass(dataDir: string): number {
  const store = openStoreIn(dataDir);
  try {
    const waiting = store.journal.list({ states: ['waiting_transient'], limit: 100_000 });
    for (const entry of waiting) store.journal.resume(entry.orderNumber, 'waiting_transient');
    return waiting.length;
  } finally {
    store.close();
  }
}

/** Field-by-field differences between two bookings of the same order. */
export function bookingDifferences(expected: BookingFigures, actual: BookingFigures): string[] {
  const out: string[] = [];
  const scalar = ['kind', 'state', 'currency', 'totalInclTax', 'totalExclTax', 'lines', 'contact'] as const;
  for (const field of scalar) {
    if (expected[field] !== actual[field])
      out.push(`${field} is ${actual[field]}, the control run has ${expected[field]}`);
  }
  const rates = new Set([...Object.keys(expected.vat), ...Object.keys(actual.vat)]);
  for (const rate of rates) {
    if (expected.vat[rate] !== actual.vat[rate])
      out.push(
        `VAT at ${rate} (taxable / tax) is ${actual.vat[rate] ?? 'absent'}, the control run has ${expected.vat[rate] ?? 'absent'}`,
      );
  }
  if (JSON.stringify(expected.payments) !== JSON.stringify(actual.payments))
    out.push(
      `payments are [${actual.payments.join('; ')}], the control run has [${expected.payments.join('; ')}]`,
    );
  return out;
}
