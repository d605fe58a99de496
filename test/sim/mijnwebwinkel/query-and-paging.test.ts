// The shop simulator as strict as the spec: every endpoint takes exactly the query parameters the
// official spec lists (an unknown one is refused, and the contract records it), and the order list
// can change while a client pages through it.
import { afterEach, describe, expect, it } from 'vitest';
import { loadMyOnlineStoreSpec } from './contract';
import { generateOrders } from './generator';
import { type MijnwebwinkelSim, startMijnwebwinkelSim } from './index';
import { QUERY_PARAMETERS } from './query-parameters';

let sim: MijnwebwinkelSim | undefined;
afterEach(async () => {
  sim?.contract?.assertNone();
  await sim?.close();
  sim = undefined;
});

async function get(path: string, params: Record<string, string> = {}) {
  const url = new URL(`/v1${path}`, sim!.url);
  url.searchParams.set('token', sim!.token);
  url.searchParams.set('partner_token', sim!.partnerToken);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  const response = await fetch(url);
  // biome-ignore lint/suspicious/noExplicitAny: plain API JSON
  return { status: response.status, body: (await response.json()) as any };
}

describe('query parameters', () => {
  it('are, per endpoint, exactly those the official spec lists', () => {
    const spec = loadMyOnlineStoreSpec();
    const resolve = (p: { $ref?: string; name?: string; in?: string }) =>
      p.$ref ? spec.components.parameters[p.$ref.split('/').pop()!] : p;
    for (const [route, known] of Object.entries(QUERY_PARAMETERS)) {
      const item = spec.paths[`/v{version}${route.replace('{n}', '{order_number}')}`];
      expect(item?.get, route).toBeDefined();
      const inQuery = [...(item.parameters ?? []), ...(item.get.parameters ?? [])]
        .map(resolve)
        .filter((p: { in: string }) => p.in === 'query')
        .map((p: { name: string }) => p.name);
      expect([...known].sort(), route).toEqual(inQuery.sort());
    }
  });

  it("an unknown one is refused with the endpoint's error shape, and the contract records it", async () => {
    sim = await startMijnwebwinkelSim({ seed: 2, orderCount: 5, contract: 'all' });
    const misspelt = await get('/orders', { status: '3' });
    expect(misspelt.status).toBe(400);
    expect(misspelt.body).toEqual({
      code: 400,
      message: 'Bad Request',
      description: 'Unknown query parameter(s) for this endpoint: status',
    });
    const number = sim.shop.listOrders()[0]!.number;
    const payments = await get(`/orders/${number}/payments`, { language: 'nl_NL' });
    expect(payments.status).toBe(422);
    expect(payments.body.detail).toMatch(/language/);
    // Both requests broke the spec; the simulator's contract recorder saw them.
    const violations = sim.contract!.take();
    expect(violations.filter((v) => v.kind === 'request').map((v) => v.path)).toEqual([
      '/v1/orders',
      `/v1/orders/${number}/payments`,
    ]);
    // What the spec lists is taken.
    expect((await get('/orders', { status_id: '3', limit: '5', ordering: 'desc' })).status).toBe(200);
  });
});

describe('the order list changes while it is paged', () => {
  it('runs the change once, right before the first later page of that status', async () => {
    const orders = generateOrders({ seed: 4, count: 30 }).map((o, i) => ({
      ...o,
      number: 5000 + i,
      status: 3,
      sim_test_order: false,
    }));
    sim = await startMijnwebwinkelSim({ seed: 4, orders, contract: 'all' });
    const moved: number[] = [];
    sim.shop.changeWhilePaging(
      () => {
        sim!.shop.setStatus(5001, 2);
        moved.push(5001);
      },
      { statusId: 3 },
    );
    const numbers = (body: Array<{ number: number }>) => body.map((o) => Number(o.number));
    // Another status and the first page do not trigger it.
    expect((await get('/orders', { status_id: '2', limit: '10', offset: '10' })).body).toEqual([]);
    const first = numbers((await get('/orders', { status_id: '3', limit: '10' })).body);
    expect(first).toEqual(Array.from({ length: 10 }, (_, i) => 5000 + i));
    expect(moved).toEqual([]);
    // The second page is read after 5001 left status 3: 5010 slid onto the first page, unseen.
    const second = numbers((await get('/orders', { status_id: '3', limit: '10', offset: '10' })).body);
    expect(moved).toEqual([5001]);
    expect(second[0]).toBe(5011);
    expect(numbers((await get('/orders', { status_id: '2' })).body)).toEqual([5001]);
    // Once only.
    await get('/orders', { status_id: '3', limit: '10', offset: '10' });
    expect(moved).toEqual([5001]);
  });
});
