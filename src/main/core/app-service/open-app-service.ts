// How both shells start the core: open the data folder's store, then the sync on what is set up.
// When something must still be connected the core starts all the same: its setup channels work and
// its status says what is missing; finishing the setup starts the sync, disconnecting stops it, and
// the owner never restarts anything. A data folder that cannot be opened is an error state.
import type { AppStatus, Connection, StepState } from '../../../shared/contract';
import { app } from '../../../shared/i18n/messages/app';
import { setupMessages } from '../../../shared/i18n/messages/setup';
import { type Locale, type LocalizedText, localize } from '../../../shared/i18n/translate';
import { type AppService, createAppService } from '../app-service';
import { loadApiEndpoints } from '../config/api-endpoints';
import {
  budgetFromEnv,
  defaultDataDir,
  LayeredSecrets,
  MissingConfigurationError,
  openRuntime,
  type Runtime,
  timeoutFromEnv,
} from '../core-runtime';
import type { Logger } from '../http/logger';
import { redactText } from '../http/redact';
import { loadMoneybirdCredentials } from '../moneybird/credentials';
import { type RateLimitBudget, RateLimiterRegistry } from '../moneybird/rate-limiter';
import { EnvSecretSource, OsKeychain, type SecretStore } from '../secrets/keychain';
import { readPeriodLock } from '../setup/reference-cache';
import { createSetupService, type SetupService } from '../setup/setup-service';
import { missingConnectionReason } from '../setup/synced-before';
import { openStoreIn, type Store, StoreOpenError } from '../store';
import type { SchedulerClock } from '../sync/clock';
import { createBookAgainChannels } from './book-again-channels';
import { createCancellationChannels } from './cancellation-channels';
import { engineSyncControllerFor } from './engine-sync-controller';
import { createInvoiceTakeOverChannels } from './invoice-take-over-channels';
import { createLockedPeriodChannels } from './locked-period-channels';
import { createLogChannels, storedLogLines } from './log-channels';
import { createOrderChannels } from './order-channels';
import { createReconciliationChannels } from './reconciliation-channels';
import { createSetupRequiredController } from './setup-required-sync';
import { createSwitchableSync, type SwitchableSync } from './switchable-sync';
import type { SyncController } from './sync-controller';

type Env = Record<string, string | undefined>;

export interface OpenAppServiceOptions {
  env?: Env;
  /** Default: WINKELBRUG_DATA_DIR, else the platform's usual place. */
  dataDir?: string;
  /** Default: tokens from the environment, then the OS keychain. */
  secrets?: SecretStore;
  logger?: Logger;
  budget?: RateLimitBudget;
  clock?: SchedulerClock;
  /** Default true: sync right after starting. */
  runAtStart?: boolean;
  /** Electron opens a Moneybird login's consent page in the system browser; absent: the UI opens it. */
  openBrowser?: (url: string) => Promise<void> | void;
  /** The app's language until the owner chooses one (the desktop shell passes the system's). */
  defaultLanguage?: Locale;
}

export interface OpenedCore {
  service: AppService;
  /** The runtime the core started with; null while something must be set up first. */
  runtime: Runtime | null;
  /** The runtime now (the setup can start, restart or stop it). */
  currentRuntime(): Runtime | null;
  setup: SetupService | null;
}

export function defaultSecrets(env: Env): SecretStore {
  return new LayeredSecrets([new EnvSecretSource(env), new OsKeychain()]);
}

const MWW_VARIABLES = new Set(['MWW_TOKEN', 'MWW_PARTNER_TOKEN']);

/** Which of the two services has its tokens, as far as the secrets can tell without a request. */
async function configuredServices(secrets: SecretStore, missing: string): Promise<AppStatus['connections']> {
  const missingHere: Connection = { state: 'not-configured', detail: null, checkedAt: null };
  const unknown: Connection = { state: 'checking', detail: null, checkedAt: null };
  const has = async (probe: () => Promise<unknown>) => {
    try {
      return Boolean(await probe());
    } catch {
      return false;
    }
  };
  if (MWW_VARIABLES.has(missing)) {
    const moneybird = await has(() => loadMoneybirdCredentials(secrets));
    return { mijnwebwinkel: missingHere, moneybird: moneybird ? unknown : missingHere };
  }
  // The shop's tokens are read first: a missing Moneybird setting means the shop's are there.
  return { mijnwebwinkel: unknown, moneybird: missingHere };
}

