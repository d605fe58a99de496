// `npm run demo`: the whole product against both simulators, ready to click. Starts a shop with
// generated orders from the last months and a Moneybird with a compressed request window, a fresh
// data directory with the order statuses and a complete mapping chosen from the simulator's own
// records, and the headless shell on the real engine; then prints the address to open.
//
// Usage: npm run demo [-- --orders 60 --seed 7 --rate-window-seconds 60 --port 4321]
// startDemo() is the same setup for the browser tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AppService } from '../../src/main/core/app-service';
import { openAppService } from '../../src/main/core/app-service/open-app-service';
import type { Runtime } from '../../src/main/core/core-runtime';
import type { Logger } from '../../src/main/core/http/logger';
import { EnvSecretSource } from '../../src/main/core/secrets/keychain';
import {
  bookkeepingMappingSetting,
  completedStatusesSetting,
  startDateSetting,
} from '../../src/main/core/sync/sync-settings';
import { type HeadlessShell, startHeadlessShell } from '../../src/main/headless/server';
import { simulatorEnv } from './env';
import { generateOrders } from './mijnwebwinkel/generator';
import { type MijnwebwinkelSim, type MwwOrder, startMijnwebwinkelSim } from './mijnwebwinkel/index';
import { type MoneybirdSim, startMoneybirdSim } from './moneybird/index';

/** The statuses the simulated shop uses for finished orders (shipped, paid, collected, credited). */
export const DEMO_COMPLETED_STATUSES = [2, 3, 6, 10];

const DAY = 24 * 60 * 60 * 1000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface DemoOptions {
  seed?: number;
  /** Generated orders over the last `historyDays` (default 60 over 90 days). */
  orders?: number;
  /** Explicit orders instead of generated ones. */
  orderList?: MwwOrder[];
  historyDays?: number;
  /** Orders from this many days ago on are booked by a normal sync; older ones by an import. */
  startDaysAgo?: number;
  /** Moneybird's 150-request window in seconds (default 60: five times faster than the real one). */
  rateWindowSeconds?: number;
  port?: number;
  /** Mapping paths to leave unset, so orders that need them are parked (for tests). */
  omit?: string[];
  logger?: Logger;
}

export interface Demo {
  url: string;
  shell: HeadlessShell;
  service: AppService;
  runtime: Runtime;
  mww: MijnwebwinkelSim;
  moneybird: MoneybirdSim;
  dataDir: string;
  /** The mapping that was stored (complete, before `omit`). */
  mapping: DemoMapping;
  close(): Promise<void>;
}

export interface DemoMapping {
  bookingStyle: 'sales';
  ledgerAccounts: { revenue: string };
  financialAccountId: string;
  taxRates: { domestic: Record<string, string> };
  rounding: { taxRateId: string; ledgerAccountId: string };
}

type Named = { id: string; name: string; country?: string | null };

async function moneybirdList(sim: MoneybirdSim, path: string): Promise<Named[]> {
  const response = await fetch(`${sim.apiBaseUrl}/${sim.administrationId}/${path}`, {
    headers: { authorization: `Bearer ${sim.token}` },
  });
  if (!response.ok) throw new Error(`Moneybird simulator: GET ${path} answered ${response.status}`);
  return (await response.json()) as Named[];
}

/** The choices an owner makes where the simulator's Moneybird records leave more than one option. */
export async function demoMapping(sim: MoneybirdSim): Promise<DemoMapping> {
  const [ledgers, accounts, rates] = await Promise.all([
    moneybirdList(sim, 'ledger_accounts.json'),
    moneybirdList(sim, 'financial_accounts.json'),
    moneybirdList(sim, 'tax_rates.json?filter=tax_rate_type:sales_invoice'),
  ]);
  const find = (list: Named[], what: string, test: (item: Named) => boolean) => {
    const found = list.find(test);
    if (!found) throw new Error(`The Moneybird simulator has no ${what}`);
    return found.id;
  };
  const zero = find(rates, 'tax rate "0% btw"', (r) => r.name === '0% btw' && !r.country);
  return {
    bookingStyle: 'sales',
    ledgerAccounts: { revenue: find(ledgers, 'ledger "Omzet"', (l) => l.name === 'Omzet') },
    financialAccountId: find(accounts, 'financial account "Mollie"', (a) => a.name === 'Mollie'),
    taxRates: { domestic: { '0': zero } },
    rounding: {
      taxRateId: zero,
      ledgerAccountId: find(
        ledgers,
        'ledger "Ongecategoriseerde inkomsten"',
        (l) => l.name === 'Ongecategoriseerde inkomsten',
      ),
    },
  };
}

