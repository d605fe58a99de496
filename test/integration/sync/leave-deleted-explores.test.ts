// "Niet opnieuw boeken" as a demanding shop owner and their accountant use it: a booked order whose
// invoice was deleted in Moneybird afterwards, left out of the books by the owner's choice, and what
// follows from that choice. The month per VAT rate, its CSV file and a later comparison with
// Moneybird; the status, the orders screen's counts and the command line's status before and after
// the choice; a credit order of the left-out sale that the shop makes later; the owner changing their
// mind (a retry), also after making the invoice again by hand under the order's reference; external
// invoices; asked twice, or at the same moment as "Opnieuw boeken"; and the shop's history imported
// again afterwards. Each test takes the situation end to end through both simulators and the real
// core, and asserts what the owner and the accountant must be able to rely on: a left-out order is
// never booked again on its own, never twice, never credited against an invoice that is not there,
// and the screens say what is true.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/core/cli/cli-commands';
import { EnvSecretSource } from '../../../src/main/core/secrets/keychain';
import {
  bookedIn,
  entryOf,
  expectPaidOnce,
  invoiceOf,
  OCTOBER,
  SINCE,
  saleOn,
  screensOf,
  shopCredits,
  shopSells,
  writesIn,
} from './deleted-bookings';
import { creditOf, sale } from './shop-sales';
import { moneybirdRequestsSince, type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();
const booked = bookedIn(worlds);

/** The sales invoices (credit notes included) carrying the reference. */
const salesWith = (w: SyncWorld, reference: string | null) =>
  w.moneybird.books.salesInvoices().filter((i) => i.reference === reference);

/** The CSV's rows (fields split on `;`) that name the order. */
const csvRowsOf = (csv: string, orderNumber: string) =>
  (parse(csv, { delimiter: ';', bom: true }) as string[][]).filter((row) => row[5] === orderNumber);

/** The owner's log lines of the order, newest first. */
const logOf = (w: SyncWorld, orderNumber: string) =>
  w.runtime.store.log.recent({ orderNumber, limit: 50 }).map((l) => l.message.nl);

describe('the month per VAT rate of an order left deleted', () => {
  it('explains it as skipped by the owner’s choice, on screen and in the CSV, and a later comparison does not bring it back as deleted', async () => {
    const orders = [
      saleOn(990_001, '2026-10-03'),
      saleOn(990_002, '2026-10-10', ['mok', 'zegels']),
      saleOn(990_003, '2026-10-17', ['thee']),
    ];
    const { w, check, view, csv, leaveDeleted, detail } = await booked(orders);
    const agreed = view(OCTOBER);
    expect(agreed.verdict).toBe('agrees');
    w.moneybird.owner.deleteInvoice(invoiceOf(w, 990_001)!.id);
    expect(await check(OCTOBER)).toMatchObject({ deleted: 1 });
    expect(view(OCTOBER).kinds).toMatchObject([{ kind: 'deleted_in_moneybird', orders: 1 }]);

    expect(await leaveDeleted(990_001)).toMatchObject({ accepted: true, runId: null });
    const left = entryOf(w, 990_001);
    expect(left).toMatchObject({ state: 'skipped', reason: { code: 'deleted_by_owner' } });

    const october = view(OCTOBER);
    expect(october.kinds).toMatchObject([{ kind: 'skipped', orders: 1, difference: { inclTax: '-29.65' } }]);
    expect(october.kinds.map((k) => k.kind)).not.toContain('deleted_in_moneybird');
    const [item, ...others] = october.explanations.items;
    expect(others).toEqual([]);
    expect(item).toMatchObject({ orderNumber: '990001', kind: 'skipped', credit: false });
    // The owner's own reason, in both languages.
    expect(item!.reason?.nl).toContain('niet opnieuw te boeken');
    expect(item!.reason?.en).toContain('chose not to book the order again');
    expect(october.verdict).toBe('explained');
    expect(october.total.difference.inclTax).toBe('-29.65');
    // The shop's side is what it was; only the booked side lost the order.
    expect(october.total.shop).toEqual(agreed.total.shop);
    // The CSV file names it as not booked too, with the sale's difference, and no longer asks to choose.
    const rows = csvRowsOf(csv(OCTOBER, 'nl'), '990001');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row[7]).toMatch(/^Niet geboekt, /);
      expect(row[7]).not.toContain('Opnieuw boeken');
    }
    // Moneybird minus the shop: the sale is missing there, so the difference is minus the sale.
    const cents = rows.reduce((s, row) => s + Math.round(Number(row[14]!.replace(',', '.')) * 100), 0);
    expect(cents).toBe(-2965);

    // Comparing again: the left-out order is not found "deleted" a second time.
    expect(await check(OCTOBER)).toMatchObject({ changed: 0, deleted: 0 });
    // The same view, only compared with Moneybird once more (a later moment).
    const { checkedAt: comparedAgain, checkedMonths: monthsAgain, ...again } = view(OCTOBER);
    const { checkedAt: comparedFirst, ...first } = october;
    expect(again).toEqual({ ...first, checkedMonths: undefined });
    expect(monthsAgain).toEqual([{ month: '2026-10', checkedAt: comparedAgain }]);
    expect(Date.parse(comparedAgain!)).toBeGreaterThanOrEqual(Date.parse(comparedFirst!));
    // Nor does a regular run change anything about it.
    expect((await w.runtime.engine.run('manual')).outcome).toBe('completed');
    expect(entryOf(w, 990_001)).toMatchObject({ state: 'skipped', reason: { code: 'deleted_by_owner' } });
    expect(salesWith(w, left.reference)).toEqual([]);
    // The order's page offers no "Opnieuw boeken" any more.
    const page = await detail(990_001);
    expect(page.canBookAgain).toBe(false);
    expect(page.summary.state).toBe('skipped');
  });

  // The CSV's sentence for an order left out after its invoice was deleted says so, not only that it
  // was skipped: the accountant tells it from an order never booked.
  it('the CSV says why the left-out order is missing: its invoice was deleted and the owner chose not to book it again', async () => {
    const orders = [saleOn(991_001, '2026-10-03'), saleOn(991_002, '2026-10-10')];
    const { w, check, csv, leaveDeleted } = await booked(orders);
    w.moneybird.owner.deleteInvoice(invoiceOf(w, 991_001)!.id);
    await check(OCTOBER);
    expect((await leaveDeleted(991_001)).accepted).toBe(true);

    const dutch = csvRowsOf(csv(OCTOBER, 'nl'), '991001');
    const english = csvRowsOf(csv(OCTOBER, 'en'), '991001');
    expect(dutch.length).toBeGreaterThan(0);
    expect(english.length).toBeGreaterThan(0);
    // Not the prompt to choose any more.
    for (const row of dutch) expect(row[7]).not.toContain('Opnieuw boeken');
    // The difference is the sale's (missing in Moneybird: minus), in Dutch Excel's notation, over its rows.
    const cents = dutch.reduce((s, row) => s + Math.round(Number(row[14]!.replace(',', '.')) * 100), 0);
    expect(cents).toBe(-2965);
    // The reason the view carries, also in the file.
    expect(dutch[0]![7]).toContain('niet opnieuw te boeken');
    expect(english[0]![7]).toContain('chose not to book the order again');
  });
});

