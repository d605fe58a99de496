// The dry run against both simulators and the real engine: what it says the first run books (count,
// total, VAT per rate, the parked orders, the sample lines) is what the first run then puts in
// Moneybird, and the dry run itself writes nothing to Moneybird and nothing to the data folder.
import { describe, expect, it } from 'vitest';
import { MijnwebwinkelClient } from '../../../src/main/core/mijnwebwinkel/client';
import { type Decimal, parseDecimal, toFixed, toPlain, ZERO } from '../../../src/main/core/money';
import { planFirstRun } from '../../../src/main/core/setup/dry-run';
import { applyMappingChoices, mappingFields } from '../../../src/main/core/setup/mapping-fields';
import { createReferenceCache, loadReferenceData } from '../../../src/main/core/setup/reference-cache';
import { bookkeepingMappingSetting, startDateSetting } from '../../../src/main/core/sync/sync-settings';
import type { DryRunReport } from '../../../src/shared/contract';
import { dryRunReportSchema } from '../../../src/shared/contract';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { sale } from '../sync/shop-sales';
import {
  moneybirdRequestsSince,
  type SimSalesRate,
  type SyncWorld,
  salesTaxRates,
  type WorldOptions,
  worldPerTest,
} from '../sync/support';

const worlds = worldPerTest();

/** A world whose Moneybird client keeps a compressed request budget (150 a second), so a first run of some hundred orders does not wait out Moneybird's five minutes. */
async function fastWorld(options: WorldOptions): Promise<SyncWorld> {
  const w = await worlds.start(options);
  w.env.WINKELBRUG_RATE_WINDOW_SECONDS = '1';
  await w.reopen();
  return w;
}

const SINCE = '2024-01-01';

type Ok = Extract<DryRunReport, { ok: true }>;

/** The label the dry run should give a Moneybird rate, from the simulator's own names (the oracle). */
/** The dry run's key of a row, told from the Moneybird rate its lines landed on: treatment|country|rate. */
function labelOf(rate: SimSalesRate): string {
  const pct = toFixed(parseDecimal(rate.percentage), 6).replace(/\.?0+$/, '');
  if (rate.country) return `oss|${rate.country}|${pct}`;
  if (/intracommunautair/i.test(rate.name)) return `reverse_charge||${pct}`;
  if (/export/i.test(rate.name)) return `export||${pct}`;
  return `domestic||${pct}`;
}

/** The same key of a row the dry run shows. */
const labelOfRow = (row: Ok['perRate'][number]) => `${row.treatment}|${row.country ?? ''}|${row.rate}`;

/** What Moneybird holds after the run: count, total incl. VAT, and base and VAT per rate label. */
async function moneybirdFigures(w: SyncWorld) {
  const rates = await salesTaxRates(w);
  const byId = new Map(rates.map((r) => [r.id, r]));
  // biome-ignore lint/suspicious/noExplicitAny: the simulator hands tests plain API JSON
  const invoices: any[] = w.moneybird.books.salesInvoices();
  let total: Decimal = ZERO;
  let vat: Decimal = ZERO;
  const perRate = new Map<string, { base: Decimal; vat: Decimal }>();
  /** "label|box" for every line, the box where Moneybird put it in the VAT return. */
  const boxes = new Set<string>();
  for (const invoice of invoices) {
    for (const d of invoice.details as Array<{ tax_rate_id: string; tax_report_reference: string[] }>) {
      const refs = d.tax_report_reference ?? [];
      const box = refs.find((r) => r.startsWith('NL/')) ?? refs.find((r) => r.startsWith('OSS/')) ?? 'none';
      boxes.add(`${labelOf(byId.get(d.tax_rate_id)!)}|${box}`);
    }
    total += parseDecimal(invoice.total_price_incl_tax);
    // tax_totals lists the rates that show VAT; the 0 % rates with a legal text (reverse charge,
    // export) are left out, so their base is the sum of their lines.
    const shown = new Map<string, { base: Decimal; vat: Decimal }>();
    for (const t of invoice.tax_totals)
      shown.set(t.tax_rate_id, { base: parseDecimal(t.taxable_amount), vat: parseDecimal(t.tax_amount) });
    const unshown = new Map<string, Decimal>();
    for (const d of invoice.details) {
      if (shown.has(d.tax_rate_id)) continue;
      expect(parseDecimal(byId.get(d.tax_rate_id)!.percentage)).toBe(ZERO);
      unshown.set(
        d.tax_rate_id,
        (unshown.get(d.tax_rate_id) ?? ZERO) + parseDecimal(d.total_price_excl_tax_with_discount),
      );
    }
    const groups = [...shown, ...[...unshown].map(([id, base]) => [id, { base, vat: ZERO }] as const)];
    for (const [id, figures] of groups) {
      vat += figures.vat;
      const label = labelOf(byId.get(id)!);
      const sum = perRate.get(label) ?? { base: ZERO, vat: ZERO };
      sum.base += figures.base;
      sum.vat += figures.vat;
      perRate.set(label, sum);
    }
  }
  return {
    count: invoices.length,
    total: toFixed(total, 2),
    vat: toFixed(vat, 2),
    perRate: Object.fromEntries(
      [...perRate].map(([label, f]) => [label, { base: toFixed(f.base, 2), vat: toFixed(f.vat, 2) }]),
    ),
    boxes,
    invoices,
  };
}

