// The contact cache: a customer's match key -> their Moneybird contact id, filled by bulk-loading
// Moneybird's contacts through the synchronization endpoints, so booking an order for a known
// customer needs no look-up. Every contact is kept with its synchronization version (also those
// without a key), so a refresh fetches only the contacts whose version changed.
//
// Beside it, per contact: its details (company, VAT number, address) as Moneybird last showed them,
// and the fingerprint of the shop's details when the app last kept the contact current. An order
// whose details give the same fingerprint needs no request at all (bookkeeping/contact.ts). When that
// fingerprint was sent in an update, the order whose booking sent it is kept too (migration 28).
import type { Database } from 'better-sqlite3';
import { writeTransaction } from './write-transaction';

/** A contact's tracked details, field name -> value (plain, so the store needs no bookkeeping types). */
export type StoredContactDetails = Readonly<Record<string, string>>;

export interface CachedContact {
  matchKey: string;
  contactId: string;
  version: number | null;
  /** Moneybird's details as last seen; null when not known yet (cached before they were kept). */
  details: StoredContactDetails | null;
  /** The shop's details when the app last kept this contact current; null: never. */
  shopFingerprint: string | null;
  /** The date (yyyy-mm-dd) of the order `shopFingerprint` came from. */
  shopDetailsAsOf: string | null;
  /**
   * The order whose booking sent `shopFingerprint` to Moneybird in an update; null when the mark sent
   * nothing (Moneybird agreed, the app made the contact) or was made before this was kept.
   */
  shopDetailsUpdatedBy: string | null;
}

export interface ContactRecord {
  contactId: string;
  version: number | null;
  matchKeys: readonly string[];
  /** Moneybird's details of the contact now; left as stored when absent. */
  details?: StoredContactDetails;
  /** Whether the owner archived it in Moneybird; left as stored when absent. */
  archived?: boolean;
}

/** The shop's details the contact was last kept current with. */
export interface ShopDetailsMark {
  fingerprint: string;
  asOf: string;
}

/** Our own update of a contact: Moneybird's answer to it, and the order whose booking sent it. */
export interface ContactUpdateAnswer {
  contact: ContactRecord;
  orderNumber: string;
}

export interface ContactCache {
  lookup(matchKey: string): CachedContact | undefined;
  /**
   * Records a contact with all the keys it is found by now, dropping keys it no longer has (an
   * e-mail address changed in Moneybird). A key another contact holds too is shared by both; a
   * look-up takes an active contact before an archived one, and the oldest among equals.
   */
  putContact(contact: ContactRecord): void;
  /** putContact for many contacts in one transaction (the bulk load). */
  putContacts(contacts: readonly ContactRecord[]): void;
  /**
   * Records that the contact now agrees with the shop's details `mark` (after an update, or when
   * nothing needed changing), with Moneybird's answer to the update and its order when there was
   * one; a mark without an update keeps no order. One transaction, so the fingerprint is never ahead
   * of the contact it describes, with `alongside` (the caller's record of the update, its log line)
   * in it too.
   */
  markShopDetails(
    contactId: string,
    mark: ShopDetailsMark,
    update?: ContactUpdateAnswer,
    alongside?: () => void,
  ): void;
  /** Forgets contacts deleted in Moneybird, with their keys. */
  removeContacts(contactIds: readonly string[]): void;
  /** Every key the contact is found by now (empty for a contact the cache does not hold). */
  keysOf(contactId: string): string[];
  /** contact id -> version, to compare with the synchronization list and fetch only what changed. */
  versions(): Map<string, number | null>;
  /** Of these contacts, the ones recorded (made, fetched or updated) at or after `since` (ms). */
  writtenSince(contactIds: readonly string[], since: number): Set<string>;
  /**
   * A contact create for this customer is about to be sent for this order: until it is settled, its
   * outcome may be unknown (an answer lost, a write landing late).
   */
  announceCreate(matchKey: string, orderNumber: string): void;
  /** The order whose contact create for this customer is not settled yet, if any. */
  createAnnouncedBy(matchKey: string): string | undefined;
  /** The order's create for this customer is settled: the contact is known (or never made). */
  settleCreate(matchKey: string, orderNumber: string): void;
  size(): number;
  clear(): void;
}

/** The match key for an e-mail address: trimmed and lower-cased, prefixed so other keys cannot clash. */
export function emailMatchKey(email: string): string | null {
  const normalised = email.trim().toLowerCase();
  return /^[^@\s]+@[^@\s]+$/.test(normalised) ? `email:${normalised}` : null;
}

