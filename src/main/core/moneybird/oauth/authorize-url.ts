// The authorization request the system browser opens (RFC 6749 §4.1.1 with PKCE, RFC 7636).

export interface AuthorizeRequest {
  /** Host of /oauth/authorize, e.g. https://moneybird.com */
  oauthUrl: string;
  clientId: string;
  redirectUri: string;
  scopes: readonly string[];
  state: string;
  codeChallenge: string;
}

/** Moneybird's redirect URI for the copy-the-code flow. */
export const OUT_OF_BAND_REDIRECT_URI = 'urn:ietf:wg:oauth:2.0:oob';

export function buildAuthorizeUrl(request: AuthorizeRequest): string {
  const url = new URL('/oauth/authorize', request.oauthUrl);
  url.searchParams.set('client_id', request.clientId);
  url.searchParams.set('redirect_uri', request.redirectUri);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', request.scopes.join(' '));
  url.searchParams.set('state', request.state);
  url.searchParams.set('code_challenge', request.codeChallenge);
  url.searchParams.set('code_challenge_method', 'S256');
  return url.href;
}
