// The token endpoint: authorization code → tokens, refresh token → tokens, and a session that keeps
// the access token fresh for the API client (refresh ahead of `expires_in` when the server sends it,
// and once after a 401).
import type { Dispatcher } from 'undici';
import { z } from 'zod';
import { HttpClient } from '../../http/client';
import { type Clock, systemClock } from '../../http/clock';
import { ApiError, type RequestContext } from '../../http/errors';
import type { Logger } from '../../http/logger';
import { parseResponse } from '../../http/parse-response';
import { registerSecret } from '../../http/redact';
import type { AccessTokenSource } from '../client';
import { OAuthError } from './oauth-error';

export interface TokenSet {
  accessToken: string;
  refreshToken?: string;
  tokenType: string;
  scopes: string[];
  /** Epoch ms; absent when the token does not expire (Moneybird's current behaviour). */
  expiresAt?: number;
}

/** The stored form of a TokenSet (JSON in the keychain), parsed on the way back in. */
export const tokenSetSchema = z.object({
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1).optional(),
  tokenType: z.string().default('bearer'),
  scopes: z.array(z.string()).default([]),
  expiresAt: z.number().optional(),
});

const tokenResponseSchema = z.looseObject({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  refresh_token: z.string().min(1).optional(),
  scope: z.string().optional(),
  expires_in: z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]).optional(),
});

export interface TokenEndpointOptions {
  /** Host of /oauth/token, e.g. https://moneybird.com */
  oauthUrl: string;
  clientId: string;
  clientSecret: string;
  logger?: Logger;
  clock?: Clock;
  timeoutMs?: number;
  dispatcher?: Dispatcher;
}

async function tokenRequest(options: TokenEndpointOptions, form: Record<string, string>): Promise<TokenSet> {
  const clock = options.clock ?? systemClock;
  const url = new URL('/oauth/token', options.oauthUrl);
  const http = new HttpClient({
    service: 'moneybird',
    logger: options.logger,
    clock,
    timeoutMs: options.timeoutMs,
    dispatcher: options.dispatcher,
    // A code or refresh token is single use: an unknown outcome must not be sent again.
    retry: { maxAttempts: 1 },
  });
  const body = new URLSearchParams({
    ...form,
    client_id: options.clientId,
    client_secret: options.clientSecret,
  });
  let response: Awaited<ReturnType<HttpClient['request']>>;
  try {
    response = await http.request({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
      idempotent: false,
    });
  } catch (error) {
    // invalid_grant / invalid_client come back as 400/401: the login has to start over.
    if (error instanceof ApiError && (error.status === 400 || error.status === 401)) {
      throw new OAuthError('exchange-failed', error.message);
    }
    throw error;
  }
  const context: RequestContext = { service: 'moneybird', method: 'POST', url };
  const parsed = parseResponse(tokenResponseSchema, response.body, context, response.status);
  registerSecret(parsed.access_token);
  registerSecret(parsed.refresh_token);
  return {
    accessToken: parsed.access_token,
    tokenType: parsed.token_type ?? 'bearer',
    scopes: parsed.scope ? parsed.scope.split(/\s+/).filter(Boolean) : [],
    ...(parsed.refresh_token !== undefined && { refreshToken: parsed.refresh_token }),
    // Counted on this computer's clock from the answer, not from Moneybird's `created_at`: with the
    // computer's clock ahead of Moneybird's, a fresh token would otherwise seem expired already and
    // be refreshed again before every request.
    ...(parsed.expires_in !== undefined && { expiresAt: clock.now() + parsed.expires_in * 1000 }),
  };
}

export function exchangeCode(
  options: TokenEndpointOptions & { code: string; redirectUri: string; codeVerifier?: string },
): Promise<TokenSet> {
  return tokenRequest(options, {
    grant_type: 'authorization_code',
    code: options.code,
    redirect_uri: options.redirectUri,
    ...(options.codeVerifier !== undefined && { code_verifier: options.codeVerifier }),
  });
}

export async function refreshTokens(
  options: TokenEndpointOptions & { refreshToken: string },
): Promise<TokenSet> {
  const tokens = await tokenRequest(options, {
    grant_type: 'refresh_token',
    refresh_token: options.refreshToken,
  });
  // Moneybird may not rotate the refresh token; keep the old one then.
  return tokens.refreshToken ? tokens : { ...tokens, refreshToken: options.refreshToken };
}

/** Refresh this long before the stated expiry, so a request does not race the deadline. */
const EXPIRY_MARGIN_MS = 60_000;

/**
 * An OAuth login as an AccessTokenSource. New tokens are handed to `onTokens` (to be stored in the
 * keychain) before they are used. Concurrent refreshes are merged into one.
 */
export class OAuthSession implements AccessTokenSource {
  private refreshing: Promise<TokenSet> | undefined;

  constructor(
    private tokens: TokenSet,
    private readonly endpoint: TokenEndpointOptions,
    private readonly onTokens: (tokens: TokenSet) => Promise<void> | void = () => {},
  ) {
    registerSecret(tokens.accessToken);
    registerSecret(tokens.refreshToken);
  }

  get current(): TokenSet {
    return this.tokens;
  }

  async accessToken(): Promise<string> {
    const now = (this.endpoint.clock ?? systemClock).now();
    if (
      this.tokens.expiresAt !== undefined &&
      this.tokens.refreshToken &&
      now >= this.tokens.expiresAt - EXPIRY_MARGIN_MS
    ) {
      return (await this.refresh()).accessToken;
    }
    return this.tokens.accessToken;
  }

  async refreshAfterUnauthorized(rejectedToken: string): Promise<string | undefined> {
    if (this.tokens.accessToken !== rejectedToken) return this.tokens.accessToken;
    if (!this.tokens.refreshToken) return undefined;
    try {
      return (await this.refresh()).accessToken;
    } catch (error) {
      // The refresh token itself was refused: report the original 401 (log in again).
      if (error instanceof OAuthError) return undefined;
      throw error;
    }
  }

  private refresh(): Promise<TokenSet> {
    const refreshToken = this.tokens.refreshToken;
    if (!refreshToken) return Promise.resolve(this.tokens);
    this.refreshing ??= (async () => {
      try {
        const fresh = await refreshTokens({ ...this.endpoint, refreshToken });
        await this.onTokens(fresh);
        this.tokens = fresh;
        return fresh;
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }
}
