// The wizard's and Settings' state: where the setup stands and what each step's checks answered.
// One zustand store composed of slices (./setup/*); kept current by setup.changed and setup.login,
// and asked again after every (re)connection to the core.
import { createStore } from 'zustand/vanilla';
import type { CheckedClient } from '../bridge/checked-client';
import type { ConnectionPhase } from '../bridge/socket-bridge';
import { createDryRunSlice } from './setup/dry-run-slice';
import { createMappingSlice } from './setup/mapping-slice';
import { createMoneybirdSlice } from './setup/moneybird-slice';
import { createOrdersSlice } from './setup/orders-slice';
import { createProgressSlice } from './setup/progress-slice';
import { createSettingsSlice } from './setup/settings-slice';
import { createShopSlice } from './setup/shop-slice';
import type { SetupDeps, SetupStore, SetupStoreState } from './setup/types';

export type { DryRunResult, Problem, SetupStore, SetupStoreState } from './setup/types';

export function createSetupStore(
  client: CheckedClient,
  onConnection: (listener: (phase: ConnectionPhase) => void) => () => void,
  shell: Omit<SetupDeps, 'client'>,
): SetupStore {
  const deps: SetupDeps = { client, ...shell };
  const store = createStore<SetupStoreState>()((set, get) => ({
    ...createProgressSlice(set, get, deps),
    ...createShopSlice(set, get, deps),
    ...createOrdersSlice(set, get, deps),
    ...createMoneybirdSlice(set, get, deps),
    ...createMappingSlice(set, get, deps),
    ...createDryRunSlice(set, get, deps),
    ...createSettingsSlice(set, get, deps),
  }));
  client.on('setup.changed', (setup) =>
    store.setState((state) => ({
      setup,
      setupLoaded: true,
      setupProblem: null,
      setupEvents: state.setupEvents + 1,
    })),
  );
  client.on('setup.login', (progress) => store.getState().followLogin(progress));
  onConnection((phase) => {
    if (phase === 'open') void store.getState().loadSetup();
  });
  return store;
}
