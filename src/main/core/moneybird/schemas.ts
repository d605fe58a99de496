// Response shapes of the Moneybird endpoints we use. Strict on the fields the app relies on; every
// other field is left out of the parsed object (an invoice or contact carries dozens the app never
// reads, and copying them cost more per order than checking the rest). Ids stay decimal strings (64-bit); money stays the
// decimal string Moneybird sent. The parsed objects keep the API's field names so the bookkeeping
// module reads them like the API documentation.
import { z } from 'zod';
import { LeafProblem, leaf } from '../http/schema-leaf';
import { parseDecimal, toPlain } from '../money/decimal';

/** A 64-bit id: Moneybird sends strings; a number is accepted only while it is still exact. */
function toId(value: unknown): string | LeafProblem {
  if (typeof value === 'string')
    return /^\d+$/.test(value) ? value : new LeafProblem('expected a numeric id');
  if (typeof value === 'number')
    return Number.isSafeInteger(value) ? String(value) : new LeafProblem('id is not an exact integer');
  return new LeafProblem(value === undefined ? 'is required' : `expected an id, got ${typeof value}`);
}

export const idSchema = leaf(toId);

/** An id that may be null or missing (both become null). */
const nullableId = leaf((value) => (value === null || value === undefined ? null : toId(value)));

/** A decimal amount as text ("363.0", "-5", "10,95"); a JSON number is converted exactly. */
export const moneySchema = leaf((value) => {
  if (typeof value === 'string' || typeof value === 'number') {
    try {
      const parsed = parseDecimal(value);
      return typeof value === 'string' ? value.trim() : toPlain(parsed);
    } catch {
      // named below
    }
  }
  return new LeafProblem(
    value === undefined ? 'is required' : `not a decimal amount: ${JSON.stringify(value)}`,
  );
});

/** Text that may be null or missing (both become null). */
const nullableText = leaf((value) => {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : new LeafProblem(`expected text, got ${typeof value}`);
});

export const administrationSchema = z.object({
  id: idSchema,
  name: z.string(),
  language: z.string().optional(),
  currency: z.string().optional(),
  country: z.string().nullable().optional(),
  time_zone: z.string().nullable().optional(),
  access: z.string().optional(),
  suspended: z.boolean().optional(),
  period_locked_until: nullableText,
});
export type Administration = z.output<typeof administrationSchema>;

export const taxRateSchema = z.object({
  id: idSchema,
  name: z.string(),
  percentage: moneySchema,
  tax_rate_type: z.string(),
  show_tax: z.boolean().optional(),
  active: z.boolean(),
  country: nullableText,
  /** Not in the spec's tax rate; kept when an answer carries it (the proposal honours it). */
  tax_report_reference: z.array(z.string().nullable()).nullable().optional(),
});
export type TaxRate = z.output<typeof taxRateSchema>;

export const ledgerAccountSchema = z.object({
  id: idSchema,
  name: z.string(),
  account_type: z.string(),
  account_id: nullableText,
  parent_id: nullableId,
  active: z.boolean().optional(),
  allowed_document_types: z.array(z.string()).optional().default([]),
  financial_account_id: nullableId,
});
export type LedgerAccount = z.output<typeof ledgerAccountSchema>;

export const documentStyleSchema = z.object({
  id: idSchema,
  name: z.string(),
  default: z.boolean().optional().default(false),
});
export type DocumentStyle = z.output<typeof documentStyleSchema>;

export const workflowSchema = z.object({
  id: idSchema,
  type: z.string(),
  name: z.string(),
  default: z.boolean().optional().default(false),
  currency: z.string().optional(),
  language: z.string().optional(),
  active: z.boolean().optional(),
  prices_are_incl_tax: z.boolean().optional(),
});
export type Workflow = z.output<typeof workflowSchema>;

export const financialAccountSchema = z.object({
  id: idSchema,
  type: z.string(),
  name: z.string().nullable(),
  identifier: nullableText,
  currency: z.string().optional(),
  active: z.boolean().optional(),
});
export type FinancialAccount = z.output<typeof financialAccountSchema>;

