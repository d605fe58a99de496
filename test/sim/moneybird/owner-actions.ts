// What the owner (or their accountant) does in Moneybird's own app, outside the API the product
// uses: the administration a test starts from (contacts and invoices entered earlier, by hand or by
// another tool), and changes behind the product's back (an invoice deleted or edited, the books
// locked up to a date). Contacts and invoices are made with the same functions the API's creates
// use, so they hold what Moneybird would hold; none of them is ever "late" (late-visibility.ts).
import { roundTo } from '../common/decimal';
import type { AdministrationBooks, Json, StoredInvoice } from './books';
import { archiveContact, createContact } from './contacts';
import { moneyString, parseMoney } from './format';
import { createExternalInvoice, createSalesInvoice, registerPayment, sendInvoice } from './invoices';
import { lockedUntil, lockPeriod } from './locked-period';

export interface ExistingContact {
  firstname?: string;
  lastname?: string;
  company_name?: string;
  send_invoices_to_email?: string;
  tax_number?: string;
  country?: string;
  /** Archived in Moneybird: kept with its invoices, left out of lists unless asked for. */
  archived?: boolean;
}

export interface ExistingInvoiceLine {
  description: string;
  /** Unit price as Moneybird takes it ("12.10"). */
  price: string;
  /** Quantity, default "1". */
  amount?: string;
  /** The sales tax rate's name in the simulator ("21% btw", "9% btw", "0% btw"). */
  taxRate: string;
}

export interface ExistingInvoice {
  kind: 'sales' | 'external';
  contactId: string;
  reference: string;
  /** The invoice date (YYYY-MM-DD). */
  date: string;
  /** Default true, as a web shop's prices are. */
  pricesAreInclTax?: boolean;
  currency?: string;
  lines: ExistingInvoiceLine[];
  /**
   * Where it stands: a sales invoice 'draft' (dated, not sent), 'open' (sent, unpaid) or 'paid'
   * (sent, paid in full on its date on the first financial account); an external one 'open' or
   * 'paid'. Default 'paid'.
   */
  state?: 'draft' | 'open' | 'paid';
}

/** A change the owner makes to one invoice line in the app. */
export interface InvoiceLineEdit {
  price?: string;
  amount?: string;
  description?: string;
  /** Another sales tax rate, by name. */
  taxRate?: string;
}

function taxRateId(books: AdministrationBooks, name: string): string {
  const rate = books.taxRates.find((r) => r.name === name && r.tax_rate_type === 'sales_invoice');
  if (!rate) throw new Error(`The Moneybird simulator has no sales tax rate named "${name}"`);
  return rate.id;
}

function money(text: string, what: string) {
  const value = parseMoney(text);
  if (value === undefined) throw new Error(`${what} is not an amount: ${text}`);
  return value;
}

/** The owner's own work may lie in a locked period: it was entered before the books were locked. */
function unlocked<T>(books: AdministrationBooks, work: () => T): T {
  const lock = lockedUntil(books);
  lockPeriod(books, null);
  try {
    return work();
  } finally {
    lockPeriod(books, lock);
  }
}

export function addExistingContact(books: AdministrationBooks, fields: ExistingContact): Json {
  const { archived, ...input } = fields;
  const contact = createContact(books, input);
  if (archived) archiveContact(books, contact);
  return books.contactResponse(contact);
}

/**
 * A contact deleted in the app. Moneybird refuses while the contact is used in the books (its
 * DELETE answers 422 then: research/moneybird-api.md, contacts), so the owner deletes its invoices
 * first; a contact without any is gone from every answer, the synchronization list included.
 */
export function deleteContactInTheApp(books: AdministrationBooks, id: string): void {
  if (!books.contacts.has(id)) throw new Error(`The Moneybird simulator has no contact ${id}`);
  const used = [...books.salesInvoices.values(), ...books.externalInvoices.values()].some(
    (invoice) => invoice.contactId === id,
  );
  if (used) throw new Error(`Moneybird refuses to delete contact ${id}: it is used in the books (422)`);
  books.contacts.delete(id);
}

/** A contact archived in the app: kept with its invoices, left out of lists unless asked for. */
export function archiveContactInTheApp(books: AdministrationBooks, id: string): void {
  const contact = books.contacts.get(id);
  if (!contact) throw new Error(`The Moneybird simulator has no contact ${id}`);
  if (contact.archived === true) throw new Error(`Contact ${id} is archived already`);
  archiveContact(books, contact);
}

export function addExistingInvoice(books: AdministrationBooks, spec: ExistingInvoice): Json {
  return unlocked(books, () => {
    const details_attributes = spec.lines.map((line) => ({
      description: line.description,
      price: line.price,
      amount: line.amount ?? '1',
      tax_rate_id: taxRateId(books, line.taxRate),
    }));
    const state = spec.state ?? 'paid';
    const common = {
      contact_id: spec.contactId,
      reference: spec.reference,
      prices_are_incl_tax: spec.pricesAreInclTax ?? true,
      ...(spec.currency && { currency: spec.currency }),
      details_attributes,
    };
    const pay = (invoice: StoredInvoice) => {
      if (state !== 'paid') return;
      const open = books.unpaid(invoice);
      if (open === 0n) return;
      registerPayment(books, invoice, {
        payment: {
          payment_date: spec.date,
          price: moneyString(open),
          price_base: moneyString(books.toBase(open, invoice.currency)),
          financial_account_id: books.financialAccounts[0]!.id,
        },
      });
    };
    if (spec.kind === 'external') {
      if (state === 'draft') throw new Error('An external invoice has no draft state');
      const invoice = createExternalInvoice(books, { ...common, date: spec.date });
      pay(invoice);
      return books.externalInvoiceResponse(invoice);
    }
    const invoice = createSalesInvoice(books, { ...common, invoice_date: spec.date });
    if (state !== 'draft')
      sendInvoice(books, invoice, { sales_invoice_sending: { delivery_method: 'Manual' } });
    pay(invoice);
    return books.salesInvoiceResponse(invoice);
  });
}

