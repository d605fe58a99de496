// When the sync runs. Every N minutes (15 by default), on "sync now", never two runs at once (a
// request during a run becomes one follow-up run), catching up once after the computer slept, backing
// off exponentially while a service is down, and standing still after a revoked token until the
// credentials change. The job reports how it went; the scheduler only decides when to run next.
import { type SchedulerClock, systemSchedulerClock, type TimerHandle } from './clock';

export type JobResult =
  /** `runAgainAt`: work is left that is due before the next regular run (e.g. an order's retry). */
  | { kind: 'ok'; runAgainAt?: number }
  /** A service was unreachable or failing. `retryAt`: not before (e.g. a 429's Retry-After). */
  | { kind: 'transient-failure'; error?: unknown; retryAt?: number }
  /** A token was refused: asking again is pointless until the owner reconnects. */
  | { kind: 'auth-failure'; service?: string; error?: unknown };

export type RunTrigger = 'start' | 'schedule' | 'manual' | 'follow-up' | 'retry' | 'catch-up';

export type ScheduleReason =
  | 'start'
  | 'interval'
  | 'run-again'
  | 'resumed'
  | 'interval-changed'
  | 'credentials-changed'
  | 'clock-changed';

export type SchedulerEvent =
  | { type: 'scheduled'; reason: ScheduleReason; nextRunAt: number }
  | { type: 'started'; trigger: RunTrigger; at: number }
  | {
      type: 'finished';
      trigger: RunTrigger;
      result: JobResult;
      startedAt: number;
      finishedAt: number;
      nextRunAt: number | null;
    }
  | { type: 'paused'; at: number }
  | { type: 'resumed'; at: number; nextRunAt: number | null }
  | { type: 'backoff'; failures: number; delayMs: number; nextRunAt: number; error: unknown }
  | { type: 'blocked-on-auth'; service: string | undefined; error: unknown; nextRunAt: null }
  | { type: 'clock-jump'; expectedAt: number; actualAt: number; nextRunAt: number | null };

export type SchedulerState = 'stopped' | 'waiting' | 'running' | 'paused' | 'blocked-on-auth';

export interface SchedulerStatus {
  state: SchedulerState;
  running: boolean;
  paused: boolean;
  blockedOnAuth: boolean;
  nextRunAt: number | null;
  lastFinishedAt: number | null;
  lastResult: JobResult | null;
  consecutiveFailures: number;
  intervalMs: number;
}

export interface BackoffPolicy {
  initialMs: number;
  maxMs: number;
  factor: number;
}

export interface SchedulerOptions {
  job: (run: { trigger: RunTrigger }) => Promise<JobResult>;
  clock?: SchedulerClock;
  intervalMs?: number;
  backoff?: Partial<BackoffPolicy>;
  /** How often the wall clock is checked, so a run missed during sleep is noticed soon after waking. */
  heartbeatMs?: number;
  /** A wake-up this much later than planned counts as a clock jump (sleep, or the clock set forward). */
  clockJumpToleranceMs?: number;
}

export const DEFAULT_INTERVAL_MS = 15 * 60 * 1000;
export const DEFAULT_BACKOFF: BackoffPolicy = { initialMs: 60 * 1000, maxMs: 60 * 60 * 1000, factor: 2 };
export const DEFAULT_HEARTBEAT_MS = 30 * 1000;

/** The delay before retry number `failures` (1 = the first retry): exponential, capped. */
export function backoffDelay(failures: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const exponent = Math.max(0, failures - 1);
  return Math.min(policy.maxMs, policy.initialMs * policy.factor ** exponent);
}

function checkDuration(name: string, ms: number): number {
  if (!Number.isFinite(ms) || ms <= 0)
    throw new RangeError(`${name} must be a positive number of ms, got ${ms}`);
  return ms;
}

/** Whatever the job returned or threw, as a JobResult; anything unexpected counts as transient. */
function normalise(outcome: unknown): JobResult {
  if (outcome && typeof outcome === 'object' && 'kind' in outcome) {
    const kind = (outcome as { kind: unknown }).kind;
    if (kind === 'ok' || kind === 'transient-failure' || kind === 'auth-failure') return outcome as JobResult;
  }
  return { kind: 'transient-failure', error: new Error(`The sync job returned ${String(outcome)}`) };
}

export class Scheduler {
  private readonly job: SchedulerOptions['job'];
  private readonly clock: SchedulerClock;
  private readonly backoff: BackoffPolicy;
  private readonly heartbeatMs: number;
  private readonly jumpToleranceMs: number;
  private readonly listeners = new Set<(event: SchedulerEvent) => void>();
  private intervalMs: number;

  private started = false;
  private paused = false;
  private blockedOnAuth = false;
  private running: Promise<JobResult> | null = null;
  private followUp: { promise: Promise<JobResult>; resolve: (result: JobResult) => void } | null = null;
  private nextRunAt: number | null = null;
  /** How far ahead nextRunAt was planned; a wall clock set back never makes the wait longer. */
  private plannedDelayMs = 0;
  private nextTrigger: RunTrigger = 'schedule';
  private timer: TimerHandle | null = null;
  private timerExpectedAt = 0;
  private lastFinishedAt: number | null = null;
  private lastResult: JobResult | null = null;
  private failures = 0;

