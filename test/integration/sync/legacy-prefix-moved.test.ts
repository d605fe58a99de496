// An install on the legacy shared prefix "MWW" moved to a new data folder (a new computer, a deleted
// folder) and set up again by connecting the shop, as the wizard does: connecting stores the shop's
// own prefix, so the setup asks Moneybird (one look-up per booking style) whether this shop's bookings carry "MWW" and
// keeps "MWW" if so; the history import then adopts every booking and writes nothing. A brand-new
// install still gets the shop's own prefix at the cost of those two requests; a second shop in the same
// administration, whose order numbers happen to carry another shop's MWW- invoices, keeps its own
// prefix and books its own orders; and in the wizard's own order (the shop first, Moneybird and the
// mapping after) the prefix is settled when the last of them is saved.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { shopReferencePrefix } from '../../../src/main/core/bookkeeping';
import { openRuntime, type Runtime } from '../../../src/main/core/core-runtime';
import { PrefixFixedError, writeSettings } from '../../../src/main/core/setup/owner-settings';
import type { Store } from '../../../src/main/core/store';
import {
  bookkeepingMappingSetting,
  completedStatusesSetting,
} from '../../../src/main/core/sync/sync-settings';
import { simulatorEnv } from '../../sim/env';
import { type MijnwebwinkelSim, startMijnwebwinkelSim } from '../../sim/mijnwebwinkel/index';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import type { MoneybirdSim } from '../../sim/moneybird/index';
import { completeInShop, entryOf, screensOf, writesIn } from './deleted-bookings';
import { setupServiceOn } from './setup-service-on';
import { sale } from './shop-sales';
import { moneybirdRequestsSince, ownerMapping, type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();
const SINCE = '2024-01-01';

/** A second shop's own data folder and runtime, booking into another world's Moneybird. */
interface OtherShop {
  mww: MijnwebwinkelSim;
  runtime: Runtime;
  env: Record<string, string>;
  dataDir: string;
}
let otherShops: OtherShop[] = [];
afterEach(async () => {
  for (const shop of otherShops) {
    shop.runtime.close();
    await shop.mww.close();
    rmSync(shop.dataDir, { recursive: true, force: true });
  }
  otherShops = [];
});

/**
 * The setup channels on a data folder, as the wizard calls them: the owner types the shop's token;
 * Moneybird's login (and, unless left out, its administration) come from before, as on a computer
 * whose keychain kept them.
 */
function wizardOn(
  target: { env: Record<string, string>; store: Store; shopToken: string },
  options: { administrationKnown?: boolean } = {},
) {
  const { MWW_TOKEN: _typed, MONEYBIRD_ADMINISTRATION_ID: administration, ...rest } = target.env;
  const env =
    options.administrationKnown === false ? rest : { ...rest, MONEYBIRD_ADMINISTRATION_ID: administration! };
  const { handlers, syncStarts } = setupServiceOn(env, target.store);
  return {
    handlers,
    connectShop: () => handlers['setup.shop.connect']({ token: target.shopToken }),
    /** How often finishing the setup started the sync. */
    syncStarts,
    /** The prefix as the owner's Settings screen shows it. */
    shownPrefix: async () => (await handlers['settings.get']({})).referencePrefix,
  };
}

const wizardOnWorld = (w: SyncWorld, options?: { administrationKnown?: boolean }) =>
  wizardOn({ env: w.env, store: w.runtime.store, shopToken: w.mww.token }, options);

/** Requests to Moneybird's invoices (the look-ups), apart from the login and reference data. */
const invoiceRequests = (entries: Array<{ method: string; path: string }>) =>
  entries.filter((r) => r.path.includes('invoices'));

/** A legacy install ("MWW": no prefix stored) that booked these orders, each done under MWW-. */
async function legacyInstallBooked(
  orders: MwwOrder[],
  style: 'sales' | 'external' = 'sales',
): Promise<SyncWorld> {
  const w = await worlds.startKnown({ style });
  for (const order of orders) completeInShop(w, order);
  await w.runtime.engine.run('manual');
  for (const order of orders)
    expect(entryOf(w, order.number), `order ${order.number}`).toMatchObject({
      state: 'done',
      reference: `MWW-${order.number}`,
    });
  return w;
}

describe('an install on the legacy "MWW" prefix, moved to a new data folder', () => {
  it('set up again by connecting the shop, keeps "MWW", and the import adopts every booking without a write', async () => {
    const orders = [
      sale(962_001, 'verhuisd-een@example.nl'),
      sale(962_002, 'verhuisd-twee@example.nl', ['thee']),
      sale(962_003, 'verhuisd-drie@example.nl', ['mok', 'zegels']),
    ];
    const w = await legacyInstallBooked(orders);
    const held = w.moneybird.books
      .salesInvoices()
      .map((i: { id: string; reference: string }) => [i.id, i.reference]);
    expect(held).toHaveLength(3);

    // A new computer: the data folder is gone; the owner's mapping and statuses are chosen again.
    await w.whileClosed((dir) => rmSync(dir, { recursive: true, force: true }));
    const store = w.runtime.store;
    expect(store.settings.get(bookkeepingMappingSetting).referencePrefix).toBeUndefined();
    const wizard = wizardOnWorld(w);
    const beforeConnect = w.moneybird.server.log.entries.length;
    expect(await wizard.connectShop()).toMatchObject({ ok: true });
    const setupRequests = moneybirdRequestsSince(w, beforeConnect);
    expect(writesIn(setupRequests)).toEqual([]);
    // One look-up of the sampled orders' references and the fetch of what it found; the external
    // invoices' list of the sample's period, which names none.
    expect(invoiceRequests(setupRequests)).toHaveLength(3);

    // Settings shows "MWW", and keeps it: the bookings in Moneybird carry it.
    expect(await wizard.shownPrefix()).toBe('MWW');
    expect(store.settings.get(bookkeepingMappingSetting).referencePrefix).toBe('MWW');
    let refusal: unknown;
    try {
      writeSettings(store, { referencePrefix: 'ANDERS' });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(PrefixFixedError);
    expect((refusal as PrefixFixedError).userMessage.nl).toContain('MWW');
    expect((refusal as PrefixFixedError).userMessage.en).toContain('MWW');
    // Connecting again asks Moneybird nothing more.
    const beforeAgain = w.moneybird.server.log.entries.length;
    expect(await wizard.connectShop()).toMatchObject({ ok: true });
    expect(invoiceRequests(moneybirdRequestsSince(w, beforeAgain))).toEqual([]);

    const beforeImport = w.moneybird.server.log.entries.length;
    expect((await w.runtime.engine.run('import', { importSince: SINCE })).outcome).toBe('completed');
    expect(writesIn(moneybirdRequestsSince(w, beforeImport))).toEqual([]);
    expect(
      w.moneybird.books.salesInvoices().map((i: { id: string; reference: string }) => [i.id, i.reference]),
    ).toEqual(held);
    for (const order of orders)
      expect(entryOf(w, order.number), `order ${order.number}`).toMatchObject({
        state: 'done',
        adoption: 'adopted',
        reference: `MWW-${order.number}`,
      });
    expect(screensOf(w).status()).toMatchObject({ booked: 3, parked: 0, waiting: 0 });
  });

  it('booked as external invoices: found among those, "MWW" is kept and every one adopted', async () => {
    const orders = [
      sale(962_051, 'extern-een@example.nl'),
      sale(962_052, 'extern-twee@example.nl', ['thee']),
    ];
    const w = await legacyInstallBooked(orders, 'external');
    expect(w.moneybird.books.externalSalesInvoices()).toHaveLength(2);
    await w.whileClosed((dir) => rmSync(dir, { recursive: true, force: true }));
    const wizard = wizardOnWorld(w);
    const beforeConnect = w.moneybird.server.log.entries.length;
    expect(await wizard.connectShop()).toMatchObject({ ok: true });
    // The sales invoices' look-up, which finds none; the external invoices' list of the sample's
    // period, and the fetch of what it names.
    expect(invoiceRequests(moneybirdRequestsSince(w, beforeConnect))).toHaveLength(3);
    expect(await wizard.shownPrefix()).toBe('MWW');

    const from = w.moneybird.server.log.entries.length;
    expect((await w.runtime.engine.run('import', { importSince: SINCE })).outcome).toBe('completed');
    expect(writesIn(moneybirdRequestsSince(w, from))).toEqual([]);
    expect(w.moneybird.books.externalSalesInvoices()).toHaveLength(2);
    expect(w.moneybird.books.salesInvoices()).toEqual([]);
    for (const order of orders)
      expect(entryOf(w, order.number)).toMatchObject({
        state: 'done',
        adoption: 'adopted',
        reference: `MWW-${order.number}`,
      });
  });

  it('in the wizard\'s order (the shop first, then Moneybird\'s administration, then the mapping) keeps "MWW" once the mapping is saved', async () => {
    const orders = [sale(962_101, 'wizard-een@example.nl'), sale(962_102, 'wizard-twee@example.nl')];
    const w = await legacyInstallBooked(orders);
    await w.whileClosed((dir) => rmSync(dir, { recursive: true, force: true }));
    const store = w.runtime.store;
    const ownerChoices = store.settings.get(bookkeepingMappingSetting);
    store.settings.set(bookkeepingMappingSetting, {}); // nothing chosen yet on the new computer
    const wizard = wizardOnWorld(w, { administrationKnown: false });
    const own = shopReferencePrefix(await w.runtime.mijnwebwinkel.store());

    // The shop first: no administration to ask yet, so the shop's own prefix for now.
    expect(await wizard.connectShop()).toMatchObject({ ok: true });
    expect(await wizard.shownPrefix()).toBe(own);
    expect(
      await wizard.handlers['setup.moneybird.chooseAdministration']({
        administrationId: w.moneybird.administrationId,
      }),
    ).toEqual({ ok: true });
    expect(await wizard.shownPrefix()).toBe(own);

    // The mapping last: with it the booking style is known, and Moneybird is asked.
    const proposal = await wizard.handlers['setup.mapping.proposal']({});
    if (!proposal.ok) throw new Error(proposal.problem.message.en);
    const choices: Record<string, string | null> = {};
    for (const field of proposal.fields) {
      const chosen = field.path
        .split('.')
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], ownerChoices);
      if (typeof chosen === 'string') choices[field.path] = chosen;
    }
    expect(await wizard.handlers['setup.mapping.save']({ choices })).toEqual({ ok: true });
    expect(await wizard.shownPrefix()).toBe('MWW');

    const from = w.moneybird.server.log.entries.length;
    expect((await w.runtime.engine.run('import', { importSince: SINCE })).outcome).toBe('completed');
    expect(writesIn(moneybirdRequestsSince(w, from))).toEqual([]);
    expect(w.moneybird.books.salesInvoices()).toHaveLength(2);
    for (const order of orders)
      expect(entryOf(w, order.number)).toMatchObject({
        state: 'done',
        adoption: 'adopted',
        reference: `MWW-${order.number}`,
      });
  });
});

