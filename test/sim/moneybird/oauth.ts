// Moneybird's OAuth 2 authorization-code flow: a consent page where a person picks an
// administration and clicks Allow or Deny, and the token endpoint for the authorization_code and
// refresh_token grants. Redirect URIs must match a registered one exactly (an application may
// register several, as Doorkeeper allows one per line); the out-of-band URI shows the code on a
// page instead. PKCE is accepted and, when used, verified.
import { createHash } from 'node:crypto';
import type { SimRequest, SimResponse } from '../common/http-server';
import { type AccessToken, SCOPES, type TokenStore } from './access';
import type { AdministrationBooks } from './books';

export const OOB_REDIRECT_URI = 'urn:ietf:wg:oauth:2.0:oob';
/** Codes are short-lived, as OAuth recommends. */
export const CODE_LIFETIME_MS = 10 * 60_000;

export interface OAuthClient {
  clientId: string;
  clientSecret: string;
  /** The application's name on the consent page (default: the client id). */
  name?: string;
  /** One registered redirect URI, or several (e.g. a loopback URI and the out-of-band one). */
  redirectUri: string | readonly string[];
}

const registered = (client: OAuthClient, uri: string): boolean =>
  typeof client.redirectUri === 'string' ? client.redirectUri === uri : client.redirectUri.includes(uri);

interface Grant {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  administrationId: string;
  codeChallenge: string | null;
  codeChallengeMethod: string | null;
  expiresAt: number;
  used: boolean;
  issued: string[];
}

interface RefreshGrant {
  clientId: string;
  scopes: string[];
  administrationId: string;
  accessToken: string;
  used: boolean;
}

