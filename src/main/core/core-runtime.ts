// Puts the core together from configuration: the data directory's store, the two API clients with
// their tokens, and the sync engine. The CLI, the headless shell and the desktop app all start here,
// so the product is assembled one way; only where tokens and settings come from differs.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { apiMessages } from '../../shared/i18n/messages/api';
import { syncMessages } from '../../shared/i18n/messages/sync';
import { type LocalizedText, localize } from '../../shared/i18n/translate';
import { loadApiEndpoints } from './config/api-endpoints';
import type { Logger } from './http/logger';
import { MijnwebwinkelClient } from './mijnwebwinkel/client';
import {
  administrationConflict,
  rememberAdministration,
  rememberedAdministration,
} from './moneybird/chosen-administration';
import { MoneybirdClient } from './moneybird/client';
import { loadMoneybirdCredentials, tokenSourceFor } from './moneybird/credentials';
import { MONEYBIRD_BUDGET, type RateLimitBudget, type RateLimiterRegistry } from './moneybird/rate-limiter';
import { keepProcessMemorySmall } from './process-memory';
import {
  EnvSecretSource,
  KeychainUnavailableError,
  type SecretName,
  type SecretStore,
} from './secrets/keychain';
import { defineSetting, openStoreIn, runLockIn, type Store } from './store';
import { SyncEngine } from './sync/engine';

type Env = Record<string, string | undefined>;

/** The administration chosen after login (the environment may override it). */
export const administrationSetting = defineSetting(
  'moneybird.administrationId',
  z.string().regex(/^\d+$/).nullable(),
  null as string | null,
);

/**
 * A setting without which the core cannot start, named so the owner knows what to provide. When the
 * OS keychain could not be reached (`keychainUnavailable`, its reason), the token may well be stored
 * there: the owner is told that no keychain is available and what to do, not that the token is missing.
 */
export class MissingConfigurationError extends Error {
  readonly userMessage: LocalizedText;
  constructor(
    readonly variable: string,
    readonly keychainUnavailable?: string,
    /** What the owner is told instead of "missing", when the setting is there but cannot be used. */
    readonly reason?: LocalizedText,
  ) {
    super(
      reason
        ? `Cannot use ${variable}: ${reason.en}`
        : keychainUnavailable === undefined
          ? `Missing configuration: ${variable}`
          : `No OS keychain available (${keychainUnavailable}), and ${variable} is not set`,
    );
    this.name = 'MissingConfigurationError';
    this.userMessage =
      reason ??
      (keychainUnavailable === undefined
        ? localize(syncMessages, 'sync.missing_config', { name: variable })
        : localize(apiMessages, 'keychain.unavailable-token', {
            reason: keychainUnavailable,
            name: variable,
          }));
  }
}

/** The token `variable` is missing: because the keychain could not be read, or simply not set. */
function missingToken(variable: string, secrets: SecretStore): MissingConfigurationError {
  const unavailable = secrets instanceof LayeredSecrets ? secrets.unavailable : undefined;
  return new MissingConfigurationError(variable, unavailable);
}

/** The app's data directory: WINKELBRUG_DATA_DIR, else the platform's usual place. */
export function defaultDataDir(env: Env = process.env, platform = process.platform): string {
  if (env.WINKELBRUG_DATA_DIR) return env.WINKELBRUG_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Winkelbrug');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Winkelbrug');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Winkelbrug');
}

/**
 * Tokens from the environment first (headless use), then from the OS keychain. A keychain that is
 * not available counts as holding nothing here: the missing token is then reported by name, and
 * nothing ever falls back to plaintext.
 */
export class LayeredSecrets implements SecretStore {
  /** Why a layer could not be read, for the message when a token turns out missing. */
  unavailable: string | undefined;

  constructor(private readonly layers: readonly SecretStore[]) {}

  async get(name: SecretName): Promise<string | undefined> {
    for (const layer of this.layers) {
      try {
        const value = await layer.get(name);
        if (value !== undefined) return value;
      } catch (error) {
        if (!(error instanceof KeychainUnavailableError)) throw error;
        this.unavailable = error.reason;
      }
    }
    return undefined;
  }

  async set(name: SecretName, value: string): Promise<void> {
    await this.layers[this.layers.length - 1]!.set(name, value);
  }

  async delete(name: SecretName): Promise<boolean> {
    return this.layers[this.layers.length - 1]!.delete(name);
  }
}