describe('the look-up for the legacy prefix, when Moneybird does not answer', () => {
  it('connecting still works, finishing the setup is refused with the reason, and succeeds once Moneybird answers', async () => {
    const orders = [sale(962_401, 'storing-een@example.nl')];
    const w = await legacyInstallBooked(orders);
    await w.whileClosed((dir) => rmSync(dir, { recursive: true, force: true }));
    w.moneybird.server.faults.add({
      path: 'sales_invoices/synchronization',
      fault: { kind: 'status', status: 503 },
      times: Infinity,
    });
    const wizard = wizardOnWorld(w);
    expect(await wizard.connectShop()).toMatchObject({ ok: true });
    // Not known yet: for now the shop's own prefix, not fixed.
    expect(await wizard.shownPrefix()).toBe(shopReferencePrefix(await w.runtime.mijnwebwinkel.store()));

    const refused = await wizard.handlers['setup.finish']({});
    expect(refused).toMatchObject({ ok: false, field: null });
    if (refused.ok) throw new Error('finished');
    expect(refused.problem.message.nl).toContain('MWW');
    expect(refused.problem.message.nl).toContain('Probeer het over een paar minuten opnieuw');
    expect(refused.problem.message.en).toContain('Try again in a few minutes');
    expect(wizard.syncStarts()).toBe(0);
    const booked = w.moneybird.books.salesInvoices().length;

    w.moneybird.server.faults.clear();
    expect(await wizard.handlers['setup.finish']({})).toEqual({ ok: true });
    expect(wizard.syncStarts()).toBe(1);
    expect(await wizard.shownPrefix()).toBe('MWW');
    expect((await w.runtime.engine.run('import', { importSince: SINCE })).outcome).toBe('completed');
    expect(w.moneybird.books.salesInvoices()).toHaveLength(booked);
    expect(entryOf(w, orders[0]!.number)).toMatchObject({ state: 'done', adoption: 'adopted' });
  });
});

