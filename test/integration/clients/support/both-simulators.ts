// Both simulators for one test file of the clients: started before its tests, closed after them, and
// a client of each with the file's own timeout and retries.
import { afterAll, beforeAll } from 'vitest';
import type { RetryPolicy } from '../../../../src/main/core/http/client';
import { MijnwebwinkelClient } from '../../../../src/main/core/mijnwebwinkel/client';
import { MoneybirdClient, staticToken } from '../../../../src/main/core/moneybird/client';
import { type MijnwebwinkelSim, startMijnwebwinkelSim } from '../../../sim/mijnwebwinkel/index';
import { type MoneybirdSim, startMoneybirdSim } from '../../../sim/moneybird/index';

export interface ClientOptions {
  timeoutMs: number;
  retry?: Partial<RetryPolicy>;
}

export interface BothSimulators {
  shop(): MijnwebwinkelSim;
  moneybird(): MoneybirdSim;
  shopClient(options: ClientOptions): MijnwebwinkelClient;
  moneybirdClient(options: ClientOptions): MoneybirdClient;
}

/** Registers the start and close of a small shop and an unlimited Moneybird, both from `seed`. */
export function bothSimulators(seed: number): BothSimulators {
  let shop: MijnwebwinkelSim | undefined;
  let moneybird: MoneybirdSim | undefined;
  beforeAll(async () => {
    shop = await startMijnwebwinkelSim({ seed, orderCount: 5 });
    moneybird = await startMoneybirdSim({ seed, rateLimit: null });
  });
  afterAll(async () => {
    await shop?.close();
    await moneybird?.close();
  });
  const started = <T>(sim: T | undefined): T => {
    if (sim === undefined) throw new Error('the simulators start before the tests');
    return sim;
  };
  return {
    shop: () => started(shop),
    moneybird: () => started(moneybird),
    shopClient: (options) => {
      const sim = started(shop);
      return new MijnwebwinkelClient({
        baseUrl: sim.url,
        token: sim.token,
        partnerToken: sim.partnerToken,
        ...options,
      });
    },
    moneybirdClient: (options) => {
      const sim = started(moneybird);
      return new MoneybirdClient({
        baseUrl: sim.apiBaseUrl,
        administrationId: sim.administrationId,
        token: staticToken(sim.token),
        ...options,
      });
    },
  };
}