export interface RuntimeOptions {
  env?: Env;
  dataDir?: string;
  /** A store already open on the data directory (the setup's); the runtime then leaves it open on close. */
  store?: Store;
  /** Where tokens come from; default: the environment only (the OS keychain is added by the shells). */
  secrets?: SecretStore;
  logger?: Logger;
  /** Moneybird's request budget; shorter windows compress time for benchmarks against the simulator. */
  budget?: RateLimitBudget;
  /** Rate limiters shared with the setup's own requests, so both spend one budget per token. */
  limiters?: RateLimiterRegistry;
  now?: () => number;
}

export interface Runtime {
  store: Store;
  engine: SyncEngine;
  mijnwebwinkel: MijnwebwinkelClient;
  moneybird: MoneybirdClient;
  close(): void;
}

/** The budget from WINKELBRUG_RATE_WINDOW_SECONDS (for the simulator), else Moneybird's own. */
export function budgetFromEnv(env: Env): RateLimitBudget {
  const seconds = Number(env.WINKELBRUG_RATE_WINDOW_SECONDS);
  return Number.isFinite(seconds) && seconds > 0
    ? { requests: MONEYBIRD_BUDGET.requests, windowMs: seconds * 1000 }
    : MONEYBIRD_BUDGET;
}

/** Request timeout from WINKELBRUG_HTTP_TIMEOUT_MS (tests shorten it), else the clients' default. */
export function timeoutFromEnv(env: Env): number | undefined {
  const ms = Number(env.WINKELBRUG_HTTP_TIMEOUT_MS);
  return Number.isFinite(ms) && ms > 0 ? ms : undefined;
}

/** Opens the store and connects both services; throws MissingConfigurationError naming what is missing. */
export async function openRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  keepProcessMemorySmall();
  const env = options.env ?? process.env;
  const secrets = options.secrets ?? new EnvSecretSource(env);
  const endpoints = loadApiEndpoints(env);
  const token = await secrets.get('mijnwebwinkel.token');
  if (!token) throw missingToken('MWW_TOKEN', secrets);
  const partnerToken =
    (await secrets.get('mijnwebwinkel.partner-token')) ?? endpoints.mijnwebwinkelPartnerToken;
  if (!partnerToken) throw missingToken('MWW_PARTNER_TOKEN', secrets);
  const credentials = await loadMoneybirdCredentials(secrets);
  if (!credentials) throw missingToken('MONEYBIRD_TOKEN', secrets);

  const dataDir = options.dataDir ?? defaultDataDir(env);
  const ownsStore = !options.store;
  const store = options.store ?? openStoreIn(dataDir, { now: options.now });
  const closeStore = () => {
    if (ownsStore) store.close();
  };
  try {
    const fromEnv = env.MONEYBIRD_ADMINISTRATION_ID?.trim();
    const inFolder = store.settings.get(administrationSetting);
    const administrationId = fromEnv || inFolder;
    if (!administrationId) throw new MissingConfigurationError('MONEYBIRD_ADMINISTRATION_ID');
    if (!fromEnv) {
      const remembered = await rememberedAdministration(secrets);
      if (administrationConflict(inFolder, remembered)) {
        throw new MissingConfigurationError(
          'MONEYBIRD_ADMINISTRATION_ID',
          undefined,
          localize(syncMessages, 'sync.administration_conflict'),
        );
      }
      // An install of before this check: its choice is remembered from now on (not tried where the
      // keychain already said it cannot be reached: each try would wait on it again at every start).
      const keychainGone = secrets instanceof LayeredSecrets && secrets.unavailable !== undefined;
      if (remembered === undefined && inFolder && !keychainGone)
        await rememberAdministration(secrets, inFolder);
    }
    const mijnwebwinkel = new MijnwebwinkelClient({
      baseUrl: endpoints.mijnwebwinkelUrl,
      token,
      partnerToken,
      logger: options.logger,
      timeoutMs: timeoutFromEnv(env),
    });
    const moneybird = new MoneybirdClient({
      baseUrl: endpoints.moneybirdApiUrl,
      administrationId,
      token: tokenSourceFor(
        credentials,
        secrets,
        endpoints.moneybirdOAuth && {
          oauthUrl: endpoints.moneybirdOAuthUrl,
          clientId: endpoints.moneybirdOAuth.clientId,
          clientSecret: endpoints.moneybirdOAuth.clientSecret,
        },
      ),
      budget: options.budget ?? budgetFromEnv(env),
      limiters: options.limiters,
      logger: options.logger,
      timeoutMs: timeoutFromEnv(env),
    });
    const engine = new SyncEngine({
      store,
      mijnwebwinkel,
      moneybird,
      now: options.now,
      runLock: runLockIn(dataDir),
    });
    return { store, engine, mijnwebwinkel, moneybird, close: closeStore };
  } catch (error) {
    closeStore();
    throw error;
  }
}
