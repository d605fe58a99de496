// VAT treatments and VAT-return boxes as an accountant checks them, end to end through both
// simulators and the real core. The situations:
//  1. an intra-EU B2B sale to a Belgian business with its VAT number: the ICP rate (box 3b), the
//     number on the contact; the same customer later without a number at Belgian OSS VAT (never 0 %),
//     and once more zero-rated by the shop without a number (parked, nothing written);
//  2. a Dutch business, Dutch VAT number, marked reverse-charged by the shop: neither an
//     intra-community supply (the customer is not in another member state) nor the domestic reverse
//     charge (not for goods a web shop sells): parked, never booked in 3b or 1e;
//  3. OSS sales to Belgium and Germany, each at its own country's rates (shipping too), no Dutch box;
//  4. an OSS sale to Italy, whose 22 % Moneybird's administration lacks: parked, nothing written, the
//     owner told which rate to add;
//  5. the owner maps the intra-community treatment to "Export buiten de EU" (3a) by mistake: parked,
//     never sent nor counted as booked; the owner fixes the mapping, removes the draft as told and
//     retries: booked once, in 3b;
//  6. more 0 % mapping mistakes: export mapped to "Btw verlegd" (1e), domestic 0 % mapped to the ICP
//     rate (3b): both parked, neither sent;
//  7. a rate the owner deactivated in Moneybird after the app had read it: the next order at that
//     rate is not booked and the owner is told which rate; after reactivating and retrying, booked once;
//  8. exports to Norway, to a Swiss business and to the Canary Islands (outside the EU VAT area):
//     "Export buiten de EU", box 3a;
//  9. "0 %" (zero_percent) orders delivered inside the EU VAT area for goods (mainland Germany,
//     Northern Ireland): no export, so never box 3a;
// 10. a domestic order of 21 % and 9 % lines with shipping split over both rates: VAT per rate the
//     shop's to the cent;
// 11. a partial credit of an intra-EU sale: a credit note on the same ICP rate, box 3b;
// 12. the month per VAT rate with domestic, OSS, ICP and export sales: agrees with Moneybird, one
//     line per box of the return (1a, 1b, 1e, 3a, 3b) and per OSS country and rate, the same in its
//     CSV, in the quarter, and after comparing with Moneybird; parked orders on their own lines.
// Every expectation is what Dutch VAT rules require, decided before running; what the app does not
// do yet is an `it.todo` beside the situation.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Period } from '../../../src/main/core/reconciliation/period';
import { bookkeepingMappingSetting } from '../../../src/main/core/sync/sync-settings';
import type { MwwInvoiceAddress, MwwOrder, MwwOrderLine } from '../../sim/mijnwebwinkel/types';
import { entryOf, invoiceOf, screensOf, shopCredits, writesIn } from './deleted-bookings';
import { sale, tomorrow } from './shop-sales';
import {
  moneybirdRequestsSince,
  type SimSalesRate,
  type SyncWorld,
  salesTaxRates,
  worldPerTest,
} from './support';

const worlds = worldPerTest();

// ---------------------------------------------------------------------------------------------
// The shop's side: orders with known lines (amounts chosen so every figure is whole cents).

interface Part {
  /** Excluding VAT, in cents (a multiple of 100, so incl. VAT is whole cents at every rate used). */
  ex: number;
  rate: number;
}
interface LineSpec {
  description: string;
  type?: string;
  parts: Part[];
}

const inclCents = (p: Part) => Math.round((p.ex * (100 + p.rate)) / 100);
const euros = (cents: number) => (cents / 100).toFixed(2);
const rateText = (rate: number) => rate.toFixed(2);

function priceOfPart(p: Part) {
  return {
    amount: (p.ex / 100).toFixed(6),
    amount_including_tax: euros(inclCents(p)),
    rate: rateText(p.rate),
  };
}

/** The shop's figures of these lines: total incl. VAT and VAT per rate (0 % listed as 0.00). */
function shopFigures(lines: readonly LineSpec[]) {
  const vat = new Map<number, number>();
  let total = 0;
  for (const p of lines.flatMap((l) => l.parts)) {
    total += inclCents(p);
    vat.set(p.rate, (vat.get(p.rate) ?? 0) + inclCents(p) - p.ex);
  }
  return {
    total: euros(total),
    tax: [...vat.entries()].map(([rate, cents]) => ({ rate: rateText(rate), amount: euros(cents) })),
  };
}

interface OrderSpec {
  email: string;
  lines: LineSpec[];
  region?: string;
  strategy?: '' | 'zero_percent' | 'reverse_charged_vat';
  address?: Partial<MwwInvoiceAddress>;
}

const DUTCH_ADDRESS: MwwInvoiceAddress = {
  name: 'Truus Voorbeeld',
  street: 'Kerkstraat',
  number: '1',
  zipcode: '1234 AB',
  city: 'Utrecht',
  country: 'Nederland',
  country_code: 'NL',
};

/** A paid, completed order of the shop with these lines and VAT settings, dated tomorrow. */
function shopOrder(number: number, spec: OrderSpec): MwwOrder {
  const base = sale(number, spec.email, ['mok']);
  const invoice: MwwInvoiceAddress = { ...DUTCH_ADDRESS, ...spec.address };
  const { taxnumber: _taxnumber, bankaccount: _bank, ...delivery } = invoice;
  const b2b = Boolean(invoice.company);
  const { reference: _reference, ...rest } = base as MwwOrder & { reference?: string };
  return {
    ...rest,
    business_model: b2b ? 'B2B' : 'B2C',
    ...(b2b && { reference: `PO-${number}` }),
    tax_region: spec.region ?? 'NL',
    tax_strategy: spec.strategy ?? '',
    debtor: { ...base.debtor, email: spec.email, address: { invoice, delivery } },
    shipping: [{ country: { description: invoice.country ?? '', isocode: invoice.country_code ?? 'NL' } }],
    price: shopFigures(spec.lines),
    orderlines: spec.lines.map(
      (l, i): MwwOrderLine => ({
        id: `${base.uuid.slice(0, 24)}${String(number * 10 + i).padStart(12, '0')}`,
        type: l.type ?? 'article',
        quantity: 1,
        description: l.description,
        price: l.parts.length === 1 ? priceOfPart(l.parts[0]!) : l.parts.map(priceOfPart),
      }),
    ),
  } as MwwOrder;
}

