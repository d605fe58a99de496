// Sales invoices and external sales invoices: creation with Moneybird's validation, the state
// machine (draft -> send -> open -> payments -> paid), credit invoices and list filters.
import { createHash } from 'node:crypto';
import { type Decimal, fromCents, fromInteger, roundTo } from '../common/decimal';
import type {
  AdministrationBooks,
  StoredDetail,
  StoredExternalInvoice,
  StoredInvoice,
  StoredPayment,
  StoredSalesInvoice,
} from './books';
import { symbolic, Validation } from './errors';
import { type DateRange, inRange, parseFilter, parseFilterTime, resolvePeriod } from './filters';
import { isValidIsoDate, moneyString, parseBoolean, parseMoney } from './format';
import { refuseIfLocked } from './locked-period';
import {
  DETAIL_FIELDS,
  EXTERNAL_SALES_INVOICE_FIELDS,
  isObject,
  PAYMENT_FIELDS,
  rejectUnknownFields,
  SALES_INVOICE_FIELDS,
  SENDING_FIELDS,
} from './request-shapes';

const isId = (v: unknown): boolean =>
  (typeof v === 'string' && /^\d+$/.test(v)) || (typeof v === 'number' && Number.isInteger(v) && v >= 0);
/** Ids sent as JSON numbers above 2^53 have already lost digits; we look them up as sent. */
const idText = (v: unknown): string => String(v);

/** details_attributes comes as an array or as an index-keyed object ({"0":{...},"1":{...}}). */
export function detailList(raw: unknown): unknown[] {
  if (raw === undefined || raw === null) return [];
  if (Array.isArray(raw)) return raw;
  if (isObject(raw)) return Object.values(raw);
  throw symbolic(400, 'details_attributes is invalid', { details_attributes: 'invalid' });
}

export function parseDetails(books: AdministrationBooks, raw: unknown, v: Validation): StoredDetail[] {
  const now = books.timestamp();
  const details: StoredDetail[] = [];
  detailList(raw).forEach((item, index) => {
    if (!isObject(item)) {
      v.add('details', 'is invalid', 'invalid');
      return;
    }
    rejectUnknownFields(item, DETAIL_FIELDS, `details_attributes.${index}`);
    if (parseBoolean(item._destroy) === true) return;
    let price: Decimal = 0n;
    if (item.price !== undefined && item.price !== null) {
      const parsed = parseMoney(item.price);
      if (parsed === undefined)
        v.add('details.price', 'is not a number', 'not_a_number', { value: item.price });
      else if (parsed > fromInteger(1_000_000_000) || parsed < -fromInteger(1_000_000_000))
        v.add('details.price', 'is out of range', 'out_of_range', { value: item.price });
      // The API keeps unit prices to the cent (see arithmetic.ts).
      else price = roundTo(parsed, 2);
    }
    let amount: Decimal = fromInteger(1);
    let amountGiven: Decimal | null = null;
    if (item.amount !== undefined && item.amount !== null && item.amount !== '') {
      const parsed = parseMoney(item.amount);
      if (parsed === undefined)
        v.add('details.amount', 'is not a number', 'not_a_number', { value: item.amount });
      else amount = amountGiven = parsed;
    }
    let taxRateId = books.defaultSalesTaxRate().id;
    if (item.tax_rate_id !== undefined && item.tax_rate_id !== null) {
      const rate = books.taxRate(idText(item.tax_rate_id));
      if (rate?.tax_rate_type !== 'sales_invoice' || !rate.active)
        v.add('details.tax_rate_id', 'is not found', 'invalid', { value: item.tax_rate_id });
      else taxRateId = rate.id;
    }
    let ledgerAccountId = books.fallbackLedgerId;
    if (item.ledger_account_id !== undefined && item.ledger_account_id !== null) {
      const ledger = books.ledgerAccount(idText(item.ledger_account_id));
      if (!ledger)
        v.add('details.ledger_account_id', 'is not found', 'invalid', { value: item.ledger_account_id });
      else if (!(ledger.allowed_document_types as string[]).includes('sales_invoice'))
        v.add('details.ledger_account_id', 'is not allowed for sales invoices', 'invalid');
      else ledgerAccountId = ledger.id as string;
    }
    if (item.project_id !== undefined)
      v.add('details.project_id', 'is not found', 'invalid', { value: item.project_id });
    if (item.product_id !== undefined)
      v.add('details.product_id', 'is not found', 'invalid', { value: item.product_id });
    if (item.description !== undefined && item.description !== null && typeof item.description !== 'string')
      v.add('details.description', 'is invalid', 'invalid');
    if (item.period !== undefined && item.period !== null) {
      try {
        const range = resolvePeriod(String(item.period), books.clock.today());
        item.period = `${range.from.replace(/-/g, '')}..${range.to.replace(/-/g, '')}`;
      } catch {
        v.add('details.period', 'is invalid', 'invalid');
      }
    }
    details.push({
      id: books.nextId(),
      taxRateId,
      ledgerAccountId,
      projectId: null,
      productId: null,
      amountGiven,
      amount,
      description: typeof item.description === 'string' ? item.description : '',
      price,
      period: typeof item.period === 'string' ? item.period : null,
      rowOrder:
        item.row_order !== undefined && /^\d+$/.test(String(item.row_order)) ? Number(item.row_order) : index,
      createdAt: now,
      updatedAt: now,
    });
  });
  return details;
}

