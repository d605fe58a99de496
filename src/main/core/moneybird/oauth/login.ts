// The three ways a shop owner connects Moneybird:
// 1. Browser login (RFC 8252): the system browser opens the consent page, Moneybird redirects to our
//    loopback listener, the code is exchanged with PKCE.
// 2. Out-of-band: the same consent page shows the code, the owner pastes it into the app.
// 3. A personal API token pasted from Moneybird's settings.
// Each ends with the administrations the token can reach, so the caller lets the owner pick one.
import { apiMessages } from '../../../../shared/i18n/messages/api';
import { type LocalizedText, localize } from '../../../../shared/i18n/translate';
import type { MoneybirdOAuthConfig } from '../../config/api-endpoints';
import { registerSecret } from '../../http/redact';
import { MoneybirdClient, type MoneybirdClientOptions, staticToken } from '../client';
import type { Administration } from '../schemas';
import { buildAuthorizeUrl, OUT_OF_BAND_REDIRECT_URI } from './authorize-url';
import { startLoopbackListener } from './loopback';
import { OAuthError } from './oauth-error';
import { createPkce, randomToken } from './pkce';
import { exchangeCode, type TokenEndpointOptions, type TokenSet } from './tokens';

export interface LoginEnvironment {
  oauthUrl: string;
  oauth: MoneybirdOAuthConfig | undefined;
  /** Extra client options (timeouts, logger, dispatcher) for the token endpoint. */
  endpoint?: Omit<TokenEndpointOptions, 'oauthUrl' | 'clientId' | 'clientSecret'>;
}

function requireConfig(env: LoginEnvironment): MoneybirdOAuthConfig {
  if (!env.oauth) throw new OAuthError('not-configured', 'no client id/secret in this build');
  return env.oauth;
}

function endpointOptions(env: LoginEnvironment, config: MoneybirdOAuthConfig): TokenEndpointOptions {
  return {
    ...env.endpoint,
    oauthUrl: env.oauthUrl,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
  };
}

/** The owner's text for a failed exchange: the error's own, else that the code gave no access. */
function reasonOf(error: unknown): LocalizedText {
  if (error && typeof error === 'object' && 'userMessage' in error) return error.userMessage as LocalizedText;
  return localize(apiMessages, 'oauth.exchange-failed');
}

export interface BrowserLoginOptions {
  /**
   * Opens the URL in the system browser (Electron's shell.openExternal; the CLI prints it). The
   * login does not wait for it to return; a rejection ends the login with that error.
   */
  openBrowser: (url: string) => Promise<void> | void;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export async function loginWithBrowser(
  env: LoginEnvironment,
  options: BrowserLoginOptions,
): Promise<TokenSet> {
  const config = requireConfig(env);
  const state = randomToken(24);
  const pkce = createPkce();
  const listener = await startLoopbackListener({
    redirectUri: config.redirectUri,
    state,
    timeoutMs: options.timeoutMs,
  });
  const onAbort = () => void listener.close();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const authorizeUrl = buildAuthorizeUrl({
      oauthUrl: env.oauthUrl,
      clientId: config.clientId,
      redirectUri: listener.redirectUri,
      scopes: config.scopes,
      state,
      codeChallenge: pkce.challenge,
    });
    // The login ends on the callback or the listener's timeout, never on the opener: opening a
    // browser can take long or never return (xdg-open that waits for the browser; an automated
    // browser that waits for the page it navigates to), and a login must always end. Only an
    // opener that fails ends the login early.
    const opening = Promise.resolve().then(() => options.openBrowser(authorizeUrl));
    opening.catch(() => {});
    const { code } = await Promise.race([listener.result, opening.then(() => listener.result)]);
    registerSecret(code);
    // The browser that brought the code waits for this: "connected" only once the exchange worked.
    let tokens: TokenSet;
    try {
      tokens = await exchangeCode({
        ...endpointOptions(env, config),
        code,
        redirectUri: listener.redirectUri,
        codeVerifier: pkce.verifier,
      });
    } catch (error) {
      listener.finish({ connected: false, reason: reasonOf(error) });
      throw error;
    }
    listener.finish({ connected: true });
    return tokens;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    await listener.close();
  }
}

export interface OutOfBandLogin {
  /** Open this in a browser; Moneybird then shows a code to copy. */
  authorizeUrl: string;
  /** Exchanges the pasted code (whitespace around it is ignored). */
  complete(code: string): Promise<TokenSet>;
}

export function startOutOfBandLogin(env: LoginEnvironment): OutOfBandLogin {
  const config = requireConfig(env);
  const pkce = createPkce();
  const authorizeUrl = buildAuthorizeUrl({
    oauthUrl: env.oauthUrl,
    clientId: config.clientId,
    redirectUri: OUT_OF_BAND_REDIRECT_URI,
    scopes: config.scopes,
    state: randomToken(24),
    codeChallenge: pkce.challenge,
  });
  let used = false;
  return {
    authorizeUrl,
    async complete(code) {
      const trimmed = code.trim();
      if (!trimmed) throw new OAuthError('exchange-failed', 'empty code');
      if (used) throw new OAuthError('exchange-failed', 'this login was already completed');
      used = true;
      registerSecret(trimmed);
      return exchangeCode({
        ...endpointOptions(env, config),
        code: trimmed,
        redirectUri: OUT_OF_BAND_REDIRECT_URI,
        codeVerifier: pkce.verifier,
      });
    },
  };
}

/**
 * Checks a token (personal or OAuth) by listing its administrations. Throws AuthenticationError
 * when Moneybird refuses it.
 */
export async function listAdministrations(
  token: string,
  client: Omit<MoneybirdClientOptions, 'token' | 'administrationId'>,
): Promise<Administration[]> {
  const trimmed = token.trim();
  return new MoneybirdClient({ ...client, token: staticToken(trimmed) }).administrations();
}
