// The two connections as the setup checks them: the shop's token (with the partner token) and the
// Moneybird login with the administrations it reaches. Each is checked live once per token and the
// answer kept, so the setup's state costs no request until a token changes or a check is refused.
import type { CheckProblem, MoneybirdCheck } from '../../../shared/contract';
import type { ApiEndpoints } from '../config/api-endpoints';
import { administrationSetting } from '../core-runtime';
import type { Logger } from '../http/logger';
import type { MijnwebwinkelClient } from '../mijnwebwinkel/client';
import { administrationConflict, rememberedAdministration } from '../moneybird/chosen-administration';
import type { MoneybirdClient } from '../moneybird/client';
import {
  loadMoneybirdCredentials,
  type MoneybirdCredentials,
  tokenSourceFor,
} from '../moneybird/credentials';
import type { RateLimiterRegistry } from '../moneybird/rate-limiter';
import type { Administration } from '../moneybird/schemas';
import type { SecretStore } from '../secrets/keychain';
import type { Store } from '../store';
import { checkedAdministrations, moneybirdClient, moneybirdProblem } from './moneybird-connection';
import { setupRefusal } from './setup-words';
import { checkShop, type ShopLookup, shopClient } from './shop-connection';

export interface ConnectionCheckOptions {
  env: Record<string, string | undefined>;
  secrets: SecretStore;
  store: Store | null;
  endpoints: ApiEndpoints;
  limiters: RateLimiterRegistry;
  logger?: Logger;
  timeoutMs?: number;
}

export type ConnectionChecks = ReturnType<typeof createConnectionChecks>;

