// A process killed with SIGKILL while it holds a write transaction (or at a random moment between
// and inside commits) leaves a database that opens, passes an integrity check, holds every commit
// it reported, and holds nothing of a transaction it did not commit.
import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOOKING_FLOWS, openStore, type Progress, type Store } from '../../../src/main/core/store';
import { freshTempDirs } from '../../support/temp-dir';

const tempDir = freshTempDirs();
const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const writer = resolve(fileURLToPath(import.meta.url), '../fixtures/crash-writer.ts');
const CHURN_ORDERS = 40;
const flow = BOOKING_FLOWS.sales_invoice;

interface Writer {
  child: ChildProcess;
  lines: string[];
  /** Resolves once a line satisfying `test` has been printed (or rejects if the child exits first). */
  waitFor(test: (line: string, index: number) => boolean): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

function startWriter(mode: 'hold' | 'churn', file: string): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', writer, mode, file], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: {
    test: (line: string, index: number) => boolean;
    resolve: () => void;
    reject: (e: Error) => void;
  }[] = [];
  let stderr = '';
  let partial = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    partial += chunk;
    const parts = partial.split('\n');
    partial = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      for (const waiter of [...waiters]) {
        if (waiter.test(line, lines.length - 1)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve();
        }
      }
    }
  });
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (done) => {
      child.on('exit', (code, signal) => {
        for (const waiter of waiters.splice(0)) {
          waiter.reject(new Error(`writer exited (${code ?? signal}) before the expected line: ${stderr}`));
        }
        done({ code, signal, stderr });
      });
    },
  );
  return {
    child,
    lines,
    exited,
    waitFor: (test) =>
      new Promise<void>((resolveWait, reject) => {
        const index = lines.findIndex((line, i) => test(line, i));
        if (index >= 0) resolveWait();
        else waiters.push({ test, resolve: resolveWait, reject });
      }),
  };
}

async function kill(w: Writer): Promise<void> {
  w.child.kill('SIGKILL');
  const { signal, code } = await w.exited;
  expect(signal === 'SIGKILL' || code === 0).toBe(true);
}

function expectConsistent(store: Store): void {
  expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(store.db.pragma('foreign_key_check')).toEqual([]);
}

describe('a writer killed with SIGKILL', () => {
  it('loses its open transaction, keeps what it committed, and the file opens consistent', async () => {
    const file = join(tempDir(), 'w.sqlite');
    const w = startWriter('hold', file);
    await w.waitFor((line) => line === 'holding');
    await kill(w);

    const store = openStore(file);
    try {
      expectConsistent(store);
      const counts = store.journal.counts();
      expect(counts.pending).toBe(50);
      expect(store.journal.get('c0')?.state).toBe('pending');
      expect(store.journal.get('u0')).toBeUndefined();
      expect(store.log.recent({ limit: 10 })).toEqual([]);
      expect(store.runs.latest()?.outcome).toBe('interrupted');
      // Writable again: the dead writer's lock is gone.
      expect(store.journal.advance('c0', 'pending', 'contact_ok', { contactId: '1' }).state).toBe(
        'contact_ok',
      );
    } finally {
      store.close();
    }
  }, 60_000);

  it('leaves the journal and the log in step when killed at random moments, and resumes to the end', async () => {
    const file = join(tempDir(), 'w.sqlite');
    // Seeded: each round kills the writer after a different number of reported commits.
    const killAfter = fc.sample(fc.integer({ min: 1, max: 25 }), { numRuns: 4, seed: 6 });
    const reported = new Map<string, Progress>();

    const check = () => {
      const store = openStore(file);
      try {
        expectConsistent(store);
        for (const entry of store.journal.list({ limit: 1000 })) {
          const done = flow.slice(1, flow.indexOf(entry.progress) + 1);
          const logged = store.log
            .recent({ limit: 1000, orderNumber: entry.orderNumber })
            .map((e) => e.message.en)
            .reverse();
          // Every committed step has exactly its three log lines: all of a transaction or none.
          expect(logged).toEqual(done.flatMap((step) => [0, 1, 2].map((i) => `step ${step} part ${i}`)));
          expect(entry.state).toBe(entry.progress);
        }
        for (const [order, step] of reported) {
          const entry = store.journal.get(order);
          expect(flow.indexOf(entry!.progress)).toBeGreaterThanOrEqual(flow.indexOf(step));
        }
        return store.journal.counts();
      } finally {
        store.close();
      }
    };

    for (const n of killAfter) {
      const w = startWriter('churn', file);
      const before = w.lines.length;
      await w.waitFor((line, i) => i >= before + n - 1 && line.startsWith('committed'));
      await kill(w);
      for (const line of w.lines) {
        const [word, order, step] = line.split(' ');
        if (word === 'committed' && order && step) reported.set(order, step as Progress);
      }
      check();
    }

    const last = startWriter('churn', file);
    const { code, stderr } = await last.exited;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(last.lines.at(-1)).toBe('finished');
    const counts = check();
    expect(counts.done).toBe(CHURN_ORDERS);
    const store = openStore(file);
    try {
      const outcomes = store.runs.recent(100).map((r) => r.outcome);
      expect(outcomes[0]).toBe('completed');
      expect(outcomes.slice(1).every((o) => o === 'interrupted')).toBe(true);
      expect(outcomes).toHaveLength(killAfter.length + 1);
    } finally {
      store.close();
    }
  }, 120_000);
});
