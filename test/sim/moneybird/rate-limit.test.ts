import { afterEach, describe, expect, it } from 'vitest';
import { RateLimiter } from './access';
import type { ApiError } from './errors';
import { type MoneybirdSim, startMoneybirdSim } from './index';

let sim: MoneybirdSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const get = (s: MoneybirdSim, token = s.token) =>
  fetch(`${s.apiBaseUrl}/${s.administrationId}/workflows.json`, {
    headers: { authorization: `Bearer ${token}` },
  });

describe('rate limit', () => {
  it('answers the 151st request within the window with 429, "Retry later" and an epoch Retry-After', async () => {
    sim = await startMoneybirdSim({ seed: 5 }); // the default: 150 per 5 minutes
    for (let i = 0; i < 150; i++) expect((await get(sim)).status).toBe(200);
    const before = Math.floor(Date.now() / 1000);
    const throttled = await get(sim);
    expect(throttled.status).toBe(429);
    expect(await throttled.json()).toBe('Retry later');
    const retryAfter = Number(throttled.headers.get('retry-after'));
    // An absolute UTC epoch timestamp in seconds, about five minutes ahead, not a delay.
    expect(retryAfter).toBeGreaterThan(before + 200);
    expect(retryAfter).toBeLessThanOrEqual(before + 301);
    expect(throttled.headers.get('ratelimit-limit')).toBe('150');
    expect(throttled.headers.get('ratelimit-remaining')).toBe('0');
    expect(throttled.headers.get('ratelimit-reset')).toBe(String(retryAfter));
    // Counted per token: another token still gets through.
    expect((await get(sim, sim.issueToken(['settings']))).status).toBe(200);
  });

  it('takes its budget from the options (a window long enough that no machine is too slow for it)', async () => {
    sim = await startMoneybirdSim({ seed: 5, rateLimit: { requests: 3, windowMs: 600_000 } });
    for (let i = 0; i < 3; i++) expect((await get(sim)).status).toBe(200);
    expect((await get(sim)).status).toBe(429);
  });

  it('starts a new window once the window has passed (on the clock it is given, not the wall clock)', () => {
    const limiter = new RateLimiter({ requests: 3, windowMs: 300 });
    const t0 = 1_700_000_000_000;
    for (const at of [t0, t0 + 100, t0 + 299]) limiter.hit('token', at);
    const refused = (() => {
      try {
        limiter.hit('token', t0 + 299);
      } catch (error) {
        return error as ApiError;
      }
      return undefined;
    })();
    expect(refused?.status).toBe(429);
    // Retry-After is the window's end as an epoch second, rounded up.
    expect(refused?.headers['retry-after']).toBe(String(Math.ceil((t0 + 300) / 1000)));
    // At the window's end a new one starts with the full budget.
    for (const at of [t0 + 300, t0 + 301, t0 + 599]) expect(() => limiter.hit('token', at)).not.toThrow();
    expect(() => limiter.hit('token', t0 + 599)).toThrow();
    // Each token has its own window.
    expect(() => limiter.hit('other', t0 + 599)).not.toThrow();
  });
});