/**
 * What the owner is told is missing, in the words of the setup step that provides it: "no longer
 * connected" in a data folder that synced before (../setup/synced-before.ts), for both connections
 * when Moneybird's login is gone as well as the shop's token.
 */
function missingStep(variable: string, store: Store, connections?: AppStatus['connections']): LocalizedText {
  switch (variable) {
    case 'MWW_TOKEN':
      return missingConnectionReason('shop', store, connections?.moneybird.state === 'not-configured');
    case 'MWW_PARTNER_TOKEN':
      return localize(setupMessages, 'shop.no-partner-token');
    case 'MONEYBIRD_TOKEN':
      return missingConnectionReason('moneybird', store);
    default:
      return localize(setupMessages, 'step.administration.missing');
  }
}

const NOT_CONFIGURED: Connection = { state: 'not-configured', detail: null, checkedAt: null };

/** A connection as the setup last checked it. */
function connectionOf(step: StepState): Connection {
  if (step.state === 'done') return { state: 'connected', detail: null, checkedAt: new Date().toISOString() };
  if (step.state === 'missing') return NOT_CONFIGURED;
  return { state: 'unauthorized', detail: step.reason, checkedAt: new Date().toISOString() };
}

function unexpected(error: unknown): LocalizedText {
  if (error instanceof StoreOpenError) return error.text;
  if (error && typeof error === 'object' && 'userMessage' in error) return error.userMessage as LocalizedText;
  return localize(app, 'setup.reason.unexpected', {
    detail: redactText(error instanceof Error ? error.message : String(error)),
  });
}

