// The benchmarks' side of their helper processes: forking a sibling bundle (or its source through
// tsx), and the simulator process (simulator-host.ts) with its request/answer channel. Shared by the
// history-import and idle benchmarks, so that neither measures the simulators' CPU or memory.
import { type ChildProcess, fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BooksSummary, HostReady, HostReply, HostRequest, RequestStats } from './host-protocol';

/** What the simulator process generates and how Moneybird's limit is compressed. */
export interface SimulatedShop {
  orders: number;
  windowSeconds: number;
  style: 'sales' | 'external';
  seed: number;
  since: string;
}

/** Bundled (npm run bench), the sibling processes sit next to this file as .mjs; from source they run via tsx. */
export function forkSibling(name: string, args: string[] = []): ChildProcess {
  const self = fileURLToPath(import.meta.url);
  const bundled = self.endsWith('.mjs');
  return fork(join(dirname(self), `${name}${bundled ? '.mjs' : '.ts'}`), args, {
    execArgv: bundled ? [] : ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** The simulator process and a request/answer channel to it. */
export class SimulatorHost {
  private nextId = 1;
  private readonly pending = new Map<number, (reply: HostReply) => void>();

  private constructor(
    private readonly child: ChildProcess,
    readonly ready: HostReady,
  ) {
    child.on('message', (raw) => {
      const reply = raw as HostReply;
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    });
  }

  static start(options: SimulatedShop): Promise<SimulatorHost> {
    const child = forkSibling('simulator-host', [
      String(options.orders),
      String(options.windowSeconds),
      options.style,
      String(options.seed),
      options.since,
    ]);
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) =>
        reject(new Error(`The simulator process stopped before it was ready (exit ${code})`));
      child.once('exit', onExit);
      child.once('message', (message) => {
        child.off('exit', onExit);
        resolve(new SimulatorHost(child, message as HostReady));
      });
    });
  }

  private ask(type: HostRequest['type']): Promise<HostReply> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.child.send({ id, type } satisfies HostRequest);
    });
  }

  async stats(): Promise<RequestStats> {
    const reply = await this.ask('stats');
    if (reply.type !== 'stats') throw new Error(`Unexpected answer ${reply.type}`);
    return reply.stats;
  }

  async books(): Promise<BooksSummary> {
    const reply = await this.ask('books');
    if (reply.type !== 'books') throw new Error(`Unexpected answer ${reply.type}`);
    return reply.books;
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await this.ask('close').catch(() => undefined);
    await exited;
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGTERM');
  }
}
