// The customer as a Moneybird contact. Matching is exact on a normalised key, never a fuzzy search:
// - with an e-mail address: the address trimmed and lower-cased (key `email:<address>`), compared with
//   the contact's send_invoices_to_email normalised the same way;
// - without e-mail but with a VAT number (a business): the VAT number in its canonical form
//   (vat-number.ts: "NL NL800000000B01" and "800000000B01" of a Dutch customer are both
//   "NL800000000B01"; key `tax_number:<number>`), compared with the contact's tax_number read the
//   same way;
// - without either (typically a counter sale to a consumer): one shared contact per administration,
//   "Webwinkelklanten zonder e-mailadres" (key `shared:without-email`). Consumer sales need no named
//   invoice, and an accountant expects such sales together, as with a cash register, rather than a
//   new nameless contact per order.
// Moneybird does not accept `email` on a contact; send_invoices_to_email is the field.
// Every text field is cleaned for Moneybird (moneybird-text.ts): no control, bidirectional or
// zero-width characters, and at most 255 characters.
//
// A contact is created with delivery method Manual: Moneybird then never e-mails the customer on
// its own (an invoice sent without a method uses the contact's); the app sends every invoice with
// Manual anyway. Nothing that makes Moneybird reach out is set: no SEPA direct debit, no Peppol
// identifier (si_identifier), no estimate address.
//
// A known customer's details are kept current (`contactUpdate`): company, VAT number and address
// as the shop has them now, compared with what the app last saw in the shop for that contact.
import { bookkeepingMessages } from '../../../shared/i18n/messages/bookkeeping';
import type { Order } from '../mijnwebwinkel/order-schema';
import { moneybirdName } from './moneybird-text';
import { type Refusal, refuse } from './refusal';
import type { VatTreatment } from './settings';
import { readVatNumber, vatNumberKey } from './vat-number';

export type ContactMatchKind = 'email' | 'tax_number' | 'shared';

export interface ContactMatch {
  kind: ContactMatchKind;
  /** The normalised value; for 'shared' the fixed name of the shared contact. */
  value: string;
  /** `${kind}:${value}`: one key per contact, for the journal and a contact cache. */
  key: string;
}

/** Fields Moneybird's POST /contacts accepts (checked against its request schema in tests). */
export interface ContactCreatePayload {
  company_name?: string;
  firstname?: string;
  lastname?: string;
  address1?: string;
  zipcode?: string;
  city?: string;
  country?: string;
  phone?: string;
  tax_number?: string;
  send_invoices_to_email?: string;
  /** Always Manual: Moneybird never e-mails a customer the app created on its own. */
  delivery_method: 'Manual';
}

/**
 * The details of a customer the app keeps current in Moneybird: what an invoice shows about a
 * business and what the ICP listing needs. Names and e-mail are left alone (the e-mail address is
 * how the customer is found; a name typed differently per order is no change of customer).
 */
export interface ContactDetails {
  company_name?: string;
  tax_number?: string;
  address1?: string;
  zipcode?: string;
  city?: string;
  country?: string;
}

export const CONTACT_DETAIL_FIELDS = [
  'company_name',
  'tax_number',
  'address1',
  'zipcode',
  'city',
  'country',
] as const satisfies ReadonlyArray<keyof ContactDetails>;

const ADDRESS_FIELDS = ['address1', 'zipcode', 'city', 'country'] as const;

export interface ContactPlan {
  match: ContactMatch;
  create: ContactCreatePayload;
  /** The shop's details of this customer in this order (empty for the shared contact). */
  details: ContactDetails;
  /** The order's date: an older order never rolls a contact back to older details. */
  detailsAsOf: string;
  /** The owner's setting: update a known contact when the shop's details changed. */
  updateExisting: boolean;
}

export const SHARED_CONTACT_VALUE = 'without-email';
/** The shared contact's match key, as the contact cache keeps it. */
export const SHARED_CONTACT_KEY = `shared:${SHARED_CONTACT_VALUE}`;

/**
 * Trimmed, lower-cased; undefined unless it looks like one address (one '@', no spaces, no control,
 * format or invisible characters that would make two addresses look alike).
 */
export function normaliseEmail(email: string | undefined): string | undefined {
  if (email === undefined) return undefined;
  const value = email.trim().toLowerCase();
  if (/[\p{C}\p{Z}]/u.test(value)) return undefined;
  return /^[^\s@,;]+@[^\s@,;]+$/.test(value) ? value : undefined;
}

/**
 * The VAT number as it is matched: canonical when it is an EU number ("nl 8000.00.000 B01",
 * "NL NL800000000B01", and "800000000B01" for a Dutch customer all give "NL800000000B01"), else
 * without spaces, dots and dashes, upper-cased. `country` is the customer's (supplies a missing prefix).
 */