/** The shop's credit order for some lines (by index) of `original`. */
function creditFor(original: MwwOrder, number: number, spec: OrderSpec, lineIndexes: number[]): MwwOrder {
  const credited = lineIndexes.map((i) => spec.lines[i]!);
  const { payment: _payment, ...rest } = shopOrder(number, { ...spec, lines: credited });
  return {
    ...rest,
    status: 10,
    payment_status: 'unknown',
    credited_order_number: Number(original.number),
  } as MwwOrder;
}

/** The shop completes the order, and a scheduled run takes it; its journal entry. */
async function shopCompletes(w: SyncWorld, order: MwwOrder) {
  w.mww.shop.addOrder({ ...order, status: 1 });
  w.mww.shop.setStatus(order.number, 3);
  await w.runtime.engine.run('scheduled');
  return entryOf(w, order.number);
}

// ---------------------------------------------------------------------------------------------
// Moneybird's side.

async function rateNamed(w: SyncWorld, name: string): Promise<SimSalesRate> {
  const found = (await salesTaxRates(w)).find((r) => r.name === name);
  if (!found) throw new Error(`No tax rate "${name}" in the simulator`);
  return found;
}

/** Every invoice (sales or external) in Moneybird carrying the order's booking reference. */
function invoicesWithReference(w: SyncWorld, reference: string | null) {
  expect(reference).toBeTruthy();
  return [...w.moneybird.books.salesInvoices(), ...w.moneybird.books.externalSalesInvoices()].filter(
    (i) => i.reference === reference,
  );
}

type Detail = { tax_rate_id: string; tax_report_reference: string[] | null; price: string; amount?: string };
type TaxTotal = { tax_rate_id: string; taxable_amount: string; tax_amount: string };

/** The Dutch VAT-return boxes ("NL/…") an invoice's lines land in. */
const dutchBoxes = (invoice: { details: Detail[] }) =>
  [
    ...new Set(
      invoice.details.flatMap((d) => d.tax_report_reference ?? []).filter((b) => b.startsWith('NL/')),
    ),
  ].sort();

/** Moneybird's VAT per tax rate id, in cents. */
const vatPerRate = (invoice: { tax_totals: TaxTotal[] }) =>
  Object.fromEntries(invoice.tax_totals.map((t) => [t.tax_rate_id, Math.round(Number(t.tax_amount) * 100)]));

const cents = (amount: string | number) => Math.round(Number(amount) * 100);

/** A booked sales invoice: paid once, in full. */
function expectPaid(invoice: {
  state: string;
  total_price_incl_tax: string;
  payments: Array<{ price: string }>;
}) {
  expect(invoice.state).toBe('paid');
  expect(invoice.payments).toHaveLength(1);
  expect(cents(invoice.payments[0]!.price)).toBe(cents(invoice.total_price_incl_tax));
}

function setMapping(w: SyncWorld, change: (taxRates: Record<string, unknown>) => Record<string, unknown>) {
  const mapping = w.runtime.store.settings.get(bookkeepingMappingSetting) as Record<string, unknown>;
  const taxRates = (mapping.taxRates ?? {}) as Record<string, unknown>;
  w.runtime.store.settings.set(bookkeepingMappingSetting, { ...mapping, taxRates: change(taxRates) });
}

const periodOf = (date: string): Period => ({
  kind: 'month',
  year: Number(date.slice(0, 4)),
  index: Number(date.slice(5, 7)),
});

// Lines used throughout.
const icpGoods: LineSpec = { description: 'Espressomachine', parts: [{ ex: 40000, rate: 0 }] };
const icpSpare: LineSpec = { description: 'Reserveonderdeel', parts: [{ ex: 5000, rate: 0 }] };
const BELGIAN_BUSINESS: Partial<MwwInvoiceAddress> = {
  name: 'Jan Peeters',
  company: 'Koffiebar Peeters BV',
  street: 'Meir',
  number: '10',
  zipcode: '2000',
  city: 'Antwerpen',
  country: 'België',
  country_code: 'BE',
  taxnumber: 'BE0403170701',
};

// ---------------------------------------------------------------------------------------------

/** An Italian consumer: Italy's 22 % is the OSS rate the default administration lacks. */
const GIULIA_IN_ROME: Partial<MwwInvoiceAddress> = {
  name: 'Giulia Rossi',
  street: 'Via Roma',
  zipcode: '00184',
  city: 'Roma',
  country: 'Italia',
  country_code: 'IT',
};

