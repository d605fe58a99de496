// The month per VAT rate, a line per part of the VAT return, as the shop's accountant uses it to
// prepare the quarterly VAT return (boxes 1a, 1b, 1e, 3a, 3b), the OSS return (per member state) and
// the ICP listing, for a shop that sells at home, to businesses in the EU, to consumers in other
// member states and outside the EU. Each situation runs end to end through both simulators and the
// real core, and checks what the accountant copies or relies on (the lines, their sums, the totals,
// the verdict, the explanations, the CSV rows) against what Moneybird really holds: its invoices, the
// `tax_report_reference` of their lines and their VAT totals (`moneybirdReturn` below works the
// return out from those alone). The situations:
//  1. a quarter whose months mix every part (a Dutch 0 % next to an export, 21 % and 9 % with split
//     shipping, OSS at 5.5 %): months and quarter agree, the quarter is its months added per line,
//     and the quarter's CSV is the return to copy (box column, decimal commas, totals);
//  2. partial and full credits of an OSS sale and of an intra-community supply, the rest of each in
//     the next quarter; 3. a partial OSS credit that arrives alone, a month later;
//  4. the same orders booked as external invoices instead of sales invoices;
//  5. an OSS sale and an ICP supply of a locked quarter, booked on the first open day;
//  6. an OSS sale parked for a rate Moneybird lacks, with its credit, then retried;
//  7. a gift card redeemed, shipping and a discount on an OSS sale and an ICP supply; 8. a gift card
//     sold (on the owner's gift-card liability outside the return), and one sold before they chose it;
//  9. rounding lines of a domestic and an OSS sale beside an ICP supply;
// 10. a lost journal imported again; 11. the same after the accountant moved an ICP supply to
//     "Btw verlegd", in a month with a rounding line;
// 12. an ICP supply moved to the domestic 0 % rate in Moneybird, then compared; 13. a small one;
// 14. a credit order that does not repeat its original's VAT settings (an intra-community supply's,
//     an OSS sale's region).
// The test world's owner chose the ordinary "0% btw" (box 1e) as the rate of the rounding's
// balancing line, so the cents a rounding line moves show on 1e; where gift cards are sold (8.) they
// choose "Geen btw" instead, which a gift card sold goes on too.
//
// Each situation found a defect or proved the app right; the defects are mended, and each test
// says what the app shows now.
import { rmSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createReconciliationChannels } from '../../../src/main/core/app-service/reconciliation-channels';
import type { ReconciliationView } from '../../../src/main/core/reconciliation/month-per-vat-rate';
import { type Period, periodRange } from '../../../src/main/core/reconciliation/period';
import { bookkeepingMappingSetting } from '../../../src/main/core/sync/sync-settings';
import { readInMoneybird } from '../../../src/shared/reconciliation/checked-at';
import { explanationText } from '../../../src/shared/reconciliation/explanation-text';
import type { MwwInvoiceAddress, MwwOrder, MwwOrderLine } from '../../sim/mijnwebwinkel/types';
import { entryOf, invoiceOf, screensOf, shopCredits } from '../sync/deleted-bookings';
import { sale } from '../sync/shop-sales';
import { type SyncWorld, salesTaxRates, worldPerTest } from '../sync/support';

const worlds = worldPerTest();

const SINCE = '2026-01-01';
const month = (year: number, index: number): Period => ({ kind: 'month', year, index });
const JULY = month(2026, 7);
const AUGUST = month(2026, 8);
const SEPTEMBER = month(2026, 9);
const OCTOBER = month(2026, 10);
const NOVEMBER = month(2026, 11);
const Q3: Period = { kind: 'quarter', year: 2026, index: 3 };
const Q4: Period = { kind: 'quarter', year: 2026, index: 4 };

// ---- the shop's orders ------------------------------------------------------------------------

/** One part of an order line: amounts as the shop sends them (incl. VAT in cents, excl. with 6 decimals). */
interface Part {
  incl: string;
  excl: string;
  rate: string;
}
interface Line {
  description: string;
  type?: string;
  quantity?: number;
  parts: Part[];
}

/** A line of one part at `rate` whose price incl. VAT is `incl` (excl. worked out to 6 decimals). */
function line(description: string, incl: string, rate: number, type = 'article'): Line {
  const cents = Math.round(Number(incl) * 100);
  const excl = ((cents * 100) / (100 + rate) / 100).toFixed(6);
  return { description, type, parts: [{ incl: (cents / 100).toFixed(2), excl, rate: rate.toFixed(2) }] };
}

const cents = (amount: string | number) => Math.round(Number(amount) * 100);
const euros = (c: number) => (c / 100).toFixed(2);

/** The shop's VAT per rate: each line's VAT rounded to the cent, then added (as the shop does). */
function shopPrice(lines: readonly Line[]) {
  const vat = new Map<string, number>();
  let total = 0;
  for (const p of lines.flatMap((l) => l.parts)) {
    total += cents(p.incl);
    const lineVat = Number(p.rate) === 0 ? 0 : cents(p.incl) - Math.round(Number(p.excl) * 100);
    vat.set(p.rate, (vat.get(p.rate) ?? 0) + lineVat);
  }
  return {
    total: euros(total),
    tax: [...vat.entries()].map(([rate, c]) => ({ rate, amount: euros(c) })),
  };
}

interface Customer {
  email: string;
  address: MwwInvoiceAddress;
  region?: string;
  strategy?: '' | 'zero_percent' | 'reverse_charged_vat';
}

const TRUUS: Customer = {
  email: 'truus@example.nl',
  address: {
    name: 'Truus Voorbeeld',
    street: 'Kerkstraat',
    number: '1',
    zipcode: '1234 AB',
    city: 'Utrecht',
    country: 'Nederland',
    country_code: 'NL',
  },
};
/** A Belgian consumer: Belgian VAT, declared in the OSS return. */
const SOFIE: Customer = {
  email: 'sofie@example.be',
  region: 'BE',
  address: {
    name: 'Sofie Claes',
    street: 'Veldstraat',
    number: '2',
    zipcode: '9000',
    city: 'Gent',
    country: 'België',
    country_code: 'BE',
  },
};
const LENA: Customer = {
  email: 'lena@example.de',
  region: 'DE',
  address: {
    name: 'Lena Schmidt',
    street: 'Hauptstraße',
    number: '3',
    zipcode: '10115',
    city: 'Berlin',
    country: 'Deutschland',
    country_code: 'DE',
  },
};
const CAMILLE: Customer = {
  email: 'camille@example.fr',
  region: 'FR',
  address: {
    name: 'Camille Martin',
    street: 'Rue de Rivoli',
    number: '4',
    zipcode: '75001',
    city: 'Paris',
    country: 'France',
    country_code: 'FR',
  },
};
const GIULIA: Customer = {
  email: 'giulia@example.it',
  region: 'IT',
  address: {
    name: 'Giulia Rossi',
    street: 'Via Roma',
    number: '5',
    zipcode: '00184',
    city: 'Roma',
    country: 'Italia',
    country_code: 'IT',
  },
};
/** A Belgian business with its VAT number: an intra-community supply (3b, ICP listing). */
const PEETERS: Customer = {
  email: 'inkoop@peeters.example.be',
  strategy: 'reverse_charged_vat',
  address: {
    name: 'Jan Peeters',
    company: 'Koffiebar Peeters BV',
    street: 'Meir',
    number: '10',
    zipcode: '2000',
    city: 'Antwerpen',
    country: 'België',
    country_code: 'BE',
    taxnumber: 'BE0403170701',
  },
};
/** A consumer in Norway: an export outside the EU (3a). */
const OLA: Customer = {
  email: 'ola@example.no',
  strategy: 'zero_percent',
  address: {
    name: 'Ola Nordmann',
    street: 'Karl Johans gate',
    number: '6',
    zipcode: '0154',
    city: 'Oslo',
    country: 'Norge',
    country_code: 'NO',
  },
};