function findInvoice(books: AdministrationBooks, id: string): StoredInvoice {
  const invoice = books.salesInvoices.get(id) ?? books.externalInvoices.get(id);
  if (!invoice) throw new Error(`The Moneybird simulator has no invoice ${id}`);
  return invoice;
}

/** Deleted in the app: gone from every answer, with its payments (the app removes those first). */
/** A ledger account the owner adds to the chart of accounts in the app. */
export interface NewLedgerAccount {
  name: string;
  /** Default 'revenue'. */
  account_type?: string;
}

export function addLedgerAccountInTheApp(
  books: AdministrationBooks,
  id: string,
  spec: NewLedgerAccount,
): Json {
  const at = books.clock.now().toISOString();
  const account: Json = {
    id,
    administration_id: books.administration.id,
    name: spec.name,
    account_type: spec.account_type ?? 'revenue',
    account_id: null,
    parent_id: null,
    active: true,
    created_at: at,
    updated_at: at,
    allowed_document_types: ['sales_invoice'],
    financial_account_id: null,
  };
  books.ledgerAccounts.push(account);
  return structuredClone(account);
}

/** A ledger account archived (or brought back) in the app. */
export function setLedgerAccountActiveInTheApp(
  books: AdministrationBooks,
  id: string,
  active: boolean,
): void {
  const account = books.ledgerAccounts.find((a) => a.id === id);
  if (!account) throw new Error(`The simulated administration has no ledger account ${id}`);
  account.active = active;
  account.updated_at = books.clock.now().toISOString();
}

/** A sales tax rate the owner adds in the app (an OSS country's rate, say). */
export interface NewTaxRate {
  name: string;
  /** As Moneybird writes it, e.g. '22.0'. */
  percentage: string;
  country?: string;
  /** The boxes it reports into, e.g. ['OSS/IT']. */
  taxReportReference?: string[];
}

export function addTaxRateInTheApp(books: AdministrationBooks, id: string, spec: NewTaxRate): Json {
  const at = books.clock.now().toISOString();
  const rate = {
    id,
    administration_id: books.administration.id,
    name: spec.name,
    percentage: spec.percentage,
    tax_rate_type: 'sales_invoice' as const,
    show_tax: true,
    active: true,
    country: spec.country ?? null,
    created_at: at,
    updated_at: at,
    taxReportReference: spec.taxReportReference ?? [],
    mandatoryTaxText: null,
  };
  books.taxRates.push(rate);
  const { taxReportReference: _boxes, mandatoryTaxText: _text, ...json } = rate;
  return structuredClone(json);
}

/** A tax rate deactivated (false) or activated again (true) in the app's settings. */
export function setTaxRateActiveInTheApp(books: AdministrationBooks, id: string, active: boolean): void {
  const rate = books.taxRate(id);
  if (!rate) throw new Error(`The simulated administration has no tax rate ${id}`);
  rate.active = active;
  rate.updated_at = books.clock.now().toISOString();
}

export function deleteInvoiceBehindTheBack(books: AdministrationBooks, id: string): void {
  findInvoice(books, id);
  books.salesInvoices.delete(id);
  books.externalInvoices.delete(id);
}

/** One line changed in the app; the totals, the VAT per rate and the version follow. */
export function editInvoiceLineBehindTheBack(
  books: AdministrationBooks,
  id: string,
  index: number,
  edit: InvoiceLineEdit,
): void {
  const invoice = findInvoice(books, id);
  const line = invoice.details[index];
  if (!line) throw new Error(`Invoice ${id} has no line ${index}`);
  if (edit.price !== undefined) line.price = roundTo(money(edit.price, 'price'), 2);
  if (edit.amount !== undefined) line.amount = line.amountGiven = money(edit.amount, 'amount');
  if (edit.description !== undefined) line.description = edit.description;
  if (edit.taxRate !== undefined) line.taxRateId = taxRateId(books, edit.taxRate);
  line.updatedAt = books.timestamp();
  touched(books, invoice);
}

/** A line removed in the app (an invoice keeps at least one). */
export function removeInvoiceLineBehindTheBack(books: AdministrationBooks, id: string, index: number): void {
  const invoice = findInvoice(books, id);
  if (!invoice.details[index]) throw new Error(`Invoice ${id} has no line ${index}`);
  if (invoice.details.length === 1) throw new Error('Moneybird keeps at least one line on an invoice');
  invoice.details.splice(index, 1);
  touched(books, invoice);
}

function touched(books: AdministrationBooks, invoice: StoredInvoice): void {
  invoice.updatedAt = books.timestamp();
  invoice.version = books.nextVersion();
  // A paid invoice that now totals more is open again for the rest; one that totals less stays paid.
  if (invoice.state === 'paid' && books.unpaid(invoice) > 0n) {
    invoice.state = 'open';
    invoice.paidAt = null;
  }
}