export function normaliseTaxNumber(taxNumber: string | undefined, country?: string): string | undefined {
  return vatNumberKey(moneybirdName(taxNumber), country ?? undefined);
}

/** Whether an existing Moneybird contact is the one this match describes (exact, normalised). */
export function contactMatches(
  match: ContactMatch,
  contact: {
    send_invoices_to_email?: string | null;
    tax_number?: string | null;
    company_name?: string | null;
    country?: string | null;
  },
  language: 'nl' | 'en' = 'nl',
): boolean {
  switch (match.kind) {
    case 'email':
      return normaliseEmail(contact.send_invoices_to_email ?? undefined) === match.value;
    case 'tax_number':
      return (
        normaliseTaxNumber(contact.tax_number ?? undefined, contact.country ?? undefined) === match.value
      );
    case 'shared':
      return (contact.company_name ?? '').trim() === bookkeepingMessages[language]['contact.without_email'];
  }
}

/** Splits "Truus van Voorbeeldig" into firstname "Truus" and lastname "van Voorbeeldig". */
function splitName(name: string): { firstname?: string; lastname?: string } {
  const parts = name.trim().split(/\s+/);
  if (parts.length === 1) return { lastname: parts[0]! };
  return { firstname: parts[0]!, lastname: parts.slice(1).join(' ') };
}

/** The country of the customer's invoice address (else where the order went), when it is a code. */
function customerCountry(order: Order): string | undefined {
  const country = order.debtor.invoiceAddress?.countryCode ?? order.shippingCountryCode;
  return country && /^[A-Z]{2}$/.test(country) ? country : undefined;
}

/**
 * The VAT number to send: canonical when recognised; otherwise as typed (cleaned), which is safe
 * wherever the VAT does not depend on it (see `vatNumberRefusal`).
 */
export function vatNumberToSend(order: Order): string | undefined {
  const typed = moneybirdName(order.debtor.invoiceAddress?.taxNumber);
  if (typed === undefined) return undefined;
  const reading = readVatNumber(typed, customerCountry(order));
  if (!reading) return undefined;
  return reading.kind === 'valid' ? reading.number : typed;
}

/**
 * An intra-community supply is zero-rated only with the customer's valid VAT number, and it is
 * listed under that number in the ICP return: a number that is not in any member state's format
 * parks the order instead of being sent as typed. For every other treatment the number is only
 * shown on the invoice, so it is sent as the customer typed it.
 */
export function vatNumberRefusal(order: Order, treatment: VatTreatment): Refusal | undefined {
  if (treatment !== 'reverse_charge') return undefined;
  const typed = moneybirdName(order.debtor.invoiceAddress?.taxNumber);
  if (typed === undefined) return undefined; // reverse_charge_without_vat_number says so
  const reading = readVatNumber(typed, customerCountry(order));
  if (reading?.kind === 'valid') return undefined;
  return refuse('vat_number_unrecognised', { order: order.number, vatNumber: typed });
}

export function planContact(
  order: Order,
  shopCountry: string,
  language: 'nl' | 'en' = 'nl',
  updateExisting = true,
): ContactPlan {
  const invoice = order.debtor.invoiceAddress ?? {};
  const email = normaliseEmail(order.debtor.email);
  const country = customerCountry(order);
  const taxNumber = normaliseTaxNumber(invoice.taxNumber, country);
  const detailsAsOf = order.date;

  if (email === undefined && taxNumber === undefined) {
    const name = bookkeepingMessages[language]['contact.without_email'];
    return {
      match: { kind: 'shared', value: SHARED_CONTACT_VALUE, key: SHARED_CONTACT_KEY },
      create: { company_name: name, country: shopCountry, delivery_method: 'Manual' },
      details: {},
      detailsAsOf,
      updateExisting: false,
    };
  }

  const details: ContactDetails = {};
  const company = moneybirdName(invoice.company ?? order.debtor.company);
  if (company) details.company_name = company;
  const vatNumber = vatNumberToSend(order);
  if (vatNumber) details.tax_number = vatNumber;
  const street = moneybirdName([invoice.street, invoice.houseNumber].filter(Boolean).join(' '));
  if (street) details.address1 = street;
  const zipcode = moneybirdName(invoice.zipcode);
  if (zipcode) details.zipcode = zipcode;
  const city = moneybirdName(invoice.city);
  if (city) details.city = city;
  if (country) details.country = country;

  const match: ContactMatch =
    email !== undefined
      ? { kind: 'email', value: email, key: `email:${email}` }
      : { kind: 'tax_number', value: taxNumber!, key: `tax_number:${taxNumber}` };
  const create: ContactCreatePayload = { delivery_method: 'Manual' };
  const name = moneybirdName(invoice.name ?? order.debtor.name);
  if (details.company_name) create.company_name = details.company_name;
  if (name) Object.assign(create, splitName(name));
  if (!company && !name) create.company_name = moneybirdName(email ?? taxNumber!);
  for (const field of ADDRESS_FIELDS) if (details[field]) create[field] = details[field];
  const phone = moneybirdName(invoice.phone);
  if (phone) create.phone = phone;
  if (details.tax_number) create.tax_number = details.tax_number;
  if (email) create.send_invoices_to_email = email;
  return { match, create, details, detailsAsOf, updateExisting };
}

