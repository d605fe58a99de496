// The setup store's shape: one slice per concern of the wizard and Settings (where the setup stands,
// the shop, which orders, Moneybird, the mapping, the dry run, the settings). Problems are kept as
// LocalizedText so a language switch re-renders them; busy flags stop double submits.
import type { StoreApi } from 'zustand/vanilla';
import type {
  AdministrationChoice,
  DryRunReport,
  LoginProgress,
  MappingField,
  OrderChoice,
  OrderEstimate,
  Settings,
  SetupState,
  Shop,
} from '../../../shared/contract';
import type { LocalizedText } from '../../../shared/i18n/translate';
import type { CheckedClient } from '../../bridge/checked-client';

export type Problem = LocalizedText;

export interface SetupDeps {
  client: CheckedClient;
  /** Opens a page of Moneybird in the owner's browser (only the headless shell needs this). */
  openExternal(url: string): void;
  transport: 'electron' | 'socket';
}

export interface ProgressSlice {
  setup: SetupState | null;
  /** The first answer about the setup came (or a lasting refusal did): the app can pick a screen. */
  setupLoaded: boolean;
  setupProblem: Problem | null;
  /**
   * How many `setup.changed` events have come in: an answer to `loadSetup` is dropped when one came
   * in while the question was out (it may be newer than the answer).
   */
  setupEvents: number;
  loadSetup(): Promise<SetupState | null>;
  disconnecting: 'mijnwebwinkel' | 'moneybird' | null;
  disconnectProblem: Problem | null;
  disconnect(service: 'mijnwebwinkel' | 'moneybird'): Promise<boolean>;
  finishing: boolean;
  finishProblem: Problem | null;
  finish(): Promise<boolean>;
}

export interface ShopSlice {
  shopCheck: { busy: boolean; shop: Shop | null; problem: Problem | null };
  connectShop(token: string): Promise<boolean>;
  resetShopCheck(): void;
}

export interface OrdersSlice {
  orderChoice: {
    loading: boolean;
    choice: OrderChoice | null;
    problem: Problem | null;
    /** The orders in the chosen statuses since `since` (paid or not), and how long booking takes. */
    estimate: (OrderEstimate & { since: string }) | null;
    estimating: boolean;
    estimateProblem: Problem | null;
    saving: boolean;
    saveProblem: Problem | null;
  };
  loadOrderChoice(): Promise<void>;
  estimateOrders(statuses: number[], since: string): Promise<void>;
  clearEstimate(): void;
  saveOrders(statuses: number[], since: string): Promise<boolean>;
}

export type LoginPhase = 'starting' | LoginProgress['phase'];

export interface MoneybirdSlice {
  browserLogin: {
    loginId: string | null;
    phase: LoginPhase | null;
    url: string | null;
    problem: Problem | null;
  };
  startBrowserLogin(): Promise<void>;
  cancelBrowserLogin(): Promise<void>;
  /** A `setup.login` event: the browser login moved on. */
  followLogin(progress: LoginProgress): void;
  outOfBand: { url: string | null; busy: boolean; problem: Problem | null };
  startOutOfBand(): Promise<void>;
  submitOutOfBandCode(code: string): Promise<boolean>;
  personalToken: { busy: boolean; problem: Problem | null };
  submitPersonalToken(token: string): Promise<boolean>;
  administrations: {
    loading: boolean;
    list: AdministrationChoice[] | null;
    /** The one selected: the stored choice or the only one, else the owner's pick. */
    selected: string | null;
    /** A data folder put back from before a switch: where each of the two comes from. */
    conflict: { inFolder: string; remembered: string } | null;
    problem: Problem | null;
    choosing: boolean;
    /** Why choosing failed when it was no refusal of that administration (Moneybird unreachable). */
    chooseProblem: Problem | null;
    /** The administrations refused when chosen (no revenue account), with why, by id. */
    refused: Record<string, Problem>;
  };
  loadAdministrations(): Promise<void>;
  /** The owner picks an administration (stored only by `chooseAdministration`). */
  selectAdministration(id: string): void;
  chooseAdministration(id: string): Promise<boolean>;
  resetMoneybirdLogin(): void;
}

export interface MappingSlice {
  mapping: {
    loading: boolean;
    fields: MappingField[] | null;
    problem: Problem | null;
    saving: boolean;
    saveProblem: Problem | null;
    /** A refused field's problem, by its path. */
    fieldProblems: Record<string, Problem>;
  };
  loadMapping(): Promise<void>;
  saveMapping(choices: Record<string, string | null>): Promise<boolean>;
}

export type DryRunResult = Extract<DryRunReport, { ok: true }>;

export interface DryRunSlice {
  dryRun: { busy: boolean; report: DryRunResult | null; problem: Problem | null };
  runDryRun(): Promise<void>;
}

export interface SettingsSlice {
  settings: {
    loading: boolean;
    values: Settings | null;
    problem: Problem | null;
    saving: boolean;
    saveProblem: Problem | null;
  };
  loadSettings(): Promise<void>;
  updateSettings(patch: Partial<Omit<Settings, 'partnerTokenOverridden'>>): Promise<boolean>;
  partnerToken: { busy: boolean; problem: Problem | null };
  savePartnerToken(token: string | null): Promise<boolean>;
}

export type SetupStoreState = ProgressSlice &
  ShopSlice &
  OrdersSlice &
  MoneybirdSlice &
  MappingSlice &
  DryRunSlice &
  SettingsSlice;

export type SetupStore = StoreApi<SetupStoreState>;

export type SliceCreator<T> = (
  set: SetupStore['setState'],
  get: SetupStore['getState'],
  deps: SetupDeps,
) => T;
