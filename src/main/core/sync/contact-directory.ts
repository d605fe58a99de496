// Moneybird's contacts, known locally: bulk-loaded through the synchronization endpoints (one list
// of id+version, then the changed contacts 100 at a time) and kept current the same way at the start
// of each run, so booking an order for a known customer costs no look-up. Archived contacts are
// listed too: a returning customer whose contact the owner archived is that contact again, used as it
// is (an archived contact still takes invoices, and whether to show it again among the active ones is
// the owner's choice, not the app's), never created a second time.
import { bookkeepingMessages } from '../../../shared/i18n/messages/bookkeeping';
import { syncMessages } from '../../../shared/i18n/messages/sync';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';
import { writtenList } from '../../../shared/i18n/written-list';
import {
  type ContactMatch,
  type ContactPlan,
  contactUpdate,
  detailsFingerprint,
  detailsFromFingerprint,
  detailsOfContact,
  normaliseEmail,
  normaliseTaxNumber,
  SHARED_CONTACT_KEY,
} from '../bookkeeping';
import { NotFoundError } from '../http/errors';
import type { MoneybirdClient } from '../moneybird/client';
import type { CachedContact, ContactCache, ContactRecord } from '../store';

export interface MoneybirdContactFields {
  id: string;
  version?: number | null;
  email?: string | null;
  send_invoices_to_email?: string | null;
  tax_number?: string | null;
  company_name?: string | null;
  address1?: string | null;
  zipcode?: string | null;
  city?: string | null;
  country?: string | null;
  archived?: boolean;
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
  const taxNumber = normaliseTaxNumber(contact.tax_number ?? undefined, contact.country ?? undefined);
  if (taxNumber) keys.add(`tax_number:${taxNumber}`);
  if (SHARED_NAMES.has((contact.company_name ?? '').trim())) keys.add(SHARED_CONTACT_KEY);
  return [...keys];
}

export function toContactRecord(contact: MoneybirdContactFields): ContactRecord {
  return {
    contactId: contact.id,
    version: contact.version ?? null,
    matchKeys: matchKeysOf(contact),
    details: { ...detailsOfContact(contact) },
    ...(contact.archived !== undefined && { archived: contact.archived }),
  };
}

export interface ContactRefresh {
  fetched: number;
  removed: number;
  requests: number;
}

/**
 * A contact recorded this recently and missing from the synchronization list may just not be listed
 * yet (Moneybird answers a create at once, its lists may follow later): it is asked for by id before
 * it is forgotten, so the customer's next order does not make it a second time.
 */
export const RECENT_CONTACT_MS = 60 * 60 * 1000;

/**
 * Brings the cache level with Moneybird: fetches contacts that are new or changed since they were
 * cached and forgets deleted ones.
 */