// ---- keeping a known contact current ------------------------------------------------------------

/** One canonical text per set of details: equal details, equal fingerprint. */
export function detailsFingerprint(details: ContactDetails): string {
  const canonical: Record<string, string> = {};
  for (const field of CONTACT_DETAIL_FIELDS) {
    const value = details[field];
    if (value !== undefined && value !== '') canonical[field] = value;
  }
  return JSON.stringify(canonical);
}

/** Reads a fingerprint back (undefined for anything that is not one). */
export function detailsFromFingerprint(fingerprint: string | null | undefined): ContactDetails | undefined {
  if (!fingerprint) return undefined;
  try {
    const parsed = JSON.parse(fingerprint) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    const details: ContactDetails = {};
    for (const field of CONTACT_DETAIL_FIELDS) {
      const value = (parsed as Record<string, unknown>)[field];
      if (typeof value === 'string' && value !== '') details[field] = value;
    }
    return details;
  } catch {
    return undefined;
  }
}

/** The tracked fields of a Moneybird contact, empty strings and nulls left out. */
export function detailsOfContact(
  contact: Partial<Record<keyof ContactDetails, string | null>>,
): ContactDetails {
  const details: ContactDetails = {};
  for (const field of CONTACT_DETAIL_FIELDS) {
    const value = contact[field];
    if (typeof value === 'string' && value.trim() !== '') details[field] = value;
  }
  return details;
}

const plain = (value: string | undefined) => (value ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Whether two values of a field say the same (case and spacing aside; VAT numbers canonically). */
function sameValue(field: keyof ContactDetails, a: ContactDetails, b: ContactDetails): boolean {
  if (field === 'tax_number')
    return (
      (normaliseTaxNumber(a.tax_number, a.country) ?? '') ===
      (normaliseTaxNumber(b.tax_number, b.country) ?? '')
    );
  return plain(a[field]) === plain(b[field]);
}

const sameAddress = (a: ContactDetails, b: ContactDetails) =>
  ADDRESS_FIELDS.every((field) => sameValue(field, a, b));
const hasAddress = (d: ContactDetails) => Boolean(d.address1 || d.zipcode || d.city);

/**
 * What to change on a known contact so it shows the shop's details, as a PATCH body (empty: nothing).
 * `shop` is this order's details, `lastShop` what the shop said when the app last kept this contact
 * current (undefined: never), `moneybird` what the contact holds now. Per field (the address as one):
 * - the same in Moneybird: nothing;
 * - empty in Moneybird: filled in from the shop;
 * - different, and the shop's value changed since `lastShop`: the customer changed it, so the shop's
 *   value replaces Moneybird's;
 * - different while the shop's value did not change (or the app never saw it before): Moneybird's
 *   stays. The owner or the accountant corrected it there, and the app does not overwrite that.
 * Nothing the shop leaves empty is erased, except the parts of an address that is replaced as a whole.
 */
export function contactUpdate(
  shop: ContactDetails,
  lastShop: ContactDetails | undefined,
  moneybird: ContactDetails,
): Partial<ContactDetails> {
  const changes: Partial<ContactDetails> = {};
  for (const field of ['company_name', 'tax_number'] as const) {
    const value = shop[field];
    if (!value || sameValue(field, shop, moneybird)) continue;
    const changedInShop = lastShop !== undefined && !sameValue(field, shop, lastShop);
    if (!moneybird[field] || changedInShop) changes[field] = value;
  }
  if (hasAddress(shop) && !sameAddress(shop, moneybird)) {
    const changedInShop = lastShop !== undefined && !sameAddress(shop, lastShop);
    if (!hasAddress(moneybird) || changedInShop) {
      for (const field of ADDRESS_FIELDS) {
        if (sameValue(field, shop, moneybird)) continue;
        // A new address replaces the old one whole; a country is never blanked.
        if (shop[field]) changes[field] = shop[field];
        else if (field !== 'country') changes[field] = '';
      }
    }
  }
  return changes;
}