describe('the status and the orders screen around leaving a deletion', () => {
  it('the order leaves “deleted”, is counted as skipped, not as booked, and needs the owner no more', async () => {
    const orders = [
      saleOn(992_001, '2026-10-03'),
      saleOn(992_002, '2026-10-04'),
      saleOn(992_003, '2026-10-05'),
    ];
    const { w, check, leaveDeleted, status, screenCounts } = await booked(orders);
    expect(status()).toMatchObject({ booked: 3, deleted: 0, parked: 0, waiting: 0 });
    w.moneybird.owner.deleteInvoice(invoiceOf(w, 992_002)!.id);
    await check(OCTOBER);
    expect(status()).toMatchObject({ booked: 2, deleted: 1, parked: 0, waiting: 0 });
    expect(screenCounts()).toMatchObject({ booked: 2, deleted_in_moneybird: 1, skipped: 0 });

    expect((await leaveDeleted(992_002)).accepted).toBe(true);
    expect(status()).toEqual({ booked: 2, deleted: 0, parked: 0, waiting: 0, cancelled: 0 });
    expect(screenCounts()).toMatchObject({ booked: 2, deleted_in_moneybird: 0, skipped: 1, in_progress: 0 });
    // The owner's choice is in the log, once.
    expect(logOf(w, '992002').filter((m) => m.includes('buiten je boeken'))).toHaveLength(1);
    // A run afterwards changes none of it.
    await w.runtime.engine.run('manual');
    expect(status()).toEqual({ booked: 2, deleted: 0, parked: 0, waiting: 0, cancelled: 0 });
    expect(screenCounts()).toMatchObject({ booked: 2, deleted_in_moneybird: 0, skipped: 1 });
  });

  it('the command line’s status names the deleted booking, and stops naming it once left deleted', async () => {
    const orders = [saleOn(993_001, '2026-10-03'), saleOn(993_002, '2026-10-04')];
    const { w, check, leaveDeleted } = await booked(orders);
    const env = { ...w.env, WINKELBRUG_DATA_DIR: w.dataDir };
    const status = () => runCli({ name: 'status' }, { env, secrets: new EnvSecretSource(env) });
    w.moneybird.owner.deleteInvoice(invoiceOf(w, 993_001)!.id);
    await check(OCTOBER);

    const before = await status();
    expect(before.exitCode).toBe(3);
    expect((before.json as { deletedInMoneybird: number }).deletedInMoneybird).toBe(1);
    expect(before.lines.join('\n')).toContain('Van 1 geboekte bestelling(en) is de factuur daarna');
    expect(before.lines.join('\n')).toContain('Geboekt: 1,');

    expect((await leaveDeleted(993_001)).accepted).toBe(true);
    const after = await status();
    expect(after.exitCode).toBe(0);
    expect((after.json as { deletedInMoneybird: number }).deletedInMoneybird).toBe(0);
    const text = after.lines.join('\n');
    expect(text).not.toContain('in Moneybird verwijderd');
    expect(text).toContain('Geboekt: 1,');
    expect(text).toContain('overgeslagen: 1,');
  });
});

