// Where the setup stands (setup.state, kept current by setup.changed), removing a connection, and
// the wizard's last step that starts syncing.
import type { ProgressSlice, SliceCreator } from './types';

export const createProgressSlice: SliceCreator<ProgressSlice> = (set, get, { client }) => ({
  setup: null,
  setupLoaded: false,
  setupProblem: null,
  setupEvents: 0,
  async loadSetup() {
    const asked = get().setupEvents;
    const reply = await client.call('setup.state', {});
    if (reply.ok) {
      // An event that came in meanwhile says the setup as it is now; the answer may be older.
      if (get().setupEvents === asked) set({ setup: reply.result, setupLoaded: true, setupProblem: null });
      return get().setup;
    }
    // Not connected yet: the connection listener asks again once it is open.
    if (reply.error.code === 'disconnected') return null;
    set({ setupLoaded: true, setupProblem: reply.error.message });
    return null;
  },
  disconnecting: null,
  disconnectProblem: null,
  async disconnect(service) {
    set({ disconnecting: service, disconnectProblem: null });
    const reply = await client.call('setup.disconnect', { service });
    if (reply.ok) set({ setup: reply.result, disconnecting: null });
    else set({ disconnecting: null, disconnectProblem: reply.error.message });
    if (reply.ok && service === 'moneybird') get().resetMoneybirdLogin();
    if (reply.ok && service === 'mijnwebwinkel') get().resetShopCheck();
    return reply.ok;
  },
  finishing: false,
  finishProblem: null,
  async finish() {
    set({ finishing: true, finishProblem: null });
    const reply = await client.call('setup.finish', {});
    const problem = reply.ok ? (reply.result.ok ? null : reply.result.problem.message) : reply.error.message;
    set({ finishing: false, finishProblem: problem });
    if (!problem) await get().loadSetup();
    return !problem;
  },
});
