// Moneybird's Retry-After and RateLimit-Reset are UTC epoch seconds, not the RFC's delay; other
// servers send a delay or an HTTP date. A value this large can only be an epoch timestamp.
const EPOCH_THRESHOLD = 1e9;

/** The moment (epoch ms) a Retry-After / RateLimit-Reset value points at, or undefined if unreadable. */
export function parseRetryAt(value: string | undefined | null, nowMs: number): number | undefined {
  if (value === undefined || value === null) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) {
    const n = Number(text);
    return n >= EPOCH_THRESHOLD ? Math.round(n * 1000) : nowMs + Math.round(n * 1000);
  }
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : date;
}