describe('a credit order of a sale left deleted', () => {
  /** A sale booked, its invoice deleted in Moneybird and left deleted; then the shop credits it. */
  async function creditOfLeftOutSale(number: number) {
    const w = await worlds.startKnown();
    const screens = screensOf(w);
    const sold = sale(number, `weggelaten-${number}@example.nl`);
    await shopSells(w, sold);
    const original = invoiceOf(w, number)!;
    w.moneybird.owner.deleteInvoice(original.id);
    expect((await screens.leaveDeleted(number)).accepted).toBe(true);
    expect(entryOf(w, number).state).toBe('skipped');
    const from = w.moneybird.server.log.entries.length;
    shopCredits(w, creditOf(sold, number + 1, ['mok', 'thee']));
    await w.runtime.engine.run('scheduled');
    return { w, ...screens, original, from };
  }

  it('is never booked against the missing invoice, nor silently: it parks, naming the sale', async () => {
    const { w, original, from, status } = await creditOfLeftOutSale(994_001);
    const credit = entryOf(w, 994_002);
    expect(credit.state).toBe('parked');
    expect(credit.moneybird.invoiceId).toBeNull();
    // No credit note, neither against the deleted invoice nor on its own; nothing written at all.
    expect(
      w.moneybird.books.salesInvoices().filter((i) => i.original_sales_invoice_id === original.id),
    ).toEqual([]);
    expect(salesWith(w, credit.reference)).toEqual([]);
    expect(w.moneybird.books.externalSalesInvoices()).toEqual([]);
    expect(writesIn(moneybirdRequestsSince(w, from))).toEqual([]);
    expect(credit.reason?.message.nl).toContain('994001');
    expect(credit.reason?.message.en).toContain('994001');
    expect(status()).toMatchObject({ parked: 1, deleted: 0 });
    // A later run leaves it where it is.
    await w.runtime.engine.run('manual');
    expect(entryOf(w, 994_002).state).toBe('parked');
    expect(salesWith(w, credit.reference)).toEqual([]);
  });

  // A credit of a sale the owner left out says so, and that skipping the credit fits that choice.
  it('the credit’s reason says the sale was left out of the books by the owner’s choice, and that skipping the credit fits that', async () => {
    const { w } = await creditOfLeftOutSale(994_101);
    const credit = entryOf(w, 994_102);
    expect(credit.state).toBe('parked');
    expect(credit.reason?.message.en).not.toContain('not booked (yet)');
    expect(credit.reason?.message.en).toMatch(/deleted|chose not to book|left out/);
    expect(credit.reason?.message.en).toContain('Skip');
    expect(credit.reason?.message.nl).toContain('Overslaan');
  });

  // Booked after all, the sale brings its parked credit along (the engine resumes credits parked over
  // their original's absence once it is booked), credited once against the new invoice.
  it('when the owner books the sale after all, its parked credit follows and is credited once against the new invoice', async () => {
    const { w, retry } = await creditOfLeftOutSale(994_201);
    expect(entryOf(w, 994_202).state).toBe('parked');
    retry('994201');
    await w.runtime.engine.run('manual');
    await w.runtime.engine.run('manual');
    const rebooked = entryOf(w, 994_201);
    expect(rebooked.state).toBe('done');
    const [again, ...more] = salesWith(w, rebooked.reference);
    expect(more).toEqual([]);
    expectPaidOnce(again);
    const credit = entryOf(w, 994_202);
    expect(credit.state).toBe('done');
    const notes = salesWith(w, credit.reference);
    expect(notes).toHaveLength(1);
    expect(notes[0].original_sales_invoice_id).toBe(again.id);
    expect(notes[0].total_price_incl_tax).toMatch(/^-29\.65/);
  });
});

