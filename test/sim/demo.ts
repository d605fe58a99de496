// `npm run demo`: the whole product against both simulators, ready to click. Starts a shop with
// generated orders from the last months and a Moneybird with a compressed request window, a fresh
// data directory with the order statuses and a complete mapping chosen from the simulator's own
// records, and the headless shell on the real engine; then prints the address to open.
//
// `npm run demo -- --fresh` is a first install instead: an empty data directory and none of the
// owner's tokens, only what the app itself is built with (the partner token, the OAuth client the
// simulator has registered, with a redirect URI on a free loopback port). The owner connects the
// shop and Moneybird in the app's setup wizard; the demo prints the shop token to paste and the
// Moneybird personal token that works instead of the browser login.
//
// Usage: npm run demo [-- --fresh --orders 60 --seed 7 --rate-window-seconds 60 --port 4321]
// startDemo() / startDemo({ fresh: true }) are the same setups for the browser tests.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AppService } from '../../src/main/core/app-service';
import { openAppService } from '../../src/main/core/app-service/open-app-service';
import type { Runtime } from '../../src/main/core/core-runtime';
import type { Logger } from '../../src/main/core/http/logger';
import { EnvSecretSource, type SecretStore } from '../../src/main/core/secrets/keychain';
import {
  bookkeepingMappingSetting,
  completedStatusesSetting,
  startDateSetting,
} from '../../src/main/core/sync/sync-settings';
import { type HeadlessShell, startHeadlessShell } from '../../src/main/headless/server';
import { MemorySecretStore, SecretsOverEnvironment } from '../support/memory-secrets';
import { freeLoopbackPort } from './common/free-port';
import { freshSimulatorEnv, type SimulatorOAuthApp, simulatorEnv } from './env';
import { generateOrders } from './mijnwebwinkel/generator';
import {
  type MijnwebwinkelSim,
  type MijnwebwinkelSimOptions,
  type MwwOrder,
  startMijnwebwinkelSim,
} from './mijnwebwinkel/index';
import {
  type MoneybirdSim,
  type MoneybirdSimOptions,
  OOB_REDIRECT_URI,
  startMoneybirdSim,
} from './moneybird/index';

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
  /** Refusal modes and the like, passed to the simulators. */
  simulators?: DemoSimulatorOptions;
  fresh?: false;
}

/** The configured demo: tokens in the environment, statuses, start date and mapping stored. */
export interface Demo extends DemoCommon {
  fresh: false;
  runtime: Runtime;
  /** The mapping that was stored (complete, before `omit`). */
  mapping: DemoMapping;
}