function dryRunDeps(w: SyncWorld) {
  const runtime = w.runtime;
  return {
    mijnwebwinkel: runtime.mijnwebwinkel,
    reference: () => loadReferenceData(runtime.moneybird),
    settings: runtime.store.settings,
    now: () => Date.now(),
  };
}

/** Dry run, then the real first run; the dry run's figures must be what Moneybird then holds. */
async function dryRunThenFirstRun(w: SyncWorld): Promise<Ok> {
  return (await dryRunAndFirstRun(w)).report;
}

/** The dry run's report and the first run's result, the dry run checked to have written nothing. */
async function dryRunAndFirstRun(w: SyncWorld) {
  const logBefore = w.moneybird.server.log.entries.length;
  const shopLogBefore = w.mww.server.log.entries.length;
  const settingsBefore = JSON.stringify(w.runtime.store.settings.keys());
  const report = await planFirstRun(dryRunDeps(w));
  expect(dryRunReportSchema.parse(report)).toEqual(report);
  if (!report.ok) throw new Error(`dry run refused: ${report.problem.message.en}`);

  // Nothing written to Moneybird; only the reference data was read (no request per order).
  const requests = moneybirdRequestsSince(w, logBefore);
  expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
  expect(requests.length).toBeLessThanOrEqual(6);
  for (const r of requests)
    expect(r.path).toMatch(
      /(tax_rates|ledger_accounts|workflows|document_styles|financial_accounts|administrations)(\.json)?$/,
    );
  // Nothing written to the data folder either: no journal rows, no run, no new setting.
  const journal = w.runtime.store.journal.counts();
  expect(Object.values(journal).every((n) => n === 0)).toBe(true);
  expect(w.runtime.store.runs.recent(10)).toEqual([]);
  expect(JSON.stringify(w.runtime.store.settings.keys())).toBe(settingsBefore);
  // The shop was only read.
  expect(w.mww.server.log.entries.slice(shopLogBefore).every((e) => e.method === 'GET')).toBe(true);

  const run = await w.runtime.engine.run('manual');
  expect(run.outcome).toBe('completed');
  return { report, run };
}

/**
 * The shop's reading of order `number` as the live API shows a test order: with a "T-" marker in its
 * number (see the research notes on the `test` filter). The simulator keys its orders by whole
 * numbers, so its answers are renamed here, in the one client the dry run and the engine both read
 * the shop through; everything else still comes from the simulator over HTTP.
 */
function shownAsTestOrder(w: SyncWorld, number: string) {
  const client = w.runtime.mijnwebwinkel;
  const listOrdersPage = client.listOrdersPage.bind(client);
  const marked = `T-${number}`;
  client.listOrdersPage = async (filter, page) =>
    (await listOrdersPage(filter, page)).map((result) =>
      result.ok && result.number === number
        ? { ...result, number: marked, order: { ...result.order, number: marked } }
        : result,
    );
}