/** A paid, completed order of `customer` on `date` with these lines. */
function order(number: number, date: string, customer: Customer, lines: readonly Line[]): MwwOrder {
  const base = sale(number, customer.email, ['mok']);
  const invoice = customer.address;
  const { taxnumber: _taxnumber, bankaccount: _bank, ...delivery } = invoice;
  const b2b = Boolean(invoice.company);
  const { reference: _reference, ...rest } = base as MwwOrder & { reference?: string };
  return {
    ...rest,
    date,
    business_model: b2b ? 'B2B' : 'B2C',
    ...(b2b && { reference: `PO-${number}` }),
    tax_region: customer.region ?? 'NL',
    tax_strategy: customer.strategy ?? '',
    debtor: { ...base.debtor, email: customer.email, address: { invoice, delivery } },
    shipping: [{ country: { description: invoice.country ?? '', isocode: invoice.country_code ?? 'NL' } }],
    price: shopPrice(lines),
    orderlines: lines.map(
      (l, i): MwwOrderLine => ({
        id: `${base.uuid.slice(0, 24)}${String(number * 10 + i).padStart(12, '0')}`,
        type: l.type ?? 'article',
        quantity: l.quantity ?? 1,
        description: l.description,
        price:
          l.parts.length === 1
            ? { amount: l.parts[0]!.excl, amount_including_tax: l.parts[0]!.incl, rate: l.parts[0]!.rate }
            : l.parts.map((p) => ({ amount: p.excl, amount_including_tax: p.incl, rate: p.rate })),
      }),
    ),
  } as MwwOrder;
}

/** The shop's credit order of `lines` of `original` (positive amounts, as the shop sends them). */
function credit(original: MwwOrder, number: number, date: string, lines: readonly Line[]): MwwOrder {
  const customer: Customer = {
    email: original.debtor?.email ?? '',
    address: original.debtor!.address!.invoice,
    region: original.tax_region ?? 'NL',
    strategy: (original.tax_strategy ?? '') as Customer['strategy'],
  };
  const { payment: _payment, ...rest } = order(number, date, customer, lines);
  return {
    ...rest,
    status: 10,
    payment_status: 'unknown',
    credited_order_number: Number(original.number),
  } as MwwOrder;
}

// ---- the worlds ---------------------------------------------------------------------------------

/** The shop's history imported in one run, and a regular run after it (credits follow their original). */
async function imported(
  orders: MwwOrder[],
  options: { style?: 'sales' | 'external'; before?: (w: SyncWorld) => void | Promise<void> } = {},
) {
  const w = await worlds.start({ orders, ...(options.style && { style: options.style }) });
  await options.before?.(w);
  expect((await w.runtime.engine.run('import', { importSince: SINCE })).outcome).not.toBe('failed');
  await w.runtime.engine.run('manual');
  return { w, ...screensOf(w) };
}

// ---- what Moneybird holds ---------------------------------------------------------------------------

type Detail = {
  tax_rate_id: string;
  tax_report_reference: string[] | null;
  total_price_excl_tax_with_discount: string;
  description: string;
};
type TaxTotal = { tax_rate_id: string; taxable_amount: string; tax_amount: string };
type Held = {
  id: string;
  reference: string;
  state: string;
  invoice_date?: string;
  date?: string;
  total_price_incl_tax: string;
  details: Detail[];
  tax_totals: TaxTotal[];
  original_sales_invoice_id?: string | null;
};

/** Every invoice in Moneybird (sales and external) that is in the books, i.e. not a draft. */
const inTheBooks = (w: SyncWorld): Held[] =>
  [...w.moneybird.books.salesInvoices(), ...w.moneybird.books.externalSalesInvoices()].filter(
    (i: Held) => i.state !== 'draft',
  );

/**
 * Moneybird's VAT return over a period, worked out from its invoices alone: per invoice and tax
 * rate, the taxable amount and VAT of its VAT totals (or, for a rate it shows no VAT for, the sum of
 * its lines), in the Dutch box its lines carry or, for a foreign rate, that country's OSS return.
 * Keyed "box|rate", amounts in cents.
 */
