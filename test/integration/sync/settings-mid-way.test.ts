// The owner changes a setting while orders are on their way: the booking style, the reference prefix,
// the mapping, the completed statuses. Whatever they change, an order already partly in Moneybird is
// finished (or parked with a reason) the way it was begun, never booked a second time, and the
// journal keeps finding what it booked.
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PrefixFixedError,
  readSettings,
  referencePrefixFixed,
  writeSettings,
} from '../../../src/main/core/setup/owner-settings';
import {
  bookkeepingMappingSetting,
  completedStatusesSetting,
} from '../../../src/main/core/sync/sync-settings';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { completeInShop } from './deleted-bookings';
import { creditOf, sale } from './shop-sales';
import { moneybirdRequestsSince, type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();

const SINCE = '2024-01-01';
const UNAVAILABLE = { kind: 'status', status: 503, body: { error: 'Service unavailable' } } as const;

/** The shop's credit order (status Credited, processed now). */
function shopCredits(w: SyncWorld, credit: MwwOrder): void {
  w.mww.shop.addOrder({ ...credit, status: 1 });
  w.mww.shop.setStatus(credit.number, 10);
}

function changeMapping(w: SyncWorld, change: (mapping: Record<string, unknown>) => Record<string, unknown>) {
  const { store } = w.runtime;
  store.settings.set(bookkeepingMappingSetting, change(store.settings.get(bookkeepingMappingSetting)));
}

const journal = (w: SyncWorld, orderNumber: number | string) =>
  w.runtime.store.journal.get(String(orderNumber))!;

/** Every invoice, of either kind, that carries this order number in its reference. */
function invoicesOf(w: SyncWorld, orderNumber: number | string) {
  const mine = (i: { reference?: string | null }) => String(i.reference ?? '').endsWith(`-${orderNumber}`);
  return {
    sales: w.moneybird.books.salesInvoices().filter(mine),
    external: w.moneybird.books.externalSalesInvoices().filter(mine),
  };
}

async function retryAll(w: SyncWorld, ...orderNumbers: Array<number | string>) {
  for (const n of orderNumbers) w.runtime.engine.retry(String(n));
  return w.runtime.engine.run('manual');
}

/** The invoices created among these requests, by the reference they were created with. */
const creates = (requests: Array<{ method: string; path: string; body?: unknown }>) =>
  requests
    .filter((r) => r.method === 'POST' && /\/(sales_invoices|external_sales_invoices)(\.json)?$/.test(r.path))
    .map((r) => {
      const body = r.body as Record<string, { reference?: string }> | undefined;
      return body?.sales_invoice?.reference ?? body?.external_sales_invoice?.reference ?? r.path;
    });

describe('the booking style switched while orders are on their way', () => {
  it('finishes an order whose sales invoice was made as a sales invoice, books one not yet written in the new style', async () => {
    const world = await worlds.startKnown({ style: 'sales' });
    const begun = sale(940_001, 'stijl-begonnen@example.nl');
    const notYet = sale(940_002, 'stijl-nog-niet@example.nl');
    // The first order's invoice is made, its send refused for now: it waits at invoice_created.
    world.moneybird.server.faults.add({ path: /\/send_invoice(\.json)?$/, fault: UNAVAILABLE, times: 10 });
    completeInShop(world, begun);
    await world.runtime.engine.run('manual');
    world.moneybird.server.faults.clear();
    // The send is announced at totals_ok: the invoice is made and checked, not yet sent.
    expect(journal(world, begun.number)).toMatchObject({ state: 'waiting_transient', progress: 'totals_ok' });
    const draftId = journal(world, begun.number).moneybird.invoiceId!;
    // The second order waits before any write (its contact could not be made).
    world.moneybird.server.faults.add({
      method: 'POST',
      path: /\/contacts(\.json)?$/,
      fault: UNAVAILABLE,
      times: 10,
    });
    completeInShop(world, notYet);
    await world.runtime.engine.run('manual');
    world.moneybird.server.faults.clear();
    expect(journal(world, notYet.number)).toMatchObject({ state: 'waiting_transient', progress: 'pending' });

    // The owner switches to external invoices (Settings → Boekhouding) and chooses Retry on both.
    changeMapping(world, (m) => ({ ...m, bookingStyle: 'external' }));
    const from = world.moneybird.server.log.entries.length;
    await retryAll(world, begun.number, notYet.number);

    // The begun order: its sales invoice is finished (sent and paid), no external invoice beside it;
    // or it is parked with a reason the owner can act on. Never in both styles.
    const begunInvoices = invoicesOf(world, begun.number);
    const begunEntry = journal(world, begun.number);
    expect(begunInvoices.external, JSON.stringify(begunEntry.reason)).toEqual([]);
    expect(begunInvoices.sales.map((i) => i.id)).toEqual([draftId]);
    if (begunEntry.state === 'parked') {
      // Parked, then over the style, never as if the invoice were gone (it is there, numbered).
      expect(begunEntry.reason?.code).not.toMatch(/not-found|invoice_gone/);
      expect(begunEntry.reason?.message.nl).toMatch(/stijl|soort|verkoopfactu|externe/i);
    } else {
      expect(begunEntry.state, JSON.stringify(begunEntry.reason)).toBe('done');
      expect(begunEntry.bookingStyle).toBe('sales_invoice');
      expect(begunInvoices.sales[0]!.state).toBe('paid');
    }

    // The order with nothing in Moneybird yet: one booking, in the style the owner chose now.
    const notYetInvoices = invoicesOf(world, notYet.number);
    const notYetEntry = journal(world, notYet.number);
    expect(notYetEntry.state, JSON.stringify(notYetEntry.reason)).toBe('done');
    expect(notYetInvoices.sales).toEqual([]);
    expect(notYetInvoices.external).toHaveLength(1);
    expect(notYetInvoices.external[0]!.state).toBe('paid');
    expect(notYetEntry.bookingStyle).toBe('external_invoice');
    expect(creates(moneybirdRequestsSince(world, from))).toHaveLength(1);
  });

  it('books an order admitted under one style and planned under another in one run consistently', async () => {
    const world = await worlds.startKnown({ style: 'sales' });
    const order = sale(940_011, 'stijl-tijdens-run@example.nl');
    completeInShop(world, order);
    // The owner saves the other style while the run reads the shop (after it took the mapping).
    const { mijnwebwinkel } = world.runtime;
    const list = mijnwebwinkel.listOrdersPage.bind(mijnwebwinkel);
    let switched = false;
    mijnwebwinkel.listOrdersPage = (async (...args: Parameters<typeof list>) => {
      const page = await list(...args);
      if (!switched) {
        switched = true;
        changeMapping(world, (m) => ({ ...m, bookingStyle: 'external' }));
      }
      return page;
    }) as typeof list;
    await world.runtime.engine.run('manual');

    const entry = journal(world, order.number);
    const invoices = invoicesOf(world, order.number);
    // One booking, and the journal says which kind it is.
    expect(
      invoices.sales.length + invoices.external.length,
      JSON.stringify(entry.reason),
    ).toBeLessThanOrEqual(1);
    if (entry.state === 'done') {
      const kind = invoices.sales.length === 1 ? 'sales_invoice' : 'external_invoice';
      expect(entry.bookingStyle).toBe(kind);
    }
    expect(['done', 'waiting_transient', 'parked']).toContain(entry.state);
    // A run later, nothing is left half-way or made twice.
    mijnwebwinkel.listOrdersPage = list;
    await retryAll(world, order.number);
    const after = invoicesOf(world, order.number);
    const final = journal(world, order.number);
    expect(final.state, JSON.stringify(final.reason)).toBe('done');
    expect(after.sales.length + after.external.length).toBe(1);
  });
});

describe('the reference prefix', () => {
  it('is fixed once an order is booked under it: Settings refuses another, saying why', async () => {
    const world = await worlds.startKnown({ referencePrefix: 'MWAAAA' });
    const { store } = world.runtime;
    // Before anything is booked the owner may choose another (two shops in one administration).
    writeSettings(store, { referencePrefix: 'MWCCCC' });
    writeSettings(store, { referencePrefix: 'MWAAAA' });
    expect(referencePrefixFixed(store)).toBe(false);
    const first = sale(941_001, 'prefix-een@example.nl');
    completeInShop(world, first);
    await world.runtime.engine.run('manual');
    expect(journal(world, first.number)).toMatchObject({ state: 'done', reference: 'MWAAAA-941001' });

    // Adoption after a lost journal finds bookings by their reference: the prefix now stays, and
    // Settings shows it read-only.
    expect(referencePrefixFixed(store)).toBe(true);
    let refusal: unknown;
    try {
      writeSettings(store, { referencePrefix: 'MWBBBB' });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(PrefixFixedError);
    expect((refusal as PrefixFixedError).userMessage.nl).toContain('Het voorvoegsel blijft MWAAAA');
    expect(readSettings(store).referencePrefix).toBe('MWAAAA');
    // Saving other settings with the same prefix is fine.
    writeSettings(store, { referencePrefix: 'MWAAAA', invoiceLanguage: 'en' });
    expect(readSettings(store).invoiceLanguage).toBe('en');

    // So a re-import after a lost journal, set up with that prefix, adopts and writes nothing.
    const held = world.moneybird.books.salesInvoices().length;
    await world.whileClosed((dir) => rmSync(dir, { recursive: true, force: true }));
    const from = world.moneybird.server.log.entries.length;
    await world.runtime.engine.run('import', { importSince: SINCE });
    expect(creates(moneybirdRequestsSince(world, from))).toEqual([]);
    expect(world.moneybird.books.salesInvoices()).toHaveLength(held);
    expect(journal(world, first.number)).toMatchObject({ state: 'done', adoption: 'adopted' });
  });

  it('an order that waits before its first write when the prefix changes is booked under one reference', async () => {
    const world = await worlds.startKnown({ referencePrefix: 'MWAAAA' });
    const order = sale(941_021, 'prefix-wacht@example.nl');
    world.moneybird.server.faults.add({
      method: 'POST',
      path: /\/contacts(\.json)?$/,
      fault: UNAVAILABLE,
      times: 10,
    });
    completeInShop(world, order);
    await world.runtime.engine.run('manual');
    world.moneybird.server.faults.clear();
    expect(journal(world, order.number)).toMatchObject({
      state: 'waiting_transient',
      reference: 'MWAAAA-941021',
    });

    // Nothing is booked yet, so the owner may still change the prefix; the waiting order keeps the
    // reference it was admitted with.
    writeSettings(world.runtime.store, { referencePrefix: 'MWBBBB' });
    await retryAll(world, order.number);
    const entry = journal(world, order.number);
    expect(entry.state, JSON.stringify(entry.reason)).toBe('done');
    const invoice = world.moneybird.books.salesInvoices().find((i) => i.id === entry.moneybird.invoiceId)!;
    // What the journal says the reference is, Moneybird's invoice says too (the order overview,
    // the VAT figures and every later look-up go by it).
    expect(invoice.reference).toBe(entry.reference);
  });
});

describe('the mapping changed between the create and a resume', () => {
  it('a resumed draft is checked against Moneybird and sent as it is, not made again', async () => {
    const world = await worlds.startKnown();
    const order = sale(942_001, 'mapping@example.nl', ['mok', 'zegels']);
    world.moneybird.server.faults.add({ path: /\/send_invoice(\.json)?$/, fault: UNAVAILABLE, times: 10 });
    completeInShop(world, order);
    await world.runtime.engine.run('manual');
    world.moneybird.server.faults.clear();
    const waiting = journal(world, order.number);
    expect(waiting).toMatchObject({ state: 'waiting_transient', progress: 'totals_ok' });
    const draftId = waiting.moneybird.invoiceId!;

    // The owner books revenue on another account and maps 0 % to "Geen btw" from now on.
    const ledgers = (await (
      await fetch(`${world.moneybird.apiBaseUrl}/${world.moneybird.administrationId}/ledger_accounts.json`, {
        headers: { authorization: `Bearer ${world.moneybird.token}` },
      })
    ).json()) as Array<{ id: string; name: string }>;
    const rates = (await (
      await fetch(
        `${world.moneybird.apiBaseUrl}/${world.moneybird.administrationId}/tax_rates.json?filter=tax_rate_type:sales_invoice`,
        { headers: { authorization: `Bearer ${world.moneybird.token}` } },
      )
    ).json()) as Array<{ id: string; name: string }>;
    const high = ledgers.find((l) => l.name === 'Omzet hoog tarief')!.id;
    const none = rates.find((r) => r.name === 'Geen btw')!.id;
    changeMapping(world, (m) => ({
      ...m,
      ledgerAccounts: { ...(m.ledgerAccounts as object), revenue: high },
      taxRates: { ...(m.taxRates as object), domestic: { '0': none } },
    }));

    const from = world.moneybird.server.log.entries.length;
    await retryAll(world, order.number);
    const entry = journal(world, order.number);
    expect(entry.state, JSON.stringify(entry.reason)).toBe('done');
    expect(entry.moneybird.invoiceId).toBe(draftId);
    expect(creates(moneybirdRequestsSince(world, from))).toEqual([]);
    const invoices = invoicesOf(world, order.number);
    expect(invoices.sales).toHaveLength(1);
    expect(invoices.sales[0]!.state).toBe('paid');
  });
});

describe('the completed statuses changed', () => {
  it('orders booked under a status no longer counted stay booked once; a status added books nothing before the start date', async () => {
    const world = await worlds.startKnown();
    const booked = sale(943_001, 'status-een@example.nl');
    completeInShop(world, booked, 2);
    await world.runtime.engine.run('manual');
    expect(journal(world, booked.number).state).toBe('done');
    const held = world.moneybird.books.salesInvoices().length;

    // The owner counts only status 3 as completed now; the shop moves the booked order on to 3.
    world.runtime.store.settings.set(completedStatusesSetting, [3]);
    world.mww.shop.setStatus(booked.number, 3);
    await world.runtime.engine.run('manual');
    expect(world.moneybird.books.salesInvoices()).toHaveLength(held);
    expect(journal(world, booked.number).state).toBe('done');

    // An old order (before the start date) in a status not counted so far; the owner adds it.
    const old = { ...sale(943_002, 'status-oud@example.nl'), date: '2023-06-01' } as MwwOrder;
    world.mww.shop.addOrder({ ...old, status: 1 });
    world.mww.shop.setStatus(old.number, 7);
    world.runtime.store.settings.set(completedStatusesSetting, [2, 3, 7]);
    const report = await world.runtime.engine.run('manual');
    expect(world.moneybird.books.salesInvoices()).toHaveLength(held);
    expect(report.orders.find((o) => o.orderNumber === String(old.number))?.reasonCode ?? 'not seen').toMatch(
      /before_start_date|not seen/,
    );
    expect(world.runtime.store.journal.get(String(old.number))?.state ?? 'absent').not.toMatch(
      /done|pending/,
    );

    // Status changes back and forth among counted statuses never book an order twice.
    world.mww.shop.setStatus(booked.number, 7);
    world.mww.shop.setStatus(booked.number, 2);
    await world.runtime.engine.run('manual');
    await world.runtime.engine.run('import', { importSince: SINCE });
    expect(world.moneybird.books.salesInvoices()).toHaveLength(held);
  });
});

describe('other settings changed while orders are on their way', () => {
  it('a payment-method account changed while an order waits for its payment pays it once', async () => {
    const world = await worlds.startKnown();
    const order = sale(944_001, 'betaling@example.nl');
    world.moneybird.server.faults.add({
      method: 'POST',
      path: /\/payments(\.json)?$/,
      fault: { kind: 'commit-then-drop' },
    });
    // The look-up that would find it is refused for now too: the order waits, the payment uncertain.
    world.moneybird.server.faults.add({
      method: 'GET',
      path: /\/sales_invoices\/\d+(\.json)?$/,
      fault: UNAVAILABLE,
      times: 10,
    });
    completeInShop(world, order);
    await world.runtime.engine.run('manual');
    world.moneybird.server.faults.clear();
    const waiting = journal(world, order.number);
    expect(waiting.writeIntent, waiting.state).toBe('payment');
    // The payment landed though the answer was lost; now the owner sends iDEAL to another account.
    const accounts = (await (
      await fetch(
        `${world.moneybird.apiBaseUrl}/${world.moneybird.administrationId}/financial_accounts.json`,
        {
          headers: { authorization: `Bearer ${world.moneybird.token}` },
        },
      )
    ).json()) as Array<{ id: string; active?: boolean }>;
    const mapping = world.runtime.store.settings.get(bookkeepingMappingSetting) as Record<string, unknown>;
    const other = accounts.find((a) => a.id !== mapping.financialAccountId && a.active !== false)!.id;
    changeMapping(world, (m) => ({ ...m, financialAccountByPaymentMethod: { ideal: other } }));

    await retryAll(world, order.number);
    const entry = journal(world, order.number);
    const invoice = invoicesOf(world, order.number).sales[0]!;
    expect(invoice.payments, JSON.stringify(entry.reason)).toHaveLength(1);
    expect(invoice.state).toBe('paid');
    expect(entry.state, JSON.stringify(entry.reason)).toBe('done');
  });

  it('the invoice language changed while a credit draft waits leaves one credit note', async () => {
    const world = await worlds.startKnown();
    const order = sale(944_011, 'taal@example.nl');
    completeInShop(world, order);
    await world.runtime.engine.run('manual');
    const credit = creditOf(order, 944_012, ['thee']);
    world.moneybird.server.faults.add({
      method: 'PATCH',
      path: /\/sales_invoices\/\d+(\.json)?$/,
      fault: UNAVAILABLE,
      times: 10,
    });
    shopCredits(world, credit);
    await world.runtime.engine.run('manual');
    world.moneybird.server.faults.clear();
    changeMapping(world, (m) => ({ ...m, invoiceLanguage: 'en' }));
    await retryAll(world, credit.number);
    const entry = journal(world, credit.number);
    expect(entry.state, JSON.stringify(entry.reason)).toBe('done');
    const originalId = journal(world, order.number).moneybird.invoiceId;
    const notes = world.moneybird.books
      .salesInvoices()
      .filter((i) => i.original_sales_invoice_id === originalId);
    expect(notes).toHaveLength(1);
  });
});
