// Settings → Synchronisatie and Boekhouding as the owner reads them: the save bar says once whether
// everything is saved or how many changes are not yet; the reference prefix is read-only, with why,
// once orders are booked under it (and is never sent then); the invoice's kind and language sit in
// Boekhouding → Factuur, and only what changed is sent.
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { MoneybirdReferenceData } from '../../../src/main/core/bookkeeping';
import { mappingFields } from '../../../src/main/core/setup/mapping-fields';
import { BookkeepingSection } from '../../../src/renderer/components/settings/BookkeepingSection';
import { SaveBar } from '../../../src/renderer/components/settings/SaveBar';
import { SyncSettingsSection } from '../../../src/renderer/components/settings/SyncSettingsSection';
import {
  invoiceDraftOf,
  invoicePatch,
  saveStateText,
  syncDraftOf,
  syncPatch,
} from '../../../src/renderer/components/settings/sync-settings-form';
import { OrderChoiceForm } from '../../../src/renderer/components/setup/OrderChoiceForm';
import { translator } from '../../../src/renderer/i18n/text';
import type { AppStore } from '../../../src/renderer/state/app-store';
import type { SetupStore } from '../../../src/renderer/state/setup-store';
import { SetupStoreContext, StoreContext } from '../../../src/renderer/state/store-context';
import type { MappingField, OrderChoice, Settings } from '../../../src/shared/contract';
import type { Locale, LocalizedText } from '../../../src/shared/i18n/translate';
import { moneybirdId as id, ledger, rate } from '../setup/moneybird-records';

const SETTINGS: Settings = {
  intervalMinutes: 15,
  bookingStyle: 'sales',
  invoiceLanguage: 'nl',
  referencePrefix: 'MWB082E4',
  referencePrefixFixed: false,
  acceptAuthorizedPayments: false,
  updateContacts: true,
  partnerTokenOverridden: false,
  startAtLogin: true,
  language: 'nl',
};