async function moneybirdReturn(w: SyncWorld, of: Period) {
  const period = periodRange(of);
  const rates = new Map((await salesTaxRates(w)).map((r) => [r.id, r]));
  const out = new Map<string, { excl: number; vat: number }>();
  for (const invoice of inTheBooks(w)) {
    const day = invoice.invoice_date ?? invoice.date!;
    if (day < period.from || day >= period.to) continue;
    const ids = [...new Set(invoice.details.map((d) => d.tax_rate_id))];
    for (const id of ids) {
      const rate = rates.get(id)!;
      const lines = invoice.details.filter((d) => d.tax_rate_id === id);
      const total = invoice.tax_totals.find((t) => t.tax_rate_id === id);
      const excl = total
        ? cents(total.taxable_amount)
        : lines.reduce((s, d) => s + cents(d.total_price_excl_tax_with_discount), 0);
      const vat = total ? cents(total.tax_amount) : 0;
      const dutch = lines.flatMap((d) => d.tax_report_reference ?? []).find((b) => b.startsWith('NL/'));
      const box = dutch ?? (rate.country ? `OSS/${rate.country}` : 'none');
      const key = `${box}|${Number(rate.percentage)}`;
      const sum = out.get(key) ?? { excl: 0, vat: 0 };
      out.set(key, { excl: sum.excl + excl, vat: sum.vat + vat });
    }
  }
  return Object.fromEntries(
    [...out.entries()]
      .filter(([, sum]) => sum.excl !== 0 || sum.vat !== 0)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/** The view's booked side per line, as `moneybirdReturn` keys it. */
const bookedPerLine = (view: ReconciliationView) =>
  Object.fromEntries(
    view.rates
      .filter((r) => r.booked.exclTax !== '0.00' || r.booked.vat !== '0.00')
      .map(
        (r) =>
          [
            `${r.vatBox}|${Number(r.rate)}`,
            { excl: cents(r.booked.exclTax), vat: cents(r.booked.vat) },
          ] as const,
      )
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );

/** [box, rate, shop excl., shop VAT, Moneybird excl., Moneybird VAT] per line, in the view's order. */
const linesOf = (view: ReconciliationView) =>
  view.rates.map((r) => [r.vatBox, r.rate, r.shop.exclTax, r.shop.vat, r.booked.exclTax, r.booked.vat]);

/** The CSV as the accountant opens it in Dutch Excel: one record per row, by column name. */
const csvRecords = (csv: string) =>
  parse(csv, { delimiter: ';', bom: true, columns: true }) as Record<string, string>[];

/**
 * A sentence of the month's explanations as the CSV file writes it (amounts with a decimal comma):
 * of Moneybird once the period was compared with it, else of what Winkelbrug booked.
 */
const sentence = (item: ReconciliationView['explanations']['items'][number], view: ReconciliationView) =>
  explanationText(item, 'nl', (amount) => amount.replace('.', ','), readInMoneybird(view));

/** "1234,56" (the CSV's Dutch decimal) in cents. */
const dutchCents = (amount: string) => Math.round(Number(amount.replace(',', '.')) * 100);

/** The owner changes the bookkeeping mapping in Settings. */
function remap(w: SyncWorld, patch: Record<string, unknown>) {
  const mapping = w.runtime.store.settings.get(bookkeepingMappingSetting) as Record<string, unknown>;
  w.runtime.store.settings.set(bookkeepingMappingSetting, { ...mapping, ...patch });
}

async function financialAccountId(w: SyncWorld, name: string): Promise<string> {
  const response = await fetch(
    `${w.moneybird.apiBaseUrl}/${w.moneybird.administrationId}/financial_accounts.json`,
    { headers: { authorization: `Bearer ${w.moneybird.token}` } },
  );
  return ((await response.json()) as Array<{ id: string; name: string }>).find((a) => a.name === name)!.id;
}

/** The Dutch boxes ("NL/…") an invoice's lines land in. */
const dutchBoxes = (invoice: Held) =>
  [
    ...new Set(
      invoice.details.flatMap((d) => d.tax_report_reference ?? []).filter((b) => b.startsWith('NL/')),
    ),
  ].sort();

/** Loses the data folder (a new computer) and imports the shop's history again: Moneybird is the truth. */
async function journalLostAndImportedAgain(w: SyncWorld) {
  await w.whileClosed((dir) => rmSync(dir, { recursive: true, force: true }));
  const again = await w.runtime.engine.run('import', { importSince: SINCE });
  expect(again.outcome).toBe('completed');
  await w.runtime.engine.run('manual');
  return { again, ...screensOf(w) };
}

/** Another Dutch consumer. */
const PIET: Customer = {
  ...TRUUS,
  email: 'piet@example.nl',
  address: { ...TRUUS.address, name: 'Piet Jansen' },
};

/** A line split over two rates (shipping of a mixed order, taxed in proportion). */
const split = (description: string, type: string, parts: Part[]): Line => ({ description, type, parts });

/** A line per view line keyed "box|rate", amounts in cents, to add months up. */
function perLine(view: ReconciliationView) {
  const out = new Map<string, number[]>();
  for (const r of view.rates)
    out.set(
      `${r.vatBox}|${r.rate}`,
      [r.shop, r.booked].flatMap((a) => [cents(a.inclTax), cents(a.exclTax), cents(a.vat)]),
    );
  return out;
}

// ---------------------------------------------------------------------------------------------

describe('the quarter the accountant declares', () => {
  it('a quarter whose months mix every part of the return: each month and the quarter agree with Moneybird, the quarter is the sum of its months per line, and its CSV is the return to copy', async () => {
    const orders = [
      // July: at home 21 %, 9 % (shipping split over both) and 0 % stamps; a French consumer (OSS) at 20 %
      // and 5.5 %.
      order(980_001, '2026-07-03', TRUUS, [
        line('Mok', '24.20', 21),
        line('Thee', '10.90', 9),
        split('Verzending', 'shipping', [
          { incl: '4.84', excl: '4.000000', rate: '21.00' },
          { incl: '2.18', excl: '2.000000', rate: '9.00' },
        ]),
        line('Postzegels', '10.00', 0),
      ]),
      order(980_002, '2026-07-15', CAMILLE, [line('Tasse', '24.00', 20), line('Livre', '10.55', 5.5)]),
      // August: an intra-community supply (3b), an export to Norway (3a), a Dutch sale at 21 %.
      order(980_003, '2026-08-04', PEETERS, [
        line('Espressomachine', '1250.00', 0),
        line('Verzending', '25.00', 0, 'shipping'),
      ]),
      order(980_004, '2026-08-12', OLA, [
        line('Lamp', '80.00', 0),
        line('Verzending', '15.00', 0, 'shipping'),
      ]),
      order(980_005, '2026-08-20', PIET, [line('Mok', '12.10', 21)]),
      // September: a German consumer at 19 % and 7 %, a Belgian at 21 %, Dutch stamps at 0 %.
      order(980_006, '2026-09-02', LENA, [line('Becher', '35.70', 19), line('Tee', '10.70', 7)]),
      order(980_007, '2026-09-09', SOFIE, [line('Mok', '36.30', 21)]),
      order(980_008, '2026-09-21', TRUUS, [line('Postzegels', '20.00', 0)]),
    ];
    const { w, view } = await imported(orders);
    for (const o of orders) expect(entryOf(w, o.number).state, `order ${o.number}`).toBe('done');

    const q3 = view(Q3);
    expect(linesOf(q3)).toEqual([
      ['NL/1a', '21', '34.00', '7.14', '34.00', '7.14'],
      ['NL/1b', '9', '12.00', '1.08', '12.00', '1.08'],
      ['NL/1e', '0', '30.00', '0.00', '30.00', '0.00'],
      ['NL/3a', '0', '95.00', '0.00', '95.00', '0.00'],
      ['NL/3b', '0', '1275.00', '0.00', '1275.00', '0.00'],
      ['OSS/BE', '21', '30.00', '6.30', '30.00', '6.30'],
      ['OSS/DE', '19', '30.00', '5.70', '30.00', '5.70'],
      ['OSS/DE', '7', '10.00', '0.70', '10.00', '0.70'],
      ['OSS/FR', '20', '20.00', '4.00', '20.00', '4.00'],
      ['OSS/FR', '5.5', '10.00', '0.55', '10.00', '0.55'],
    ]);
    // A domestic 0 % and an export are both 0 %, on two lines, on two of Moneybird's rates.
    expect(q3.rates.map((r) => r.taxRateNames)).toEqual([
      ['21% btw'],
      ['9% btw'],
      ['0% btw'],
      ['Export buiten de EU'],
      ['Intracommunautaire levering'],
      ['BE 21% btw'],
      ['DE 19% btw'],
      ['DE 7% btw'],
      ['FR 20% btw'],
      ['FR 5,5% btw'],
    ]);
    expect(q3.verdict).toBe('agrees');
    expect(q3.total.shop).toEqual(q3.total.booked);
    expect(q3.total.booked).toEqual({ inclTax: '1571.47', exclTax: '1546.00', vat: '25.47' });
    expect(q3.counts).toMatchObject({ orders: 8, inBooks: 8, parked: 0 });

    // Each month agrees too, and the quarter is exactly its three months added per line.
    const added = new Map<string, number[]>();
    for (const m of [JULY, AUGUST, SEPTEMBER]) {
      const v = view(m);
      expect(v.verdict, `month ${m.index}`).toBe('agrees');
      expect(bookedPerLine(v), `month ${m.index}`).toEqual(await moneybirdReturn(w, m));
      for (const [key, amounts] of perLine(v))
        added.set(
          key,
          (added.get(key) ?? [0, 0, 0, 0, 0, 0]).map((x, i) => x + amounts[i]!),
        );
    }
    expect(Object.fromEntries([...added].sort())).toEqual(Object.fromEntries([...perLine(q3)].sort()));
    expect([...perLine(view(JULY)).keys()]).toEqual([
      'NL/1a|21',
      'NL/1b|9',
      'NL/1e|0',
      'OSS/FR|20',
      'OSS/FR|5.5',
    ]);
    // Moneybird's own return of the quarter, from its invoices' lines and VAT totals, is the booked side.
    expect(bookedPerLine(q3)).toEqual(await moneybirdReturn(w, Q3));

    // The CSV of the quarter, opened in Dutch Excel: a row per line with its box or OSS country.
    const channels = createReconciliationChannels(w.runtime.store, () => w.runtime.moneybird);
    const exported = channels['reconciliation.exportCsv']({ period: Q3, language: 'nl' }) as {
      csv: string;
      fileName: string;
    };
    expect(exported.fileName).toBe('winkelbrug-btw-per-tarief-2026-K3.csv');
    const records = csvRecords(exported.csv);
    const rows = records.filter((r) => r.Soort === 'Tarief');
    expect(
      rows.map((r) => [
        r.Periode,
        r['Rubriek of OSS-land'],
        r['Btw-tarief (%)'],
        r['Tarief in Moneybird'],
        r['In je boeken omzet excl. btw'],
        r['In je boeken btw'],
        r.Toelichting,
      ]),
    ).toEqual([
      ['2026-K3', '1a', '21', '21% btw', '34,00', '7,14', 'Gelijk'],
      ['2026-K3', '1b', '9', '9% btw', '12,00', '1,08', 'Gelijk'],
      ['2026-K3', '1e', '0', '0% btw', '30,00', '0,00', 'Gelijk'],
      ['2026-K3', '3a', '0', 'Export buiten de EU', '95,00', '0,00', 'Gelijk'],
      ['2026-K3', '3b', '0', 'Intracommunautaire levering', '1275,00', '0,00', 'Gelijk'],
      ['2026-K3', 'OSS België', '21', 'BE 21% btw', '30,00', '6,30', 'Gelijk'],
      ['2026-K3', 'OSS Duitsland', '19', 'DE 19% btw', '30,00', '5,70', 'Gelijk'],
      ['2026-K3', 'OSS Duitsland', '7', 'DE 7% btw', '10,00', '0,70', 'Gelijk'],
      ['2026-K3', 'OSS Frankrijk', '20', 'FR 20% btw', '20,00', '4,00', 'Gelijk'],
      ['2026-K3', 'OSS Frankrijk', '5,5', 'FR 5,5% btw', '10,00', '0,55', 'Gelijk'],
    ]);
    // Every amount is a number Dutch Excel reads (decimal comma, no thousands separator), and the total
    // row is the sum of the line rows, column by column.
    const amountColumns = Object.keys(records[0]!).filter(
      (c) => /omzet|btw$|Verschil/.test(c) && c !== 'Tarief in Moneybird',
    );
    expect(amountColumns).toHaveLength(9);
    for (const row of rows)
      for (const c of amountColumns)
        expect(row[c], `${c} of ${row['Rubriek of OSS-land']}`).toMatch(/^-?\d+,\d{2}$/);
    const [total, ...more] = records.filter((r) => r.Soort === 'Totaal');
    expect(more).toEqual([]);
    for (const c of amountColumns)
      expect(dutchCents(total![c]!), c).toBe(rows.reduce((s, r) => s + dutchCents(r[c]!), 0));
    expect(total!['In je boeken omzet incl. btw']).toBe('1571,47');
    expect(records.filter((r) => r.Soort === 'Bestelling')).toEqual([]);
  });
});

describe('credits of sales abroad', () => {
  it('a partial and a full credit of an OSS sale and of an intra-community supply: negative on the line of their original, each in its own period, the rest in the next quarter', async () => {
    const belgian = order(981_001, '2026-09-10', SOFIE, [
      line('Mok', '24.20', 21),
      line('Boek', '10.60', 6),
      line('Verzending', '6.05', 21, 'shipping'),
    ]);
    const supply = order(981_004, '2026-09-14', PEETERS, [
      line('Espressomachine', '400.00', 0),
      line('Reserveonderdeel', '50.00', 0),
    ]);
    const credits = [
      // The book comes back in September; the mug and its shipping in October (the next quarter).
      credit(belgian, 981_002, '2026-09-20', [line('Boek', '10.60', 6)]),
      credit(belgian, 981_003, '2026-10-05', [
        line('Mok', '24.20', 21),
        line('Verzending', '6.05', 21, 'shipping'),
      ]),
      // The spare part comes back in September; the machine in October: the supply is credited in full.
      credit(supply, 981_005, '2026-09-25', [line('Reserveonderdeel', '50.00', 0)]),
      credit(supply, 981_006, '2026-10-12', [line('Espressomachine', '400.00', 0)]),
    ];
    const { w, view } = await imported([belgian, supply, ...credits]);
    for (const o of [belgian, supply, ...credits])
      expect(entryOf(w, o.number).state, `order ${o.number}`).toBe('done');

    // Moneybird holds real credit notes on the originals' rates, dated on the credits' own days.
    const rates = new Map((await salesTaxRates(w)).map((r) => [r.id, r]));
    for (const [c, original, day, boxes, countries] of [
      [981_002, 981_001, '2026-09-20', [], ['BE']],
      [981_003, 981_001, '2026-10-05', [], ['BE']],
      [981_005, 981_004, '2026-09-25', ['NL/3b'], [null]],
      [981_006, 981_004, '2026-10-12', ['NL/3b'], [null]],
    ] as const) {
      const note = invoiceOf(w, c)! as Held;
      expect(note.original_sales_invoice_id, `credit ${c}`).toBe(invoiceOf(w, original)!.id);
      expect(note.invoice_date).toBe(day);
      expect(cents(note.total_price_incl_tax)).toBeLessThan(0);
      expect(dutchBoxes(note)).toEqual(boxes);
      expect([...new Set(note.details.map((d) => rates.get(d.tax_rate_id)!.country))]).toEqual(countries);
    }

    // September and the third quarter: what was sold less what came back in it.
    const third = [
      ['NL/3b', '0', '400.00', '0.00', '400.00', '0.00'],
      ['OSS/BE', '21', '25.00', '5.25', '25.00', '5.25'],
      ['OSS/BE', '6', '0.00', '0.00', '0.00', '0.00'],
    ];
    // October and the fourth quarter: the rest, negative, on the same lines (so the ICP listing of
    // the fourth quarter shows the Belgian business at minus 400).
    const fourth = [
      ['NL/3b', '0', '-400.00', '0.00', '-400.00', '0.00'],
      ['OSS/BE', '21', '-25.00', '-5.25', '-25.00', '-5.25'],
    ];
    for (const [period, expected] of [
      [SEPTEMBER, third],
      [Q3, third],
      [OCTOBER, fourth],
      [Q4, fourth],
    ] as const) {
      const v = view(period);
      expect(linesOf(v), `${period.kind} ${period.index}`).toEqual(expected);
      expect(v.verdict).toBe('agrees');
      expect(v.explanations.total).toBe(0);
      expect(bookedPerLine(v)).toEqual(await moneybirdReturn(w, period));
    }
    expect(view(Q4).counts).toMatchObject({ orders: 2, inBooks: 2 });
    expect(view(Q4).rates.map((r) => r.taxRateNames)).toEqual([
      ['Intracommunautaire levering'],
      ['BE 21% btw'],
    ]);
  });

  it('a customer in Belgium returns only the book of a mug-and-book order, a month later: its credit note is booked on its own, negative on the 6 % OSS line of its month', async () => {
    const sold = order(996_001, '2026-10-10', SOFIE, [line('Mok', '24.20', 21), line('Boek', '10.60', 6)]);
    const { w, view } = await imported([sold]);
    expect(entryOf(w, 996_001).state).toBe('done');
    // Weeks later the shop credits the book; the next scheduled run meets the credit alone.
    const back = credit(sold, 996_002, '2026-11-03', [line('Boek', '10.60', 6)]);
    shopCredits(w, back);
    await w.runtime.engine.run('scheduled');
    const entry = entryOf(w, 996_002);
    expect(entry.state, `${entry.reason?.code}: ${entry.reason?.message.en}`).toBe('done');
    const note = invoiceOf(w, 996_002) as Held;
    expect(note.original_sales_invoice_id).toBe(invoiceOf(w, 996_001)!.id);
    expect(note.invoice_date).toBe('2026-11-03');
    const november = view(NOVEMBER);
    expect(linesOf(november)).toEqual([['OSS/BE', '6', '-10.00', '-0.60', '-10.00', '-0.60']]);
    expect(november.verdict).toBe('agrees');
    expect(bookedPerLine(november)).toEqual(await moneybirdReturn(w, NOVEMBER));
  });
});

describe('the same shop booked with external invoices', () => {
  it('puts every order on the same line of the return as sales invoices would, and agrees with the external invoices Moneybird holds', async () => {
    const sold = [
      order(982_001, '2026-10-02', TRUUS, [
        line('Mok', '24.20', 21),
        line('Thee', '10.90', 9),
        line('Postzegels', '10.00', 0),
      ]),
      order(982_002, '2026-10-03', SOFIE, [line('Mok', '24.20', 21), line('Boek', '10.60', 6)]),
      order(982_003, '2026-10-04', PEETERS, [
        line('Espressomachine', '400.00', 0),
        line('Reserveonderdeel', '50.00', 0),
      ]),
      order(982_004, '2026-10-05', OLA, [line('Lamp', '80.00', 0)]),
    ];
    const orders = [...sold, credit(sold[2]!, 982_005, '2026-10-09', [line('Reserveonderdeel', '50.00', 0)])];
    const sales = await imported(structuredClone(orders));
    const external = await imported(structuredClone(orders), { style: 'external' });
    expect(external.w.moneybird.books.salesInvoices()).toEqual([]);
    expect(external.w.moneybird.books.externalSalesInvoices()).toHaveLength(5);
    for (const o of orders) expect(entryOf(external.w, o.number).state, `order ${o.number}`).toBe('done');

    const expected = [
      ['NL/1a', '21', '20.00', '4.20', '20.00', '4.20'],
      ['NL/1b', '9', '10.00', '0.90', '10.00', '0.90'],
      ['NL/1e', '0', '10.00', '0.00', '10.00', '0.00'],
      ['NL/3a', '0', '80.00', '0.00', '80.00', '0.00'],
      ['NL/3b', '0', '400.00', '0.00', '400.00', '0.00'],
      ['OSS/BE', '21', '20.00', '4.20', '20.00', '4.20'],
      ['OSS/BE', '6', '10.00', '0.60', '10.00', '0.60'],
    ];
    for (const world of [sales, external]) {
      const v = world.view(OCTOBER);
      expect(linesOf(v)).toEqual(expected);
      expect(v.verdict).toBe('agrees');
      expect(bookedPerLine(v)).toEqual(await moneybirdReturn(world.w, OCTOBER));
    }
    expect(external.view(OCTOBER).rates).toEqual(sales.view(OCTOBER).rates);
    // The external credit is a new invoice with negative lines on the supply's ICP rate (box 3b).
    const note = invoiceOf(external.w, 982_005)! as Held;
    expect(cents(note.total_price_incl_tax)).toBe(-5000);
    expect(dutchBoxes(note)).toEqual(['NL/3b']);
    // And the CSV's lines are the same, whichever style booked them.
    const rateRows = (csv: string) => csvRecords(csv).filter((r) => r.Soort === 'Tarief');
    expect(rateRows(external.csv(OCTOBER))).toEqual(rateRows(sales.csv(OCTOBER)));
  });
});

describe('a period the accountant locked after filing the return', () => {
  it('an OSS sale and an intra-community supply of the locked quarter, booked on the first open day: in the third quarter as missing from the books, in the fourth as booked there, each on its own line', async () => {
    const oss = order(986_001, '2026-09-20', SOFIE, [line('Mok', '24.20', 21)]);
    const icp = order(986_002, '2026-09-25', PEETERS, [line('Espressomachine', '400.00', 0)]);
    const october = order(986_003, '2026-10-02', TRUUS, [line('Mok', '24.20', 21)]);
    const { w, view, csv, bookInOpenPeriod } = await imported([oss, icp, october], {
      before: (w) => w.moneybird.owner.lockPeriodUntil('2026-09-30'),
    });
    for (const n of [986_001, 986_002]) expect(entryOf(w, n).reason?.code).toBe('period_locked');
    // The third quarter before the owner chose: the two sales are parked, on their own lines.
    expect(linesOf(view(Q3))).toEqual([
      ['NL/3b', '0', '400.00', '0.00', '0.00', '0.00'],
      ['OSS/BE', '21', '20.00', '4.20', '0.00', '0.00'],
    ]);
    expect(view(Q3).kinds.map((k) => [k.kind, k.orders])).toEqual([['parked', 2]]);

    for (const n of [986_001, 986_002]) await bookInOpenPeriod(n);
    await w.runtime.engine.run('manual');
    for (const n of [986_001, 986_002]) {
      expect(entryOf(w, n).state).toBe('done');
      expect((invoiceOf(w, n) as Held).invoice_date).toBe('2026-10-01');
    }
    expect(dutchBoxes(invoiceOf(w, 986_001) as Held)).toEqual([]);
    expect(dutchBoxes(invoiceOf(w, 986_002) as Held)).toEqual(['NL/3b']);

    for (const period of [SEPTEMBER, Q3]) {
      const v = view(period);
      expect(linesOf(v)).toEqual([
        ['NL/3b', '0', '400.00', '0.00', '0.00', '0.00'],
        ['OSS/BE', '21', '20.00', '4.20', '0.00', '0.00'],
      ]);
      expect(v.verdict).toBe('explained');
      expect(
        v.explanations.items.map((i) => [
          i.orderNumber,
          i.kind,
          i.bookedDate,
          i.differences.map((d) => [d.vatBox, d.exclTax]),
        ]),
      ).toEqual([
        ['986001', 'booked_in_other_period', '2026-10-01', [['OSS/BE', '-20.00']]],
        ['986002', 'booked_in_other_period', '2026-10-01', [['NL/3b', '-400.00']]],
      ]);
      expect(await moneybirdReturn(w, period)).toEqual({});
    }
    for (const period of [OCTOBER, Q4]) {
      const v = view(period);
      expect(linesOf(v)).toEqual([
        ['NL/1a', '21', '20.00', '4.20', '20.00', '4.20'],
        ['NL/3b', '0', '0.00', '0.00', '400.00', '0.00'],
        ['OSS/BE', '21', '0.00', '0.00', '20.00', '4.20'],
      ]);
      expect(
        v.explanations.items.map((i) => [
          i.orderNumber,
          i.kind,
          i.differences.map((d) => [d.vatBox, d.exclTax]),
        ]),
      ).toEqual([
        ['986001', 'booked_from_other_period', [['OSS/BE', '20.00']]],
        ['986002', 'booked_from_other_period', [['NL/3b', '400.00']]],
      ]);
      expect(bookedPerLine(v)).toEqual(await moneybirdReturn(w, period));
    }
    // The third quarter's CSV tells the accountant where each went, on its own box or OSS country.
    const rows = csvRecords(csv(Q3)).filter((r) => r.Soort === 'Bestelling');
    // Moneybird minus the shop: the quarter misses them in Moneybird.
    expect(
      rows.map((r) => [
        r.Bestelling,
        r['Rubriek of OSS-land'],
        r['Verschil omzet excl. btw (je boeken min winkel)'],
      ]),
    ).toEqual([
      ['986001', 'OSS België', '-20,00'],
      ['986002', '3b', '-400,00'],
    ]);
    for (const row of rows) expect(row.Toelichting).toContain('Telt in Moneybird mee in oktober 2026');
  });
});

describe('an order parked because Moneybird lacks the OSS rate', () => {
  it('has its shop side, and its credit’s, on the right OSS line while parked; after the owner adds the rate and retries, both sides meet there', async () => {
    const sold = order(987_001, '2026-10-10', GIULIA, [
      line('Tazza', '24.40', 22),
      line('Piattino', '12.20', 22),
    ]);
    const back = credit(sold, 987_002, '2026-10-20', [line('Piattino', '12.20', 22)]);
    const { w, view, retry } = await imported([sold, back]);
    expect(entryOf(w, 987_001)).toMatchObject({ state: 'parked', reason: { code: 'tax_rate_absent' } });
    expect(entryOf(w, 987_002)).toMatchObject({ state: 'parked', reason: { code: 'original_missing' } });
    const parked = view(OCTOBER);
    expect(linesOf(parked)).toEqual([['OSS/IT', '22', '20.00', '4.40', '0.00', '0.00']]);
    expect(parked.verdict).toBe('explained');
    expect(
      parked.explanations.items.map((i) => [
        i.orderNumber,
        i.kind,
        i.credit,
        i.reason?.nl.length ? 'reason' : null,
        i.differences.map((d) => [d.vatBox, d.rate, d.exclTax, d.vat]),
      ]),
    ).toEqual([
      ['987001', 'parked', false, 'reason', [['OSS/IT', '22', '-30.00', '-6.60']]],
      ['987002', 'parked', true, 'reason', [['OSS/IT', '22', '10.00', '2.20']]],
    ]);
    expect(sentence(parked.explanations.items[0]!, parked)).toContain('Italië');

    w.moneybird.owner.addTaxRate({
      name: 'IT 22% btw',
      percentage: '22.0',
      country: 'IT',
      taxReportReference: ['OSS/IT'],
    });
    retry('987001');
    await w.runtime.engine.run('manual');
    await w.runtime.engine.run('manual');
    expect(entryOf(w, 987_001).state).toBe('done');
    expect(entryOf(w, 987_002).state).toBe('done');
    expect((invoiceOf(w, 987_002) as Held).original_sales_invoice_id).toBe(invoiceOf(w, 987_001)!.id);
    const booked = view(OCTOBER);
    expect(linesOf(booked)).toEqual([['OSS/IT', '22', '20.00', '4.40', '20.00', '4.40']]);
    expect(booked.rates[0]!.taxRateNames).toEqual(['IT 22% btw']);
    expect(booked.verdict).toBe('agrees');
    expect(bookedPerLine(booked)).toEqual(await moneybirdReturn(w, OCTOBER));
  });
});

describe('gift cards, shipping and discounts', () => {
  it('an OSS sale and an intra-community supply with shipping and a discount, one paid partly with a gift card: the sale on its line, the gift card in no turnover', async () => {
    const oss = order(988_001, '2026-10-08', SOFIE, [
      line('Mok', '24.20', 21),
      line('Verzending', '6.05', 21, 'shipping'),
      line('Korting', '-2.42', 21, 'discount'),
      line('Cadeaubon KDO-1', '-10.00', 0, 'gift_card'),
    ]);
    const icp = order(988_002, '2026-10-09', PEETERS, [
      line('Espressomachine', '400.00', 0),
      line('Verzending', '25.00', 0, 'shipping'),
      line('Korting', '-40.00', 0, 'discount'),
    ]);
    const { w: world, view } = await imported([oss, icp], {
      // The owner keeps redeemed gift cards on their own account.
      before: async (w) =>
        remap(w, {
          financialAccountByPaymentMethod: {
            webshop_giftcard: await financialAccountId(w, 'Zakelijke rekening'),
          },
        }),
    });
    for (const n of [988_001, 988_002])
      expect(entryOf(world, n).state, JSON.stringify(entryOf(world, n).reason)).toBe('done');
    const ossInvoice = invoiceOf(world, 988_001) as Held;
    // The invoice is the whole sale (27.83); the gift card paid 10 of it.
    expect(ossInvoice.total_price_incl_tax).toMatch(/^27\.83/);
    const paid = (ossInvoice as Held & { payments: Array<{ price: string }> }).payments;
    expect(paid.map((p) => cents(p.price)).sort((a, b) => a - b)).toEqual([1000, 1783]);
    expect(dutchBoxes(ossInvoice)).toEqual([]);
    expect(dutchBoxes(invoiceOf(world, 988_002) as Held)).toEqual(['NL/3b']);
    const v = view(OCTOBER);
    expect(linesOf(v)).toEqual([
      ['NL/3b', '0', '385.00', '0.00', '385.00', '0.00'],
      ['OSS/BE', '21', '23.00', '4.83', '23.00', '4.83'],
    ]);
    expect(v.verdict).toBe('agrees');
    expect(bookedPerLine(v)).toEqual(await moneybirdReturn(world, OCTOBER));
  });

  /**
   * The owner keeps gift cards on a liability account and chooses "Geen btw" (outside the return)
   * for the rounding, which a gift card sold uses too: this world's "0% btw" would put it in 1e.
   */
  const keepGiftCards = async (w: SyncWorld) => {
    const liability = w.moneybird.owner.addLedgerAccount({
      name: 'Uitstaande cadeaubonnen',
      account_type: 'current_liabilities',
    }).id as string;
    const geen = (await salesTaxRates(w)).find((r) => r.name === 'Geen btw' && !r.country)!.id;
    const mapping = w.runtime.store.settings.get(bookkeepingMappingSetting) as Record<string, unknown>;
    remap(w, {
      giftCardLedgerAccountId: liability,
      rounding: { ...(mapping.rounding as Record<string, unknown>), taxRateId: geen },
    });
    return { liability, geen };
  };

  it('a gift card sold to a Dutch customer: on the gift-card liability outside the return, in the shop’s figures outside it too, so the month agrees', async () => {
    // A gift card sold at 0 % is no sale (a multi-purpose voucher): money owed to the customer until
    // redeemed, when the goods it buys are the turnover. Booked as turnover it would count twice.
    const sold = order(988_101, '2026-10-14', TRUUS, [
      line('Mok', '24.20', 21),
      line('Cadeaubon KDO-2', '25.00', 0, 'gift_card'),
    ]);
    let chosen = { liability: '', geen: '' };
    const { w, view } = await imported([sold], {
      before: async (w) => {
        chosen = await keepGiftCards(w);
      },
    });
    expect(entryOf(w, 988_101).state, JSON.stringify(entryOf(w, 988_101).reason)).toBe('done');
    const invoice = invoiceOf(w, 988_101) as Held & {
      details: Array<Detail & { ledger_account_id: string }>;
    };
    // The customer paid 49.20: the invoice holds it all, the card on the liability in no box.
    expect(invoice.total_price_incl_tax).toMatch(/^49\.2/);
    const card = invoice.details.find((d) => d.description === 'Cadeaubon KDO-2')!;
    expect(card).toMatchObject({ tax_rate_id: chosen.geen, ledger_account_id: chosen.liability });
    expect(card.tax_report_reference).toEqual([]);
    expect(dutchBoxes(invoice)).toEqual(['NL/1a']);
    const v = view(OCTOBER);
    expect(bookedPerLine(v)).toEqual(await moneybirdReturn(w, OCTOBER));
    expect(linesOf(v)).toEqual([
      ['NL/1a', '21', '20.00', '4.20', '20.00', '4.20'],
      ['none', '0', '25.00', '0.00', '25.00', '0.00'],
    ]);
    expect(v.total.shop.inclTax).toBe('49.20');
    expect(v.total.booked.inclTax).toBe('49.20');
    expect(v.verdict).toBe('agrees');
  });

  it('a gift card sold while no liability account is chosen: the order waits, saying why and where to choose, and books once chosen', async () => {
    const sold = order(988_201, '2026-10-15', TRUUS, [
      line('Mok', '24.20', 21),
      line('Cadeaubon KDO-3', '50.00', 0, 'gift_card'),
    ]);
    const { w, view, retry } = await imported([sold]);
    const entry = entryOf(w, 988_201);
    expect(entry).toMatchObject({ state: 'parked', reason: { code: 'gift_card_sale_without_ledger' } });
    // This world's owner has a rate for the rounding, but no account for gift cards.
    expect(entry.reason?.message.nl).toContain('nog geen omzet');
    expect(entry.reason?.message.nl).toContain('Kies daarvoor bij Betalingen');
    expect(invoiceOf(w, 988_201)).toBeUndefined();
    // While it waits, the shop's side is on its lines: the card already outside the return.
    const parked = view(OCTOBER);
    expect(linesOf(parked)).toEqual([
      ['NL/1a', '21', '20.00', '4.20', '0.00', '0.00'],
      ['none', '0', '50.00', '0.00', '0.00', '0.00'],
    ]);
    expect(parked.explanations.items.map((i) => [i.orderNumber, i.kind])).toEqual([['988201', 'parked']]);

    await keepGiftCards(w);
    retry('988201');
    await w.runtime.engine.run('manual');
    expect(entryOf(w, 988_201).state).toBe('done');
    const booked = view(OCTOBER);
    expect(linesOf(booked)).toEqual([
      ['NL/1a', '21', '20.00', '4.20', '20.00', '4.20'],
      ['none', '0', '50.00', '0.00', '50.00', '0.00'],
    ]);
    expect(booked.verdict).toBe('agrees');
    expect(bookedPerLine(booked)).toEqual(await moneybirdReturn(w, OCTOBER));
  });
});

/** Ten stickers of € 1.00 at 21 %: the shop's VAT per line is 0.17 (1.70), Moneybird's per rate 1.74. */
const stickers = Array.from({ length: 10 }, (_, i) => line(`Sticker ${i + 1}`, '1.00', 21));

describe('rounding per line', () => {
  const roundingMonth = () => [
    order(989_001, '2026-10-15', TRUUS, stickers),
    order(989_002, '2026-10-16', SOFIE, stickers),
    order(989_003, '2026-10-17', PEETERS, [line('Espressomachine', '400.00', 0)]),
  ];
  const roundingLines = [
    // Moneybird's VAT is the shop's; the rounding line takes 0.18 of turnover from 1a (and from the
    // Belgian OSS line) and its balancing line puts it on the 0 % rate the owner chose (box 1e).
    ['NL/1a', '21', '8.30', '1.70', '8.12', '1.70'],
    ['NL/1e', '0', '0.00', '0.00', '0.36', '0.00'],
    ['NL/3b', '0', '400.00', '0.00', '400.00', '0.00'],
    ['OSS/BE', '21', '8.30', '1.70', '8.12', '1.70'],
  ];

  it('the rounding line of a domestic and of an OSS sale beside an intra-community supply: the VAT is the shop’s, the cents that moved are explained as rounding on the lines they touch, the ICP line untouched', async () => {
    const { w, view, csv } = await imported(roundingMonth());
    const v = view(OCTOBER);
    expect(linesOf(v)).toEqual(roundingLines);
    // The VAT to declare is what the shop charged, on every line.
    expect(v.total.difference.vat).toBe('0.00');
    expect(v.total.difference.inclTax).toBe('0.00');
    expect(v.verdict).toBe('explained');
    expect(v.kinds.map((k) => [k.kind, k.orders])).toEqual([['rounding', 2]]);
    expect(
      v.explanations.items.map((i) => [
        i.orderNumber,
        i.kind,
        i.differences.map((d) => [d.vatBox, d.inclTax]),
      ]),
    ).toEqual([
      [
        '989001',
        'rounding',
        [
          ['NL/1a', '-0.18'],
          ['NL/1e', '0.18'],
        ],
      ],
      [
        '989002',
        'rounding',
        [
          ['NL/1e', '0.18'],
          ['OSS/BE', '-0.18'],
        ],
      ],
    ]);
    // The order's turnover and VAT are equal in total: the sentence names the turnover that moved.
    // Not compared with Moneybird: what Winkelbrug booked.
    expect(sentence(v.explanations.items[0]!, v)).toContain(
      'Door afronding per regel staat 0,18 omzet excl. btw in je boeken op een ander tarief of in een andere rubriek dan in je winkel',
    );
    // Moneybird holds the rounding lines at 21 % (1a, Belgium's OSS) and the balancing lines in 1e.
    const domestic = invoiceOf(w, 989_001) as Held;
    expect(
      domestic.details.slice(-2).map((d) => [d.total_price_excl_tax_with_discount, d.tax_report_reference]),
    ).toEqual([
      ['-0.15', ['NL/1a']],
      ['0.18', ['NL/1e']],
    ]);
    expect(bookedPerLine(v)).toEqual(await moneybirdReturn(w, OCTOBER));
    const rows = csvRecords(csv(OCTOBER));
    expect(
      rows.filter((r) => r.Soort === 'Tarief').map((r) => [r['Rubriek of OSS-land'], r.Toelichting]),
    ).toEqual([
      ['1a', ''],
      ['1e', ''],
      ['3b', 'Gelijk'],
      ['OSS België', ''],
    ]);
  });
});

describe('a lost journal (a new data folder) imported again', () => {
  it('adopts every booking, read without its lines, onto the same lines as before: the month still agrees with Moneybird', async () => {
    const sold = [
      order(990_001, '2026-10-02', TRUUS, [
        line('Mok', '24.20', 21),
        line('Thee', '10.90', 9),
        line('Postzegels', '10.00', 0),
      ]),
      order(990_002, '2026-10-03', SOFIE, [line('Mok', '24.20', 21), line('Schotel', '12.10', 21)]),
      order(990_003, '2026-10-04', PEETERS, [
        line('Espressomachine', '400.00', 0),
        line('Reserveonderdeel', '50.00', 0),
      ]),
      order(990_004, '2026-10-05', OLA, [line('Lamp', '80.00', 0)]),
    ];
    const orders = [
      ...sold,
      credit(sold[1]!, 990_005, '2026-10-08', [line('Schotel', '12.10', 21)]),
      credit(sold[2]!, 990_006, '2026-10-09', [line('Reserveonderdeel', '50.00', 0)]),
    ];
    const { w, view } = await imported(orders);
    const before = view(OCTOBER);
    expect(linesOf(before)).toEqual([
      ['NL/1a', '21', '20.00', '4.20', '20.00', '4.20'],
      ['NL/1b', '9', '10.00', '0.90', '10.00', '0.90'],
      ['NL/1e', '0', '10.00', '0.00', '10.00', '0.00'],
      ['NL/3a', '0', '80.00', '0.00', '80.00', '0.00'],
      ['NL/3b', '0', '400.00', '0.00', '400.00', '0.00'],
      ['OSS/BE', '21', '20.00', '4.20', '20.00', '4.20'],
    ]);
    expect(before.verdict).toBe('agrees');
    const invoices = inTheBooks(w).length;

    const { again, view: viewAgain, check } = await journalLostAndImportedAgain(w);
    expect(again.orders.filter((o) => o.adopted).length).toBe(orders.length);
    expect(inTheBooks(w)).toHaveLength(invoices);
    for (const o of orders)
      expect(entryOf(w, o.number)).toMatchObject({ state: 'done', adoption: 'adopted' });
    const after = viewAgain(OCTOBER);
    expect(linesOf(after)).toEqual(linesOf(before));
    expect(after.total).toEqual(before.total);
    expect(after.verdict).toBe('agrees');
    expect(bookedPerLine(after)).toEqual(await moneybirdReturn(w, OCTOBER));
    // Comparing with Moneybird afterwards finds nothing changed, and the lines stay where they are.
    expect(await check(OCTOBER)).toMatchObject({ invoices: orders.length, changed: 0, deleted: 0 });
    expect(linesOf(viewAgain(OCTOBER))).toEqual(linesOf(before));
  });

  it('after the accountant moved an intra-community supply to "Btw verlegd" (1e), in a month with a rounding line: the adopted bookings land where Moneybird holds them, at the latest once compared', async () => {
    const supply = order(991_001, '2026-10-06', PEETERS, [line('Espressomachine', '400.00', 0)]);
    const { w, view } = await imported([supply, order(991_002, '2026-10-07', TRUUS, stickers)]);
    const booked = [
      ['NL/1a', '21', '8.30', '1.70', '8.12', '1.70'],
      ['NL/1e', '0', '0.00', '0.00', '0.18', '0.00'],
      ['NL/3b', '0', '400.00', '0.00', '400.00', '0.00'],
    ];
    const before = view(OCTOBER);
    expect(linesOf(before)).toEqual(booked);
    // The accountant takes the ICP sale for a reverse-charged one and puts it on "Btw verlegd".
    const invoice = invoiceOf(w, 991_001) as Held;
    w.moneybird.owner.editInvoiceLine(invoice.id, 0, { taxRate: 'Btw verlegd' });
    expect(dutchBoxes(invoiceOf(w, 991_001) as Held)).toEqual(['NL/1e']);
    const held = await moneybirdReturn(w, OCTOBER);
    expect(held).toEqual({ 'NL/1a|21': { excl: 812, vat: 170 }, 'NL/1e|0': { excl: 40018, vat: 0 } });

    // The data folder is lost; the new one adopts both bookings, then the owner compares the month.
    const { again, view: viewAgain, check } = await journalLostAndImportedAgain(w);
    expect(again.orders.filter((o) => o.adopted).length).toBe(2);
    expect(entryOf(w, 991_001)).toMatchObject({ state: 'done', adoption: 'adopted' });
    await check(OCTOBER);
    const after = viewAgain(OCTOBER);
    expect(after.total).toEqual(before.total);
    expect(bookedPerLine(after)).toEqual(held);
    expect(linesOf(after)).toEqual([
      ['NL/1a', '21', '8.30', '1.70', '8.12', '1.70'],
      ['NL/1e', '0', '0.00', '0.00', '400.18', '0.00'],
      ['NL/3b', '0', '400.00', '0.00', '0.00', '0.00'],
    ]);
  });
});

describe('the owner (or the accountant) changes an invoice in Moneybird, then compares', () => {
  it('an intra-community supply moved to the domestic 0 % rate: a visible difference between 3b and 1e, explained on the order, in the view and the CSV', async () => {
    const supply = order(992_001, '2026-10-06', PEETERS, [line('Espressomachine', '400.00', 0)]);
    const { w, view, check, csv } = await imported([
      supply,
      order(992_002, '2026-10-07', SOFIE, [line('Mok', '24.20', 21)]),
    ]);
    const invoice = invoiceOf(w, 992_001) as Held;
    w.moneybird.owner.editInvoiceLine(invoice.id, 0, { taxRate: '0% btw' });
    expect(dutchBoxes(invoiceOf(w, 992_001) as Held)).toEqual(['NL/1e']);
    // Until compared, the month shows what was booked.
    expect(view(OCTOBER).verdict).toBe('agrees');

    expect(await check(OCTOBER)).toMatchObject({ invoices: 2, changed: 1, deleted: 0 });
    const v = view(OCTOBER);
    expect(linesOf(v)).toEqual([
      ['NL/1e', '0', '0.00', '0.00', '400.00', '0.00'],
      ['NL/3b', '0', '400.00', '0.00', '0.00', '0.00'],
      ['OSS/BE', '21', '20.00', '4.20', '20.00', '4.20'],
    ]);
    expect(v.rates.map((r) => r.taxRateNames)).toEqual([['0% btw'], [], ['BE 21% btw']]);
    expect(bookedPerLine(v)).toEqual(await moneybirdReturn(w, OCTOBER));
    // The order's total is the same; the difference is between the two lines, both shown.
    expect(v.total.difference).toEqual({ inclTax: '0.00', exclTax: '0.00', vat: '0.00' });
    expect(v.verdict).toBe('explained');
    expect(v.kinds.map((k) => [k.kind, k.orders])).toEqual([['other', 1]]);
    const [item, ...others] = v.explanations.items;
    expect(others).toEqual([]);
    expect(item).toMatchObject({ orderNumber: '992001', kind: 'other', credit: false });
    expect(item!.differences.map((d) => [d.vatBox, d.rate, d.exclTax])).toEqual([
      ['NL/1e', '0', '400.00'],
      ['NL/3b', '0', '-400.00'],
    ]);
    const rows = csvRecords(csv(OCTOBER));
    expect(
      rows
        .filter((r) => r.Soort === 'Tarief')
        .map((r) => [r['Rubriek of OSS-land'], r['Verschil omzet excl. btw (je boeken min winkel)']]),
    ).toEqual([
      // Moneybird minus the shop: 400.00 more in 1e, 400.00 less in 3b.
      ['1e', '400,00'],
      ['3b', '-400,00'],
      ['OSS België', '0,00'],
    ]);
    const orderRows = rows.filter((r) => r.Soort === 'Bestelling');
    expect(
      orderRows.map((r) => [
        r.Bestelling,
        r['Rubriek of OSS-land'],
        r['Verschil omzet excl. btw (je boeken min winkel)'],
      ]),
    ).toEqual([
      ['992001', '1e', '400,00'],
      ['992001', '3b', '-400,00'],
    ]);
    expect(orderRows[0]!.Toelichting).toContain('Open de bestelling en vergelijk de factuur in Moneybird');
    expect(sentence(item!, v)).toContain(
      'In Moneybird staat 400,00 omzet excl. btw op een ander tarief of in een andere rubriek dan in je winkel; in totaal is de bestelling gelijk.',
    );
  });

  it('a small intra-community supply moved to the domestic 0 % rate is a difference between 3b and 1e, not rounding', async () => {
    const sample = order(993_001, '2026-10-08', PEETERS, [line('Monsterpakket', '2.40', 0)]);
    const { w, view, check } = await imported([sample]);
    w.moneybird.owner.editInvoiceLine((invoiceOf(w, 993_001) as Held).id, 0, { taxRate: '0% btw' });
    expect(await check(OCTOBER)).toMatchObject({ changed: 1 });
    const v = view(OCTOBER);
    expect(linesOf(v)).toEqual([
      ['NL/1e', '0', '0.00', '0.00', '2.40', '0.00'],
      ['NL/3b', '0', '2.40', '0.00', '0.00', '0.00'],
    ]);
    const [item] = v.explanations.items;
    expect(item?.kind).toBe('other');
    expect(sentence(item!, v)).not.toContain('afronding');
  });
});

describe('a credit order that does not repeat its original’s VAT settings', () => {
  it('is placed, like its credit note, on the line of the sale it credits', async () => {
    const supply = order(994_001, '2026-10-06', PEETERS, [
      line('Espressomachine', '400.00', 0),
      line('Reserveonderdeel', '50.00', 0),
    ]);
    // The shop's credit order carries no tax strategy of its own; the booking keeps the supply's
    // treatment (bookkeeping/plan/treatment.ts: a credit keeps the treatment of the booking it credits).
    const back: MwwOrder = {
      ...credit(supply, 994_002, '2026-10-20', [line('Reserveonderdeel', '50.00', 0)]),
      tax_strategy: '',
    };
    const { w, view } = await imported([supply, back]);
    expect(entryOf(w, 994_002).state).toBe('done');
    const note = invoiceOf(w, 994_002) as Held;
    expect(note.original_sales_invoice_id).toBe(invoiceOf(w, 994_001)!.id);
    expect(dutchBoxes(note)).toEqual(['NL/3b']);
    const v = view(OCTOBER);
    expect(bookedPerLine(v)).toEqual(await moneybirdReturn(w, OCTOBER));
    expect(linesOf(v)).toEqual([['NL/3b', '0', '400.00', '0.00', '400.00', '0.00']]);
    expect(v.verdict).toBe('agrees');
  });

  it('a credit of a sale to Belgium that names no region: in the Belgian OSS line on both sides, on the same page as its sale or alone a month later', async () => {
    const sold = order(997_001, '2026-10-10', SOFIE, [line('Mok', '24.20', 21), line('Boek', '10.60', 6)]);
    // The shop leaves the region off the credit: the credit corrects the Belgian sale all the same.
    const regionless = (o: MwwOrder): MwwOrder => {
      const { tax_region: _region, ...rest } = o;
      return rest as MwwOrder;
    };
    const sameMonth = regionless(credit(sold, 997_002, '2026-10-20', [line('Mok', '24.20', 21)]));
    const { w, view } = await imported([sold, sameMonth]);
    // A month later, alone: its sale's country is known from the figures recorded for it.
    shopCredits(w, regionless(credit(sold, 997_003, '2026-11-03', [line('Boek', '10.60', 6)])));
    await w.runtime.engine.run('scheduled');
    for (const number of [997_002, 997_003]) {
      const entry = entryOf(w, number);
      expect(entry.state, `${entry.reason?.code}: ${entry.reason?.message.en}`).toBe('done');
      expect((invoiceOf(w, number) as Held).original_sales_invoice_id).toBe(invoiceOf(w, 997_001)!.id);
    }
    const october = view(OCTOBER);
    // The mug sold and credited in October: its line nets to nothing, on both sides.
    expect(linesOf(october)).toEqual([
      ['OSS/BE', '21', '0.00', '0.00', '0.00', '0.00'],
      ['OSS/BE', '6', '10.00', '0.60', '10.00', '0.60'],
    ]);
    expect(october.verdict).toBe('agrees');
    expect(bookedPerLine(october)).toEqual(await moneybirdReturn(w, OCTOBER));
    const november = view(NOVEMBER);
    expect(linesOf(november)).toEqual([['OSS/BE', '6', '-10.00', '-0.60', '-10.00', '-0.60']]);
    expect(november.verdict).toBe('agrees');
    expect(bookedPerLine(november)).toEqual(await moneybirdReturn(w, NOVEMBER));
  });
});
