// The mapping as the owner sees it: what is proposed for a typical administration and why, what is
// left to the owner where Moneybird's data leaves a real choice, and which choices are refused.
import { describe, expect, it } from 'vitest';
import {
  bookkeepingSettingsSchema,
  type MoneybirdReferenceData,
  type MoneybirdTaxRate,
} from '../../../src/main/core/bookkeeping';
import { parseFieldPath } from '../../../src/main/core/setup/mapping/field-slots';
import {
  acceptProposals,
  applyMappingChoices,
  mappingFields,
} from '../../../src/main/core/setup/mapping-fields';
import { completeMapping } from '../../../src/main/core/sync/auto-mapping';
import { type MappingField, mappingFieldSchema, saveOutcomeSchema } from '../../../src/shared/contract';
import { moneybirdId as id, ledger, rate } from './moneybird-records';

// ---- a Dutch webshop administration -------------------------------------------------------------

/** What a fresh Moneybird administration of a Dutch shop typically holds. */
function typical() {
  const r = {
    nl21: rate('21% btw', '21.0'),
    nl9: rate('9% btw', '9.0'),
    nl0: rate('0% btw', '0.0'),
    verlegd: rate('Btw verlegd', '0.0'),
    export: rate('Export buiten de EU', '0.0'),
    icp: rate('Intracommunautaire levering', '0.0'),
    de19: rate('DE 19% btw', '19.0', { country: 'DE' }),
    fr55: rate('FR 5,5% btw', '5.5', { country: 'FR' }),
    purchase21: rate('21% btw', '21.0', { tax_rate_type: 'purchase_invoice' }),
    old6: rate('6% btw (oud)', '6.0', { active: false }),
  };
  const l = {
    omzet: ledger('Omzet', 'revenue', { account_id: '8000' }),
    fallback: ledger('Ongecategoriseerde inkomsten', 'revenue', {
      allowed_document_types: ['sales_invoice', 'financial_mutation'],
    }),
    costs: ledger('Kantoorkosten', 'expenses', { allowed_document_types: ['purchase_invoice'] }),
    debtors: ledger('Debiteuren', 'current_assets', { allowed_document_types: [] }),
    closed: ledger('Omzet oud', 'revenue', { active: false }),
  };
  const bank = {
    id: id(),
    name: 'Zakelijke rekening',
    type: 'BankAccount',
    active: true,
    identifier: 'NL91ABNA0417164300',
  };
  const workflows = {
    standard: {
      id: id(),
      name: 'Standaard factuurworkflow',
      type: 'InvoiceWorkflow',
      active: true,
      default: true,
    },
    shop: { id: id(), name: 'Webwinkel', type: 'InvoiceWorkflow', active: true, default: false },
    estimate: { id: id(), name: 'Offertes', type: 'EstimateWorkflow', active: true, default: true },
  };
  const style = { id: id(), name: 'Standaard', default: true };
  const reference: MoneybirdReferenceData = {
    taxRates: Object.values(r),
    ledgerAccounts: Object.values(l),
    workflows: Object.values(workflows),
    documentStyles: [style],
    financialAccounts: [bank],
  };
  return { reference, r, l, bank, workflows, style };
}

const field = (fields: MappingField[], path: string): MappingField => {
  const found = fields.find((f) => f.path === path);
  if (!found) throw new Error(`no field ${path}: ${fields.map((f) => f.path).join(', ')}`);
  return found;
};

function withReference(
  base: MoneybirdReferenceData,
  change: Partial<MoneybirdReferenceData>,
): MoneybirdReferenceData {
  return { ...base, ...change };
}

// ---- the proposals --------------------------------------------------------------------------------

