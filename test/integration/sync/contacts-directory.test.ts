// The contact directory's upkeep decision against a real contact cache: when a known customer's
// contact is updated, and every case in which it costs no request. Moneybird is a recording stand-in
// here (one method), so each request the decision makes is counted exactly; the simulators'
// end-to-end version is contacts-upkeep.test.ts.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ContactPlan, detailsFingerprint } from '../../../src/main/core/bookkeeping';
import type { ContactInput, MoneybirdClient } from '../../../src/main/core/moneybird/client';
import type { Contact } from '../../../src/main/core/moneybird/schemas';
import { openStore, type Store } from '../../../src/main/core/store';
import { keepContactCurrent, markCreatedContact } from '../../../src/main/core/sync/contact-directory';
import { freshTempDirs } from '../../support/temp-dir';

const tempDir = freshTempDirs();
let store: Store | undefined;
afterEach(() => {
  store?.close();
  store = undefined;
});

const KEY = 'email:inkoop@klant-bv.nl';
const HOME = { address1: 'Kerkstraat 1', zipcode: '1234 AB', city: 'Utrecht', country: 'NL' };

function plan(details: ContactPlan['details'], asOf = '2026-05-04', updateExisting = true): ContactPlan {
  return {
    match: { kind: 'email', value: 'inkoop@klant-bv.nl', key: KEY },
    create: { company_name: 'Klant B.V.', delivery_method: 'Manual' },
    details,
    detailsAsOf: asOf,
    updateExisting,
  };
}

/** Moneybird as far as the upkeep uses it: PATCH /contacts/{id}, answered like Moneybird would. */
function recordingMoneybird(current: Record<string, string | null>) {
  const updates: Array<{ id: string; changes: Partial<ContactInput> }> = [];
  let version = 100;
  const client = {
    async updateContact(id: string, changes: Partial<ContactInput>): Promise<Contact> {
      updates.push({ id, changes });
      for (const [field, value] of Object.entries(changes))
        current[field] = value === '' ? null : String(value);
      version += 1;
      return { id, version, send_invoices_to_email: 'inkoop@klant-bv.nl', ...current } as unknown as Contact;
    },
  } as unknown as MoneybirdClient;
  return { client, updates };
}

function cacheWithContact(moneybird: Record<string, string | null>) {
  store = openStore(join(tempDir(), 'contacts.sqlite'));
  const details: Record<string, string> = {};
  for (const [field, value] of Object.entries(moneybird)) if (value) details[field] = value;
  store.contacts.putContact({ contactId: '700', version: 100, matchKeys: [KEY], details });
  return store.contacts;
}