  constructor(options: SchedulerOptions) {
    this.job = options.job;
    this.clock = options.clock ?? systemSchedulerClock;
    this.intervalMs = checkDuration('intervalMs', options.intervalMs ?? DEFAULT_INTERVAL_MS);
    this.backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
    checkDuration('backoff.initialMs', this.backoff.initialMs);
    checkDuration('backoff.maxMs', this.backoff.maxMs);
    if (!(this.backoff.factor >= 1)) throw new RangeError('backoff.factor must be at least 1');
    this.heartbeatMs = checkDuration('heartbeatMs', options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS);
    this.jumpToleranceMs = options.clockJumpToleranceMs ?? this.heartbeatMs;
  }

  /** Listens to scheduler events; returns the unsubscribe function. */
  on(listener: (event: SchedulerEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Starts scheduling. With `lastRunAt` (from the stored sync runs) the first run comes one interval
   * after it, or right away if that moment has passed; without it, right away.
   */
  start(options: { lastRunAt?: number | null } = {}): void {
    if (this.started) return;
    this.started = true;
    const now = this.clock.now();
    const last = options.lastRunAt ?? null;
    this.lastFinishedAt = last;
    const at = last === null ? now : Math.max(now, Math.min(last + this.intervalMs, now + this.intervalMs));
    this.plan(at, 'start', last === null ? 'start' : 'schedule');
  }

  /** Stops scheduling and waits for a run in progress to finish (it is not aborted). */
  async stop(): Promise<void> {
    this.started = false;
    this.cancelTimer();
    this.nextRunAt = null;
    while (this.running) await this.running.catch(() => undefined);
  }

  /**
   * Runs now, also while paused or blocked on a refused token (the owner asked; a success clears the
   * block). During a run, asks for one follow-up run right after it; any number of such requests
   * share that one run. Resolves with the result of the run that served the request.
   */
  runNow(): Promise<JobResult> {
    if (this.running) {
      if (!this.followUp) {
        let resolve!: (result: JobResult) => void;
        const promise = new Promise<JobResult>((r) => {
          resolve = r;
        });
        this.followUp = { promise, resolve };
      }
      return this.followUp.promise;
    }
    return this.execute('manual');
  }

  /** No scheduled runs until resume(); a run in progress finishes. */
  pause(): void {
    if (this.paused) return;
    this.paused = true;
    this.cancelTimer();
    this.emit({ type: 'paused', at: this.clock.now() });
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    const now = this.clock.now();
    let next: number | null = null;
    if (this.started && !this.blockedOnAuth && !this.running) {
      // A run that fell due while paused happens now, once.
      next = this.nextRunAt ?? (this.lastFinishedAt ?? now) + this.intervalMs;
      next = Math.max(now, next);
    }
    this.emit({ type: 'resumed', at: now, nextRunAt: next });
    if (next !== null) this.plan(next, 'resumed', this.failures > 0 ? 'retry' : 'schedule');
  }

  /** The owner reconnected a service: lift the auth block and try again right away. */
  credentialsChanged(): void {
    this.blockedOnAuth = false;
    this.failures = 0;
    if (this.started && !this.running && !this.paused) {
      this.plan(this.clock.now(), 'credentials-changed', 'schedule');
    }
  }

  setIntervalMs(ms: number): void {
    this.intervalMs = checkDuration('intervalMs', ms);
    if (this.started && !this.running && !this.paused && !this.blockedOnAuth && this.failures === 0) {
      const now = this.clock.now();
      this.plan(Math.max(now, (this.lastFinishedAt ?? now) + ms), 'interval-changed', 'schedule');
    }
  }

  status(): SchedulerStatus {
    let state: SchedulerState = 'waiting';
    if (!this.started) state = 'stopped';
    else if (this.running) state = 'running';
    else if (this.blockedOnAuth) state = 'blocked-on-auth';
    else if (this.paused) state = 'paused';
    return {
      state,
      running: this.running !== null,
      paused: this.paused,
      blockedOnAuth: this.blockedOnAuth,
      nextRunAt: this.started && !this.paused && !this.blockedOnAuth ? this.nextRunAt : null,
      lastFinishedAt: this.lastFinishedAt,
      lastResult: this.lastResult,
      consecutiveFailures: this.failures,
      intervalMs: this.intervalMs,
    };
  }

  private emit(event: SchedulerEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A broken listener must not stop the schedule.
      }
    }
  }

  private plan(at: number, reason: ScheduleReason | null, trigger: RunTrigger): void {
    const now = this.clock.now();
    this.nextRunAt = at;
    this.plannedDelayMs = Math.max(0, at - now);
    this.nextTrigger = trigger;
    if (reason) this.emit({ type: 'scheduled', reason, nextRunAt: at });
    this.arm();
  }

