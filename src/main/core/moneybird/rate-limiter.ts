// Keeps one Moneybird token under its request budget (150 per 5 minutes) by itself, so a 429 is an
// exception rather than the way the edge is found.
//
// - A sliding window over our own requests: a request occupies a slot from the moment it is sent
//   until `windowMs` after its answer arrived. The server counts a request somewhere between those
//   two moments, so never having more than `limit` occupied slots keeps every server window (sliding
//   or fixed) at or under the limit, whatever the latency.
// - RateLimit-Limit / -Remaining / -Reset, when the server sends them, can only make it stricter
//   (another app using the same token, a smaller real limit).
// - After a 429 nothing is sent until its Retry-After moment. A request that may not wait that long
//   (the client's longest wait on a 429) is refused at once rather than held: a moment hours ahead
//   would hold a run, its lock and the owner's cancel for hours.
// - Reset and Retry-After are moments on Moneybird's clock, read on this computer's by the difference
//   the answer's Date header shows (`http/retry-after.ts`): a computer set a month wrong waits as
//   long as Moneybird means.
// - Once the budget is used up, it waits for several slots at a time rather than one: every wake-up
//   after an idle pause costs the computer CPU of its own (about 0.2 ms on the build machine, as much
//   as the request it lets through), and a history import waits before nearly every request. The
//   requests then go out back to back, as many per window as before.
// Requests are let through in arrival order.
import { createHash } from 'node:crypto';
import { GateClosedError, type GatePermit, type RequestGate } from '../http/client';
import { type Clock, systemClock } from '../http/clock';
import { parseRetryAt } from '../http/retry-after';

export interface RateLimitBudget {
  requests: number;
  windowMs: number;
}

export const MONEYBIRD_BUDGET: RateLimitBudget = { requests: 150, windowMs: 300_000 };

export interface RateLimiterState {
  limit: number;
  windowMs: number;
  /** Requests that may go out right now without waiting. */
  remaining: number;
  /** Epoch ms at which the next request may go out (now when remaining > 0). */
  nextSlotAt: number;
  /** Epoch ms until which the server refused requests (after a 429), if still in the future. */
  blockedUntil: number | undefined;
  /** Requests waiting for a slot. */
  waiting: number;
}

interface Slot {
  seq: number;
  sentAt: number;
  doneAt: number | undefined;
}

interface ServerView {
  remaining: number;
  resetAt: number;
  /** Sequence number of the request whose answer carried this view. */
  seq: number;
}

export interface RateLimiterOptions {
  clock?: Clock;
  /** Extra time a slot stays occupied, for clock skew between us and the server. */
  safetyMs?: number;
  /**
   * How many slots a full budget waits to have free before it lets the next request go; by default a
   * fifteenth of the limit (10 of Moneybird's 150), so one wake-up serves that many requests.
   */
  wakeBatch?: number;
}

export class RateLimiter implements RequestGate {
  private readonly clock: Clock;
  private readonly safetyMs: number;
  private readonly wakeBatch: number | undefined;
  private limit: number;
  private readonly windowMs: number;
  private slots: Slot[] = [];
  private seq = 0;
  private blockedUntilMs = 0;
  private server: ServerView | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private waiting = 0;
  private releaseListeners: Array<() => void> = [];

  constructor(budget: RateLimitBudget = MONEYBIRD_BUDGET, options: RateLimiterOptions = {}) {
    if (!(budget.requests >= 1) || !(budget.windowMs > 0)) throw new RangeError('Invalid rate-limit budget');
    this.limit = Math.floor(budget.requests);
    this.windowMs = budget.windowMs;
    this.clock = options.clock ?? systemClock;
    this.safetyMs = options.safetyMs ?? Math.min(1000, Math.ceil(budget.windowMs / 100));
    this.wakeBatch = options.wakeBatch;
  }

  acquire(signal?: AbortSignal, maxHoldMs?: number): Promise<GatePermit> {
    this.waiting += 1;
    const turn = this.queue.then(() => this.waitForSlot(signal, maxHoldMs));
    this.queue = turn.catch(() => undefined);
    return turn.then(
      (slot) => {
        this.waiting -= 1;
        return { done: (response) => this.release(slot, response?.headers) };
      },
      (error) => {
        this.waiting -= 1;
        throw error;
      },
    );
  }

  blockUntil(epochMs: number): void {
    if (epochMs > this.blockedUntilMs) this.blockedUntilMs = epochMs;
  }

  state(): RateLimiterState {
    const now = this.clock.now();
    this.prune(now);
    const wait = this.waitMs(now);
    return {
      limit: this.limit,
      windowMs: this.windowMs,
      remaining: wait === 0 ? this.freeSlots(now) : 0,
      nextSlotAt: now + (Number.isFinite(wait) ? wait : this.windowMs),
      blockedUntil: this.blockedUntilMs > now ? this.blockedUntilMs : undefined,
      waiting: this.waiting,
    };
  }

