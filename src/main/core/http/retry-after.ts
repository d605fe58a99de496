// Moneybird's Retry-After and RateLimit-Reset are UTC epoch seconds, not the RFC's delay; other
// servers send a delay or an HTTP date, and some an epoch in milliseconds. A number from 1e9 up can
// only be an epoch (a delay of 31 years); from 1e12 up only one in milliseconds: epoch seconds reach
// 1e12 in the year 33658, epoch milliseconds passed it in 2001. Read as seconds, such a value would
// be a moment 57 000 years ahead.
//
// An epoch or a date is a moment on the server's clock. The owner's computer may be set wrong (a
// day behind, a month ahead): waiting until that moment on its own clock would then wait a month,
// or not at all. The answer's Date header says what the server's clock read, so such a moment is
// moved by the difference between the two clocks and waits as long as the server meant.
const EPOCH_THRESHOLD = 1e9;
const EPOCH_MS_THRESHOLD = 1e12;

/**
 * How far apart the two clocks may be and still count as agreeing. The Date header counts whole
 * seconds and the answer took a moment to arrive, so a small difference says nothing; within it the
 * server's moment is kept as it is, to the millisecond.
 */
const CLOCKS_AGREE_MS = 2_000;

/**
 * The moment (epoch ms, on this computer's clock) a Retry-After / RateLimit-Reset value points at, or
 * undefined if unreadable. `serverDate`: the answer's Date header, when it has one.
 */
export function parseRetryAt(
  value: string | undefined | null,
  nowMs: number,
  serverDate?: string | null,
): number | undefined {
  if (value === undefined || value === null) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) {
    const n = Number(text);
    if (n >= EPOCH_MS_THRESHOLD) return onOwnClock(Math.round(n), nowMs, serverDate);
    return n >= EPOCH_THRESHOLD
      ? onOwnClock(Math.round(n * 1000), nowMs, serverDate)
      : nowMs + Math.round(n * 1000);
  }
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : onOwnClock(date, nowMs, serverDate);
}

/** A moment on the server's clock as the same moment on this computer's. */
function onOwnClock(serverMoment: number, nowMs: number, serverDate: string | null | undefined): number {
  const serverNow = serverDate ? Date.parse(serverDate) : Number.NaN;
  if (Number.isNaN(serverNow)) return serverMoment;
  const ownAhead = nowMs - serverNow;
  return Math.abs(ownAhead) <= CLOCKS_AGREE_MS ? serverMoment : serverMoment + ownAhead;
}