describe('mapping fields', () => {
  it('propose, for a typical administration, everything Moneybird makes unambiguous, and say why', () => {
    const { reference, r, l, bank, workflows, style } = typical();
    const fields = mappingFields({}, reference, { shopCountry: 'NL' });
    for (const f of fields) expect(mappingFieldSchema.parse(f)).toEqual(f);

    const revenue = field(fields, 'ledgerAccounts.revenue');
    expect(revenue).toMatchObject({
      section: 'revenue',
      required: true,
      stored: false,
      value: l.omzet.id,
      warning: null,
    });
    // Moneybird's catch-all account is not the revenue account; the reason says so.
    expect(revenue.reason?.nl).toContain('Ongecategoriseerde inkomsten');
    expect(revenue.options.map((o) => o.name)).toEqual(['Omzet', 'Ongecategoriseerde inkomsten']);
    expect(revenue.options[0]!.detail).toEqual({ nl: '8000', en: '8000' });

    expect(field(fields, 'financialAccountId')).toMatchObject({
      section: 'payments',
      required: true,
      value: bank.id,
      reason: {
        nl: 'Voorstel: de enige actieve betaalrekening in Moneybird.',
        en: 'Proposed: the only active payment account in Moneybird.',
      },
    });
    expect(field(fields, 'financialAccountId').options[0]!.detail).toEqual({
      nl: 'Bankrekening · NL91ABNA0417164300',
      en: 'Bank account · NL91ABNA0417164300',
    });

    expect(field(fields, 'taxRates.domestic.21')).toMatchObject({
      section: 'taxRates',
      value: r.nl21.id,
      required: false,
    });
    expect(field(fields, 'taxRates.domestic.21').reason?.nl).toBe(
      'Voorstel: het enige actieve verkooptarief van 21% zonder land.',
    );
    // The purchase rate of 21 % is no option for sales.
    expect(field(fields, 'taxRates.domestic.21').options.map((o) => o.id)).toEqual([r.nl21.id]);
    // Each rate's detail says its percentage and the part of the VAT return a sale on it lands in.
    expect(field(fields, 'taxRates.domestic.21').options[0]!.detail).toEqual({
      nl: '21% · rubriek 1a',
      en: '21% · box 1a',
    });
    expect(field(fields, 'taxRates.domestic.9').value).toBe(r.nl9.id);
    // An intra-EU B2B sale is an intra-community supply (box 3b), never the domestic "Btw verlegd".
    expect(field(fields, 'taxRates.reverseCharge')).toMatchObject({ value: r.icp.id });
    expect(field(fields, 'taxRates.reverseCharge').reason?.nl).toContain('"Intracommunautaire levering"');
    expect(field(fields, 'taxRates.export')).toMatchObject({ value: r.export.id });

    // The rounding line: the ordinary 0 % rate, and, with no account named for rounding, the
    // revenue account; never Moneybird's catch-all "Ongecategoriseerde inkomsten", which the
    // accountant clears out.
    expect(field(fields, 'rounding.taxRateId')).toMatchObject({
      section: 'rounding',
      value: r.nl0.id,
      warning: null,
    });
    expect(field(fields, 'rounding.ledgerAccountId')).toMatchObject({
      section: 'rounding',
      value: l.omzet.id,
      warning: null,
      reason: {
        nl: 'Voorstel: je omzetrekening "Omzet", want een aparte rekening voor afrondingen is er niet.',
        en: 'Proposed: your revenue account "Omzet", as there is no separate account for rounding.',
      },
    });

    // Shipping, payment costs and discounts go to the revenue account unless chosen.
    for (const path of [
      'ledgerAccounts.shipping',
      'ledgerAccounts.paymentCosts',
      'ledgerAccounts.discounts',
    ]) {
      expect(field(fields, path)).toMatchObject({ value: null, required: false, warning: null });
      expect(field(fields, path).reason?.en).toBe('Nothing chosen: these lines go to the revenue account.');
      expect(field(fields, path).options.map((o) => o.name)).toEqual([
        'Omzet',
        'Ongecategoriseerde inkomsten',
      ]);
    }
    expect(field(fields, 'workflowId')).toMatchObject({ section: 'invoice', value: workflows.standard.id });
    expect(field(fields, 'workflowId').reason?.nl).toBe(
      'Voorstel: de standaardworkflow voor facturen in Moneybird.',
    );
    expect(field(fields, 'workflowId').options.map((o) => o.name)).toEqual([
      'Standaard factuurworkflow',
      'Webwinkel',
    ]);
    expect(field(fields, 'documentStyleId')).toMatchObject({ value: style.id });
    expect(field(fields, 'financialAccountByPaymentMethod.gift_card')).toMatchObject({
      value: null,
      warning: null,
    });
    // Left empty, it says that one of the two (this account or the ledger account below) is enough,
    // and what waits while both are empty; "Alleen nodig …" is said once, in the help.
    const giftCard = field(fields, 'financialAccountByPaymentMethod.gift_card');
    expect(giftCard.reason?.nl).toBe(
      'Niets gekozen. Kies hier een betaalrekening of hieronder een grootboekrekening voor cadeaubonnen: een van de twee is genoeg. Blijven beide leeg, dan wacht een bestelling die (deels) met een cadeaubon is betaald tot je er een kiest.',
    );
    // The ledger account right below agrees: empty is fine only beside a payment account for gift
    // cards (payments.ts settles a gift card on either; with neither, the order waits), and only
    // while no gift card is sold (invoice-details.ts books one sold on this account alone).
    const giftCardLedger = field(fields, 'giftCardLedgerAccountId');
    expect(giftCardLedger.value).toBeNull();
    expect(giftCardLedger.reason).toEqual({
      nl: 'Leeg laten kan als je hierboven een betaalrekening voor cadeaubonnen kiest en je winkel geen cadeaubonnen verkoopt: een bestelling waarin een cadeaubon wordt verkocht, wacht tot je hier een rekening kiest. Dit kies je alleen zelf.',
      en: 'You can leave this empty if you choose a payment account for gift cards above and your shop sells no gift cards: an order that sells a gift card waits until you choose an account here. Only you can choose this.',
    });
    expect(giftCard.reason?.en).toBe(
      'Nothing chosen. Choose a payment account here or a ledger account for gift cards below: one of the two is enough. If both stay empty, an order paid (partly) with a gift card waits until you choose one.',
    );
    expect(`${giftCard.help.nl} ${giftCard.reason?.nl}`.match(/Alleen nodig/g)).toHaveLength(1);
    const fieldsInOrder = fields.map((f) => f.path);
    expect(fieldsInOrder.indexOf('giftCardLedgerAccountId')).toBe(
      fieldsInOrder.indexOf('financialAccountByPaymentMethod.gift_card') + 1,
    );
    // The revenue account's help says once what Moneybird calls a ledger account.
    expect(revenue.help.nl).toContain('De grootboekrekening (in Moneybird heet dat een categorie)');

    // Labels and help in both languages, in a shop keeper's words.
    for (const f of fields) {
      expect(f.label.nl.length).toBeGreaterThan(3);
      expect(f.label.en.length).toBeGreaterThan(3);
      expect(f.help.nl).not.toBe(f.help.en);
    }
    expect(field(fields, 'taxRates.domestic.21').help.nl).toContain('Nederland');
  });

  it('leave a real choice to the owner: several ordinary 0 % rates, several accounts, several revenue accounts', () => {
    const { reference, l } = typical();
    const second = { id: id(), name: 'Mollie', type: 'BankAccount', active: true };
    const fields = mappingFields(
      {},
      withReference(reference, {
        taxRates: [...reference.taxRates, rate('Geen btw', '0.0')],
        ledgerAccounts: [...reference.ledgerAccounts, ledger('Omzet buitenland')],
        financialAccounts: [...reference.financialAccounts, second],
      }),
    );
    const zero = field(fields, 'taxRates.domestic.0');
    expect(zero.value).toBeNull();
    expect(zero.warning?.nl).toBe(
      'Nog niet gekozen: bestellingen met 0% btw wachten tot je hier een tarief kiest. Niet "Btw verlegd", "Export buiten de EU" of "Intracommunautaire levering": die zijn voor andere verkopen.',
    );
    expect(zero.warning?.en).toBe(
      'Not chosen yet: orders with 0% VAT wait until you choose a rate here. Not "Btw verlegd", "Export buiten de EU" or "Intracommunautaire levering": those are for other sales.',
    );
    expect(zero.options).toHaveLength(5);
    // Where each lands in the VAT return is in the options themselves, in the page's language: the
    // two ordinary ones apart, and the ones for other sales in their own boxes.
    expect(Object.fromEntries(zero.options.map((o) => [o.name, o.detail]))).toEqual({
      '0% btw': { nl: '0% · rubriek 1e', en: '0% · box 1e' },
      'Geen btw': { nl: '0% · buiten de aangifte', en: '0% · outside the return' },
      'Btw verlegd': { nl: '0% · rubriek 1e', en: '0% · box 1e' },
      'Export buiten de EU': { nl: '0% · rubriek 3a', en: '0% · box 3a' },
      'Intracommunautaire levering': { nl: '0% · rubriek 3b', en: '0% · box 3b' },
    });

    // Several revenue accounts, one of them Moneybird's standard "Omzet": pre-filled, never silently.
    const revenue = field(fields, 'ledgerAccounts.revenue');
    const omzet = reference.ledgerAccounts.find((a) => a.name === 'Omzet')!;
    expect(revenue).toMatchObject({ value: omzet.id, required: true });
    // One sentence: the proposal first, what it is after it (no second colon, no capital after one).
    expect(revenue.reason).toEqual({
      nl: 'Voorstel: "Omzet", de standaard-omzetrekening van Moneybird.',
      en: 'Proposed: "Omzet", Moneybird\'s standard revenue account.',
    });
    expect(revenue.warning?.nl).toMatch(/^Er zijn 3 omzetrekeningen \("Omzet", /);
    // Without a hint from the shop's payments, two accounts are the owner's choice.
    const financial = field(fields, 'financialAccountId');
    expect(financial).toMatchObject({ value: null, required: true });
    expect(financial.warning?.nl).toBe(
      'Kies zelf: er zijn 2 betaalrekeningen ("Zakelijke rekening", "Mollie").',
    );
    expect(field(fields, 'rounding.ledgerAccountId').value).toBe(l.omzet.id);

    // The shop's orders are mostly paid through Mollie: that account is proposed, with a note.
    const hinted = mappingFields(
      {},
      withReference(reference, { financialAccounts: [...reference.financialAccounts, second] }),
      { paymentProviders: ['mollie', 'basic', 'paypal'] },
    );
    expect(field(hinted, 'financialAccountId')).toMatchObject({ value: second.id });
    expect(field(hinted, 'financialAccountId').reason?.nl).toBe(
      'Voorstel: de meeste bestellingen in je webwinkel worden betaald via Mollie; die betalingen komen op deze rekening binnen.',
    );
    expect(field(hinted, 'financialAccountId').warning?.en).toMatch(
      /^There are 2 payment accounts in Moneybird/,
    );
    // Bank transfers ("basic") name no account; a provider matching two accounts proposes none.
    const basic = mappingFields(
      {},
      withReference(reference, { financialAccounts: [...reference.financialAccounts, second] }),
      { paymentProviders: ['basic'] },
    );
    expect(field(basic, 'financialAccountId').value).toBeNull();
  });

  it('name no box for an exempt rate unless Moneybird gives one: its option shows the percentage alone', () => {
    const { reference } = typical();
    const exempt = rate('Vrijgesteld van btw', '0.0');
    const exemptInBox = rate('Btw vrijgesteld', '0.0', { tax_report_reference: ['NL/1e'] });
    const fields = mappingFields(
      {},
      withReference(reference, { taxRates: [...reference.taxRates, exempt, exemptInBox] }),
    );
    // In every 0 % slot the same detail: no box guessed from the name, the box Moneybird gives.
    for (const path of ['taxRates.domestic.0', 'taxRates.reverseCharge', 'taxRates.export']) {
      const details = new Map(field(fields, path).options.map((o) => [o.id, o.detail]));
      expect(details.get(exempt.id), path).toEqual({ nl: '0%', en: '0%' });
      expect(details.get(exemptInBox.id), path).toEqual({ nl: '0% · rubriek 1e', en: '0% · box 1e' });
      // The domestic reverse charge does land in 1e.
      expect(field(fields, path).options.find((o) => o.name === 'Btw verlegd')?.detail, path).toEqual({
        nl: '0% · rubriek 1e',
        en: '0% · box 1e',
      });
    }
  });

  it('caution a rate while it is chosen for sales that belong in another box, and say when the box is a guess', () => {
    const { reference, r } = typical();
    const geen = rate('Geen btw', '0.0');
    const nl0InBox = rate('0% btw (1e)', '0.0', { tax_report_reference: ['NL/1e'] });
    const fields = mappingFields(
      {},
      withReference(reference, { taxRates: [...reference.taxRates, geen, nl0InBox] }),
    );
    const cautions = (path: string) =>
      new Map(field(fields, path).options.map((o) => [o.id, o.caution?.nl ?? null]));

    const icp = cautions('taxRates.reverseCharge');
    expect(icp.get(r.icp.id)).toBeNull();
    // "Btw verlegd" says by its name that it lands in 1e; a rate with its box from Moneybird says so too.
    expect(icp.get(r.verlegd.id)).toMatch(
      /^Moneybird zet verkopen op dit tarief in rubriek 1e, niet in rubriek 3b/,
    );
    expect(icp.get(nl0InBox.id)).toMatch(
      /^Moneybird zet verkopen op dit tarief in rubriek 1e, niet in rubriek 3b/,
    );
    expect(icp.get(r.export.id)).toMatch(/in rubriek 3a, niet in rubriek 3b/);
    expect(icp.get(geen.id)).toMatch(
      /^Moneybird zet verkopen op dit tarief buiten de btw-aangifte, niet in rubriek 3b/,
    );
    // An ordinary rate says nothing of its box: the caution says what Moneybird does with an ordinary one.
    expect(icp.get(r.nl0.id)).toMatch(
      /^Aan dit tarief is niet te zien .* een gewoon 0%-tarief zet Moneybird in rubriek 1e, niet in rubriek 3b/,
    );

    // Each names the one rate that says it is for these sales, and what waits meanwhile.
    expect(icp.get(r.nl0.id)).toMatch(
      /Winkelbrug ziet dat bij het boeken: zulke bestellingen wachten dan op je, met de factuur als concept in Moneybird\. Kies "Intracommunautaire levering"\.$/,
    );

    const exportCautions = cautions('taxRates.export');
    expect(exportCautions.get(r.icp.id)).toMatch(/Kies "Export buiten de EU"\.$/);
    expect(exportCautions.get(r.export.id)).toBeNull();
    expect(exportCautions.get(r.icp.id)).toMatch(/in rubriek 3b, niet in rubriek 3a/);
    expect(exportCautions.get(r.nl0.id)).toMatch(/^Aan dit tarief is niet te zien dat het voor export is/);

    // At home, a 0 % sale fits box 1e and outside the return alike; an ICP or export rate does not.
    const home = cautions('taxRates.domestic.0');
    for (const fits of [r.nl0, r.verlegd, geen, nl0InBox]) expect(home.get(fits.id), fits.name).toBeNull();
    expect(home.get(r.icp.id)).toBe(
      'Moneybird zet verkopen op dit tarief in rubriek 3b: dat is voor verkopen over de grens, niet in Nederland. Winkelbrug ziet dat bij het boeken: zulke bestellingen wachten dan op je, met de factuur als concept in Moneybird. Kies een gewoon tarief van 0%.',
    );
    // Other fields' options carry no caution, and the answer is valid on the wire.
    for (const f of fields.filter((f) => !f.path.startsWith('taxRates.')))
      for (const o of f.options) expect(o.caution, f.path).toBeUndefined();
    const withOss = mappingFields({}, reference, {
      extraNeeds: [{ treatment: 'oss', country: 'DE', rate: '19' }],
    });
    expect(field(withOss, 'taxRates.oss.DE.19').options.map((o) => o.caution)).toEqual([undefined]);
    for (const f of fields) expect(mappingFieldSchema.parse(f)).toEqual(f);
  });

  it('give each of the shop’s payment methods a field, proposing the account its money lands in', () => {
    const { reference } = typical();
    const paypal = { id: id(), name: 'PayPal', type: 'BankAccount', active: true };
    const till = { id: id(), name: 'Kas winkel', type: 'CashAccount', active: true };
    const fields = mappingFields(
      {},
      withReference(reference, { financialAccounts: [...reference.financialAccounts, paypal, till] }),
      { paymentMethods: ['ideal', 'paypal', 'cash', 'webshop_giftcard', 'card', 'creditcard'] },
    );
    const methods = fields.filter((f) => f.path.startsWith('financialAccountByPaymentMethod.'));
    // The gift-card methods share one field; the others follow the shop's own order of use.
    expect(methods.map((f) => f.path)).toEqual([
      'financialAccountByPaymentMethod.gift_card',
      'financialAccountByPaymentMethod.ideal',
      'financialAccountByPaymentMethod.paypal',
      'financialAccountByPaymentMethod.cash',
      'financialAccountByPaymentMethod.card',
      'financialAccountByPaymentMethod.creditcard',
    ]);
    expect(field(fields, 'financialAccountByPaymentMethod.paypal')).toMatchObject({
      value: paypal.id,
      required: false,
    });
    expect(field(fields, 'financialAccountByPaymentMethod.cash').value).toBe(till.id);
    // A card payment at the counter goes to the till too; a credit card online through the provider.
    expect(field(fields, 'financialAccountByPaymentMethod.card').value).toBe(till.id);
    expect(field(fields, 'financialAccountByPaymentMethod.creditcard').value).toBeNull();
    // The owner reads the methods' names, not the shop's codes.
    expect(field(fields, 'financialAccountByPaymentMethod.cash').label).toEqual({
      nl: 'Betaalrekening voor betaalmethode contant',
      en: 'Payment account for cash',
    });
    expect(field(fields, 'financialAccountByPaymentMethod.paypal').reason).toEqual({
      nl: 'Voorstel: "PayPal". Je webwinkel krijgt betalingen met PayPal; dat geld komt meestal op deze rekening binnen.',
      en: 'Proposed: "PayPal". Your shop takes payments by PayPal; that money usually arrives in this account.',
    });
    // iDEAL is paid through the provider: its money lands where the default account says.
    const ideal = field(fields, 'financialAccountByPaymentMethod.ideal');
    expect(ideal.value).toBeNull();
    expect(ideal.reason?.nl).toMatch(/^Leeg laten is meestal goed: betalingen met iDEAL gaan/);
    // Accepted as proposed, the plan pays a PayPal order into PayPal.
    const mapping = acceptProposals({}, fields);
    expect((mapping.financialAccountByPaymentMethod as Record<string, string>).paypal).toBe(paypal.id);
  });

  it('leave the revenue account open where no standard one stands out', () => {
    const { reference } = typical();
    const fields = mappingFields(
      {},
      withReference(reference, {
        ledgerAccounts: [
          ...reference.ledgerAccounts.filter((a) => a.name !== 'Omzet'),
          ledger('Omzet hoog'),
          ledger('Omzet laag'),
        ],
      }),
    );
    const revenue = field(fields, 'ledgerAccounts.revenue');
    expect(revenue).toMatchObject({ value: null, reason: null });
    expect(revenue.warning?.nl).toMatch(/^Kies zelf: er zijn \d omzetrekeningen/);
  });

  it('say what to create in Moneybird when nothing fits', () => {
    const fields = mappingFields(
      {},
      {
        taxRates: [rate('21% btw', '21.0')],
        ledgerAccounts: [
          ledger('Kantoorkosten', 'expenses', { allowed_document_types: ['purchase_invoice'] }),
        ],
        workflows: [],
        documentStyles: [],
        financialAccounts: [{ id: id(), name: 'Oude rekening', active: false }],
      },
    );
    expect(field(fields, 'ledgerAccounts.revenue')).toMatchObject({ value: null, options: [] });
    // Moneybird's own menu: it calls ledger accounts "categorieën".
    expect(field(fields, 'ledgerAccounts.revenue').warning?.nl).toContain(
      'Maak er een aan in Moneybird (Instellingen → Categorieën)',
    );
    expect(field(fields, 'ledgerAccounts.revenue').warning?.en).toContain('(Settings → Categories)');
    expect(field(fields, 'financialAccountId').warning?.en).toContain(
      'Add your bank or payment account in Moneybird',
    );
    expect(field(fields, 'taxRates.domestic.9').warning?.nl).toBe(
      'Moneybird heeft geen actief verkooptarief van 9% zonder land. Maak het aan in Moneybird (Instellingen → Btw-tarieven); tot dan wachten bestellingen die het nodig hebben.',
    );
    expect(field(fields, 'taxRates.reverseCharge').warning?.en).toContain(
      'no active sales rate of 0% for sale to a business in the EU',
    );
    expect(field(fields, 'rounding.taxRateId').warning?.nl).toContain(
      'Maak een tarief "Geen btw" van 0% aan',
    );
    expect(field(fields, 'rounding.ledgerAccountId')).toMatchObject({ value: null });
    expect(field(fields, 'rounding.ledgerAccountId').warning?.en).toBe(
      'No separate account for rounding found. Choose the revenue account first; the cents then go there.',
    );
    // Nothing to choose for the invoice: Moneybird uses its own default, and that is no problem.
    expect(field(fields, 'workflowId')).toMatchObject({ value: null, warning: null });
  });

  it('never take a 0 % rate for an intra-community supply or export unless its name says so, nor "verlegd"', () => {
    const { reference, r } = typical();
    const rates = reference.taxRates.filter(
      (x) => x.id !== r.verlegd.id && x.id !== r.export.id && x.id !== r.icp.id,
    );
    const fields = mappingFields(
      {},
      withReference(reference, { taxRates: [...rates, rate('Nul procent', '0.0')] }),
    );
    for (const path of ['taxRates.reverseCharge', 'taxRates.export']) {
      expect(field(fields, path).value, path).toBeNull();
      expect(field(fields, path).warning?.nl, path).toMatch(/^Kies zelf: geen enkel 0%-tarief heet naar/);
      expect(
        field(fields, path).options.map((o) => o.name),
        path,
      ).toEqual(['0% btw', 'Nul procent']);
    }
    // One 0 % rate only: named as the one there is, not counted as "1 tarieven".
    const single = mappingFields(
      {},
      withReference(reference, {
        taxRates: reference.taxRates.filter((x) => x.id === r.nl0.id || Number(x.percentage) !== 0),
      }),
    );
    expect(field(single, 'taxRates.export').warning?.nl).toMatch(
      /^Kies zelf: geen enkel 0%-tarief heet naar export buiten de EU; Moneybird heeft alleen "0% btw" van 0%\./,
    );
    expect(field(single, 'taxRates.export').warning?.en).toContain('Moneybird only has "0% btw" at 0%.');
    // "Btw verlegd" is the domestic reverse charge (box 1e): with no intra-community rate it is an
    // option to choose, never the proposal.
    const noIcp = mappingFields(
      {},
      withReference(reference, { taxRates: reference.taxRates.filter((x) => x.id !== r.icp.id) }),
    );
    expect(field(noIcp, 'taxRates.reverseCharge').value).toBeNull();
    expect(field(noIcp, 'taxRates.reverseCharge').warning?.nl).toMatch(
      /^Kies zelf: geen enkel 0%-tarief heet naar/,
    );
    // Two rates named for intra-community supplies: the owner chooses.
    const two = mappingFields(
      {},
      withReference(reference, { taxRates: [...reference.taxRates, rate('Verlegd (ICP)', '0.0')] }),
    );
    expect(field(two, 'taxRates.reverseCharge').value).toBeNull();
    expect(field(two, 'taxRates.reverseCharge').warning?.nl).toBe(
      'Kies zelf: er zijn 2 actieve verkooptarieven van 0% voor verkoop aan een bedrijf in de EU ("Intracommunautaire levering", "Verlegd (ICP)").',
    );
  });

  it('advise the ordinary rate for a 0 % sale at home, and keep the other 0 % rates for the fields they are for', () => {
    const { reference, r } = typical();
    const geen = rate('Geen btw', '0');
    const icpServices = rate('ICP diensten', '0.0');
    const fields = mappingFields(
      {},
      withReference(reference, { taxRates: [...reference.taxRates, geen, icpServices] }),
      { shopCountry: 'NL' },
    );

    // At home: the ordinary rates are named as the choice, every rate for other sales as not.
    const zero = field(fields, 'taxRates.domestic.0');
    expect(zero.value).toBeNull();
    expect(zero.options.map((o) => o.name)).toEqual(
      expect.arrayContaining(['0% btw', 'Geen btw', 'Btw verlegd', 'Intracommunautaire levering']),
    );
    const [waits, not] = zero.warning!.nl.split('. Niet ');
    // The warning says what waits for the choice; where each ordinary rate lands (box 1e, or outside
    // the return) the help above says, and each option's detail.
    expect(waits).toBe('Nog niet gekozen: bestellingen met 0% btw wachten tot je hier een tarief kiest');
    for (const name of [
      'Btw verlegd',
      'Export buiten de EU',
      'Intracommunautaire levering',
      'ICP diensten',
    ]) {
      expect(not, name).toContain(`"${name}"`);
    }
    expect(not).toMatch(/: die zijn voor andere verkopen\.$/);
    expect(zero.warning!.nl).not.toContain('"0% btw"');
    expect(zero.warning!.nl).not.toContain('"Geen btw"');
    expect(zero.help.nl).toContain('met een tarief als "0% btw" in rubriek 1e');
    const detail = (name: string) => zero.options.find((o) => o.name === name)?.detail;
    expect(detail('0% btw')).toEqual({ nl: '0% · rubriek 1e', en: '0% · box 1e' });
    expect(detail('Geen btw')).toEqual({ nl: '0% · buiten de aangifte', en: '0% · outside the return' });
    expect(detail('ICP diensten')).toEqual({ nl: '0% · rubriek 3b', en: '0% · box 3b' });
    expect(zero.warning!.en).toMatch(
      /^Not chosen yet: orders with 0% VAT wait until you choose a rate here\. Not .*: those are for other sales\.$/,
    );

    // A rate that says by its VAT box that it is for export or intra-EU sales counts as such too,
    // whatever its name.
    const boxed = rate('Nul', '0.0', { tax_report_reference: ['NL/3a'] });
    const byBox = mappingFields(
      {},
      withReference(reference, { taxRates: [...reference.taxRates, geen, boxed] }),
    );
    expect(field(byBox, 'taxRates.domestic.0').warning?.nl).toBe(
      'Nog niet gekozen: bestellingen met 0% btw wachten tot je hier een tarief kiest. Niet "Btw verlegd", "Export buiten de EU", "Intracommunautaire levering" of "Nul": die zijn voor andere verkopen.',
    );
    // Its option says the box Moneybird gives it, not the one its name would suggest.
    expect(field(byBox, 'taxRates.domestic.0').options.find((o) => o.name === 'Nul')?.detail).toEqual({
      nl: '0% · rubriek 3a',
      en: '0% · box 3a',
    });

    // For intra-EU business sales the choice is among the rates named for them: no advice to take
    // the ordinary rate, which would put that revenue in the wrong box.
    const reverseCharge = field(fields, 'taxRates.reverseCharge');
    expect(reverseCharge.value).toBeNull();
    expect(reverseCharge.warning?.nl).toBe(
      'Kies zelf: er zijn 2 actieve verkooptarieven van 0% voor verkoop aan een bedrijf in de EU ("Intracommunautaire levering", "ICP diensten").',
    );
    expect(reverseCharge.warning?.nl).not.toContain('gewone');
    // Export has one rate named for it: proposed, nothing to advise.
    expect(field(fields, 'taxRates.export')).toMatchObject({ value: r.export.id, warning: null });

    // Only ordinary 0 % rates: a choice, nothing to warn against; each option names where it lands.
    const ordinaryOnly = mappingFields(
      {},
      withReference(reference, {
        taxRates: [
          ...reference.taxRates.filter((x) => ![r.verlegd.id, r.export.id, r.icp.id].includes(x.id)),
          geen,
        ],
      }),
    );
    expect(field(ordinaryOnly, 'taxRates.domestic.0').warning?.nl).toBe(
      'Nog niet gekozen: bestellingen met 0% btw wachten tot je hier een tarief kiest.',
    );
    expect(field(ordinaryOnly, 'taxRates.domestic.0').options.map((o) => o.detail?.nl)).toEqual([
      '0% · rubriek 1e',
      '0% · buiten de aangifte',
    ]);

    // No ordinary 0 % rate at all: none of the others is to be taken; create one in Moneybird.
    const noOrdinary = mappingFields(
      {},
      withReference(reference, { taxRates: reference.taxRates.filter((x) => x.id !== r.nl0.id) }),
    );
    const none = field(noOrdinary, 'taxRates.domestic.0');
    expect(none.value).toBeNull();
    expect(none.warning?.nl).toBe(
      'Moneybird heeft geen gewoon verkooptarief van 0%, alleen "Btw verlegd", "Export buiten de EU" en "Intracommunautaire levering". Zulke tarieven zijn voor andere verkopen, zoals aan bedrijven die de btw zelf afdragen of naar het buitenland: de omzet komt daarmee in een andere rubriek van je btw-aangifte, of er staat iets anders op de factuur. Voeg in Moneybird een gewoon btw-tarief van 0% voor verkoopfacturen toe (Instellingen → Btw-tarieven); Winkelbrug kiest het dan zelf. Of kies hier bewust zelf een tarief, als je zeker weet dat het klopt. Tot dan wachten bestellingen die het nodig hebben.',
    );
    expect(none.warning?.en).toContain(
      'Add an ordinary 0% tax rate for sales invoices in Moneybird (Settings → Tax rates)',
    );
  });

  // The domestic 0 % field by the 0 % rates Moneybird has: a rate meant for other sales (the domestic
  // reverse charge, an intra-community supply, export: by its VAT box when given, else by its name) is
  // never proposed, but stays an option the owner may choose on purpose.
  const noneNl = (names: string) =>
    `Moneybird heeft geen gewoon verkooptarief van 0%, alleen ${names}. Zulke tarieven zijn voor andere verkopen, zoals aan bedrijven die de btw zelf afdragen of naar het buitenland: de omzet komt daarmee in een andere rubriek van je btw-aangifte, of er staat iets anders op de factuur. Voeg in Moneybird een gewoon btw-tarief van 0% voor verkoopfacturen toe (Instellingen → Btw-tarieven); Winkelbrug kiest het dan zelf. Of kies hier bewust zelf een tarief, als je zeker weet dat het klopt. Tot dan wachten bestellingen die het nodig hebben.`;
  const noneEn = (names: string) =>
    `Moneybird has no ordinary sales rate of 0%, only ${names}. Such rates are for other sales, such as to businesses that account for the VAT themselves, or abroad: with them the revenue lands in another box of your VAT return, or the invoice says something else. Add an ordinary 0% tax rate for sales invoices in Moneybird (Settings → Tax rates); Winkelbrug then chooses it by itself. Or consciously choose a rate here yourself, if you are sure it is right. Until then, orders that need it wait.`;
  const onlyOrdinaryNl = (names: string) =>
    `Voorstel: het enige gewone verkooptarief van 0% zonder land. Niet ${names}: zulke tarieven zijn voor andere verkopen, zoals aan bedrijven die de btw zelf afdragen of naar het buitenland.`;
  const boxed = (name: string, box: string) => rate(name, '0.0', { tax_report_reference: [box] });
  it.each<
    [
      string,
      () => MoneybirdTaxRate[],
      { value: string | null; reason: string | null; warningNl: string | null; warningEn?: string },
    ]
  >([
    [
      'only "Btw verlegd"',
      () => [rate('Btw verlegd', '0.0')],
      { value: null, reason: null, warningNl: noneNl('"Btw verlegd"'), warningEn: noneEn('"Btw verlegd"') },
    ],
    [
      'only an ICP rate',
      () => [rate('Intracommunautaire levering', '0.0')],
      { value: null, reason: null, warningNl: noneNl('"Intracommunautaire levering"') },
    ],
    [
      'only an export rate',
      () => [rate('Export buiten de EU', '0.0')],
      { value: null, reason: null, warningNl: noneNl('"Export buiten de EU"') },
    ],
    [
      'only a rate in box 3b by its tax_report_reference, whatever its name',
      () => [boxed('Nul', 'NL/3b')],
      { value: null, reason: null, warningNl: noneNl('"Nul"') },
    ],
    [
      '"Btw verlegd" and the ordinary "0% btw": the ordinary one, saying why not the other',
      () => [rate('Btw verlegd', '0.0'), rate('0% btw', '0.0')],
      { value: '0% btw', reason: onlyOrdinaryNl('"Btw verlegd"'), warningNl: null },
    ],
    [
      'a rate in box 3a by its tax_report_reference and an ordinary one: the ordinary one',
      () => [boxed('Nul', 'NL/3a'), rate('Nultarief', '0.0')],
      { value: 'Nultarief', reason: onlyOrdinaryNl('"Nul"'), warningNl: null },
    ],
    [
      'two ordinary rates: the owner chooses, each option telling where it lands in the VAT return',
      () => [rate('0% btw', '0.0'), rate('Geen btw', '0.0')],
      {
        value: null,
        reason: null,
        warningNl: 'Nog niet gekozen: bestellingen met 0% btw wachten tot je hier een tarief kiest.',
        warningEn: 'Not chosen yet: orders with 0% VAT wait until you choose a rate here.',
      },
    ],
    [
      'one ordinary rate alone: proposed as the only one',
      () => [rate('0% btw', '0.0')],
      {
        value: '0% btw',
        reason: 'Voorstel: het enige actieve verkooptarief van 0% zonder land.',
        warningNl: null,
      },
    ],
  ])('the domestic 0 %% field with %s', (_, zeroRates, expected) => {
    const { reference, r } = typical();
    const zeros = zeroRates();
    const taxRates = [r.nl21, r.nl9, ...zeros];
    const stored = {};
    const at = withReference(reference, { taxRates });
    const zero = field(mappingFields(stored, at, { shopCountry: 'NL' }), 'taxRates.domestic.0');
    const idOf = (name: string) => zeros.find((x) => x.name === name)!.id;
    expect(zero.value).toBe(expected.value === null ? null : idOf(expected.value));
    expect(zero.reason?.nl ?? null).toBe(expected.reason);
    expect(zero.warning?.nl ?? null).toBe(expected.warningNl);
    if (expected.warningEn) expect(zero.warning?.en).toBe(expected.warningEn);
    // Every 0 % rate stays an option: the owner may still choose a special one on purpose.
    expect(zero.options.map((o) => o.id)).toEqual(zeros.map((x) => x.id));
    const special = zeros.find((x) => !['0% btw', 'Geen btw', 'Nultarief'].includes(x.name ?? ''));
    if (special) {
      const chosen = applyMappingChoices(stored, { 'taxRates.domestic.0': special.id }, at);
      expect(chosen).toEqual({ ok: true, mapping: { taxRates: { domestic: { '0': special.id } } } });
    }
    // What the field shows is what the engine completes by itself at run time.
    const completion = completeMapping(stored, at);
    expect(completion.chosen.find((c) => c.path === 'taxRates.domestic.0')?.value ?? null).toBe(zero.value);
  });

  it('propose for the rounding line a 0 % rate outside the VAT return first, else the one ordinary 0 % rate that stands out', () => {
    const { reference, r } = typical();
    // "0% btw" (box 1e) and "Geen btw" (outside the return): "Geen btw", so that rounding cents are
    // no sale in box 1e. The domestic 0 % field stays the owner's choice between the two.
    const geen = rate('Geen btw', '0');
    const both = mappingFields({}, withReference(reference, { taxRates: [...reference.taxRates, geen] }));
    expect(field(both, 'rounding.taxRateId')).toMatchObject({
      value: geen.id,
      warning: null,
      reason: {
        nl: 'Voorstel: "Geen btw", het 0%-tarief buiten de btw-aangifte. Zo komen afrondingscenten niet in rubriek 1e.',
        en: 'Proposed: "Geen btw", the 0% rate outside the VAT return. That way rounding cents do not land in box 1e.',
      },
    });
    expect(field(both, 'taxRates.domestic.0').value).toBeNull();
    // Outside the return by its boxes when Moneybird gives them, whatever the name; a rate in box 1e
    // is not, whatever its name says.
    const noBox = rate('Nul zonder aangifte', '0', { tax_report_reference: [] });
    const inBox = rate('Geen btw (1e)', '0', { tax_report_reference: ['NL/1e'] });
    const byBox = mappingFields(
      {},
      withReference(reference, { taxRates: [...reference.taxRates, noBox, inBox] }),
    );
    expect(field(byBox, 'rounding.taxRateId').value).toBe(noBox.id);
    // Two rates outside the return: the owner chooses between them.
    const twoOutside = mappingFields(
      {},
      withReference(reference, { taxRates: [...reference.taxRates, geen, rate('No VAT', '0')] }),
    );
    expect(field(twoOutside, 'rounding.taxRateId').value).toBeNull();
    expect(field(twoOutside, 'rounding.taxRateId').warning?.nl).toBe(
      'Kies zelf: er zijn 2 tarieven van 0% zonder land ("Geen btw", "No VAT"). Kies bij voorkeur een tarief buiten de btw-aangifte, zoals "Geen btw", zodat afrondingscenten niet in rubriek 1e komen; niet verlegd of export.',
    );
    // Only "0% btw": proposed, saying that its cents land in box 1e and how to avoid that.
    expect(field(mappingFields({}, reference), 'rounding.taxRateId')).toMatchObject({
      value: r.nl0.id,
      reason: {
        nl: 'Voorstel: "0% btw", het gewone 0%-tarief zonder land. Afrondingscenten komen daarmee in rubriek 1e; wil je dat niet, maak dan in Moneybird een tarief "Geen btw" van 0% aan en kies dat hier.',
      },
    });
    // One 0 % rate that is neither reverse charge nor export, whatever its name: that one.
    const other = reference.taxRates.filter((x) => x.id !== r.nl0.id);
    const nul = rate('Nultarief binnenland', '0.00');
    const only = mappingFields({}, withReference(reference, { taxRates: [...other, nul] }));
    expect(field(only, 'rounding.taxRateId')).toMatchObject({ value: nul.id, warning: null });
    // Only the reverse-charge and export rates: neither is proposed for rounding.
    const special = mappingFields({}, withReference(reference, { taxRates: other }));
    expect(field(special, 'rounding.taxRateId').value).toBeNull();
    expect(field(special, 'rounding.taxRateId').warning?.en).toMatch(/no ordinary 0% sales rate/);
  });

  it('propose an account named for rounding, else one for payment differences, else the revenue account; never a catch-all', () => {
    const { reference, l } = typical();
    const accounts = (...extra: ReturnType<typeof ledger>[]) =>
      withReference(reference, { ledgerAccounts: [...reference.ledgerAccounts, ...extra] });
    const rounding = (ref: MoneybirdReferenceData) =>
      field(mappingFields({}, ref), 'rounding.ledgerAccountId');

    // Moneybird's catch-all and an "Overige opbrengsten" are cleared out by the accountant: a cent a
    // day there is recurring work. The cents go to the revenue account, and the reason says which.
    const catchAll = rounding(accounts(ledger('Overige opbrengsten')));
    expect(catchAll).toMatchObject({ value: l.omzet.id, warning: null });
    expect(catchAll.reason?.nl).toBe(
      'Voorstel: je omzetrekening "Omzet", want een aparte rekening voor afrondingen is er niet.',
    );

    // An account named for rounding is the one, whatever its type.
    const named = ledger('Afrondingsverschillen', 'expenses');
    expect(rounding(accounts(named))).toMatchObject({
      value: named.id,
      reason: {
        nl: 'Voorstel: "Afrondingsverschillen", de enige grootboekrekening waarvan de naam zegt dat hij voor afrondingen is.',
        en: 'Proposed: "Afrondingsverschillen", the only ledger account whose name says it is for rounding.',
      },
    });
    // Without one, an account for payment or cash differences, saying that it is no rounding account.
    const differences = ledger('Kas- en betalingsverschillen', 'other_income_expenses');
    const fromDifferences = rounding(accounts(differences));
    expect(fromDifferences).toMatchObject({ value: differences.id, warning: null });
    expect(fromDifferences.reason?.nl).toBe(
      'Voorstel: "Kas- en betalingsverschillen". Een aparte rekening voor afrondingen is er niet, wel deze voor betalings- of kasverschillen, waar zulke centen ook horen.',
    );
    // Named for rounding beats named for differences.
    expect(rounding(accounts(differences, named)).value).toBe(named.id);

    // Two accounts named for rounding: the owner chooses.
    const twoRounding = rounding(accounts(named, ledger('Afrondingen webshop')));
    expect(twoRounding.value).toBeNull();
    expect(twoRounding.warning?.nl).toBe(
      'Kies zelf: er zijn 2 grootboekrekeningen die ervoor in aanmerking komen ("Afrondingsverschillen", "Afrondingen webshop").',
    );
  });

  it('show what is stored, and warn when Moneybird no longer has it or it no longer fits', () => {
    const { reference, r, l } = typical();
    const stored = {
      ledgerAccounts: { revenue: l.closed.id, shipping: '999999999999' },
      financialAccountId: reference.financialAccounts[0]!.id,
      taxRates: { domestic: { '21': r.nl21.id, '6': r.old6.id }, oss: { fr: { '5.5': r.fr55.id } } },
    };
    const fields = mappingFields(stored, reference, {
      extraNeeds: [
        { treatment: 'oss', country: 'DE', rate: '19' },
        { treatment: 'oss', country: 'FR', rate: '5.50' },
      ],
    });
    const revenue = field(fields, 'ledgerAccounts.revenue');
    expect(revenue).toMatchObject({ value: l.closed.id, stored: true });
    expect(revenue.warning?.nl).toContain('"Omzet oud" past hier niet');
    const shipping = field(fields, 'ledgerAccounts.shipping');
    expect(shipping).toMatchObject({ value: '999999999999', stored: true });
    expect(shipping.warning?.en).toContain('(999999999999) no longer exists in Moneybird');
    // A stored choice that still fits says nothing more: Settings says once that all is saved.
    expect(field(fields, 'financialAccountId')).toMatchObject({ stored: true, warning: null, reason: null });
    // A stored rate beyond 21/9/0 gets a field of its own (and its inactive rate a warning).
    expect(field(fields, 'taxRates.domestic.6')).toMatchObject({ value: r.old6.id, stored: true });
    expect(field(fields, 'taxRates.domestic.6').warning).not.toBeNull();
    // A rate stored as "5.5" under "fr" is the field "taxRates.oss.FR.5,5".
    expect(field(fields, 'taxRates.oss.FR.5,5')).toMatchObject({
      value: r.fr55.id,
      stored: true,
      warning: null,
    });
    // The owner reads the country's name, not its code.
    expect(field(fields, 'taxRates.oss.FR.5,5').label).toEqual({
      nl: 'Frankrijk 5,5% (OSS)',
      en: 'France 5.5% (OSS)',
    });
    expect(field(fields, 'taxRates.oss.FR.5,5').help.nl).toBe(
      'Het btw-tarief in Moneybird voor verkopen op afstand aan consumenten in Frankrijk, tegen het btw-tarief van dat land: 5,5%. Deze omzet geef je op via de OSS-regeling.',
    );
    expect(field(fields, 'taxRates.oss.FR.5,5').help.en).toContain('to consumers in France, at that country');
    // Each option says its percentage as the language writes it, and its part of the return: the
    // country's OSS return, named in the page's language.
    expect(field(fields, 'taxRates.oss.FR.5,5').options.map((o) => o.detail)).toEqual([
      { nl: '5,5% · OSS Frankrijk', en: '5.5% · OSS France' },
    ]);
    expect(field(fields, 'taxRates.oss.DE.19')).toMatchObject({ value: r.de19.id, stored: false });
    expect(field(fields, 'taxRates.oss.DE.19').reason).toEqual({
      nl: 'Voorstel: het enige actieve verkooptarief van 19% voor Duitsland.',
      en: 'Proposed: the only active sales rate of 19% for Germany.',
    });
    expect(fields.filter((f) => f.path.startsWith('taxRates.oss.')).map((f) => f.path)).toEqual([
      'taxRates.oss.DE.19',
      'taxRates.oss.FR.5,5',
    ]);
  });

  it('name the country of a foreign rate in words wherever it says which rate is missing or to choose', () => {
    const { reference } = typical();
    const belgian = [
      rate('BE 21% btw', '21.0', { country: 'BE' }),
      rate('BE 21% (oud)', '21.0', { country: 'BE' }),
    ];
    const needs = { extraNeeds: [{ treatment: 'oss' as const, country: 'BE', rate: '21' }] };
    const missing = field(mappingFields({}, reference, needs), 'taxRates.oss.BE.21');
    expect(missing.label).toEqual({ nl: 'België 21% (OSS)', en: 'Belgium 21% (OSS)' });
    expect(missing.warning?.nl).toBe(
      'Moneybird heeft geen actief verkooptarief van 21% voor België. Maak het aan in Moneybird (Instellingen → Btw-tarieven); tot dan wachten bestellingen die het nodig hebben.',
    );
    const two = mappingFields(
      {},
      withReference(reference, { taxRates: [...reference.taxRates, ...belgian] }),
      needs,
    );
    expect(field(two, 'taxRates.oss.BE.21').warning?.en).toBe(
      'Choose one: there are 2 active sales rates of 21% for Belgium ("BE 21% btw", "BE 21% (oud)").',
    );
  });

  it('propose exactly what the engine completes by itself at run time', () => {
    const { reference } = typical();
    const extraNeeds = [{ treatment: 'oss' as const, country: 'DE', rate: '19' }];
    const completion = completeMapping({}, reference, { extraNeeds });
    const fields = mappingFields({}, reference, { extraNeeds });
    expect(completion.chosen.length).toBeGreaterThan(5);
    for (const choice of completion.chosen)
      expect(field(fields, choice.path).value, choice.path).toBe(choice.value);
    for (const gap of completion.gaps)
      if (gap.candidates.length > 1 && gap.path !== 'ledgerAccounts.revenue')
        expect(field(fields, gap.path).value, gap.path).toBeNull();
  });
});

// ---- saving ---------------------------------------------------------------------------------------

describe("applying the owner's choices", () => {
  it('stores each choice at its path, rates written "5,5", and the result reads as bookkeeping settings', () => {
    const { reference, r, l, bank } = typical();
    const stored = { bookingStyle: 'sales', taxRates: { oss: { FR: { '5.50': '123' } } } };
    const fields = mappingFields(stored, reference);
    const outcome = applyMappingChoices(
      stored,
      {
        'ledgerAccounts.revenue': l.omzet.id,
        financialAccountId: bank.id,
        'taxRates.domestic.21': r.nl21.id,
        'taxRates.oss.FR.5,5': r.fr55.id,
        'rounding.taxRateId': r.nl0.id,
        'rounding.ledgerAccountId': l.fallback.id,
      },
      reference,
      fields,
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.mapping).toEqual({
      bookingStyle: 'sales',
      ledgerAccounts: { revenue: l.omzet.id },
      financialAccountId: bank.id,
      taxRates: { domestic: { '21': r.nl21.id }, oss: { FR: { '5,5': r.fr55.id } } },
      rounding: { taxRateId: r.nl0.id, ledgerAccountId: l.fallback.id },
    });
    const settings = bookkeepingSettingsSchema.parse(outcome.mapping);
    expect(settings.taxRates.oss.FR).toEqual({ '5.5': r.fr55.id });
    // The stored mapping itself is not touched.
    expect(stored.taxRates.oss.FR).toEqual({ '5.50': '123' });
  });

  it('clears a stored choice with null, under whatever spelling it was stored', () => {
    const { reference, r } = typical();
    const stored = {
      taxRates: { domestic: { '21.0': r.nl21.id, '9': r.nl9.id }, oss: { de: { '19': r.de19.id } } },
    };
    const outcome = applyMappingChoices(
      stored,
      { 'taxRates.domestic.21': null, 'taxRates.oss.DE.19': null },
      reference,
    );
    expect(outcome).toEqual({ ok: true, mapping: { taxRates: { domestic: { '9': r.nl9.id }, oss: {} } } });
  });

  it('refuses an unknown path or an id that is no option of that field, naming the field, in both languages', () => {
    const { reference, r, l } = typical();
    const stored = { ledgerAccounts: { revenue: l.omzet.id } };
    const cases: Array<[string, string]> = [
      ['taxRates.domestic.21', r.purchase21.id], // a purchase rate
      ['taxRates.domestic.21', r.nl9.id], // the wrong percentage
      ['taxRates.oss.DE.19', r.nl21.id], // not a German rate
      ['taxRates.export', r.nl21.id], // not 0%
      ['rounding.taxRateId', r.de19.id],
      ['ledgerAccounts.revenue', l.costs.id], // not a revenue account
      ['ledgerAccounts.shipping', l.debtors.id], // a balance-sheet account
      ['financialAccountId', l.omzet.id], // a ledger account, not a financial account
      ['workflowId', '424242424242'], // an estimate workflow would be wrong too; this one does not exist
    ];
    for (const [path, choice] of cases) {
      const outcome = applyMappingChoices(stored, { [path]: choice }, reference);
      expect(outcome.ok, `${path}=${choice}`).toBe(false);
      if (outcome.ok) continue;
      expect(outcome.field).toBe(path);
      expect(outcome.problem.code).toBe('invalid');
      expect(outcome.problem.message.nl).toContain(choice);
      expect(outcome.problem.message.nl).toMatch(/kan niet worden gekozen voor "/);
      expect(outcome.problem.message.en).toMatch(/cannot be chosen for "/);
      expect(saveOutcomeSchema.parse({ ...outcome })).toMatchObject({ ok: false, field: path });
    }
    const estimate = reference.workflows.find((w) => w.type === 'EstimateWorkflow')!;
    expect(applyMappingChoices(stored, { workflowId: estimate.id }, reference).ok).toBe(false);

    for (const path of [
      'ledgerAccounts.nonsense',
      'taxRates.domestic.5.5',
      'taxRates.oss.Germany.19',
      'shopCountry',
    ]) {
      const outcome = applyMappingChoices(stored, { [path]: r.nl21.id }, reference);
      expect(outcome).toMatchObject({ ok: false, field: path, problem: { code: 'invalid' } });
      if (!outcome.ok) {
        expect(outcome.problem.message.nl).toBe(
          `Onbekende keuze "${path}": die kan hier niet worden gekozen.`,
        );
        expect(outcome.problem.message.en).toBe(`Unknown choice "${path}": it cannot be chosen here.`);
      }
    }
    // One refusal refuses the whole save: nothing of the valid choices comes back to be stored.
    const mixed = applyMappingChoices(
      stored,
      { financialAccountId: reference.financialAccounts[0]!.id, 'taxRates.domestic.21': r.nl9.id },
      reference,
    );
    expect(mixed).toMatchObject({ ok: false, field: 'taxRates.domestic.21' });
    expect('mapping' in mixed).toBe(false);
  });

  it('keeps a stored choice sent back unchanged, even when Moneybird no longer offers it', () => {
    const { reference, l } = typical();
    const stored = { ledgerAccounts: { revenue: l.closed.id } };
    const outcome = applyMappingChoices(stored, { 'ledgerAccounts.revenue': l.closed.id }, reference);
    expect(outcome).toEqual({ ok: true, mapping: stored });
  });

  it('takes over every proposal when the owner accepts them, leaving stored choices and open ones alone', () => {
    const { reference, r, l, bank } = typical();
    const stored = { taxRates: { domestic: { '21': r.nl21.id } } };
    const fields = mappingFields(stored, reference);
    const accepted = acceptProposals(stored, fields);
    expect(accepted).toMatchObject({
      ledgerAccounts: { revenue: l.omzet.id },
      financialAccountId: bank.id,
      taxRates: {
        // The one ordinary 0 % rate, never "Btw verlegd", the ICP or the export rate beside it.
        domestic: { '21': r.nl21.id, '9': r.nl9.id, '0': r.nl0.id },
        reverseCharge: r.icp.id,
        export: r.export.id,
      },
      rounding: { taxRateId: r.nl0.id, ledgerAccountId: l.omzet.id },
    });
    // Fields left open (nothing proposed) are not taken over.
    expect((accepted.ledgerAccounts as Record<string, unknown>).shipping).toBeUndefined();
    expect(accepted.giftCardLedgerAccountId).toBeUndefined();
    // A real choice (two ordinary 0 % rates) is not taken over either.
    const twoZero = withReference(reference, { taxRates: [...reference.taxRates, rate('Geen btw', '0.0')] });
    const open = acceptProposals(stored, mappingFields(stored, twoZero));
    expect((open.taxRates as { domestic: Record<string, string> }).domestic['0']).toBeUndefined();
    expect(bookkeepingSettingsSchema.safeParse(accepted).success).toBe(true);
    // With everything accepted, the engine completes nothing the owner did not see.
    const completion = completeMapping(accepted, reference);
    expect(completion.ok).toBe(true);
  });

  it('knows its paths', () => {
    expect(parseFieldPath('taxRates.domestic.5,50')?.path).toBe('taxRates.domestic.5,5');
    expect(parseFieldPath('taxRates.oss.de.7')?.path).toBe('taxRates.oss.DE.7');
    expect(parseFieldPath('financialAccountByPaymentMethod.gift_card')?.path).toBe(
      'financialAccountByPaymentMethod.gift_card',
    );
    expect(parseFieldPath('ledgerAccounts.revenueByTreatment.oss')).toBeDefined();
    expect(parseFieldPath('taxRates.domestic.abc')).toBeUndefined();
    expect(parseFieldPath('taxRates.domestic.101')).toBeUndefined();
  });
});
