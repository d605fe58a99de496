// Two shops, one administration: each shop has its own reference prefix (derived from its identity
// when it is connected), so the same order number in both shops gives two bookings, and neither
// shop adopts the other's. With the one shared legacy prefix, adoption's contact and total check is
// what keeps a shop from taking the other's invoice over: it parks instead.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { shopReferencePrefix } from '../../../src/main/core/bookkeeping';
import { openRuntime, type Runtime } from '../../../src/main/core/core-runtime';
import { parseDecimal } from '../../../src/main/core/money';
import {
  bookkeepingMappingSetting,
  completedStatusesSetting,
} from '../../../src/main/core/sync/sync-settings';
import { simulatorEnv } from '../../sim/env';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import { type MijnwebwinkelSim, startMijnwebwinkelSim } from '../../sim/mijnwebwinkel/index';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { type MoneybirdSim, startMoneybirdSim } from '../../sim/moneybird/index';
import { isPlainDomesticSale, ownerMapping } from './support';

const SINCE = '2024-01-01';

interface Shop {
  mww: MijnwebwinkelSim;
  runtime: Runtime;
  dataDir: string;
}

let moneybird: MoneybirdSim | undefined;
let shops: Shop[] = [];
afterEach(async () => {
  moneybird?.contract?.assertNone();
  for (const shop of shops) {
    shop.runtime.close();
    await shop.mww.close();
    rmSync(shop.dataDir, { recursive: true, force: true });
  }
  await moneybird?.close();
  shops = [];
  moneybird = undefined;
});

/** Two plain, paid, completed domestic orders of different customers and totals, numbered alike. */
function twoOrdersNumberedAlike(): [MwwOrder, MwwOrder] {
  const plain = generateOrders({ seed: 21, count: 120 }).filter((o) => isPlainDomesticSale(o, SINCE));
  const a = plain[0]!;
  const b = plain.find(
    (o) => o.debtor?.email !== a.debtor?.email && String(o.price?.total) !== String(a.price?.total),
  )!;
  expect(b, 'two orders of different customers and totals').toBeDefined();
  return [a, { ...b, number: a.number }];
}

async function openShop(seed: number, order: MwwOrder, prefix: (r: Runtime) => Promise<string>) {
  const mww = await startMijnwebwinkelSim({ seed, orders: [order] });
  const dataDir = mkdtempSync(join(tmpdir(), 'winkelbrug-two-shops-'));
  const env = { ...simulatorEnv(mww, moneybird!), WINKELBRUG_HTTP_TIMEOUT_MS: '2000' };
  const runtime = await openRuntime({ env, dataDir });
  const shop = { mww, runtime, dataDir };
  shops.push(shop);
  const mapping = await ownerMapping(moneybird!, 'sales');
  runtime.store.settings.set(bookkeepingMappingSetting, {
    ...mapping,
    referencePrefix: await prefix(runtime),
  });
  runtime.store.settings.set(completedStatusesSetting, [2, 3, 6, 10]);
  return shop;
}

/** The prefix setup gives a shop when it is connected: derived from the store's identity. */
const ownPrefix = async (runtime: Runtime) => shopReferencePrefix(await runtime.mijnwebwinkel.store());

describe('two shops in one administration', () => {
  it('each shop books its own order of the same number, and neither adopts the other’s', async () => {
    moneybird = await startMoneybirdSim({ seed: 1, rateLimit: null });
    const [orderA, orderB] = twoOrdersNumberedAlike();
    const a = await openShop(101, orderA, ownPrefix);
    const b = await openShop(202, orderB, ownPrefix);
    const prefixA = await ownPrefix(a.runtime);
    const prefixB = await ownPrefix(b.runtime);
    expect(prefixA).toMatch(/^[A-Z0-9]{1,10}$/);
    expect(prefixB).not.toBe(prefixA);

    // An import looks every order up in Moneybird first: the worst case for a collision.
    for (const shop of [a, b]) {
      const report = await shop.runtime.engine.run('import', { importSince: SINCE });
      expect(report.outcome).toBe('completed');
      expect(report.counts.booked).toBe(1);
    }
    const number = String(orderA.number);
    const invoices = moneybird.books.salesInvoices();
    expect(invoices.map((i: { reference: string }) => i.reference).sort()).toEqual(
      [`${prefixA}-${number}`, `${prefixB}-${number}`].sort(),
    );
    for (const [shop, order, prefix] of [
      [a, orderA, prefixA],
      [b, orderB, prefixB],
    ] as const) {
      const entry = shop.runtime.store.journal.get(number)!;
      expect(entry.state).toBe('done');
      expect(entry.adoption).not.toBe('adopted');
      const invoice = invoices.find((i: { id: string }) => i.id === entry.moneybird.invoiceId);
      expect(invoice.reference).toBe(`${prefix}-${number}`);
      expect(parseDecimal(invoice.total_price_incl_tax)).toBe(parseDecimal(String(order.price!.total)));
    }
  });

  it('with one shared prefix the second shop parks rather than adopt the first shop’s invoice', async () => {
    moneybird = await startMoneybirdSim({ seed: 1, rateLimit: null });
    const [orderA, orderB] = twoOrdersNumberedAlike();
    const a = await openShop(101, orderA, async () => 'MWW');
    const b = await openShop(202, orderB, async () => 'MWW');
    expect((await a.runtime.engine.run('import', { importSince: SINCE })).counts.booked).toBe(1);
    const report = await b.runtime.engine.run('import', { importSince: SINCE });
    expect(report.counts.booked).toBe(0);
    const entry = b.runtime.store.journal.get(String(orderB.number))!;
    expect(entry.state).toBe('parked');
    expect(entry.reason?.code).toBe('booking_not_ours');
    expect(moneybird.books.salesInvoices()).toHaveLength(1);
  });
});
