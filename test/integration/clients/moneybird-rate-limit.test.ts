import { afterEach, describe, expect, it } from 'vitest';
import { type Clock, systemClock } from '../../../src/main/core/http/clock';
import { MoneybirdClient, staticToken } from '../../../src/main/core/moneybird/client';
import { RateLimiterRegistry } from '../../../src/main/core/moneybird/rate-limiter';
import { type MoneybirdSim, startMoneybirdSim } from '../../sim/moneybird/index';

let sim: MoneybirdSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('Moneybird rate limit', () => {
  it('finishes a burst of 400 requests with zero 429s (150 per 3 s, as the simulator counts)', async () => {
    const budget = { requests: 150, windowMs: 3_000 };
    sim = await startMoneybirdSim({ seed: 3, rateLimit: budget });
    const limiters = new RateLimiterRegistry(budget);
    const mb = new MoneybirdClient({
      baseUrl: sim.apiBaseUrl,
      administrationId: sim.administrationId,
      token: staticToken(sim.token),
      limiters,
    });
    const limiter = await mb.rateLimiter();
    const results = await Promise.all(Array.from({ length: 400 }, () => mb.workflows()));
    expect(results).toHaveLength(400);
    const api = sim.server.log.filter((e) => e.path.startsWith('/api/v2/'));
    expect(api).toHaveLength(400);
    expect(api.filter((e) => e.status === 429)).toHaveLength(0);
    expect(limiter.state().limit).toBe(150);
  }, 60_000);

  it('waits out a 429 until the epoch moment in Retry-After, not that many seconds', async () => {
    // The simulator allows 3 per 2 s; this client believes it may send far more, so it hits the 429.
    sim = await startMoneybirdSim({ seed: 4, rateLimit: { requests: 3, windowMs: 2_000 } });
    const mb = new MoneybirdClient({
      baseUrl: sim.apiBaseUrl,
      administrationId: sim.administrationId,
      token: staticToken(sim.token),
      limiters: new RateLimiterRegistry({ requests: 1_000, windowMs: 1_000 }),
    });
    for (let i = 0; i < 4; i++) await mb.documentStyles();
    const entries = sim.server.log.filter((e) => e.path.startsWith('/api/v2/'));
    const throttled = entries.find((e) => e.status === 429);
    expect(throttled).toBeDefined();
    const retryAfter = Number(throttled?.responseHeaders?.['retry-after']);
    // An epoch timestamp in seconds, as Moneybird sends it.
    expect(retryAfter).toBeGreaterThan(1e9);
    const retried = entries.filter((e) => e.seq > throttled!.seq);
    expect(retried).toHaveLength(1);
    expect(retried[0]?.status).toBe(200);
    expect(retried[0]!.at).toBeGreaterThanOrEqual(retryAfter * 1000);
  });

  // The owner's computer may be set a month wrong. Moneybird's Retry-After is a moment on its own
  // clock; read on the computer's, it would wait a month (behind) or not at all (ahead). The answer's
  // Date header gives the difference, and the wait is as long as Moneybird means.
  it.each([
    ['behind', -31],
    ['ahead', 31],
  ])('waits out a 429 as long as Moneybird means with this computer’s clock a month %s', async (_, days) => {
    sim = await startMoneybirdSim({ seed: 6, rateLimit: { requests: 3, windowMs: 2_000 } });
    const offset = days * 24 * 60 * 60 * 1000;
    const clock: Clock = { now: () => Date.now() + offset, sleep: systemClock.sleep };
    const mb = new MoneybirdClient({
      baseUrl: sim.apiBaseUrl,
      administrationId: sim.administrationId,
      token: staticToken(sim.token),
      clock,
      limiters: new RateLimiterRegistry({ requests: 1_000, windowMs: 1_000 }, { clock }),
    });
    for (let i = 0; i < 4; i++) await mb.documentStyles();
    const entries = sim.server.log.filter((e) => e.path.startsWith('/api/v2/'));
    const throttled = entries.find((e) => e.status === 429);
    expect(throttled).toBeDefined();
    const retryAfter = Number(throttled?.responseHeaders?.['retry-after']);
    // One retry, once Moneybird's window had passed on its own clock, and no more than a few
    // seconds after (the Date header counts whole seconds).
    const retried = entries.filter((e) => e.seq > throttled!.seq);
    expect(retried.map((e) => e.status)).toEqual([200]);
    expect(retried[0]!.at).toBeGreaterThanOrEqual(retryAfter * 1000);
    expect(retried[0]!.at).toBeLessThan(retryAfter * 1000 + 5_000);
  });

  it('shares one budget between clients of the same token', async () => {
    sim = await startMoneybirdSim({ seed: 5, rateLimit: { requests: 4, windowMs: 1_500 } });
    const limiters = new RateLimiterRegistry({ requests: 4, windowMs: 1_500 });
    const options = { baseUrl: sim.apiBaseUrl, token: staticToken(sim.token), limiters };
    const a = new MoneybirdClient({ ...options, administrationId: sim.administrationId });
    const b = a.forAdministration(sim.administrationId);
    await Promise.all([
      ...Array.from({ length: 5 }, () => a.workflows()),
      ...Array.from({ length: 5 }, () => b.workflows()),
    ]);
    expect(sim.server.log.filter((e) => e.status === 429)).toHaveLength(0);
  });
});