export async function refreshContacts(
  client: MoneybirdClient,
  cache: ContactCache,
  now: number = Date.now(),
): Promise<ContactRefresh> {
  const listed = await client.contactsSynchronization();
  let requests = 1;
  const known = cache.versions();
  const changed: string[] = [];
  const seen = new Set<string>();
  for (const entry of listed) {
    seen.add(entry.id);
    if (!known.has(entry.id) || known.get(entry.id) !== entry.version) changed.push(entry.id);
  }
  const unlisted = [...known.keys()].filter((id) => !seen.has(id));
  const recent = cache.writtenSince(unlisted, now - RECENT_CONTACT_MS);
  const gone: string[] = [];
  for (const id of unlisted) {
    if (recent.has(id)) {
      requests += 1;
      if (await contactInMoneybird(client, id)) continue;
    }
    gone.push(id);
  }
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

/** Whether Moneybird still holds the contact: asked by id, a 404 says it is gone. */
export async function contactInMoneybird(client: MoneybirdClient, id: string): Promise<boolean> {
  try {
    await client.getContact(id);
    return true;
  } catch (error) {
    if (error instanceof NotFoundError) return false;
    throw error;
  }
}

/** The contact for a match, from the cache. */
export function cachedContactId(cache: ContactCache, match: ContactMatch): string | undefined {
  return cache.lookup(match.key)?.contactId;
}

/** Records the shop's details a contact the app just created was made with: the baseline for later orders. */
export function markCreatedContact(cache: ContactCache, contactId: string, plan: ContactPlan): void {
  if (plan.match.kind === 'shared') return;
  cache.markShopDetails(contactId, { fingerprint: detailsFingerprint(plan.details), asOf: plan.detailsAsOf });
}

export type ContactUpkeep =
  /** Nothing to do: the setting is off, the shared contact, an older order, or the same fingerprint. */
  | { kind: 'unchanged' }
  /** The shop's details changed, but Moneybird already agrees (or keeps what the owner set there). */
  | { kind: 'agreed' }
  /** One PATCH: `fields` as sent, `message` for the log in both languages. */
  | ContactUpdated
  /**
   * This order's own update, sent and logged before its booking stopped short of recording the
   * contact step (a crash, a full disk): updated all the same, and nothing sent or logged again.
   */
  | { kind: 'updated_earlier' };

export interface ContactUpdated {
  kind: 'updated';
  fields: string[];
  message: LocalizedText;
}

/** "company name, VAT number and address" in each language, for the log line of an update. */
export function updatedFieldsWording(order: string, fields: readonly string[]): LocalizedText {
  const topics = [
    ...new Set(fields.map((f) => (f === 'company_name' || f === 'tax_number' ? f : 'address'))),
  ];
  const words = (lang: 'nl' | 'en') =>
    writtenList(
      topics.map((topic) => syncMessages[lang][`sync.contact_field.${topic}`]),
      lang,
    );
  const nl = localize(syncMessages, 'sync.contact_updated', { order, fields: words('nl') }).nl;
  const en = localize(syncMessages, 'sync.contact_updated', { order, fields: words('en') }).en;
  return { nl, en };
}

/**
 * Keeps a known customer's contact current with this order's details (contact.ts `contactUpdate`
 * says which fields). The fingerprint of the shop's details is compared first, from the cache, so
 * a customer whose details did not change costs nothing; a change costs one PATCH, once. The update
 * is idempotent: when its answer is lost, the fingerprint is not recorded and the next attempt
 * simply sends it again. Its answer is recorded with the order that sent it and, through
 * `logUpdate`, with its log line, in one commit: a booking stopped after it finds, when it resumes,
 * that the update was its own (`updated_earlier`), and the line is written once either way.
 */
export async function keepContactCurrent(
  client: MoneybirdClient,
  cache: ContactCache,
  cached: CachedContact,
  plan: ContactPlan,
  orderNumber: string,
  /** Writes the update's log line; what it returns announces the line once the mark is committed. */
  logUpdate?: (update: ContactUpdated) => (() => void) | undefined,
): Promise<ContactUpkeep> {
  // Before the setting is read: this order's update went out, whatever the owner chose since.
  if (
    cached.shopDetailsUpdatedBy === orderNumber &&
    cached.shopFingerprint === detailsFingerprint(plan.details)
  )
    return { kind: 'updated_earlier' };
  // Without Moneybird's details (not fetched since they were kept) nothing can be compared safely.
  if (!plan.updateExisting || plan.match.kind === 'shared' || cached.details === null)
    return { kind: 'unchanged' };
  const fingerprint = detailsFingerprint(plan.details);
  if (cached.shopFingerprint === fingerprint) return { kind: 'unchanged' };
  if (cached.shopDetailsAsOf !== null && plan.detailsAsOf < cached.shopDetailsAsOf)
    return { kind: 'unchanged' };
  const mark = { fingerprint, asOf: plan.detailsAsOf };
  const changes = contactUpdate(plan.details, detailsFromFingerprint(cached.shopFingerprint), cached.details);
  const fields = Object.keys(changes);
  if (fields.length === 0) {
    cache.markShopDetails(cached.contactId, mark);
    return { kind: 'agreed' };
  }
  const answer = await client.updateContact(cached.contactId, changes);
  const updated: ContactUpdated = {
    kind: 'updated',
    fields,
    message: updatedFieldsWording(orderNumber, fields),
  };
  let announce: (() => void) | undefined;
  cache.markShopDetails(cached.contactId, mark, { contact: toContactRecord(answer), orderNumber }, () => {
    announce = logUpdate?.(updated);
  });
  // Shown live only once kept: a mark that fails to commit (a full disk) takes its line with it.
  announce?.();
  return updated;
}
