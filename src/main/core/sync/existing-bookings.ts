// The bookings Moneybird already holds for orders the journal does not know, found in bulk through
// the synchronization endpoints: a list of ids (filtered), then the invoices themselves 100 at a time.
//
// - Sales invoices: the list is filtered on the orders' references (a pipe-separated list, up to
//   100 references a request), so it names only invoices that may be ours: about one request per
//   hundred orders, and one more per hundred found.
// - External sales invoices: their list has no reference filter (state, period and contact only), so
//   it is read once per run for the orders' dates, and only the invoices the journal does not know
//   by id are fetched. Those that carry no reference of ours are dropped at once.
//
// Nothing here writes, and nothing is kept beyond the run: the journal is where an adopted booking
// is remembered.

import { addDays } from '../bookkeeping/plan/amounts';
import { parseDecimal, toPlain } from '../money/decimal';
import { type MoneybirdClient, periodFilter } from '../moneybird/client';
import type { EmbeddedContact, ExternalSalesInvoice, SalesInvoice } from '../moneybird/schemas';
import type { InvoiceFigures } from '../reconciliation/order-figures';
import { matchKeysOf } from './contact-directory';

export type BookingKind = 'sales' | 'external';
export type Invoice = SalesInvoice | ExternalSalesInvoice;

export interface FoundBooking {
  /** The invoice without its lines and embedded contact (what adoption and the next steps read). */
  invoice: Invoice;
  /** The keys the invoice's contact is matched by (e-mail, VAT number, the shared contact). */
  contactKeys: string[];
  /** How the owner knows the contact: its name, else its e-mail address. */
  contactName: string;
  /** The invoice's lines that carry money, as `moneyLines` gives them; null when unreadable. */
  lines: string[] | null;
  /**
   * What the month per VAT rate needs of each line (its tax rate, amounts and the boxes Moneybird
   * put it in), kept from the read so an adopted booking is placed where Moneybird holds it.
   */
  figureLines: NonNullable<InvoiceFigures['details']>;
}

export interface WantedBooking {
  reference: string;
  /** The order's date (YYYY-MM-DD): the invoice's date, as the engine books it. */
  orderDate: string | null;
  style: BookingKind;
}

export interface ExistingBookingsOptions {
  moneybird: MoneybirdClient;
  /** Today as the shop counts days, YYYY-MM-DD. */
  today: () => string;
  /** The invoice ids the journal holds: bookings of its own, not to be fetched again. */
  knownInvoiceIds: () => Set<string>;
  /** Whether a reference is one Winkelbrug makes (others' invoices are not kept). */
  isOurs: (reference: string) => boolean;
  /** The keys the contact cache knows a contact by (for an invoice that embeds no contact). */
  contactKeysOf?: (contactId: string) => string[];
}

/** Moneybird's filter has no escaping; references are letters, digits, '-' and '_' (order-reference.ts). */
const MAX_REFERENCES_PER_LIST = 100;
const MAX_FILTER_CHARS = 1800;
/** How far an invoice's date may lie from its order's (the engine books the order date; an owner may move it). */
const SALES_SLACK_DAYS = 366;
const EXTERNAL_SLACK_DAYS = 31;

export class ExistingBookings {
  private readonly found = new Map<string, FoundBooking[]>();
  private readonly looked = new Set<string>();
  private readonly fetched = new Set<string>();
  /** The dates whose external invoices were listed in this run. */
  private externalRange: { from: string; to: string } | undefined;
  private requestCount = 0;

  constructor(private readonly options: ExistingBookingsOptions) {}

  /** Requests made so far (lists and fetches). */
  get requests(): number {
    return this.requestCount;
  }

  /** How many distinct references were looked up. */
  get lookedUp(): number {
    return this.looked.size;
  }

  /** What Moneybird holds under this reference; undefined when it was not looked up (yet). */
  bookingsOf(style: BookingKind, reference: string): FoundBooking[] | undefined {
    const key = keyOf(style, reference);
    if (!this.looked.has(key)) return undefined;
    return this.found.get(key) ?? [];
  }

