// A shop whose plan has no API access: the store's endpoints answer 403 (the spec's Error body, or
// ApiProblem on the camelCase endpoints), the store record reports the lower plan, the partner-only
// status list still works, wrong tokens still get 401 first, and an upgrade opens everything.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ContractRecorder } from './contract';
import { API_PLAN, LOWER_PLAN, type MijnwebwinkelSim, startMijnwebwinkelSim } from './index';

const sims: MijnwebwinkelSim[] = [];
const contracts: ContractRecorder[] = [];

async function shop(options: Parameters<typeof startMijnwebwinkelSim>[0]) {
  const sim = await startMijnwebwinkelSim({ seed: 5, orderCount: 12, contract: 'all', ...options });
  sims.push(sim);
  contracts.push(sim.contract!);
  return sim;
}

async function get(sim: MijnwebwinkelSim, path: string, tokens: { token?: string; partner?: string } = {}) {
  const url = new URL(`/v1${path}`, sim.url);
  url.searchParams.set('token', tokens.token ?? sim.token);
  url.searchParams.set('partner_token', tokens.partner ?? sim.partnerToken);
  const response = await fetch(url);
  // biome-ignore lint/suspicious/noExplicitAny: bodies are inspected loosely; the contract recorder checks their shape
  return { status: response.status, body: (await response.json()) as any };
}

let first: string;

afterEach(() => {
  for (const contract of contracts) contract.assertNone();
});
afterAll(async () => {
  await Promise.all(sims.map((sim) => sim.close()));
});

describe('a shop without API access on its plan', () => {
  let sim: MijnwebwinkelSim;
  beforeAll(async () => {
    sim = await shop({ apiAccess: false });
    first = String(sim.shop.listOrders()[0]!.number);
  });

  it('reports its lower plan on /v1/store', async () => {
    const { status, body } = await get(sim, '/store');
    expect(status).toBe(200);
    expect(body.version).toBe(LOWER_PLAN);
    expect(body.name).toBe('Het Simulatiewinkeltje');
    expect(sim.shop.plan()).toBe(LOWER_PLAN);
  });

  it('answers 403 with the Error body on the order endpoints', async () => {
    for (const path of ['/orders', '/orders/count', `/orders/${first}`]) {
      const { status, body } = await get(sim, path);
      expect(status, path).toBe(403);
      expect(body).toEqual({
        code: 403,
        message: 'Forbidden',
        description: expect.stringContaining(API_PLAN),
      });
      expect(body.description).toContain(LOWER_PLAN);
    }
  });

  it('answers 403 as an RFC 7807 problem on the payments and tax-policy endpoints', async () => {
    for (const path of [`/orders/${first}/payments`, '/tax-policy/regions']) {
      const { status, body } = await get(sim, path);
      expect(status, path).toBe(403);
      expect(body).toMatchObject({
        status: 403,
        title: 'Forbidden',
        detail: expect.stringContaining(API_PLAN),
      });
    }
  });

  it('still serves the partner-only status list', async () => {
    const response = await fetch(`${sim.url}/v1/orderstatuses?partner_token=${sim.partnerToken}`);
    expect(response.status).toBe(200);
  });

  it('checks the tokens first: a wrong store or partner token is 401, not 403', async () => {
    expect((await get(sim, '/orders', { token: 'wrong' })).status).toBe(401);
    expect((await get(sim, '/store', { token: 'wrong' })).status).toBe(401);
    expect((await get(sim, '/orders', { partner: 'wrong' })).status).toBe(401);
  });

  it('opens up after an upgrade and closes again after a downgrade', async () => {
    sim.shop.setApiAccess(true);
    expect((await get(sim, '/orders/count')).body).toEqual({ count: expect.any(Number) });
    expect((await get(sim, '/store')).body.version).toBe(API_PLAN);
    sim.shop.setApiAccess(false, 'Start');
    const refused = await get(sim, '/orders');
    expect(refused.status).toBe(403);
    expect(refused.body.description).toContain('Start');
    expect((await get(sim, '/store')).body.version).toBe('Start');
  });
});

describe('options', () => {
  it('can refuse /v1/store as well', async () => {
    const sim = await shop({ apiAccess: false, storeReadableWithoutApiAccess: false });
    const { status, body } = await get(sim, '/store');
    expect(status).toBe(403);
    expect(body).toMatchObject({ code: 403, message: 'Forbidden' });
  });

  it('reports the plan it is given; a shop with access reports Premium by default', async () => {
    expect((await get(await shop({}), '/store')).body.version).toBe(API_PLAN);
    const basic = await shop({ apiAccess: false, plan: 'Basic' });
    expect((await get(basic, '/store')).body.version).toBe('Basic');
  });
});
