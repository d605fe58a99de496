// Carries out a chaos plan on a running world: installs the seeded faults, starts 429 bursts at the
// planned request counts (each with a Retry-After epoch one second ahead, as Moneybird answers), and
// kills a CLI child at its round's trigger. Triggers hang on the simulators' exchange observers, so
// a kill lands exactly while an answer is on its way.
import type { ExchangeObserver, SimRequest } from '../../sim/common/http-server';
import type { ChaosPlan, KillTrigger } from './chaos-plan';
import type { CliRun } from './cli-process';
import type { ChaosWorld } from './world';

const isWrite = (request: SimRequest) =>
  request.method !== 'GET' && !request.path.endsWith('/synchronization.json');

export class ChaosDriver {
  private moneybirdAnswered = 0;
  private burstsLeft: number[];
  private burstEnds: NodeJS.Timeout | undefined;
  private active = true;
  private readonly detach: Array<() => void> = [];

  constructor(
    private readonly world: ChaosWorld,
    private readonly plan: ChaosPlan,
  ) {
    this.burstsLeft = [...plan.burstsAt];
    const { moneybird, mww } = world;
    moneybird.server.faults.reseed(plan.seed);
    for (const rule of plan.moneybirdFaults) moneybird.server.faults.add(rule);
    mww.server.faults.reseed(plan.seed + 1);
    for (const rule of plan.mijnwebwinkelFaults) mww.server.faults.add(rule);
    this.observe('moneybird', () => {
      this.moneybirdAnswered += 1;
      if (this.active && this.burstsLeft[0] !== undefined && this.moneybirdAnswered >= this.burstsLeft[0]) {
        this.burstsLeft.shift();
        this.burst();
      }
    });
  }

  /** Arms the round's kill on this child; the returned function disarms it. */
  arm(run: CliRun, trigger: KillTrigger): () => void {
    if (trigger.kind === 'after-first-write') {
      let timer: NodeJS.Timeout | undefined;
      const off = this.observe('moneybird', (request) => {
        if (timer || !isWrite(request)) return;
        timer = setTimeout(() => run.kill(), trigger.ms);
      });
      return () => {
        off();
        clearTimeout(timer);
      };
    }
    let seen = 0;
    const service = trigger.kind === 'mijnwebwinkel-request' ? 'mww' : 'moneybird';
    return this.observe(service, (request) => {
      if (trigger.kind === 'moneybird-write' && !isWrite(request)) return;
      seen += 1;
      if (seen === trigger.count) run.kill();
    });
  }

  /**
   * No more faults or bursts: the world behaves from now on. Writes still held back by a late-commit
   * fault land now, as a slow server finishes what it was doing.
   */
  async calm(): Promise<void> {
    this.active = false;
    clearTimeout(this.burstEnds);
    this.burstEnds = undefined;
    this.world.moneybird.server.faults.clear();
    this.world.mww.server.faults.clear();
    await this.world.moneybird.server.flushLateCommits();
  }

  /** The faults again after a calm spell (bursts already begun stay used up). */
  storm(): void {
    this.active = true;
    for (const rule of this.plan.moneybirdFaults) this.world.moneybird.server.faults.add(rule);
    for (const rule of this.plan.mijnwebwinkelFaults) this.world.mww.server.faults.add(rule);
  }

  dispose(): void {
    clearTimeout(this.burstEnds);
    for (const off of this.detach.splice(0)) off();
  }

  /**
   * A 429 burst the way Moneybird's limiter answers: every request until the Retry-After moment
   * (an epoch second, one to two seconds ahead) is refused with "Retry later"; after it, none is.
   */
  private burst(): void {
    if (this.burstEnds) return;
    const retryAt = Math.ceil(Date.now() / 1000) + 1;
    const epoch = String(retryAt);
    const { faults } = this.world.moneybird.server;
    faults.clear();
    faults.add({
      fault: {
        kind: 'status',
        status: 429,
        body: 'Retry later',
        headers: {
          'retry-after': epoch,
          'ratelimit-limit': '150',
          'ratelimit-remaining': '0',
          'ratelimit-reset': epoch,
        },
      },
      times: Number.POSITIVE_INFINITY,
    });
    for (const rule of this.plan.moneybirdFaults) faults.add(rule);
    this.burstEnds = setTimeout(
      () => {
        this.burstEnds = undefined;
        if (!this.active) return;
        faults.clear();
        for (const rule of this.plan.moneybirdFaults) faults.add(rule);
      },
      retryAt * 1000 - Date.now(),
    );
  }

  private observe(service: 'moneybird' | 'mww', observer: ExchangeObserver): () => void {
    const observers = this.world[service].server.observers;
    observers.push(observer);
    const off = () => {
      const index = observers.indexOf(observer);
      if (index >= 0) observers.splice(index, 1);
    };
    this.detach.push(off);
    return off;
  }
}