/** Starts the core; never throws for a problem the owner can fix. */
export async function openAppService(options: OpenAppServiceOptions = {}): Promise<OpenedCore> {
  const env = options.env ?? process.env;
  const secrets = options.secrets ?? defaultSecrets(env);
  const dataDir = options.dataDir ?? defaultDataDir(env);
  const logger = options.logger;
  const budget = options.budget ?? budgetFromEnv(env);
  const limiters = new RateLimiterRegistry(budget);

  let store: Store;
  try {
    store = openStoreIn(dataDir);
  } catch (error) {
    logger?.log('warn', `core not started: ${error instanceof Error ? error.message : String(error)}`);
    const sync = createSetupRequiredController({
      state: 'error',
      reason: unexpected(error),
      connections: { mijnwebwinkel: NOT_CONFIGURED, moneybird: NOT_CONFIGURED },
    });
    return {
      service: createAppService({ sync, logger }),
      runtime: null,
      currentRuntime: () => null,
      setup: null,
    };
  }

  let runtime: Runtime | null = null;
  /** While the sync waits for the setup: the first step still to do, kept current as the owner sets up. */
  let setupReason: LocalizedText = missingStep('MWW_TOKEN', store);
  let setupConnections: AppStatus['connections'] = {
    mijnwebwinkel: NOT_CONFIGURED,
    moneybird: NOT_CONFIGURED,
  };
  let sync: SwitchableSync;
  let setup: SetupService;

  /** Opens the sync on what is set up; a controller that says what is missing when it cannot. */
  async function syncOnSetup(runAtStart: boolean | undefined): Promise<SyncController> {
    try {
      runtime = await openRuntime({ env, dataDir, store, secrets, logger, budget, limiters });
    } catch (error) {
      runtime = null;
      // Something still to set up is the normal state of a new install, not a warning.
      logger?.log(
        error instanceof MissingConfigurationError ? 'info' : 'warn',
        `sync not started: ${error instanceof Error ? error.message : String(error)}`,
      );
      if (error instanceof MissingConfigurationError) {
        setupConnections = await configuredServices(secrets, error.variable);
        // A keychain that cannot be read says so, rather than "not connected" for a token it may hold.
        setupReason =
          error.keychainUnavailable === undefined && error.reason === undefined
            ? missingStep(error.variable, store, setupConnections)
            : error.userMessage;
        return createSetupRequiredController({
          state: 'needs-setup',
          reason: () => setupReason,
          connections: () => setupConnections,
          history: store,
        });
      }
      return createSetupRequiredController({
        state: 'error',
        reason: unexpected(error),
        connections: { mijnwebwinkel: NOT_CONFIGURED, moneybird: NOT_CONFIGURED },
        history: store,
      });
    }
    return engineSyncControllerFor(runtime, { clock: options.clock, runAtStart });
  }

  const events = new Set<(event: Parameters<Parameters<SyncController['subscribe']>[0]>[0]) => void>();
  setup = createSetupService({
    env,
    secrets,
    store,
    endpoints: loadApiEndpoints(env),
    limiters,
    logger,
    timeoutMs: timeoutFromEnv(env),
    openBrowser: options.openBrowser,
    defaultLanguage: options.defaultLanguage,
    emit: (event) => {
      for (const listener of events) listener(event);
      if (event.channel === 'setup.changed' && runtime === null) {
        const { next, steps } = event.payload;
        if (next && steps[next].reason) setupReason = steps[next].reason;
        setupConnections = {
          mijnwebwinkel: connectionOf(steps.shop),
          moneybird: connectionOf(steps.moneybird),
        };
        const status = { channel: 'status.changed' as const, payload: sync.status() };
        for (const listener of events) listener(status);
      }
    },
    lifecycle: {
      running: () => runtime !== null,
      async start({ runNow }) {
        // Scheduled from now on; the owner who just finished the setup sees a run at once, also
        // when the data folder already has runs (a reconnect).
        await sync.replace(await syncOnSetup(false));
        if (!runtime) return sync.status().reason;
        if (runNow) sync.runNow('manual');
        return null;
      },
      async stop(reason) {
        setupReason = reason;
        runtime = null;
        await sync.replace(
          createSetupRequiredController({
            state: 'needs-setup',
            reason: () => setupReason,
            connections: () => setupConnections,
            history: store,
          }),
        );
      },
      runNow: () => void sync.runNow('manual'),
      setIntervalMinutes: (minutes) => sync.setIntervalMinutes(minutes),
    },
  });
  sync = createSwitchableSync(await syncOnSetup(options.runAtStart));
  const initial = runtime;

  const service = createAppService({
    sync,
    setup: setup.handlers,
    // The services of the runtime now: the page shows the journal's part also while one is not set up.
    orders: createOrderChannels(
      store,
      () => ({
        mijnwebwinkel: runtime?.mijnwebwinkel ?? null,
        moneybird: runtime?.moneybird ?? null,
      }),
      // The sync controller's clock: the order's page reads a reason on the day the dashboard does.
      () => options.clock?.now() ?? Date.now(),
    ),
    reconciliation: createReconciliationChannels(store, () => runtime?.moneybird ?? null),
    log: createLogChannels(storedLogLines(store.db)),
    lockedPeriod: createLockedPeriodChannels(store, sync),
    takeOver: createInvoiceTakeOverChannels(store, sync),
    bookAgain: createBookAgainChannels(store, () => runtime?.moneybird ?? null, sync),
    cancellations: createCancellationChannels(store, Date.now, () => {
      const status = { channel: 'status.changed' as const, payload: sync.status() };
      for (const listener of events) listener(status);
    }),
    // The runtime's client: the chosen administration, its requests within the one rate limit.
    periodLock: () => readPeriodLock(runtime?.moneybird ?? null, logger),
    setupEvents: (listener) => {
      events.add(listener);
      return () => events.delete(listener);
    },
    logger,
    onClose: async () => {
      await setup.close();
      store.close();
    },
  });
  return { service, runtime: initial, currentRuntime: () => runtime, setup };
}