describe('the owner changes their mind after leaving a deletion', () => {
  it('a retry books it once, and the month per VAT rate agrees again', async () => {
    const orders = [saleOn(995_001, '2026-10-03'), saleOn(995_002, '2026-10-04')];
    const { w, check, view, leaveDeleted, retry, status, screenCounts } = await booked(orders);
    const agreed = view(OCTOBER);
    const original = invoiceOf(w, 995_001)!;
    w.moneybird.owner.deleteInvoice(original.id);
    await check(OCTOBER);
    expect((await leaveDeleted(995_001)).accepted).toBe(true);
    retry('995001');
    expect(entryOf(w, 995_001)).toMatchObject({ state: 'pending', adoption: 'look_up' });
    await w.runtime.engine.run('manual');
    const rebooked = entryOf(w, 995_001);
    expect(rebooked.state).toBe('done');
    const [again, ...more] = salesWith(w, original.reference);
    expect(more).toEqual([]);
    expect(again.id).toBe(rebooked.moneybird.invoiceId);
    expect(again.id).not.toBe(original.id);
    expect(again.total_price_incl_tax).toBe(original.total_price_incl_tax);
    expectPaidOnce(again);
    expect(w.runtime.store.vatFigures.isGone('995001')).toBe(false);
    expect(view(OCTOBER).verdict).toBe('agrees');
    expect(view(OCTOBER).total).toEqual(agreed.total);
    expect(await check(OCTOBER)).toMatchObject({ changed: 0, deleted: 0 });
    expect(status()).toEqual({ booked: 2, deleted: 0, parked: 0, waiting: 0, cancelled: 0 });
    expect(screenCounts()).toMatchObject({ booked: 2, skipped: 0, deleted_in_moneybird: 0 });
    // A second retry (a page left open) books nothing more.
    retry('995001');
    await w.runtime.engine.run('manual');
    expect(salesWith(w, original.reference)).toHaveLength(1);
  });

  it('the owner had made the invoice again by hand under the reference meanwhile: the retry takes it over, not doubled', async () => {
    const orders = [saleOn(996_001, '2026-10-03'), saleOn(996_002, '2026-10-04')];
    const { w, leaveDeleted, retry, view } = await booked(orders);
    const original = invoiceOf(w, 996_001)!;
    w.moneybird.owner.deleteInvoice(original.id);
    expect((await leaveDeleted(996_001)).accepted).toBe(true);
    // Weeks later the accountant wants the sale in the books after all and makes it by hand.
    const remade = w.moneybird.owner.addInvoice({
      kind: 'sales',
      contactId: original.contact_id,
      reference: original.reference,
      date: original.invoice_date,
      lines: [
        { description: 'Mok', price: '12.10', amount: '2', taxRate: '21% btw' },
        { description: 'Thee', price: '5.45', amount: '1', taxRate: '9% btw' },
      ],
      state: 'paid',
    });
    expect(remade.total_price_incl_tax).toBe(original.total_price_incl_tax);
    // A regular run before the owner retries: the left-out order is not touched.
    await w.runtime.engine.run('manual');
    expect(entryOf(w, 996_001).state).toBe('skipped');

    retry('996001');
    const from = w.moneybird.server.log.entries.length;
    await w.runtime.engine.run('manual');
    expect(entryOf(w, 996_001)).toMatchObject({ state: 'done', moneybird: { invoiceId: remade.id } });
    expect(salesWith(w, original.reference).map((i) => i.id)).toEqual([remade.id]);
    expect(writesIn(moneybirdRequestsSince(w, from))).toEqual([]);
    expect(view(OCTOBER).verdict).toBe('agrees');
  });
});

