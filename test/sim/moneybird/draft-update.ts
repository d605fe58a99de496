// PATCH /sales_invoices/{id} on a draft: what a client changes after creating or duplicating one
// (a credit note made with duplicate_creditinvoice is adjusted this way). Only the given fields
// change. details_attributes are Rails nested attributes: an item with `id` and `_destroy` removes
// that line, an item with `id` alone changes it, an item without `id` adds a line. Moneybird keeps a
// sent invoice as it was sent: anything but a draft answers 422.
import type { AdministrationBooks, StoredSalesInvoice } from './books';
import { symbolic, Validation } from './errors';
import { isValidIsoDate, parseBoolean } from './format';
import { detailList, parseDetails, touch } from './invoices';
import { refuseIfLocked } from './locked-period';
import { isObject, rejectUnknownFields } from './request-shapes';

/** The fields of the spec's update body this simulator applies. */
const UPDATABLE_FIELDS = [
  'reference',
  'invoice_date',
  'first_due_interval',
  'prices_are_incl_tax',
  'payment_conditions',
  'details_attributes',
] as const;

export function updateDraftSalesInvoice(
  books: AdministrationBooks,
  invoice: StoredSalesInvoice,
  input: Record<string, unknown>,
): StoredSalesInvoice {
  rejectUnknownFields(input, UPDATABLE_FIELDS, 'sales_invoice');
  if (invoice.state !== 'draft') {
    new Validation().add('state', 'only a draft sales invoice can be changed', 'not_draft').throwIfAny();
  }
  const v = new Validation();
  if (input.reference !== undefined && typeof input.reference !== 'string')
    v.add('reference', 'is invalid', 'invalid');
  if (input.invoice_date !== undefined && !isValidIsoDate(input.invoice_date))
    v.add('invoice_date', 'is not a valid date', 'invalid');
  const pricesAreInclTax =
    input.prices_are_incl_tax === undefined
      ? invoice.pricesAreInclTax
      : parseBoolean(input.prices_are_incl_tax);
  if (pricesAreInclTax === undefined) v.add('prices_are_incl_tax', 'is invalid', 'invalid');

  const details = [...invoice.details];
  const added: unknown[] = [];
  for (const item of detailList(input.details_attributes)) {
    if (!isObject(item) || item.id === undefined) {
      added.push(item);
      continue;
    }
    const index = details.findIndex((d) => d.id === String(item.id));
    if (index < 0)
      throw symbolic(404, `Detail with id ${String(item.id)} not found`, { details: 'not_found' });
    if (parseBoolean(item._destroy) === true) {
      details.splice(index, 1);
      continue;
    }
    const { id: _id, ...changes } = item;
    const [changed] = parseDetails(books, [{ ...changes }], v);
    if (changed)
      details[index] = { ...changed, id: details[index]!.id, createdAt: details[index]!.createdAt };
  }
  const fresh = parseDetails(books, added, v).map((d, i) => ({ ...d, rowOrder: details.length + i }));
  v.throwIfAny();
  const date = typeof input.invoice_date === 'string' ? input.invoice_date : invoice.invoiceDate;
  refuseIfLocked(books, date ?? undefined, 'Sales invoice cannot be updated', 'invoice_date');

  if (typeof input.reference === 'string') invoice.reference = input.reference;
  if (typeof input.invoice_date === 'string') invoice.invoiceDate = input.invoice_date;
  if (typeof input.payment_conditions === 'string') invoice.paymentConditions = input.payment_conditions;
  if (typeof input.first_due_interval === 'number' && Number.isInteger(input.first_due_interval))
    invoice.firstDueInterval = input.first_due_interval;
  invoice.pricesAreInclTax = pricesAreInclTax ?? invoice.pricesAreInclTax;
  invoice.details = [...details, ...fresh];
  touch(books, invoice);
  return invoice;
}
