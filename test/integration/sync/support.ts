// Both simulators and the real core against them, in-process, with a fresh data directory and the
// mapping an owner would choose (what the simulator makes ambiguous is chosen here explicitly).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import type { SyncController } from '../../../src/main/core/app-service/sync-controller';
import { openRuntime, type Runtime } from '../../../src/main/core/core-runtime';
import { DATABASE_FILE_NAME } from '../../../src/main/core/store';
import {
  bookkeepingMappingSetting,
  completedStatusesSetting,
} from '../../../src/main/core/sync/sync-settings';
import { dayBefore } from '../../../src/shared/vat-return-due';
import { simulatorEnv } from '../../sim/env';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import { type MijnwebwinkelSim, startMijnwebwinkelSim } from '../../sim/mijnwebwinkel/index';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { type MoneybirdSim, type MoneybirdSimOptions, startMoneybirdSim } from '../../sim/moneybird/index';

export interface SyncWorld {
  mww: MijnwebwinkelSim;
  moneybird: MoneybirdSim;
  runtime: Runtime;
  dataDir: string;
  env: Record<string, string>;
  /** Mutable "now" the engine sees (ms); real time unless a test moves it. */
  clock: { now: number };
  reopen(): Promise<Runtime>;
  /**
   * Closes the runtime, lets `change` do what it likes with the data folder (delete it, put an older
   * copy back), and opens the runtime on it again. A folder left empty is set up again the way the
   * owner set it up first (mapping, statuses), as on a new computer.
   */
  whileClosed(change: (dataDir: string) => void): Promise<Runtime>;
  close(): Promise<void>;
}

export interface WorldOptions {
  orders?: MwwOrder[];
  seed?: number;
  orderCount?: number;
  style?: 'sales' | 'external';
  /** Leave these mapping paths unset (to test parking). */
  omit?: string[];
  /** Moneybird's totals differ from the invoice sent (the simulator's `distortTotals`). */
  distortTotals?: MoneybirdSimOptions['distortTotals'];
  /** The booking references' prefix (else the settings' default, the legacy shared "MWW"). */
  referencePrefix?: string;
  /** Moneybird's 300-second budget compressed to this many seconds (for runs of many orders). */
  rateWindowSeconds?: number;
  /** Administrations after the simulator's two (the simulator's `extraAdministrations`). */
  extraAdministrations?: MoneybirdSimOptions['extraAdministrations'];
}

async function get<T>(sim: MoneybirdSim, path: string): Promise<T> {
  const response = await fetch(`${sim.apiBaseUrl}/${sim.administrationId}/${path}`, {
    headers: { authorization: `Bearer ${sim.token}` },
  });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.json()) as T;
}

type Named = {
  id: string;
  name: string;
  percentage?: string;
  country?: string | null;
  tax_rate_type?: string;
};

/** A sales tax rate as the simulator's Moneybird lists it. */
export interface SimSalesRate {
  id: string;
  name: string;
  percentage: string;
  country: string | null;
  active: boolean;
}

/** The simulator's sales tax rates, active or not, as the tests look them up by name or country. */
export function salesTaxRates(w: { moneybird: MoneybirdSim }): Promise<SimSalesRate[]> {
  return get<SimSalesRate[]>(w.moneybird, 'tax_rates.json?filter=tax_rate_type:sales_invoice');
}

/** The owner's choices where the simulator's Moneybird data is ambiguous. */
export async function ownerMapping(
  sim: MoneybirdSim,
  style: 'sales' | 'external',
): Promise<Record<string, unknown>> {
  const ledgers = await get<Named[]>(sim, 'ledger_accounts.json');
  const accounts = await get<Named[]>(sim, 'financial_accounts.json');
  const rates = await get<Named[]>(sim, 'tax_rates.json?filter=tax_rate_type:sales_invoice');
  const byName = (list: Named[], name: string) => {
    const found = list.find((x) => x.name === name);
    if (!found) throw new Error(`No "${name}" in the simulator`);
    return found.id;
  };
  const zero = rates.find((r) => r.name === '0% btw' && !r.country)!.id;
  return {
    bookingStyle: style,
    ledgerAccounts: { revenue: byName(ledgers, 'Omzet') },
    financialAccountId: byName(accounts, 'Mollie'),
    // The shop's gift cards are paid with too: as the owner's setup proposes, their own account.
    financialAccountByPaymentMethod: { gift_card: byName(accounts, 'Cadeaubonnen') },
    taxRates: { domestic: { '0': zero } },
    rounding: { taxRateId: zero, ledgerAccountId: byName(ledgers, 'Ongecategoriseerde inkomsten') },
  };
}