describe('intra-community supplies (box 3b, ICP listing)', () => {
  it('books a Belgian business with its VAT number in 3b; the same customer without a number at Belgian OSS VAT, and parks a zero-rated order without one', async () => {
    const w = await worlds.startKnown();
    const icp = await rateNamed(w, 'Intracommunautaire levering');
    const be21 = (await salesTaxRates(w)).find((r) => r.country === 'BE' && Number(r.percentage) === 21)!;
    const email = 'inkoop@peeters.example.be';

    const first = shopOrder(981_001, {
      email,
      lines: [icpGoods, icpSpare],
      strategy: 'reverse_charged_vat',
      address: BELGIAN_BUSINESS,
    });
    expect((await shopCompletes(w, first)).state).toBe('done');
    const supply = invoiceOf(w, 981_001)!;
    expectPaid(supply);
    expect(cents(supply.total_price_incl_tax)).toBe(45_000);
    expect(supply.details.map((d: Detail) => d.tax_rate_id)).toEqual([icp.id, icp.id]);
    expect(dutchBoxes(supply)).toEqual(['NL/3b']);
    // The ICP listing needs the customer's VAT number: it is on the contact the invoice went to.
    const contact = w.moneybird.books.contacts().find((c) => c.id === supply.contact_id)!;
    expect(contact.tax_number).toBe('BE0403170701');
    expect(contact.country).toBe('BE');

    // The same customer buys as a consumer, no VAT number: the shop charges Belgian VAT (OSS).
    const { taxnumber: _n, company: _c, ...consumer } = BELGIAN_BUSINESS;
    const ossLines: LineSpec[] = [{ description: 'Koffiebonen', parts: [{ ex: 2000, rate: 21 }] }];
    const second = shopOrder(981_002, { email, lines: ossLines, region: 'BE', address: consumer });
    expect((await shopCompletes(w, second)).state).toBe('done');
    const distance = invoiceOf(w, 981_002)!;
    expectPaid(distance);
    expect(distance.details.map((d: Detail) => d.tax_rate_id)).toEqual([be21.id]);
    expect(dutchBoxes(distance)).toEqual([]);
    expect(vatPerRate(distance)).toEqual({ [be21.id]: 420 });
    expect(cents(distance.total_price_incl_tax)).toBe(2420);

    // Once more without a number, but the shop zero-rated it: 0 % without a VAT number is not allowed.
    const from = w.moneybird.server.log.entries.length;
    const third = shopOrder(981_003, {
      email,
      lines: [icpSpare],
      strategy: 'reverse_charged_vat',
      address: consumer,
    });
    const parked = await shopCompletes(w, third);
    expect(parked.state).toBe('parked');
    expect(parked.reason?.code).toBe('reverse_charge_without_vat_number');
    expect(parked.reason?.message.nl).toContain('btw-nummer');
    expect(parked.reason?.message.en).toContain('VAT number');
    expect(writesIn(moneybirdRequestsSince(w, from))).toEqual([]);
    expect(invoicesWithReference(w, parked.reference)).toEqual([]);
  });

  it('does not book a Dutch business marked reverse-charged by the shop in 3b (no ICP) nor in 1e (no domestic reverse charge for web-shop goods)', async () => {
    const w = await worlds.startKnown();
    const from = w.moneybird.server.log.entries.length;
    const order = shopOrder(982_001, {
      email: 'inkoop@bakkerij.example.nl',
      lines: [icpGoods],
      strategy: 'reverse_charged_vat',
      address: { company: 'Bakkerij Voorbeeld BV', taxnumber: 'NL859442517B01' },
    });
    const entry = await shopCompletes(w, order);
    // The shop zero-rated a sale that is taxed in the Netherlands at 21 %: the figures are the shop's
    // mistake, so nothing may be booked until the owner corrects the order (or skips it).
    // Parked: the goods stay in the Netherlands, so this is no intra-community supply.
    expect(entry.reason?.code).toBe('intra_eu_supply_not_abroad');
    expect(entry.state).toBe('parked');
    expect(invoicesWithReference(w, entry.reference)).toEqual([]);
    expect(writesIn(moneybirdRequestsSince(w, from)).filter((r) => r.path.includes('invoices'))).toEqual([]);
    expect(entry.reason?.message.nl).toContain('982001');
    expect(entry.reason?.message.en).toContain('982001');
  });

  it('credits part of an intra-EU sale on the same ICP rate, in box 3b, linked to the sale', async () => {
    const w = await worlds.startKnown();
    const icp = await rateNamed(w, 'Intracommunautaire levering');
    const spec: OrderSpec = {
      email: 'inkoop@peeters.example.be',
      lines: [icpGoods, icpSpare],
      strategy: 'reverse_charged_vat',
      address: BELGIAN_BUSINESS,
    };
    const sold = shopOrder(983_001, spec);
    expect((await shopCompletes(w, sold)).state).toBe('done');
    const original = invoiceOf(w, 983_001)!;

    shopCredits(w, creditFor(sold, 983_002, spec, [1]));
    await w.runtime.engine.run('scheduled');
    const entry = entryOf(w, 983_002);
    expect(['done', 'waiting_transient']).toContain(entry.state);
    const notes = invoicesWithReference(w, entry.reference);
    expect(notes).toHaveLength(1);
    const note = notes[0]!;
    expect(note.original_sales_invoice_id).toBe(original.id);
    expect(cents(note.total_price_incl_tax)).toBe(-5000);
    expect(note.details.length).toBeGreaterThan(0);
    for (const detail of note.details as Detail[]) expect(detail.tax_rate_id).toBe(icp.id);
    expect(dutchBoxes(note)).toEqual(['NL/3b']);
    // The sale itself is untouched.
    expect(cents(invoiceOf(w, 983_001)!.total_price_incl_tax)).toBe(45_000);
  });

  it('puts the order’s VAT number on a known contact that holds another one or none, and parks when updates are off', async () => {
    const w = await worlds.startKnown();
    const { owner } = w.moneybird;
    const email = 'inkoop@peeters.example.be';
    // The owner's own contact for this customer, with an old VAT number (matched by e-mail).
    const known = owner.addContact({
      company_name: 'Koffiebar Peeters BV',
      send_invoices_to_email: email,
      tax_number: 'BE0477472701',
      country: 'BE',
    });
    const spec = {
      email,
      lines: [icpGoods],
      strategy: 'reverse_charged_vat' as const,
      address: BELGIAN_BUSINESS,
    };
    expect((await shopCompletes(w, shopOrder(984_001, spec))).state).toBe('done');
    const supply = invoiceOf(w, 984_001)!;
    expect(supply.contact_id).toBe(known.id);
    const contact = () => w.moneybird.books.contacts().find((c) => c.id === known.id)!;
    expect(contact().tax_number).toBe('BE0403170701');

    // With keeping contacts current off, a contact without the number makes the order wait.
    const other = 'einkauf@kunde.example.de';
    owner.addContact({ company_name: 'Kunde GmbH', send_invoices_to_email: other, country: 'DE' });
    const mapping = w.runtime.store.settings.get(bookkeepingMappingSetting) as Record<string, unknown>;
    w.runtime.store.settings.set(bookkeepingMappingSetting, { ...mapping, updateContacts: false });
    const german = {
      ...BELGIAN_BUSINESS,
      company: 'Kunde GmbH',
      zipcode: '10115',
      city: 'Berlin',
      country: 'Duitsland',
      country_code: 'DE',
      taxnumber: 'DE811907980',
    };
    const parked = await shopCompletes(w, shopOrder(984_002, { ...spec, email: other, address: german }));
    expect(parked.state).toBe('parked');
    expect(parked.reason?.code).toBe('icp_contact_vat_number');
    expect(parked.reason?.message.nl).toContain('btw-nummer DE811907980');
    expect(parked.reason?.message.nl).toContain('het contact in Moneybird heeft btw-nummer -');
    expect(invoicesWithReference(w, parked.reference)).toEqual([]);
  });
});