function contactFor(books: AdministrationBooks, raw: unknown, v: Validation): string {
  if (raw === undefined || raw === null || raw === '') {
    v.add('contact', "can't be blank", 'blank');
    return '';
  }
  if (!isId(raw) || !books.contacts.has(idText(raw))) {
    v.add('contact_id', 'is invalid', 'invalid', { value: raw });
    return '';
  }
  return idText(raw);
}

function currencyFor(books: AdministrationBooks, raw: unknown, fallback: string, v: Validation): string {
  if (raw === undefined || raw === null || raw === '') return fallback;
  const currency = String(raw).toUpperCase();
  if (books.exchangeRate(currency) === undefined) {
    v.add('currency', 'is not a valid currency', 'invalid', { value: raw });
    return fallback;
  }
  return currency;
}

// ---- a switch for tests: Moneybird's totals differ from what the client sent ---------------------

/**
 * Makes the invoice Moneybird holds differ from the one the client sent, as when Moneybird computes
 * or stores something else than expected (a test's stand-in for a rounding change, a rate mix-up, an
 * edit in between). The stored invoice itself changes, so every later answer (GET, lists,
 * synchronization) shows the same figures:
 * - `cent`: on create, one line's unit price is a cent higher (a line of quantity 1 when there is
 *   one, so the total including VAT is exactly a cent higher with prices including VAT);
 * - `rate`: on create, one line with VAT shown is stored at another active sales rate of the same
 *   country (21 % <-> 9 %): the VAT per rate differs; with prices including VAT the total does not;
 * - `after-send`: the create is left alone; sending the draft makes one line's price a cent higher,
 *   so the numbered invoice the send answers with is a cent higher than the draft was.
 */
export interface TotalsDistortion {
  by: 'cent' | 'rate' | 'after-send';
  /** How many invoices it changes (then it stops); default every one. */
  times?: number;
}

const distortions = new WeakMap<AdministrationBooks, { by: TotalsDistortion['by']; left: number }>();

export function distortTotals(books: AdministrationBooks, distortion: TotalsDistortion): void {
  distortions.set(books, { by: distortion.by, left: distortion.times ?? Number.POSITIVE_INFINITY });
}

