// A run's cancel reaches the requests the run makes: what they wait for ends at once (an answer to a
// read, a wait on Moneybird's limit), a write already sent is let finish, so a cancel never leaves in
// doubt whether something was made, and requests outside the run go on.
import { describe, expect, it } from 'vitest';
import { cancellableBy } from '../../../src/main/core/http/cancellation';
import { RequestCancelledError } from '../../../src/main/core/http/errors';
import { bothSimulators } from './support/both-simulators';

const { shop, moneybird, shopClient, moneybirdClient } = bothSimulators(9);
// Timeouts far beyond the test's: only the cancel can end these waits.
const mww = () => shopClient({ timeoutMs: 60_000 });
const mb = () => moneybirdClient({ timeoutMs: 60_000 });

/** Resolves once the simulator has received `count` requests on the path. */
const received = (
  sim: { server: { log: { count(m?: string, p?: string): number } } },
  path: string,
  count: number,
) => expect.poll(() => sim.server.log.count(undefined, path)).toBeGreaterThanOrEqual(count);

describe('a run’s cancel', () => {
  it('ends the wait for an answer to a read', async () => {
    shop().server.faults.add({
      path: '/v1/store',
      fault: { kind: 'trickle', everyMs: 100 },
      times: Infinity,
    });
    try {
      const run = new AbortController();
      const read = cancellableBy(run.signal, () => mww().store()).catch((e: unknown) => e);
      await received(shop(), '/v1/store', 1);
      run.abort();
      const error = await read;
      expect(error).toBeInstanceOf(RequestCancelledError);
      expect((error as RequestCancelledError).userMessage.nl).toBe(
        'De synchronisatie werd gestopt terwijl Winkelbrug op Mijnwebwinkel wachtte. Er is niets gewijzigd; Winkelbrug gaat hiermee verder bij de volgende synchronisatie.',
      );
      expect(shop().server.log.count('GET', '/v1/store')).toBe(1);
    } finally {
      shop().server.faults.clear();
    }
  });

  it('ends a wait on Moneybird’s limit', async () => {
    const inTwoMinutes = String(Math.floor(Date.now() / 1000) + 120);
    moneybird().server.faults.add({
      method: 'GET',
      path: '/workflows.json',
      fault: { kind: 'status', status: 429, body: 'Retry later', headers: { 'retry-after': inTwoMinutes } },
    });
    const client = mb();
    const run = new AbortController();
    const read = cancellableBy(run.signal, () => client.workflows()).catch((e: unknown) => e);
    await expect.poll(() => moneybird().server.log.filter((e) => e.status === 429).length).toBe(1);
    run.abort();
    expect(await read).toBeInstanceOf(RequestCancelledError);
    expect(moneybird().server.log.count('GET', '/workflows.json')).toBe(1);
  });

  it('lets a write already sent finish, and sends nothing after it', async () => {
    moneybird().server.faults.add({
      method: 'POST',
      path: '/contacts.json',
      fault: { kind: 'latency', ms: 1_000 },
    });
    const client = mb();
    const run = new AbortController();
    const work = cancellableBy(run.signal, async () => {
      const made = await client.createContact({ company_name: 'Afgemaakt BV' });
      const after = await client.workflows().catch((e: unknown) => e);
      return { made, after };
    });
    await received(moneybird(), '/contacts.json', 1);
    const workflowsBefore = moneybird().server.log.count('GET', '/workflows.json');
    run.abort();
    const { made, after } = await work;
    expect(made.company_name).toBe('Afgemaakt BV');
    expect(after).toBeInstanceOf(RequestCancelledError);
    expect(moneybird().server.log.count('GET', '/workflows.json')).toBe(workflowsBefore);
    // A request outside the run is not the run's to stop.
    expect(await client.workflows()).not.toHaveLength(0);
  });
});