export interface DemoMapping {
  bookingStyle: 'sales';
  ledgerAccounts: { revenue: string };
  financialAccountId: string;
  financialAccountByPaymentMethod: { gift_card: string };
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

/**
 * The choices an owner makes where the simulator's Moneybird records leave more than one option, as
 * the wizard's demo makes them (`chooseMapping` in test/e2e/support/wizard.ts): the shop's domestic
 * 0 % (its only such product is postage stamps) and the rounding cents on "Geen btw", outside the VAT
 * return, as the fields' help advises; not on the ordinary "0% btw", which is box 1e. The gift-card
 * account the wizard proposes by its name is taken as proposed.
 */
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
  const outsideReturn = find(rates, 'tax rate "Geen btw"', (r) => r.name === 'Geen btw' && !r.country);
  return {
    bookingStyle: 'sales',
    ledgerAccounts: { revenue: find(ledgers, 'ledger "Omzet"', (l) => l.name === 'Omzet') },
    financialAccountId: find(accounts, 'financial account "Mollie"', (a) => a.name === 'Mollie'),
    // The shop's gift cards, redeemed, on their own account, as the wizard proposes.
    financialAccountByPaymentMethod: {
      gift_card: find(accounts, 'financial account "Cadeaubonnen"', (a) => a.name === 'Cadeaubonnen'),
    },
    taxRates: { domestic: { '0': outsideReturn } },
    rounding: {
      taxRateId: outsideReturn,
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

/** What the demo passes through to the simulators, e.g. a shop without API access. */
export interface DemoSimulatorOptions {
  mijnwebwinkel?: Pick<
    MijnwebwinkelSimOptions,
    'apiAccess' | 'plan' | 'storeReadableWithoutApiAccess' | 'rateLimit'
  >;
  moneybird?: Pick<MoneybirdSimOptions, 'extraAdministrations' | 'accessTokenExpiresIn'>;
}

/** A fresh install: no settings, no mapping, no statuses, no owner's tokens; the owner uses the wizard. */
export interface FreshDemoOptions
  extends Pick<
    DemoOptions,
    'seed' | 'orders' | 'orderList' | 'historyDays' | 'rateWindowSeconds' | 'port' | 'logger' | 'simulators'
  > {
  fresh: true;
  /**
   * Where the core keeps what the owner enters (shop token, Moneybird login). Default: in memory,
   * so the developer's keychain is never written. Pass `new OsKeychain({ service })` with a test
   * service name to go through the real OS keychain; the demo never deletes from it. Either way the
   * environment (MWW_PARTNER_TOKEN) lies underneath it.
   */
  secrets?: SecretStore;
}

interface DemoCommon {
  url: string;
  shell: HeadlessShell;
  service: AppService;
  mww: MijnwebwinkelSim;
  moneybird: MoneybirdSim;
  dataDir: string;
  /** The environment the core was started with. */
  env: Record<string, string>;
  close(): Promise<void>;
}

export interface FreshDemo extends DemoCommon {
  fresh: true;
  /** No runtime at start: the core builds one when `setup.finish` succeeds. */
  runtime: null;
  /** The runtime now: null until the owner finishes the setup (and again after disconnecting). */
  currentRuntime(): Runtime | null;
  /** What the core stores into (the given store, or the in-memory one), over the environment. */
  secrets: SecretsOverEnvironment;
  /** The shop token the owner pastes in the first step (the simulator's store token). */
  shopToken: string;
  /** The personal API token that works instead of the browser login. */
  moneybirdToken: string;
  /** The OAuth application the app is configured with, registered with the simulator. */
  oauth: SimulatorOAuthApp;
}

/** The OAuth application the demo registers: a free loopback port, and the out-of-band URI too. */
async function demoOAuthApp(): Promise<SimulatorOAuthApp> {
  const port = await freeLoopbackPort();
  return {
    clientId: 'winkelbrug-demo',
    clientSecret: randomBytes(24).toString('hex'),
    redirectUri: `http://127.0.0.1:${port}/oauth/callback`,
  };
}

export function startDemo(options?: DemoOptions): Promise<Demo>;
export function startDemo(options: FreshDemoOptions): Promise<FreshDemo>;
/** Either, when the mode is only known at run time (check `fresh` on the result). */
export function startDemo(options?: DemoOptions | FreshDemoOptions): Promise<Demo | FreshDemo>;
export async function startDemo(options: DemoOptions | FreshDemoOptions = {}): Promise<Demo | FreshDemo> {
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
  const oauth = options.fresh ? await demoOAuthApp() : undefined;
  const mww = await startMijnwebwinkelSim({ ...options.simulators?.mijnwebwinkel, seed, orders });
  const moneybird = await startMoneybirdSim({
    ...options.simulators?.moneybird,
    seed,
    rateLimit: { requests: 150, windowMs: rateWindowSeconds * 1000 },
    oauthClients: oauth
      ? [{ ...oauth, name: 'Winkelbrug', redirectUri: [oauth.redirectUri, OOB_REDIRECT_URI] }]
      : undefined,
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'winkelbrug-demo-'));
  const cleanUp = async () => {
    await Promise.all([mww.close(), moneybird.close()]);
    rmSync(dataDir, { recursive: true, force: true });
  };
  const common = {
    WINKELBRUG_RATE_WINDOW_SECONDS: String(rateWindowSeconds),
    WINKELBRUG_HTTP_TIMEOUT_MS: '5000',
    WINKELBRUG_DATA_DIR: dataDir,
  };
  try {
    if (options.fresh) {
      const env = { ...freshSimulatorEnv(mww, moneybird, oauth!), ...common };
      const secrets = new SecretsOverEnvironment(options.secrets ?? new MemorySecretStore(), env);
      const core = await openAppService({ env, dataDir, secrets, logger: options.logger, runAtStart: false });
      const service = core.service;
      const shell = await startHeadlessShell({ port: options.port ?? 0, service, logger: options.logger });
      return {
        fresh: true,
        url: shell.url,
        shell,
        service,
        runtime: null,
        currentRuntime: () => core.currentRuntime(),
        mww,
        moneybird,
        dataDir,
        env,
        secrets,
        shopToken: mww.token,
        moneybirdToken: moneybird.token,
        oauth: oauth!,
        async close() {
          await shell.close();
          await service.close();
          await cleanUp();
        },
      };
    }
    const env = { ...simulatorEnv(mww, moneybird), ...common };
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
      fresh: false,
      url: shell.url,
      shell,
      service,
      runtime,
      mww,
      moneybird,
      dataDir,
      env,
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

function printConfigured(demo: Demo): void {
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
      'Kies "Nu synchroniseren"; oudere bestellingen boek je bij "Eerdere bestellingen boeken". / Choose "Sync now"; book older orders under "Book earlier orders".',
      'Stoppen / stop: Ctrl+C',
    ].join('\n'),
  );
}

/** What the owner of a fresh install needs: where to go, what to paste, how to log in. */
export function freshDemoInstructions(demo: FreshDemo): string {
  const completed = demo.mww.shop
    .statuses()
    .filter((s) => DEMO_COMPLETED_STATUSES.includes(s.status))
    .map((s) => `${s.status} ${s.description}`)
    .join(', ');
  return [
    'Winkelbrug-demo als nieuwe installatie: nog niets ingesteld, niets gekoppeld.',
    'The Winkelbrug demo as a fresh install: nothing set up, nothing connected yet.',
    `  Mijnwebwinkel: ${demo.mww.url}   Moneybird: ${demo.moneybird.url}`,
    `  ${demo.mww.shop.listOrders().length} bestellingen in de winkel / orders in the shop`,
    `  Gegevens (leeg) / data (empty): ${demo.dataDir}`,
    '',
    'Open in je browser / Open in your browser:',
    '',
    `  ${demo.url}`,
    '',
    'De wizard vraagt / The wizard asks for:',
    '',
    '1. Het token van je winkel; plak dit / Your shop token; paste this:',
    '',
    `     ${demo.shopToken}`,
    '',
    '2. Moneybird: log in via de browser. De simulator toont de toestemmingspagina van Moneybird:',
    '   kies een administratie en "Toestaan" ("Weigeren" laat zien wat een weigering doet).',
    "   Moneybird: log in through the browser. The simulator shows Moneybird's consent page:",
    '   pick an administration and "Toestaan" (allow; "Weigeren", deny, shows what a refusal does).',
    `   (De browserlogin komt terug op / The browser login returns to ${demo.oauth.redirectUri})`,
    '   Of plak dit persoonlijke API-token / Or paste this personal API token:',
    '',
    `     ${demo.moneybirdToken}`,
    '',
    `3. Afgeronde orderstatussen in deze winkel / Completed order statuses in this shop: ${completed}`,
    '',
    'Stoppen / stop: Ctrl+C (de tokens stonden alleen in het geheugen / the tokens were kept in memory only)',
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      fresh: { type: 'boolean' },
      seed: { type: 'string' },
      orders: { type: 'string' },
      port: { type: 'string' },
      'rate-window-seconds': { type: 'string' },
    },
  });
  const common = {
    seed: numberOption('seed', values.seed),
    orders: numberOption('orders', values.orders),
    port: numberOption('port', values.port),
    rateWindowSeconds: numberOption('rate-window-seconds', values['rate-window-seconds']),
    logger: {
      log(level: string, message: string) {
        if (level === 'warn' || level === 'error') console.error(`[winkelbrug] ${level}: ${message}`);
      },
    },
  };
  let demo: Demo | FreshDemo;
  if (values.fresh) {
    const fresh = await startDemo({ ...common, fresh: true });
    console.log(freshDemoInstructions(fresh));
    demo = fresh;
  } else {
    const configured = await startDemo(common);
    printConfigured(configured);
    demo = configured;
  }
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
