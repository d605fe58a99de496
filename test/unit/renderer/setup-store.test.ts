// The wizard's and Settings' view of where the setup stands: kept current by the core's events. An
// answer the window asked for is the setup as it was when the core answered; one event that came in
// while the question was out may be newer, and is kept.
import { describe, expect, it } from 'vitest';
import type { CheckedClient } from '../../../src/renderer/bridge/checked-client';
import { createSetupStore } from '../../../src/renderer/state/setup-store';
import type { SetupState } from '../../../src/shared/contract';

const stateWith = (complete: boolean) =>
  ({ complete, next: complete ? null : 'mapping' }) as unknown as SetupState;

/** A client whose setup.state answers the test hands out by hand. */
function fakeCore() {
  const answers: Array<(state: SetupState) => void> = [];
  const listeners = new Map<string, Array<(payload: unknown) => void>>();
  const client = {
    call: (channel: string) =>
      new Promise((resolve) => {
        if (channel !== 'setup.state') throw new Error(`unexpected call ${channel}`);
        answers.push((state) => resolve({ ok: true, result: state }));
      }),
    on: (channel: string, listener: (payload: unknown) => void) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      return () => {};
    },
  } as unknown as CheckedClient;
  const store = createSetupStore(client, () => () => {}, { transport: 'socket', openExternal: () => {} });
  const event = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener(payload);
  };
  return { store, answers, event };
}

describe('where the setup stands', () => {
  it('keeps the event that came in while the window asked, over the older answer', async () => {
    const core = fakeCore();
    const loading = core.store.getState().loadSetup();
    core.event('setup.changed', stateWith(true));
    core.answers.shift()!(stateWith(false));
    expect(await loading).toMatchObject({ complete: true });
    expect(core.store.getState().setup).toMatchObject({ complete: true });
  });

  it('takes the answer when no event came in meanwhile', async () => {
    const core = fakeCore();
    core.event('setup.changed', stateWith(false));
    const loading = core.store.getState().loadSetup();
    core.answers.shift()!(stateWith(true));
    await loading;
    expect(core.store.getState()).toMatchObject({ setup: { complete: true }, setupLoaded: true });
  });
});
