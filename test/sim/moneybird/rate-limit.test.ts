import { afterEach, describe, expect, it } from 'vitest';
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

  it('starts a new window once the (configurable) window has passed', async () => {
    sim = await startMoneybirdSim({ seed: 5, rateLimit: { requests: 3, windowMs: 300 } });
    for (let i = 0; i < 3; i++) expect((await get(sim)).status).toBe(200);
    expect((await get(sim)).status).toBe(429);
    await new Promise((r) => setTimeout(r, 350));
    expect((await get(sim)).status).toBe(200);
  });
});
