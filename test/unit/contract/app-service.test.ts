// AppService and its dispatcher with the real in-process sync controller: what the shells rely on.
import { describe, expect, it } from 'vitest';
import {
  type AppService,
  createAppService,
  createInProcessSyncController,
  type InProcessSyncOptions,
  type SyncController,
} from '../../../src/main/core/app-service';
import type { LogLevel } from '../../../src/main/core/http/logger';
import type { Connection, CoreEvent } from '../../../src/shared/contract';

const connected: Connection = { state: 'connected', detail: null, checkedAt: '2026-03-01T10:00:00.000Z' };
const bothConnected = () => ({ mijnwebwinkel: connected, moneybird: connected });

function setup(options: InProcessSyncOptions = {}) {
  const lines: { level: LogLevel; message: string }[] = [];
  const logger = { log: (level: LogLevel, message: string) => void lines.push({ level, message }) };
  const service = createAppService({ sync: createInProcessSyncController(options), logger });
  const events: CoreEvent[] = [];
  service.subscribe((event) => events.push(event));
  return { service, lines, events };
}

function nextEvent(service: AppService, channel: CoreEvent['channel']): Promise<CoreEvent> {
  return new Promise((resolve) => {
    const stop = service.subscribe((event) => {
      if (event.channel === channel) {
        stop();
        resolve(event);
      }
    });
  });
}

describe('dispatch', () => {
  it('refuses an unknown channel and malformed arguments with a logged reason, and never throws', async () => {
    const { service, lines } = setup();
    const unknown = await service.dispatch('shell.exec', { cmd: 'rm -rf /' }, 'socket 127.0.0.1:1');
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    const bad = await service.dispatch('log.recent', { limit: -3 }, 'ipc');
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments', issues: [{ path: 'limit' }] },
    });
    expect(lines.map((l) => l.message)).toEqual([
      expect.stringContaining('refused request from socket 127.0.0.1:1: Request "shell.exec" does not exist'),
      expect.stringContaining('refused request from ipc: Request "log.recent" had invalid data (limit:'),
    ]);
    await service.close();
  });

  it('turns a failing handler into a refusal, with secrets redacted', async () => {
    const sync = failingController(() => {
      throw new Error('GET https://shop.example/v1/orders?token=s3cr3t-t0ken failed');
    });
    const lines: string[] = [];
    const service = createAppService({ sync, logger: { log: (_l, m) => void lines.push(m) } });
    const reply = await service.dispatch('app.status', {}, 'ipc');
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('handler-failed');
      expect(reply.error.message.en).not.toContain('s3cr3t');
      expect(reply.error.message.en).toContain('token=[redacted]');
    }
    expect(lines.join('\n')).not.toContain('s3cr3t');
  });

  it('refuses to pass on a result that breaks the contract', async () => {
    const sync = failingController(() => ({ state: 'sleeping' }) as never);
    const service = createAppService({ sync });
    const reply = await service.dispatch('app.status', {}, 'ipc');
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-result' } });
  });

  it('drops an event that breaks the contract instead of forwarding it', async () => {
    let emit: (event: CoreEvent) => void = () => {};
    const sync = {
      ...failingController(() => ({}) as never),
      subscribe: (l: (e: CoreEvent) => void) => {
        emit = l;
        return () => {};
      },
    };
    const lines: string[] = [];
    const service = createAppService({ sync, logger: { log: (_l, m) => void lines.push(m) } });
    const seen: CoreEvent[] = [];
    service.subscribe((event) => seen.push(event));
    emit({ channel: 'sync.progress', payload: { runId: 'r', done: -1, total: 1 } });
    emit({ channel: 'sync.progress', payload: { runId: 'r', done: 1, total: 1 } });
    expect(seen).toEqual([{ channel: 'sync.progress', payload: { runId: 'r', done: 1, total: 1 } }]);
    expect(lines[0]).toContain('dropped event');
  });
});

