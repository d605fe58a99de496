// Moneybird answers a 429 with a Retry-After hours ahead. The client does not wait for it, and until
// that moment every request on the token is refused at once without being sent: Moneybird asked for
// none, and a run must not hold its lock (and the owner's cancel) for hours. A Retry-After in epoch
// milliseconds is the moment it names, and a near one is waited out as before.
import { afterEach, describe, expect, it } from 'vitest';
import { RateLimitedError } from '../../../src/main/core/http/errors';
import { MoneybirdClient, staticToken } from '../../../src/main/core/moneybird/client';
import { type MoneybirdSim, startMoneybirdSim } from '../../sim/moneybird/index';

let sim: MoneybirdSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function client(): Promise<{ sim: MoneybirdSim; mb: MoneybirdClient }> {
  sim = await startMoneybirdSim({ seed: 11, rateLimit: null });
  const mb = new MoneybirdClient({
    baseUrl: sim.apiBaseUrl,
    administrationId: sim.administrationId,
    token: staticToken(sim.token),
  });
  return { sim, mb };
}

const refusal = (retryAfter: string) => ({
  kind: 'status' as const,
  status: 429,
  body: 'Retry later',
  headers: { 'retry-after': retryAfter },
});

describe('a Retry-After hours ahead', () => {
  it('is not waited for, and holds every later request back without sending it', async () => {
    const { sim, mb } = await client();
    const until = Math.floor(Date.now() / 1000) + 3 * 60 * 60;
    sim.server.faults.add({ method: 'POST', path: '/contacts.json', fault: refusal(String(until)) });
    const first = await mb.createContact({ company_name: 'Later BV' }).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(RateLimitedError);
    expect((first as RateLimitedError).retryAt).toBe(until * 1000);
    const sent = sim.server.log.entries.length;
    const next = await mb.workflows().catch((e: unknown) => e);
    expect(next).toBeInstanceOf(RateLimitedError);
    expect((next as RateLimitedError).retryAt).toBe(until * 1000);
    expect(sim.server.log.entries.length).toBe(sent);
  });

  it('given in epoch milliseconds, a moment a second ahead, is waited out', async () => {
    const { sim, mb } = await client();
    sim.server.faults.add({
      method: 'GET',
      path: '/workflows.json',
      fault: refusal(String(Date.now() + 1_000)),
    });
    expect(await mb.workflows()).not.toHaveLength(0);
    expect(sim.server.log.filter((e) => e.path.endsWith('/workflows.json')).map((e) => e.status)).toEqual([
      429, 200,
    ]);
  });
});