describe('keeping a known contact current', () => {
  it('the contact the app created: nothing until the shop changes, then one update, once', async () => {
    const moneybird = { company_name: 'Klant B.V.', ...HOME, tax_number: null };
    const cache = cacheWithContact(moneybird);
    const { client, updates } = recordingMoneybird(moneybird);
    markCreatedContact(cache, '700', plan({ company_name: 'Klant B.V.', ...HOME }));

    const same = await keepContactCurrent(
      client,
      cache,
      cache.lookup(KEY)!,
      plan({ company_name: 'Klant B.V.', ...HOME }),
      '1',
    );
    expect(same.kind).toBe('unchanged');
    const withVat = plan({ company_name: 'Klant B.V.', ...HOME, tax_number: 'NL800000000B01' });
    const updated = await keepContactCurrent(client, cache, cache.lookup(KEY)!, withVat, '2');
    expect(updated).toMatchObject({ kind: 'updated', fields: ['tax_number'] });
    expect(updates).toEqual([{ id: '700', changes: { tax_number: 'NL800000000B01' } }]);
    // The answer's version is cached (the next refresh does not fetch it) with the fingerprint.
    expect(cache.lookup(KEY)).toMatchObject({
      version: 101,
      shopFingerprint: detailsFingerprint(withVat.details),
      details: { tax_number: 'NL800000000B01' },
    });
    const again = await keepContactCurrent(client, cache, cache.lookup(KEY)!, withVat, '3');
    expect(again.kind).toBe('unchanged');
    expect(updates).toHaveLength(1);
  });

  it('the order that sent an update, come back to it (its step was never recorded): updated earlier, nothing sent or logged again', async () => {
    const moneybird = { company_name: 'Klant B.V.', ...HOME, tax_number: null };
    const cache = cacheWithContact(moneybird);
    const { client, updates } = recordingMoneybird(moneybird);
    markCreatedContact(cache, '700', plan({ company_name: 'Klant B.V.', ...HOME }));
    const withVat = plan({ company_name: 'Klant B.V.', ...HOME, tax_number: 'NL800000000B01' });
    const logged: string[] = [];
    // The line is written inside the mark's commit and announced (to the live log) only after it.
    const announced: Array<{ line: string; committed: boolean }> = [];
    const logUpdate = (update: { message: { nl: string } }) => {
      logged.push(update.message.nl);
      return () => {
        announced.push({ line: update.message.nl, committed: !store?.db.inTransaction });
      };
    };

    const first = await keepContactCurrent(client, cache, cache.lookup(KEY)!, withVat, '2', logUpdate);
    expect(first.kind).toBe('updated');
    expect(cache.lookup(KEY)?.shopDetailsUpdatedBy).toBe('2');
    expect(logged).toEqual([expect.stringContaining('Bij bestelling 2 ')]);
    // Order 2 again (its booking stopped before its contact step): its own update, not sent again.
    const resumed = await keepContactCurrent(client, cache, cache.lookup(KEY)!, withVat, '2', logUpdate);
    expect(resumed).toEqual({ kind: 'updated_earlier' });
    // Also when the owner switched the updates off since: it went out all the same.
    const switchedOff = plan(withVat.details, undefined, false);
    expect((await keepContactCurrent(client, cache, cache.lookup(KEY)!, switchedOff, '2')).kind).toBe(
      'updated_earlier',
    );
    // Another order with the same details: found as they are, as before.
    const other = await keepContactCurrent(client, cache, cache.lookup(KEY)!, withVat, '3', logUpdate);
    expect(other.kind).toBe('unchanged');
    expect(updates).toHaveLength(1);
    expect(logged).toHaveLength(1);
    // Order 2 with other details than it sent (a changed order): compared as any order's are.
    const moved = plan({ company_name: 'Klant B.V.', ...HOME, address1: 'Nieuwe Weg 1' }, '2026-05-05');
    expect((await keepContactCurrent(client, cache, cache.lookup(KEY)!, moved, '2', logUpdate)).kind).toBe(
      'updated',
    );
    expect(updates).toHaveLength(2);
    expect(logged).toHaveLength(2);
    expect(announced).toEqual(logged.map((line) => ({ line, committed: true })));
  });

  it('names in its log line which details changed, as a sentence lists them', async () => {
    const moneybird = { company_name: 'Klant B.V.', ...HOME, tax_number: null };
    const cache = cacheWithContact(moneybird);
    const { client } = recordingMoneybird(moneybird);
    markCreatedContact(cache, '700', plan({ company_name: 'Klant B.V.', ...HOME }));
    const moved = plan({
      company_name: 'Klant Holding B.V.',
      ...HOME,
      address1: 'Nieuwe Weg 1',
      tax_number: 'NL800000000B01',
    });
    const updated = await keepContactCurrent(client, cache, cache.lookup(KEY)!, moved, '4');
    if (updated.kind !== 'updated') throw new Error(`not updated: ${updated.kind}`);
    expect(updated.message.nl).toBe(
      'Bij bestelling 4 heeft Winkelbrug de bedrijfsnaam, het btw-nummer en het adres van de klant in Moneybird bijgewerkt naar wat in je webwinkel staat.',
    );
    expect(updated.message.en).toBe(
      "For order 4, Winkelbrug updated the customer's company name, VAT number and address in Moneybird to match your shop.",
    );
  });

  it('names one changed detail in a sentence of its own, not after a colon', async () => {
    const moneybird = { company_name: 'Klant B.V.', ...HOME, tax_number: null };
    const cache = cacheWithContact(moneybird);
    const { client } = recordingMoneybird(moneybird);
    markCreatedContact(cache, '700', plan({ company_name: 'Klant B.V.', ...HOME }));
    const moved = plan({ company_name: 'Klant B.V.', ...HOME, address1: 'Nieuwe Weg 1' });
    const updated = await keepContactCurrent(client, cache, cache.lookup(KEY)!, moved, '1014');
    if (updated.kind !== 'updated') throw new Error(`not updated: ${updated.kind}`);
    expect(updated.message.nl).toBe(
      'Bij bestelling 1014 heeft Winkelbrug het adres van de klant in Moneybird bijgewerkt naar wat in je webwinkel staat.',
    );
    expect(updated.message.en).toBe(
      "For order 1014, Winkelbrug updated the customer's address in Moneybird to match your shop.",
    );
  });

  it('an older order (a history import) never rolls the contact back', async () => {
    const moneybird = { company_name: 'Klant B.V.', ...HOME };
    const cache = cacheWithContact(moneybird);
    const { client, updates } = recordingMoneybird(moneybird);
    cache.markShopDetails('700', {
      fingerprint: detailsFingerprint({ company_name: 'Klant B.V.', ...HOME }),
      asOf: '2026-05-04',
    });
    const older = plan(
      { company_name: 'Klant B.V.', address1: 'Oude Gracht 5', city: 'Utrecht', country: 'NL' },
      '2025-01-10',
    );
    expect((await keepContactCurrent(client, cache, cache.lookup(KEY)!, older, '4')).kind).toBe('unchanged');
    expect(updates).toEqual([]);
    expect(cache.lookup(KEY)?.shopDetailsAsOf).toBe('2026-05-04');
  });

  it('a contact entered by hand that already agrees costs nothing, and is remembered', async () => {
    const moneybird = { company_name: 'Klant B.V.', ...HOME, tax_number: 'NL 8000.00.000 B01' };
    const cache = cacheWithContact(moneybird);
    const { client, updates } = recordingMoneybird(moneybird);
    const shop = plan({ company_name: 'klant b.v.', ...HOME, tax_number: 'NL800000000B01' });
    expect((await keepContactCurrent(client, cache, cache.lookup(KEY)!, shop, '5')).kind).toBe('agreed');
    expect(cache.lookup(KEY)?.shopFingerprint).toBe(detailsFingerprint(shop.details));
    expect((await keepContactCurrent(client, cache, cache.lookup(KEY)!, shop, '6')).kind).toBe('unchanged');
    expect(updates).toEqual([]);
  });

  it('setting off, or no details cached yet: no request and nothing recorded', async () => {
    const moneybird = { company_name: 'Klant B.V.' };
    const cache = cacheWithContact(moneybird);
    const { client, updates } = recordingMoneybird(moneybird);
    const changed = { company_name: 'Klant B.V.', ...HOME, tax_number: 'NL800000000B01' };
    expect(
      (await keepContactCurrent(client, cache, cache.lookup(KEY)!, plan(changed, undefined, false), '7'))
        .kind,
    ).toBe('unchanged');
    const unknown = { ...cache.lookup(KEY)!, details: null };
    expect((await keepContactCurrent(client, cache, unknown, plan(changed), '8')).kind).toBe('unchanged');
    expect(updates).toEqual([]);
    expect(cache.lookup(KEY)?.shopFingerprint).toBeNull();
  });
});
