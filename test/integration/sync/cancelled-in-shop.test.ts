// Orders the shop calls off ("Geannuleerd") after Winkelbrug met them. A booked one is never credited
// on a guess: it is brought to the owner, once, until a credit order covers it, the shop completes it
// again, or the owner says they settled it in Moneybird. One with nothing in Moneybird is set aside:
// skipped with the reason, no longer before the owner, never booked on its own. Each test runs both
// simulators and the real core end to end.
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countsOfStore } from '../../../src/main/core/app-service/status-mapping';
import { runCli } from '../../../src/main/core/cli/cli-commands';
import { EnvSecretSource } from '../../../src/main/core/secrets/keychain';
import { CANCELLED_IN_SHOP } from '../../../src/main/core/sync/set-aside-reasons';
import { CANCELLATIONS_CURSOR, judgeCancellation } from '../../../src/main/core/sync/shop-cancellations';
import {
  bookkeepingMappingSetting,
  cancelledStatusesSetting,
} from '../../../src/main/core/sync/sync-settings';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { CANCELLED, listingsOf, logOf, markOf, settle } from './called-off-orders';
import {
  bookedIn,
  completeInShop,
  entryOf,
  invoiceOf,
  NOVEMBER,
  SINCE,
  saleOn,
  shopCredits,
  writesIn,
} from './deleted-bookings';
import { creditOf, tomorrow } from './shop-sales';
import { moneybirdRequestsSince, ownerMapping, type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();
const booked = bookedIn(worlds);

describe('a booked order the shop calls off', () => {
  it('is brought to the owner once, with its invoice and what to do, and nothing is written to Moneybird', async () => {
    const order = saleOn(995_001, '2026-11-02');
    const { w, screenCounts, detail, view } = await booked([order, saleOn(995_002, '2026-11-03')]);
    const invoice = invoiceOf(w, 995_001)!;
    const before = w.moneybird.server.log.entries.length;

    w.mww.shop.setStatus(995_001, CANCELLED);
    const report = await w.runtime.engine.run('scheduled');
    expect(report).toMatchObject({ outcome: 'completed', calledOff: ['995001'] });

    expect(writesIn(moneybirdRequestsSince(w, before))).toEqual([]);
    expect(invoice.state).toBe('paid');
    expect(markOf(w, 995_001)).toMatchObject({ orderNumber: '995001', status: 'Geannuleerd' });
    expect(markOf(w, 995_002)).toBeUndefined();
    // The dashboard and the orders screen count it among the booked ones (its invoice is in
    // Moneybird still) and tell it apart; the dashboard and the tray count it among what needs the owner.
    expect(countsOfStore(w.runtime.store)).toMatchObject({ booked: 2, cancelled: 1, parked: 0 });
    expect(screenCounts()).toMatchObject({ booked: 2, cancelled_in_shop: 1 });
    // The month per VAT rate still has it on both sides, and says the shop no longer counts it.
    expect(view(NOVEMBER).counts).toMatchObject({ orders: 2, inBooks: 2, cancelledInShop: 1 });
    const page = await detail(995_001);
    expect(page.summary.state).toBe('cancelled_in_shop');
    expect(page.cancelledInShop).toMatchObject({ status: 'Geannuleerd', credited: '0' });
    expect(page.links.invoice).not.toBeNull();
    const warned = logOf(w, 995_001).filter((l) => l.level === 'warn');
    expect(warned).toHaveLength(1);
    expect(warned[0]!.nl).toContain('"Geannuleerd"');
    expect(warned[0]!.nl).toContain(invoice.invoice_id!);
    expect(warned[0]!.nl).toMatch(/factuur 2026-\d{4}, €\s29,65\. Winkelbrug crediteert/);
    expect(warned[0]!.nl).toContain('creditorder');

    // The command line's status says it too, and that the owner has something to do.
    const env = { ...w.env, WINKELBRUG_DATA_DIR: w.dataDir };
    const cli = await runCli({ name: 'status' }, { env, secrets: new EnvSecretSource(env) });
    expect(cli.exitCode).toBe(3);
    expect((cli.json as { cancelledInShop: number }).cancelledInShop).toBe(1);
    // Counted as the screens count it: booked, of which one cancelled in the shop.
    expect(cli.lines.join('\n')).toContain('Geboekt: 2 (waarvan 1 geannuleerd in je winkel),');
    expect(cli.lines.join('\n')).toContain('1 geboekte bestelling(en) zijn daarna in je winkel geannuleerd');

    // The next run's window overlaps the last one: the same cancellation is not brought up twice.
    expect((await w.runtime.engine.run('scheduled')).calledOff).toEqual([]);
    expect(logOf(w, 995_001).filter((l) => l.level === 'warn')).toHaveLength(1);
    expect(markOf(w, 995_001)).toBeDefined();
  });

  it('goes from the owner once the shop credits it in full: the credit note is booked against the invoice', async () => {
    const order = saleOn(995_011, '2026-11-02');
    const { w, screenCounts, view } = await booked([order]);
    w.mww.shop.setStatus(995_011, CANCELLED);
    await w.runtime.engine.run('scheduled');
    expect(markOf(w, 995_011)).toBeDefined();

    shopCredits(w, creditOf(order, 995_012, ['mok', 'thee']));
    await w.runtime.engine.run('scheduled');

    expect(entryOf(w, 995_012).state).toBe('done');
    const creditNote = invoiceOf(w, 995_012)!;
    expect(creditNote.original_sales_invoice_id).toBe(invoiceOf(w, 995_011)!.id);
    expect(markOf(w, 995_011)).toBeUndefined();
    expect(screenCounts()).toMatchObject({ booked: 2, cancelled_in_shop: 0 });
    expect(view(NOVEMBER).counts.cancelledInShop).toBe(0);
    expect(logOf(w, 995_011).at(-1)!.nl).toContain('helemaal gecrediteerd');
  });

  it('stays before the owner while a credit covers only part of it, and says how much is credited', async () => {
    const order = saleOn(995_021, '2026-11-02');
    const { w, detail } = await booked([order]);
    shopCredits(w, creditOf(order, 995_022, ['thee']));
    await w.runtime.engine.run('scheduled');
    w.mww.shop.setStatus(995_021, CANCELLED);
    await w.runtime.engine.run('scheduled');

    expect(entryOf(w, 995_022).state).toBe('done');
    expect((await detail(995_021)).cancelledInShop).toMatchObject({ credited: '5.45' });
    expect(logOf(w, 995_021).find((l) => l.level === 'warn')!.nl).toMatch(
      /, €\s29,65\. Er is al €\s5,45 van gecrediteerd\. Winkelbrug/,
    );

    // The rest credited later: the mark goes.
    shopCredits(w, creditOf(order, 995_023, ['mok']));
    await w.runtime.engine.run('scheduled');
    expect(markOf(w, 995_021)).toBeUndefined();
  });

  it('a credit order parked (it credits a rate the order does not have) does not take the mark off', async () => {
    const order = saleOn(995_033, '2026-11-02');
    const { w, detail } = await booked([order]);
    w.mww.shop.setStatus(995_033, CANCELLED);
    await w.runtime.engine.run('scheduled');
    shopCredits(w, creditOf(order, 995_034, ['mok', 'thee', 'zegels']));
    await w.runtime.engine.run('scheduled');
    expect(entryOf(w, 995_034)).toMatchObject({
      state: 'parked',
      reason: { code: 'credit_rate_not_in_original' },
    });
    expect(markOf(w, 995_033)).toBeDefined();
    expect((await detail(995_033)).cancelledInShop).toMatchObject({ credited: '0' });
    expect(logOf(w, 995_033).some((l) => l.nl.includes('helemaal gecrediteerd'))).toBe(false);
  });

  it('called off with a credit order still on its way: told only once that credit note does not land', async () => {
    const order = saleOn(995_035, '2026-11-02');
    const { w } = await booked([order]);
    // The credit note cannot be made for now: the credit order waits for a retry.
    w.moneybird.server.faults.add({
      method: 'PATCH',
      path: /duplicate_creditinvoice/,
      fault: { kind: 'status', status: 503 },
      times: Infinity,
    });
    shopCredits(w, creditOf(order, 995_036, ['mok', 'thee']));
    w.mww.shop.setStatus(995_035, CANCELLED);
    const first = await w.runtime.engine.run('scheduled');
    expect(entryOf(w, 995_036).state).toBe('waiting_transient');
    expect(first.calledOff).toEqual([]);
    expect(markOf(w, 995_035)).toBeUndefined();
    expect(logOf(w, 995_035).filter((l) => l.level === 'warn')).toEqual([]);

    // The owner skips the credit order: nothing will credit the sale, so now they are told.
    w.runtime.engine.skip('995036');
    const second = await w.runtime.engine.run('scheduled');
    expect(second.calledOff).toEqual(['995035']);
    expect(markOf(w, 995_035)).toMatchObject({ status: 'Geannuleerd' });
    expect(logOf(w, 995_035).filter((l) => l.level === 'warn')).toHaveLength(1);
    await w.runtime.engine.run('scheduled');
    expect(logOf(w, 995_035).filter((l) => l.level === 'warn')).toHaveLength(1);
  });

  it('fully credited before the shop calls it off, it is not brought up at all', async () => {
    const order = saleOn(995_031, '2026-11-02');
    const { w } = await booked([order]);
    shopCredits(w, creditOf(order, 995_032, ['mok', 'thee']));
    w.mww.shop.setStatus(995_031, CANCELLED);
    await w.runtime.engine.run('scheduled');
    expect(entryOf(w, 995_032).state).toBe('done');
    expect(markOf(w, 995_031)).toBeUndefined();
    expect(logOf(w, 995_031).filter((l) => l.level === 'warn')).toEqual([]);
  });

  it('settled by the owner, it is not brought up again; called off anew later, it is', async () => {
    const { w } = await booked([saleOn(995_041, '2026-11-02')]);
    w.mww.shop.setStatus(995_041, CANCELLED);
    await w.runtime.engine.run('scheduled');

    expect(await settle(w, 995_041)).toEqual({ accepted: true, runId: null, reason: null });
    expect(markOf(w, 995_041)).toBeUndefined();
    expect(countsOfStore(w.runtime.store)).toMatchObject({ booked: 1, cancelled: 0 });
    expect(logOf(w, 995_041).at(-1)!.nl).toContain('zelf in Moneybird hebt geregeld');
    // Asked twice (two windows, a double click): the second says there is nothing to settle.
    const again = await settle(w, 995_041);
    expect(again.accepted).toBe(false);
    expect(again.reason!.nl).toContain('Vernieuw het overzicht');

    await w.runtime.engine.run('scheduled');
    expect(markOf(w, 995_041)).toBeUndefined();

    // The shop completes it again, and calls it off again a minute later: a new cancellation.
    w.mww.shop.setStatus(995_041, 3, new Date(Date.now() + 30_000));
    w.mww.shop.setStatus(995_041, CANCELLED, new Date(Date.now() + 60_000));
    await w.runtime.engine.run('scheduled');
    expect(markOf(w, 995_041)).toBeDefined();
    expect(logOf(w, 995_041).filter((l) => l.level === 'warn')).toHaveLength(2);
  });

  it('completed again in the shop, the mark goes by itself and nothing is booked twice', async () => {
    const { w } = await booked([saleOn(995_051, '2026-11-02')]);
    const invoices = w.moneybird.books.salesInvoices().length;
    w.mww.shop.setStatus(995_051, CANCELLED);
    await w.runtime.engine.run('scheduled');
    expect(markOf(w, 995_051)).toBeDefined();

    w.mww.shop.setStatus(995_051, 2, new Date(Date.now() + 30_000));
    await w.runtime.engine.run('scheduled');
    expect(markOf(w, 995_051)).toBeUndefined();
    expect(logOf(w, 995_051).at(-1)!.nl).toContain('weer op een afgeronde status');
    expect(w.moneybird.books.salesInvoices()).toHaveLength(invoices);
    expect(entryOf(w, 995_051).state).toBe('done');
  });
});

describe('a booked order called off whose invoice is deleted in Moneybird', () => {
  it('has nothing left to credit: the deletion is what the owner decides about, either way round', async () => {
    const { w, check, detail, screenCounts } = await booked([
      saleOn(995_131, '2026-11-02'),
      saleOn(995_132, '2026-11-03'),
    ]);
    // Deleted first, then called off: never marked.
    w.moneybird.owner.deleteInvoice(invoiceOf(w, 995_131)!.id);
    expect(await check(NOVEMBER)).toMatchObject({ deleted: 1 });
    w.mww.shop.setStatus(995_131, CANCELLED);
    await w.runtime.engine.run('scheduled');
    expect(markOf(w, 995_131)).toBeUndefined();
    const page = await detail(995_131);
    expect(page.summary.state).toBe('deleted_in_moneybird');
    expect(page.cancelledInShop).toBeNull();

    // Called off first, then deleted: the mark goes with the next run.
    w.mww.shop.setStatus(995_132, CANCELLED);
    await w.runtime.engine.run('scheduled');
    expect(markOf(w, 995_132)).toBeDefined();
    w.moneybird.owner.deleteInvoice(invoiceOf(w, 995_132)!.id);
    await check(NOVEMBER);
    expect((await detail(995_132)).cancelledInShop).toBeNull();
    await w.runtime.engine.run('scheduled');
    expect(markOf(w, 995_132)).toBeUndefined();
    expect(screenCounts()).toMatchObject({ deleted_in_moneybird: 2, cancelled_in_shop: 0 });
    expect(logOf(w, 995_132).some((l) => l.nl.includes('helemaal gecrediteerd'))).toBe(false);
  });

  it('"Opnieuw boeken" of a deleted booking the shop called off books nothing: it is set aside', async () => {
    const { w, check, bookAgain } = await booked([saleOn(995_141, '2026-11-02')]);
    const invoices = w.moneybird.books.salesInvoices().length;
    w.mww.shop.setStatus(995_141, CANCELLED);
    await w.runtime.engine.run('scheduled');
    w.moneybird.owner.deleteInvoice(invoiceOf(w, 995_141)!.id);
    await check(NOVEMBER);
    const before = w.moneybird.server.log.entries.length;

    expect((await bookAgain(995_141)).accepted).toBe(true);
    await w.runtime.engine.run('manual');
    expect(entryOf(w, 995_141)).toMatchObject({ state: 'skipped', reason: { code: CANCELLED_IN_SHOP } });
    expect(writesIn(moneybirdRequestsSince(w, before))).toEqual([]);
    expect(w.moneybird.books.salesInvoices()).toHaveLength(invoices - 1);
  });
});

describe('an order the shop calls off before it is booked', () => {
  it('parked over an unmapped rate: set aside with the reason, out of what needs the owner, never booked on its own', async () => {
    const order = saleOn(995_061, '2026-11-02', ['mok', 'zegels']);
    const w = await worlds.start({ orders: [order], omit: ['taxRates.domestic.0'] });
    await w.runtime.engine.run('import', { importSince: SINCE });
    expect(entryOf(w, 995_061).state).toBe('parked');

    w.mww.shop.setStatus(995_061, CANCELLED);
    await w.runtime.engine.run('scheduled');
    const entry = entryOf(w, 995_061);
    expect(entry.state).toBe('skipped');
    expect(entry.reason).toMatchObject({ code: CANCELLED_IN_SHOP });
    expect(entry.reason!.message.nl).toContain('"Geannuleerd"');
    expect(countsOfStore(w.runtime.store)).toMatchObject({ parked: 0, cancelled: 0 });
    expect(markOf(w, 995_061)).toBeUndefined();
    await w.runtime.engine.run('scheduled');
    expect(entryOf(w, 995_061).state).toBe('skipped');
    expect(w.moneybird.books.salesInvoices()).toEqual([]);
  });

  it('retried while still called off, it stays aside; put back in the shop, a retry books it', async () => {
    const order = saleOn(995_063, '2026-11-02', ['mok', 'zegels']);
    const w = await worlds.start({ orders: [order], omit: ['taxRates.domestic.0'] });
    await w.runtime.engine.run('import', { importSince: SINCE });
    w.mww.shop.setStatus(995_063, CANCELLED);
    await w.runtime.engine.run('scheduled');
    expect(entryOf(w, 995_063).state).toBe('skipped');
    // Hours later (the looks' windows have moved past the cancellation) the owner maps the 0 % rate
    // and retries, the order still "Geannuleerd" in the shop: the booking itself sets it aside.
    w.clock.now = Date.now() + 3 * 60 * 60 * 1000;
    await w.runtime.engine.run('scheduled');
    w.runtime.store.settings.set(bookkeepingMappingSetting, await ownerMapping(w.moneybird, 'sales'));
    w.runtime.engine.retry('995063');
    const retried = await w.runtime.engine.run('manual');
    expect(retried.orders).toMatchObject([
      { orderNumber: '995063', outcome: 'skipped', reasonCode: CANCELLED_IN_SHOP },
    ]);
    expect(w.moneybird.books.salesInvoices()).toEqual([]);

    // Put back in the shop, as the reason says: the retry books it.
    w.mww.shop.setStatus(995_063, 3);
    w.runtime.engine.retry('995063');
    await w.runtime.engine.run('manual');
    expect(entryOf(w, 995_063).state).toBe('done');
    expect(w.moneybird.books.salesInvoices()).toHaveLength(1);
  });

  it('not paid yet: set aside, and the shop is no longer asked for it run after run', async () => {
    const order: MwwOrder = { ...saleOn(995_071, '2026-11-02'), payment_status: 'pending' };
    const w = await worlds.start({ orders: [order] });
    await w.runtime.engine.run('import', { importSince: SINCE });
    await w.runtime.engine.run('scheduled');
    expect(entryOf(w, 995_071).state).toBe('discovered');

    w.mww.shop.setStatus(995_071, CANCELLED);
    await w.runtime.engine.run('scheduled');
    expect(entryOf(w, 995_071)).toMatchObject({ state: 'skipped', reason: { code: CANCELLED_IN_SHOP } });
    const read = () => w.mww.server.log.entries.filter((e) => e.path === '/v1/orders/995071').length;
    const reads = read();
    await w.runtime.engine.run('scheduled');
    await w.runtime.engine.run('scheduled');
    expect(read()).toBe(reads);
  });

  it('a credit order in a called-off status is left alone', async () => {
    const order = saleOn(995_081, '2026-11-02');
    const { w } = await booked([order]);
    shopCredits(w, creditOf(order, 995_082, ['thee']));
    await w.runtime.engine.run('scheduled');
    w.mww.shop.setStatus(995_082, CANCELLED);
    await w.runtime.engine.run('scheduled');
    expect(entryOf(w, 995_082).state).toBe('done');
    expect(markOf(w, 995_082)).toBeUndefined();
    expect(markOf(w, 995_081)).toBeUndefined();
  });
});

describe('on a new computer, an order the journal cannot vouch for', () => {
  /** The data folder is lost; the new one maps no 0 % rate yet, so orders with stamps park first. */
  async function newComputer(w: SyncWorld) {
    await w.whileClosed((dir) => rmSync(dir, { recursive: true, force: true }));
    const mapping = w.runtime.store.settings.get(bookkeepingMappingSetting) as {
      taxRates: { domestic: Record<string, string> };
    };
    w.runtime.store.settings.set(bookkeepingMappingSetting, { ...mapping, taxRates: { domestic: {} } });
    await w.runtime.engine.run('import', { importSince: SINCE });
    return () => w.runtime.store.settings.set(bookkeepingMappingSetting, mapping as never);
  }

  it('called off while parked, is looked up first: never booked, it is set aside; booked before, it is adopted when retried and brought up', async () => {
    const { w } = await booked([saleOn(995_151, '2026-11-02', ['mok', 'zegels'])]);
    const bookedBefore = invoiceOf(w, 995_151)!;
    // A second order of the same kind the old computer never booked (it came in after).
    w.mww.shop.addOrder({ ...saleOn(995_152, '2026-11-03', ['mok', 'zegels']), status: 3 });
    const mapZeroRate = await newComputer(w);
    for (const n of [995_151, 995_152]) {
      expect(entryOf(w, n)).toMatchObject({ state: 'parked', adoption: 'look_up' });
    }

    w.mww.shop.setStatus(995_151, CANCELLED);
    w.mww.shop.setStatus(995_152, CANCELLED);
    const looked = w.moneybird.server.log.entries.length;
    await w.runtime.engine.run('scheduled');
    // Looked up first (reading only): the one Moneybird holds nothing of is set aside; the one it
    // holds stays parked, not set aside on a guess, until its booking can be taken over.
    expect(writesIn(moneybirdRequestsSince(w, looked))).toEqual([]);
    expect(entryOf(w, 995_152)).toMatchObject({ state: 'skipped', reason: { code: CANCELLED_IN_SHOP } });
    expect(entryOf(w, 995_151).state).toBe('parked');

    mapZeroRate();
    w.runtime.engine.retry('995151');
    const before = w.moneybird.server.log.entries.length;
    const retried = await w.runtime.engine.run('manual');
    expect(writesIn(moneybirdRequestsSince(w, before))).toEqual([]);
    expect(entryOf(w, 995_151)).toMatchObject({ state: 'done', adoption: 'adopted' });
    expect(entryOf(w, 995_151).moneybird.invoiceId).toBe(bookedBefore.id);
    expect(markOf(w, 995_151)).toBeDefined();
    expect(retried.calledOff).toEqual(['995151']);
    expect(w.moneybird.books.salesInvoices()).toHaveLength(1);
  });
});

describe('a called-off order whose booking is found in the other style', () => {
  it('on a new computer set up for external invoices: the sales invoice is taken over, nothing written, and brought up', async () => {
    const { w } = await booked([saleOn(995_191, '2026-11-02', ['mok', 'zegels'])]);
    const bookedBefore = invoiceOf(w, 995_191)!;
    await w.whileClosed((dir) => rmSync(dir, { recursive: true, force: true }));
    const mapping = w.runtime.store.settings.get(bookkeepingMappingSetting) as Record<string, unknown>;
    // The new computer books external invoices and lacks the 0 % rate: the order parks, to be looked up.
    w.runtime.store.settings.set(bookkeepingMappingSetting, {
      ...mapping,
      bookingStyle: 'external',
      taxRates: { domestic: {} },
    } as never);
    await w.runtime.engine.run('import', { importSince: SINCE });
    expect(entryOf(w, 995_191)).toMatchObject({
      state: 'parked',
      adoption: 'look_up',
      bookingStyle: 'external_invoice',
    });

    w.mww.shop.setStatus(995_191, CANCELLED);
    await w.runtime.engine.run('scheduled');
    // Moneybird holds its booking (in the other style): not set aside on a guess.
    expect(entryOf(w, 995_191).state).toBe('parked');
    w.runtime.store.settings.set(bookkeepingMappingSetting, {
      ...mapping,
      bookingStyle: 'external',
    } as never);
    // Retried a day later: the run's look at called-off orders no longer sees this cancellation.
    w.clock.now = Math.max(w.clock.now, Date.now()) + 24 * 60 * 60 * 1000;
    w.runtime.engine.retry('995191');
    const before = w.moneybird.server.log.entries.length;
    const retried = await w.runtime.engine.run('manual');

    expect(writesIn(moneybirdRequestsSince(w, before))).toEqual([]);
    expect(entryOf(w, 995_191)).toMatchObject({
      state: 'done',
      adoption: 'adopted',
      bookingStyle: 'sales_invoice',
    });
    expect(entryOf(w, 995_191).moneybird.invoiceId).toBe(bookedBefore.id);
    // Taken over in the other style, it is brought to the owner like any booked order called off.
    expect(markOf(w, 995_191)).toBeDefined();
    expect(retried.calledOff).toEqual(['995191']);
  });
});

describe('an order called off after its invoice create went unheard', () => {
  // Dated before the journal knew the shop, an order is looked up before its booking (adoption);
  // dated after, the journal vouches for it and the resumed create looks for its draft itself.
  it.each([
    ['looked up first', () => '2026-11-03'],
    ['vouched for by the journal', tomorrow],
  ])(
    '%s: finds the draft that create left, never sends or pays it, and tells the owner to delete it',
    async (_, dated) => {
      const { w } = await booked([saleOn(995_161, '2026-11-02')]);
      // The create lands only after the app gave up on it and its immediate look-up missed it: the
      // order waits with the create announced, its draft unknown to the journal.
      w.moneybird.server.faults.add({
        method: 'POST',
        path: /\/sales_invoices(\.json)?$/,
        fault: { kind: 'late-commit', afterRequests: 2 },
      });
      completeInShop(w, saleOn(995_162, dated()));
      await w.runtime.engine.run('scheduled');
      expect(entryOf(w, 995_162)).toMatchObject({ state: 'waiting_transient', writeIntent: 'invoice' });
      expect(entryOf(w, 995_162).moneybird.invoiceId).toBeNull();
      await w.moneybird.server.flushLateCommits();
      const draft = w.moneybird.books
        .salesInvoices()
        .find((i) => i.reference === entryOf(w, 995_162).reference);
      expect(draft?.state).toBe('draft');

      // The shop calls it off before the retry.
      w.mww.shop.setStatus(995_162, CANCELLED);
      // The retry's time has come, well within the hour after which a run vouches for nothing.
      w.clock.now = Math.max(w.clock.now, Date.now()) + 10 * 60 * 1000;
      const before = w.moneybird.server.log.entries.length;
      await w.runtime.engine.run('scheduled');

      // Nothing written: the draft is neither sent nor paid, and no second invoice is made.
      expect(writesIn(moneybirdRequestsSince(w, before))).toEqual([]);
      const invoices = w.moneybird.books.salesInvoices().filter((i) => i.reference === draft!.reference);
      expect(invoices.map((i) => i.state)).toEqual(['draft']);
      // Set aside with the draft named, for the owner to delete.
      const entry = entryOf(w, 995_162);
      expect(entry).toMatchObject({ state: 'skipped', reason: { code: CANCELLED_IN_SHOP } });
      expect(entry.moneybird.invoiceId).toBe(draft!.id);
      expect(entry.reason?.message.nl).toContain(`concept van de factuur met referentie ${draft!.reference}`);
    },
  );

  it('its send failed, then the shop calls it off: Moneybird is read, and the draft is left unsent', async () => {
    const { w } = await booked([saleOn(995_181, '2026-11-02')]);
    // Every send of this run is refused: the order waits at its totals, the send announced.
    w.moneybird.server.faults.add({
      method: 'PATCH',
      path: /send_invoice/,
      fault: { kind: 'status', status: 503 },
      times: Number.POSITIVE_INFINITY,
    });
    completeInShop(w, saleOn(995_182, tomorrow()));
    await w.runtime.engine.run('scheduled');
    expect(entryOf(w, 995_182)).toMatchObject({ state: 'waiting_transient', writeIntent: 'send' });
    w.moneybird.server.faults.clear();

    w.mww.shop.setStatus(995_182, CANCELLED);
    w.clock.now = Math.max(w.clock.now, Date.now()) + 10 * 60 * 1000;
    const before = w.moneybird.server.log.entries.length;
    await w.runtime.engine.run('scheduled');

    // Read, not sent or paid: the draft is named for the owner to delete.
    expect(writesIn(moneybirdRequestsSince(w, before))).toEqual([]);
    const entry = entryOf(w, 995_182);
    expect(entry).toMatchObject({ state: 'skipped', reason: { code: CANCELLED_IN_SHOP } });
    expect(entry.reason?.message.nl).toContain('concept van de factuur');
    const invoices = w.moneybird.books.salesInvoices().filter((i) => i.reference === entry.reference);
    expect(invoices.map((i) => i.state)).toEqual(['draft']);
  });

  it('with nothing in Moneybird and the bulk look-up failed, its own look-up sets it aside: never created', async () => {
    const { w } = await booked([saleOn(995_171, '2026-11-02')]);
    // The create is lost before Moneybird applies it: the order waits with the create announced.
    w.moneybird.server.faults.add({
      method: 'POST',
      path: /\/sales_invoices(\.json)?$/,
      fault: { kind: 'reset' },
    });
    completeInShop(w, saleOn(995_172, tomorrow()));
    await w.runtime.engine.run('scheduled');
    expect(entryOf(w, 995_172)).toMatchObject({ state: 'waiting_transient', writeIntent: 'invoice' });

    w.mww.shop.setStatus(995_172, CANCELLED);
    w.clock.now = Math.max(w.clock.now, Date.now()) + 10 * 60 * 1000;
    // The run's bulk look-up cannot vouch that nothing is there: its look in the owner's other
    // administration is refused (not retried).
    const elsewhere = new RegExp(`^(?!.*${w.moneybird.administrationId}).*/sales_invoices/synchronization`);
    w.moneybird.server.faults.add({
      method: 'GET',
      path: elsewhere,
      fault: { kind: 'status', status: 400, body: { error: 'Bad request' } },
    });
    const before = w.moneybird.server.log.entries.length;
    await w.runtime.engine.run('scheduled');

    const requests = moneybirdRequestsSince(w, before);
    expect(writesIn(requests)).toEqual([]);
    // Its own look-up by reference, once: none before the booking and another in the create step.
    expect(requests.filter((r) => r.path.includes('find_by_reference'))).toHaveLength(1);
    expect(entryOf(w, 995_172)).toMatchObject({ state: 'skipped', reason: { code: CANCELLED_IN_SHOP } });
    expect(entryOf(w, 995_172).moneybird.invoiceId).toBeNull();
    expect(
      w.moneybird.books.salesInvoices().filter((i) => i.reference === entryOf(w, 995_172).reference),
    ).toEqual([]);
  });
});

describe('which statuses are watched, and what it costs', () => {
  it('an install from before the watch reads the shop’s statuses once and looks back to the start date once', async () => {
    const old = saleOn(995_091, '2026-11-02');
    const { w } = await booked([old]);
    // As an install from before this version left its folder: no statuses stored, no look yet, and
    // the order called off long before the last run's window.
    w.mww.shop.setStatus(995_091, CANCELLED, new Date('2026-11-05T10:00:00Z'));
    w.runtime.store.settings.set(cancelledStatusesSetting, null);
    w.runtime.store.cursors.remove(CANCELLATIONS_CURSOR);
    const statusReads = () => w.mww.server.log.entries.filter((e) => e.path === '/v1/orderstatuses').length;
    const reads = statusReads();

    await w.runtime.engine.run('scheduled');
    expect(markOf(w, 995_091)).toBeDefined();
    expect(w.runtime.store.settings.get(cancelledStatusesSetting)).toEqual([{ id: 7, name: 'Geannuleerd' }]);
    expect(statusReads()).toBe(reads + 1);

    await w.runtime.engine.run('scheduled');
    expect(statusReads()).toBe(reads + 1);
    expect(logOf(w, 995_091).filter((l) => l.level === 'warn')).toHaveLength(1);
  });

  it('a regular run costs one listing per called-off status; a status the owner books from is not watched', async () => {
    const { w } = await booked([saleOn(995_101, '2026-11-02')]);
    const listings = listingsOf(w, CANCELLED).length;
    await w.runtime.engine.run('scheduled');
    expect(listingsOf(w, CANCELLED).length).toBe(listings + 1);

    // A shop whose only called-off status the owner chose to book from: nothing to watch.
    w.runtime.store.settings.set(cancelledStatusesSetting, [{ id: 3, name: 'Betaald' }]);
    const calls = w.mww.server.log.entries.length;
    await w.runtime.engine.run('scheduled');
    expect(listingsOf(w, 3).length).toBeGreaterThan(0);
    const after = w.mww.server.log.entries.slice(calls).filter((e) => e.path === '/v1/orders');
    expect(after.map((e) => e.query.status_id).sort()).toEqual(['10', '2', '3', '6']);
  });

  it('a look that fails does not stop the booking, is told once, and the next look makes up for the time missed', async () => {
    const { w } = await booked([saleOn(995_121, '2026-11-02')]);
    // The shop refuses its list of statuses (read once, here for a folder from before the look).
    w.runtime.store.settings.set(cancelledStatusesSetting, null);
    w.mww.server.faults.add({
      path: '/v1/orderstatuses',
      fault: { kind: 'status', status: 403 },
      times: Infinity,
    });
    w.mww.shop.setStatus(995_121, CANCELLED);
    completeInShop(w, saleOn(995_122, '2026-11-04'));

    expect((await w.runtime.engine.run('scheduled')).outcome).toBe('completed');
    expect(entryOf(w, 995_122).state).toBe('done');
    expect(markOf(w, 995_121)).toBeUndefined();
    // Three hours on (past the overlap of the orders' own window), still refused: told once only.
    w.clock.now = Date.now() + 3 * 60 * 60 * 1000;
    expect((await w.runtime.engine.run('scheduled')).outcome).toBe('completed');
    const told = () =>
      w.runtime.store.log
        .recent({ limit: 500 })
        .filter((l) => l.message.nl.startsWith('Winkelbrug kon in je winkel niet nagaan'));
    expect(told()).toHaveLength(1);
    expect(told()[0]!.level).toBe('warn');

    // The shop answers again: the look goes back to where the last one that finished began.
    w.mww.server.faults.clear();
    await w.runtime.engine.run('scheduled');
    expect(markOf(w, 995_121)).toBeDefined();
    expect(told()).toHaveLength(1);
  });

  it('a history import does not look (the regular runs do)', async () => {
    const order = saleOn(995_111, '2026-11-02');
    const w = await worlds.start({ orders: [{ ...order, status: 1 }] });
    completeInShop(w, order);
    const listings = listingsOf(w, CANCELLED).length;
    await w.runtime.engine.run('import', { importSince: SINCE });
    expect(listingsOf(w, CANCELLED).length).toBe(listings);
  });
});

describe('the verdict on a called-off order', () => {
  const entry = (patch: Partial<Parameters<typeof judgeCancellation>[0] & object> = {}) => ({
    state: 'done' as const,
    progress: 'done' as const,
    creditedOrderNumber: null,
    shopTotal: 29_650_000n,
    moneybird: { contactId: '1', invoiceId: '2', paymentId: '3' },
    writeIntent: null,
    adoption: null,
    bookingStyle: 'sales_invoice' as const,
    ...patch,
  });
  const sale_ = {} as { creditedOrderNumber?: string };

  it.each([
    ['unknown to the journal', undefined, sale_, 0n, 'not_ours'],
    ['a credit order', entry(), { creditedOrderNumber: '1' }, 0n, 'not_ours'],
    ['skipped already', entry({ state: 'skipped' }), sale_, 0n, 'not_ours'],
    ['booked, nothing credited', entry(), sale_, 0n, 'bring_up'],
    ['booked, part credited', entry(), sale_, 5_450_000n, 'bring_up'],
    ['booked, credited in full', entry(), sale_, 29_650_000n, 'covered'],
    ['booked at zero', entry({ shopTotal: 0n }), sale_, 0n, 'covered'],
    [
      'parked before any invoice',
      entry({
        state: 'parked',
        progress: 'pending',
        moneybird: { contactId: null, invoiceId: null, paymentId: null },
      }),
      sale_,
      0n,
      'set_aside',
    ],
    [
      'waiting after its contact was made',
      entry({
        state: 'waiting_transient',
        progress: 'contact_ok',
        moneybird: { contactId: '1', invoiceId: null, paymentId: null },
      }),
      sale_,
      0n,
      'set_aside',
    ],
    [
      'an invoice write not confirmed',
      entry({
        state: 'waiting_transient',
        progress: 'contact_ok',
        writeIntent: 'invoice',
        moneybird: { contactId: '1', invoiceId: null, paymentId: null },
      }),
      sale_,
      0n,
      'look_up_first',
    ],
    [
      'parked over a draft invoice, never sent',
      entry({
        state: 'parked',
        progress: 'invoice_created',
        moneybird: { contactId: '1', invoiceId: '2', paymentId: null },
      }),
      sale_,
      0n,
      'draft_left',
    ],
    [
      'its send not confirmed',
      entry({
        state: 'waiting_transient',
        progress: 'totals_ok',
        writeIntent: 'send',
        moneybird: { contactId: '1', invoiceId: '2', paymentId: null },
      }),
      sale_,
      0n,
      'finish_first',
    ],
    [
      'sent, its payment waiting for a retry',
      entry({
        state: 'waiting_transient',
        progress: 'sent',
        writeIntent: 'payment',
        moneybird: { contactId: '1', invoiceId: '2', paymentId: null },
      }),
      sale_,
      0n,
      'finish_first',
    ],
    [
      'an external invoice made, its payment waiting',
      entry({
        state: 'waiting_transient',
        progress: 'invoice_created',
        bookingStyle: 'external_invoice',
        writeIntent: 'payment',
        moneybird: { contactId: '1', invoiceId: '2', paymentId: null },
      }),
      sale_,
      0n,
      'finish_first',
    ],
  ] as const)('%s: %s', (_name, judged, order, credited, verdict) => {
    expect(judgeCancellation(judged, order, credited)).toBe(verdict);
  });

  it('not vouched for by the journal (a new computer, a backup): looked up first, set aside once none is found', () => {
    const unvouched = entry({
      state: 'parked',
      progress: 'pending',
      adoption: 'look_up',
      moneybird: { contactId: null, invoiceId: null, paymentId: null },
    });
    expect(judgeCancellation(unvouched, sale_, 0n)).toBe('look_up_first');
    expect(judgeCancellation(unvouched, sale_, 0n, false, true)).toBe('set_aside');
    // Adopted, it is booked like any other.
    expect(judgeCancellation(entry({ adoption: 'adopted' }), sale_, 0n)).toBe('bring_up');
  });

  it('booked, its invoice found deleted in Moneybird: out of the books, nothing to credit', () => {
    expect(judgeCancellation(entry(), sale_, 0n, true)).toBe('out_of_the_books');
    // Before its invoice write nothing is in the books either way: set aside.
    const early = entry({
      state: 'parked',
      progress: 'pending',
      moneybird: { contactId: null, invoiceId: null, paymentId: null },
    });
    expect(judgeCancellation(early, sale_, 0n, true)).toBe('set_aside');
  });
});