async function expectFiguresEqual(w: SyncWorld, report: Ok) {
  const held = await moneybirdFigures(w);
  const done = w.runtime.store.journal.list({ states: ['done'], limit: 10_000 });
  expect(report.orders).toBe(done.length);
  expect(report.orders).toBe(held.count);
  expect(report.total).toBe(held.total);
  expect(report.vat).toBe(held.vat);
  // Per rate label (a rate's rows in two parts of the return, 1e and outside it, added up).
  const shownPerLabel = new Map<string, { base: Decimal; vat: Decimal }>();
  for (const r of report.perRate) {
    const sum = shownPerLabel.get(labelOfRow(r)) ?? { base: ZERO, vat: ZERO };
    sum.base += parseDecimal(r.base);
    sum.vat += parseDecimal(r.vat);
    shownPerLabel.set(labelOfRow(r), sum);
  }
  expect(
    Object.fromEntries(
      [...shownPerLabel].map(([label, f]) => [label, { base: toFixed(f.base, 2), vat: toFixed(f.vat, 2) }]),
    ),
  ).toEqual(held.perRate);
  // Each row names the part of the VAT return where Moneybird then put its lines.
  expect(new Set(report.perRate.map((r) => `${labelOfRow(r)}|${r.vatBox}`))).toEqual(held.boxes);
  // The parked orders are the ones the run parked, for the same reasons; credits waiting behind a
  // parked original are still in the queue.
  const parked = w.runtime.store.journal.list({ states: ['parked'], limit: 10_000 });
  const reported = report.parked.filter((p) => p.reasonCode !== 'original_parked');
  expect(reported.map((p) => [p.orderNumber, p.reasonCode]).sort()).toEqual(
    parked.map((e) => [e.orderNumber, e.reason?.code]).sort(),
  );
  const waiting = w.runtime.store.journal.list({ states: ['pending'], limit: 10_000 });
  expect(
    report.parked
      .filter((p) => p.reasonCode === 'original_parked')
      .map((p) => p.orderNumber)
      .sort(),
  ).toEqual(waiting.map((e) => e.orderNumber).sort());
  // The sample shows the lines as Moneybird has them: description, quantity, price of one, amount,
  // tax rate and account names.
  const rates = new Map((await salesTaxRates(w)).map((r) => [r.id, r.name]));
  const ledgers = new Map(
    (await loadReferenceData(w.runtime.moneybird)).data.ledgerAccounts.map((a) => [a.id, a.name]),
  );
  expect(report.sample.length).toBe(Math.min(5, report.orders));
  for (const planned of report.sample) {
    const entry = w.runtime.store.journal.get(planned.orderNumber)!;
    const invoice = held.invoices.find((i) => i.reference === entry.reference)!;
    expect(toFixed(parseDecimal(invoice.total_price_incl_tax), 2)).toBe(planned.total);
    expect(
      // biome-ignore lint/suspicious/noExplicitAny: plain API JSON
      invoice.details.map((d: any) => ({
        description: d.description,
        quantity: toPlain(parseDecimal(d.amount_decimal)),
        price: toFixed(parseDecimal(d.price), 2),
        amount: toFixed((parseDecimal(d.amount_decimal) * parseDecimal(d.price)) / 1_000_000n, 2),
        taxRate: rates.get(d.tax_rate_id),
        ledgerAccount: ledgers.get(d.ledger_account_id),
      })),
    ).toEqual(planned.lines);
  }
  // A line of several: the price is of one, and the amount is what they come to.
  for (const line of report.sample.flatMap((planned) => planned.lines)) {
    expect(toFixed((parseDecimal(line.quantity) * parseDecimal(line.price)) / 1_000_000n, 2)).toBe(
      line.amount,
    );
  }
}

