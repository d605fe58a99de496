// The mapping step after the owner has chosen: a warning gives way to the owner's own pick when that
// pick is one of Moneybird's records, and stays where the value is still a problem (nothing chosen,
// a stored rate Moneybird no longer offers, a value the last save refused); the header counts the
// choices still open. Fields come from the core's own `mappingFields`, as the wizard gets them.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { MoneybirdReferenceData } from '../../../src/main/core/bookkeeping';
import { mappingFields } from '../../../src/main/core/setup/mapping-fields';
import { MappingFieldControl } from '../../../src/renderer/components/setup/MappingFieldControl';
import {
  attentionText,
  attentionWords,
  draftOfFields,
  type Lacking,
  type MappingDraft,
  needsOwner,
  ownerAnswered,
} from '../../../src/renderer/components/setup/mapping-choices';
import { translator } from '../../../src/renderer/i18n/text';
import type { AppStore } from '../../../src/renderer/state/app-store';
import { StoreContext } from '../../../src/renderer/state/store-context';
import type { MappingField } from '../../../src/shared/contract';
import type { Locale } from '../../../src/shared/i18n/translate';
import { moneybirdId as id, ledger, rate } from '../setup/moneybird-records';

const revenue = (name: string, code: string) => ledger(name, 'revenue', { account_id: code });

/** An administration that leaves the owner real choices, and a stored 21% rate that was switched off. */
function administration() {
  const r = {
    nl21: rate('21% btw', '21.0'),
    old21: rate('21% btw (oud)', '21.0', { active: false }),
    nl9: rate('9% btw', '9.0'),
    nl0: rate('0% btw', '0.0'),
    geen: rate('Geen btw', '0.0'),
    verlegd: rate('Btw verlegd', '0.0'),
    export: rate('Export buiten de EU', '0.0'),
  };
  const l = {
    omzet: revenue('Omzet', '8000'),
    hoog: revenue('Omzet hoog tarief', '8010'),
    overig: revenue('Ongecategoriseerde inkomsten', '8999'),
  };
  const accounts = {
    bank: { id: id(), name: 'Zakelijke rekening', type: 'BankAccount', active: true },
    mollie: { id: id(), name: 'Mollie', type: 'MollieAccount', active: true },
  };
  // Moneybird's default workflow and style (a field the reference data passes through untyped).
  const workflow = { id: id(), name: 'Standaard', type: 'InvoiceWorkflow', active: true, default: true };
  const style = { id: id(), name: 'Standaard', default: true };
  const reference: MoneybirdReferenceData = {
    taxRates: Object.values(r),
    ledgerAccounts: Object.values(l),
    workflows: [workflow],
    documentStyles: [style],
    financialAccounts: Object.values(accounts),
  };
  const stored = { taxRates: { domestic: { '21': r.old21.id } } };
  const fields = mappingFields(stored, reference, { shopCountry: 'NL' });
  const field = (path: string): MappingField => {
    const found = fields.find((f) => f.path === path);
    if (!found) throw new Error(`no field ${path}: ${fields.map((f) => f.path).join(', ')}`);
    return found;
  };
  return { r, l, accounts, fields, field };
}

const NO_PROBLEMS: Readonly<Record<string, unknown>> = {};

