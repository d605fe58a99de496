// An answer whose body never ends (its headers, then a byte now and then, each well within the
// timeout between chunks) is given up at the deadline of the whole exchange, and that counts as a
// timeout: a read is tried again, a create is of unknown outcome and not sent again.
import { describe, expect, it } from 'vitest';
import { TransientError, UncertainOutcomeError } from '../../../src/main/core/http/errors';
import { bothSimulators } from './support/both-simulators';

// The body's bytes come five times as often as the timeout between chunks allows.
const TIMEOUT_MS = 500;
const never = { kind: 'trickle' as const, everyMs: TIMEOUT_MS / 5 };
const { shop, moneybird, shopClient, moneybirdClient } = bothSimulators(7);
const mww = () =>
  shopClient({ timeoutMs: TIMEOUT_MS, retry: { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 20 } });

describe('an answer that never ends', () => {
  it('is given up at the deadline and read again', async () => {
    shop().server.faults.add({ path: '/v1/store', fault: never, times: 1 });
    const before = shop().server.log.count('GET', '/v1/store');
    expect((await mww().store()).name).toBeTruthy();
    const asked = shop()
      .server.log.filter((e) => e.path === '/v1/store')
      .slice(before);
    expect(asked.map((e) => e.fault ?? 'answered')).toEqual(['trickle', 'answered']);
  });

  it('fails a read as a timeout once its attempts are used up', async () => {
    shop().server.faults.add({ path: '/v1/orderstatuses', fault: never, times: Infinity });
    try {
      const error = await mww()
        .orderStatuses()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TransientError);
      expect((error as TransientError).message).toContain('DEADLINE');
      expect((error as TransientError).userMessage.nl).toContain('Mijnwebwinkel is nu niet bereikbaar');
      expect(shop().server.log.count('GET', '/v1/orderstatuses')).toBe(2);
    } finally {
      shop().server.faults.clear();
    }
  });

  it('leaves a create of unknown outcome, sent once', async () => {
    const mb = moneybirdClient({ timeoutMs: TIMEOUT_MS });
    moneybird().server.faults.add({ method: 'POST', path: '/contacts.json', fault: never, times: 1 });
    const error = await mb.createContact({ company_name: 'Nooit Klaar BV' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UncertainOutcomeError);
    expect(moneybird().server.log.count('POST', '/contacts.json')).toBe(1);
  });
});