describe('leaving a deletion with external invoices', () => {
  it('leaves the external invoice deleted, books nothing by itself, and a retry makes it once', async () => {
    const orders = [saleOn(997_001, '2026-10-05'), saleOn(997_002, '2026-10-06', ['thee'])];
    const { w, leaveDeleted, check, view, retry, status } = await booked(orders, { style: 'external' });
    const before = entryOf(w, 997_001);
    expect(before.bookingStyle).toBe('external_invoice');
    const original = invoiceOf(w, 997_001)!;
    w.moneybird.owner.deleteInvoice(original.id);
    expect(await check(OCTOBER)).toMatchObject({ deleted: 1 });

    expect(await leaveDeleted(997_001)).toMatchObject({ accepted: true });
    expect(entryOf(w, 997_001)).toMatchObject({ state: 'skipped', reason: { code: 'deleted_by_owner' } });
    expect(status()).toMatchObject({ booked: 1, deleted: 0 });
    expect(view(OCTOBER).kinds).toMatchObject([{ kind: 'skipped', orders: 1 }]);
    await w.runtime.engine.run('manual');
    const mine = () =>
      w.moneybird.books.externalSalesInvoices().filter((i) => i.reference === before.reference);
    expect(mine()).toEqual([]);
    expect(await check(OCTOBER)).toMatchObject({ deleted: 0 });

    retry('997001');
    await w.runtime.engine.run('manual');
    const again = entryOf(w, 997_001);
    expect(again.state).toBe('done');
    expect(mine()).toHaveLength(1);
    expect(mine()[0].id).toBe(again.moneybird.invoiceId);
    expect(mine()[0].total_price_incl_tax).toBe(original.total_price_incl_tax);
    expectPaidOnce(mine()[0]);
    expect(w.moneybird.books.salesInvoices()).toEqual([]);
    expect(view(OCTOBER).verdict).toBe('agrees');
  });
});

