// The dry run: what the first run would book, planned without writing to Moneybird.
import type { DryRunSlice, SliceCreator } from './types';

export const createDryRunSlice: SliceCreator<DryRunSlice> = (set, get, { client }) => ({
  dryRun: { busy: false, report: null, problem: null },
  async runDryRun() {
    if (get().dryRun.busy) return;
    set((state) => ({ dryRun: { ...state.dryRun, busy: true, problem: null } }));
    const reply = await client.call('setup.dryRun', {});
    if (!reply.ok) set({ dryRun: { busy: false, report: null, problem: reply.error.message } });
    else if (!reply.result.ok)
      set({ dryRun: { busy: false, report: null, problem: reply.result.problem.message } });
    else set({ dryRun: { busy: false, report: reply.result, problem: null } });
  },
});
