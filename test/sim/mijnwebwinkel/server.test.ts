import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ContractRecorder } from './contract';
import { generateOrders } from './generator';
import { type MijnwebwinkelSim, startMijnwebwinkelSim } from './index';
import type { MwwOrder } from './types';

let sim: MijnwebwinkelSim;
let contract: ContractRecorder;

const url = (path: string, params: Record<string, string> = {}, tokens = true) => {
  const u = new URL(`/v1${path}`, sim.url);
  if (tokens) {
    u.searchParams.set('token', sim.token);
    u.searchParams.set('partner_token', sim.partnerToken);
  }
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u.toString();
};
const get = async (path: string, params: Record<string, string> = {}, tokens = true) => {
  const res = await fetch(url(path, params, tokens));
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are inspected loosely; the contract validator checks their shape
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
};
const visible = () => sim.shop.listOrders().filter((o) => !o.sim_test_order);
const numbers = (list: MwwOrder[]) => list.map((o) => Number(o.number));

beforeAll(async () => {
  sim = await startMijnwebwinkelSim({ seed: 11, orderCount: 240, contract: 'all' });
  contract = sim.contract!;
});
afterEach(() => {
  sim.server.faults.clear();
  contract.assertNone();
});
afterAll(() => sim.close());

describe('store, statuses and tax policy', () => {
  it('serves the store', async () => {
    const { status, body } = await get('/store', { format: 'json', language: 'nl_NL' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ currency: 'EUR', prices_include_tax: true, region_code: 'NL' });
  });

  it('serves the statuses with the partner token alone, localised', async () => {
    const res = await fetch(`${sim.url}/v1/orderstatuses?partner_token=${sim.partnerToken}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Array<{ status: number; description: string; credit_order: boolean }>;
    expect(body).toEqual(sim.shop.statuses());
    expect(body.find((s) => s.status === 10)?.credit_order).toBe(true);
    const en = await get('/orderstatuses', { language: 'en_GB' });
    expect(en.body.find((s: { status: number }) => s.status === 2).description).toBe('Shipped');
  });

  it('serves the tax policy regions as a bare array', async () => {
    const { body } = await get('/tax-policy/regions');
    expect(body.map((r: { regionCode: string }) => r.regionCode)).toEqual(['NL', 'BE', 'DE', 'FR']);
  });
});

describe('tokens', () => {
  it('refuses missing and wrong tokens with the Error body', async () => {
    for (const [params, tokens] of [
      [{}, false],
      [{ partner_token: 'x' }, false],
      [{ token: 'wrong' }, true],
      [{ partner_token: 'wrong' }, true],
    ] as const) {
      const { status, body } = await get('/orders', params, tokens);
      expect(status).toBe(401);
      expect(body).toMatchObject({ code: 401, message: 'Unauthorized' });
      expect(typeof body.description).toBe('string');
    }
    const statuses = await fetch(`${sim.url}/v1/orderstatuses?token=${sim.token}`);
    expect(statuses.status).toBe(401);
    // The two requests without both tokens broke the spec's security requirement; the validator saw it.
    expect(
      contract.take().filter((v) => v.kind === 'request' && v.errors.some((e) => e.startsWith('security'))),
    ).toHaveLength(3);
  });
});

describe('orders', () => {
  it('pages with limit (default 10, max 100) and offset, ascending by number unless desc', async () => {
    const all = numbers(visible());
    const first = await get('/orders');
    expect(first.status).toBe(200);
    expect(Array.isArray(first.body)).toBe(true);
    expect(numbers(first.body)).toEqual(all.slice(0, 10));
    const collected: number[] = [];
    for (let offset = 0; ; offset += 100) {
      const page = await get('/orders', { limit: '100', offset: String(offset) });
      collected.push(...numbers(page.body));
      if (page.body.length < 100) break;
    }
    expect(collected).toEqual(all);
    const desc = await get('/orders', { ordering: 'desc', limit: '5' });
    expect(numbers(desc.body)).toEqual([...all].reverse().slice(0, 5));
    expect((await get('/orders/count')).body).toEqual({ count: all.length });
  });

  it('filters on status, order date, status change window and archived', async () => {
    const orders = visible();
    const count = async (params: Record<string, string>) => (await get('/orders/count', params)).body.count;
    const list = async (params: Record<string, string>) =>
      numbers((await get('/orders', { ...params, limit: '100' })).body);
    expect(await count({ status_id: '2' })).toBe(orders.filter((o) => o.status === 2).length);
    expect(await list({ status_id: '10' })).toEqual(
      numbers(orders.filter((o) => o.status === 10)).slice(0, 100),
    );
    const inRange = orders.filter((o) => o.date >= '2024-03-01' && o.date <= '2024-03-31');
    expect(await count({ start_date: '2024-03-01', end_date: '2024-03-31' })).toBe(inRange.length);
    expect(await list({ start_date: '2024-03-01', end_date: '2024-03-31' })).toEqual(numbers(inRange));
    const changed = orders.filter((o) => {
      const at = `${o.status_changed_date} ${o.status_changed_time}`;
      return at >= '2024-06-01 00:00:00' && at <= '2024-06-15 12:00:00';
    });
    const window = {
      status_changed_start_date: '2024-06-01 00:00:00',
      status_changed_end_date: '2024-06-15 12:00:00',
    };
    expect(await list(window)).toEqual(numbers(changed));
    const archived = orders.filter((o) => o.archived);
    expect(archived.length).toBeGreaterThan(0);
    expect(await count({ archived: 'true' })).toBe(archived.length);
    expect(await count({ archived: 'false' })).toBe(orders.length - archived.length);
  });

  it('hides test orders unless test=true', async () => {
    const tests = sim.shop.listOrders().filter((o) => o.sim_test_order);
    expect(tests.length).toBeGreaterThan(0);
    const withTests = await get('/orders/count', { test: 'true' });
    expect(withTests.body.count).toBe(sim.shop.listOrders().length);
    const listed = await get('/orders', { test: 'false', limit: '100', offset: '0' });
    expect(numbers(listed.body)).not.toContain(Number(tests[0]?.number));
    const single = await get(`/orders/${tests[0]?.number}`);
    expect(single.body).not.toHaveProperty('sim_test_order');
  });

  it('filters on the debtor e-mail (case-insensitively) or id', async () => {
    const withEmail = visible().find((o) => o.debtor.email);
    const email = withEmail?.debtor.email ?? '';
    const { body } = await get('/orders', { debtor_email: email.toUpperCase(), limit: '100' });
    expect(body.length).toBeGreaterThan(0);
    for (const o of body) expect(o.debtor.email.toLowerCase()).toBe(email.toLowerCase());
  });

  it('serves one order by number, 404 for an unknown one', async () => {
    const order = visible()[3] as MwwOrder;
    const { status, body } = await get(`/orders/${order.number}`);
    expect(status).toBe(200);
    expect(body).toEqual(order);
    const missing = await get('/orders/999999');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 404 });
  });

  it('answers bad parameters with 400 and the Error body', async () => {
    const cases: Array<Record<string, string>> = [
      { limit: '101' },
      { limit: 'ten' },
      { ordering: 'sideways' },
      { start_date: '01-02-2024' },
      { status_changed_start_date: '2024-01-01T10:00:00Z' },
      { archived: 'maybe' },
      { language: 'xx_XX' },
      { format: 'xml' },
    ];
    for (const params of cases) {
      const { status, body } = await get('/orders', params);
      expect(status, JSON.stringify(params)).toBe(400);
      expect(body.code).toBe(400);
    }
    // Each of these breaks the spec's parameter schema except format=xml (allowed, not simulated).
    const requestViolations = contract.take().filter((v) => v.kind === 'request');
    expect(requestViolations).toHaveLength(7);
  });
});

describe('payments', () => {
  it('shows captures in cents with mutations and the order snapshot', async () => {
    const order = visible().find(
      (o) => o.payment_status === 'captured' && o.payment && o.price?.total !== '0.00',
    ) as MwwOrder;
    const plain = await get(`/orders/${order.number}/payments`);
    expect(plain.body.payments).toHaveLength(1);
    expect(plain.body.payments[0]).not.toHaveProperty('mutations');
    const { body } = await get(`/orders/${order.number}/payments`, { embed: 'mutations,order' });
    const [payment] = body.payments;
    const cents = Math.round(Number(order.price?.total) * 100);
    expect(payment.price).toBe(cents);
    expect(
      payment.mutations.some(
        (m: { type: string; price: number }) => m.type === 'capture' && m.price === cents,
      ),
    ).toBe(true);
    expect(payment.order.reference).toBe(String(order.number));
    expect(payment.order.price).toBe(cents);
  });

  it('shows a refund on an original for each credit order, none on the credit order itself', async () => {
    const credit = sim.shop.listOrders().find((o) => o.credited_order_number !== undefined) as MwwOrder;
    const original = await get(`/orders/${credit.credited_order_number}/payments`, { embed: 'mutations' });
    const refunds = original.body.payments[0].mutations.filter((m: { type: string }) => m.type === 'refund');
    expect(refunds.map((m: { price: number }) => m.price)).toContain(
      Math.round(Number(credit.price?.total) * 100),
    );
    expect((await get(`/orders/${credit.number}/payments`)).body).toEqual({ payments: [] });
  });

  it('captures an instant payment when the order is placed, a bank transfer or Klarna at its status change', async () => {
    const base = visible().find(
      (o) => o.payment_status === 'captured' && o.price?.total !== '0.00' && !o.credit_order_numbers?.length,
    ) as MwwOrder;
    /** A captured order paid by `payment`, placed on one day and completed on a later one. */
    const paid = (number: number, payment: MwwOrder['payment'], placed: string, changed: string) => {
      sim.shop.addOrder({
        ...structuredClone(base),
        number,
        uuid: `${base.uuid.slice(0, 24)}${String(number).padStart(12, '0')}`,
        credit_order_numbers: [],
        payment,
        payment_status: 'captured',
        status: 3,
        date: placed.slice(0, 10),
        time: placed.slice(11),
        status_changed_date: changed.slice(0, 10),
        status_changed_time: changed.slice(11),
      });
    };
    const mutationsOf = async (number: number) => {
      const { body } = await get(`/orders/${number}/payments`, { embed: 'mutations' });
      return body.payments[0].mutations.map((m: { type: string; createdAt: string }) => [
        m.type,
        m.createdAt,
      ]);
    };
    const status = { id: 1, text: 'Succesvol' };
    // iDEAL: paid at checkout, on 21 October in summer time; the shop ships it the next morning.
    paid(
      90_010,
      { gateway_name: 'mollie', method_name: 'ideal', status },
      '2026-10-21 13:10:00',
      '2026-10-22 09:30:00',
    );
    expect(await mutationsOf(90_010)).toEqual([['capture', '2026-10-21T13:10:00+02:00']]);
    // A bank transfer: the money arrives days later, in winter time, when the shop marks it paid.
    paid(
      90_011,
      { gateway_name: 'basic', method_name: 'bank_transfer', status },
      '2026-01-30 22:15:00',
      '2026-02-02 10:05:00',
    );
    expect(await mutationsOf(90_011)).toEqual([['capture', '2026-02-02T10:05:00+01:00']]);
    // Klarna pay later: authorized at checkout, captured when the shop ships.
    paid(
      90_012,
      { gateway_name: 'klarna_checkout', method_name: 'klarna_paylater', status },
      '2026-03-27 20:00:00',
      '2026-03-30 08:45:00',
    );
    expect(await mutationsOf(90_012)).toEqual([
      ['authorize', '2026-03-27T20:00:00+01:00'],
      ['capture', '2026-03-30T08:45:00+02:00'],
    ]);
  });

  it('answers an unknown order with 404 and a bad embed with 422, as RFC 7807 problems', async () => {
    const missing = await get('/orders/999999/payments');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ status: 404, title: 'Not Found' });
    const bad = await get(`/orders/${visible()[0]?.number}/payments`, { embed: 'everything' });
    expect(bad.status).toBe(422);
    expect(bad.body.status).toBe(422);
  });
});

describe('scripting', () => {
  it('a status change shows up in the status-changed window; new orders appear', async () => {
    const order =
      visible().find((o) => o.status === 1 && o.payment_status === 'captured') ?? (visible()[0] as MwwOrder);
    const at = new Date('2030-05-05T10:00:00Z'); // 12:00:00 in Amsterdam (summer time)
    sim.shop.setStatus(order.number, 3, at);
    const window = {
      status_changed_start_date: '2030-05-05 11:59:00',
      status_changed_end_date: '2030-05-05 12:01:00',
    };
    const { body } = await get('/orders', window);
    expect(numbers(body)).toEqual([Number(order.number)]);
    expect(body[0]).toMatchObject({
      status: 3,
      status_changed_date: '2030-05-05',
      status_changed_time: '12:00:00',
    });

    const [extra] = generateOrders({ seed: 77, count: 1, firstNumber: 90001 });
    sim.shop.addOrder({ ...(extra as MwwOrder), sim_test_order: undefined });
    expect((await get('/orders/90001')).status).toBe(200);
    sim.shop.updateOrder(90001, { archived: true });
    expect((await get('/orders/90001')).body.archived).toBe(true);
    expect(() => sim.shop.setStatus(123456789, 2)).toThrow(/no order/);
  });

  it('a new credit order links its original', () => {
    const original = visible().find(
      (o) => o.payment_status === 'captured' && !o.credit_order_numbers?.length,
    ) as MwwOrder;
    sim.shop.addOrder({
      ...original,
      number: 90002,
      credited_order_number: Number(original.number),
      status: 10,
    });
    expect(sim.shop.getOrder(original.number)?.credit_order_numbers).toEqual([90002]);
  });
});

describe('faults', () => {
  it('commit-then-drop: the client sees no answer, the log shows it was handled', async () => {
    sim.server.faults.add({ fault: { kind: 'commit-then-drop' }, path: '/orders/count' });
    await expect(fetch(url('/orders/count'))).rejects.toThrow();
    const entry = sim.server.log.entries.at(-1);
    expect(entry?.fault).toBe('commit-then-drop');
    expect(entry?.status).toBe(200);
  });

  it('status, reset and latency faults', async () => {
    sim.server.faults.add({
      fault: { kind: 'status', status: 503, body: { code: 503, message: 'Service Unavailable' } },
      path: '/store',
    });
    expect((await get('/store')).status).toBe(503);
    sim.server.faults.add({ fault: { kind: 'reset' }, path: '/store' });
    await expect(fetch(url('/store'))).rejects.toThrow();
    sim.server.faults.add({ fault: { kind: 'latency', ms: 20 }, path: '/store' });
    expect((await get('/store')).status).toBe(200);
    expect(sim.server.log.entries.at(-1)?.fault).toBe('latency');
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once the shop exceeds its window', async () => {
    const limited = await startMijnwebwinkelSim({
      seed: 3,
      orderCount: 5,
      rateLimit: { requests: 3, windowMs: 60_000 },
      contract: 'all',
    });
    const limitedContract = limited.contract!;
    try {
      const call = () =>
        fetch(`${limited.url}/v1/store?token=${limited.token}&partner_token=${limited.partnerToken}`);
      for (let i = 0; i < 3; i++) expect((await call()).status).toBe(200);
      const res = await call();
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await res.json()).toMatchObject({ code: 429 });
      limitedContract.assertNone();
    } finally {
      await limited.close();
    }
  });
});

describe('orders from a file', () => {
  it('serves the orders of a JSON file and names the bad field of a broken one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mww-sim-'));
    const file = join(dir, 'orders.json');
    const orders = generateOrders({ seed: 21, count: 4, firstNumber: 700 }).map(
      ({ sim_test_order: _t, ...o }) => o,
    );
    writeFileSync(file, JSON.stringify(orders));
    const fromFile = await startMijnwebwinkelSim({ ordersFile: file, token: 'tok', partnerToken: 'ptok' });
    try {
      const res = await fetch(`${fromFile.url}/v1/orders?token=tok&partner_token=ptok`);
      expect(numbers((await res.json()) as MwwOrder[])).toEqual([700, 701, 702, 703]);
    } finally {
      await fromFile.close();
    }
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify([{ ...orders[0], date: '3 May' }]));
    await expect(startMijnwebwinkelSim({ ordersFile: broken })).rejects.toThrow(/\[0\]\.date/);
    writeFileSync(broken, '{"not": "an array"}');
    await expect(startMijnwebwinkelSim({ ordersFile: broken })).rejects.toThrow(/array/);
  });
});