/** Applies the books' distortion to these details, if it is one for this moment and has uses left. */
function distort(books: AdministrationBooks, details: StoredDetail[], moment: 'create' | 'send'): void {
  const distortion = distortions.get(books);
  if (!distortion || distortion.left <= 0 || details.length === 0) return;
  if ((distortion.by === 'after-send') !== (moment === 'send')) return;
  if (distortion.by === 'rate') {
    for (const detail of details) {
      const current = books.taxRate(detail.taxRateId);
      if (!current?.show_tax) continue;
      const other = books.taxRates.find(
        (r) =>
          r.tax_rate_type === 'sales_invoice' &&
          r.active &&
          r.show_tax &&
          r.country === current.country &&
          r.percentage !== current.percentage &&
          r.percentage !== '0.0',
      );
      if (!other) continue;
      detail.taxRateId = other.id;
      distortion.left -= 1;
      return;
    }
    return;
  }
  const detail = details.find((d) => d.amount === fromInteger(1)) ?? details[0]!;
  detail.price += fromCents(1);
  distortion.left -= 1;
}

export function createSalesInvoice(
  books: AdministrationBooks,
  input: Record<string, unknown>,
): StoredSalesInvoice {
  rejectUnknownFields(input, SALES_INVOICE_FIELDS, 'sales_invoice');
  const v = new Validation();
  const contactId = contactFor(books, input.contact_id, v);
  const contact = books.contacts.get(contactId);
  let workflow = books.defaultInvoiceWorkflow();
  const workflowRaw = input.workflow_id ?? contact?.invoice_workflow_id ?? undefined;
  if (workflowRaw !== undefined && workflowRaw !== null) {
    const found = books.workflow(idText(workflowRaw));
    if (found?.type !== 'InvoiceWorkflow') v.add('workflow_id', 'is invalid', 'invalid');
    else workflow = found;
  }
  let documentStyleId = books.defaultDocumentStyle().id as string;
  if (input.document_style_id !== undefined) {
    const style = books.documentStyles.find((s) => s.id === idText(input.document_style_id));
    if (!style) v.add('document_style_id', 'is invalid', 'invalid');
    else documentStyleId = style.id as string;
  }
  if (input.invoice_date !== undefined && !isValidIsoDate(input.invoice_date))
    v.add('invoice_date', 'is not a valid date', 'invalid');
  const pricesAreInclTax =
    input.prices_are_incl_tax === undefined
      ? (workflow.prices_are_incl_tax as boolean)
      : parseBoolean(input.prices_are_incl_tax);
  if (pricesAreInclTax === undefined) v.add('prices_are_incl_tax', 'is invalid', 'invalid');
  let discount: Decimal = 0n;
  if (input.discount !== undefined && input.discount !== null) {
    const d = parseMoney(input.discount);
    if (d === undefined || d < 0n || d > fromInteger(100))
      v.add('discount', 'must be between 0 and 100', 'invalid', { value: input.discount });
    else discount = d;
  }
  if (input.reference !== undefined && typeof input.reference !== 'string')
    v.add('reference', 'is invalid', 'invalid');
  if (input.custom_fields_attributes !== undefined) {
    const first = detailList(input.custom_fields_attributes)[0];
    if (first !== undefined) {
      const id = isObject(first) ? first.id : first;
      throw symbolic(404, `Custom field with id ${String(id)} not found for administration`, {
        custom_fields_attributes: 'not_found',
      });
    }
  }
  const currency = currencyFor(books, input.currency, String(workflow.currency), v);
  const firstDueInterval =
    typeof input.first_due_interval === 'number' && Number.isInteger(input.first_due_interval)
      ? input.first_due_interval
      : ((workflow.steps as Array<{ due_interval: number }>)[0]?.due_interval ?? 14);
  const details = parseDetails(books, input.details_attributes, v);
  v.throwIfAny();
  refuseIfLocked(
    books,
    input.invoice_date as string | undefined,
    'Sales invoice cannot be created',
    'invoice_date',
  );
  distort(books, details, 'create');
  const now = books.timestamp();
  const invoice: StoredSalesInvoice = {
    kind: 'sales_invoice',
    id: books.nextId(),
    contactId,
    contactPersonId: input.contact_person_id === undefined ? null : idText(input.contact_person_id),
    invoiceId: null,
    draftId: books.allocateDraftId(),
    state: 'draft',
    invoiceDate: typeof input.invoice_date === 'string' ? input.invoice_date : null,
    firstDueInterval,
    workflowId: workflow.id as string,
    documentStyleId,
    reference: typeof input.reference === 'string' ? input.reference : null,
    paymentConditions: typeof input.payment_conditions === 'string' ? input.payment_conditions : null,
    paymentReference: null,
    shortPaymentReference: null,
    language: String(workflow.language),
    currency,
    discount,
    originalSalesInvoiceId: null,
    pricesAreInclTax: pricesAreInclTax ?? false,
    details,
    payments: [],
    paidAt: null,
    sentAt: null,
    deliveryMethod: null,
    createdAt: now,
    updatedAt: now,
    createdDate: books.clock.today(),
    version: books.nextVersion(),
  };
  books.salesInvoices.set(invoice.id, invoice);
  return invoice;
}

