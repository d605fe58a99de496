// A refusal is read in two places: on the dashboard and order page once Winkelbrug books, and in the
// setup's trial booking ("Proefberekening") before it does. Where it tells the owner to choose
// something in Winkelbrug, it names a part of the bookkeeping choices by the title both places show
// (Omzet, Betalingen, Afronding, Factuur). Winkelbrug's VAT rates it names by their whole place,
// Instellingen → Boekhouding → Btw-tarieven, because Moneybird has a "Btw-tarieven" of its own; the
// trial booking shows that place as the setup's step. And it speaks of the order's products and
// costs, not of "regels tegen" a rate.
import { describe, expect, it } from 'vitest';
import { planBookingFromApi } from '../../../src/main/core/bookkeeping';
import { checkLedger, type LedgerPurpose } from '../../../src/main/core/bookkeeping/plan/invoice-details';
import { asInSetup } from '../../../src/main/core/setup/dry-run';
import type { MappingSection } from '../../../src/shared/contract';
import {
  type BookkeepingMessageKey,
  bookkeepingMessages,
} from '../../../src/shared/i18n/messages/bookkeeping';
import { setupMappingMessages } from '../../../src/shared/i18n/messages/setup-mapping';
import { uiSetup } from '../../../src/shared/i18n/messages/ui-setup';
import { referenceData, settings } from './fixtures';

const SECTIONS: MappingSection[] = ['revenue', 'taxRates', 'payments', 'rounding', 'invoice'];
const titles = (lang: 'nl' | 'en') => SECTIONS.map((s) => uiSetup[lang][`mapping.section.${s}`]);

const refusals = (lang: 'nl' | 'en') =>
  Object.entries(bookkeepingMessages[lang]).filter(([key]) => key.startsWith('refusal.'));

/** A paid order of one sheet of stamps at 0 %, to a consumer in that country. */
function stampsAtZero(number: number, country: 'NL' | 'BE') {
  return {
    number,
    date: '2024-03-01',
    status: 3,
    currency: 'EUR',
    tax_region: country,
    tax_strategy: '',
    payment_status: 'captured',
    payment: { gateway_name: 'mollie', method_name: 'ideal' },
    debtor: {
      email: `klant@example.${country.toLowerCase()}`,
      address: { invoice: { name: 'Truus', country_code: country } },
    },
    price: { tax: [{ rate: '0.00', amount: '0.00' }], total: '5.00' },
    orderlines: [
      {
        type: 'article',
        quantity: 1,
        description: 'Postzegels',
        price: { amount: '5.000000', amount_including_tax: '5.00', rate: '0.00' },
      },
    ],
  };
}

