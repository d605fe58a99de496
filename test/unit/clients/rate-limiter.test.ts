import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GatePermit } from '../../../src/main/core/http/client';
import { RateLimiter, RateLimiterRegistry } from '../../../src/main/core/moneybird/rate-limiter';
import { ManualClock, settle } from './support/manual-clock';

const budget = { requests: 3, windowMs: 1000 };

function start(limiter: RateLimiter, count: number) {
  const granted: Array<GatePermit | undefined> = Array.from({ length: count }, () => undefined);
  const all = Array.from({ length: count }, (_, i) =>
    limiter.acquire().then((p) => {
      granted[i] = p;
      return p;
    }),
  );
  return { granted, all };
}

/** Uses up the whole budget: grants `limit` requests, then answers them `gapMs` apart; the answer times. */
async function useUpBudget(clock: ManualClock, limiter: RateLimiter, limit: number, gapMs: number) {
  const { granted } = start(limiter, limit);
  await settle();
  const answeredAt: number[] = [];
  for (const permit of granted) {
    await clock.advance(gapMs);
    answeredAt.push(clock.now());
    permit?.done();
  }
  return answeredAt;
}

describe('RateLimiter', () => {
  it('lets the budget through at once and the next request only a window after an answer', async () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter(budget, { clock, safetyMs: 10 });
    const { granted } = start(limiter, 4);
    await settle();
    expect(granted.filter(Boolean)).toHaveLength(3);
    const answeredAt = clock.now() + 100;
    await clock.advance(100);
    for (const p of granted.slice(0, 3)) p?.done({ status: 200, headers: {} });
    await clock.advance(1000 + 10 - 1);
    expect(granted[3]).toBeUndefined();
    await clock.advance(1);
    expect(granted[3]).toBeDefined();
    expect(clock.now()).toBe(answeredAt + 1000 + 10);
  });

  it('once the budget is used up, wakes for several free slots at a time and lets them go together', async () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter({ requests: 6, windowMs: 1000 }, { clock, safetyMs: 0, wakeBatch: 3 });
    const answeredAt = await useUpBudget(clock, limiter, 6, 10);
    const { granted } = start(limiter, 4);
    await clock.advance((answeredAt[2] ?? 0) + 1000 - clock.now() - 1);
    // The first slot has been free for 20 ms, but one request alone does not wake the process.
    expect(granted.filter(Boolean)).toHaveLength(0);
    expect(clock.sleepers).toBe(1);
    await clock.advance(1);
    expect(granted.slice(0, 3).every(Boolean)).toBe(true);
    expect(granted[3]).toBeUndefined();
    await clock.advance((answeredAt[5] ?? 0) + 1000 - clock.now());
    expect(granted[3]).toBeDefined();
  });

  it("waits for ten of Moneybird's 150 slots at a time by default", async () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter({ requests: 150, windowMs: 300_000 }, { clock, safetyMs: 0 });
    const answeredAt = await useUpBudget(clock, limiter, 150, 1);
    const { granted } = start(limiter, 10);
    await clock.advance((answeredAt[9] ?? 0) + 300_000 - clock.now() - 1);
    expect(granted.filter(Boolean)).toHaveLength(0);
    expect(clock.sleepers).toBe(1);
    await clock.advance(1);
    expect(granted.every(Boolean)).toBe(true);
  });

  it('keeps a slot occupied while its request is still in flight', async () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter(budget, { clock, safetyMs: 0 });
    const { granted } = start(limiter, 4);
    await clock.advance(10_000);
    // Nobody answered yet: the fourth must not go, however long it waits.
    expect(granted[3]).toBeUndefined();
    granted[0]?.done();
    await clock.advance(999);
    expect(granted[3]).toBeUndefined();
    await clock.advance(1);
    expect(granted[3]).toBeDefined();
  });

  it('grants in arrival order', async () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter({ requests: 1, windowMs: 100 }, { clock, safetyMs: 0 });
    const order: number[] = [];
    const runs = [0, 1, 2, 3].map((i) =>
      limiter.acquire().then((p) => {
        order.push(i);
        p.done();
      }),
    );
    await clock.advance(1000);
    await Promise.all(runs);
    expect(order).toEqual([0, 1, 2, 3]);
  });

  it('after a 429 sends nothing until the Retry-After moment', async () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter({ requests: 100, windowMs: 1000 }, { clock });
    const until = clock.now() + 5_000;
    limiter.blockUntil(until);
    expect(limiter.state().blockedUntil).toBe(until);
    expect(limiter.state().remaining).toBe(0);
    const { granted } = start(limiter, 1);
    await clock.advance(4_999);
    expect(granted[0]).toBeUndefined();
    await clock.advance(1);
    expect(granted[0]).toBeDefined();
  });

  it('honours RateLimit-Remaining and RateLimit-Reset (epoch seconds) when the server sends them', async () => {
    const clock = new ManualClock(1_800_000_000_000);
    const limiter = new RateLimiter({ requests: 150, windowMs: 300_000 }, { clock });
    const first = await limiter.acquire();
    first.done({
      status: 200,
      headers: { 'ratelimit-remaining': '1', 'ratelimit-reset': String(1_800_000_000 + 20) },
    });
    expect(limiter.state().remaining).toBe(1);
    const { granted } = start(limiter, 2);
    await settle();
    expect(granted[0]).toBeDefined();
    expect(granted[1]).toBeUndefined();
    await clock.advance(19_999);
    expect(granted[1]).toBeUndefined();
    await clock.advance(1);
    expect(granted[1]).toBeDefined();
  });

  it("reads RateLimit-Reset on this computer's clock when it is a day behind Moneybird's", async () => {
    // Moneybird's clock says 1_800_000_000 s; this computer's a day less.
    const clock = new ManualClock(1_800_000_000_000 - 86_400_000);
    const limiter = new RateLimiter({ requests: 150, windowMs: 300_000 }, { clock });
    const first = await limiter.acquire();
    first.done({
      status: 200,
      headers: {
        'ratelimit-remaining': '0',
        'ratelimit-reset': String(1_800_000_000 + 20),
        date: new Date(1_800_000_000_000).toUTCString(),
      },
    });
    // The window ends in 20 s, not in a day and 20 s.
    const { granted } = start(limiter, 1);
    await clock.advance(19_999);
    expect(granted[0]).toBeUndefined();
    await clock.advance(1);
    expect(granted[0]).toBeDefined();
  });

  it('adopts a smaller RateLimit-Limit than configured', async () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter({ requests: 150, windowMs: 1000 }, { clock });
    (await limiter.acquire()).done({ status: 200, headers: { 'ratelimit-limit': '2' } });
    expect(limiter.state().limit).toBe(2);
    expect(limiter.state().remaining).toBe(1);
  });

  it('exposes its state for an ETA', async () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter({ requests: 2, windowMs: 1000 }, { clock, safetyMs: 0 });
    expect(limiter.state()).toMatchObject({
      limit: 2,
      windowMs: 1000,
      remaining: 2,
      nextSlotAt: clock.now(),
    });
    (await limiter.acquire()).done();
    (await limiter.acquire()).done();
    const state = limiter.state();
    expect(state.remaining).toBe(0);
    expect(state.nextSlotAt).toBe(clock.now() + 1000);
    expect(limiter.estimateMs(5)).toBe(1000 + 2 * 1000);
  });

  it('stops waiting when the caller aborts, without blocking the requests behind it', async () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter({ requests: 1, windowMs: 1000 }, { clock, safetyMs: 0 });
    (await limiter.acquire()).done();
    const controller = new AbortController();
    const aborted = limiter.acquire(controller.signal);
    const next = limiter.acquire();
    controller.abort(new Error('stop'));
    await expect(aborted).rejects.toThrow('stop');
    await clock.advance(1000);
    await expect(next).resolves.toBeDefined();
  });

  it('never lets more than the budget reach the server in any window, whatever the latencies', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 25 }),
        async (limit, wakeBatch, latencies) => {
          const clock = new ManualClock();
          const windowMs = 1000;
          const limiter = new RateLimiter({ requests: limit, windowMs }, { clock, safetyMs: 0, wakeBatch });
          const spans: Array<{ sent: number; answered: number }> = [];
          const runs = latencies.map(async (latency) => {
            const permit = await limiter.acquire();
            const sent = clock.now();
            await clock.sleep(latency);
            spans.push({ sent, answered: clock.now() });
            permit.done();
          });
          for (let i = 0; i < 200 && spans.length < latencies.length; i++) await clock.advance(500);
          await Promise.all(runs);
          // The server counts each request at some moment between sending and answering. Whatever
          // moments it picks, a window [t, t + W) can only hold requests whose span reaches into it.
          for (const { answered: t } of spans) {
            const reaching = spans.filter((s) => s.sent < t + windowMs && s.answered >= t).length;
            expect(reaching).toBeLessThanOrEqual(limit);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('RateLimiterRegistry', () => {
  it('gives one limiter per token', () => {
    const registry = new RateLimiterRegistry({ requests: 5, windowMs: 1000 });
    expect(registry.forToken('token-aaaaaaaa')).toBe(registry.forToken('token-aaaaaaaa'));
    expect(registry.forToken('token-aaaaaaaa')).not.toBe(registry.forToken('token-bbbbbbbb'));
  });
});
