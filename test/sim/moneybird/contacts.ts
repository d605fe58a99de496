// Contacts: create (with Moneybird's validation), update, fuzzy search and the contacts filter.
import { createHash } from 'node:crypto';
import type { AdministrationBooks, Json } from './books';
import { Validation } from './errors';
import { parseFilter, parseFilterTime } from './filters';
import { parseBoolean } from './format';
import { CONTACT_FIELDS, CONTACT_PERSON_FIELDS, isObject, rejectUnknownFields } from './request-shapes';

const TEXT_FIELDS = [
  'company_name',
  'address1',
  'address2',
  'zipcode',
  'city',
  'phone',
  'tax_number',
  'firstname',
  'lastname',
  'chamber_of_commerce',
  'bank_account',
  'send_invoices_to_attention',
  'send_invoices_to_email',
  'send_estimates_to_attention',
  'send_estimates_to_email',
  'sepa_iban',
  'sepa_iban_account_name',
  'sepa_bic',
  'sepa_mandate_id',
  'si_identifier',
  'si_identifier_type',
] as const;

const DELIVERY_METHODS = ['Email', 'Simplerinvoicing', 'Peppol', 'Manual', 'Post'];

function blank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

function validate(books: AdministrationBooks, input: Record<string, unknown>, current: Json | null): void {
  rejectUnknownFields(input, CONTACT_FIELDS, 'contact');
  if (input.contact_person !== undefined) {
    rejectUnknownFields(input.contact_person, CONTACT_PERSON_FIELDS, 'contact.contact_person');
  }
  const v = new Validation();
  const merged = { ...current, ...input };
  if (blank(merged.company_name) && blank(merged.firstname) && blank(merged.lastname)) {
    v.add('firstname', 'is required', 'is required');
    v.add('lastname', 'is required', 'is required');
    v.add('company_name', 'is required', 'is required');
  }
  for (const field of TEXT_FIELDS) {
    if (input[field] !== undefined && input[field] !== null && typeof input[field] !== 'string')
      v.add(field, 'is invalid', 'invalid');
  }
  if (input.delivery_method !== undefined && !DELIVERY_METHODS.includes(String(input.delivery_method)))
    v.add('delivery_method', 'is not included in the list', 'inclusion', { value: input.delivery_method });
  if (input.country !== undefined && !/^[A-Z]{2}$/.test(String(input.country)))
    v.add('country', 'is invalid', 'invalid', { value: input.country });
  if (input.customer_id !== undefined && !blank(input.customer_id)) {
    const taken = [...books.contacts.values()].some(
      (c) => c.customer_id === String(input.customer_id) && c.id !== current?.id,
    );
    if (taken) v.add('customer_id', 'has already been taken', 'taken', { value: input.customer_id });
  }
  for (const key of ['invoice_workflow_id', 'estimate_workflow_id'] as const) {
    if (input[key] !== undefined && !books.workflow(String(input[key])))
      v.add(key, 'is invalid', 'invalid', { value: input[key] });
  }
  if (input.send_invoices_to_email !== undefined && !blank(input.send_invoices_to_email)) {
    const addresses = String(input.send_invoices_to_email)
      .split(',')
      .map((a) => a.trim());
    if (addresses.some((a) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(a)))
      v.add('send_invoices_to_email', 'is invalid', 'invalid');
  }
  v.throwIfAny();
}

const nullable = (v: unknown): string | null => (blank(v) ? null : String(v));

export function createContact(books: AdministrationBooks, input: Record<string, unknown>): Json {
  validate(books, input, null);
  const id = books.nextId();
  const now = books.timestamp();
  const contact: Json = {
    id,
    administration_id: books.administration.id,
    company_name: nullable(input.company_name),
    firstname: nullable(input.firstname),
    lastname: nullable(input.lastname),
    address1: nullable(input.address1),
    address2: nullable(input.address2),
    zipcode: nullable(input.zipcode),
    city: nullable(input.city),
    country: blank(input.country) ? 'NL' : String(input.country),
    phone: nullable(input.phone),
    delivery_method: blank(input.delivery_method) ? 'Email' : String(input.delivery_method),
    customer_id: blank(input.customer_id) ? books.allocateCustomerId() : String(input.customer_id),
    tax_number: nullable(input.tax_number),
    chamber_of_commerce: nullable(input.chamber_of_commerce),
    bank_account: nullable(input.bank_account),
    is_trusted: false,
    max_transfer_amount: null,
    attention: nullable(input.send_invoices_to_attention),
    // `email` is read-only since 2016: it mirrors the invoice address.
    email: nullable(input.send_invoices_to_email),
    email_ubl: parseBoolean(input.email_ubl) ?? false,
    send_invoices_to_attention: nullable(input.send_invoices_to_attention),
    send_invoices_to_email: nullable(input.send_invoices_to_email),
    send_estimates_to_attention: nullable(input.send_estimates_to_attention),
    send_estimates_to_email: nullable(input.send_estimates_to_email),
    direct_debit: parseBoolean(input.direct_debit) ?? false,
    sepa_active: parseBoolean(input.sepa_active) ?? false,
    sepa_iban: nullable(input.sepa_iban),
    sepa_iban_account_name: nullable(input.sepa_iban_account_name),
    sepa_bic: nullable(input.sepa_bic),
    sepa_mandate_id: nullable(input.sepa_mandate_id),
    sepa_mandate_date: nullable(input.sepa_mandate_date),
    sepa_sequence_type: blank(input.sepa_sequence_type) ? 'RCUR' : String(input.sepa_sequence_type),
    credit_card_number: null,
    credit_card_reference: null,
    credit_card_type: null,
    tax_number_validated_at: null,
    tax_number_valid: null,
    invoice_workflow_id: nullable(input.invoice_workflow_id),
    estimate_workflow_id: nullable(input.estimate_workflow_id),
    si_identifier: nullable(input.si_identifier),
    si_identifier_type: nullable(input.si_identifier_type),
    moneybird_payments_mandate: false,
    created_at: now,
    updated_at: now,
    version: books.nextVersion(),
    sales_invoices_url: `https://moneybird.dev/${books.administration.id}/sales_invoices/${createHash('sha256').update(id).digest('hex')}/all`,
    notes: [],
    custom_fields: [],
    contact_people: [],
    archived: false,
  };
  if (isObject(input.contact_person)) {
    const person = input.contact_person;
    (contact.contact_people as Json[]).push({
      id: books.nextId(),
      contact_id: id,
      administration_id: books.administration.id,
      firstname: nullable(person.firstname),
      lastname: nullable(person.lastname),
      phone: null,
      email: null,
      department: null,
      created_at: now,
      updated_at: now,
      version: contact.version,
    });
  }
  books.contacts.set(id, contact);
  return contact;
}

