// Moneybird calls the field by which Winkelbrug finds its invoices "Referentie", and Settings offers
// the "Voorvoegsel van de referentie": every text the owner reads calls it the same, in both
// languages, so it can be found in Moneybird by that name.
import { describe, expect, it } from 'vitest';
import { syncMessages } from '../../../src/shared/i18n/messages/sync';
import { uiSettings } from '../../../src/shared/i18n/messages/ui-settings';
import { localize } from '../../../src/shared/i18n/translate';
import { allCatalogs } from './all-catalogs';

describe('the invoice reference', () => {
  it('is called "referentie" in every Dutch text, never "kenmerk"', async () => {
    const all = await allCatalogs();
    expect(all.length).toBeGreaterThan(10);
    for (const [file, catalog] of all)
      for (const [key, text] of Object.entries(catalog.nl))
        expect(text, `${file} ${key}`).not.toMatch(/kenmerk/i);
  });

  it('reads as Moneybird and Settings name it, where the owner is told to change it', () => {
    expect(uiSettings.nl['settings.sync.prefix']).toBe('Voorvoegsel van de referentie');
    const text = localize(syncMessages, 'sync.booking_not_ours', {
      reference: 'MWW-1001',
      invoice: '2026-0007',
      order: '1001',
      difference: 'het totaal is € 10,00',
    });
    expect(text.nl).toContain('In Moneybird staat al een factuur met referentie MWW-1001 (2026-0007)');
    expect(text.nl).toContain('geef hem in Moneybird een andere referentie');
    expect(text.en).toContain('an invoice with reference MWW-1001');
  });
});