describe('OSS distance sales to EU consumers', () => {
  it('books sales to Belgium and Germany at each country’s own rates, shipping included, outside the Dutch boxes', async () => {
    const w = await worlds.startKnown();
    const rates = await salesTaxRates(w);
    const oss = (country: string, pct: number) =>
      rates.find((r) => r.country === country && Number(r.percentage) === pct)!;

    const belgian = shopOrder(984_001, {
      email: 'sofie@example.be',
      region: 'BE',
      address: {
        name: 'Sofie Claes',
        street: 'Veldstraat',
        zipcode: '9000',
        city: 'Gent',
        country: 'België',
        country_code: 'BE',
      },
      lines: [
        { description: 'Mok', parts: [{ ex: 2000, rate: 21 }] },
        { description: 'Boek', parts: [{ ex: 1000, rate: 6 }] },
        { description: 'Verzending', type: 'shipping', parts: [{ ex: 500, rate: 21 }] },
      ],
    });
    const german = shopOrder(984_002, {
      email: 'lena@example.de',
      region: 'DE',
      address: {
        name: 'Lena Schmidt',
        street: 'Hauptstraße',
        zipcode: '10115',
        city: 'Berlin',
        country: 'Deutschland',
        country_code: 'DE',
      },
      lines: [
        { description: 'Becher', parts: [{ ex: 3000, rate: 19 }] },
        { description: 'Tee', parts: [{ ex: 1000, rate: 7 }] },
        { description: 'Versand', type: 'shipping', parts: [{ ex: 500, rate: 19 }] },
      ],
    });
    for (const order of [belgian, german]) expect((await shopCompletes(w, order)).state).toBe('done');

    // Each line at its country's rate (the shipping at the high one), VAT per rate to the cent.
    for (const [number, country, high, low, total, highVat, lowVat] of [
      [984_001, 'BE', 21, 6, 2420 + 1060 + 605, 420 + 105, 60],
      [984_002, 'DE', 19, 7, 3570 + 1070 + 595, 570 + 95, 70],
    ] as const) {
      const invoice = invoiceOf(w, number)!;
      expectPaid(invoice);
      expect(cents(invoice.total_price_incl_tax)).toBe(total);
      const [h, l] = [oss(country, high).id, oss(country, low).id];
      expect(invoice.details.map((d: Detail) => d.tax_rate_id)).toEqual([h, l, h]);
      expect(vatPerRate(invoice)).toEqual({ [h]: highVat, [l]: lowVat });
      expect(dutchBoxes(invoice)).toEqual([]);
    }
  });

  it('parks an OSS sale to Italy, whose 22 % rate Moneybird lacks: nothing written, the owner told which rate to add', async () => {
    const w = await worlds.startKnown();
    const from = w.moneybird.server.log.entries.length;
    const italian = shopOrder(985_001, {
      email: 'giulia@example.it',
      region: 'IT',
      address: GIULIA_IN_ROME,
      lines: [{ description: 'Tazza', parts: [{ ex: 2000, rate: 22 }] }],
    });
    const entry = await shopCompletes(w, italian);
    expect(entry.state).toBe('parked');
    expect(entry.reason?.code).toBe('tax_rate_absent');
    expect(entry.reason?.details).toMatchObject({ rate: '22', country: 'IT', treatment: 'oss' });
    expect(writesIn(moneybirdRequestsSince(w, from))).toEqual([]);
    expect(invoicesWithReference(w, entry.reference)).toEqual([]);
    // No Italian 22 % rate exists in Moneybird, so "choose it in Settings" cannot be followed: the
    // owner is told to add it in Moneybird first, for Italy.
    expect(entry.reason?.message.nl).toContain('22%');
    expect(entry.reason?.message.nl).toContain('voor Italië');
    expect(entry.reason?.message.nl).toMatch(/Voeg dat tarief toe in Moneybird/);
    expect(entry.reason?.message.en).toContain('for Italy');
    expect(entry.reason?.message.en).toMatch(/\badd\b/i);

    // The owner adds the rate in Moneybird and retries: booked once, on that rate, outside the Dutch boxes.
    const italy = w.moneybird.owner.addTaxRate({
      name: 'IT 22% btw',
      percentage: '22.0',
      country: 'IT',
      taxReportReference: ['OSS/IT'],
    });
    screensOf(w).retry('985001');
    await w.runtime.engine.run('manual');
    const booked = entryOf(w, 985_001);
    expect(booked.state, JSON.stringify(booked.reason)).toBe('done');
    const [invoice, ...more] = invoicesWithReference(w, booked.reference);
    expect(more).toEqual([]);
    expect(vatPerRate(invoice)).toEqual({ [italy.id]: 440 });
    expect(dutchBoxes(invoice)).toEqual([]);
  });
});

