// A shop that ignores `offset` sends its first page again for every page asked. Reading on would ask
// forever: a page that should move on past the orders read before and brings none of them is refused,
// after the one page that was read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PagingStuckError } from '../../../src/main/core/http/errors';
import { MijnwebwinkelClient, type OrderResult } from '../../../src/main/core/mijnwebwinkel/client';
import { discoverOrderPages } from '../../../src/main/core/sync/order-discovery';
import { type MijnwebwinkelSim, startMijnwebwinkelSim } from '../../sim/mijnwebwinkel/index';

let sim: MijnwebwinkelSim;

beforeAll(async () => {
  sim = await startMijnwebwinkelSim({ seed: 7, orderCount: 230 });
});

afterAll(async () => {
  await sim.close();
});

const client = () =>
  new MijnwebwinkelClient({
    baseUrl: sim.url,
    token: sim.token,
    partnerToken: sim.partnerToken,
    timeoutMs: 2_000,
  });

const LISTING = /^\/v1\/orders$/;
const listings = () => sim.server.log.count('GET', LISTING);

function offsetIgnored(): void {
  sim.server.faults.add({
    path: LISTING,
    fault: { kind: 'ignore-query', names: ['offset'] },
    times: Infinity,
  });
}

describe('a shop that ignores offset', () => {
  it('is found out at the second page of a plain read', async () => {
    offsetIgnored();
    try {
      const before = listings();
      const error = await client()
        .allOrders()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PagingStuckError);
      expect((error as PagingStuckError).userMessage.nl).toBe(
        'Mijnwebwinkel gaf bij het doorbladeren van de bestellingen steeds dezelfde bestellingen: de volgende pagina schoof niet op. Winkelbrug is gestopt met lezen, zodat er niets wordt overgeslagen, en probeert het bij de volgende synchronisatie opnieuw. Blijft het gebeuren, meld het dan bij Mijnwebwinkel.',
      );
      expect(listings() - before).toBe(2);
    } finally {
      sim.server.faults.clear();
    }
  });

  it('ends the sync’s reading after the first page, which it keeps', async () => {
    const perStatus = new Map<number, number>();
    for (const o of sim.shop.listOrders())
      if (!o.sim_test_order) perStatus.set(Number(o.status), (perStatus.get(Number(o.status)) ?? 0) + 1);
    const [status, count] = [...perStatus].sort((a, b) => b[1] - a[1])[0]!;
    expect(count).toBeGreaterThan(100);
    offsetIgnored();
    try {
      const before = listings();
      const pages: OrderResult[][] = [];
      const reading = (async () => {
        for await (const page of discoverOrderPages(client(), [status], {
          kind: 'order_date',
          since: '2000-01-01',
        }))
          pages.push(page);
      })();
      await expect(reading).rejects.toBeInstanceOf(PagingStuckError);
      expect(pages.flat()).toHaveLength(100);
      expect(listings() - before).toBe(2);
    } finally {
      sim.server.faults.clear();
    }
  });

  it('is not suspected of a shop that pages: every order, each once', async () => {
    const results = await client().allOrders();
    expect(new Set(results.map((r) => r.number)).size).toBe(results.length);
    expect(results.length).toBe(sim.shop.listOrders().filter((o) => !o.sim_test_order).length);
  });
});
