// Moneybird: the browser login (progress comes as setup.login events), the two other ways in (a
// code from the consent page, a personal API token), and choosing the administration.
import type { MoneybirdCheck } from '../../../shared/contract';
import type { MoneybirdSlice, SetupStoreState, SliceCreator } from './types';

type Administrations = SetupStoreState['administrations'];

const noLogin = { loginId: null, phase: null, url: null, problem: null };
const noAdministrations: Administrations = {
  loading: false,
  list: null,
  selected: null,
  conflict: null,
  problem: null,
  choosing: false,
  chooseProblem: null,
  refused: {},
};

/** A way of logging in to Moneybird: trying one clears what another way said before. */
type LoginWay = 'browser' | 'outOfBand' | 'personal';

export const createMoneybirdSlice: SliceCreator<MoneybirdSlice> = (set, get, deps) => {
  const { client } = deps;
  const updateAdministrations = (patch: Partial<Administrations>) =>
    set((state) => ({ administrations: { ...state.administrations, ...patch } }));
  /** The problems the other ways of logging in showed: stale once the owner tries this way. */
  const clearOtherWays = (way: LoginWay) =>
    set((state) => ({
      ...(way !== 'browser' && state.browserLogin.problem && { browserLogin: { ...noLogin } }),
      ...(way !== 'outOfBand' &&
        state.outOfBand.problem && { outOfBand: { ...state.outOfBand, problem: null } }),
      ...(way !== 'personal' &&
        state.personalToken.problem && { personalToken: { ...state.personalToken, problem: null } }),
    }));

  /**
   * A login answered with the administrations it reaches: show them, or what went wrong. Selected
   * is the one chosen before or the only one there is; among several new ones the owner picks, and
   * after a backup put back (a conflict) the owner picks too, whatever there is.
   */
  const takeCheck = (check: MoneybirdCheck) => {
    if (check.ok) {
      const conflict = check.conflict ?? null;
      const only = check.administrations.length === 1 && !conflict ? check.administrations[0]!.id : null;
      updateAdministrations({
        loading: false,
        list: check.administrations,
        selected: check.selected ?? only,
        conflict,
        problem: null,
        refused: {},
      });
    } else {
      updateAdministrations({ loading: false, list: null, problem: check.problem.message });
    }
  };

  return {
    browserLogin: noLogin,
    async startBrowserLogin() {
      clearOtherWays('browser');
      set({ browserLogin: { ...noLogin, phase: 'starting' } });
      const reply = await client.call('setup.moneybird.browserLogin', {});
      if (!reply.ok) {
        set({ browserLogin: { ...noLogin, problem: reply.error.message } });
        return;
      }
      const login = reply.result;
      if (!login.ok) {
        set({ browserLogin: { ...noLogin, problem: login.problem.message } });
        return;
      }
      // An event may have come before the answer; keep its phase.
      const current = get().browserLogin;
      const phase = current.phase === 'starting' || current.phase === null ? 'waiting' : current.phase;
      set({ browserLogin: { loginId: login.loginId, phase, url: login.authorizeUrl, problem: null } });
      // In Electron the main process opens the system browser; a browser tab opens it itself.
      if (deps.transport === 'socket' && phase === 'waiting') deps.openExternal(login.authorizeUrl);
    },
    async cancelBrowserLogin() {
      const { loginId } = get().browserLogin;
      if (loginId) await client.call('setup.moneybird.cancelLogin', { loginId });
      set({ browserLogin: noLogin });
    },
    followLogin(progress) {
      const current = get().browserLogin;
      const ours =
        current.loginId === progress.loginId || (current.loginId === null && current.phase === 'starting');
      if (!ours) return;
      set({
        browserLogin: {
          ...current,
          loginId: progress.loginId,
          phase: progress.phase,
          problem: progress.problem?.message ?? null,
        },
      });
      if (progress.phase === 'connected') {
        void get().loadAdministrations();
        void get().loadSetup();
      }
    },
    outOfBand: { url: null, busy: false, problem: null },
    async startOutOfBand() {
      clearOtherWays('outOfBand');
      set({ outOfBand: { url: null, busy: true, problem: null } });
      const reply = await client.call('setup.moneybird.outOfBand', {});
      if (!reply.ok) set({ outOfBand: { url: null, busy: false, problem: reply.error.message } });
      else if (!reply.result.ok)
        set({ outOfBand: { url: null, busy: false, problem: reply.result.problem.message } });
      else {
        set({ outOfBand: { url: reply.result.authorizeUrl, busy: false, problem: null } });
        deps.openExternal(reply.result.authorizeUrl);
      }
    },
    async submitOutOfBandCode(code) {
      clearOtherWays('outOfBand');
      set((state) => ({ outOfBand: { ...state.outOfBand, busy: true, problem: null } }));
      const reply = await client.call('setup.moneybird.outOfBandCode', { code });
      const problem = reply.ok
        ? reply.result.ok
          ? null
          : reply.result.problem.message
        : reply.error.message;
      set((state) => ({ outOfBand: { ...state.outOfBand, busy: false, problem } }));
      if (reply.ok && reply.result.ok) {
        takeCheck(reply.result);
        await get().loadSetup();
      }
      return !problem;
    },
    personalToken: { busy: false, problem: null },
    async submitPersonalToken(token) {
      clearOtherWays('personal');
      set({ personalToken: { busy: true, problem: null } });
      const reply = await client.call('setup.moneybird.personalToken', { token });
      const problem = reply.ok
        ? reply.result.ok
          ? null
          : reply.result.problem.message
        : reply.error.message;
      set({ personalToken: { busy: false, problem } });
      if (reply.ok && reply.result.ok) {
        takeCheck(reply.result);
        await get().loadSetup();
      }
      return !problem;
    },
    administrations: noAdministrations,
    async loadAdministrations() {
      updateAdministrations({ loading: true, problem: null, chooseProblem: null });
      const reply = await client.call('setup.moneybird.administrations', {});
      if (reply.ok) takeCheck(reply.result);
      else updateAdministrations({ loading: false, problem: reply.error.message });
    },
    selectAdministration(id) {
      updateAdministrations({ selected: id, chooseProblem: null });
    },
    async chooseAdministration(id) {
      updateAdministrations({ choosing: true, chooseProblem: null, selected: id });
      const reply = await client.call('setup.moneybird.chooseAdministration', { administrationId: id });
      const problem = reply.ok
        ? reply.result.ok
          ? null
          : reply.result.problem.message
        : reply.error.message;
      // Refused for what it lacks (no revenue account): said under it, and it cannot be chosen
      // again until Moneybird has it. Any other failure (unreachable) may be tried again.
      const refusal = reply.ok && !reply.result.ok && reply.result.field === 'administrationId';
      if (refusal && problem) {
        set((state) => ({
          administrations: {
            ...state.administrations,
            choosing: false,
            refused: { ...state.administrations.refused, [id]: problem },
          },
        }));
        return false;
      }
      // Checked again and accepted now (Moneybird has what it lacked): no longer refused.
      const { [id]: _accepted, ...refused } = get().administrations.refused;
      updateAdministrations({ choosing: false, chooseProblem: problem, ...(!problem && { refused }) });
      if (!problem) await get().loadSetup();
      return !problem;
    },
    resetMoneybirdLogin() {
      set({
        browserLogin: noLogin,
        outOfBand: { url: null, busy: false, problem: null },
        personalToken: { busy: false, problem: null },
        administrations: noAdministrations,
      });
    },
  };
};