export function touch(books: AdministrationBooks, invoice: StoredInvoice): void {
  invoice.updatedAt = books.timestamp();
  invoice.version = books.nextVersion();
}

/** PATCH send_invoice: Manual marks it sent without delivering anything; numbers it; state open. */
export function sendInvoice(
  books: AdministrationBooks,
  invoice: StoredSalesInvoice,
  body: unknown,
): StoredSalesInvoice {
  if (body !== undefined && !isObject(body)) throw symbolic(400, 'Request body is not a JSON object');
  rejectUnknownFields(body, ['sales_invoice_sending'], '');
  const sending = isObject(body) && isObject(body.sales_invoice_sending) ? body.sales_invoice_sending : {};
  rejectUnknownFields(sending, SENDING_FIELDS, 'sales_invoice_sending');
  if (invoice.details.length === 0)
    throw symbolic(400, 'details cannot be empty', { sales_invoice: 'details_cannot_be_empty' });
  const contact = books.contacts.get(invoice.contactId);
  const method = String(
    sending.delivery_method ?? invoice.deliveryMethod ?? contact?.delivery_method ?? 'Email',
  );
  const v = new Validation();
  if (!['Email', 'Peppol', 'Manual', 'Post', 'Simplerinvoicing'].includes(method))
    v.add('delivery_method', 'is not included in the list', 'inclusion');
  if (method === 'Email' && !sending.email_address && !contact?.send_invoices_to_email)
    v.add('email_address', "can't be blank", 'blank');
  if (method === 'Peppol' && !contact?.si_identifier)
    v.add('delivery_method', 'The contact cannot receive invoices via Peppol', 'peppol_unreachable');
  if (sending.invoice_date !== undefined && !isValidIsoDate(sending.invoice_date))
    v.add('invoice_date', 'is not a valid date', 'invalid');
  v.throwIfAny();
  invoice.deliveryMethod = method;
  if (invoice.state === 'draft') {
    refuseIfLocked(
      books,
      typeof sending.invoice_date === 'string'
        ? sending.invoice_date
        : (invoice.invoiceDate ?? books.clock.today()),
      'Sales invoice cannot be sent',
      'invoice_date',
    );
    distort(books, invoice.details, 'send');
    if (typeof sending.invoice_date === 'string') invoice.invoiceDate = sending.invoice_date;
    invoice.invoiceDate ??= books.clock.today();
    invoice.invoiceId = books.allocateInvoiceNumber(invoice.invoiceDate);
    invoice.sentAt = books.clock.today();
    invoice.state = 'open';
    const digits = createHash('sha256').update(invoice.id).digest('hex').replace(/\D/g, '').padEnd(16, '7');
    invoice.paymentReference = `RF${digits.slice(0, 2)}${digits.slice(2, 16)}`;
    invoice.shortPaymentReference = invoice.paymentReference.slice(-10);
    // A zero total has nothing to pay: Moneybird books it as paid right away.
    if (books.unpaid(invoice) === 0n) {
      invoice.state = 'paid';
      invoice.paidAt = books.clock.today();
    }
  }
  touch(books, invoice);
  return invoice;
}