/** The markup a part of Settings shows, on stores that hold what the core answered. */
function rendered(
  node: ReactNode,
  {
    settings = SETTINGS,
    fields = null as MappingField[] | null,
    locale = 'nl' as Locale,
    adjustedSections = [] as string[],
    adjustedAt = {} as Record<string, number>,
    parked = [] as Array<{ orderNumber: string; settingsSection: string | null; heldSince?: string }>,
    saveProblem = null as LocalizedText | null,
    mappingSaveProblem = null as LocalizedText | null,
  } = {},
) {
  const app = createStore(() => ({
    locale,
    adjustedSections,
    adjustedAt,
    orders: { parked: parked.map((order) => ({ heldSince: '2026-11-30T09:00:00.000Z', ...order })) },
    busyOrder: null,
    markAdjusted: () => {},
    retryParked: async () => {},
  })) as unknown as AppStore;
  const setup = createStore(() => ({
    settings: { loading: false, values: settings, problem: null, saving: false, saveProblem },
    loadSettings: async () => {},
    updateSettings: async () => true,
    mapping: {
      loading: false,
      fields,
      problem: null,
      saving: false,
      saveProblem: mappingSaveProblem,
      fieldProblems: {},
    },
    loadMapping: async () => {},
    saveMapping: async () => true,
  })) as unknown as SetupStore;
  const html = renderToStaticMarkup(
    <StoreContext.Provider value={app}>
      <SetupStoreContext.Provider value={setup}>{node}</SetupStoreContext.Provider>
    </StoreContext.Provider>,
  );
  return html.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

const noHeading = () => {};

describe('the save bar', () => {
  it('says once whether everything is saved, or how many changes are not yet', () => {
    const said = (unsaved: number, locale: Locale = 'nl') => {
      const text = saveStateText(unsaved);
      return translator(locale)(text.key, text.params);
    };
    expect(said(0)).toBe('Alles opgeslagen');
    expect(said(1)).toBe('1 wijziging nog niet opgeslagen');
    expect(said(2)).toBe('2 wijzigingen nog niet opgeslagen');
    expect(said(0, 'en')).toBe('Everything saved');
    expect(said(3, 'en')).toBe('3 changes not saved yet');
  });

  it('stays at the foot of the window once something is not saved; Save leads only then', () => {
    const bar = (html: string) => /<div class="save-bar"[^>]*>/.exec(html)![0];
    const save = (html: string) => /<button[^>]*data-testid="settings-save"[^>]*>/.exec(html)![0];
    const saved = rendered(<SaveBar unsaved={0} busy={false} testId="settings-save" />);
    expect(bar(saved)).toContain('data-stuck="false"');
    expect(save(saved)).not.toContain('class="primary"');
    const changed = rendered(<SaveBar unsaved={2} busy={false} testId="settings-save" />);
    expect(bar(changed)).toContain('data-stuck="true"');
    expect(save(changed)).toContain('class="primary"');
    expect(changed).toContain('2 wijzigingen nog niet opgeslagen');
    // Saving from the keyboard is said to assistive technology.
    expect(save(changed)).toContain('aria-keyshortcuts="Control+S Meta+S"');
  });

  it('holds what saving brought, the problem and the notice, inside the bar, above its button', () => {
    const problem = {
      nl: 'Opslaan lukte niet. Probeer het zo opnieuw.',
      en: 'Saving failed. Try again shortly.',
    };
    const html = rendered(
      <SaveBar
        unsaved={1}
        busy={false}
        testId="settings-save"
        problem={problem}
        notice={<p data-testid="notice">Klaar</p>}
      />,
    );
    const inBar = /<div class="save-bar"[\s\S]*<\/div>$/.exec(html)![0];
    expect(inBar.indexOf('Opslaan lukte niet.')).toBeGreaterThan(0);
    expect(inBar.indexOf('data-testid="notice"')).toBeGreaterThan(inBar.indexOf('Opslaan lukte niet.'));
    expect(inBar.indexOf('data-testid="settings-save"')).toBeGreaterThan(
      inBar.indexOf('data-testid="notice"'),
    );
    // A problem keeps the bar in view even with nothing left unsaved.
    expect(rendered(<SaveBar unsaved={0} busy={false} testId="settings-save" problem={problem} />)).toContain(
      'data-stuck="true"',
    );
  });

  it('counts the changes of Synchronisatie: only what differs from what is saved', () => {
    const draft = syncDraftOf(SETTINGS);
    expect(syncPatch(SETTINGS, draft)).toEqual({});
    expect(syncPatch(SETTINGS, { ...draft, intervalMinutes: '45', updateContacts: false })).toEqual({
      intervalMinutes: 45,
      updateContacts: false,
    });
    // Synchronisatie no longer holds the invoice's kind or language.
    expect(Object.keys(draft).sort()).toEqual([
      'acceptAuthorizedPayments',
      'intervalMinutes',
      'referencePrefix',
      'startAtLogin',
      'updateContacts',
    ]);
  });
});

describe('Settings → Synchronisatie', () => {
  it('shows all saved, and an editable prefix while nothing is booked under it', () => {
    const html = rendered(<SyncSettingsSection headingRef={noHeading} />);
    expect(html).toMatch(
      /<span class="saved" role="status" data-testid="saved" data-state="saved">Alles opgeslagen<\/span>/,
    );
    const prefix = /<input[^>]*data-testid="settings-prefix"[^>]*>/.exec(html)![0];
    expect(prefix).not.toContain('readonly');
    expect(prefix).toContain('value="MWB082E4"');
    expect(html).toContain('vóór de eerste boeking');
    // The invoice's kind and language moved to Boekhouding → Factuur.
    expect(html).not.toContain('Soort factuur');
    expect(html).not.toContain('Taal van de factuur');
  });

  it('shows a fixed prefix read-only with why, and never sends another one', () => {
    const fixed = { ...SETTINGS, referencePrefixFixed: true };
    const html = rendered(<SyncSettingsSection headingRef={noHeading} />, { settings: fixed });
    const prefix = /<input[^>]*data-testid="settings-prefix"[^>]*>/.exec(html)![0];
    expect(prefix).toContain('readOnly=""');
    expect(prefix).toContain('value="MWB082E4"');
    expect(html).toContain(
      'Ligt vast: er staan al bestellingen met dit voorvoegsel in Moneybird, met referenties als MWB082E4-1042. Winkelbrug vindt ze daaraan terug; met een ander voorvoegsel zou het ze niet meer herkennen.',
    );
    expect(html).not.toContain('vóór de eerste boeking');
    const english = rendered(<SyncSettingsSection headingRef={noHeading} />, {
      settings: fixed,
      locale: 'en',
    });
    expect(english).toContain('Fixed: orders with this prefix are in Moneybird already');
    // Whatever the draft holds, a fixed prefix is not sent (the core would refuse the save).
    expect(syncPatch(fixed, { ...syncDraftOf(fixed), referencePrefix: 'ANDERS' })).toEqual({});
  });
});

describe('Settings → Boekhouding → Factuur', () => {
  // Moneybird's default workflow and style (a field the reference data passes through untyped).
  const workflow = { id: id(), name: 'Standaard', type: 'InvoiceWorkflow', active: true, default: true };
  const style = { id: id(), name: 'Standaard', default: true };
  const reference: MoneybirdReferenceData = {
    taxRates: [rate('21% btw', '21.0'), rate('9% btw', '9.0'), rate('0% btw', '0.0')],
    ledgerAccounts: [ledger('Omzet', 'revenue', { account_id: '8000' })],
    workflows: [workflow],
    documentStyles: [style],
    financialAccounts: [{ id: id(), name: 'Zakelijke rekening', type: 'BankAccount', active: true }],
  };

  it('holds the kind and language of the invoice after the workflow and document style', () => {
    const fields = mappingFields({}, reference, { shopCountry: 'NL' });
    const html = rendered(<BookkeepingSection focusSection={null} headingRef={noHeading} />, { fields });
    const invoice = /<section id="invoice"[\s\S]*?<\/section>/.exec(html)![0];
    expect(invoice.indexOf('Huisstijl')).toBeGreaterThan(0);
    expect(invoice.indexOf('Soort factuur')).toBeGreaterThan(invoice.indexOf('Huisstijl'));
    expect(invoice).toContain('Taal van de factuur');
    expect(invoice).toMatch(/<input[^>]*data-testid="invoice-style-sales"[^>]*checked=""/);
    expect(invoice).toMatch(/<option value="nl" selected="">Nederlands<\/option>/);
    // One save bar for the whole of Boekhouding, after its last part.
    expect(html.match(/data-testid="mapping-save"/g)).toHaveLength(1);
    expect(html.indexOf('data-testid="mapping-save"')).toBeGreaterThan(html.indexOf('</section>'));
  });

  it('offers to retry the orders that waited for a saved change in the save bar, one order in the singular', () => {
    const fields = mappingFields({}, reference, { shopCountry: 'NL' });
    const props = { focusSection: 'taxRates' as const, headingRef: noHeading };
    const one = rendered(<BookkeepingSection {...props} />, {
      fields,
      adjustedSections: ['taxRates'],
      parked: [
        { orderNumber: '1001', settingsSection: 'taxRates' },
        { orderNumber: '1002', settingsSection: 'payments' },
      ],
    });
    // In the bar, above its Save, so it shows where the owner is.
    const offer = one.indexOf('data-testid="retry-adjusted"');
    expect(offer).toBeGreaterThan(one.indexOf('<div class="save-bar"'));
    expect(offer).toBeLessThan(one.indexOf('data-testid="mapping-save"'));
    expect(one).toContain(
      'Je hebt een instelling aangepast waar 1 bestelling op wachtte. Kies Opnieuw proberen om ze nu te boeken.',
    );
    const two = rendered(<BookkeepingSection {...props} />, {
      fields,
      adjustedSections: ['taxRates'],
      parked: [
        { orderNumber: '1001', settingsSection: 'taxRates' },
        { orderNumber: '1003', settingsSection: 'taxRates' },
      ],
      locale: 'en',
    });
    expect(two).toContain('You changed a setting that 2 orders were waiting for.');
    // Nothing waited for what was changed: no offer.
    expect(rendered(<BookkeepingSection {...props} />, { fields })).not.toContain('retry-adjusted');
    // An order parked after the change was saved did not wait for it: not counted.
    const savedAt = Date.parse('2026-11-30T10:00:00.000Z');
    const later = rendered(<BookkeepingSection {...props} />, {
      fields,
      adjustedSections: ['taxRates'],
      adjustedAt: { taxRates: savedAt },
      parked: [
        { orderNumber: '1001', settingsSection: 'taxRates', heldSince: '2026-11-30T09:59:00.000Z' },
        { orderNumber: '1004', settingsSection: 'taxRates', heldSince: '2026-11-30T10:05:00.000Z' },
      ],
    });
    expect(later).toContain('waar 1 bestelling op wachtte');
    const onlyLater = rendered(<BookkeepingSection {...props} />, {
      fields,
      adjustedSections: ['taxRates'],
      adjustedAt: { taxRates: savedAt },
      parked: [{ orderNumber: '1004', settingsSection: 'taxRates', heldSince: '2026-11-30T10:05:00.000Z' }],
    });
    expect(onlyLater).not.toContain('retry-adjusted');
  });

  it("says a failed save once, in the save bar, whichever part's save failed", () => {
    const fields = mappingFields({}, reference, { shopCountry: 'NL' });
    const props = { focusSection: 'taxRates' as const, headingRef: noHeading };
    const problem = {
      nl: 'Moneybird is niet bereikbaar. Probeer het zo opnieuw.',
      en: 'Moneybird cannot be reached. Try again shortly.',
    };
    for (const html of [
      rendered(<BookkeepingSection {...props} />, { fields, mappingSaveProblem: problem }),
      rendered(<BookkeepingSection {...props} />, { fields, saveProblem: problem }),
    ]) {
      expect(html.split('Moneybird is niet bereikbaar.')).toHaveLength(2);
      const said = html.indexOf('Moneybird is niet bereikbaar.');
      expect(said).toBeGreaterThan(html.indexOf('<div class="save-bar"'));
      expect(said).toBeLessThan(html.indexOf('data-testid="mapping-save"'));
      expect(/<div class="save-bar"[^>]*>/.exec(html)![0]).toContain('data-stuck="true"');
    }
  });

  it('sends only the invoice settings that changed', () => {
    const draft = invoiceDraftOf(SETTINGS);
    expect(invoicePatch(SETTINGS, draft)).toEqual({});
    expect(invoicePatch(SETTINGS, { ...draft, invoiceLanguage: 'en' })).toEqual({ invoiceLanguage: 'en' });
    expect(invoicePatch(SETTINGS, { bookingStyle: 'external', invoiceLanguage: 'nl' })).toEqual({
      bookingStyle: 'external',
    });
  });
});

describe('Settings → Welke bestellingen', () => {
  it('waits for the choice as the core answers it now, not the one the setup left behind', () => {
    // What the setup's orders step read before the first run: the start date could still move back,
    // so the form would offer earlier days and advise on orders booked by hand.
    const before: OrderChoice = {
      statuses: [{ id: 3, name: 'Afgerond', kind: 'completed', suggested: true }],
      selected: [3],
      startDate: '2026-11-01',
      today: '2026-11-30',
      earliest: null,
    };
    const setup = createStore(() => ({
      // What the form reads of it; the core's answer never comes (the question stays open).
      orderChoice: { loading: false, choice: before, problem: null, saveProblem: null },
      loadOrderChoice: () => new Promise<void>(() => {}),
      estimateOrders: async () => {},
      clearEstimate: () => {},
      saveOrders: async () => true,
    })) as unknown as SetupStore;
    const app = createStore(() => ({ locale: 'nl' })) as unknown as AppStore;
    const html = renderToStaticMarkup(
      <StoreContext.Provider value={app}>
        <SetupStoreContext.Provider value={setup}>
          <OrderChoiceForm formId="orders" onSaved={() => {}} withEstimate={false} prefix="MWB082E4" />
        </SetupStoreContext.Provider>
      </StoreContext.Provider>,
    );
    expect(html).toContain(translator('nl')('orderChoice.loading'));
    expect(html).not.toContain('hand-booked-advice');
    expect(html).not.toContain('data-testid="start-date"');
  });
});