  /** A lower bound for how long `requests` more requests take, for the sync engine's ETA. */
  estimateMs(requests: number): number {
    const state = this.state();
    const now = this.clock.now();
    if (requests <= state.remaining) return Math.max(0, state.nextSlotAt - now);
    const windows = Math.ceil((requests - state.remaining) / this.limit);
    return Math.max(0, state.nextSlotAt - now) + (windows - 1) * this.windowMs;
  }

  private async waitForSlot(signal?: AbortSignal, maxHoldMs?: number): Promise<Slot> {
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const now = this.clock.now();
      this.prune(now);
      const held = this.serverHoldMs(now);
      if (maxHoldMs !== undefined && held > maxHoldMs) throw new GateClosedError(now + held);
      const wait = this.waitMs(now);
      if (wait === 0) {
        const slot: Slot = { seq: ++this.seq, sentAt: now, doneAt: undefined };
        this.slots.push(slot);
        return slot;
      }
      if (Number.isFinite(wait)) await this.clock.sleep(wait, signal);
      else await this.nextRelease(signal);
    }
  }

  /**
   * How long the server's word holds every request back: a 429's moment, or the reset of a budget its
   * headers say is spent. 0 when it holds none back.
   */
  private serverHoldMs(now: number): number {
    if (this.blockedUntilMs > now) return this.blockedUntilMs - now;
    const server = this.server;
    if (server && now < server.resetAt && server.remaining - (this.seq - server.seq) <= 0) {
      return server.resetAt - now;
    }
    return 0;
  }

  /** 0 when a request may go now, Infinity when only an answer to an in-flight request can free a slot. */
  private waitMs(now: number): number {
    const held = this.serverHoldMs(now);
    if (held > 0) return held;
    if (this.slots.length < this.limit) return 0;
    // Only answered requests' slots expire; the ones still in flight free nothing yet.
    const expiries: number[] = [];
    for (const slot of this.slots) if (slot.doneAt !== undefined) expiries.push(this.expiry(slot));
    const needed = this.slots.length - this.limit + 1;
    if (expiries.length < needed) return Number.POSITIVE_INFINITY;
    expiries.sort((a, b) => a - b);
    const freed = Math.min(expiries.length, needed + this.batch() - 1);
    const freeAt = expiries[freed - 1] ?? Number.POSITIVE_INFINITY;
    return Math.max(1, freeAt - now);
  }

  private batch(): number {
    return Math.max(1, Math.min(this.limit, this.wakeBatch ?? Math.floor(this.limit / 15)));
  }

  private freeSlots(now: number): number {
    let free = this.limit - this.slots.length;
    const server = this.server;
    if (server && now < server.resetAt) free = Math.min(free, server.remaining - (this.seq - server.seq));
    return Math.max(0, free);
  }

  private expiry(slot: Slot): number {
    return (slot.doneAt ?? Number.POSITIVE_INFINITY) + this.windowMs + this.safetyMs;
  }

  private prune(now: number): void {
    this.slots = this.slots.filter((slot) => this.expiry(slot) > now);
    if (this.server && now >= this.server.resetAt) this.server = undefined;
  }

  private release(slot: Slot, headers: Record<string, string> | undefined): void {
    if (slot.doneAt !== undefined) return;
    const now = this.clock.now();
    slot.doneAt = now;
    if (headers) this.observe(slot, headers, now);
    const listeners = this.releaseListeners;
    this.releaseListeners = [];
    for (const listener of listeners) listener();
  }

  private observe(slot: Slot, headers: Record<string, string>, now: number): void {
    const limit = Number(headers['ratelimit-limit']);
    if (Number.isInteger(limit) && limit > 0 && limit < this.limit) this.limit = limit;
    const remaining = Number(headers['ratelimit-remaining']);
    const resetAt = parseRetryAt(headers['ratelimit-reset'], now, headers.date);
    if (!Number.isInteger(remaining) || remaining < 0 || resetAt === undefined || resetAt <= now) return;
    // An answer to an older request than the one we already heard about says less.
    if (this.server && this.server.seq > slot.seq && this.server.resetAt >= resetAt) return;
    this.server = { remaining, resetAt, seq: slot.seq };
  }

  private nextRelease(signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => reject(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.releaseListeners.push(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      });
    });
  }
}

/** One limiter per token: two administrations under one token share Moneybird's budget. */
export class RateLimiterRegistry {
  private readonly limiters = new Map<string, RateLimiter>();

  constructor(
    private readonly budget: RateLimitBudget = MONEYBIRD_BUDGET,
    private readonly options: RateLimiterOptions = {},
  ) {}

  forToken(token: string): RateLimiter {
    // Keyed by a digest so this long-lived map does not hold the token itself.
    const key = createHash('sha256').update(token).digest('hex');
    let limiter = this.limiters.get(key);
    if (!limiter) {
      limiter = new RateLimiter(this.budget, this.options);
      this.limiters.set(key, limiter);
    }
    return limiter;
  }
}
