// The contact cache: a customer's match key -> their Moneybird contact id, filled by bulk-loading
// Moneybird's contacts through the synchronization endpoints, so booking an order for a known
// customer needs no look-up. Every contact is kept with its synchronization version (also those
// without a key), so a refresh fetches only the contacts whose version changed.
import type { Database } from 'better-sqlite3';

export interface CachedContact {
  matchKey: string;
  contactId: string;
  version: number | null;
}

export interface ContactRecord {
  contactId: string;
  version: number | null;
  matchKeys: readonly string[];
}

export interface ContactCache {
  lookup(matchKey: string): CachedContact | undefined;
  /**
   * Records a contact with all the keys it is found by now, dropping keys it no longer has (an
   * e-mail address changed in Moneybird). A key held by another contact moves to this one.
   */
  putContact(contact: ContactRecord): void;
  /** putContact for many contacts in one transaction (the bulk load). */
  putContacts(contacts: readonly ContactRecord[]): void;
  /** Forgets contacts deleted in Moneybird, with their keys. */
  removeContacts(contactIds: readonly string[]): void;
  /** Every key the contact is found by now (empty for a contact the cache does not hold). */
  keysOf(contactId: string): string[];
  /** contact id -> version, to compare with the synchronization list and fetch only what changed. */
  versions(): Map<string, number | null>;
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
    `SELECT k.match_key, k.contact_id, c.version FROM contact_match_keys k
     JOIN contacts c ON c.contact_id = k.contact_id WHERE k.match_key = ?`,
  );
  const upsertContact = db.prepare(
    `INSERT INTO contacts (contact_id, version, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (contact_id) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at`,
  );
  const upsertKey = db.prepare(
    `INSERT INTO contact_match_keys (match_key, contact_id) VALUES (?, ?)
     ON CONFLICT (match_key) DO UPDATE SET contact_id = excluded.contact_id`,
  );
  const keysOf = db.prepare('SELECT match_key FROM contact_match_keys WHERE contact_id = ?').pluck();
  const deleteKey = db.prepare('DELETE FROM contact_match_keys WHERE match_key = ?');
  const deleteContact = db.prepare('DELETE FROM contacts WHERE contact_id = ?');
  const versions = db.prepare('SELECT contact_id, version FROM contacts');
  const count = db.prepare('SELECT count(*) FROM contacts').pluck();
  const clear = db.prepare('DELETE FROM contacts');

  const put = ({ contactId, version, matchKeys }: ContactRecord) => {
    upsertContact.run(contactId, version, now());
    const keep = new Set(matchKeys);
    for (const key of keysOf.all(contactId) as string[]) if (!keep.has(key)) deleteKey.run(key);
    for (const key of keep) upsertKey.run(key, contactId);
  };
  const putOne = db.transaction(put);
  const putMany = db.transaction((contacts: readonly ContactRecord[]) => {
    for (const contact of contacts) put(contact);
  });
  const removeMany = db.transaction((ids: readonly string[]) => {
    for (const id of ids) deleteContact.run(id);
  });

  return {
    lookup: (matchKey) => {
      const row = select.get(matchKey) as
        | { match_key: string; contact_id: string; version: number | null }
        | undefined;
      return row ? { matchKey: row.match_key, contactId: row.contact_id, version: row.version } : undefined;
    },
    putContact: (contact) => putOne.immediate(contact),
    putContacts: (contacts) => putMany.immediate(contacts),
    removeContacts: (ids) => removeMany.immediate(ids),
    keysOf: (contactId) => keysOf.all(contactId) as string[],
    versions: () => {
      const map = new Map<string, number | null>();
      for (const row of versions.iterate() as Iterable<{ contact_id: string; version: number | null }>) {
        map.set(row.contact_id, row.version);
      }
      return map;
    },
    size: () => count.get() as number,
    clear: () => {
      clear.run();
    },
  };
}