describe('which fields the owner has answered', () => {
  it('the fields that ask the owner are the ones with a warning (the data behind the rest of this file)', () => {
    const { fields, field, l } = administration();
    const asking = fields.filter((f) => needsOwner(f, NO_PROBLEMS)).map((f) => f.path);
    expect(asking).toEqual(
      expect.arrayContaining([
        'ledgerAccounts.revenue',
        'taxRates.domestic.21',
        'taxRates.domestic.0',
        'financialAccountId',
      ]),
    );
    // The rounding line's rate is proposed: "Geen btw", outside the VAT return.
    expect(asking).not.toContain('rounding.taxRateId');
    // Revenue: "Omzet" filled in, with a note to check it; 0 %: nothing, four rates to choose from.
    expect(field('ledgerAccounts.revenue')).toMatchObject({ value: l.omzet.id, stored: false });
    expect(field('ledgerAccounts.revenue').warning).not.toBeNull();
    expect(field('taxRates.domestic.0')).toMatchObject({ value: null });
    expect(field('taxRates.domestic.0').warning?.nl).toMatch(/^Nog niet gekozen: /);
    // The stored 21 % rate is inactive: it is no option, and the field says so.
    expect(field('taxRates.domestic.21')).toMatchObject({ stored: true });
    expect(field('taxRates.domestic.21').warning?.nl).toContain('21% btw (oud)');
  });

  it('a pick of one of the records Moneybird offers answers the field; nothing chosen does not', () => {
    const { fields, field, r } = administration();
    const zero = field('taxRates.domestic.0');
    const draft: MappingDraft = draftOfFields(fields);
    expect(ownerAnswered(zero, draft, new Set(), NO_PROBLEMS)).toBe(false);
    // Picked, then back to "Niets gekozen": still open.
    expect(ownerAnswered(zero, { ...draft, [zero.path]: '' }, new Set([zero.path]), NO_PROBLEMS)).toBe(false);
    expect(ownerAnswered(zero, { ...draft, [zero.path]: r.nl0.id }, new Set([zero.path]), NO_PROBLEMS)).toBe(
      true,
    );
    // Another field's pick answers nothing here.
    expect(
      ownerAnswered(zero, { ...draft, [zero.path]: r.nl0.id }, new Set(['financialAccountId']), NO_PROBLEMS),
    ).toBe(false);
  });

  it('a stored rate Moneybird no longer offers keeps its warning until the owner picks an active one', () => {
    const { fields, field, r } = administration();
    const high = field('taxRates.domestic.21');
    const draft = draftOfFields(fields);
    expect(draft[high.path]).toBe(r.old21.id);
    const picked = new Set([high.path]);
    expect(ownerAnswered(high, draft, picked, NO_PROBLEMS)).toBe(false);
    expect(ownerAnswered(high, { ...draft, [high.path]: r.nl21.id }, picked, NO_PROBLEMS)).toBe(true);
  });

  it('a value Winkelbrug filled in is answered once the owner keeps it, and a refused value is not', () => {
    const { fields, field, l } = administration();
    const account = field('ledgerAccounts.revenue');
    const draft = draftOfFields(fields);
    expect(ownerAnswered(account, draft, new Set(), NO_PROBLEMS)).toBe(false);
    expect(ownerAnswered(account, draft, new Set([account.path]), NO_PROBLEMS)).toBe(true);
    expect(
      ownerAnswered(account, { ...draft, [account.path]: l.hoog.id }, new Set([account.path]), {
        [account.path]: { nl: 'geweigerd', en: 'refused' },
      }),
    ).toBe(false);
  });
});

describe("the mapping's header", () => {
  const nl = translator('nl');
  const en = translator('en');
  const said = (needed: number, left: number, t = nl) => {
    const text = attentionText(needed, left);
    return t(text.key, text.params);
  };

  it('counts the choices still open as the owner answers them', () => {
    expect(said(5, 5)).toMatch(/^Kijk 5 punten na; ze zijn hieronder gemarkeerd\./);
    expect(said(5, 5, en)).toMatch(/^Check 5 things; they are marked below\./);
    expect(said(5, 3)).toBe('Nog 3 punten om na te kijken; ze zijn hieronder gemarkeerd.');
    expect(said(5, 1)).toBe('Nog 1 punt om na te kijken; het is hieronder gemarkeerd.');
    expect(said(5, 1, en)).toBe('1 more thing to check; it is marked below.');
    expect(said(5, 0)).toBe('Alles gekozen; kies Volgende.');
    expect(said(5, 0, en)).toBe('All chosen; choose Next.');
    expect(said(1, 1)).toMatch(/^Kijk 1 punt na; het is hieronder gemarkeerd\./);
    expect(said(0, 0)).toMatch(/^Je hoeft niets zelf te kiezen/);
  });

  it('counts apart what Moneybird still lacks, so the numbers add up to the fields marked', () => {
    const withMissing = (needed: number, left: number, unavailable: number | Lacking, t = nl) =>
      attentionWords(attentionText(needed, left, unavailable), t);
    expect(withMissing(4, 4, 1)).toBe(
      'Kijk 4 punten na, en 1 btw-tarief moet je eerst in Moneybird toevoegen; ze zijn hieronder gemarkeerd. De rest is al ingevuld of mag leeg blijven; klap het open als je het ook wilt zien.',
    );
    expect(withMissing(4, 4, 1, en)).toMatch(
      /^Check 4 things, and add 1 VAT rate in Moneybird first; they are marked below\./,
    );
    expect(withMissing(1, 1, 2)).toMatch(
      /^Kijk 1 punt na, en 2 btw-tarieven moet je eerst in Moneybird toevoegen; ze zijn hieronder gemarkeerd\./,
    );
    expect(withMissing(3, 3, { count: 1, rates: false })).toMatch(
      /^Kijk 3 punten na, en 1 rekening of tarief moet je eerst in Moneybird toevoegen;/,
    );
    expect(withMissing(4, 2, 1)).toBe(
      'Nog 2 punten om na te kijken, en 1 btw-tarief moet je eerst in Moneybird toevoegen; ze zijn hieronder gemarkeerd.',
    );
    expect(withMissing(4, 1, 1)).toBe(
      'Nog 1 punt om na te kijken, en 1 btw-tarief moet je eerst in Moneybird toevoegen; ze zijn hieronder gemarkeerd.',
    );
    // All chosen that can be: what Moneybird lacks is added there later.
    expect(withMissing(4, 0, 1)).toBe(
      'Alles gekozen wat nu kan; kies Volgende. Het tarief dat nog ontbreekt, voeg je later in Moneybird toe.',
    );
    expect(withMissing(0, 0, 1)).toMatch(/^Alles gekozen wat nu kan/);
  });
});

