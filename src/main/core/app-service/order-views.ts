// How the journal, the shop's order and the Moneybird invoice look on the orders screen and one
// order's page. Pure functions: the channels gather the facts, these decide what the owner sees.
import {
  type JournalStepView,
  MONEYBIRD_WEB_ORIGIN,
  type MoneybirdInvoiceView,
  type OrderSummary,
  type PaymentStateShown,
  type ShopOrderView,
  type VatLine,
} from '../../../shared/contract';
import { uiOrders } from '../../../shared/i18n/messages/ui-orders';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';
import { paymentState } from '../bookkeeping/eligibility';
import { bookingSign } from '../bookkeeping/plan/shop-figures';
import type { Order } from '../mijnwebwinkel/order-schema';
import {
  abs,
  type Decimal,
  divideRounded,
  multiply,
  parseDecimal,
  roundTo,
  sum,
  toFixed,
  toPlain,
} from '../money/decimal';
import type { ExternalSalesInvoice, LedgerAccount, SalesInvoice, TaxRate } from '../moneybird/schemas';
import { shopFiguresOf } from '../reconciliation/order-figures';
import { bookedBoxOf, UNKNOWN_BOX } from '../reconciliation/vat-lines';
import {
  type BookingStyle,
  type JournalEntry,
  type JournalState,
  type JournalStep,
  type OrderOverviewRow,
  TAKEN_OVER_STEP,
} from '../store';
import { overviewStateOf } from '../store/order-overview';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * A stored total as plain text, as it is booked: a credit order's below zero (the shop may state it
 * positive; its credit note takes it off the books, `readShopFigures`). Anything unreadable (a
 * damaged row) shows as unknown.
 */
function bookedAmount(text: string | null, credit: boolean): string | null {
  if (text === null) return null;
  try {
    const amount = parseDecimal(text);
    return toPlain(credit ? -abs(amount) : amount);
  } catch {
    return null;
  }
}

/** Why an order is not booked: its reason as the journal keeps it; an unpaid one says so. */
function reasonOf(state: JournalState, nl: string | null, en: string | null): LocalizedText | null {
  if (state === 'discovered') return localize(uiOrders, 'orderCore.unpaid');
  if (state !== 'parked' && state !== 'waiting_transient' && state !== 'skipped') return null;
  return nl === null && en === null ? null : { nl: nl ?? en ?? '', en: en ?? nl ?? '' };
}

export function summaryOfRow(row: OrderOverviewRow): OrderSummary {
  return {
    orderNumber: row.orderNumber,
    orderDate: row.orderDate,
    customerName: row.customerName,
    customerEmail: row.customerEmail,
    state: overviewStateOf(row.state, row.bookedGone === 1, row.cancelledInShop === 1),
    total: bookedAmount(row.shopTotal, row.creditedOrderNumber !== null),
    currency: row.currency,
    invoiceNumber: row.invoiceNumber,
    creditedOrderNumber: row.creditedOrderNumber,
    reason: reasonOf(row.state, row.reasonNl, row.reasonEn),
    bookedAt: iso(row.bookedAt),
  };
}

/**
 * `bookedGone`: a comparison found the booked invoice deleted in Moneybird (the figures keep that);
 * `cancelledInShop`: the shop called the order off since, no credit covering it.
 */
export function summaryOfEntry(
  entry: JournalEntry,
  bookedGone = false,
  cancelledInShop = false,
): OrderSummary {
  return summaryOfRow({
    orderNumber: entry.orderNumber,
    state: entry.state,
    orderDate: entry.orderDate,
    customerName: entry.customerName,
    customerEmail: entry.customerEmail,
    shopTotal: entry.shopTotal === null ? null : toPlain(entry.shopTotal),
    currency: entry.currency,
    invoiceNumber: entry.invoiceNumber,
    creditedOrderNumber: entry.creditedOrderNumber,
    reasonCode: entry.reason?.code ?? null,
    reasonNl: entry.reason?.message.nl ?? null,
    reasonEn: entry.reason?.message.en ?? null,
    bookedAt: entry.bookedAt,
    bookedGone: bookedGone ? 1 : 0,
    cancelledInShop: cancelledInShop ? 1 : 0,
  });
}

/**
 * A journal step as the order's page lists it. A step that took the booking back names the deleted
 * invoice by its number only: Moneybird's id stays in the journal, so the page can neither link to
 * nor take for the order's booking an invoice that is gone.
 */
function journalStepView(step: JournalStep): JournalStepView {
  const view: JournalStepView = {
    state: step.state,
    at: new Date(step.at).toISOString(),
    reasonCode: step.reasonCode,
  };
  if (step.deletedInvoice) view.deletedInvoice = { number: step.deletedInvoice.number || null };
  if (step.contact) view.contact = step.contact;
  return view;
}