export function updateContact(
  books: AdministrationBooks,
  contact: Json,
  input: Record<string, unknown>,
): Json {
  if (input.contact_person !== undefined) rejectUnknownFields({ contact_person: 1 }, [], 'contact');
  validate(books, input, contact);
  for (const [key, value] of Object.entries(input)) {
    if (key === 'custom_fields_attributes') continue;
    if (key === 'email_ubl' || key === 'direct_debit' || key === 'sepa_active')
      contact[key] = parseBoolean(value) ?? false;
    else contact[key] = nullable(value);
  }
  if ('send_invoices_to_email' in input) contact.email = nullable(input.send_invoices_to_email);
  if ('send_invoices_to_attention' in input) contact.attention = nullable(input.send_invoices_to_attention);
  contact.updated_at = books.timestamp();
  contact.version = books.nextVersion();
  return contact;
}

/** PATCH /contacts/{id}/archive: the contact stays (with its invoices) but lists leave it out. */
export function archiveContact(books: AdministrationBooks, contact: Json): void {
  contact.archived = true;
  contact.updated_at = books.timestamp();
  contact.version = books.nextVersion();
}

const SEARCHED = [
  'company_name',
  'attention',
  'firstname',
  'lastname',
  'address1',
  'address2',
  'zipcode',
  'city',
  'country',
  'email',
  'phone',
  'customer_id',
  'tax_number',
  'chamber_of_commerce',
  'bank_account',
] as const;

/**
 * Moneybird's `query` search is fuzzy: every word of the query must occur somewhere (as a
 * case-insensitive substring) in one of the searched fields. So "jan@example.com" also finds
 * "jan@example.com.au" and "Jan" finds "Janssen": clients must check for an exact match.
 */
export function matchesQuery(contact: Json, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = SEARCHED.map((f) => (contact[f] == null ? '' : String(contact[f]).toLowerCase()));
  return words.every((w) => haystack.some((h) => h.includes(w)));
}

/** The keys of GET /contacts/filter (also used by the contacts synchronization filter). */
export function contactFilter(filterText: string | null): (contact: Json) => boolean {
  const terms = parseFilter(filterText);
  const checks: Array<(c: Json) => boolean> = [];
  for (const [key, value] of terms) {
    const lower = value.toLowerCase();
    switch (key) {
      case 'first_name':
        checks.push((c) => String(c.firstname ?? '').toLowerCase() === lower);
        break;
      case 'last_name':
        checks.push((c) => String(c.lastname ?? '').toLowerCase() === lower);
        break;
      case 'created_after': {
        const t = parseFilterTime(value);
        checks.push((c) => Date.parse(String(c.created_at)) > t);
        break;
      }
      case 'updated_after': {
        const t = parseFilterTime(value);
        checks.push((c) => Date.parse(String(c.updated_at)) > t);
        break;
      }
      case 'contact_type':
        if (lower === 'company') checks.push((c) => c.company_name != null);
        if (lower === 'private_individual') checks.push((c) => c.company_name == null);
        break;
      case 'delivery_method':
        if (lower !== 'all') checks.push((c) => String(c.delivery_method ?? '').toLowerCase() === lower);
        break;
      case 'invoice_workflow_id':
        checks.push((c) => c.invoice_workflow_id === value);
        break;
      case 'estimate_workflow_id':
        checks.push((c) => c.estimate_workflow_id === value);
        break;
      case 'trusted_type':
        if (lower === 'trusted') checks.push((c) => c.is_trusted === true);
        if (lower === 'not_trusted') checks.push((c) => c.is_trusted !== true);
        break;
      // Unknown keys are ignored, as the spec's examples show.
    }
  }
  return (c) => checks.every((check) => check(c));
}
