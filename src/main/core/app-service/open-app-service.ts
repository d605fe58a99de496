// How both shells start the core: open the runtime (store, API clients, sync engine) and put the
// engine-backed controller on it; when a token is missing or the data cannot be opened, start a
// core that says so (needs-setup naming what is missing, or error) instead of failing to start.
import type { AppStatus, Connection } from '../../../shared/contract';
import { app } from '../../../shared/i18n/messages/app';
import { localize } from '../../../shared/i18n/translate';
import { type AppService, createAppService } from '../app-service';
import {
  defaultDataDir,
  LayeredSecrets,
  MissingConfigurationError,
  openRuntime,
  type Runtime,
} from '../core-runtime';
import type { Logger } from '../http/logger';
import { redactText } from '../http/redact';
import { loadMoneybirdCredentials } from '../moneybird/credentials';
import type { RateLimitBudget } from '../moneybird/rate-limiter';
import { EnvSecretSource, OsKeychain, type SecretStore } from '../secrets/keychain';
import { StoreOpenError } from '../store';
import type { SchedulerClock } from '../sync/clock';
import { engineSyncControllerFor } from './engine-sync-controller';
import { createSetupRequiredController } from './setup-required-sync';

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
}

export interface OpenedCore {
  service: AppService;
  /** The runtime when the core is configured; null while something must be set up first. */
  runtime: Runtime | null;
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

/** Starts the core; never throws for a problem the owner can fix. */
export async function openAppService(options: OpenAppServiceOptions = {}): Promise<OpenedCore> {
  const env = options.env ?? process.env;
  const secrets = options.secrets ?? defaultSecrets(env);
  const notConfigured: Connection = { state: 'not-configured', detail: null, checkedAt: null };
  let runtime: Runtime;
  try {
    runtime = await openRuntime({
      env,
      dataDir: options.dataDir ?? defaultDataDir(env),
      secrets,
      logger: options.logger,
      budget: options.budget,
    });
  } catch (error) {
    const sync =
      error instanceof MissingConfigurationError
        ? createSetupRequiredController({
            state: 'needs-setup',
            reason: error.userMessage,
            connections: await configuredServices(secrets, error.variable),
          })
        : createSetupRequiredController({
            state: 'error',
            reason:
              error instanceof StoreOpenError
                ? error.text
                : error && typeof error === 'object' && 'userMessage' in error
                  ? (error.userMessage as { nl: string; en: string })
                  : localize(app, 'setup.reason.unexpected', {
                      detail: redactText(error instanceof Error ? error.message : String(error)),
                    }),
            connections: { mijnwebwinkel: notConfigured, moneybird: notConfigured },
          });
    options.logger?.log(
      'warn',
      `core not started: ${error instanceof Error ? error.message : String(error)}`,
    );
    return { service: createAppService({ sync, logger: options.logger }), runtime: null };
  }
  const sync = engineSyncControllerFor(runtime, {
    clock: options.clock,
    runAtStart: options.runAtStart,
  });
  return { service: createAppService({ sync, logger: options.logger }), runtime };
}