/**
 * The order's steps as its page lists them. A step back at `contact_ok` that kept no word of its
 * own (a resume after a wait or a park, an invoice deleted in Moneybird) is on the contact the step
 * before it came by, and says so again; a step back at `pending` forgot that contact.
 */
export function journalStepViews(steps: readonly JournalStep[]): JournalStepView[] {
  let contact: JournalStep['contact'];
  return steps.map((step) => {
    if (step.state === 'pending') contact = undefined;
    else if (step.state === 'contact_ok')
      contact = step.contact ?? (step.reasonCode === TAKEN_OVER_STEP ? undefined : contact);
    return journalStepView(step.state === 'contact_ok' && contact ? { ...step, contact } : step);
  });
}

/** Where the invoice and the contact open in Moneybird's web app; null where an id is not known. */
export function moneybirdLinks(
  administrationId: string | undefined,
  entry: Pick<JournalEntry, 'bookingStyle' | 'moneybird'>,
): { invoice: string | null; contact: string | null } {
  if (!administrationId) return { invoice: null, contact: null };
  const base = `${MONEYBIRD_WEB_ORIGIN}/${encodeURIComponent(administrationId)}`;
  const { invoiceId, contactId } = entry.moneybird;
  const kind = entry.bookingStyle === 'external_invoice' ? 'external_sales_invoices' : 'sales_invoices';
  return {
    invoice: invoiceId ? `${base}/${kind}/${encodeURIComponent(invoiceId)}` : null,
    contact: contactId ? `${base}/contacts/${encodeURIComponent(contactId)}` : null,
  };
}

const words = (...parts: Array<string | undefined | null>) =>
  parts
    .map((p) => p?.trim())
    .filter(Boolean)
    .join(' ') || null;

/** A cent as a Decimal (millionths). */
const CENT = 10_000n;

/** The price of one: the line's total over its quantity, when that comes to whole cents. */
function unitPriceOf(total: Decimal, quantity: number): string | null {
  if (!Number.isSafeInteger(quantity) || quantity === 0) return null;
  const count = BigInt(Math.abs(quantity));
  return total % (count * CENT) === 0n ? toFixed(total / count, 2) : null;
}

/**
 * The shop's VAT per rate with the turnover excl. VAT it is over: the figures the month per VAT rate
 * counts for the order on the shop's side (`shopFiguresOf`: VAT as the shop states it, turnover its
 * lines' incl. amounts less that VAT, a redeemed gift card left out), so the order's page and the
 * month agree. In the shop's own sign: a credit the shop states positive shows positive here, as its
 * lines do. The part of the VAT return is not shown, so the shop's country is not needed for it.
 */
function shopVatLines(order: Order): VatLine[] {
  // The sign the booking gives the order's amounts, undone.
  const sign = bookingSign(order);
  return highestRateFirst(
    shopFiguresOf(order, 'NL').map((figures) => ({
      rate: figures.rate,
      name: null,
      amount: toFixed(figures.vat * sign, 2),
      taxable: toFixed(figures.exclTax * sign, 2),
    })),
  );
}

/**
 * VAT per rate in one order on both sides of the page, so the shop's and Moneybird's tables read
 * row by row alike: the highest rate first, a rate that cannot be told last, ties as they came.
 */
export function highestRateFirst(lines: readonly VatLine[]): VatLine[] {
  const value = (rate: string | null) => (rate === null ? null : parseDecimal(rate));
  return [...lines].sort((a, b) => {
    const x = value(a.rate);
    const y = value(b.rate);
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return x > y ? -1 : 1;
  });
}

/** A country code as ISO 3166 writes it ("NL"); null for anything else the shop might send. */
function countryCodeOf(code: string | undefined): string | null {
  const trimmed = code?.trim().toUpperCase();
  return trimmed && /^[A-Z]{2}$/.test(trimmed) ? trimmed : null;
}

/**
 * The payment as the eligibility rule reads it (`paymentState`: what decides whether the order is
 * booked), an unpaid one told apart by what the payment provider did: refunded since, failed or
 * called off there, or nothing yet.
 */
export function paymentStateShown(order: Order): PaymentStateShown {
  const state = paymentState(order);
  if (state === 'captured') return 'paid';
  if (state !== 'unpaid') return state;
  const status = order.paymentStatus;
  if (status === 'refunded') return 'refunded';
  if (status === 'failed' || status === 'voided') return 'failed';
  return 'unpaid';
}

