// The request body fields Moneybird accepts, per body, copied from the spec's request schemas
// (which say unevaluatedProperties: false). A field outside these lists is refused with a 400, the
// way a strict-parameters Rails API refuses it; `request-shapes.test.ts` checks the lists against
// the spec so they cannot drift apart.
import { symbolic } from './errors';

export const CONTACT_FIELDS = [
  'company_name',
  'address1',
  'address2',
  'zipcode',
  'city',
  'country',
  'phone',
  'delivery_method',
  'customer_id',
  'tax_number',
  'firstname',
  'lastname',
  'chamber_of_commerce',
  'bank_account',
  'send_invoices_to_attention',
  'send_invoices_to_email',
  'send_estimates_to_attention',
  'send_estimates_to_email',
  'sepa_active',
  'sepa_iban',
  'sepa_iban_account_name',
  'sepa_bic',
  'sepa_mandate_id',
  'sepa_mandate_date',
  'sepa_sequence_type',
  'si_identifier_type',
  'si_identifier',
  'invoice_workflow_id',
  'estimate_workflow_id',
  'email_ubl',
  'direct_debit',
  'custom_fields_attributes',
  'contact_person',
] as const;

export const CONTACT_PERSON_FIELDS = ['firstname', 'lastname'] as const;

export const SALES_INVOICE_FIELDS = [
  'contact_id',
  'contact_person_id',
  'original_estimate_id',
  'document_style_id',
  'workflow_id',
  'reference',
  'invoice_sequence_id',
  'invoice_date',
  'first_due_interval',
  'currency',
  'prices_are_incl_tax',
  'payment_conditions',
  'discount',
  'time_entry_ids',
  'details_attributes',
  'custom_fields_attributes',
] as const;

export const DETAIL_FIELDS = [
  'id',
  'description',
  'period',
  'price',
  'amount',
  'tax_rate_id',
  'ledger_account_id',
  'project_id',
  'product_id',
  'row_order',
  'is_optional',
  'is_selected',
  '_destroy',
  'automated_tax_enabled',
] as const;

export const EXTERNAL_SALES_INVOICE_FIELDS = [
  'contact_id',
  'reference',
  'date',
  'due_date',
  'currency',
  'prices_are_incl_tax',
  'source',
  'source_url',
  'details_attributes',
] as const;

export const PAYMENT_FIELDS = [
  'payment_date',
  'price',
  'price_base',
  'financial_account_id',
  'financial_mutation_id',
  'transaction_identifier',
  'manual_payment_action',
  'ledger_account_id',
  'invoice_id',
] as const;

export const SENDING_FIELDS = [
  'delivery_method',
  'sending_scheduled',
  'deliver_ubl',
  'mergeable',
  'email_address',
  'email_message',
  'invoice_date',
] as const;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Throws Moneybird-style 400 for the first field not in `allowed`. */
export function rejectUnknownFields(body: unknown, allowed: readonly string[], where: string): void {
  if (!isObject(body)) return;
  for (const key of Object.keys(body)) {
    if (!allowed.includes(key)) {
      throw symbolic(400, `Found unpermitted parameter: ${where ? `${where}.` : ''}${key}`, {
        [key]: 'unpermitted',
      });
    }
  }
}

/** The wrapped resource (`{"contact":{...}}`); 400 "<Name> is required" when it is missing. */
export function unwrap(
  body: unknown,
  key: string,
  allowedTopLevel: readonly string[] = [key],
): Record<string, unknown> {
  if (body !== undefined && !isObject(body)) {
    throw symbolic(400, 'Request body is not a JSON object', { body: 'invalid' });
  }
  rejectUnknownFields(body, allowedTopLevel, '');
  const inner = body?.[key];
  if (!isObject(inner)) {
    const name = key.charAt(0).toUpperCase() + key.slice(1).replace(/_/g, ' ');
    throw symbolic(400, `${name} is required`, { [key]: 'required' });
  }
  return inner;
}

export { isObject };
