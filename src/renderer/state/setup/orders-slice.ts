// Which orders are booked: the shop's statuses with the suggestion, a live estimate of what a
// choice means (the latest question wins), and storing the choice.
import type { OrdersSlice, SetupStoreState, SliceCreator } from './types';

type OrderChoiceState = SetupStoreState['orderChoice'];

export const createOrdersSlice: SliceCreator<OrdersSlice> = (set, get, { client }) => {
  const update = (patch: Partial<OrderChoiceState>) =>
    set((state) => ({ orderChoice: { ...state.orderChoice, ...patch } }));
  let estimateSeq = 0;

  return {
    orderChoice: {
      loading: false,
      choice: null,
      problem: null,
      estimate: null,
      estimating: false,
      estimateProblem: null,
      saving: false,
      saveProblem: null,
    },
    async loadOrderChoice() {
      update({ loading: true, problem: null });
      const reply = await client.call('setup.orders.options', {});
      if (!reply.ok) update({ loading: false, problem: reply.error.message });
      else if (!reply.result.ok) update({ loading: false, problem: reply.result.problem.message });
      else update({ loading: false, choice: reply.result.choice });
    },
    async estimateOrders(statuses, since) {
      const seq = ++estimateSeq;
      update({ estimating: true, estimateProblem: null });
      const reply = await client.call('setup.orders.estimate', { statuses, since });
      if (seq !== estimateSeq) return;
      if (!reply.ok) update({ estimating: false, estimate: null, estimateProblem: reply.error.message });
      else if (!reply.result.ok)
        update({ estimating: false, estimate: null, estimateProblem: reply.result.problem.message });
      else update({ estimating: false, estimate: { ...reply.result.estimate, since } });
    },
    clearEstimate() {
      estimateSeq++;
      update({ estimating: false, estimate: null, estimateProblem: null });
    },
    async saveOrders(statuses, since) {
      update({ saving: true, saveProblem: null });
      const reply = await client.call('setup.orders.save', { statuses, since });
      const problem = reply.ok
        ? reply.result.ok
          ? null
          : reply.result.problem.message
        : reply.error.message;
      update({ saving: false, saveProblem: problem });
      if (problem) return false;
      const choice = get().orderChoice.choice;
      if (choice) update({ choice: { ...choice, selected: statuses, startDate: since } });
      await get().loadSetup();
      return true;
    },
  };
};