  /** Looks the wanted references up (each once per run). */
  async lookUp(wanted: readonly WantedBooking[]): Promise<void> {
    const fresh = new Map<string, WantedBooking>();
    for (const w of wanted) {
      const key = keyOf(w.style, w.reference);
      if (!this.looked.has(key)) fresh.set(key, w);
    }
    const sales = [...fresh.values()].filter((w) => w.style === 'sales');
    const external = [...fresh.values()].filter((w) => w.style === 'external');
    if (sales.length > 0) await this.lookUpSales(sales);
    if (external.length > 0) await this.lookUpExternal(external);
  }

  private async lookUpSales(wanted: readonly WantedBooking[]): Promise<void> {
    const { moneybird } = this.options;
    for (const chunk of chunks(wanted)) {
      const references = new Set(chunk.map((w) => w.reference));
      const listed = await moneybird.salesInvoicesSynchronization({
        // Any filter replaces the defaults (this year): an explicit period reaches every year.
        // A draft without a date matches only a period holding today, so the period reaches today.
        period: periodFilter(...this.period(chunk, SALES_SLACK_DAYS)),
        state: 'all',
        reference: [...references].join('|'),
      });
      this.requestCount += 1;
      const ids = listed.map((e) => e.id).filter((id) => !this.fetched.has(id));
      const invoices = ids.length > 0 ? await moneybird.salesInvoicesByIds(ids) : [];
      this.requestCount += Math.ceil(ids.length / 100);
      for (const id of ids) this.fetched.add(id);
      for (const invoice of invoices) {
        if (invoice.reference !== null && references.has(invoice.reference)) this.add('sales', invoice);
      }
      for (const reference of references) this.looked.add(keyOf('sales', reference));
    }
  }

  private async lookUpExternal(wanted: readonly WantedBooking[]): Promise<void> {
    const { moneybird } = this.options;
    const [from, to] = this.period(wanted, EXTERNAL_SLACK_DAYS);
    // Only the dates not listed yet in this run (the first call usually covers the whole run).
    const ranges: Array<[string, string]> = [];
    const listed = this.externalRange;
    if (!listed) ranges.push([from, to]);
    else {
      if (from < listed.from) ranges.push([from, addDays(listed.from, -1)]);
      if (to > listed.to) ranges.push([addDays(listed.to, 1), to]);
    }
    this.externalRange = {
      from: listed && listed.from < from ? listed.from : from,
      to: listed && listed.to > to ? listed.to : to,
    };
    for (const [start, end] of ranges) {
      const entries = await moneybird.externalSalesInvoicesSynchronization({
        period: periodFilter(start, end),
        state: 'all',
      });
      this.requestCount += 1;
      // The journal's own bookings (also those of this run so far) need no fetching.
      const known = this.options.knownInvoiceIds();
      const ids = entries.map((e) => e.id).filter((id) => !known.has(id) && !this.fetched.has(id));
      for (let i = 0; i < ids.length; i += 100) {
        const batch = ids.slice(i, i + 100);
        const invoices = await moneybird.externalSalesInvoicesByIds(batch);
        this.requestCount += 1;
        for (const id of batch) this.fetched.add(id);
        for (const invoice of invoices) {
          if (invoice.reference !== null && this.options.isOurs(invoice.reference))
            this.add('external', invoice);
        }
      }
    }
    for (const w of wanted) this.looked.add(keyOf('external', w.reference));
  }

  /** The period that holds the invoice dates of these orders, and today (drafts without a date). */
  private period(wanted: readonly WantedBooking[], slackDays: number): [string, string] {
    const today = this.options.today();
    let earliest = today;
    let latest = today;
    for (const w of wanted) {
      const date = w.orderDate && /^\d{4}-\d{2}-\d{2}$/.test(w.orderDate) ? w.orderDate : today;
      if (date < earliest) earliest = date;
      if (date > latest) latest = date;
    }
    return [addDays(earliest, -slackDays), addDays(latest, 1)];
  }

