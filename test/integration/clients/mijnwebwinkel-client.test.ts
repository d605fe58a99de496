import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthenticationError, NotFoundError, TransientError } from '../../../src/main/core/http/errors';
import { MijnwebwinkelClient } from '../../../src/main/core/mijnwebwinkel/client';
import { type MijnwebwinkelSim, startMijnwebwinkelSim } from '../../sim/mijnwebwinkel/index';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { CapturingLogger, errorText } from './support/capture-logger';

let sim: MijnwebwinkelSim;
const logger = new CapturingLogger();
const errors: unknown[] = [];

function client(overrides: Partial<ConstructorParameters<typeof MijnwebwinkelClient>[0]> = {}) {
  return new MijnwebwinkelClient({
    baseUrl: sim.url,
    token: sim.token,
    partnerToken: sim.partnerToken,
    logger,
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    timeoutMs: 2_000,
    ...overrides,
  });
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  errors.push(error);
  return error;
}

const visible = () => sim.shop.listOrders().filter((o) => !o.sim_test_order);

beforeAll(async () => {
  sim = await startMijnwebwinkelSim({ seed: 7, orderCount: 230 });
});

afterAll(async () => {
  await sim.close();
});

describe('Mijnwebwinkel client against the simulator', () => {
  it('reads the store and its order statuses', async () => {
    const mww = client();
    expect((await mww.store()).name).toBeTruthy();
    const statuses = await mww.orderStatuses();
    expect(statuses.map((s) => s.status)).toEqual(sim.shop.statuses().map((s) => s.status));
    expect(statuses.find((s) => s.credit_order)?.status).toBe(10);
  });

  it('reads every page of orders, 100 at a time, and the count agrees', async () => {
    const mww = client();
    sim.server.log.clear();
    const results = await mww.allOrders();
    const failed = results.filter((r) => !r.ok);
    expect(failed.map((r) => (r.ok ? '' : `${r.number}: ${JSON.stringify(r.issues)}`))).toEqual([]);
    expect(results.map((r) => r.number).sort()).toEqual(
      visible()
        .map((o) => String(o.number).trim())
        .sort(),
    );
    expect(await mww.countOrders()).toBe(results.length);
    const pages = sim.server.log.filter((e) => e.path === '/v1/orders');
    expect(pages.map((e) => [e.query.offset, e.query.limit])).toEqual(
      Array.from({ length: Math.floor(results.length / 100) + 1 }, (_, i) => [String(i * 100), '100']),
    );
  });

  it('applies the filters the sync needs', async () => {
    const mww = client();
    const paid = await mww.allOrders({ statusId: 3 });
    expect(paid.length).toBe(visible().filter((o) => o.status === 3).length);
    expect(paid.every((r) => r.ok && r.order.status === 3)).toBe(true);

    const all = visible();
    const dates = all.map((o) => o.date).sort();
    const from = dates[Math.floor(dates.length / 4)]!;
    const to = dates[Math.floor((dates.length * 3) / 4)]!;
    const ranged = await mww.allOrders({ startDate: from, endDate: to });
    expect(ranged.length).toBe(all.filter((o) => o.date >= from && o.date <= to).length);

    const target = all[5]!;
    sim.shop.setStatus(target.number, 6, new Date('2030-06-01T10:00:00Z'));
    const changed = await mww.allOrders({
      statusChangedFrom: '2030-05-31 00:00:00',
      statusChangedTo: '2030-06-02 00:00:00',
    });
    expect(changed.map((r) => r.number)).toEqual([String(target.number).trim()]);

    const withTest = await mww.countOrders({ test: true });
    expect(withTest).toBe(sim.shop.listOrders().length);

    const email = all.find((o) => o.debtor.email)?.debtor.email;
    if (email) {
      const byEmail = await mww.allOrders({ debtorEmail: email });
      expect(byEmail.length).toBe(
        all.filter((o) => o.debtor.email?.toLowerCase() === email.toLowerCase()).length,
      );
    }
    await expect(mww.allOrders({ startDate: '1-1-2024' })).rejects.toThrow(RangeError);
  });

  it('accepts the loose forms the API is documented to send', async () => {
    const template = structuredClone(visible().find((o) => (o.orderlines?.length ?? 0) > 0)!);
    const loose: MwwOrder = {
      ...template,
      number: '99001', // a number sent as a string
      uuid: '00000000-0000-4000-8000-000000099001',
      comments: [], // PHP's empty object
      price: {
        total: template.price!.total,
        tax: Array.isArray(template.price!.tax) ? template.price!.tax[0] : template.price!.tax,
      },
      orderlines: template.orderlines!.map((line) => ({
        ...line,
        price: Array.isArray(line.price) ? line.price : line.price ? [line.price] : line.price,
      })),
      shipping: [{ country: [] }],
    };
    sim.shop.addOrder(loose);
    const result = await client().order('99001');
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.number).toBe('99001');
  });

  it('returns an order that does not parse with its bad fields instead of dropping it', async () => {
    const template = structuredClone(visible()[0]!);
    sim.shop.addOrder({
      ...template,
      number: 99002,
      uuid: '00000000-0000-4000-8000-000000099002',
      price: { total: 'veel', tax: [] },
    });
    const result = await client().order('99002');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.number).toBe('99002');
      expect(result.issues.map((i) => i.field).join(' ')).toMatch(/price/);
    }
  });

  it('reads one order, its payments, and reports an unknown one as not found', async () => {
    const mww = client();
    const captured = visible().find(
      (o) => o.payment_status === 'captured' && o.credited_order_number === undefined,
    )!;
    const one = await mww.order(String(captured.number));
    expect(one.ok).toBe(true);
    const payments = await mww.orderPayments(String(captured.number));
    expect(payments.length).toBeGreaterThan(0);
    expect(payments[0]!.mutations?.some((m) => m.type === 'capture')).toBe(true);
    expect(Number.isInteger(payments[0]!.price)).toBe(true);
    const missing = await caught(mww.order('8888888'));
    expect(missing).toBeInstanceOf(NotFoundError);
  });

  it('retries reads through 5xx, resets and timeouts', async () => {
    // The injected timeout costs one wait; the bound is generous so that an ordinary answer on a
    // busy machine never times out too (which would add a retry and change the count below).
    const mww = client({ timeoutMs: 1_500 });
    sim.server.faults.add({ path: '/v1/store', fault: { kind: 'status', status: 502 } });
    sim.server.faults.add({ path: '/v1/store', fault: { kind: 'reset' } });
    sim.server.faults.add({ path: '/v1/store', fault: { kind: 'timeout' } });
    const before = sim.server.log.count('GET', '/v1/store');
    expect((await mww.store()).name).toBeTruthy();
    expect(sim.server.log.count('GET', '/v1/store') - before).toBe(4);
  });

  it('gives up on a read after the configured attempts with a transient error', async () => {
    sim.server.faults.add({
      path: '/v1/orderstatuses',
      fault: { kind: 'status', status: 500 },
      times: Infinity,
    });
    try {
      const before = sim.server.log.count('GET', '/v1/orderstatuses');
      const error = await caught(
        client({ retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20 } }).orderStatuses(),
      );
      expect(error).toBeInstanceOf(TransientError);
      expect((error as TransientError).retryable).toBe(true);
      expect(sim.server.log.count('GET', '/v1/orderstatuses') - before).toBe(3);
    } finally {
      sim.server.faults.clear();
    }
  });

  it('reports a revoked or wrong token as an authentication error', async () => {
    const error = await caught(client({ token: 'not-the-store-token-123' }).store());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).userMessage.nl).toMatch(/Mijnwebwinkel/);
  });

  it('never lets a token into a log line, an error or a stored URL', async () => {
    const everything = logger.text() + errors.map(errorText).join('\n');
    expect(logger.lines.some((l) => String(l.fields?.url ?? '').includes('/v1/'))).toBe(true);
    expect(errors.length).toBeGreaterThan(0);
    for (const secret of [sim.token, sim.partnerToken, 'not-the-store-token-123']) {
      expect(everything).not.toContain(secret);
    }
    for (const error of errors) expect((error as { url: string }).url).toMatch(/token=\[redacted\]/);
  });
});

describe('Mijnwebwinkel rate limit', () => {
  it('waits out a 429 for the seconds in Retry-After and then succeeds', async () => {
    const limited = await startMijnwebwinkelSim({
      seed: 8,
      orderCount: 5,
      rateLimit: { requests: 2, windowMs: 1_000 },
    });
    try {
      const mww = new MijnwebwinkelClient({
        baseUrl: limited.url,
        token: limited.token,
        partnerToken: limited.partnerToken,
      });
      for (let i = 0; i < 3; i++) expect((await mww.store()).name).toBeTruthy();
      const entries = limited.server.log.entries;
      const throttled = entries.find((e) => e.status === 429);
      expect(throttled).toBeDefined();
      const after = entries.filter((e) => e.seq > throttled!.seq);
      expect(after.at(-1)?.status).toBe(200);
      expect(after.at(-1)!.at - throttled!.at).toBeGreaterThanOrEqual(
        Number(throttled!.responseHeaders!['retry-after']) * 1000 - 5,
      );
    } finally {
      await limited.close();
    }
  });
});
