// The customer as a Moneybird contact. Matching is exact on a normalised key, never a fuzzy search:
// - with an e-mail address: the address trimmed and lower-cased (key `email:<address>`), compared with
//   the contact's send_invoices_to_email normalised the same way;
// - without e-mail but with a VAT number (a business): the VAT number without spaces or dots,
//   upper-cased (key `tax_number:<number>`), compared with the contact's tax_number;
// - without either (typically a counter sale to a consumer): one shared contact per administration,
//   "Webwinkelklanten zonder e-mailadres" (key `shared:without-email`). Consumer sales need no named
//   invoice, and an accountant expects such sales together, as with a cash register, rather than a
//   new nameless contact per order.
// Moneybird does not accept `email` on a contact; send_invoices_to_email is the field.
// Every text field is cleaned for Moneybird (moneybird-text.ts): no control, bidirectional or
// zero-width characters, and at most 255 characters.
import { bookkeepingMessages } from '../../../shared/i18n/messages/bookkeeping';
import type { Order } from '../mijnwebwinkel/order-schema';
import { moneybirdName } from './moneybird-text';

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
}

export interface ContactPlan {
  match: ContactMatch;
  create: ContactCreatePayload;
}

export const SHARED_CONTACT_VALUE = 'without-email';

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

/** Without spaces, dots and dashes, upper-cased: "nl 8000.00.000 B01" -> "NL800000000B01". */
export function normaliseTaxNumber(taxNumber: string | undefined): string | undefined {
  if (taxNumber === undefined) return undefined;
  const value = taxNumber.replace(/[\s.-]/g, '').toUpperCase();
  return value === '' ? undefined : value;
}

/** Whether an existing Moneybird contact is the one this match describes (exact, normalised). */
export function contactMatches(
  match: ContactMatch,
  contact: {
    send_invoices_to_email?: string | null;
    tax_number?: string | null;
    company_name?: string | null;
  },
  language: 'nl' | 'en' = 'nl',
): boolean {
  switch (match.kind) {
    case 'email':
      return normaliseEmail(contact.send_invoices_to_email ?? undefined) === match.value;
    case 'tax_number':
      return normaliseTaxNumber(contact.tax_number ?? undefined) === match.value;
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

export function planContact(order: Order, shopCountry: string, language: 'nl' | 'en' = 'nl'): ContactPlan {
  const invoice = order.debtor.invoiceAddress ?? {};
  const email = normaliseEmail(order.debtor.email);
  const taxNumber = normaliseTaxNumber(invoice.taxNumber);

  if (email === undefined && taxNumber === undefined) {
    const name = bookkeepingMessages[language]['contact.without_email'];
    return {
      match: { kind: 'shared', value: SHARED_CONTACT_VALUE, key: `shared:${SHARED_CONTACT_VALUE}` },
      create: { company_name: name, country: shopCountry },
    };
  }

  const create: ContactCreatePayload = {};
  const company = moneybirdName(invoice.company ?? order.debtor.company);
  const name = moneybirdName(invoice.name ?? order.debtor.name);
  if (company) create.company_name = company;
  if (name) Object.assign(create, splitName(name));
  if (!company && !name) create.company_name = moneybirdName(email ?? taxNumber!);
  const street = moneybirdName([invoice.street, invoice.houseNumber].filter(Boolean).join(' '));
  if (street) create.address1 = street;
  const zipcode = moneybirdName(invoice.zipcode);
  if (zipcode) create.zipcode = zipcode;
  const city = moneybirdName(invoice.city);
  if (city) create.city = city;
  const country = invoice.countryCode ?? order.shippingCountryCode;
  if (country && /^[A-Z]{2}$/.test(country)) create.country = country;
  const phone = moneybirdName(invoice.phone);
  if (phone) create.phone = phone;
  const taxNumberAsGiven = moneybirdName(invoice.taxNumber);
  if (taxNumberAsGiven) create.tax_number = taxNumberAsGiven;
  if (email) create.send_invoices_to_email = email;

  const match: ContactMatch =
    email !== undefined
      ? { kind: 'email', value: email, key: `email:${email}` }
      : { kind: 'tax_number', value: taxNumber!, key: `tax_number:${taxNumber}` };
  return { match, create };
}
