// Moneybird's contacts, known locally: bulk-loaded through the synchronization endpoints (one list
// of id+version, then the changed contacts 100 at a time) and kept current the same way at the start
// of each run, so booking an order for a known customer costs no look-up.
import { bookkeepingMessages } from '../../../shared/i18n/messages/bookkeeping';
import { type ContactMatch, normaliseEmail, normaliseTaxNumber, SHARED_CONTACT_VALUE } from '../bookkeeping';
import type { MoneybirdClient } from '../moneybird/client';
import type { ContactCache, ContactRecord } from '../store';

export interface MoneybirdContactFields {
  id: string;
  version?: number | null;
  email?: string | null;
  send_invoices_to_email?: string | null;
  tax_number?: string | null;
  company_name?: string | null;
}

const SHARED_NAMES = new Set([
  bookkeepingMessages.nl['contact.without_email'],
  bookkeepingMessages.en['contact.without_email'],
]);

/** Every key an existing contact is found by: each invoice e-mail address, its VAT number, shared. */
export function matchKeysOf(contact: MoneybirdContactFields): string[] {
  const keys = new Set<string>();
  for (const text of [contact.send_invoices_to_email, contact.email]) {
    for (const part of (text ?? '').split(/[,;]/)) {
      const email = normaliseEmail(part);
      if (email) keys.add(`email:${email}`);
    }
  }
  const taxNumber = normaliseTaxNumber(contact.tax_number ?? undefined);
  if (taxNumber) keys.add(`tax_number:${taxNumber}`);
  if (SHARED_NAMES.has((contact.company_name ?? '').trim())) keys.add(`shared:${SHARED_CONTACT_VALUE}`);
  return [...keys];
}

export function toContactRecord(contact: MoneybirdContactFields): ContactRecord {
  return { contactId: contact.id, version: contact.version ?? null, matchKeys: matchKeysOf(contact) };
}

export interface ContactRefresh {
  fetched: number;
  removed: number;
  requests: number;
}

/**
 * Brings the cache level with Moneybird: fetches contacts that are new or changed since they were
 * cached and forgets deleted ones.
 */
export async function refreshContacts(client: MoneybirdClient, cache: ContactCache): Promise<ContactRefresh> {
  const listed = await client.contactsSynchronization();
  let requests = 1;
  const known = cache.versions();
  const changed: string[] = [];
  const seen = new Set<string>();
  for (const entry of listed) {
    seen.add(entry.id);
    if (!known.has(entry.id) || known.get(entry.id) !== entry.version) changed.push(entry.id);
  }
  const gone = [...known.keys()].filter((id) => !seen.has(id));
  if (gone.length > 0) cache.removeContacts(gone);
  let fetched = 0;
  for (let i = 0; i < changed.length; i += 100) {
    const batch = changed.slice(i, i + 100);
    const contacts = await client.contactsByIds(batch);
    requests += 1;
    cache.putContacts(contacts.map((c) => toContactRecord(c as MoneybirdContactFields)));
    fetched += contacts.length;
  }
  return { fetched, removed: gone.length, requests };
}

/** The contact for a match, from the cache. */
export function cachedContactId(cache: ContactCache, match: ContactMatch): string | undefined {
  return cache.lookup(match.key)?.contactId;
}