export const contactSchema = z.object({
  id: idSchema,
  company_name: nullableText,
  firstname: nullableText,
  lastname: nullableText,
  customer_id: z
    .union([z.string(), z.number()])
    .nullable()
    .optional()
    .transform((v) => (v == null ? null : String(v))),
  email: nullableText,
  send_invoices_to_email: nullableText,
  tax_number: nullableText,
  address1: nullableText,
  zipcode: nullableText,
  city: nullableText,
  country: nullableText,
  delivery_method: nullableText,
  /** Archived contacts are still the customer's: matched and used (never created again). */
  archived: z.boolean().optional(),
  version: z.number().int().optional(),
});
export type Contact = z.output<typeof contactSchema>;

export const salesInvoiceDetailSchema = z.object({
  id: idSchema,
  tax_rate_id: nullableId,
  ledger_account_id: nullableId,
  amount_decimal: moneySchema.nullable().optional(),
  description: nullableText,
  price: moneySchema,
  total_price_excl_tax_with_discount: moneySchema.optional(),
  /** The VAT-return boxes Moneybird put the line in, e.g. ["NL/1a"] (checked after each create). */
  tax_report_reference: z.array(z.string().nullable()).nullable().optional(),
});

export const taxTotalSchema = z.object({
  tax_rate_id: idSchema,
  taxable_amount: moneySchema,
  tax_amount: moneySchema,
});

export const paymentSchema = z.object({
  id: idSchema,
  invoice_type: z.string().optional(),
  invoice_id: nullableId,
  financial_account_id: nullableId,
  /** Set instead of the account when a payment settles against a ledger account (a gift card). */
  ledger_account_id: nullableId.optional(),
  transaction_identifier: nullableText,
  price: moneySchema,
  price_base: moneySchema.optional(),
  payment_date: z.string(),
  manual_payment_action: nullableText,
});
export type Payment = z.output<typeof paymentSchema>;

/** The contact as an invoice embeds it: what it is matched by and what the owner knows it by. */
export const embeddedContactSchema = z.object({
  id: idSchema,
  company_name: nullableText,
  firstname: nullableText,
  lastname: nullableText,
  email: nullableText,
  send_invoices_to_email: nullableText,
  tax_number: nullableText,
});
export type EmbeddedContact = z.output<typeof embeddedContactSchema>;

/** What sales and external invoices share: the contact, the lines, the totals the sync checks, payments. */
const invoiceShape = {
  id: idSchema,
  contact_id: idSchema,
  contact: embeddedContactSchema.nullable().optional(),
  state: z.string(),
  reference: nullableText,
  currency: z.string(),
  prices_are_incl_tax: z.boolean(),
  total_price_excl_tax: moneySchema,
  total_price_incl_tax: moneySchema,
  /** In the administration's currency; a foreign-currency payment's base amount follows it. */
  total_price_incl_tax_base: moneySchema.optional(),
  total_paid: moneySchema.optional(),
  total_unpaid: moneySchema.optional(),
  details: z.array(salesInvoiceDetailSchema).default([]),
  tax_totals: z.array(taxTotalSchema).optional().default([]),
  payments: z.array(paymentSchema).optional().default([]),
  version: z.number().int().optional(),
};

export const salesInvoiceSchema = z.object({
  ...invoiceShape,
  invoice_id: nullableText,
  invoice_date: nullableText,
  /** Set on a credit invoice made with duplicate_creditinvoice: the invoice it credits. */
  original_sales_invoice_id: nullableId.optional(),
});
export type SalesInvoice = z.output<typeof salesInvoiceSchema>;

export const externalSalesInvoiceSchema = z.object({ ...invoiceShape, date: nullableText });
export type ExternalSalesInvoice = z.output<typeof externalSalesInvoiceSchema>;

/** One entry of a GET …/synchronization list. */
export const syncEntrySchema = z.object({
  id: idSchema,
  version: z.number().int(),
});
export type SyncEntry = z.output<typeof syncEntrySchema>;