describe('the dry run', () => {
  it('says what the first run books: the same count, total and VAT per rate, and writes nothing', async () => {
    const world = await fastWorld({ seed: 31, orderCount: 80 });
    world.runtime.store.settings.set(startDateSetting, SINCE);
    const report = await dryRunThenFirstRun(world);
    expect(report.orders).toBeGreaterThan(40);
    expect(report.since).toBe(SINCE);
    // The generated shop sells at several rates and treatments, so the comparison covers them.
    expect(report.perRate.length).toBeGreaterThanOrEqual(4);
    expect(report.unpaid).toBeGreaterThan(0);
    expect(report.etaMs).toBe(Math.ceil((report.orders * 3 * 300_000) / 150));
    await expectFiguresEqual(world, report);
    // With the journal of that run at hand, nothing is left for a first run to book.
    const again = await planFirstRun({ ...dryRunDeps(world), journal: world.runtime.store.journal });
    expect(again).toMatchObject({ ok: true, orders: 0, total: '0.00', vat: '0.00', parked: [], perRate: [] });
  });

  it('includes credit orders after their originals, and the parked orders with their reasons', async () => {
    // A shop with credit orders, and the 9 % rate left unmapped so that orders needing it are parked
    // (and a credit of such an order waits for it).
    const orders = generateOrders({ seed: 32, count: 160 });
    expect(orders.some((o) => o.credited_order_number)).toBe(true);
    const world = await fastWorld({ orders });
    world.runtime.store.settings.set(startDateSetting, SINCE);
    const reference = await loadReferenceData(world.runtime.moneybird);
    const rateNamed = (name: string) => reference.data.taxRates.find((r) => r.name === name)!.id;
    // A wrong choice: a 0 % rate for 9 % orders, which the planner refuses (it parks those orders).
    const mapping = applyMappingChoices(
      world.runtime.store.settings.get(bookkeepingMappingSetting),
      { 'taxRates.domestic.9': null },
      reference.data,
    );
    if (!mapping.ok) throw new Error(mapping.problem.message.en);
    const taxRates = mapping.mapping.taxRates as { domestic: Record<string, string> };
    taxRates.domestic['9'] = rateNamed('Btw verlegd');
    world.runtime.store.settings.set(bookkeepingMappingSetting, mapping.mapping);
    const report = await dryRunThenFirstRun(world);
    expect(report.parked.some((p) => p.reasonCode === 'tax_rate_percentage_mismatch')).toBe(true);
    for (const p of report.parked) {
      expect(p.reason.nl).toMatch(/\w+ \w+ \w+ \w+/);
      expect(p.reason.en).toMatch(/\w+ \w+ \w+ \w+/);
      if (p.reasonCode === 'tax_rate_percentage_mismatch') expect(p.section).toBe('taxRates');
    }
    await expectFiguresEqual(world, report);
    // Credits booked in the run are in Moneybird as credits of their originals.
    const credits = world.runtime.store.journal
      .list({ states: ['done'], limit: 10_000 })
      .filter((e) => e.creditedOrderNumber);
    expect(credits.length).toBeGreaterThan(0);
  });

  it('plans with a mapping made through the fields: the ambiguous choices made, the proposals accepted', async () => {
    const world = await fastWorld({ seed: 33, orderCount: 60 });
    world.runtime.store.settings.set(startDateSetting, SINCE);
    world.runtime.store.settings.set(bookkeepingMappingSetting, { bookingStyle: 'sales' });
    const reference = await loadReferenceData(world.runtime.moneybird);
    const fields = mappingFields({ bookingStyle: 'sales' }, reference.data, {
      administrationCurrency: reference.administrationCurrency,
    });
    const byPath = new Map(fields.map((f) => [f.path, f]));
    // The simulator's administration leaves these open: several accounts for payments (no hint
    // from the shop's payments is given here), five rates of 0 % without a country, two of them
    // ordinary ("0% btw" in box 1e, "Geen btw" outside the return). Of its several revenue
    // accounts, Moneybird's standard "Omzet" is pre-filled with a note to check it. The rounding
    // line's rate is proposed: "Geen btw", so that rounding cents are no sale in box 1e.
    for (const [path, warning] of [
      ['financialAccountId', /^Kies zelf/],
      ['taxRates.domestic.0', /^Nog niet gekozen: bestellingen met 0% btw wachten/],
    ] as const) {
      expect(byPath.get(path)!.value, path).toBeNull();
      expect(byPath.get(path)!.warning?.nl, path).toMatch(warning);
    }
    // Each 0 % option names its part of the VAT return, as the help above it asks the owner to weigh.
    const zeroDetails = new Map(
      byPath.get('taxRates.domestic.0')!.options.map((o) => [o.name, o.detail?.nl]),
    );
    expect(zeroDetails.get('0% btw')).toBe('0% · rubriek 1e');
    expect(zeroDetails.get('Geen btw')).toBe('0% · buiten de aangifte');
    const rounding = byPath.get('rounding.taxRateId')!;
    expect(rounding.options.find((o) => o.id === rounding.value)?.name).toBe('Geen btw');
    expect(rounding.warning).toBeNull();
    expect(byPath.get('ledgerAccounts.revenue')!.warning?.nl).toMatch(/^Er zijn \d omzetrekeningen/);
    const pick = (path: string, name: string) => byPath.get(path)!.options.find((o) => o.name === name)!.id;
    const choices: Record<string, string | null> = {};
    for (const f of fields) if (f.value !== null) choices[f.path] = f.value;
    choices['ledgerAccounts.revenue'] = pick('ledgerAccounts.revenue', 'Omzet');
    choices.financialAccountId = pick('financialAccountId', 'Mollie');
    choices['taxRates.domestic.0'] = pick('taxRates.domestic.0', '0% btw');
    // An intra-EU B2B sale is proposed on the intra-community rate, never on "Btw verlegd".
    const icp = byPath.get('taxRates.reverseCharge')!;
    expect(icp.options.find((o) => o.id === icp.value)?.name).toBe('Intracommunautaire levering');
    const applied = applyMappingChoices({ bookingStyle: 'sales' }, choices, reference.data, fields);
    if (!applied.ok) throw new Error(applied.problem.message.en);
    world.runtime.store.settings.set(bookkeepingMappingSetting, applied.mapping);

    const report = await dryRunThenFirstRun(world);
    // With the rounding choices stored, nothing is parked for want of them.
    expect(report.parked.filter((p) => p.section === 'rounding')).toEqual([]);
    await expectFiguresEqual(world, report);
  });

  it.each([
    // The domestic "Btw verlegd" says by its name that it lands in 1e.
    { rate: 'Btw verlegd', line: 'tarief "Btw verlegd" staat in rubriek 1e' },
    // An ordinary "0% btw" says nothing: Moneybird's ordinary 0 % rate lands in 1e, said to be likely.
    {
      rate: '0% btw',
      line: 'tarief "0% btw" zegt niet waar het valt, en een gewoon 0%-tarief staat in rubriek 1e',
    },
  ])(
    'leaves waiting, as the first run does, the sales to EU businesses on $rate, which lands in 1e, not 3b',
    async ({ rate, line }) => {
      // The owner picks a rate of box 1e for sales to EU businesses. Moneybird reports a line in the box
      // of its rate, so the check after each create parks those orders: the dry run must say so, as the
      // rate's option does, and not promise to book them (in 1e or in 3b).
      const world = await fastWorld({ seed: 31, orderCount: 80 });
      world.runtime.store.settings.set(startDateSetting, SINCE);
      const reference = await loadReferenceData(world.runtime.moneybird);
      const chosen = reference.data.taxRates.find((r) => r.name === rate && !r.country)!;
      const stored = world.runtime.store.settings.get(bookkeepingMappingSetting);
      const icpField = mappingFields(stored, reference.data).find(
        (f) => f.path === 'taxRates.reverseCharge',
      )!;
      const option = icpField.options.find((o) => o.id === chosen.id)!;
      expect(option.detail?.nl).toBe('0% · rubriek 1e');
      expect(option.caution?.nl).toMatch(/rubriek 1e, niet in rubriek 3b/);
      const applied = applyMappingChoices(stored, { 'taxRates.reverseCharge': chosen.id }, reference.data);
      if (!applied.ok) throw new Error(applied.problem.message.en);
      world.runtime.store.settings.set(bookkeepingMappingSetting, applied.mapping);

      const report = await planFirstRun(dryRunDeps(world));
      if (!report.ok) throw new Error(`dry run refused: ${report.problem.message.en}`);
      expect(report.perRate.filter((r) => r.treatment === 'reverse_charge')).toEqual([]);
      const waiting = report.parked.filter((p) => p.reasonCode === 'vat_box_wrong');
      expect(waiting.length).toBeGreaterThan(0);
      for (const parked of waiting) {
        expect(parked.reason.nl).toContain(line);
        expect(parked.reason.nl).toContain(
          'Bij verkoop aan een bedrijf in de EU hoort de omzet in rubriek 3b en de ICP-opgaaf',
        );
        // Boxes as the aangifte names them; Moneybird's own names ("NL/1e") are for support only.
        expect(parked.reason.nl).not.toContain('NL/');
        expect(parked.reason.en).toContain('in box 1e');
        expect(parked.reason.en).not.toContain('NL/');
        // The list links to the mapping's VAT rates, where the rate is chosen.
        expect(parked.section).toBe('taxRates');
      }

      // The first run leaves the same orders waiting, each with a draft in 1e.
      await world.runtime.engine.run('manual');
      const parkedByRun = world.runtime.store.journal
        .list({ states: ['parked'], limit: 500 })
        .filter((e) => e.reason?.code === 'vat_box_wrong')
        .map((e) => e.orderNumber)
        .sort();
      expect(parkedByRun).toEqual(waiting.map((p) => p.orderNumber).sort());
      // biome-ignore lint/suspicious/noExplicitAny: the simulator hands tests plain API JSON
      const invoices: any[] = world.moneybird.books.salesInvoices();
      const onChosen = invoices.flatMap((i) =>
        (i.details as Array<{ tax_rate_id: string; tax_report_reference: string[] }>).filter(
          (d) => d.tax_rate_id === chosen.id,
        ),
      );
      expect(new Set(onChosen.flatMap((d) => d.tax_report_reference))).toEqual(new Set(['NL/1e']));
    },
  );

  it('counts unpaid orders apart from test orders, as the first run then reports them', async () => {
    // Two paid sales, two not paid yet, and one the shop marks as a test order.
    const unpaid = (number: number): MwwOrder => ({
      ...sale(number, `klant${number}@example.nl`),
      payment_status: 'pending',
    });
    const world = await worlds.start({
      orders: [
        sale(1001, 'klant1001@example.nl'),
        unpaid(1002),
        sale(1003, 'klant1003@example.nl'),
        unpaid(1004),
        sale(1005, 'test@example.nl'),
      ],
    });
    shownAsTestOrder(world, '1005');
    world.runtime.store.settings.set(startDateSetting, SINCE);
    const { report, run } = await dryRunAndFirstRun(world);
    expect(report).toMatchObject({ orders: 2, unpaid: 2, testOrders: 1, parked: [] });
    await expectFiguresEqual(world, report);
    // The first run leaves the same orders unbooked, for the same reasons: the unpaid ones wait for
    // their payment, the test order is not booked at all.
    const skipped = (code: string) =>
      run.orders
        .filter((o) => o.outcome === 'skipped' && o.reasonCode === code)
        .map((o) => o.orderNumber)
        .sort();
    expect(skipped('unpaid')).toEqual(['1002', '1004']);
    expect(skipped('test_order')).toEqual(['T-1005']);
    expect(world.runtime.store.journal.get('1002')?.state).toBe('discovered');
    expect(world.runtime.store.journal.get('T-1005')).toBeUndefined();
  });

  it('answers with what is wrong when the shop cannot be read, and when no statuses are chosen', async () => {
    const world = await fastWorld({ seed: 34, orderCount: 5 });
    world.runtime.store.settings.set(startDateSetting, SINCE);
    const deps = dryRunDeps(world);
    const wrongToken = new MijnwebwinkelClient({
      baseUrl: world.env.MWW_BASE_URL!,
      token: 'not-the-shop-token',
      partnerToken: world.env.MWW_PARTNER_TOKEN!,
    });
    const refused = await planFirstRun({ ...deps, mijnwebwinkel: wrongToken });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.problem.code).toBe('wrong-token');
    expect(refused.problem.message.nl).toMatch(/\S{10,}/);

    const closed = new MijnwebwinkelClient({
      baseUrl: 'http://127.0.0.1:9',
      token: world.env.MWW_TOKEN!,
      partnerToken: world.env.MWW_PARTNER_TOKEN!,
      retry: { maxAttempts: 1 },
      timeoutMs: 2000,
    });
    const unreachable = await planFirstRun({ ...deps, mijnwebwinkel: closed });
    expect(unreachable).toMatchObject({ ok: false, problem: { code: 'unreachable' } });

    const noStatuses = await planFirstRun(deps, { statuses: [] });
    expect(noStatuses).toMatchObject({ ok: false, problem: { code: 'invalid' } });
  });

  it("reads Moneybird's reference data once for the proposal and the dry run, until it is stale or forgotten", async () => {
    const w = await fastWorld({ seed: 35, orderCount: 5 });
    let clock = 1_000_000;
    const cache = createReferenceCache(() => w.runtime.moneybird, { ttlMs: 60_000, now: () => clock });
    const requests = () => w.moneybird.server.log.entries.length;
    const start = requests();
    const [a, b] = await Promise.all([cache.get(), cache.get()]);
    expect(a).toBe(b);
    expect(requests() - start).toBe(6);
    expect(a.administrationCurrency).toBe('EUR');
    expect(a.data.taxRates.every((r) => r.tax_rate_type === 'sales_invoice')).toBe(true);
    expect(a.data.ledgerAccounts.every((l) => typeof l.active === 'boolean')).toBe(true);
    await cache.get();
    expect(requests() - start).toBe(6);
    clock += 60_000;
    const fresh = await cache.get();
    expect(fresh).not.toBe(a);
    expect(requests() - start).toBe(12);
    cache.invalidate();
    await cache.get();
    expect(requests() - start).toBe(18);
  });
});