export function createContactCache(db: Database, now: () => number = Date.now): ContactCache {
  const select = db.prepare(
    `SELECT k.match_key, k.contact_id, c.version, c.details, c.shop_fingerprint, c.shop_details_as_of,
       c.shop_details_updated_by
     FROM contact_match_keys k JOIN contacts c ON c.contact_id = k.contact_id WHERE k.match_key = ?
     ORDER BY c.archived, CAST(k.contact_id AS INTEGER) LIMIT 1`,
  );
  // A refresh or our own create/update brings the version and Moneybird's details; the shop's
  // fingerprint is ours and survives both.
  const upsertContact = db.prepare(
    `INSERT INTO contacts (contact_id, version, updated_at, details, archived)
       VALUES (?, ?, ?, ?, coalesce(?, 0))
     ON CONFLICT (contact_id) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at,
       details = coalesce(excluded.details, contacts.details),
       archived = coalesce(?, contacts.archived)`,
  );
  const markShop = db.prepare(
    `UPDATE contacts SET shop_fingerprint = ?, shop_details_as_of = ?, shop_details_updated_by = ?
     WHERE contact_id = ?`,
  );
  // Two contacts may share a key (one e-mail address for two contacts): each keeps it, and a look-up
  // takes an active one before one the owner archived, then the oldest (lowest id), so one customer's
  // orders never flip between the two, and when the owner deletes one the other is still found.
  const insertKey = db.prepare(
    'INSERT OR IGNORE INTO contact_match_keys (match_key, contact_id) VALUES (?, ?)',
  );
  const keysOf = db.prepare('SELECT match_key FROM contact_match_keys WHERE contact_id = ?').pluck();
  const deleteKey = db.prepare('DELETE FROM contact_match_keys WHERE match_key = ? AND contact_id = ?');
  const deleteContact = db.prepare('DELETE FROM contacts WHERE contact_id = ?');
  const versions = db.prepare('SELECT contact_id, version FROM contacts');
  const writtenAt = db.prepare('SELECT updated_at FROM contacts WHERE contact_id = ?').pluck();
  const count = db.prepare('SELECT count(*) FROM contacts').pluck();
  const clear = db.prepare('DELETE FROM contacts');
  const clearCreates = db.prepare('DELETE FROM contact_creates');
  const announce = db.prepare(
    'INSERT OR REPLACE INTO contact_creates (match_key, order_number, announced_at) VALUES (?, ?, ?)',
  );
  const announcedBy = db.prepare('SELECT order_number FROM contact_creates WHERE match_key = ?').pluck();
  const settle = db.prepare('DELETE FROM contact_creates WHERE match_key = ? AND order_number = ?');

  const put = ({ contactId, version, matchKeys, details, archived }: ContactRecord) => {
    const archivedFlag = archived === undefined ? null : archived ? 1 : 0;
    const detailsJson = details === undefined ? null : JSON.stringify(details);
    upsertContact.run(contactId, version, now(), detailsJson, archivedFlag, archivedFlag);
    const keep = new Set(matchKeys);
    for (const key of keysOf.all(contactId) as string[]) if (!keep.has(key)) deleteKey.run(key, contactId);
    for (const key of keep) insertKey.run(key, contactId);
  };
  const putOne = writeTransaction(db, put);
  const putMany = writeTransaction(db, (contacts: readonly ContactRecord[]) => {
    for (const contact of contacts) put(contact);
  });
  const mark = writeTransaction(
    db,
    (contactId: string, shop: ShopDetailsMark, update?: ContactUpdateAnswer, alongside?: () => void) => {
      if (update) put(update.contact);
      markShop.run(shop.fingerprint, shop.asOf, update?.orderNumber ?? null, contactId);
      alongside?.();
    },
  );
  const removeMany = writeTransaction(db, (ids: readonly string[]) => {
    for (const id of ids) deleteContact.run(id);
  });

  return {
    lookup: (matchKey) => {
      const row = select.get(matchKey) as
        | {
            match_key: string;
            contact_id: string;
            version: number | null;
            details: string | null;
            shop_fingerprint: string | null;
            shop_details_as_of: string | null;
            shop_details_updated_by: string | null;
          }
        | undefined;
      return row
        ? {
            matchKey: row.match_key,
            contactId: row.contact_id,
            version: row.version,
            details: parseDetails(row.details),
            shopFingerprint: row.shop_fingerprint,
            shopDetailsAsOf: row.shop_details_as_of,
            shopDetailsUpdatedBy: row.shop_details_updated_by,
          }
        : undefined;
    },
    putContact: (contact) => putOne(contact),
    putContacts: (contacts) => putMany(contacts),
    markShopDetails: (contactId, shop, update, alongside) => mark(contactId, shop, update, alongside),
    removeContacts: (ids) => removeMany(ids),
    keysOf: (contactId) => keysOf.all(contactId) as string[],
    versions: () => {
      const map = new Map<string, number | null>();
      for (const row of versions.iterate() as Iterable<{ contact_id: string; version: number | null }>) {
        map.set(row.contact_id, row.version);
      }
      return map;
    },
    writtenSince: (ids, since) =>
      new Set(ids.filter((id) => ((writtenAt.get(id) as number | undefined) ?? -1) >= since)),
    announceCreate: (matchKey, orderNumber) => {
      announce.run(matchKey, orderNumber, now());
    },
    createAnnouncedBy: (matchKey) => (announcedBy.get(matchKey) as string | undefined) ?? undefined,
    settleCreate: (matchKey, orderNumber) => {
      settle.run(matchKey, orderNumber);
    },
    size: () => count.get() as number,
    clear: () => {
      clear.run();
      clearCreates.run();
    },
  };
}

/** Stored details back to a record of strings (anything else in the column is ignored). */
function parseDetails(text: string | null): StoredContactDetails | null {
  if (text === null) return null;
  const parsed = JSON.parse(text) as unknown;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const details: Record<string, string> = {};
  for (const [field, value] of Object.entries(parsed)) if (typeof value === 'string') details[field] = value;
  return details;
}
