// Settings → Synchronisatie and Geavanceerd: the stored settings and the partner token override.
import type { SettingsSlice, SetupStoreState, SliceCreator } from './types';

type SettingsState = SetupStoreState['settings'];

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set, _get, { client }) => {
  const update = (patch: Partial<SettingsState>) =>
    set((state) => ({ settings: { ...state.settings, ...patch } }));
  const reload = async () => {
    const reply = await client.call('settings.get', {});
    if (reply.ok) update({ loading: false, values: reply.result, problem: null });
    else update({ loading: false, problem: reply.error.message });
  };
  return {
    settings: { loading: false, values: null, problem: null, saving: false, saveProblem: null },
    async loadSettings() {
      update({ loading: true, problem: null });
      await reload();
    },
    async updateSettings(patch) {
      update({ saving: true, saveProblem: null });
      const reply = await client.call('settings.update', patch);
      if (reply.ok) update({ saving: false, values: reply.result });
      else update({ saving: false, saveProblem: reply.error.message });
      return reply.ok;
    },
    partnerToken: { busy: false, problem: null },
    async savePartnerToken(token) {
      set({ partnerToken: { busy: true, problem: null } });
      const reply = await client.call('setup.shop.partnerToken', { token });
      const problem = reply.ok
        ? reply.result.ok
          ? null
          : reply.result.problem.message
        : reply.error.message;
      set({ partnerToken: { busy: false, problem } });
      if (!problem) await reload();
      return !problem;
    },
  };
};
