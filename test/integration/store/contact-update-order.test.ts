// The contact cache's mark of the shop's details keeps which order's booking sent them to Moneybird
// in an update (migration 28), in the same write as the mark: a booking stopped after its update and
// before its contact step was recorded learns from it, when it resumes, that the update was its own.
// A mark that sent nothing (Moneybird agreed, the app made the contact) keeps no order, a later mark
// replaces the order with its own (or none), and marks made before the migration keep none.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type ContactRecord,
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  openDatabase,
  type Store,
} from '../../../src/main/core/store';
import { withStore } from '../../support/store-file';
import { freshStores, freshTempDirs } from '../../support/temp-dir';

const stores = freshStores('winkelbrug-contact-update-');
const tempDir = freshTempDirs();

const KEY = 'email:inkoop@klant-bv.nl';
const OLD = '{"company_name":"Klant B.V."}';
const NEW = '{"company_name":"Klant Holding B.V."}';

/** Moneybird's answer to an update of contact 501 to `company`. */
const answer = (version: number, company: string): ContactRecord => ({
  contactId: '501',
  version,
  matchKeys: [KEY],
  details: { company_name: company },
});

/** A store holding contact 501 as a refresh brought it. */
/** Order 1077's update of contact 501 to the shop's new details, marked with Moneybird's answer. */
function updateBy1077(store: Store): void {
  store.contacts.markShopDetails(
    '501',
    { fingerprint: NEW, asOf: '2026-04-01' },
    { contact: answer(12, 'Klant Holding B.V.'), orderNumber: '1077' },
  );
}

function storeWithContact() {
  const store = stores.open();
  store.contacts.putContact({ ...answer(10, 'Klant B.V.') });
  return store;
}

/** A database as version 27 left it: contact 501 marked with the shop's details of 2026-03-01. */
function version27(): string {
  const file = join(tempDir(), 'v27.sqlite');
  const db = openDatabase(file, { migrations: MIGRATIONS.slice(0, 27), now: () => 5 });
  expect(db.pragma('user_version', { simple: true })).toBe(27);
  db.prepare(
    `INSERT INTO contacts (contact_id, version, updated_at, details, shop_fingerprint, shop_details_as_of)
     VALUES ('501', 11, 10, '{"company_name":"Klant B.V."}', ?, '2026-03-01')`,
  ).run(OLD);
  db.prepare('INSERT INTO contact_match_keys (match_key, contact_id) VALUES (?, ?)').run(KEY, '501');
  db.close();
  return file;
}

describe('migration 28: the order of a contact’s update', () => {
  it('keeps every contact and its mark as they were, with no order: which one sent it is not known', () => {
    withStore(version27(), (store) => {
      expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(store.contacts.lookup(KEY)).toEqual({
        matchKey: KEY,
        contactId: '501',
        version: 11,
        details: { company_name: 'Klant B.V.' },
        shopFingerprint: OLD,
        shopDetailsAsOf: '2026-03-01',
        shopDetailsUpdatedBy: null,
      });
      // The column takes the order of the next update.
      updateBy1077(store);
      expect(store.contacts.lookup(KEY)?.shopDetailsUpdatedBy).toBe('1077');
    });
  });
});

describe('the order that updated a contact, on its mark', () => {
  it('an update’s mark keeps its order, also across a refresh and a restart', () => {
    const store = storeWithContact();
    updateBy1077(store);
    expect(store.contacts.lookup(KEY)).toMatchObject({
      version: 12,
      details: { company_name: 'Klant Holding B.V.' },
      shopFingerprint: NEW,
      shopDetailsAsOf: '2026-04-01',
      shopDetailsUpdatedBy: '1077',
    });
    // A refresh brings Moneybird's version and details; the mark, and its order, are ours.
    store.contacts.putContact(answer(13, 'Klant Holding B.V.'));
    expect(store.contacts.lookup(KEY)).toMatchObject({ version: 13, shopDetailsUpdatedBy: '1077' });
    const file = store.file;
    store.close();
    withStore(file, ({ contacts }) => {
      expect(contacts.lookup(KEY)).toMatchObject({ shopFingerprint: NEW, shopDetailsUpdatedBy: '1077' });
    });
  });

  it('a mark that sent nothing (Moneybird agreed, or the app made the contact) keeps no order', () => {
    const store = storeWithContact();
    store.contacts.markShopDetails('501', { fingerprint: OLD, asOf: '2026-03-01' });
    expect(store.contacts.lookup(KEY)).toMatchObject({ shopFingerprint: OLD, shopDetailsUpdatedBy: null });
    // After an update, a later order whose details Moneybird already holds: the order goes with the
    // mark it came with, since this mark sent nothing.
    updateBy1077(store);
    store.contacts.markShopDetails('501', { fingerprint: OLD, asOf: '2026-05-01' });
    expect(store.contacts.lookup(KEY)).toMatchObject({
      shopFingerprint: OLD,
      shopDetailsAsOf: '2026-05-01',
      shopDetailsUpdatedBy: null,
    });
  });

  it('a later update by another order replaces the order', () => {
    const store = storeWithContact();
    updateBy1077(store);
    store.contacts.markShopDetails(
      '501',
      { fingerprint: OLD, asOf: '2026-05-01' },
      { contact: answer(13, 'Klant B.V.'), orderNumber: '1102' },
    );
    expect(store.contacts.lookup(KEY)).toMatchObject({
      version: 13,
      shopFingerprint: OLD,
      shopDetailsAsOf: '2026-05-01',
      shopDetailsUpdatedBy: '1102',
    });
  });

  it('the caller’s record of the update is one write with the mark: when it fails, neither is kept', () => {
    const store = storeWithContact();
    const logged = () =>
      store.log.append({ at: 20, level: 'info', message: 'bijgewerkt', fields: null, orderNumber: '1077' });
    store.contacts.markShopDetails(
      '501',
      { fingerprint: NEW, asOf: '2026-04-01' },
      { contact: answer(12, 'Klant Holding B.V.'), orderNumber: '1077' },
      logged,
    );
    expect(store.log.recent({ limit: 10 }).map((l) => l.message.en)).toEqual(['bijgewerkt']);
    expect(store.contacts.lookup(KEY)?.shopDetailsUpdatedBy).toBe('1077');

    // The write after the mark fails (a full disk): the mark, Moneybird's answer and the order are
    // not kept either, so the update is simply sent again.
    expect(() =>
      store.contacts.markShopDetails(
        '501',
        { fingerprint: OLD, asOf: '2026-05-01' },
        { contact: answer(13, 'Klant B.V.'), orderNumber: '1102' },
        () => {
          throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
        },
      ),
    ).toThrow(/disk is full/);
    expect(store.contacts.lookup(KEY)).toMatchObject({
      version: 12,
      details: { company_name: 'Klant Holding B.V.' },
      shopFingerprint: NEW,
      shopDetailsUpdatedBy: '1077',
    });
    expect(store.log.recent({ limit: 10 })).toHaveLength(1);
  });
});