/**
 * POST payments. Refused on a draft (send it first); the amount must be on the invoice's side of
 * zero and may not exceed what is still open (Moneybird refuses overpayment with a 422 on price);
 * price_base is required when the invoice is in a foreign currency.
 */
export function registerPayment(
  books: AdministrationBooks,
  invoice: StoredInvoice,
  body: unknown,
): StoredPayment {
  if (body !== undefined && !isObject(body)) throw symbolic(400, 'Request body is not a JSON object');
  rejectUnknownFields(body, ['payment'], '');
  const raw = isObject(body) && isObject(body.payment) ? body.payment : undefined;
  if (!raw) throw symbolic(400, 'Payment is required', { payment: 'required' });
  rejectUnknownFields(raw, PAYMENT_FIELDS, 'payment');
  const v = new Validation();
  if (invoice.kind === 'sales_invoice' && invoice.state === 'draft')
    v.add('invoice', 'is a draft: send the invoice before registering a payment', 'invoice_is_draft');
  let paymentDate = '';
  if (raw.payment_date === undefined || raw.payment_date === null || raw.payment_date === '') {
    v.add('payment_date', "can't be blank", 'blank');
  } else {
    const text = String(raw.payment_date).slice(0, 10);
    if (!isValidIsoDate(text)) v.add('payment_date', 'is not a valid date', 'is not a valid date');
    else paymentDate = text;
  }
  const price = raw.price === undefined || raw.price === null ? undefined : parseMoney(raw.price);
  if (raw.price === undefined || raw.price === null) {
    v.add('price', "can't be blank", 'blank');
    v.add('price', 'is not a number', 'not_a_number', { value: null });
  } else if (price === undefined) v.add('price', 'is not a number', 'not_a_number', { value: raw.price });
  const foreign = invoice.currency !== books.administration.currency;
  let priceBase: Decimal | undefined;
  if (raw.price_base !== undefined && raw.price_base !== null) {
    priceBase = parseMoney(raw.price_base);
    if (priceBase === undefined)
      v.add('price_base', 'is not a number', 'not_a_number', { value: raw.price_base });
  } else if (foreign) {
    v.add('price_base', "can't be blank", 'blank');
  }
  const ids = {
    financialAccountId: raw.financial_account_id,
    financialMutationId: raw.financial_mutation_id,
    ledgerAccountId: raw.ledger_account_id,
  };
  if (
    ids.financialAccountId !== undefined &&
    !books.financialAccounts.some((a) => a.id === idText(ids.financialAccountId))
  )
    v.add('financial_account_id', 'is invalid', 'invalid');
  if (ids.ledgerAccountId !== undefined && !books.ledgerAccount(idText(ids.ledgerAccountId)))
    v.add('ledger_account_id', 'is invalid', 'invalid');
  if (ids.financialMutationId !== undefined) v.add('financial_mutation_id', 'is invalid', 'invalid');
  const action = raw.manual_payment_action;
  if (action !== undefined) {
    const allowed = [
      'private_payment',
      'payment_without_proof',
      'cash_payment',
      'rounding_error',
      'bank_transfer',
      'balance_settlement',
      'invoices_settlement',
    ];
    if (!allowed.includes(String(action)))
      v.add('manual_payment_action', 'is not included in the list', 'inclusion');
    if ((action === 'private_payment' || action === 'cash_payment') && ids.financialAccountId === undefined)
      v.add('financial_account_id', "can't be blank", 'blank');
    if (action === 'bank_transfer') v.add('financial_mutation_id', "can't be blank", 'blank');
    if (action === 'balance_settlement' && ids.ledgerAccountId === undefined)
      v.add('ledger_account_id', "can't be blank", 'blank');
    if (action === 'invoices_settlement') v.add('invoice_id', "can't be blank", 'blank');
  }
  if (price !== undefined && v.empty) {
    const open = books.unpaid(invoice);
    const roundedPrice = roundTo(price, 2);
    if (roundedPrice === 0n) v.add('price', 'must be other than 0', 'other_than', { value: raw.price });
    else if (
      open === 0n ||
      open > 0n !== roundedPrice > 0n ||
      (open > 0n ? roundedPrice > open : roundedPrice < open)
    )
      v.add('price', `is more than the open amount of ${moneyString(open)}`, 'less_than_or_equal_to', {
        count: moneyString(open),
      });
  }
  v.throwIfAny();
  refuseIfLocked(books, paymentDate, 'Payment cannot be registered', 'payment_date');
  const finalPrice = roundTo(price!, 2);
  const payment: StoredPayment = {
    id: books.nextId(),
    invoiceType: invoice.kind === 'sales_invoice' ? 'SalesInvoice' : 'ExternalSalesInvoice',
    invoiceId: invoice.id,
    price: finalPrice,
    priceBase: priceBase === undefined ? books.toBase(finalPrice, invoice.currency) : roundTo(priceBase, 2),
    paymentDate,
    financialAccountId: ids.financialAccountId === undefined ? null : idText(ids.financialAccountId),
    financialMutationId: null,
    ledgerAccountId: ids.ledgerAccountId === undefined ? null : idText(ids.ledgerAccountId),
    transactionIdentifier: typeof raw.transaction_identifier === 'string' ? raw.transaction_identifier : null,
    manualPaymentAction: action === undefined ? null : String(action),
    createdAt: books.timestamp(),
  };
  invoice.payments.push(payment);
  if (books.unpaid(invoice) === 0n) {
    invoice.state = 'paid';
    invoice.paidAt = paymentDate;
  }
  touch(books, invoice);
  return payment;
}