function without(mapping: DemoMapping, paths: readonly string[]): Record<string, unknown> {
  const copy = structuredClone(mapping) as unknown as Record<string, unknown>;
  for (const path of paths) {
    const parts = path.split('.');
    let node: Record<string, unknown> | undefined = copy;
    for (const part of parts.slice(0, -1)) node = node?.[part] as Record<string, unknown> | undefined;
    if (node) delete node[parts.at(-1)!];
  }
  return copy;
}

export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  const seed = options.seed ?? 7;
  const now = Date.now();
  const historyDays = options.historyDays ?? 90;
  const rateWindowSeconds = options.rateWindowSeconds ?? 60;
  const orders =
    options.orderList ??
    generateOrders({
      seed,
      count: options.orders ?? 60,
      from: isoDay(now - historyDays * DAY),
      to: isoDay(now - DAY),
    });
  const mww = await startMijnwebwinkelSim({ seed, orders });
  const moneybird = await startMoneybirdSim({
    seed,
    rateLimit: { requests: 150, windowMs: rateWindowSeconds * 1000 },
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'winkelbrug-demo-'));
  const cleanUp = async () => {
    await Promise.all([mww.close(), moneybird.close()]);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const env = {
      ...simulatorEnv(mww, moneybird),
      WINKELBRUG_RATE_WINDOW_SECONDS: String(rateWindowSeconds),
      WINKELBRUG_HTTP_TIMEOUT_MS: '5000',
      WINKELBRUG_DATA_DIR: dataDir,
    };
    // The demo's tokens live in its environment only: nothing is written to the OS keychain.
    const { service, runtime } = await openAppService({
      env,
      dataDir,
      secrets: new EnvSecretSource(env),
      logger: options.logger,
      runAtStart: false,
    });
    if (!runtime) {
      await service.close();
      throw new Error(`The demo core did not start: ${service.status().reason?.en ?? 'unknown reason'}`);
    }
    const mapping = await demoMapping(moneybird);
    runtime.store.settings.set(completedStatusesSetting, DEMO_COMPLETED_STATUSES);
    runtime.store.settings.set(bookkeepingMappingSetting, without(mapping, options.omit ?? []));
    runtime.store.settings.set(startDateSetting, isoDay(now - (options.startDaysAgo ?? 30) * DAY));
    const shell = await startHeadlessShell({ port: options.port ?? 0, service, logger: options.logger });
    return {
      url: shell.url,
      shell,
      service,
      runtime,
      mww,
      moneybird,
      dataDir,
      mapping,
      async close() {
        await shell.close();
        await service.close();
        await cleanUp();
      },
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

function numberOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, not "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      orders: { type: 'string' },
      port: { type: 'string' },
      'rate-window-seconds': { type: 'string' },
    },
  });
  const demo = await startDemo({
    seed: numberOption('seed', values.seed),
    orders: numberOption('orders', values.orders),
    port: numberOption('port', values.port),
    rateWindowSeconds: numberOption('rate-window-seconds', values['rate-window-seconds']),
    logger: {
      log(level, message) {
        if (level === 'warn' || level === 'error') console.error(`[winkelbrug] ${level}: ${message}`);
      },
    },
  });
  const start = demo.runtime.store.settings.get(startDateSetting);
  console.log(
    [
      'Winkelbrug-demo draait tegen de simulatoren. / The Winkelbrug demo runs against the simulators.',
      `  Mijnwebwinkel: ${demo.mww.url}   Moneybird: ${demo.moneybird.url}`,
      `  ${demo.mww.shop.listOrders().length} bestellingen / orders; startdatum / start date ${start}`,
      `  Gegevens / data: ${demo.dataDir}`,
      '',
      'Open in je browser / Open in your browser:',
      '',
      `  ${demo.url}`,
      '',
      'Kies "Nu synchroniseren"; oudere bestellingen boek je met "Importeren". / Choose "Sync now"; book older orders with "Import".',
      'Stoppen / stop: Ctrl+C',
    ].join('\n'),
  );
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void demo.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