describe('the owner’s mapping and Moneybird’s rates do not fit', () => {
  it('parks an intra-EU sale mapped to the export rate (3a), never sends it, and books it once in 3b after the owner fixes the mapping and retries', async () => {
    const w = await worlds.startKnown();
    const screens = screensOf(w);
    const icp = await rateNamed(w, 'Intracommunautaire levering');
    const exportRate = await rateNamed(w, 'Export buiten de EU');
    setMapping(w, (t) => ({ ...t, reverseCharge: exportRate.id }));

    const order = shopOrder(986_001, {
      email: 'inkoop@peeters.example.be',
      lines: [icpGoods],
      strategy: 'reverse_charged_vat',
      address: BELGIAN_BUSINESS,
    });
    const parked = await shopCompletes(w, order);
    expect(parked.state).toBe('parked');
    expect(parked.reason?.code).toBe('vat_box_wrong');
    expect(parked.reason?.message.nl).toContain('"Export buiten de EU"');
    expect(parked.reason?.message.nl).toContain('tarief "Export buiten de EU" staat in rubriek 3a');
    expect(parked.reason?.message.nl).toContain('rubriek 3b');
    expect(parked.reason?.message.nl).not.toContain('NL/');
    expect(parked.reason?.message.en).toContain('"Export buiten de EU"');
    expect(parked.reason?.message.en).toContain('3b');
    const [draft, ...others] = invoicesWithReference(w, parked.reference);
    expect(others).toEqual([]);
    expect(draft.state).toBe('draft');
    expect(draft.payments).toEqual([]);
    // Not in the books: the month per VAT rate does not count the draft.
    const month = screens.view(periodOf(order.date));
    expect(month.total.booked.inclTax).toBe('0.00');
    expect(month.explanations.items.find((i) => i.orderNumber === '986001')?.kind).toBe('parked');

    // The owner does as told: the right rate in Settings, the draft removed, "Opnieuw proberen".
    setMapping(w, (t) => ({ ...t, reverseCharge: icp.id }));
    w.moneybird.owner.deleteInvoice(draft.id);
    screens.retry('986001');
    await w.runtime.engine.run('manual');
    const booked = entryOf(w, 986_001);
    expect(booked.state).toBe('done');
    const [invoice, ...more] = invoicesWithReference(w, booked.reference);
    expect(more).toEqual([]);
    expect(invoice.id).toBe(booked.moneybird.invoiceId);
    expectPaid(invoice);
    expect(invoice.details.map((d: Detail) => d.tax_rate_id)).toEqual([icp.id]);
    expect(dutchBoxes(invoice)).toEqual(['NL/3b']);
    expect(screens.view(periodOf(order.date)).verdict).toBe('agrees');
  });

  it('parks export mapped to "Btw verlegd" (1e) and domestic 0 % mapped to the ICP rate (3b): neither is sent', async () => {
    const w = await worlds.startKnown();
    const verlegd = await rateNamed(w, 'Btw verlegd');
    const icp = await rateNamed(w, 'Intracommunautaire levering');
    setMapping(w, (t) => ({
      ...t,
      export: verlegd.id,
      domestic: { ...((t.domestic ?? {}) as Record<string, string>), '0': icp.id },
    }));

    const exported = shopOrder(987_001, {
      email: 'ola@example.no',
      strategy: 'zero_percent',
      address: {
        name: 'Ola Nordmann',
        street: 'Karl Johans gate',
        number: '1',
        zipcode: '0154',
        city: 'Oslo',
        country: 'Norge',
        country_code: 'NO',
      },
      lines: [{ description: 'Lamp', parts: [{ ex: 8000, rate: 0 }] }],
    });
    const stamps = shopOrder(987_002, {
      email: 'piet@example.nl',
      lines: [{ description: 'Postzegels', parts: [{ ex: 1000, rate: 0 }] }],
    });
    for (const [order, rate, box, required] of [
      [exported, 'Btw verlegd', 'rubriek 1e', 'rubriek 3a'],
      [stamps, 'Intracommunautaire levering', 'rubriek 3b', 'een binnenlandse rubriek (1a, 1b, 1c of 1e)'],
    ] as const) {
      const entry = await shopCompletes(w, order);
      expect(entry.state, `order ${order.number}`).toBe('parked');
      expect(entry.reason?.code).toBe('vat_box_wrong');
      expect(entry.reason?.message.nl).toContain(`"${rate}"`);
      expect(entry.reason?.message.nl).toContain(`"${rate}" staat in ${box}`);
      expect(entry.reason?.message.nl).toContain(`hoort de omzet in ${required}`);
      expect(entry.reason?.message.nl).not.toContain('NL/');
      expect(entry.reason?.message.en).toContain(`"${rate}"`);
      for (const invoice of invoicesWithReference(w, entry.reference)) {
        expect(invoice.state).toBe('draft');
        expect(invoice.payments).toEqual([]);
      }
    }
    expect(w.moneybird.books.salesInvoices().filter((i) => i.state !== 'draft')).toEqual([]);
  });

  it('does not book on a rate the owner deactivated in Moneybird after the app read it, names the rate, and books once after it is active again', async () => {
    const w = await worlds.startKnown();
    const nine = await rateNamed(w, '9% btw');
    // A first order: the app reads Moneybird's rates (and keeps them for an hour).
    const tea = (n: number) =>
      shopOrder(n, {
        email: `klant-${n}@example.nl`,
        lines: [{ description: 'Thee', parts: [{ ex: 1000, rate: 9 }] }],
      });
    expect((await shopCompletes(w, tea(988_001))).state).toBe('done');

    // The owner deactivates "9% btw" in Moneybird, which then refuses it on an invoice line.
    w.moneybird.owner.setTaxRateActive(nine.id, false);
    const from = w.moneybird.server.log.entries.length;
    const entry = await shopCompletes(w, tea(988_002));
    expect(entry.state).toBe('parked');
    expect(invoicesWithReference(w, entry.reference)).toEqual([]);
    // The rates are read again (one request), so the owner learns which rate and what to do.
    expect(entry.reason?.code).toBe('tax_rate_unusable');
    expect(entry.reason?.message.nl).toContain('"9% btw"');
    expect(entry.reason?.message.nl).toContain('Activeer het in Moneybird');
    expect(entry.reason?.message.en).toContain('"9% btw"');
    const rateReads = moneybirdRequestsSince(w, from).filter((r) => r.path.includes('/tax_rates'));
    expect(rateReads).toHaveLength(1);

    // Active again; the owner retries: booked once, on that rate.
    w.moneybird.owner.setTaxRateActive(nine.id, true);
    screensOf(w).retry('988002');
    await w.runtime.engine.run('manual');
    const booked = entryOf(w, 988_002);
    expect(booked.state).toBe('done');
    const [invoice, ...more] = invoicesWithReference(w, booked.reference);
    expect(more).toEqual([]);
    expectPaid(invoice);
    expect(vatPerRate(invoice)).toEqual({ [nine.id]: 90 });
    expect(dutchBoxes(invoice)).toEqual(['NL/1b']);
  });
});

