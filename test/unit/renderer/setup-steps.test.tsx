// The wizard's steps as the owner reads them, rendered from the store the way the core fills it: the
// Moneybird step with one administration (selected already, Volgende ready, no raw codes) or several
// (the owner picks), a restored data folder asking calmly which administration to book in, the
// mapping naming apart what Moneybird has nothing for, the dry run's parked orders by cause and its
// orders not booked now (unpaid apart from test orders), and a date field that writes days the Dutch way.
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { MoneybirdReferenceData } from '../../../src/main/core/bookkeeping';
import { mappingFields } from '../../../src/main/core/setup/mapping-fields';
import type { CheckedClient } from '../../../src/renderer/bridge/checked-client';
import { DateField } from '../../../src/renderer/components/common/DateField';
import { DryRunParkedList } from '../../../src/renderer/components/setup/DryRunParkedList';
import { DryRunStep } from '../../../src/renderer/components/setup/DryRunStep';
import { MappingEditor } from '../../../src/renderer/components/setup/MappingEditor';
import { MoneybirdStep } from '../../../src/renderer/components/setup/MoneybirdStep';
import type { AppStore } from '../../../src/renderer/state/app-store';
import {
  createSetupStore,
  type DryRunResult,
  type SetupStore,
} from '../../../src/renderer/state/setup-store';
import { SetupStoreContext, StoreContext } from '../../../src/renderer/state/store-context';
import type { AdministrationChoice, SetupState } from '../../../src/shared/contract';
import type { Locale } from '../../../src/shared/i18n/translate';
import { moneybirdId as id, ledger, rate } from '../setup/moneybird-records';

/** A core that answers each channel from `answers`; any other call fails the test. */
function storeAnswering(answers: Record<string, unknown>): SetupStore {
  const client = {
    call: async (channel: string) => {
      if (!(channel in answers)) throw new Error(`unexpected call ${channel}`);
      return { ok: true, result: answers[channel] };
    },
    on: () => () => {},
  } as unknown as CheckedClient;
  return createSetupStore(client, () => () => {}, { transport: 'socket', openExternal: () => {} });
}

/**
 * The markup as it stands in `setup` now. (A server render reads a store's initial state, so the
 * screen is drawn from a store that starts where `setup` is.)
 */
function render(node: React.ReactNode, setup: SetupStore, locale: Locale = 'nl'): string {
  const app = createStore(() => ({ locale })) as unknown as AppStore;
  const now = createStore(() => setup.getState()) as SetupStore;
  return renderToStaticMarkup(
    <StoreContext.Provider value={app}>
      <SetupStoreContext.Provider value={now}>
        <MemoryRouter initialEntries={['/setup/moneybird']}>{node}</MemoryRouter>
      </SetupStoreContext.Provider>
    </StoreContext.Provider>,
  );
}

const decoded = (html: string) =>
  html.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&#x27;', "'");
