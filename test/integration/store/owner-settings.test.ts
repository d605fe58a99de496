// The settings the owner sees, read from where the core keeps each one and written back there: an
// untouched install's defaults, a partial update that leaves the rest alone, and the owner's ledger
// picks in the same mapping untouched by it.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSettings, writeSettings } from '../../../src/main/core/setup/owner-settings';
import { openStore, type Store } from '../../../src/main/core/store';
import { bookkeepingMappingSetting } from '../../../src/main/core/sync/sync-settings';
import { freshTempDirs } from '../../support/temp-dir';

const tempDir = freshTempDirs();
let store: Store | undefined;
afterEach(() => store?.close());

const untouched = {
  intervalMinutes: 15,
  bookingStyle: 'sales',
  invoiceLanguage: 'nl',
  referencePrefix: 'MWW',
  acceptAuthorizedPayments: false,
  updateContacts: true,
  startAtLogin: true,
  language: 'nl',
};

describe('the owner’s settings', () => {
  it('are an untouched install’s defaults, with or without a data folder', () => {
    expect(readSettings(null)).toEqual(untouched);
    store = openStore(join(tempDir(), 'w.sqlite'));
    expect(readSettings(store)).toEqual(untouched);
    expect(readSettings(store, 'en').language).toBe('en');
  });

  it('keep what an update changes and leave the rest, the ledger picks included', () => {
    store = openStore(join(tempDir(), 'w.sqlite'));
    store.settings.set(bookkeepingMappingSetting, { ledgerAccounts: { revenue: '42' } });
    writeSettings(store, { intervalMinutes: 60, invoiceLanguage: 'en', startAtLogin: false, language: 'en' });
    writeSettings(store, { updateContacts: false });
    expect(readSettings(store, 'nl')).toEqual({
      ...untouched,
      intervalMinutes: 60,
      invoiceLanguage: 'en',
      updateContacts: false,
      startAtLogin: false,
      language: 'en',
    });
    expect(store.settings.get(bookkeepingMappingSetting)).toMatchObject({
      ledgerAccounts: { revenue: '42' },
    });
  });
});
