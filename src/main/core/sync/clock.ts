// Time for the scheduler: a wall clock (what the calendar says) and timers (which, like Node's,
// run on a monotonic clock that stands still while the computer sleeps). The manual clock lets
// tests move both by hand, so every scheduling rule is tested without waiting.
import { MAX_TIMER_MS } from '../http/clock';

export interface TimerHandle {
  cancel(): void;
}

export interface SchedulerClock {
  /** Wall-clock time, ms since the epoch. */
  now(): number;
  /** Calls `fn` once after `ms` of awake time. */
  setTimer(ms: number, fn: () => void): TimerHandle;
}

export const systemSchedulerClock: SchedulerClock = {
  now: () => Date.now(),
  setTimer(ms, fn) {
    // The scheduler never asks for more than its heartbeat; the bound is Node's.
    const timer = setTimeout(fn, Math.min(MAX_TIMER_MS, Math.max(0, ms)));
    // A pending sync must not keep a finishing process (CLI, tests) alive.
    timer.unref?.();
    return { cancel: () => clearTimeout(timer) };
  },
};

interface ManualTimer {
  id: number;
  at: number;
  fn: () => void;
}

/** A clock moved by hand: `advance` is awake time passing, `sleep` is the machine suspended. */
export class ManualClock implements SchedulerClock {
  private wall: number;
  private monotonic = 0;
  private nextId = 1;
  private timers: ManualTimer[] = [];

  constructor(startWall = Date.UTC(2025, 0, 6, 9, 0, 0)) {
    this.wall = startWall;
  }

  now(): number {
    return this.wall;
  }

  setTimer(ms: number, fn: () => void): TimerHandle {
    const timer = { id: this.nextId++, at: this.monotonic + Math.max(0, ms), fn };
    this.timers.push(timer);
    return {
      cancel: () => {
        this.timers = this.timers.filter((t) => t.id !== timer.id);
      },
    };
  }

  /** Awake time passes: both clocks move and due timers fire in order, letting async work settle. */
  async advance(ms: number): Promise<void> {
    const end = this.monotonic + ms;
    await ManualClock.settle();
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t.id !== due.id);
      this.wall += due.at - this.monotonic;
      this.monotonic = due.at;
      due.fn();
      await ManualClock.settle();
    }
    this.wall += end - this.monotonic;
    this.monotonic = end;
    await ManualClock.settle();
  }

  /** The machine sleeps: the wall clock moves on, timers do not. */
  sleep(ms: number): void {
    this.wall += ms;
  }

  /** The wall clock is set (e.g. back by the owner or by NTP); timers are unaffected. */
  setWall(time: number): void {
    this.wall = time;
  }

  pendingTimers(): number {
    return this.timers.length;
  }

  /** Lets pending promise callbacks and immediates run (no wall time involved). */
  static async settle(rounds = 20): Promise<void> {
    for (let i = 0; i < rounds; i++) await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