describe('exports outside the EU (box 3a)', () => {
  it('books exports to Norway, to a Swiss business and to the Canary Islands on "Export buiten de EU"', async () => {
    const w = await worlds.startKnown();
    const exportRate = await rateNamed(w, 'Export buiten de EU');
    const lamp: LineSpec[] = [
      { description: 'Lamp', parts: [{ ex: 8000, rate: 0 }] },
      { description: 'Verzending', type: 'shipping', parts: [{ ex: 1500, rate: 0 }] },
    ];
    const orders = [
      shopOrder(989_001, {
        email: 'ola@example.no',
        strategy: 'zero_percent',
        lines: lamp,
        address: {
          name: 'Ola Nordmann',
          street: 'Karl Johans gate',
          number: '1',
          zipcode: '0154',
          city: 'Oslo',
          country: 'Norge',
          country_code: 'NO',
        },
      }),
      // A Swiss business: its number is no EU VAT number, which an export does not need.
      shopOrder(989_002, {
        email: 'einkauf@example.ch',
        strategy: 'zero_percent',
        lines: lamp,
        address: {
          name: 'Urs Meier',
          company: 'Meier AG',
          street: 'Bahnhofstrasse',
          number: '1',
          zipcode: '8001',
          city: 'Zürich',
          country: 'Schweiz',
          country_code: 'CH',
          taxnumber: 'CHE-123.456.789 MWST',
        },
      }),
      // The Canary Islands are Spain but outside the EU VAT area: goods sent there are exported.
      shopOrder(989_003, {
        email: 'carmen@example.es',
        strategy: 'zero_percent',
        lines: lamp,
        address: {
          name: 'Carmen Díaz',
          street: 'Calle Triana',
          number: '5',
          zipcode: '35002',
          city: 'Las Palmas de Gran Canaria',
          country: 'España',
          country_code: 'ES',
        },
      }),
    ];
    for (const order of orders) {
      const entry = await shopCompletes(w, order);
      expect(entry.state, `order ${order.number}`).toBe('done');
      const invoice = invoiceOf(w, order.number)!;
      expectPaid(invoice);
      expect(cents(invoice.total_price_incl_tax)).toBe(9500);
      expect(invoice.details.map((d: Detail) => d.tax_rate_id)).toEqual([exportRate.id, exportRate.id]);
      expect(dutchBoxes(invoice)).toEqual(['NL/3a']);
    }
  });

  it('never books a "0 %" order delivered inside the EU VAT area for goods (mainland Germany, Northern Ireland) as an export in 3a', async () => {
    const w = await worlds.startKnown();
    const orders = [
      shopOrder(990_001, {
        email: 'lena@example.de',
        strategy: 'zero_percent',
        address: {
          name: 'Lena Schmidt',
          street: 'Hauptstraße',
          number: '3',
          zipcode: '10115',
          city: 'Berlin',
          country: 'Deutschland',
          country_code: 'DE',
        },
        lines: [{ description: 'Lamp', parts: [{ ex: 8000, rate: 0 }] }],
      }),
      // Northern Ireland stays in the EU VAT area for goods (Windsor Framework, prefix XI): goods
      // sent there from the Netherlands are no export, though the address says GB.
      shopOrder(990_002, {
        email: 'siobhan@example.co.uk',
        strategy: 'zero_percent',
        address: {
          name: 'Siobhan Kelly',
          street: 'Royal Avenue',
          number: '7',
          zipcode: 'BT1 1FF',
          city: 'Belfast',
          country: 'United Kingdom',
          country_code: 'GB',
        },
        lines: [{ description: 'Lamp', parts: [{ ex: 8000, rate: 0 }] }],
      }),
    ];
    for (const order of orders) {
      const entry = await shopCompletes(w, order);
      const inThreeA = invoicesWithReference(w, entry.reference).filter((i) =>
        dutchBoxes(i).includes('NL/3a'),
      );
      // Parked: goods that stay inside the EU's VAT area are no export.
      expect(inThreeA, `order ${order.number}`).toEqual([]);
      expect(entry.state, `order ${order.number}`).toBe('parked');
      expect(entry.reason?.code).toBe('export_inside_eu');
    }
  });
});

