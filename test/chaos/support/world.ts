// Both simulators for one seed's shop, a fresh data directory configured the way an owner would
// (statuses and the mapping the simulator leaves ambiguous), and the environment the CLI reads:
// exactly what `npm run sim` prints, plus the compressed rate-limit window and a short timeout.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStoreIn } from '../../../src/main/core/store';
import {
  bookkeepingMappingSetting,
  completedStatusesSetting,
} from '../../../src/main/core/sync/sync-settings';
import { ownerMapping } from '../../integration/sync/support';
import { simulatorEnv } from '../../sim/env';
import { type MijnwebwinkelSim, startMijnwebwinkelSim } from '../../sim/mijnwebwinkel/index';
import { type MoneybirdSim, startMoneybirdSim } from '../../sim/moneybird/index';
import { type ChaosShop, COMPLETED_STATUSES, startingOrders } from './shop';

/** Moneybird's 150 requests per 300 s, compressed to 150 per this many seconds on both sides. */
export const RATE_WINDOW_SECONDS = 2;
/** Short, so an injected timeout costs little; still far above the simulators' answer times. */
export const HTTP_TIMEOUT_MS = 1500;

export interface ChaosWorld {
  mww: MijnwebwinkelSim;
  moneybird: MoneybirdSim;
  dataDir: string;
  env: Record<string, string>;
  /** Readable names of the administration's tax rates and financial accounts, by id. */
  names: Map<string, string>;
  /** The administration's sales tax rates and ledger accounts as Moneybird lists them. */
  taxRates: ChaosTaxRate[];
  ledgerAccounts: Array<{ id: string; name: string }>;
  /** The owner's mapping this world was set up with (the ledger accounts it names, say). */
  mapping: Record<string, unknown>;
  /** Sets an empty (new) data folder up as the owner did the first time: statuses, start date, mapping. */
  setUpDataDir(): Promise<void>;
  close(): Promise<void>;
}

type Named = { id: string; name?: string | null; percentage?: string; country?: string | null };

export interface ChaosTaxRate {
  id: string;
  name: string;
  percentage: string;
  country: string | null;
}

async function list(sim: MoneybirdSim, path: string): Promise<Named[]> {
  const response = await fetch(`${sim.apiBaseUrl}/${sim.administrationId}/${path}`, {
    headers: { authorization: `Bearer ${sim.token}` },
  });
  if (!response.ok) throw new Error(`GET ${path} from the Moneybird simulator: ${response.status}`);
  return (await response.json()) as Named[];
}

/** Ids differ per simulator; names let two simulators' books be compared and read in a message. */
async function namesOf(sim: MoneybirdSim): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const rate of await list(sim, 'tax_rates.json')) {
    names.set(rate.id, `${rate.name} (${rate.percentage}%${rate.country ? ` ${rate.country}` : ''})`);
  }
  for (const account of await list(sim, 'financial_accounts.json')) {
    names.set(account.id, `account ${account.name}`);
  }
  return names;
}

export async function startChaosWorld(shop: ChaosShop, label: string): Promise<ChaosWorld> {
  const mww = await startMijnwebwinkelSim({ seed: shop.seed, orders: startingOrders(shop) });
  const moneybird = await startMoneybirdSim({
    seed: shop.seed,
    rateLimit: { requests: 150, windowMs: RATE_WINDOW_SECONDS * 1000 },
  });
  const dataDir = mkdtempSync(join(tmpdir(), `winkelbrug-chaos-${shop.seed}-${label}-`));
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    WINKELBRUG_DATA_DIR: dataDir,
    ...simulatorEnv(mww, moneybird),
    WINKELBRUG_RATE_WINDOW_SECONDS: String(RATE_WINDOW_SECONDS),
    WINKELBRUG_HTTP_TIMEOUT_MS: String(HTTP_TIMEOUT_MS),
    // No keychain daemon is asked: every token comes from the environment.
    DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent',
  };
  const names = await namesOf(moneybird);
  const taxRates = (await list(moneybird, 'tax_rates.json?filter=tax_rate_type:sales_invoice')).map((r) => ({
    id: r.id,
    name: r.name ?? r.id,
    percentage: r.percentage ?? '0',
    country: r.country ?? null,
  }));
  const ledgerAccounts = (await list(moneybird, 'ledger_accounts.json')).map((l) => ({
    id: l.id,
    name: l.name ?? l.id,
  }));
  const mapping = await ownerMapping(moneybird, shop.style);
  const setUpDataDir = async () => {
    const store = openStoreIn(dataDir);
    try {
      // As an owner of the command line does: the completed statuses and the mapping. No start date:
      // the import sets it to its own day (one since the start date itself is refused: from then on
      // the sync books by itself).
      store.settings.set(completedStatusesSetting, [...COMPLETED_STATUSES]);
      store.settings.set(bookkeepingMappingSetting, mapping);
    } finally {
      store.close();
    }
  };
  await setUpDataDir();
  return {
    mww,
    moneybird,
    dataDir,
    env,
    names,
    taxRates,
    ledgerAccounts,
    mapping,
    setUpDataDir,
    async close() {
      await Promise.allSettled([mww.close(), moneybird.close()]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