export interface OAuthDeps {
  clients: OAuthClient[];
  tokens: TokenStore;
  administrations: Map<string, AdministrationBooks>;
  accessTokenExpiresIn: number | undefined;
  now(): number;
  randomHex(bytes: number): string;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function page(status: number, title: string, body: string): SimResponse {
  return {
    status,
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${body}</body></html>`,
  };
}

const redirect = (uri: string, params: Record<string, string | undefined>): SimResponse => {
  const url = new URL(uri);
  for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, v);
  return {
    status: 302,
    headers: { location: url.toString() },
    contentType: 'text/html; charset=utf-8',
    body: `<html><body>You are being <a href="${escapeHtml(url.toString())}">redirected</a>.</body></html>`,
  };
};

const tokenError = (status: number, error: string, description: string): SimResponse => ({
  status,
  body: { error, error_description: description },
  headers: { 'cache-control': 'no-store' },
});

export class OAuthServer {
  private readonly grants = new Map<string, Grant>();
  private readonly refreshGrants = new Map<string, RefreshGrant>();

  constructor(private readonly deps: OAuthDeps) {}

  handle(request: SimRequest): SimResponse {
    if (request.path === '/oauth/authorize' && request.method === 'GET')
      return this.authorizePage(request.query);
    if (request.path === '/oauth/authorize' && request.method === 'POST') return this.decide(request);
    if (request.path === '/oauth/token' && request.method === 'POST') return this.token(request);
    return page(404, 'Niet gevonden', '<h1>Pagina niet gevonden</h1>');
  }

  /** Checks the request parameters; an error page when the client or redirect URI is wrong. */
  private check(params: URLSearchParams): { client: OAuthClient; scopes: string[] } | SimResponse {
    const client = this.deps.clients.find((c) => c.clientId === params.get('client_id'));
    if (!client)
      return page(
        400,
        'Ongeldige applicatie',
        '<h1>Onbekende client_id</h1><p id="error">invalid_client</p>',
      );
    const redirectUri = params.get('redirect_uri') ?? '';
    if (!registered(client, redirectUri))
      return page(
        400,
        'Ongeldige redirect URI',
        '<h1>De redirect_uri komt niet overeen met de geregistreerde</h1><p id="error">invalid_redirect_uri</p>',
      );
    const state = params.get('state') ?? undefined;
    const fail = (error: string) =>
      redirectUri === OOB_REDIRECT_URI
        ? page(400, 'Fout', `<p id="error">${escapeHtml(error)}</p>`)
        : redirect(redirectUri, { error, state });
    if (params.get('response_type') !== 'code') return fail('unsupported_response_type');
    const scopes = (params.get('scope') ?? 'sales_invoices').split(/[\s+]+/).filter(Boolean);
    if (scopes.length === 0 || scopes.some((s) => !(SCOPES as readonly string[]).includes(s)))
      return fail('invalid_scope');
    const method = params.get('code_challenge_method');
    if (params.get('code_challenge') && method !== null && method !== 'S256' && method !== 'plain')
      return fail('invalid_request');
    return { client, scopes };
  }

  private authorizePage(query: URLSearchParams): SimResponse {
    const checked = this.check(query);
    if ('status' in checked) return checked;
    const hidden = [...query.entries()]
      .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
      .join('');
    const options = [...this.deps.administrations.values()]
      .map(
        (b) => `<option value="${b.administration.id}">${escapeHtml(String(b.administration.name))}</option>`,
      )
      .join('');
    return page(
      200,
      'Toegang verlenen',
      `<h1>Toegang verlenen aan ${escapeHtml(checked.client.name ?? checked.client.clientId)}</h1>
<p>De applicatie vraagt toegang tot: ${checked.scopes.map(escapeHtml).join(', ')}</p>
<form method="post" action="/oauth/authorize">${hidden}
<label for="administration">Administratie</label>
<select id="administration" name="administration_id">${options}</select>
<button id="allow" type="submit" name="decision" value="allow">Toestaan</button>
<button id="deny" type="submit" name="decision" value="deny">Weigeren</button>
</form>`,
    );
  }

  private decide(request: SimRequest): SimResponse {
    const form = new URLSearchParams(
      typeof request.body === 'object' && request.body ? (request.body as Record<string, string>) : {},
    );
    const checked = this.check(form);
    if ('status' in checked) return checked;
    const redirectUri = form.get('redirect_uri')!;
    const state = form.get('state') ?? undefined;
    const oob = redirectUri === OOB_REDIRECT_URI;
    if (form.get('decision') !== 'allow') {
      return oob
        ? page(200, 'Geweigerd', '<p id="error">access_denied</p>')
        : redirect(redirectUri, { error: 'access_denied', state });
    }
    const administrationId = form.get('administration_id') ?? '';
    if (!this.deps.administrations.has(administrationId))
      return page(400, 'Onbekende administratie', '<p id="error">invalid_administration</p>');
    const code = this.deps.randomHex(32);
    this.grants.set(code, {
      clientId: checked.client.clientId,
      redirectUri,
      scopes: checked.scopes,
      administrationId,
      codeChallenge: form.get('code_challenge'),
      codeChallengeMethod: form.get('code_challenge') ? (form.get('code_challenge_method') ?? 'plain') : null,
      expiresAt: this.deps.now() + CODE_LIFETIME_MS,
      used: false,
      issued: [],
    });
    if (oob)
      return page(
        200,
        'Autorisatiecode',
        `<p>Kopieer deze code naar de applicatie:</p><code id="code">${code}</code>`,
      );
    return redirect(redirectUri, { code, state });
  }

  private token(request: SimRequest): SimResponse {
    const body = (typeof request.body === 'object' && request.body ? request.body : {}) as Record<
      string,
      unknown
    >;
    const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : undefined);
    let clientId = field('client_id');
    let clientSecret = field('client_secret');
    const basic = /^Basic\s+(.+)$/i.exec(String(request.headers.authorization ?? ''));
    if (basic) {
      const [id, secret] = Buffer.from(basic[1]!, 'base64').toString('utf8').split(':');
      clientId ??= id;
      clientSecret ??= secret;
    }
    const client = this.deps.clients.find((c) => c.clientId === clientId);
    if (!client || client.clientSecret !== clientSecret)
      return tokenError(
        401,
        'invalid_client',
        'Client authentication failed due to unknown client or wrong secret.',
      );

    const grantType = field('grant_type');
    if (grantType === 'authorization_code') {
      const code = field('code') ?? '';
      const grant = this.grants.get(code);
      const invalid = (why: string) => tokenError(400, 'invalid_grant', why);
      if (!grant || grant.clientId !== client.clientId) return invalid('The authorization code is invalid.');
      if (grant.used) {
        // A replayed code is a sign of theft: revoke what it produced (RFC 6749 §4.1.2).
        for (const t of grant.issued) this.deps.tokens.revoke(t);
        return invalid('The authorization code has already been used.');
      }
      if (this.deps.now() >= grant.expiresAt) return invalid('The authorization code has expired.');
      if (field('redirect_uri') !== grant.redirectUri)
        return invalid('The redirect_uri does not match the one used in the authorization request.');
      if (grant.codeChallenge) {
        const verifier = field('code_verifier');
        if (!verifier) return tokenError(400, 'invalid_request', 'code_verifier is required.');
        const computed =
          grant.codeChallengeMethod === 'S256'
            ? createHash('sha256').update(verifier).digest('base64url')
            : verifier;
        if (computed !== grant.codeChallenge)
          return invalid('The code_verifier does not match the code_challenge.');
      }
      grant.used = true;
      const response = this.issue(client.clientId, grant.scopes, grant.administrationId);
      grant.issued.push(response.access_token);
      return { status: 200, body: response, headers: { 'cache-control': 'no-store' } };
    }
    if (grantType === 'refresh_token') {
      const refresh = this.refreshGrants.get(field('refresh_token') ?? '');
      if (!refresh || refresh.used || refresh.clientId !== client.clientId)
        return tokenError(400, 'invalid_grant', 'The refresh token is invalid.');
      // Rotation: the old refresh token and access token stop working.
      refresh.used = true;
      this.deps.tokens.revoke(refresh.accessToken);
      return {
        status: 200,
        body: this.issue(client.clientId, refresh.scopes, refresh.administrationId),
        headers: { 'cache-control': 'no-store' },
      };
    }
    return tokenError(400, 'unsupported_grant_type', 'The authorization grant type is not supported.');
  }

  private issue(clientId: string, scopes: string[], administrationId: string) {
    const now = this.deps.now();
    const expiresIn = this.deps.accessTokenExpiresIn;
    const token: AccessToken = {
      token: this.deps.randomHex(32),
      scopes: new Set(scopes),
      administrationIds: [administrationId],
      revoked: false,
      expiresAt: expiresIn === undefined ? null : now + expiresIn * 1000,
    };
    this.deps.tokens.add(token);
    const refreshToken = this.deps.randomHex(32);
    this.refreshGrants.set(refreshToken, {
      clientId,
      scopes,
      administrationId,
      accessToken: token.token,
      used: false,
    });
    return {
      access_token: token.token,
      token_type: 'bearer',
      refresh_token: refreshToken,
      scope: scopes.join(' '),
      created_at: Math.floor(now / 1000),
      ...(expiresIn === undefined ? {} : { expires_in: expiresIn }),
    };
  }
}