export function shopOrderView(order: Order): ShopOrderView {
  const address = order.debtor.invoiceAddress;
  const lines = order.lines.map((line) => {
    const inclusive = line.prices.map((p) => p.amountInclTax).filter((a): a is Decimal => a !== undefined);
    const total = inclusive.length === line.prices.length && inclusive.length > 0 ? sum(inclusive) : null;
    return {
      description: line.description?.trim() || line.articles[0]?.description?.trim() || line.type,
      quantity: line.quantity,
      unitPrice: total === null ? null : unitPriceOf(total, line.quantity),
      amount: total === null ? null : toFixed(total, 2),
      rates: line.prices.map((p) => toPlain(p.rate)),
    };
  });
  const vat = shopVatLines(order);
  const street = words(address?.street, address?.houseNumber);
  const town = words(address?.zipcode, address?.city);
  return {
    date: order.date,
    time: order.time ?? null,
    currency: order.currency,
    lines,
    vat,
    total: order.total === undefined ? null : toFixed(order.total, 2),
    payment: {
      method: order.payment?.methodName?.trim() || order.payment?.gatewayName?.trim() || null,
      // The shop's own words for the payment; its status code ("captured", "unknown") is not for the owner.
      status: order.payment?.statusText?.trim() || null,
      state: paymentStateShown(order),
    },
    customer: {
      name: words(address?.name ?? order.debtor.name),
      company: words(address?.company ?? order.debtor.company),
      email: order.debtor.email?.trim() || null,
      address: [street, town].filter(Boolean).join(', ') || null,
      countryCode: countryCodeOf(address?.countryCode),
      country: address?.country?.trim() || null,
      vatNumber: address?.taxNumber?.trim() || null,
    },
  };
}

/**
 * What Moneybird calls the tax rates and ledger accounts an invoice's lines are on, by id: the
 * administration's reference data, as the setup's dry run names them too.
 */
export interface InvoiceNames {
  taxRates: ReadonlyMap<string, Pick<TaxRate, 'name' | 'country' | 'tax_report_reference'>>;
  ledgerAccounts: ReadonlyMap<string, { name: string; code: string | null }>;
}

/** No names known (Moneybird's reference data could not be read): the page shows percentages only. */
export const NO_INVOICE_NAMES: InvoiceNames = { taxRates: new Map(), ledgerAccounts: new Map() };

export function invoiceNamesOf(
  taxRates: readonly TaxRate[],
  ledgerAccounts: readonly LedgerAccount[],
): InvoiceNames {
  return {
    taxRates: new Map(taxRates.map((r) => [r.id, r])),
    ledgerAccounts: new Map(
      ledgerAccounts.map((a) => [a.id, { name: a.name, code: a.account_id?.trim() || null }]),
    ),
  };
}

/** A tax rate as the owner's mapping names it: its percentage, keyed by Moneybird's id. */
export type RatePercentages = ReadonlyMap<string, string>;

/**
 * The percentages the owner's stored mapping gives its tax rates (domestic and OSS per rate, the 0 %
 * rates of intra-EU supplies and exports). Read loosely: a half-completed mapping is stored too.
 */
export function ratePercentagesOf(mapping: Record<string, unknown>): RatePercentages {
  const out = new Map<string, string>();
  const taxRates = mapping.taxRates;
  if (!taxRates || typeof taxRates !== 'object') return out;
  const rates = taxRates as Record<string, unknown>;
  const keyed = (record: unknown) => {
    if (!record || typeof record !== 'object') return;
    for (const [rate, id] of Object.entries(record)) {
      if (typeof id !== 'string') continue;
      try {
        out.set(id, toPlain(parseDecimal(rate)));
      } catch {
        // A key that is not a percentage says nothing about the rate.
      }
    }
  };
  keyed(rates.domestic);
  if (rates.oss && typeof rates.oss === 'object')
    for (const perCountry of Object.values(rates.oss)) keyed(perCountry);
  for (const zero of [rates.reverseCharge, rates.export]) if (typeof zero === 'string') out.set(zero, '0');
  return out;
}

/** The percentage of a VAT total: the mapping's, else worked out from the amounts (to one decimal). */
function percentageOf(
  taxRateId: string,
  taxable: Decimal,
  tax: Decimal,
  known: RatePercentages,
): string | null {
  const mapped = known.get(taxRateId);
  if (mapped !== undefined) return mapped;
  if (taxable === 0n) return null;
  const percent = divideRounded(tax * 100n * 1_000000n, taxable);
  return toPlain(roundTo(percent, 1));
}