/** PATCH duplicate_creditinvoice: a new draft with every quantity negated, linked to the original. */
export function duplicateCreditInvoice(
  books: AdministrationBooks,
  original: StoredSalesInvoice,
): StoredSalesInvoice {
  if (original.state === 'draft')
    throw symbolic(400, 'A draft invoice cannot be credited', { sales_invoice: 'is_draft' });
  const now = books.timestamp();
  const credit: StoredSalesInvoice = {
    ...original,
    id: books.nextId(),
    invoiceId: null,
    draftId: books.allocateDraftId(),
    state: 'draft',
    invoiceDate: null,
    paymentReference: null,
    shortPaymentReference: null,
    originalSalesInvoiceId: original.id,
    details: original.details.map((d) => ({
      ...d,
      id: books.nextId(),
      amount: -d.amount,
      amountGiven: -d.amount,
      createdAt: now,
      updatedAt: now,
    })),
    payments: [],
    paidAt: null,
    sentAt: null,
    createdAt: now,
    updatedAt: now,
    createdDate: books.clock.today(),
    version: books.nextVersion(),
  };
  books.salesInvoices.set(credit.id, credit);
  return credit;
}

export function createExternalInvoice(
  books: AdministrationBooks,
  input: Record<string, unknown>,
): StoredExternalInvoice {
  rejectUnknownFields(input, EXTERNAL_SALES_INVOICE_FIELDS, 'external_sales_invoice');
  if (
    input.contact_id !== undefined &&
    (!isId(input.contact_id) || !books.contacts.has(idText(input.contact_id)))
  )
    throw symbolic(400, 'Contact ID is invalid', {
      external_sales_invoice: { contact_id: 'contact_invalid' },
    });
  const v = new Validation();
  if (input.contact_id === undefined) v.add('contact', "can't be blank", 'blank');
  if (typeof input.reference !== 'string' || input.reference.trim() === '')
    v.add('reference', "can't be blank", 'blank');
  let date = books.clock.today();
  if (input.date !== undefined) {
    if (!isValidIsoDate(input.date)) v.add('date', 'is not a valid date', 'is not a valid date');
    else date = input.date;
  }
  if (input.due_date !== undefined && !isValidIsoDate(input.due_date))
    v.add('due_date', 'is not a valid date', 'is not a valid date');
  const pricesAreInclTax =
    input.prices_are_incl_tax === undefined ? false : parseBoolean(input.prices_are_incl_tax);
  if (pricesAreInclTax === undefined) v.add('prices_are_incl_tax', 'is invalid', 'invalid');
  const currency = currencyFor(books, input.currency, books.administration.currency, v);
  const details = parseDetails(books, input.details_attributes, v);
  v.throwIfAny();
  refuseIfLocked(books, date, 'External sales invoice cannot be created', 'date');
  distort(books, details, 'create');
  const now = books.timestamp();
  const invoice: StoredExternalInvoice = {
    kind: 'external_sales_invoice',
    id: books.nextId(),
    contactId: idText(input.contact_id),
    date,
    dueDate: typeof input.due_date === 'string' ? input.due_date : null,
    reference: String(input.reference),
    entryNumber: books.allocateEntryNumber(),
    source: typeof input.source === 'string' ? input.source : null,
    sourceUrl: typeof input.source_url === 'string' ? input.source_url : null,
    state: 'open',
    currency,
    pricesAreInclTax: pricesAreInclTax ?? false,
    details,
    payments: [],
    paidAt: null,
    createdAt: now,
    updatedAt: now,
    version: books.nextVersion(),
  };
  if (books.unpaid(invoice) === 0n) {
    invoice.state = 'paid';
    invoice.paidAt = date;
  }
  books.externalInvoices.set(invoice.id, invoice);
  return invoice;
}

