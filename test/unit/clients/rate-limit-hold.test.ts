// How long a request waits on Moneybird's word. A 429's moment within the client's longest wait is
// waited out, and the owner's cancel ends that wait; one further ahead (hours) refuses at once, so a
// run never holds its lock, and the owner's cancel, for hours.
import { describe, expect, it } from 'vitest';
import { GateClosedError, type GatePermit } from '../../../src/main/core/http/client';
import { RateLimiter } from '../../../src/main/core/moneybird/rate-limiter';
import { ManualClock, settle } from './support/manual-clock';

const FIVE_MINUTES = 5 * 60_000;
const budget = { requests: 10, windowMs: 1_000 };

describe('a request held back by the server', () => {
  it('is refused at once when the 429’s moment lies past the longest wait', async () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter(budget, { clock });
    const until = clock.now() + 3 * 60 * 60 * 1000;
    limiter.blockUntil(until);
    const refused = await limiter.acquire(undefined, FIVE_MINUTES).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(GateClosedError);
    expect((refused as GateClosedError).until).toBe(until);
    expect(clock.sleepers).toBe(0);
    // Every request after it too, each at once, none sent: the server's word still holds.
    await expect(limiter.acquire(undefined, FIVE_MINUTES)).rejects.toBeInstanceOf(GateClosedError);
    expect(limiter.state().blockedUntil).toBe(until);
  });

  it('is refused at once when the server says its budget is spent until a moment that far ahead', async () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter(budget, { clock });
    const permit = await limiter.acquire();
    const reset = String(Math.floor((clock.now() + 2 * 60 * 60 * 1000) / 1000));
    permit.done({ status: 200, headers: { 'ratelimit-remaining': '0', 'ratelimit-reset': reset } });
    await expect(limiter.acquire(undefined, FIVE_MINUTES)).rejects.toBeInstanceOf(GateClosedError);
  });

  it('waits out a moment within the longest wait, and the owner’s cancel ends that wait', async () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter(budget, { clock });
    limiter.blockUntil(clock.now() + 2 * 60_000);
    const cancel = new AbortController();
    let outcome: unknown;
    limiter.acquire(cancel.signal, FIVE_MINUTES).then(
      () => {
        outcome = 'granted';
      },
      (e: unknown) => {
        outcome = e;
      },
    );
    await settle();
    expect(clock.sleepers).toBe(1);
    expect(outcome).toBeUndefined();
    cancel.abort(new Error('stopped by the owner'));
    await settle();
    expect((outcome as Error).message).toBe('stopped by the owner');
    expect(clock.sleepers).toBe(0);
    // The requests after it keep their turn, and go once the moment has come.
    let next: GatePermit | undefined;
    void limiter.acquire(undefined, FIVE_MINUTES).then((p) => {
      next = p;
    });
    await clock.advance(2 * 60_000 - 1);
    expect(next).toBeUndefined();
    await clock.advance(1);
    expect(next).toBeDefined();
  });
});