describe('in-process sync controller', () => {
  it('needs setup until both services are connected, and says what to do', async () => {
    const { service } = setup();
    const status = await service.dispatch('app.status', {}, 'ipc');
    expect(status).toMatchObject({ ok: true, result: { state: 'needs-setup', nextRunAt: null } });
    const run = await service.dispatch('sync.runNow', {}, 'ipc');
    expect(run).toMatchObject({ ok: true, result: { accepted: false, runId: null } });
    if (run.ok) expect(run.result.reason?.nl).toContain('Koppel eerst');
    await service.close();
  });

  it('runs, reports progress and results as events, and returns to idle with a next run', async () => {
    let release: () => void = () => {};
    const { service, events } = setup({
      connections: bothConnected,
      work: async (run) => {
        run.progress(0, 2);
        await new Promise<void>((resolve) => (release = resolve));
        run.orderResult({
          orderNumber: '1',
          outcome: 'booked',
          invoiceId: '1234567890123456789',
          reason: null,
        });
        run.orderResult({
          orderNumber: '2',
          outcome: 'parked',
          invoiceId: null,
          reason: { nl: 'x', en: 'y' },
        });
        run.progress(2, 2);
      },
    });
    expect(service.status()).toMatchObject({ state: 'idle' });
    expect(service.status().nextRunAt).not.toBeNull();
    const started = await service.dispatch('sync.runNow', {}, 'ipc');
    expect(started).toMatchObject({ ok: true, result: { accepted: true } });
    expect(service.status()).toMatchObject({ state: 'syncing', nextRunAt: null });
    expect(await service.dispatch('sync.runNow', {}, 'ipc')).toMatchObject({
      ok: true,
      result: { accepted: false },
    });

    const finished = nextEvent(service, 'run.finished');
    release();
    const summary = (await finished).payload;
    expect(summary).toMatchObject({
      outcome: 'completed',
      booked: 1,
      parked: 1,
      failed: 0,
      trigger: 'manual',
    });
    expect(service.status()).toMatchObject({ state: 'idle', counts: { booked: 1, parked: 1, waiting: 0 } });
    expect(events.map((e) => e.channel)).toEqual(
      expect.arrayContaining([
        'run.started',
        'sync.progress',
        'order.result',
        'run.finished',
        'status.changed',
      ]),
    );
    const log = await service.dispatch('log.recent', { limit: 1 }, 'ipc');
    expect(log.ok && log.result.lines[0]?.message.en).toBe(
      'Sync finished. Booked: 1; needs you: 1; failed: 0.',
    );
    await service.close();
  });

  it('pauses (cancelling a running run), refuses to run while paused, and resumes', async () => {
    const { service } = setup({
      connections: bothConnected,
      work: (run) => new Promise<void>((resolve) => run.signal.addEventListener('abort', () => resolve())),
    });
    await service.dispatch('sync.runNow', {}, 'ipc');
    const finished = nextEvent(service, 'run.finished');
    const paused = await service.dispatch('sync.pause', {}, 'ipc');
    expect(paused).toMatchObject({ ok: true, result: { state: 'paused', nextRunAt: null } });
    expect((await finished).payload).toMatchObject({ outcome: 'cancelled' });
    expect(await service.dispatch('sync.runNow', {}, 'ipc')).toMatchObject({ result: { accepted: false } });
    const resumed = await service.dispatch('sync.resume', {}, 'ipc');
    expect(resumed).toMatchObject({ ok: true, result: { state: 'idle' } });
    await service.close();
  });

  it('shows a failed run as an error with the reason, redacted, and recovers on the next run', async () => {
    let fail = true;
    const { service } = setup({
      connections: bothConnected,
      work: async () => {
        if (fail) throw new Error('https://api.example/v1/orders?token=abcdef123456 answered 500');
      },
    });
    const failed = nextEvent(service, 'run.finished');
    await service.dispatch('sync.runNow', {}, 'ipc');
    expect((await failed).payload).toMatchObject({ outcome: 'failed' });
    const status = service.status();
    expect(status.state).toBe('error');
    expect(status.reason?.en).toContain('token=[redacted]');
    expect(JSON.stringify(service.status())).not.toContain('abcdef123456');
    const lines = await service.dispatch('log.recent', {}, 'ipc');
    expect(JSON.stringify(lines)).not.toContain('abcdef123456');

    fail = false;
    const ok = nextEvent(service, 'run.finished');
    await service.dispatch('sync.runNow', {}, 'ipc');
    await ok;
    expect(service.status().state).toBe('idle');
    await service.close();
  });

  it('keeps only the most recent log lines, in order', async () => {
    const { service } = setup({ connections: bothConnected, logCapacity: 3 });
    for (let i = 0; i < 3; i++) {
      await service.dispatch('sync.pause', {}, 'ipc');
      await service.dispatch('sync.resume', {}, 'ipc');
    }
    const reply = await service.dispatch('log.recent', { limit: 10 }, 'ipc');
    expect(reply.ok && reply.result.lines.map((l) => l.seq)).toEqual([3, 4, 5]);
    await service.close();
  });
});

describe('a core that cannot be set up', () => {
  it("refuses the setup channels in the owner's words, in both languages", async () => {
    const { service } = setup({});
    const reply = await service.dispatch('setup.state', {}, 'ipc');
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('handler-failed');
      expect(reply.error.message.nl).toMatch(/gegevensmap/);
      expect(reply.error.message.en).toMatch(/data folder/);
      expect(reply.error.message.nl).not.toMatch(/data folder/);
    }
    await service.close();
  });
});

function failingController(status: () => ReturnType<SyncController['status']>): SyncController {
  return {
    status,
    runNow: () => ({ accepted: false, runId: null, reason: null }),
    pause() {},
    resume() {},
    setIntervalMinutes() {},
    recentLog: () => [],
    heldOrders: () => ({ parked: [], waiting: [], parkedTotal: 0, waitingTotal: 0 }),
    retryOrder: () => ({ accepted: false, runId: null, reason: null }),
    retryOrders: () => ({ accepted: false, runId: null, reason: null }),
    skipOrder: () => ({ accepted: false, runId: null, reason: null }),
    historyImport: () => null,
    startImport: () => ({ accepted: false, runId: null, reason: null }),
    subscribe: () => () => {},
    close: async () => {},
  };
}
