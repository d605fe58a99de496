import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/main/core/sync/clock';
import {
  backoffDelay,
  DEFAULT_BACKOFF,
  type JobResult,
  type RunTrigger,
  Scheduler,
  type SchedulerEvent,
  type SchedulerOptions,
} from '../../../src/main/core/sync/scheduler';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A job whose runs the test finishes by hand, recording triggers and overlap. */
function controlledJob() {
  const runs: { trigger: RunTrigger; startedAt: number; finish: (r: JobResult) => void }[] = [];
  let active = 0;
  let maxActive = 0;
  const job = (clock: ManualClock) => (run: { trigger: RunTrigger }) =>
    new Promise<JobResult>((resolve) => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      runs.push({
        trigger: run.trigger,
        startedAt: clock.now(),
        finish: (result) => {
          active -= 1;
          resolve(result);
        },
      });
    });
  return {
    runs,
    job,
    get maxActive() {
      return maxActive;
    },
  };
}

/** A job that answers at once with the results given, then ok. */
function scriptedJob(clock: ManualClock, results: JobResult[] = []) {
  const runs: { trigger: RunTrigger; at: number }[] = [];
  const job = async (run: { trigger: RunTrigger }) => {
    runs.push({ trigger: run.trigger, at: clock.now() });
    return results.shift() ?? { kind: 'ok' as const };
  };
  return { runs, job };
}

function setup(
  job: (clock: ManualClock) => SchedulerOptions['job'],
  options: Partial<SchedulerOptions> = {},
) {
  const clock = new ManualClock();
  const events: SchedulerEvent[] = [];
  const scheduler = new Scheduler({ clock, job: job(clock), ...options });
  scheduler.on((e) => events.push(e));
  return { clock, scheduler, events, t0: clock.now() };
}

