// The window's status: kept current by the core's events. A status the window asked for (on opening
// the dashboard, on reconnecting) is the core's as it was when it answered, and the answer can come
// in after a newer event: it must not put an ended run back on screen. Nor may a progress event
// turn an idle status into a running one.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedClient } from '../../../src/renderer/bridge/checked-client';
import type { ConnectionPhase } from '../../../src/renderer/bridge/socket-bridge';
import { createAppStore, waitedForChange } from '../../../src/renderer/state/app-store';
import type { AppStatus, HeldOrder } from '../../../src/shared/contract';

const NOT_CONFIGURED = { state: 'not-configured', detail: null, checkedAt: null } as const;

const statusOf = (state: AppStatus['state'], progress: AppStatus['progress'] = null): AppStatus => ({
  state,
  reason: null,
  lastRun: null,
  nextRunAt: null,
  progress,
  counts: { booked: 0, parked: 0, waiting: 0, deleted: 0, cancelled: 0 },
  connections: { mijnwebwinkel: NOT_CONFIGURED, moneybird: NOT_CONFIGURED },
});

/** A client whose status answers the test hands out by hand; the other requests answer at once. */
function fakeCore() {
  const statusAnswers: Array<(status: AppStatus) => void> = [];
  const listeners = new Map<string, Array<(payload: unknown) => void>>();
  const immediate: Record<string, unknown> = {
    'log.recent': { lines: [] },
    'import.status': { import: null },
    'settings.get': { language: 'nl', referencePrefix: 'WB1' },
    'orders.list': { parked: [], waiting: [], parkedTotal: 0, waitingTotal: 0 },
  };
  const client = {
    call: (channel: string) =>
      new Promise((resolve) => {
        if (channel === 'app.status' || channel === 'sync.pause')
          statusAnswers.push((status) => resolve({ ok: true, result: status }));
        else if (channel in immediate) resolve({ ok: true, result: immediate[channel] });
        else throw new Error(`unexpected call ${channel}`);
      }),
    on: (channel: string, listener: (payload: unknown) => void) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      return () => {};
    },
  } as unknown as CheckedClient;
  let connection: ((phase: ConnectionPhase) => void) | undefined;
  const store = createAppStore(client, (listener) => {
    connection = listener;
    return () => {};
  });
  return {
    store,
    statusAnswers,
    event: (channel: string, payload: unknown) => {
      for (const listener of listeners.get(channel) ?? []) listener(payload);
    },
    connect: () => connection?.('open'),
  };
}