export async function startWorld(options: WorldOptions = {}): Promise<SyncWorld> {
  const mww = await startMijnwebwinkelSim({
    seed: options.seed ?? 1,
    orders: options.orders ?? generateOrders({ seed: options.seed ?? 1, count: options.orderCount ?? 30 }),
  });
  const moneybird = await startMoneybirdSim({
    seed: options.seed ?? 1,
    rateLimit: null,
    ...(options.distortTotals && { distortTotals: options.distortTotals }),
    ...(options.extraAdministrations && { extraAdministrations: options.extraAdministrations }),
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'winkelbrug-sync-'));
  const env = {
    ...simulatorEnv(mww, moneybird),
    WINKELBRUG_HTTP_TIMEOUT_MS: '2000',
    ...(options.rateWindowSeconds !== undefined && {
      WINKELBRUG_RATE_WINDOW_SECONDS: String(options.rateWindowSeconds),
    }),
  };
  const clock = { now: Date.now() };
  const open = () => openRuntime({ env, dataDir, now: () => Math.max(clock.now, Date.now()) });
  let runtime = await open();
  const mapping = {
    ...(await ownerMapping(moneybird, options.style ?? 'sales')),
    ...(options.referencePrefix !== undefined && { referencePrefix: options.referencePrefix }),
  };
  for (const path of options.omit ?? []) {
    const parts = path.split('.');
    let node = mapping as Record<string, unknown>;
    for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
    delete node[parts.at(-1)!];
  }
  const setUp = (r: Runtime) => {
    r.store.settings.set(bookkeepingMappingSetting, mapping);
    r.store.settings.set(completedStatusesSetting, [2, 3, 6, 10]);
  };
  setUp(runtime);
  const world: SyncWorld = {
    mww,
    moneybird,
    get runtime() {
      return runtime;
    },
    dataDir,
    env,
    clock,
    async reopen() {
      runtime.close();
      runtime = await open();
      return runtime;
    },
    async whileClosed(change) {
      runtime.close();
      change(dataDir);
      const fresh = !existsSync(join(dataDir, DATABASE_FILE_NAME));
      runtime = await open();
      if (fresh) setUp(runtime);
      return runtime;
    },
    async close() {
      runtime.close();
      await Promise.all([mww.close(), moneybird.close()]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return world;
}

/** Moneybird requests logged since `from` (an index into the log). */
export function moneybirdRequestsSince(world: SyncWorld, from: number) {
  return world.moneybird.server.log.entries.slice(from);
}

/** The shop's statuses the worlds here count as completed (see startWorld). */
export const COMPLETED_STATUSES = [2, 3, 6, 10];

/**
 * A plain sale that books without any question: completed, paid (captured), not a test order or a
 * credit, taxed in the Netherlands without a special strategy, on or after `since`, above zero.
 */
export function isPlainDomesticSale(order: MwwOrder, since: string): boolean {
  return (
    COMPLETED_STATUSES.includes(Number(order.status)) &&
    order.payment_status === 'captured' &&
    !order.sim_test_order &&
    !order.credited_order_number &&
    !order.tax_strategy &&
    (!order.tax_region || order.tax_region === 'NL') &&
    order.date >= since &&
    Number(order.price?.total ?? '0') > 0
  );
}

/** A plain Dutch sale (completed, paid, taxed in the Netherlands) dated `day`, numbered from `firstNumber`. */
export function plainSaleOn(day: string, firstNumber?: number): MwwOrder {
  const order = generateOrders({
    seed: 7,
    count: 40,
    from: day,
    to: day,
    ...(firstNumber !== undefined && { firstNumber }),
  }).find((o) => isPlainDomesticSale(o, day));
  expect(order, 'the generator makes a plain sale on that day').toBeDefined();
  return order!;
}

/** The day `days` days before `day`. */
export const daysBefore = (day: string, days: number): string =>
  Array.from({ length: days }).reduce<string>((d) => dayBefore(d), day);

/**
 * A world whose journal knows its orders, ready for new ones: an import of the (empty) history,
 * then a regular run, so the next orders are found by their status change and vouched for.
 */
export async function startKnownWorld(options: WorldOptions = {}): Promise<SyncWorld> {
  return knowingItsOrders(await startWorld({ orders: [], ...options }));
}

async function knowingItsOrders(w: SyncWorld): Promise<SyncWorld> {
  await w.runtime.engine.run('import', { importSince: '2024-01-01' });
  await w.runtime.engine.run('manual');
  return w;
}

/**
 * One simulated world per test, checked and closed after it. Every integration test needs the same
 * afterEach (both simulators' contract checks, then close, or a violation goes unnoticed and servers
 * and data folders pile up); this registers it once instead of each file repeating it. Call it at the
 * top of a file (`const worlds = worldPerTest();`), start a test's world with `worlds.start(options)`
 * or `worlds.startKnown(options)`, and reach it from helpers as `worlds.current`. Every world a test
 * starts is checked and closed, also one the test closed itself (closing again is harmless).
 */
export function worldPerTest() {
  let started: SyncWorld[] = [];
  afterEach(async () => {
    const worlds = started;
    started = [];
    for (const world of worlds) {
      try {
        world.moneybird.contract?.assertNone();
        world.mww.contract?.assertNone();
      } finally {
        await world.close();
      }
    }
  });
  const kept = (world: SyncWorld) => {
    started.push(world);
    return world;
  };
  return {
    /** A new world (see startWorld), this test's from now on. */
    start: async (options?: WorldOptions) => kept(await startWorld(options)),
    /** A new world whose journal knows its orders (see startKnownWorld), this test's from now on. */
    startKnown: async (options: WorldOptions = {}) =>
      knowingItsOrders(kept(await startWorld({ orders: [], ...options }))),
    /** The world this test started last. */
    get current(): SyncWorld {
      const world = started.at(-1);
      if (!world) throw new Error('This test started no world.');
      return world;
    },
  };
}

/**
 * The owner's retries as the app's controller makes them, through the engine, without its
 * scheduler: the test runs the engine itself. `retried` lists the orders in the order asked.
 */
export function controllerOn(w: SyncWorld) {
  const retried: string[] = [];
  const retry = (orderNumber: string) => {
    retried.push(orderNumber);
    w.runtime.engine.retry(orderNumber);
  };
  const sync = {
    retryOrder(orderNumber: string) {
      retry(orderNumber);
      return { accepted: true, runId: null, reason: null };
    },
    retryOrders(orderNumbers: readonly string[]) {
      for (const orderNumber of orderNumbers) retry(orderNumber);
      return { accepted: true, runId: null, reason: null };
    },
  } as unknown as SyncController;
  return { sync, retried, retry };
}
