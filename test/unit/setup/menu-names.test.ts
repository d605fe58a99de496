// The owner is sent to menus in three programs: Moneybird's own, Mijnwebwinkel's admin, and
// Winkelbrug's Settings. Each is named as that program names it, so the owner finds it, and
// Moneybird's "Btw-tarieven" is never taken for Winkelbrug's.
import { describe, expect, it } from 'vitest';
import { apiMessages } from '../../../src/shared/i18n/messages/api';
import { bookkeepingMessages } from '../../../src/shared/i18n/messages/bookkeeping';
import { setupMessages } from '../../../src/shared/i18n/messages/setup';
import { setupMappingMessages } from '../../../src/shared/i18n/messages/setup-mapping';
import { syncMessages } from '../../../src/shared/i18n/messages/sync';
import { uiSetup } from '../../../src/shared/i18n/messages/ui-setup';
import type { Catalog } from '../../../src/shared/i18n/translate';

const catalogs: Record<string, Catalog> = {
  api: apiMessages,
  bookkeeping: bookkeepingMessages,
  setup: setupMessages,
  'setup-mapping': setupMappingMessages,
  sync: syncMessages,
  'ui-setup': uiSetup,
};

const texts = (lang: 'nl' | 'en') =>
  Object.entries(catalogs).flatMap(([name, catalog]) =>
    Object.entries(catalog[lang]).map(([key, text]) => [`${name} ${key}`, text] as const),
  );

describe('the menus the owner is sent to', () => {
  it("name Moneybird's menus as Moneybird does: Categorieën for ledger accounts, Btw-tarieven / Tax rates", () => {
    for (const [key, text] of texts('nl')) {
      expect(text, key).not.toContain('Instellingen → Grootboekrekeningen');
      // Mijnwebwinkel's admin has an Instellingen too.
      for (const [menu] of text.matchAll(/\(Instellingen → (?!Add-ons)[^);]+/g))
        expect(['(Instellingen → Btw-tarieven', '(Instellingen → Categorieën'], `${key}: ${menu}`).toContain(
          menu,
        );
    }
    for (const [key, text] of texts('en')) {
      expect(text, key).not.toContain('Ledger accounts');
      // Moneybird's menu is "Tax rates"; "VAT rates" is Winkelbrug's own part of Settings.
      expect(text, key).not.toMatch(/in Moneybird \(Settings → VAT rates/);
      for (const [menu] of text.matchAll(/in Moneybird \(Settings → [^);]+/g))
        expect(
          ['in Moneybird (Settings → Tax rates', 'in Moneybird (Settings → Categories'],
          `${key}: ${menu}`,
        ).toContain(menu);
    }
  });

  it('name Winkelbrug\'s own VAT rates by their whole place, never as a bare "Btw-tarieven"', () => {
    for (const [key, text] of texts('nl')) expect(text, key).not.toMatch(/\bbij Btw-tarieven\b/);
    // In the setup it is the Bookkeeping step's part: "in the Bookkeeping step under VAT rates".
    for (const [key, text] of texts('en')) expect(text, key).not.toMatch(/(?<!step )\bunder VAT rates\b/i);
    expect(syncMessages.nl['sync.vat_box_wrong']).toContain(
      'Kies in Winkelbrug bij Instellingen → Boekhouding → Btw-tarieven',
    );
  });

  it("name Mijnwebwinkel's menu where the token is made as its admin has it now", () => {
    const menu = 'Instellingen → Add-ons & Modules → Integraties & koppelingen';
    expect(uiSetup.nl['shop.token.hint']).toContain(menu);
    expect(uiSetup.nl['shop.token.hint']).toContain('Token toevoegen');
    expect(setupMessages.nl['shop.wrong-token']).toContain(menu);
    for (const [key, text] of texts('nl')) expect(text, key).not.toContain('API-tokens');
    for (const [key, text] of texts('en')) expect(text, key).not.toContain('Settings → API tokens');
  });
});