describe('domestic sales and the month per VAT rate', () => {
  it('books 21 % and 9 % lines with shipping split over both rates at the shop’s VAT per rate, to the cent', async () => {
    const w = await worlds.startKnown();
    const rates = await salesTaxRates(w);
    const nl21 = rates.find((r) => r.name === '21% btw')!;
    const nl9 = rates.find((r) => r.name === '9% btw')!;
    const order = shopOrder(991_001, {
      email: 'truus@example.nl',
      lines: [
        { description: 'Mok', parts: [{ ex: 2000, rate: 21 }] },
        { description: 'Thee', parts: [{ ex: 1000, rate: 9 }] },
        // Shipping taxed proportionally, as the shop's tax policy does for a mixed order.
        {
          description: 'Verzending',
          type: 'shipping',
          parts: [
            { ex: 400, rate: 21 },
            { ex: 200, rate: 9 },
          ],
        },
      ],
    });
    expect((await shopCompletes(w, order)).state).toBe('done');
    const invoice = invoiceOf(w, 991_001)!;
    expectPaid(invoice);
    expect(cents(invoice.total_price_incl_tax)).toBe(2420 + 1090 + 484 + 218);
    expect(cents(invoice.total_price_incl_tax)).toBe(cents(order.price!.total!));
    expect(vatPerRate(invoice)).toEqual({ [nl21.id]: 504, [nl9.id]: 108 });
    const taxable = Object.fromEntries(
      (invoice.tax_totals as TaxTotal[]).map((t) => [t.tax_rate_id, cents(t.taxable_amount)]),
    );
    expect(taxable).toEqual({ [nl21.id]: 2400, [nl9.id]: 1200 });
    expect(dutchBoxes(invoice)).toEqual(['NL/1a', 'NL/1b']);
  });

  it('shows the month per VAT rate agreeing with Moneybird with domestic, OSS, ICP and export sales in it', async () => {
    const w = await worlds.startKnown();
    const screens = screensOf(w);
    const orders = [
      shopOrder(992_001, {
        email: 'truus@example.nl',
        lines: [{ description: 'Mok', parts: [{ ex: 2000, rate: 21 }] }],
      }),
      shopOrder(992_002, {
        email: 'sofie@example.be',
        region: 'BE',
        address: {
          name: 'Sofie Claes',
          street: 'Veldstraat',
          zipcode: '9000',
          city: 'Gent',
          country: 'België',
          country_code: 'BE',
        },
        lines: [{ description: 'Mok', parts: [{ ex: 3000, rate: 21 }] }],
      }),
      shopOrder(992_003, {
        email: 'inkoop@peeters.example.be',
        strategy: 'reverse_charged_vat',
        address: BELGIAN_BUSINESS,
        lines: [icpGoods],
      }),
      shopOrder(992_004, {
        email: 'ola@example.no',
        strategy: 'zero_percent',
        address: {
          name: 'Ola Nordmann',
          street: 'Karl Johans gate',
          zipcode: '0154',
          city: 'Oslo',
          country: 'Norge',
          country_code: 'NO',
        },
        lines: [{ description: 'Lamp', parts: [{ ex: 8000, rate: 0 }] }],
      }),
      shopOrder(992_005, {
        email: 'piet@example.nl',
        lines: [{ description: 'Postzegels', parts: [{ ex: 1000, rate: 0 }] }],
      }),
    ];
    for (const order of orders)
      expect((await shopCompletes(w, order)).state, `order ${order.number}`).toBe('done');
    const period = periodOf(tomorrow());

    // Moneybird holds what was booked: the comparison changes nothing, and the month agrees.
    expect(await screens.check(period)).toMatchObject({ changed: 0, deleted: 0 });
    const view = screens.view(period);
    expect(view.verdict).toBe('agrees');
    expect(view.total.booked).toEqual(view.total.shop);
    expect(view.total.booked.inclTax).toBe(euros(2420 + 3630 + 40_000 + 8000 + 1000));
    expect(view.total.booked.vat).toBe(euros(420 + 630));
    // And it is what Moneybird's invoices hold.
    const moneybirdTotal = orders.reduce(
      (s, o) => s + cents(invoiceOf(w, o.number)!.total_price_incl_tax),
      0,
    );
    expect(euros(moneybirdTotal)).toBe(view.total.booked.inclTax);
  });

  it('keeps ICP, OSS per country and export apart from the domestic lines in the month per VAT rate and its CSV', async () => {
    const w = await worlds.startKnown();
    const screens = screensOf(w);
    const NORWAY: Partial<MwwInvoiceAddress> = {
      name: 'Ola Nordmann',
      street: 'Karl Johans gate',
      zipcode: '0154',
      city: 'Oslo',
      country: 'Norge',
      country_code: 'NO',
    };
    const belgianConsumer = (name: string): Partial<MwwInvoiceAddress> => ({
      name,
      street: 'Veldstraat',
      zipcode: '9000',
      city: 'Gent',
      country: 'België',
      country_code: 'BE',
    });
    const booked = [
      // Domestic: 21 % (1a), 9 % (1b) and 0 % stamps (1e) in one order, and 21 % once more.
      shopOrder(993_001, {
        email: 'truus@example.nl',
        lines: [
          { description: 'Mok', parts: [{ ex: 2000, rate: 21 }] },
          { description: 'Thee', parts: [{ ex: 1000, rate: 9 }] },
          { description: 'Postzegels', parts: [{ ex: 1000, rate: 0 }] },
        ],
      }),
      shopOrder(993_002, {
        email: 'piet@example.nl',
        lines: [{ description: 'Mok', parts: [{ ex: 1000, rate: 21 }] }],
      }),
      // OSS: Belgium at 21 % and 6 %, Germany at 19 %; the Belgian 21 % as large as the Dutch.
      shopOrder(993_003, {
        email: 'sofie@example.be',
        region: 'BE',
        address: belgianConsumer('Sofie Claes'),
        lines: [
          { description: 'Mok', parts: [{ ex: 3000, rate: 21 }] },
          { description: 'Boek', parts: [{ ex: 1000, rate: 6 }] },
        ],
      }),
      shopOrder(993_004, {
        email: 'lena@example.de',
        region: 'DE',
        address: {
          name: 'Lena Schmidt',
          street: 'Hauptstraße',
          zipcode: '10115',
          city: 'Berlin',
          country: 'Deutschland',
          country_code: 'DE',
        },
        lines: [{ description: 'Becher', parts: [{ ex: 3000, rate: 19 }] }],
      }),
      // Intra-community supply to a Belgian business (3b) and an export to Norway (3a).
      shopOrder(993_005, {
        email: 'inkoop@peeters.example.be',
        strategy: 'reverse_charged_vat',
        address: BELGIAN_BUSINESS,
        lines: [icpGoods],
      }),
      shopOrder(993_006, {
        email: 'ola@example.no',
        strategy: 'zero_percent',
        address: NORWAY,
        lines: [{ description: 'Lamp', parts: [{ ex: 8000, rate: 0 }] }],
      }),
    ];
    for (const order of booked)
      expect((await shopCompletes(w, order)).state, `order ${order.number}`).toBe('done');
    // Parked, so only the shop's side: zero-rated as an intra-community supply without a VAT number,
    // and an OSS sale to Italy at 22 %, a rate Moneybird lacks.
    const zeroRatedConsumer = shopOrder(993_007, {
      email: 'jan@example.be',
      strategy: 'reverse_charged_vat',
      address: belgianConsumer('Jan Peeters'),
      lines: [icpSpare],
    });
    const italian = shopOrder(993_008, {
      email: 'giulia@example.it',
      region: 'IT',
      address: GIULIA_IN_ROME,
      lines: [{ description: 'Tazza', parts: [{ ex: 2000, rate: 22 }] }],
    });
    for (const order of [zeroRatedConsumer, italian])
      expect((await shopCompletes(w, order)).state, `order ${order.number}`).toBe('parked');
    const period = periodOf(tomorrow());

    // One line per box of the Dutch return and per OSS country, each rate apart, in the return's
    // order: [box, rate, shop excl., shop VAT, Moneybird excl., Moneybird VAT, Moneybird's rates].
    const lines = (view: ReturnType<typeof screens.view>) =>
      view.rates.map((r) => [
        r.vatBox,
        r.rate,
        r.shop.exclTax,
        r.shop.vat,
        r.booked.exclTax,
        r.booked.vat,
        r.taxRateNames,
      ]);
    const expected = [
      ['NL/1a', '21', '30.00', '6.30', '30.00', '6.30', ['21% btw']],
      ['NL/1b', '9', '10.00', '0.90', '10.00', '0.90', ['9% btw']],
      ['NL/1e', '0', '10.00', '0.00', '10.00', '0.00', ['0% btw']],
      ['NL/3a', '0', '80.00', '0.00', '80.00', '0.00', ['Export buiten de EU']],
      ['NL/3b', '0', '450.00', '0.00', '400.00', '0.00', ['Intracommunautaire levering']],
      ['OSS/BE', '21', '30.00', '6.30', '30.00', '6.30', ['BE 21% btw']],
      ['OSS/BE', '6', '10.00', '0.60', '10.00', '0.60', ['BE 6% btw']],
      ['OSS/DE', '19', '30.00', '5.70', '30.00', '5.70', ['DE 19% btw']],
      ['OSS/IT', '22', '20.00', '4.40', '0.00', '0.00', []],
    ];
    const view = screens.view(period);
    expect(lines(view)).toEqual(expected);
    expect(view.total.booked).toEqual({ inclTax: '619.80', exclTax: '600.00', vat: '19.80' });
    expect(view.total.shop).toEqual({ inclTax: '694.20', exclTax: '670.00', vat: '24.20' });

    // Moneybird's side of each line is what its invoices hold: per line of each invoice, its tax
    // rate's Dutch box (as Moneybird reports it on the line) or, for a foreign rate, its country.
    const rates = await salesTaxRates(w);
    const fromMoneybird = new Map<string, { excl: number; vat: number }>();
    for (const order of booked) {
      const invoice = invoiceOf(w, order.number)!;
      expectPaid(invoice);
      const vat = vatPerRate(invoice);
      const seen = new Set<string>();
      for (const detail of invoice.details as Array<
        Detail & { total_price_excl_tax_with_discount: string }
      >) {
        const rate = rates.find((r) => r.id === detail.tax_rate_id)!;
        const box =
          (detail.tax_report_reference ?? []).find((b) => b.startsWith('NL/')) ?? `OSS/${rate.country}`;
        const key = `${box}|${Number(rate.percentage)}`;
        const line = fromMoneybird.get(key) ?? { excl: 0, vat: 0 };
        line.excl += cents(detail.total_price_excl_tax_with_discount);
        if (!seen.has(rate.id)) line.vat += vat[rate.id] ?? 0;
        seen.add(rate.id);
        fromMoneybird.set(key, line);
      }
    }
    expect(
      Object.fromEntries(
        view.rates
          .filter((r) => r.booked.exclTax !== '0.00')
          .map((r) => [`${r.vatBox}|${r.rate}`, { excl: cents(r.booked.exclTax), vat: cents(r.booked.vat) }]),
      ),
    ).toEqual(Object.fromEntries(fromMoneybird));

    // The difference is the parked orders, each on its own line.
    expect(view.verdict).toBe('explained');
    // Moneybird minus the shop: the parked orders are missing from the books.
    expect(view.kinds.map((k) => [k.kind, k.orders, k.difference.exclTax])).toEqual([
      ['parked', 2, '-70.00'],
    ]);
    expect(
      view.explanations.items.map((i) => [
        i.orderNumber,
        i.kind,
        i.differences.map((d) => [d.vatBox, d.rate, d.exclTax, d.vat]),
      ]),
    ).toEqual([
      ['993007', 'parked', [['NL/3b', '0', '-50.00', '0.00']]],
      ['993008', 'parked', [['OSS/IT', '22', '-20.00', '-4.40']]],
    ]);

    // The CSV has the same lines, the box or OSS country in a column of its own.
    const records = (language: 'nl' | 'en') =>
      parse(screens.csv(period, language), { delimiter: ';', bom: true, columns: true }) as Record<
        string,
        string
      >[];
    const dutch = records('nl');
    expect(
      dutch
        .filter((r) => r.Soort === 'Tarief')
        .map((r) => [
          r['Rubriek of OSS-land'],
          r['Btw-tarief (%)'],
          r['Winkel omzet excl. btw'],
          r['In je boeken btw'],
          r['Tarief in Moneybird'],
        ]),
    ).toEqual([
      ['1a', '21', '30,00', '6,30', '21% btw'],
      ['1b', '9', '10,00', '0,90', '9% btw'],
      ['1e', '0', '10,00', '0,00', '0% btw'],
      ['3a', '0', '80,00', '0,00', 'Export buiten de EU'],
      ['3b', '0', '450,00', '0,00', 'Intracommunautaire levering'],
      ['OSS België', '21', '30,00', '6,30', 'BE 21% btw'],
      ['OSS België', '6', '10,00', '0,60', 'BE 6% btw'],
      ['OSS Duitsland', '19', '30,00', '5,70', 'DE 19% btw'],
      // Nothing booked: Moneybird has no Italian rate, which is why its order waits.
      ['OSS Italië', '22', '20,00', '0,00', 'geen tarief in Moneybird'],
    ]);
    expect(
      dutch
        .filter((r) => r.Soort === 'Bestelling')
        .map((r) => [
          r.Bestelling,
          r['Rubriek of OSS-land'],
          r['Verschil omzet excl. btw (je boeken min winkel)'],
        ]),
    ).toEqual([
      // Moneybird minus the shop: both are missing in Moneybird.
      ['993007', '3b', '-50,00'],
      ['993008', 'OSS Italië', '-20,00'],
    ]);
    const english = records('en');
    expect(english.filter((r) => r.Kind === 'Rate').map((r) => r['Box or OSS country'])).toEqual([
      '1a',
      '1b',
      '1e',
      '3a',
      '3b',
      'OSS Belgium',
      'OSS Belgium',
      'OSS Germany',
      'OSS Italy',
    ]);

    // The quarter (the VAT return's period) holds the same lines: these are its only orders.
    const quarter: Period = { kind: 'quarter', year: period.year, index: Math.ceil(period.index / 3) };
    expect(lines(screens.view(quarter))).toEqual(expected);

    // The owner adds Italy's 22 % in Moneybird and retries: the Italian line agrees, still its own.
    w.moneybird.owner.addTaxRate({
      name: 'IT 22% btw',
      percentage: '22.0',
      country: 'IT',
      taxReportReference: ['OSS/IT'],
    });
    screens.retry('993008');
    await w.runtime.engine.run('manual');
    expect(entryOf(w, 993_008).state).toBe('done');
    const after = [
      ...expected.slice(0, -1),
      ['OSS/IT', '22', '20.00', '4.40', '20.00', '4.40', ['IT 22% btw']],
    ];
    expect(lines(screens.view(period))).toEqual(after);

    // Comparing with Moneybird reads the invoices again: nothing changed, the lines stay apart.
    expect(await screens.check(period)).toMatchObject({ changed: 0, deleted: 0 });
    const compared = screens.view(period);
    expect(lines(compared)).toEqual(after);
    expect(compared.explanations.items.map((i) => [i.orderNumber, i.kind])).toEqual([['993007', 'parked']]);
  });
});