function contactName(contact: SalesInvoice['contact']): string | null {
  if (!contact) return null;
  const person = words(contact.firstname, contact.lastname);
  const company = contact.company_name?.trim() || null;
  return person && company ? `${company} (${person})` : (company ?? person);
}

/**
 * The invoice as the order's page shows it. `creditOrder`: the booking of a shop's credit order, so
 * a credit invoice whatever its total (a credit note also tells itself by the invoice it credits).
 */
export function invoiceView(
  style: BookingStyle,
  invoice: SalesInvoice | ExternalSalesInvoice,
  known: RatePercentages,
  creditOrder = false,
  names: InvoiceNames = NO_INVOICE_NAMES,
): MoneybirdInvoiceView {
  const sales = style === 'sales_invoice';
  const number = sales
    ? ('invoice_id' in invoice && typeof invoice.invoice_id === 'string' && invoice.invoice_id) || null
    : invoice.reference;
  const date = sales
    ? 'invoice_date' in invoice
      ? (invoice.invoice_date as string | null)
      : null
    : 'date' in invoice
      ? (invoice.date as string | null)
      : null;
  const money = (text: string | number) => toFixed(parseDecimal(text), 2);
  // Each rate's percentage: the mapping's, else what the invoice's own VAT total at it shows (a rate
  // completed at run time is not in the stored mapping).
  const rates = new Map(known);
  for (const t of invoice.tax_totals) {
    if (rates.has(t.tax_rate_id)) continue;
    const percent = percentageOf(
      t.tax_rate_id,
      parseDecimal(t.taxable_amount),
      parseDecimal(t.tax_amount),
      known,
    );
    if (percent !== null) rates.set(t.tax_rate_id, percent);
  }
  const creditNote = 'original_sales_invoice_id' in invoice && Boolean(invoice.original_sales_invoice_id);
  return {
    kind: style,
    credit: creditOrder || creditNote || parseDecimal(invoice.total_price_incl_tax) < 0n,
    number,
    state: invoice.state,
    date: date ?? null,
    currency: invoice.currency,
    pricesIncludeVat: invoice.prices_are_incl_tax,
    lines: invoice.details.map((d) => {
      const quantity = d.amount_decimal == null ? null : parseDecimal(d.amount_decimal);
      const price = parseDecimal(d.price);
      const taxRate = d.tax_rate_id ? names.taxRates.get(d.tax_rate_id) : undefined;
      const ledger = d.ledger_account_id ? names.ledgerAccounts.get(d.ledger_account_id) : undefined;
      return {
        description: d.description?.trim() ?? '',
        quantity: quantity === null ? null : toPlain(quantity),
        price: toFixed(price, 2),
        // Moneybird's line amount: the price times the quantity (one when it states none).
        amount: toFixed(quantity === null ? price : multiply(price, quantity), 2),
        rate: d.tax_rate_id ? (rates.get(d.tax_rate_id) ?? null) : null,
        taxRateName: taxRate?.name.trim() || null,
        vatBox: d.tax_rate_id ? vatBoxOfLine(d.tax_report_reference, taxRate) : null,
        ledgerAccount: ledger ?? null,
      };
    }),
    vat: highestRateFirst(
      invoice.tax_totals.map((t) => {
        const taxable = parseDecimal(t.taxable_amount);
        const tax = parseDecimal(t.tax_amount);
        return {
          rate: rates.get(t.tax_rate_id) ?? null,
          name: names.taxRates.get(t.tax_rate_id)?.name.trim() || null,
          amount: toFixed(tax, 2),
          taxable: toFixed(taxable, 2),
        };
      }),
    ),
    totalExclVat: money(invoice.total_price_excl_tax),
    totalInclVat: money(invoice.total_price_incl_tax),
    payments: (invoice.payments ?? []).map((p) => ({
      date: p.payment_date,
      amount: money(p.price),
      transaction: p.transaction_identifier?.trim() || null,
    })),
    contact: { name: contactName(invoice.contact), email: invoice.contact?.email?.trim() || null },
    contactId: invoice.contact_id,
  };
}

/**
 * The part of the VAT return an invoice line is in, as the month per VAT rate places it
 * (`bookedBoxOf`): the boxes Moneybird gave the line, else those its tax rate carries; an OSS rate by
 * its country. Null when neither says.
 */
function vatBoxOfLine(
  references: ReadonlyArray<string | null> | null | undefined,
  taxRate: Pick<TaxRate, 'country' | 'tax_report_reference'> | undefined,
): string | null {
  const box = bookedBoxOf(
    references ?? taxRate?.tax_report_reference,
    taxRate ? { country: taxRate.country ?? null } : undefined,
  );
  return box === UNKNOWN_BOX ? null : box;
}