/** Lets the awaited replies run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeAll(() => {
  // The store sets the page's language; a plain object stands in for the page here.
  (globalThis as { document?: unknown }).document ??= { documentElement: {} };
});

describe('the window’s status', () => {
  it('keeps the event that came in while the dashboard asked, over the older answer', async () => {
    const core = fakeCore();
    core.event('status.changed', statusOf('syncing', { runId: '2', done: 1, total: 3 }));
    const refreshed = core.store.getState().refresh();
    // The run ends while the question is out; the answer was made before it ended.
    core.event('status.changed', statusOf('idle'));
    core.statusAnswers.shift()!(statusOf('syncing', { runId: '2', done: 2, total: 3 }));
    await refreshed;
    expect(core.store.getState().status?.state).toBe('idle');
    expect(core.store.getState().status?.progress).toBeNull();
  });

  it('takes the answer when no event came in meanwhile (a reconnect after missed events)', async () => {
    const core = fakeCore();
    core.event('status.changed', statusOf('syncing', { runId: '4', done: 1, total: 3 }));
    core.connect();
    await settle();
    core.statusAnswers.shift()!(statusOf('idle'));
    await settle();
    expect(core.store.getState().status?.state).toBe('idle');
  });

  it('keeps the reference prefix, by which the owner is told Winkelbrug knows its own invoices', async () => {
    const core = fakeCore();
    expect(core.store.getState().referencePrefix).toBeNull();
    const refreshed = core.store.getState().refresh();
    core.statusAnswers.shift()!(statusOf('idle'));
    await refreshed;
    expect(core.store.getState().referencePrefix).toBe('WB1');
  });

  it('keeps the newer event over the answer to a pause', async () => {
    const core = fakeCore();
    core.event('status.changed', statusOf('idle'));
    const paused = core.store.getState().pause();
    core.event('status.changed', statusOf('paused'));
    core.statusAnswers.shift()!(statusOf('idle'));
    await paused;
    expect(core.store.getState().status?.state).toBe('paused');
  });

  it('shows a run’s progress only while that run is on', () => {
    const core = fakeCore();
    core.event('status.changed', statusOf('idle'));
    // The next run's first progress may come before its status: it does not make the status running.
    core.event('sync.progress', { runId: '5', done: 0, total: 4 });
    expect(core.store.getState().status).toMatchObject({ state: 'idle', progress: null });
    core.event('status.changed', statusOf('syncing', { runId: '5', done: 0, total: 4 }));
    core.event('sync.progress', { runId: '5', done: 2, total: 4 });
    expect(core.store.getState().status?.progress).toMatchObject({ done: 2 });
    // Another run's progress is not this one's.
    core.event('sync.progress', { runId: '6', done: 3, total: 4 });
    expect(core.store.getState().status?.progress).toMatchObject({ runId: '5', done: 2 });
  });
});

describe('"Opnieuw proberen" for a group of orders', () => {
  /** A core that records what the window asks and answers a retry as the controller does. */
  function recordingCore(answer: unknown) {
    const calls: Array<{ channel: string; args: unknown }> = [];
    const client = {
      call: (channel: string, args: unknown) => {
        calls.push({ channel, args });
        if (channel === 'orders.retry') return Promise.resolve({ ok: true, result: answer });
        if (channel === 'orders.list')
          return Promise.resolve({
            ok: true,
            result: { parked: [], waiting: [], parkedTotal: 0, waitingTotal: 0 },
          });
        throw new Error(`unexpected call ${channel}`);
      },
      on: () => () => {},
    } as unknown as CheckedClient;
    return { calls, store: createAppStore(client, () => () => {}) };
  }

  it('asks the core once for all of them, so one sync books them all', async () => {
    const core = recordingCore({ accepted: true, runId: '7', reason: null });
    await core.store.getState().retryOrders(['1001', '1008', '1016']);
    expect(core.calls.filter((c) => c.channel === 'orders.retry')).toEqual([
      { channel: 'orders.retry', args: { orderNumbers: ['1001', '1008', '1016'] } },
    ]);
    // The lists are asked again afterwards, and nothing is left busy.
    expect(core.calls.at(-1)?.channel).toBe('orders.list');
    expect(core.store.getState()).toMatchObject({ busyOrder: null, notice: null });
  });

  it('tells the core’s note (paused: booked once resumed), and asks nothing for no orders', async () => {
    const reason = { nl: '3 bestellingen staan weer in de wachtrij', en: '3 orders are back in the queue' };
    const core = recordingCore({ accepted: true, runId: null, reason });
    await core.store.getState().retryOrders(['1001', '1008', '1016']);
    expect(core.store.getState().notice).toEqual(reason);

    const none = recordingCore({ accepted: true, runId: null, reason: null });
    await none.store.getState().retryOrders([]);
    expect(none.calls).toEqual([]);
  });
});

describe('the parked orders a saved change may book now', () => {
  const held = (
    orderNumber: string,
    section: HeldOrder['settingsSection'],
    heldSince: string,
  ): HeldOrder => ({
    orderNumber,
    orderDate: '2026-11-29',
    creditedOrderNumber: null,
    reason: null,
    reasonCode: section ? 'unmapped_tax_rate' : 'lines_do_not_add_up',
    settingsSection: section,
    invoiceToTakeOver: null,
    nextAttemptAt: null,
    attempts: 0,
    heldSince,
  });

  it('are those parked for a changed part before it was saved, not after, nor for another part', () => {
    const savedAt = Date.parse('2026-11-30T10:00:00.000Z');
    const parked = [
      held('1', 'taxRates', '2026-11-30T09:00:00.000Z'),
      held('2', 'taxRates', '2026-11-30T10:00:00.000Z'),
      held('3', 'taxRates', '2026-11-30T10:00:01.000Z'),
      held('4', 'payments', '2026-11-30T09:00:00.000Z'),
      held('5', null, '2026-11-30T09:00:00.000Z'),
    ];
    expect(waitedForChange(parked, ['taxRates'], { taxRates: savedAt }).map((o) => o.orderNumber)).toEqual([
      '1',
      '2',
    ]);
    // A part without a time (marked by an older window) counts every order parked for it.
    expect(
      waitedForChange(parked, ['taxRates', 'payments'], { taxRates: savedAt }).map((o) => o.orderNumber),
    ).toEqual(['1', '2', '4']);
  });
});