describe('the scheduler', () => {
  it('runs at start and then every 15 minutes by default, announcing the next run', async () => {
    const clock = new ManualClock();
    const { runs, job } = scriptedJob(clock);
    const events: SchedulerEvent[] = [];
    const scheduler = new Scheduler({ clock, job });
    scheduler.on((e) => events.push(e));
    const t0 = clock.now();
    scheduler.start();
    await clock.advance(0);
    expect(runs).toEqual([{ trigger: 'start', at: t0 }]);
    await clock.advance(60 * MINUTE);
    expect(runs.map((r) => r.at - t0)).toEqual([0, 15, 30, 45, 60].map((m) => m * MINUTE));
    expect(runs.slice(1).every((r) => r.trigger === 'schedule')).toBe(true);
    const finished = events.filter((e) => e.type === 'finished');
    expect(finished[0]).toMatchObject({ nextRunAt: t0 + 15 * MINUTE, result: { kind: 'ok' } });
    expect(events.find((e) => e.type === 'scheduled')).toEqual({
      type: 'scheduled',
      reason: 'start',
      nextRunAt: t0,
    });
    expect(scheduler.status()).toMatchObject({ state: 'waiting', nextRunAt: t0 + 75 * MINUTE });
  });

  it('continues the rhythm of the last stored run, and takes a new interval at once', async () => {
    const clock = new ManualClock();
    const { runs, job } = scriptedJob(clock);
    const scheduler = new Scheduler({ clock, job, intervalMs: 10 * MINUTE });
    const t0 = clock.now();
    scheduler.start({ lastRunAt: t0 - 4 * MINUTE });
    await clock.advance(5 * MINUTE);
    expect(runs).toEqual([]);
    await clock.advance(1 * MINUTE);
    expect(runs.map((r) => r.at - t0)).toEqual([6 * MINUTE]);
    scheduler.setIntervalMs(30 * MINUTE);
    await clock.advance(29 * MINUTE);
    expect(runs).toHaveLength(1);
    await clock.advance(1 * MINUTE);
    expect(runs.map((r) => r.at - t0)).toEqual([6 * MINUTE, 36 * MINUTE]);
    expect(() => scheduler.setIntervalMs(0)).toThrow(RangeError);
    expect(() => new Scheduler({ clock, job, intervalMs: Number.NaN })).toThrow(RangeError);
  });

  it('never runs twice at once: requests during a run become one follow-up run', async () => {
    const control = controlledJob();
    const { clock, scheduler } = setup(control.job);
    scheduler.start();
    await clock.advance(0);
    expect(control.runs).toHaveLength(1);
    const a = scheduler.runNow();
    const b = scheduler.runNow();
    const c = scheduler.runNow();
    await clock.advance(20 * MINUTE);
    expect(control.runs).toHaveLength(1);
    control.runs[0]!.finish({ kind: 'ok' });
    await clock.advance(0);
    expect(control.runs.map((r) => r.trigger)).toEqual(['start', 'follow-up']);
    control.runs[1]!.finish({ kind: 'ok', runAgainAt: undefined });
    expect(await a).toEqual({ kind: 'ok', runAgainAt: undefined });
    expect(await Promise.all([b, c])).toHaveLength(2);
    await clock.advance(0);
    expect(control.runs).toHaveLength(2);
    expect(control.maxActive).toBe(1);
  });

  it('runs now on request, outside a run, and restarts the interval from there', async () => {
    const clock = new ManualClock();
    const { runs, job } = scriptedJob(clock);
    const scheduler = new Scheduler({ clock, job });
    const t0 = clock.now();
    scheduler.start({ lastRunAt: t0 });
    await clock.advance(5 * MINUTE);
    expect(await scheduler.runNow()).toEqual({ kind: 'ok' });
    expect(runs).toEqual([{ trigger: 'manual', at: t0 + 5 * MINUTE }]);
    await clock.advance(14 * MINUTE);
    expect(runs).toHaveLength(1);
    await clock.advance(1 * MINUTE);
    expect(runs.map((r) => r.at - t0)).toEqual([5 * MINUTE, 20 * MINUTE]);
  });

  it('does not run while paused, runs a missed run once on resume, and still obeys "sync now"', async () => {
    const clock = new ManualClock();
    const { runs, job } = scriptedJob(clock);
    const events: SchedulerEvent[] = [];
    const scheduler = new Scheduler({ clock, job });
    scheduler.on((e) => events.push(e));
    const t0 = clock.now();
    scheduler.start({ lastRunAt: t0 });
    scheduler.pause();
    expect(scheduler.status()).toMatchObject({ state: 'paused', nextRunAt: null });
    await clock.advance(3 * HOUR);
    expect(runs).toEqual([]);
    await scheduler.runNow();
    expect(runs.map((r) => r.trigger)).toEqual(['manual']);
    await clock.advance(1 * HOUR);
    expect(runs).toHaveLength(1);
    scheduler.resume();
    await clock.advance(0);
    expect(runs.map((r) => r.at - t0)).toEqual([3 * HOUR, 4 * HOUR]);
    expect(events.map((e) => e.type)).toContain('paused');
    expect(events.find((e) => e.type === 'resumed')).toMatchObject({ nextRunAt: t0 + 4 * HOUR });
    await clock.advance(15 * MINUTE);
    expect(runs).toHaveLength(3);
  });

  it('lets a run in progress finish when paused, then schedules nothing', async () => {
    const control = controlledJob();
    const { clock, scheduler } = setup(control.job);
    scheduler.start();
    await clock.advance(0);
    scheduler.pause();
    control.runs[0]!.finish({ kind: 'ok' });
    await clock.advance(2 * HOUR);
    expect(control.runs).toHaveLength(1);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('catches up once after the computer slept through several runs', async () => {
    const clock = new ManualClock();
    const { runs, job } = scriptedJob(clock);
    const events: SchedulerEvent[] = [];
    const scheduler = new Scheduler({ clock, job, heartbeatMs: 30_000 });
    scheduler.on((e) => events.push(e));
    scheduler.start();
    await clock.advance(0);
    const beforeSleep = clock.now();
    await clock.advance(5 * MINUTE);
    // Asleep for 3 hours: the wall clock moves, the timers (monotonic) do not.
    clock.sleep(3 * HOUR);
    await clock.advance(30_000);
    expect(runs.map((r) => r.trigger)).toEqual(['start', 'catch-up']);
    const woke = runs[1]!.at;
    expect(woke - beforeSleep).toBeGreaterThan(3 * HOUR);
    expect(events.some((e) => e.type === 'clock-jump')).toBe(true);
    await clock.advance(14 * MINUTE);
    expect(runs).toHaveLength(2);
    await clock.advance(1 * MINUTE);
    expect(runs.map((r) => r.at - woke)).toEqual([runs[0]!.at - woke, 0, 15 * MINUTE]);
  });

  it('does not wait longer when the wall clock is set back', async () => {
    const clock = new ManualClock();
    const { runs, job } = scriptedJob(clock);
    const scheduler = new Scheduler({ clock, job, heartbeatMs: 30_000 });
    scheduler.start();
    await clock.advance(0);
    await clock.advance(5 * MINUTE);
    clock.setWall(clock.now() - 2 * HOUR);
    // On the new wall clock the planned run would be 2 h 10 min away; it keeps its 10 minutes.
    await clock.advance(10 * MINUTE - 1);
    expect(runs).toHaveLength(1);
    await clock.advance(1);
    expect(runs).toHaveLength(2);
    expect(runs[1]!.at - runs[0]!.at).toBe(15 * MINUTE - 2 * HOUR);
  });

  it('backs off exponentially while a service is down, up to a cap, and returns to normal after success', async () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffDelay(n) / MINUTE)).toEqual([
      1, 2, 4, 8, 16, 32, 60, 60,
    ]);
    expect(backoffDelay(1, { ...DEFAULT_BACKOFF, initialMs: 5_000 })).toBe(5_000);

    const clock = new ManualClock();
    const down: JobResult = { kind: 'transient-failure', error: new Error('503') };
    const { runs, job } = scriptedJob(clock, [down, down, down, down, down, down, down, down]);
    const events: SchedulerEvent[] = [];
    const scheduler = new Scheduler({ clock, job });
    scheduler.on((e) => events.push(e));
    const t0 = clock.now();
    scheduler.start();
    await clock.advance(5 * HOUR);
    const gaps = runs.slice(1).map((r, i) => (r.at - runs[i]!.at) / MINUTE);
    expect(gaps.slice(0, 9)).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 15]);
    expect(runs.slice(1, 9).every((r) => r.trigger === 'retry')).toBe(true);
    expect(runs[9]?.trigger).toBe('schedule');
    const backoffs = events.filter((e) => e.type === 'backoff');
    expect(backoffs).toHaveLength(8);
    expect(backoffs[2]).toMatchObject({ failures: 3, delayMs: 4 * MINUTE, nextRunAt: t0 + 7 * MINUTE });
    expect(scheduler.status().consecutiveFailures).toBe(0);
  });

  it("waits at least until a service's Retry-After time", async () => {
    const clock = new ManualClock();
    const t0 = clock.now();
    const { runs, job } = scriptedJob(clock, [{ kind: 'transient-failure', retryAt: t0 + 10 * MINUTE }]);
    const scheduler = new Scheduler({ clock, job });
    scheduler.start();
    await clock.advance(10 * MINUTE - 1);
    expect(runs).toHaveLength(1);
    await clock.advance(1);
    expect(runs.map((r) => r.at - t0)).toEqual([0, 10 * MINUTE]);
  });

  it('treats a job that throws or answers nonsense as a transient failure', async () => {
    const clock = new ManualClock();
    let calls = 0;
    const scheduler = new Scheduler({
      clock,
      job: async () => {
        calls += 1;
        if (calls === 1) throw new Error('boom');
        return 'nonsense' as unknown as JobResult;
      },
    });
    const first = await scheduler.runNow();
    expect(first).toMatchObject({ kind: 'transient-failure', error: new Error('boom') });
    const second = await scheduler.runNow();
    expect(second.kind).toBe('transient-failure');
    expect(scheduler.status().consecutiveFailures).toBe(2);
  });

  it('stops asking after a refused token until the credentials change', async () => {
    const clock = new ManualClock();
    const refused: JobResult = { kind: 'auth-failure', service: 'moneybird', error: new Error('401') };
    const { runs, job } = scriptedJob(clock, [refused]);
    const events: SchedulerEvent[] = [];
    const scheduler = new Scheduler({ clock, job });
    scheduler.on((e) => events.push(e));
    scheduler.start();
    await clock.advance(3 * 24 * HOUR);
    expect(runs).toHaveLength(1);
    expect(clock.pendingTimers()).toBe(0);
    expect(scheduler.status()).toMatchObject({ state: 'blocked-on-auth', nextRunAt: null });
    expect(events.find((e) => e.type === 'blocked-on-auth')).toMatchObject({
      service: 'moneybird',
      nextRunAt: null,
    });
    expect(events.find((e) => e.type === 'finished')).toMatchObject({ nextRunAt: null });
    scheduler.credentialsChanged();
    await clock.advance(0);
    expect(runs).toHaveLength(2);
    await clock.advance(15 * MINUTE);
    expect(runs).toHaveLength(3);
  });

  it('lets the owner try "sync now" while blocked; a success lifts the block', async () => {
    const clock = new ManualClock();
    const refused: JobResult = { kind: 'auth-failure', service: 'mijnwebwinkel' };
    const { runs, job } = scriptedJob(clock, [refused, refused]);
    const scheduler = new Scheduler({ clock, job });
    scheduler.start();
    await clock.advance(HOUR);
    expect((await scheduler.runNow()).kind).toBe('auth-failure');
    expect(scheduler.status().blockedOnAuth).toBe(true);
    expect((await scheduler.runNow()).kind).toBe('ok');
    expect(scheduler.status()).toMatchObject({ state: 'waiting', blockedOnAuth: false });
    await clock.advance(15 * MINUTE);
    expect(runs).toHaveLength(4);
  });

  it('does not run a follow-up into a token it just learnt is refused', async () => {
    const control = controlledJob();
    const { clock, scheduler } = setup(control.job);
    scheduler.start();
    await clock.advance(0);
    const waiting = scheduler.runNow();
    control.runs[0]!.finish({ kind: 'auth-failure' });
    expect(await waiting).toEqual({ kind: 'auth-failure' });
    await clock.advance(HOUR);
    expect(control.runs).toHaveLength(1);
  });

  it('runs again early when the job has work due before the next regular run', async () => {
    const clock = new ManualClock();
    const t0 = clock.now();
    const { runs, job } = scriptedJob(clock, [{ kind: 'ok', runAgainAt: t0 + 2 * MINUTE }]);
    const scheduler = new Scheduler({ clock, job });
    scheduler.start();
    await clock.advance(20 * MINUTE);
    expect(runs.map((r) => (r.at - t0) / MINUTE)).toEqual([0, 2, 17]);
  });

  it('waits for a run in progress on stop, and schedules nothing after', async () => {
    const control = controlledJob();
    const { clock, scheduler } = setup(control.job);
    scheduler.start();
    await clock.advance(0);
    let stopped = false;
    const stopping = scheduler.stop().then(() => {
      stopped = true;
    });
    await clock.advance(0);
    expect(stopped).toBe(false);
    control.runs[0]!.finish({ kind: 'ok' });
    await stopping;
    expect(scheduler.status()).toMatchObject({ state: 'stopped', nextRunAt: null });
    await clock.advance(HOUR);
    expect(control.runs).toHaveLength(1);
  });

  it('keeps going when an event listener throws', async () => {
    const clock = new ManualClock();
    const { runs, job } = scriptedJob(clock);
    const scheduler = new Scheduler({ clock, job });
    scheduler.on(() => {
      throw new Error('listener bug');
    });
    scheduler.start();
    await clock.advance(30 * MINUTE);
    expect(runs).toHaveLength(3);
  });
});
