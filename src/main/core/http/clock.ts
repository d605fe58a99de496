// Time as a dependency: the rate limiter and the retry loop wait through a Clock so unit tests can
// drive them with a manual clock instead of real waiting.

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms` milliseconds; rejects with the signal's reason when aborted. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/**
 * The longest timer Node keeps: setTimeout holds at most 2^31-1 ms (24.8 days), and asked for more it
 * fires at once, so a loop that waits would spin. No wait is meant to be that long; one that is (a
 * server's moment a month ahead) sleeps this long, and the rate limiter's loop, which looks at the
 * clock again when it wakes, sleeps again.
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const timer = setTimeout(
        () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        Math.min(MAX_TIMER_MS, Math.max(0, ms)),
      );
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};