  private cancelTimer(): void {
    this.timer?.cancel();
    this.timer = null;
  }

  /** One timer: to the next run or the next heartbeat, whichever comes first. */
  private arm(): void {
    this.cancelTimer();
    if (!this.started || this.paused || this.blockedOnAuth || this.running || this.nextRunAt === null) return;
    const now = this.clock.now();
    const delay = Math.min(Math.max(0, this.nextRunAt - now), this.heartbeatMs);
    this.timerExpectedAt = now + delay;
    this.timer = this.clock.setTimer(delay, () => this.tick());
  }

  private tick(): void {
    this.timer = null;
    if (!this.started || this.paused || this.blockedOnAuth || this.running || this.nextRunAt === null) return;
    const now = this.clock.now();
    let trigger = this.nextTrigger;
    const late = now - this.timerExpectedAt;
    const setBack = late < -this.jumpToleranceMs;
    if (late > this.jumpToleranceMs || setBack) {
      // The computer slept (the wall clock ran on while timers stood still), or the clock was set.
      // After sleep a missed run happens once; after a set-back the wait keeps its remaining length.
      if (setBack) this.nextRunAt = now + Math.max(0, this.nextRunAt - this.timerExpectedAt);
      if (this.nextRunAt - now > this.plannedDelayMs) this.nextRunAt = now + this.plannedDelayMs;
      this.emit({
        type: 'clock-jump',
        expectedAt: this.timerExpectedAt,
        actualAt: now,
        nextRunAt: this.nextRunAt,
      });
      if (!setBack && now >= this.nextRunAt) trigger = 'catch-up';
    }
    if (now >= this.nextRunAt) {
      void this.execute(trigger);
      return;
    }
    this.arm();
  }

  private execute(trigger: RunTrigger): Promise<JobResult> {
    this.cancelTimer();
    this.nextRunAt = null;
    const startedAt = this.clock.now();
    let settle!: (result: JobResult) => void;
    // Marked running before anything else happens, so a runNow() from a listener or from inside
    // the job becomes the follow-up instead of a second run.
    const run = new Promise<JobResult>((resolve) => {
      settle = resolve;
    });
    this.running = run;
    void (async () => {
      this.emit({ type: 'started', trigger, at: startedAt });
      let result: JobResult;
      try {
        result = normalise(await this.job({ trigger }));
      } catch (error) {
        result = { kind: 'transient-failure', error };
      }
      this.afterRun(trigger, result, startedAt);
      settle(result);
    })();
    return run;
  }

  private afterRun(trigger: RunTrigger, result: JobResult, startedAt: number): void {
    const finishedAt = this.clock.now();
    this.lastFinishedAt = finishedAt;
    this.lastResult = result;

    let next: number | null = null;
    let nextTrigger: RunTrigger = 'schedule';
    let reason: ScheduleReason = 'interval';
    if (result.kind === 'ok') {
      this.failures = 0;
      this.blockedOnAuth = false;
      next = finishedAt + this.intervalMs;
      if (result.runAgainAt !== undefined && Number.isFinite(result.runAgainAt) && result.runAgainAt < next) {
        next = Math.max(finishedAt, result.runAgainAt);
        reason = 'run-again';
      }
    } else if (result.kind === 'transient-failure') {
      this.failures += 1;
      const delayMs = backoffDelay(this.failures, this.backoff);
      next = finishedAt + delayMs;
      if (result.retryAt !== undefined && Number.isFinite(result.retryAt))
        next = Math.max(next, result.retryAt);
      nextTrigger = 'retry';
      this.emit({
        type: 'backoff',
        failures: this.failures,
        delayMs: next - finishedAt,
        nextRunAt: next,
        error: result.error,
      });
    } else {
      this.blockedOnAuth = true;
      this.emit({ type: 'blocked-on-auth', service: result.service, error: result.error, nextRunAt: null });
    }

    const scheduled = this.started && !this.paused && !this.blockedOnAuth ? next : null;
    this.emit({ type: 'finished', trigger, result, startedAt, finishedAt, nextRunAt: scheduled });
    this.running = null;

    const followUp = this.followUp;
    this.followUp = null;
    if (followUp) {
      if (this.blockedOnAuth) {
        // The run just learnt the token is refused; running again at once would only be refused too.
        followUp.resolve(result);
      } else {
        void this.execute('follow-up').then(followUp.resolve);
        return;
      }
    }
    if (scheduled !== null) {
      this.nextRunAt = scheduled;
      this.plannedDelayMs = Math.max(0, scheduled - finishedAt);
      this.nextTrigger = nextTrigger;
      if (result.kind === 'ok') this.emit({ type: 'scheduled', reason, nextRunAt: scheduled });
      this.arm();
    } else if (next !== null) {
      // Paused or stopped: remember when it would have run, for resume().
      this.nextRunAt = next;
    }
  }
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  return new Scheduler(options);
}