  private add(style: BookingKind, invoice: Invoice): void {
    const key = keyOf(style, invoice.reference!);
    const list = this.found.get(key) ?? [];
    if (list.some((f) => f.invoice.id === invoice.id)) return;
    const contact = invoice.contact ?? null;
    const keys = new Set([
      ...(contact ? matchKeysOf(contact) : []),
      ...(this.options.contactKeysOf?.(invoice.contact_id) ?? []),
    ]);
    list.push({
      invoice: slim(invoice),
      contactKeys: [...keys],
      contactName: contactName(contact, invoice.contact_id),
      lines: moneyLines(
        invoice.details.map((d) => ({
          description: d.description,
          amount: d.amount_decimal,
          price: d.price,
          tax_rate_id: d.tax_rate_id,
        })),
      ),
      figureLines: invoice.details.map((d) => ({
        tax_rate_id: d.tax_rate_id,
        price: d.price,
        amount_decimal: d.amount_decimal,
        total_price_excl_tax_with_discount: d.total_price_excl_tax_with_discount,
        tax_report_reference: d.tax_report_reference,
      })),
    });
    this.found.set(key, list);
  }
}

const keyOf = (style: BookingKind, reference: string) => `${style}:${reference}`;

/** Groups of references small enough for one filter. */
function* chunks(wanted: readonly WantedBooking[]): Generator<WantedBooking[]> {
  let chunk: WantedBooking[] = [];
  let chars = 0;
  for (const w of wanted) {
    if (chunk.length >= MAX_REFERENCES_PER_LIST || chars + w.reference.length + 1 > MAX_FILTER_CHARS) {
      yield chunk;
      chunk = [];
      chars = 0;
    }
    chunk.push(w);
    chars += w.reference.length + 1;
  }
  if (chunk.length > 0) yield chunk;
}

/** The invoice as adoption and the following steps read it: totals, state, payments; no lines. */
function slim(invoice: Invoice): Invoice {
  const { details: _details, contact: _contact, ...rest } = invoice;
  return { ...rest, details: [] } as Invoice;
}

function contactName(contact: EmbeddedContact | null, contactId: string): string {
  if (!contact) return contactId;
  const person = [contact.firstname, contact.lastname].filter(Boolean).join(' ');
  return (
    contact.company_name?.trim() ||
    person.trim() ||
    contact.send_invoices_to_email?.trim() ||
    contact.email?.trim() ||
    contactId
  );
}

/** Whether an invoice's total and currency are the plan's. */
export function sameTotal(
  invoice: Pick<Invoice, 'total_price_incl_tax' | 'currency'>,
  expected: { currency: string; totalInclTax: string },
): boolean {
  return (
    invoice.currency === expected.currency &&
    parseDecimal(invoice.total_price_incl_tax) === parseDecimal(expected.totalInclTax)
  );
}

interface LineFigures {
  description: string | null;
  amount: string | null | undefined;
  price: string;
  tax_rate_id: string | null;
}

/**
 * An invoice's lines that carry money, each as one text of its VAT rate, quantity, price and
 * description, sorted: two invoices with the same lines give the same list whatever the order of
 * their lines. Lines at price 0 (headings such as a credit's or a moved date's) are left out, as they
 * change no figure. Null when a line's quantity or price cannot be read: such lines prove nothing.
 */
export function moneyLines(lines: readonly LineFigures[]): string[] | null {
  const texts: string[] = [];
  for (const line of lines) {
    if (line.amount === null || line.amount === undefined) return null;
    let amount: bigint;
    let price: bigint;
    try {
      amount = parseDecimal(line.amount);
      price = parseDecimal(line.price);
    } catch {
      return null;
    }
    if (price === 0n) continue;
    texts.push(
      [line.tax_rate_id ?? '', toPlain(amount), toPlain(price), (line.description ?? '').trim()].join('|'),
    );
  }
  return texts.sort();
}
