// The system clock's sleep never hands Node a timer longer than it keeps: asked for more, setTimeout
// fires at once, and the rate limiter's loop would spin instead of waiting.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_TIMER_MS, systemClock } from '../../../src/main/core/http/clock';

afterEach(() => {
  vi.useRealTimers();
});

describe('systemClock.sleep', () => {
  it('sleeps a wait longer than a timer holds as long as a timer holds, not at once', async () => {
    vi.useFakeTimers();
    let woke = false;
    void systemClock.sleep(40 * 24 * 60 * 60 * 1000).then(() => {
      woke = true;
    });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(woke).toBe(false);
    await vi.advanceTimersByTimeAsync(MAX_TIMER_MS - 60_000);
    expect(woke).toBe(true);
  });

  it('ends a sleep when its signal aborts', async () => {
    const controller = new AbortController();
    const sleeping = systemClock.sleep(MAX_TIMER_MS + 1, controller.signal);
    controller.abort(new Error('stopped'));
    await expect(sleeping).rejects.toThrow('stopped');
  });
});