describe('a refusal that asks the owner to choose something', () => {
  it("names the part of the choices by its title, and Winkelbrug's VAT rates by their whole place", () => {
    const whole = (lang: 'nl' | 'en') => setupMappingMessages[lang]['dryrun.place.settings.taxRates'];
    let pointed = 0;
    let toVatRates = 0;
    for (const [key, text] of refusals('nl')) {
      for (const [, place] of text.matchAll(
        /[Kk]ies\b[^.;]*? (?:in Winkelbrug )?bij (\p{Lu}[\p{L}-]*|\{section\})/gu,
      )) {
        pointed += 1;
        if (place === 'Instellingen') {
          expect(text, key).toContain(`ies ${whole('nl')}`);
          toVatRates += 1;
        } else if (place !== '{section}') {
          expect(titles('nl'), `${key}: ${place}`).toContain(place);
          // "Btw-tarieven" alone could be Moneybird's.
          expect(place, key).not.toBe(uiSetup.nl['mapping.section.taxRates']);
        }
      }
      // Moneybird's own Btw-tarieven are named as Moneybird's.
      for (const [at] of text.matchAll(/\S+ \S+ Btw-tarieven/g))
        expect(['Boekhouding → Btw-tarieven', '(Instellingen → Btw-tarieven'], `${key}: ${at}`).toContain(at);
    }
    for (const [key, text] of refusals('en')) {
      expect(text, key).not.toMatch(/\bunder VAT rates/);
      for (const [, place] of text.matchAll(/\b[Uu]nder ([^.,;]+)/g)) {
        if (place === 'Settings → Bookkeeping → VAT rates') expect(text, key).toContain(whole('en'));
        else if (place !== '{section}') expect(titles('en'), `${key}: ${place}`).toContain(place);
      }
    }
    // Tax rates, rounding, ledger accounts, workflow, document style, payments.
    expect(pointed).toBeGreaterThanOrEqual(10);
    // Not found, unusable, of another percentage or country, and none chosen yet.
    expect(toVatRates).toBe(5);
  });

  it('shows the place of the VAT rates in the trial booking as the step of the setup', () => {
    for (const [key, nl] of refusals('nl')) {
      const message = { nl, en: bookkeepingMessages.en[key as BookkeepingMessageKey] };
      const shown = asInSetup(message);
      expect(shown.nl, key).not.toContain('Instellingen → Boekhouding');
      expect(shown.en, key).not.toContain('Settings → Bookkeeping');
      if (message.nl.includes('Instellingen → Boekhouding → Btw-tarieven')) {
        expect(shown.nl, key).toContain('ies bij de stap Boekingen onder Btw-tarieven ');
        expect(shown.en, key).toContain(' in the Bookkeeping step under VAT rates');
      } else expect(shown, key).toEqual(message);
    }
  });

  it('names the part that holds the account of the purpose that is gone', () => {
    const expected: Record<LedgerPurpose, MappingSection> = {
      revenue: 'revenue',
      shipping: 'revenue',
      paymentCosts: 'revenue',
      discounts: 'revenue',
      rounding: 'rounding',
      giftCards: 'payments',
    };
    for (const [purpose, section] of Object.entries(expected) as Array<[LedgerPurpose, MappingSection]>) {
      const refusal = checkLedger('999999999999999999', purpose, referenceData());
      expect(refusal?.code, purpose).toBe('ledger_account_not_found');
      expect(refusal!.message.nl, purpose).toContain(
        `Kies bij ${uiSetup.nl[`mapping.section.${section}`]} een andere grootboekrekening.`,
      );
      expect(refusal!.message.en, purpose).toContain(
        `Choose another ledger account under ${uiSetup.en[`mapping.section.${section}`]}.`,
      );
    }
  });

  it('speaks of products and costs at a rate, not of lines against it', () => {
    for (const [key, text] of refusals('nl')) expect(text, key).not.toMatch(/regels tegen/);
    for (const [key, text] of refusals('en')) expect(text, key).not.toMatch(/lines at/);
    // A domestic 0 % order with no rate chosen for 0 %: what it has, and where to choose the rate.
    const config = settings();
    const domestic = { ...config.taxRates.domestic };
    delete (domestic as Record<string, unknown>)['0'];
    const refusal = planBookingFromApi(stampsAtZero(1001, 'NL'), {
      settings: { ...config, taxRates: { ...config.taxRates, domestic } },
      reference: referenceData(),
    });
    expect(refusal).toMatchObject({
      kind: 'refusal',
      code: 'unmapped_tax_rate',
      message: {
        nl: 'Bestelling 1001 bevat producten of kosten met 0% btw (binnenland), maar daarvoor is nog geen btw-tarief van Moneybird gekozen. Kies in Winkelbrug bij Instellingen → Boekhouding → Btw-tarieven welk Moneybird-tarief hiervoor geldt.',
        en: 'Order 1001 has products or costs at 0% VAT (domestic), but no Moneybird tax rate has been chosen for them yet. Choose the Moneybird rate for them in Winkelbrug under Settings → Bookkeeping → VAT rates.',
      },
    });
    // The same order in the trial booking, while setting up.
    expect(asInSetup((refusal as { message: { nl: string; en: string } }).message)).toEqual({
      nl: 'Bestelling 1001 bevat producten of kosten met 0% btw (binnenland), maar daarvoor is nog geen btw-tarief van Moneybird gekozen. Kies bij de stap Boekingen onder Btw-tarieven welk Moneybird-tarief hiervoor geldt.',
      en: 'Order 1001 has products or costs at 0% VAT (domestic), but no Moneybird tax rate has been chosen for them yet. Choose the Moneybird rate for them in the Bookkeeping step under VAT rates.',
    });
  });
});

describe('a distance sale to another EU country (OSS)', () => {
  // "probeer het opnieuw", not a button's name: the setup's trial booking shows it too, where the
  // button is "Opnieuw berekenen".
  it('names the country in words, in one pair of brackets, and what to do in Moneybird', () => {
    const config = settings();
    // A Belgian 0 % rate: none in the administration, so nothing to choose in Winkelbrug.
    const refusal = planBookingFromApi(stampsAtZero(1002, 'BE'), {
      settings: config,
      reference: referenceData(),
    });
    expect(refusal).toMatchObject({
      kind: 'refusal',
      code: 'tax_rate_absent',
      message: {
        nl: 'Bestelling 1002 bevat producten of kosten met 0% btw (OSS-verkoop op afstand naar België), maar je Moneybird-administratie heeft geen actief verkooptarief van 0% voor België. Voeg dat tarief toe in Moneybird (Instellingen → Btw-tarieven) en probeer het daarna opnieuw; Winkelbrug kiest het dan zelf.',
        en: 'Order 1002 has products or costs at 0% VAT (OSS distance sale to Belgium), but your Moneybird administration has no active 0% sales rate for Belgium. Add that rate in Moneybird (Settings → Tax rates), then try again; Winkelbrug then chooses it by itself.',
      },
    });
  });
});