const text = (html: string) => decoded(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');

// ---- the Moneybird step ----------------------------------------------------------------------------

const done = { state: 'done', reason: null } as const;
const missing = { state: 'missing', reason: null } as const;

/** Logged in to Moneybird, the administration not chosen yet (or broken, with its reason). */
const loggedIn = (administration: SetupState['steps']['administration'] = missing): SetupState => ({
  complete: false,
  steps: { shop: done, orders: done, moneybird: done, administration, mapping: missing },
  next: 'administration',
  shopName: 'Koffie & Co',
  administrationName: null,
  moneybirdLogin: 'oauth',
  browserLoginAvailable: true,
  keychainProblem: null,
  syncedBefore: false,
  startDate: '2026-10-01',
});

const demoBv: AdministrationChoice = {
  id: id(),
  name: 'Winkelbrug Demo B.V.',
  currency: 'EUR',
  country: 'NL',
};
const tweede: AdministrationChoice = { id: id(), name: 'Tweede Zaak V.O.F.', currency: 'EUR', country: 'NL' };

/** The step as drawn from `store` now: its markup, its radios, and its Volgende. */
function drawnStep(store: SetupStore) {
  const html = render(<MoneybirdStep />, store);
  const radios = [...html.matchAll(/<input type="radio"[^>]*>/g)].map((match) => match[0]);
  const volgende = /<button[^>]*data-testid="wizard-next"[^>]*>/.exec(html)?.[0] ?? '';
  return { html, radios, volgende };
}

/** The step as the core's answer about the administrations leaves it. */
async function moneybirdStep(
  administrations: AdministrationChoice[],
  selected: string | null,
  setup = loggedIn(),
  { conflict, answers = {} }: { conflict?: { inFolder: string; remembered: string }; answers?: object } = {},
) {
  const store = storeAnswering({
    'setup.moneybird.administrations': {
      ok: true,
      administrations,
      selected,
      ...(conflict && { conflict }),
    },
    ...answers,
  });
  store.setState({ setup, setupLoaded: true });
  await store.getState().loadAdministrations();
  return { ...drawnStep(store), store };
}

describe('choosing the Moneybird administration', () => {
  it('with one administration, has it selected and Volgende ready to store it; no "Gebruiken" first', async () => {
    // The core leaves `selected` empty here: the only administration is selected all the same.
    const { html, radios, volgende } = await moneybirdStep([demoBv], null);
    expect(radios).toHaveLength(1);
    expect(radios[0]).toContain('checked=""');
    expect(text(html)).toContain('Winkelbrug Demo B.V.');
    // Volgende submits the choice (checked and stored by the core) and is not greyed out.
    expect(volgende).toContain('type="submit"');
    expect(volgende).toContain('form="administration"');
    expect(volgende).not.toContain('disabled');
    expect(html).toContain('<form id="administration"');
    expect(text(html)).not.toContain('Gebruiken');
    // No raw codes next to the name.
    expect(text(html)).not.toMatch(/\bNL\b|\bEUR\b/);
  });

  it('with several and none chosen before, selects none: Volgende waits for the owner to pick one', async () => {
    const { radios, volgende, store } = await moneybirdStep([demoBv, tweede], null);
    expect(radios).toHaveLength(2);
    expect(radios.filter((radio) => radio.includes('checked'))).toEqual([]);
    expect(volgende).toContain('form="administration"');
    expect(volgende).toContain('disabled');
    store.getState().selectAdministration(tweede.id);
    const picked = drawnStep(store);
    expect(picked.radios.find((radio) => radio.includes('checked'))).toContain(`value="${tweede.id}"`);
    expect(picked.volgende).not.toContain('disabled');
  });

  it('refuses an administration without a revenue account under it, and Volgende waits for one that can be used', async () => {
    const refusal = {
      nl: 'In de administratie "Tweede Zaak V.O.F." staat geen actieve omzetrekening voor verkoopfacturen.',
      en: 'The administration "Tweede Zaak V.O.F." has no active revenue account for sales invoices.',
    };
    const { store } = await moneybirdStep([demoBv, tweede], null, loggedIn(), {
      answers: {
        'setup.moneybird.chooseAdministration': {
          ok: false,
          problem: { code: 'no-revenue-ledger', message: refusal },
          field: 'administrationId',
        },
      },
    });
    expect(await store.getState().chooseAdministration(tweede.id)).toBe(false);
    const refused = drawnStep(store);
    // Said under the administration it is about, with a way to check it again; Volgende cannot store it.
    const option = /<div data-testid="administration" data-id="(\d+)">([\s\S]*?)<\/div><\/div>/.exec(
      refused.html.slice(refused.html.indexOf(`data-id="${tweede.id}"`) - 40),
    );
    expect(option?.[1]).toBe(tweede.id);
    expect(decoded(option?.[2] ?? '')).toContain(refusal.nl);
    expect(text(option?.[2] ?? '')).toContain('Opnieuw controleren');
    expect(refused.volgende).toContain('disabled');
    // Another one picked: Volgende is ready again, and the refusal stays with the one it is about.
    store.getState().selectAdministration(demoBv.id);
    const other = drawnStep(store);
    expect(other.volgende).not.toContain('disabled');
    expect(decoded(other.html).match(new RegExp(refusal.nl.replace(/[.()]/g, '\\$&'), 'g'))).toHaveLength(1);
  });

  it('with several, selects the one chosen before', async () => {
    const { radios } = await moneybirdStep([demoBv, tweede], tweede.id);
    expect(radios.find((radio) => radio.includes('checked'))).toContain(`value="${tweede.id}"`);
  });

  it('asks calmly which administration to book in when a backup was put back, not as an error', async () => {
    const reason = {
      nl: 'Welke administratie gebruik je nu? Volgens zijn eigen gegevens boekte Winkelbrug in "Winkelbrug Demo B.V.", maar op deze computer koos je het laatst "Tweede Zaak V.O.F.". Misschien is een oude back-up teruggezet. Kies hieronder; tot dan boekt Winkelbrug niets.',
      en: 'Which administration do you use now?',
    };
    // The core selects none then: the folder's administration and the one chosen last disagree.
    const { html, radios, volgende } = await moneybirdStep(
      [demoBv, tweede],
      null,
      loggedIn({ state: 'broken', reason }),
      { conflict: { inFolder: demoBv.id, remembered: tweede.id } },
    );
    const note = /<p class="setup-note" role="status" data-testid="administration-note">([^<]*)<\/p>/.exec(
      html,
    );
    expect(decoded(note?.[1] ?? '')).toBe(reason.nl);
    expect(html).not.toContain('class="problem"');
    expect(html).not.toContain('role="alert"');
    // "Kies hieronder": nothing is chosen for the owner, and Volgende waits for their pick.
    expect(radios.filter((radio) => radio.includes('checked'))).toEqual([]);
    expect(volgende).toContain('disabled');
    // Under each of the two, where it comes from.
    const origins = [...html.matchAll(/data-testid="administration-origin">([^<]*)</g)].map((m) => m[1]);
    expect(origins).toEqual([
      'Hierin boekte Winkelbrug volgens zijn eigen gegevens',
      'Het laatst gekozen op deze computer',
    ]);
  });

  it('even with the only administration there is, selects none after a backup was put back', async () => {
    const { radios, volgende } = await moneybirdStep([tweede], null, loggedIn(), {
      conflict: { inFolder: demoBv.id, remembered: tweede.id },
    });
    expect(radios).toHaveLength(1);
    expect(radios[0]).not.toContain('checked');
    expect(volgende).toContain('disabled');
  });
});

describe('logging in to Moneybird another way', () => {
  it('clears what the way tried before said: only the newest problem shows', async () => {
    const denied = {
      nl: 'Je hebt Winkelbrug in Moneybird geen toegang gegeven.',
      en: 'You did not allow it.',
    };
    const wrongToken = {
      nl: 'Moneybird accepteert dit token niet.',
      en: 'Moneybird does not accept this token.',
    };
    const store = storeAnswering({
      'setup.moneybird.personalToken': { ok: false, problem: { code: 'wrong-token', message: wrongToken } },
    });
    store.setState({
      setup: { ...loggedIn(), steps: { ...loggedIn().steps, moneybird: missing } },
      setupLoaded: true,
      browserLogin: { loginId: null, phase: null, url: null, problem: denied },
    });
    expect(await store.getState().submitPersonalToken('geen-geldig-token')).toBe(false);
    expect(store.getState().browserLogin.problem).toBeNull();
    expect(store.getState().personalToken.problem).toEqual(wrongToken);
    const html = decoded(render(<MoneybirdStep />, store));
    expect(html).not.toContain(denied.nl);
    expect(html).toContain(wrongToken.nl);
  });
});

// ---- the mapping: what Moneybird has nothing for ----------------------------------------------------

/** A Dutch administration without a Belgian 0 % rate, while the shop sells to Belgium at 0 %. */
function mappingWithoutBelgianZero(extra: MoneybirdReferenceData['taxRates'] = []) {
  // Moneybird's default workflow and style (a field the reference data passes through untyped).
  const workflow = { id: id(), name: 'Standaard', type: 'InvoiceWorkflow', active: true, default: true };
  const style = { id: id(), name: 'Standaard', default: true };
  const reference: MoneybirdReferenceData = {
    taxRates: [rate('21% btw', '21.0'), rate('9% btw', '9.0'), rate('0% btw', '0.0'), ...extra],
    ledgerAccounts: [ledger('Omzet', 'revenue', { account_id: '8000' }), ledger('Omzet hoog', 'revenue')],
    workflows: [workflow],
    documentStyles: [style],
    financialAccounts: [
      { id: id(), name: 'Zakelijke rekening', type: 'BankAccount', active: true },
      { id: id(), name: 'Mollie', type: 'MollieAccount', active: true },
    ],
  };
  return mappingFields({}, reference, {
    shopCountry: 'NL',
    extraNeeds: [{ treatment: 'oss', rate: '0', country: 'BE' }],
  });
}

describe('the mapping step names apart what Moneybird has nothing for', () => {
  it('counts only the choices the owner can make, and says the missing rate lets them go on', () => {
    const fields = mappingWithoutBelgianZero();
    const belgian = fields.find((field) => field.path === 'taxRates.oss.BE.0');
    expect(belgian).toMatchObject({ options: [], required: false });
    expect(belgian?.warning).not.toBeNull();
    const store = storeAnswering({});
    store.setState({ mapping: { ...store.getState().mapping, fields } });
    const html = render(<MappingEditor formId="mapping" onSaved={() => {}} compact />, store);
    const header = /data-testid="mapping-attention"[^>]*>([^<]*)</.exec(html)?.[1] ?? '';
    // Revenue (two accounts), the payment account (two), the 0 % rates for EU businesses and for
    // export (one rate to weigh for each) are choices; Belgium's 0 % is none.
    const asking = fields.filter((f) => f.warning !== null).map((f) => f.path);
    expect(asking.sort()).toEqual(
      [
        'financialAccountId',
        'ledgerAccounts.revenue',
        'taxRates.export',
        'taxRates.oss.BE.0',
        'taxRates.reverseCharge',
      ].sort(),
    );
    // Four choices and the one rate to add in Moneybird first: five marked, and the header says so.
    expect(header).toMatch(
      /^Kijk 4 punten na, en 1 btw-tarief moet je eerst in Moneybird toevoegen; ze zijn hieronder gemarkeerd\./,
    );
    expect(html.match(/data-state="warning"/g)).toHaveLength(5);
    const note = text(/<div class="setup-note mapping-unavailable"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '');
    expect(note).toContain(
      `1 btw-tarief ontbreekt nog in Moneybird: ${belgian!.label.nl}. Je kunt verder; bestellingen die het nodig hebben wachten tot je het toevoegt.`,
    );
    expect(note).toContain('Opnieuw ophalen uit Moneybird');
    // The field itself stays in view with Moneybird's own advice.
    expect(html).toContain('data-path="taxRates.oss.BE.0"');
    expect(decoded(html)).toContain(belgian!.warning!.nl);
  });

  it('says nothing of the kind once Moneybird has the rate', () => {
    const fields = mappingWithoutBelgianZero([rate('BE 0% btw', '0.0', { country: 'BE' })]);
    const store = storeAnswering({});
    store.setState({ mapping: { ...store.getState().mapping, fields } });
    const html = render(<MappingEditor formId="mapping" onSaved={() => {}} compact />, store);
    expect(html).not.toContain('mapping-unavailable');
  });

  it('in Settings (not compact) shows no header and no such note', () => {
    const store = storeAnswering({});
    store.setState({ mapping: { ...store.getState().mapping, fields: mappingWithoutBelgianZero() } });
    const html = render(<MappingEditor formId="mapping" onSaved={() => {}} />, store);
    expect(html).not.toContain('mapping-attention');
    expect(html).not.toContain('mapping-unavailable');
  });
});

// ---- the dry run's parked orders -------------------------------------------------------------------

const zeroRateReason = (order: string) => ({
  nl: `Bestelling ${order} bevat producten of kosten met 0% btw (binnenland), maar daarvoor is nog geen btw-tarief van Moneybird gekozen. Kies bij de stap Boekingen onder Btw-tarieven welk Moneybird-tarief hiervoor geldt.`,
  en: `Order ${order} holds products or costs at 0% VAT (domestic).`,
});

const parkedOrder = (orderNumber: string, orderDate: string, reasonCode = 'missing_tax_rate') =>
  ({
    orderNumber,
    orderDate,
    reason:
      reasonCode === 'missing_tax_rate' ? zeroRateReason(orderNumber) : { nl: 'Iets anders.', en: 'Else.' },
    reasonCode,
    section: reasonCode === 'missing_tax_rate' ? 'taxRates' : null,
  }) as DryRunResult['parked'][number];

describe("the dry run's orders that would park", () => {
  it('shows orders parked for one cause once, as the dashboard does, with their numbers and dates', () => {
    const html = render(
      <DryRunParkedList
        parked={[
          parkedOrder('1001', '2026-10-20'),
          parkedOrder('1005', '2026-11-01', 'order_unreadable'),
          parkedOrder('1008', '2026-11-05'),
          parkedOrder('1016', '2026-11-28'),
        ]}
      />,
      storeAnswering({}),
    );
    const shown = text(html);
    expect(shown).toContain('Wacht op jou (4)');
    // The cause once, the first order's reason as the example.
    expect(shown.match(/bevat producten of kosten met 0% btw/g)).toHaveLength(1);
    expect(shown).toContain('3 bestellingen om dezelfde reden');
    expect(shown).toContain('Bijvoorbeeld: Bestelling 1001 bevat producten');
    const which = /<p class="group-orders">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
    expect(which.replace(/<[^>]+>/g, '')).toBe(
      'Het gaat om: 1001 (20 okt 2026), 1008 (5 nov 2026), 1016 (28 nov 2026)',
    );
    // One way to the setting for the group; the other cause shows as its own order.
    expect(html.match(/data-testid="dry-run-fix"/g)).toHaveLength(1);
    expect(html.match(/data-testid="dry-run-parked-group"/g)).toHaveLength(1);
    expect(shown).toContain('Bestelling 1005 · 1 nov 2026 Iets anders.');
    // Every order is still marked by its number (what the browser tests read).
    const orders = [...html.matchAll(/data-testid="dry-run-parked-order" data-order="(\d+)"/g)].map(
      (m) => m[1],
    );
    expect(orders.sort()).toEqual(['1001', '1005', '1008', '1016']);
  });

  it('shows a single order alone with its cause as itself', () => {
    const html = render(
      <DryRunParkedList parked={[parkedOrder('1001', '2026-10-20')]} />,
      storeAnswering({}),
    );
    expect(html).not.toContain('dry-run-parked-group');
    expect(text(html)).toContain('Bestelling 1001 · 20 okt 2026 Bestelling 1001 bevat producten');
  });
});

// ---- the dry run's orders not booked now ------------------------------------------------------------

/** A dry run of three orders to book, with these orders not booked now. */
function dryRunWith(unpaid: number, testOrders: number): SetupStore {
  const store = storeAnswering({});
  const report: DryRunResult = {
    ok: true,
    since: '2026-10-01',
    orders: 3,
    total: '121.00',
    vat: '21.00',
    perRate: [],
    sample: [],
    parked: [],
    unpaid,
    testOrders,
    etaMs: 3_000,
    plannedAt: '2026-11-30T10:00:00.000Z',
  };
  store.setState({ dryRun: { busy: false, report, problem: null } });
  return store;
}

describe("the dry run's orders that are not booked now", () => {
  const lines = (html: string, testId: string) =>
    [...html.matchAll(new RegExp(`data-testid="${testId}">([^<]*)<`, 'g'))].map((m) => decoded(m[1]!));

  it('tells unpaid orders they follow once paid, and test orders that they are never booked', () => {
    const html = render(<DryRunStep />, dryRunWith(2, 1));
    expect(lines(html, 'dry-run-unpaid')).toEqual([
      '2 bestellingen zijn nog niet betaald: zodra ze betaald zijn, boekt Winkelbrug ze vanzelf.',
    ]);
    expect(lines(html, 'dry-run-test-orders')).toEqual([
      '1 bestelling is in je webwinkel gemarkeerd als testbestelling: die boekt Winkelbrug niet.',
    ]);
    // A test order is promised nothing once paid.
    expect(lines(html, 'dry-run-test-orders')[0]).not.toContain('betaald');
    const en = render(<DryRunStep />, dryRunWith(2, 1), 'en');
    expect(lines(en, 'dry-run-unpaid')).toEqual([
      '2 orders are not paid yet: once they are paid, Winkelbrug books them by itself.',
    ]);
    expect(lines(en, 'dry-run-test-orders')).toEqual([
      '1 order is marked as a test order in your shop: Winkelbrug does not book it.',
    ]);
  });

  it('says one order in the singular, and leaves out a line with nothing to say', () => {
    const one = render(<DryRunStep />, dryRunWith(1, 0));
    expect(lines(one, 'dry-run-unpaid')).toEqual([
      '1 bestelling is nog niet betaald: zodra ze betaald is, boekt Winkelbrug haar vanzelf.',
    ]);
    expect(one).not.toContain('dry-run-test-orders');
    const tests = render(<DryRunStep />, dryRunWith(0, 3));
    expect(tests).not.toContain('dry-run-unpaid');
    expect(lines(tests, 'dry-run-test-orders')).toEqual([
      '3 bestellingen zijn in je webwinkel gemarkeerd als testbestelling: die boekt Winkelbrug niet.',
    ]);
    expect(lines(render(<DryRunStep />, dryRunWith(1, 1), 'en'), 'dry-run-unpaid')).toEqual([
      '1 order is not paid yet: once it is paid, Winkelbrug books it by itself.',
    ]);
  });
});

// ---- the date field ---------------------------------------------------------------------------------

describe('the date field', () => {
  const field = (value: string, locale: Locale) =>
    render(
      <DateField id="d" value={value} onChange={() => {}} max="2026-11-29" testId="d" />,
      storeAnswering({}),
      locale,
    );

  it('shows the day the Dutch way, whatever the browser would do with a date field', () => {
    const html = field('2026-09-30', 'nl');
    const input = /<input[^>]*type="text"[^>]*>/.exec(html)?.[0] ?? '';
    expect(input).toContain('value="30-09-2026"');
    expect(input).toContain('placeholder="dd-mm-jjjj"');
    expect(input).toContain('data-day="2026-09-30"');
    // The calendar's own field is hidden from the owner and from screen readers.
    expect(html).toMatch(
      /<input[^>]*type="date"[^>]*tabindex="-1"[^>]*aria-hidden="true"[^>]*value="2026-09-30"/,
    );
    expect(html).toContain('aria-label="Kies een datum in de kalender"');
  });

  it('day first in English too', () => {
    const input = /<input[^>]*type="text"[^>]*>/.exec(field('2026-09-30', 'en'))?.[0] ?? '';
    expect(input).toContain('value="30/09/2026"');
    expect(input).toContain('placeholder="dd/mm/yyyy"');
  });

  it('is empty with no day', () => {
    const input = /<input[^>]*type="text"[^>]*>/.exec(field('', 'nl'))?.[0] ?? '';
    expect(input).toContain('value=""');
  });
});