// ---- the field as the owner sees it ---------------------------------------------------------------

function rendered(
  field: MappingField,
  value: string,
  answered: boolean,
  { locale = 'nl' as Locale, problem = null as MappingField['warning'] } = {},
) {
  const store = createStore(() => ({ locale })) as unknown as AppStore;
  const html = renderToStaticMarkup(
    <StoreContext.Provider value={store}>
      <MappingFieldControl
        field={field}
        value={value}
        onChange={() => {}}
        onKeep={() => {}}
        problem={problem}
        missing={false}
        answered={answered}
      />
    </StoreContext.Provider>,
  );
  const root = /^<div class="([^"]*)"[^>]*?(?:data-state="([^"]*)")?>/.exec(html);
  return { html, className: root?.[1], state: root?.[2] };
}

const decoded = (html: string) => html.replaceAll('&quot;', '"').replaceAll('&amp;', '&');

describe('a mapping field once the owner has chosen', () => {
  it('shows the warning while nothing is chosen, and the pick in its place once it is', () => {
    const { field, r } = administration();
    const zero = field('taxRates.domestic.0');
    const open = rendered(zero, '', false);
    expect(open.className).toBe('mapping-field has-warning');
    expect(decoded(open.html)).toContain(zero.warning!.nl);
    expect(open.html).not.toContain('data-testid="mapping-chosen"');
    // Nothing to keep in an empty field.
    expect(open.html).not.toContain('data-testid="mapping-keep"');

    const chosen = rendered(zero, r.nl0.id, true);
    expect(chosen.className).toBe('mapping-field is-chosen');
    expect(chosen.state).toBe('chosen');
    expect(decoded(chosen.html)).not.toContain(zero.warning!.nl);
    // The pick says where it lands in the VAT return, as its option does, in the page's language.
    expect(decoded(chosen.html)).toContain('Jouw keuze: 0% btw — 0% · rubriek 1e');
    expect(decoded(chosen.html)).toContain('>Geen btw — 0% · buiten de aangifte</option>');
    expect(chosen.html).not.toContain('data-testid="mapping-keep"');
    expect(decoded(rendered(zero, r.nl0.id, true, { locale: 'en' }).html)).toContain(
      'Your choice: 0% btw — 0% · box 1e',
    );
  });

  it('offers to keep a filled-in value that comes with a note to check it', () => {
    const { field } = administration();
    const account = field('ledgerAccounts.revenue');
    const shown = rendered(account, account.value!, false);
    expect(shown.className).toBe('mapping-field has-warning');
    expect(shown.html).toContain('data-testid="mapping-keep"');
    expect(shown.html).toContain('Klopt, deze houden');
    // The proposal reads as one sentence: "Voorstel:" once, the name, then what it is.
    const reason = decoded(shown.html).match(/<p class="reason-text"[^>]*>([^<]*)<\/p>/)?.[1];
    expect(reason).toBe('Voorstel: "Omzet", de standaard-omzetrekening van Moneybird.');
    const kept = rendered(account, account.value!, true);
    expect(kept.className).toBe('mapping-field is-chosen');
    expect(decoded(kept.html)).toContain('Jouw keuze: Omzet — 8000');
    // The proposal's reason made way for the owner's own choice.
    expect(kept.html).not.toContain('Voorstel:');
  });

  it('keeps the warning of a stored rate Moneybird no longer offers, with nothing to keep', () => {
    const { field, r } = administration();
    const high = field('taxRates.domestic.21');
    const shown = rendered(high, r.old21.id, false);
    expect(shown.className).toBe('mapping-field has-warning');
    expect(decoded(shown.html)).toContain(high.warning!.nl);
    expect(shown.html).not.toContain('data-testid="mapping-keep"');
  });
});