describe('the prefix a shop gets when Moneybird holds no bookings of it under "MWW"', () => {
  it('a brand-new install gets its own prefix, for one look-up per booking style, once', async () => {
    const orders = [sale(962_201, 'nieuw-een@example.nl'), sale(962_202, 'nieuw-twee@example.nl')];
    const w = await worlds.start({ orders: orders.map((o) => ({ ...o, status: 3 })) });
    const own = shopReferencePrefix(await w.runtime.mijnwebwinkel.store());
    const wizard = wizardOnWorld(w);

    const beforeConnect = w.moneybird.server.log.entries.length;
    expect(await wizard.connectShop()).toMatchObject({ ok: true });
    const lookUps = invoiceRequests(moneybirdRequestsSince(w, beforeConnect));
    // One list per booking style: an earlier install may have booked in the other one.
    expect(lookUps.map((r) => `${r.method} ${r.path}`)).toEqual([
      expect.stringMatching(/^GET .*\/sales_invoices\/synchronization\.json/),
      expect.stringMatching(/^GET .*\/external_sales_invoices\/synchronization\.json/),
    ]);
    expect(await wizard.shownPrefix()).toBe(own);
    // Asked once: connecting again, or saving Settings, asks nothing more.
    const beforeAgain = w.moneybird.server.log.entries.length;
    expect(await wizard.connectShop()).toMatchObject({ ok: true });
    expect(invoiceRequests(moneybirdRequestsSince(w, beforeAgain))).toEqual([]);
    // Nothing was found: the prefix is not fixed, the owner may still choose another before booking.
    writeSettings(w.runtime.store, { referencePrefix: 'ANDERS' });
    expect(await wizard.shownPrefix()).toBe('ANDERS');
    writeSettings(w.runtime.store, { referencePrefix: own });

    expect((await w.runtime.engine.run('import', { importSince: SINCE })).outcome).toBe('completed');
    for (const order of orders) {
      const entry = entryOf(w, order.number);
      expect(entry).toMatchObject({ state: 'done', reference: `${own}-${order.number}` });
      expect(entry.adoption).not.toBe('adopted');
    }
    expect(
      w.moneybird.books
        .salesInvoices()
        .map((i: { reference: string }) => i.reference)
        .sort(),
    ).toEqual(orders.map((o) => `${own}-${o.number}`).sort());
  });

  it("a second shop in the administration, whose order numbers carry another shop's MWW- invoices, books its own", async () => {
    // The first shop, on the legacy prefix, booked orders 962 301–962 303.
    const first = [
      sale(962_301, 'eerste-een@example.nl'),
      sale(962_302, 'eerste-twee@example.nl'),
      sale(962_303, 'eerste-drie@example.nl', ['thee']),
    ];
    const w = await legacyInstallBooked(first);
    const firstInvoices = structuredClone(w.moneybird.books.salesInvoices());

    // A second shop, set up in a data folder of its own: the same numbers and totals, its own customers.
    const second = first.map((order, i) => ({
      ...sale(Number(order.number), `tweede-${i}@example.nl`, i === 2 ? ['thee'] : ['mok', 'thee']),
      status: 3,
    }));
    const shop = await otherShopOn(w.moneybird, second);
    const own = shopReferencePrefix(await shop.runtime.mijnwebwinkel.store());
    expect(own).not.toBe('MWW');
    const wizard = wizardOn({ env: shop.env, store: shop.runtime.store, shopToken: shop.mww.token });
    expect(await wizard.connectShop()).toMatchObject({ ok: true });
    // The MWW- invoices under its order numbers are the first shop's customers': not this shop's.
    expect(await wizard.shownPrefix()).toBe(own);

    expect((await shop.runtime.engine.run('import', { importSince: SINCE })).outcome).toBe('completed');
    for (const order of second) {
      const entry = shop.runtime.store.journal.get(String(order.number))!;
      expect(entry, `order ${order.number}`).toMatchObject({
        state: 'done',
        reference: `${own}-${order.number}`,
      });
      expect(entry.adoption).not.toBe('adopted');
    }
    const invoices = w.moneybird.books.salesInvoices();
    expect(invoices).toHaveLength(6);
    // The first shop's invoices are as they were; the second shop's are its own customers'.
    for (const invoice of firstInvoices)
      expect(invoices.find((i: { id: string }) => i.id === invoice.id)).toEqual(invoice);
    second.forEach((order, i) => {
      const booked = invoices.filter(
        (invoice: { reference: string }) => invoice.reference === `${own}-${order.number}`,
      );
      expect(booked).toHaveLength(1);
      expect(booked[0].contact.send_invoices_to_email).toBe(`tweede-${i}@example.nl`);
      expect(booked[0].state).toBe('paid');
    });
  });
});

/** A second shop with its own data folder, booking into `moneybird`, its mapping chosen, no prefix. */
async function otherShopOn(moneybird: MoneybirdSim, orders: MwwOrder[]): Promise<OtherShop> {
  const mww = await startMijnwebwinkelSim({ seed: 2, orders });
  const dataDir = mkdtempSync(join(tmpdir(), 'winkelbrug-legacy-prefix-'));
  const env = { ...simulatorEnv(mww, moneybird), WINKELBRUG_HTTP_TIMEOUT_MS: '2000' };
  const runtime = await openRuntime({ env, dataDir });
  const shop = { mww, runtime, env, dataDir };
  otherShops.push(shop);
  runtime.store.settings.set(bookkeepingMappingSetting, await ownerMapping(moneybird, 'sales'));
  runtime.store.settings.set(completedStatusesSetting, [2, 3, 6, 10]);
  return shop;
}
