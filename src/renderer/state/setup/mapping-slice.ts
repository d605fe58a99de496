// The mapping: Moneybird's records with the stored or proposed choice per field, and saving the
// owner's choices (a refused field keeps its problem next to it).
import type { MappingSlice, SetupStoreState, SliceCreator } from './types';

type MappingState = SetupStoreState['mapping'];

export const createMappingSlice: SliceCreator<MappingSlice> = (set, get, { client }) => {
  const update = (patch: Partial<MappingState>) =>
    set((state) => ({ mapping: { ...state.mapping, ...patch } }));
  return {
    mapping: {
      loading: false,
      fields: null,
      problem: null,
      saving: false,
      saveProblem: null,
      fieldProblems: {},
    },
    async loadMapping() {
      update({ loading: true, problem: null });
      const reply = await client.call('setup.mapping.proposal', {});
      if (!reply.ok) update({ loading: false, problem: reply.error.message });
      else if (!reply.result.ok) update({ loading: false, problem: reply.result.problem.message });
      else update({ loading: false, fields: reply.result.fields });
    },
    async saveMapping(choices) {
      update({ saving: true, saveProblem: null, fieldProblems: {} });
      if (Object.keys(choices).length > 0) {
        const reply = await client.call('setup.mapping.save', { choices });
        if (!reply.ok) {
          update({ saving: false, saveProblem: reply.error.message });
          return false;
        }
        const outcome = reply.result;
        if (!outcome.ok) {
          const known = outcome.field !== null && get().mapping.fields?.some((f) => f.path === outcome.field);
          update(
            known && outcome.field
              ? { saving: false, fieldProblems: { [outcome.field]: outcome.problem.message } }
              : { saving: false, saveProblem: outcome.problem.message },
          );
          return false;
        }
      }
      update({ saving: false });
      await Promise.all([get().loadMapping(), get().loadSetup()]);
      return true;
    },
  };
};