describe('asked more than once', () => {
  it('while the invoice is still there, and then twice in a row: refused, accepted once, then refused', async () => {
    const orders = [saleOn(998_001, '2026-10-05'), saleOn(998_002, '2026-10-06')];
    const { w, leaveDeleted } = await booked(orders);
    const booked998 = entryOf(w, 998_001);
    const still = await leaveDeleted(998_001);
    expect(still.accepted).toBe(false);
    expect(still.reason?.nl).toContain('staat nog in Moneybird');
    expect(entryOf(w, 998_001)).toEqual(booked998);
    expect(w.runtime.store.vatFigures.isGone('998001')).toBe(false);

    w.moneybird.owner.deleteInvoice(booked998.moneybird.invoiceId!);
    expect((await leaveDeleted(998_001)).accepted).toBe(true);
    const left = entryOf(w, 998_001);
    const twice = await leaveDeleted(998_001);
    expect(twice.accepted).toBe(false);
    expect(twice.reason).not.toBeNull();
    expect(entryOf(w, 998_001)).toEqual(left);
    expect(logOf(w, '998001').filter((m) => m.includes('buiten je boeken'))).toHaveLength(1);
  });

  it('two windows choose “Niet opnieuw boeken” at the same moment: one is accepted, one refused', async () => {
    const orders = [saleOn(998_101, '2026-10-05'), saleOn(998_102, '2026-10-06')];
    const { w, leaveDeleted } = await booked(orders);
    w.moneybird.owner.deleteInvoice(invoiceOf(w, 998_101)!.id);
    const answers = await Promise.all([leaveDeleted(998_101), leaveDeleted(998_101)]);
    expect(answers.map((a) => a.accepted).sort()).toEqual([false, true]);
    expect(entryOf(w, 998_101)).toMatchObject({ state: 'skipped', reason: { code: 'deleted_by_owner' } });
    expect(logOf(w, '998101').filter((m) => m.includes('buiten je boeken'))).toHaveLength(1);
  });

  it('“Opnieuw boeken” and “Niet opnieuw boeken” at the same moment: exactly one wins, and the books follow it', async () => {
    const orders = [saleOn(998_201, '2026-10-05'), saleOn(998_202, '2026-10-06')];
    const { w, leaveDeleted, bookAgain, retried, status } = await booked(orders);
    const original = invoiceOf(w, 998_201)!;
    w.moneybird.owner.deleteInvoice(original.id);
    const [again, leave] = await Promise.all([bookAgain(998_201), leaveDeleted(998_201)]);
    expect([again.accepted, leave.accepted].filter(Boolean)).toHaveLength(1);
    const refusal = again.accepted ? leave : again;
    expect(refusal.reason).not.toBeNull();
    const entry = entryOf(w, 998_201);
    if (again.accepted) {
      expect(entry).toMatchObject({ state: 'pending', adoption: 'look_up' });
      expect(retried).toEqual(['998201']);
    } else {
      expect(entry).toMatchObject({ state: 'skipped', reason: { code: 'deleted_by_owner' } });
      expect(retried).toEqual([]);
    }
    await w.runtime.engine.run('manual');
    await w.runtime.engine.run('manual');
    const made = salesWith(w, original.reference);
    expect(made).toHaveLength(again.accepted ? 1 : 0);
    expect(entryOf(w, 998_201).state).toBe(again.accepted ? 'done' : 'skipped');
    expect(status()).toEqual({
      booked: again.accepted ? 2 : 1,
      deleted: 0,
      parked: 0,
      waiting: 0,
      cancelled: 0,
    });
  });
});

describe('the shop’s history imported again after leaving a deletion', () => {
  it('does not book the left-out order again on its own, and completes', async () => {
    const orders = [
      saleOn(999_001, '2026-10-05'),
      saleOn(999_002, '2026-10-06'),
      saleOn(999_003, '2026-10-07'),
    ];
    const { w, leaveDeleted, check, view, status } = await booked(orders);
    const original = invoiceOf(w, 999_002)!;
    w.moneybird.owner.deleteInvoice(original.id);
    await check(OCTOBER);
    expect((await leaveDeleted(999_002)).accepted).toBe(true);
    const octoberLeft = view(OCTOBER);

    const from = w.moneybird.server.log.entries.length;
    const report = await w.runtime.engine.run('import', { importSince: SINCE });
    expect(report.outcome).toBe('completed');
    expect(report.error ?? null).toBeNull();
    expect(entryOf(w, 999_002)).toMatchObject({ state: 'skipped', reason: { code: 'deleted_by_owner' } });
    expect(salesWith(w, original.reference)).toEqual([]);
    expect(writesIn(moneybirdRequestsSince(w, from))).toEqual([]);
    expect(report.counts.booked).toBe(0);
    expect(view(OCTOBER)).toEqual(octoberLeft);
    expect(status()).toEqual({ booked: 2, deleted: 0, parked: 0, waiting: 0, cancelled: 0 });
    // And the regular run after it neither.
    await w.runtime.engine.run('manual');
    expect(salesWith(w, original.reference)).toEqual([]);
    expect(entryOf(w, 999_002).state).toBe('skipped');
  });
});