export function createConnectionChecks(options: ConnectionCheckOptions) {
  const { secrets, endpoints, store } = options;
  /** The last live check of each connection, by the token it was made with. */
  let shopSeen: { token: string; partner: string; lookup: ShopLookup } | null = null;
  let moneybirdSeen: {
    token: string;
    administrations: Administration[] | null;
    problem: CheckProblem | null;
  } | null = null;

  function accessTokenOf(credentials: MoneybirdCredentials): string {
    return credentials.kind === 'personal' ? credentials.token : credentials.tokens.accessToken;
  }

  // ---- the shop ---------------------------------------------------------------------------------

  async function partnerToken(): Promise<string | undefined> {
    return (await secrets.get('mijnwebwinkel.partner-token')) ?? endpoints.mijnwebwinkelPartnerToken;
  }

  function shopOptions() {
    return { baseUrl: endpoints.mijnwebwinkelUrl, logger: options.logger, timeoutMs: options.timeoutMs };
  }

  /** The stored shop connection, checked live once per token. */
  async function storedShop(): Promise<
    { client: MijnwebwinkelClient; lookup: ShopLookup } | { client: null; problem: CheckProblem | null }
  > {
    const token = await secrets.get('mijnwebwinkel.token');
    if (!token) return { client: null, problem: null };
    const partner = await partnerToken();
    if (!partner)
      return { client: null, problem: setupRefusal('partner-token', 'shop.no-partner-token').problem };
    const client = shopClient(shopOptions(), token, partner);
    if (shopSeen?.token !== token || shopSeen.partner !== partner || !shopSeen.lookup.check.ok) {
      shopSeen = { token, partner, lookup: await checkShop(client) };
    }
    return { client, lookup: shopSeen.lookup };
  }

  async function requireShop(): Promise<MijnwebwinkelClient | { ok: false; problem: CheckProblem }> {
    const shop = await storedShop();
    if (!shop.client)
      return shop.problem
        ? { ok: false, problem: shop.problem }
        : setupRefusal('invalid', 'shop.not-connected');
    if (!shop.lookup.check.ok) return { ok: false, problem: shop.lookup.check.problem };
    return shop.client;
  }

  // ---- Moneybird ----------------------------------------------------------------------------------

  async function credentials(): Promise<MoneybirdCredentials | undefined> {
    try {
      return await loadMoneybirdCredentials(secrets);
    } catch (error) {
      options.logger?.log('warn', `stored Moneybird login unreadable: ${String(error)}`);
      return undefined;
    }
  }

  function administrationId(): string | null {
    return (
      options.env.MONEYBIRD_ADMINISTRATION_ID?.trim() || store?.settings.get(administrationSetting) || null
    );
  }

  /**
   * The data folder's administration when it is another than the one this computer last chose (a
   * folder put back from before a switch): nothing is booked until the owner chooses again.
   */
  async function administrationConflictNow(): Promise<{ inFolder: string; remembered: string } | null> {
    if (options.env.MONEYBIRD_ADMINISTRATION_ID?.trim() || !store) return null;
    const inFolder = store.settings.get(administrationSetting);
    const remembered = await rememberedAdministration(secrets);
    return administrationConflict(inFolder, remembered)
      ? { inFolder: inFolder!, remembered: remembered! }
      : null;
  }

  function clientFor(login: MoneybirdCredentials, administration?: string): MoneybirdClient {
    const token = tokenSourceFor(
      login,
      secrets,
      endpoints.moneybirdOAuth && {
        oauthUrl: endpoints.moneybirdOAuthUrl,
        clientId: endpoints.moneybirdOAuth.clientId,
        clientSecret: endpoints.moneybirdOAuth.clientSecret,
      },
    );
    return moneybirdClient(
      { endpoints, limiters: options.limiters, logger: options.logger, timeoutMs: options.timeoutMs },
      token,
      administration,
    );
  }

  /** The administrations the stored login reaches, checked live once per token. */
  async function administrations(): Promise<{ login: MoneybirdCredentials; check: MoneybirdCheck } | null> {
    const login = await credentials();
    if (!login) return null;
    const token = accessTokenOf(login);
    if (
      moneybirdSeen?.token !== token ||
      (!moneybirdSeen.administrations && moneybirdSeen.problem?.code === 'unreachable')
    ) {
      try {
        moneybirdSeen = { token, administrations: await clientFor(login).administrations(), problem: null };
      } catch (error) {
        moneybirdSeen = { token, administrations: null, problem: moneybirdProblem(error) };
      }
    }
    // A folder out of date with this computer's last choice: none is selected; the owner chooses.
    const conflict = await administrationConflictNow();
    const check: MoneybirdCheck = moneybirdSeen.administrations
      ? checkedAdministrations(moneybirdSeen.administrations, administrationId(), conflict)
      : { ok: false, problem: moneybirdSeen.problem! };
    return { login, check };
  }

  async function bookingClient(): Promise<MoneybirdClient | { ok: false; problem: CheckProblem }> {
    const reached = await administrations();
    if (!reached) return setupRefusal('not-connected', 'moneybird.not-connected');
    if (!reached.check.ok) return reached.check;
    const id = administrationId();
    if (!id || !reached.check.administrations.some((a) => a.id === id)) {
      return setupRefusal('no-administration', 'step.administration.missing');
    }
    return clientFor(reached.login, id);
  }

  return {
    partnerToken,
    shopOptions,
    storedShop,
    requireShop,
    administrationId,
    administrationConflictNow,
    clientFor,
    administrations,
    bookingClient,
    /** The shop as its last check found it (statuses, country, prefix); null before one. */
    shopLookup: (): ShopLookup | null => shopSeen?.lookup ?? null,
    /** A shop token checked and kept by the owner's connect. */
    shopChecked(seen: { token: string; partner: string; lookup: ShopLookup }): void {
      shopSeen = seen;
    },
    /** The shop's tokens changed or went: the next state checks again. */
    forgetShop(): void {
      shopSeen = null;
    },
    /** A Moneybird login just made, with the administrations it reaches. */
    loggedIn(credentials: MoneybirdCredentials, administrations: Administration[]): void {
      moneybirdSeen = { token: accessTokenOf(credentials), administrations, problem: null };
    },
    /** Moneybird refused the login since its check: the Moneybird step says so until it changes. */
    moneybirdRefused(refusal: CheckProblem): void {
      if (moneybirdSeen) moneybirdSeen = { ...moneybirdSeen, administrations: null, problem: refusal };
    },
    forgetMoneybird(): void {
      moneybirdSeen = null;
    },
  };
}