const EXTERNAL_FILTER_KEYS = new Set(['state', 'period', 'contact_id']);

/**
 * The `filter` of the invoice lists. Without a filter the defaults apply (period:this_year,
 * state:all); a filter that is given replaces the defaults entirely (the spec's words), so
 * `state:draft` alone has no period. A draft without an invoice date falls in a period only when
 * the period contains today.
 */
export function invoiceFilter(
  books: AdministrationBooks,
  filterText: string | null,
  applyDefaults: boolean,
  kind: StoredInvoice['kind'] = 'sales_invoice',
): (invoice: StoredInvoice) => boolean {
  const terms = parseFilter(filterText === null && applyDefaults ? 'period:this_year,state:all' : filterText);
  const today = books.clock.today();
  const checks: Array<(i: StoredInvoice) => boolean> = [];
  for (const [key, value] of terms) {
    // The external invoice lists know only state, period and contact_id; Moneybird ignores other keys.
    if (kind === 'external_sales_invoice' && !EXTERNAL_FILTER_KEYS.has(key)) continue;
    switch (key) {
      case 'state': {
        const states = value.split('|');
        if (!states.includes('all')) checks.push((i) => states.includes(i.state));
        break;
      }
      case 'period': {
        const range: DateRange = resolvePeriod(value, today);
        checks.push((i) => {
          const date = i.kind === 'sales_invoice' ? i.invoiceDate : i.date;
          return date === null ? inRange(today, range) : inRange(date, range);
        });
        break;
      }
      case 'reference': {
        const refs = value.split('|');
        checks.push((i) => i.reference !== null && refs.includes(i.reference));
        break;
      }
      case 'contact_id':
        checks.push((i) => i.contactId === value);
        break;
      case 'workflow_id':
        checks.push((i) => i.kind === 'sales_invoice' && i.workflowId === value);
        break;
      case 'recurring_sales_invoice_id':
        checks.push(() => false);
        break;
      case 'created_after': {
        const t = parseFilterTime(value);
        checks.push((i) => Date.parse(i.createdAt) > t);
        break;
      }
      case 'updated_after': {
        const t = parseFilterTime(value);
        checks.push((i) => Date.parse(i.updatedAt) > t);
        break;
      }
    }
  }
  return (i) => checks.every((check) => check(i));
}
