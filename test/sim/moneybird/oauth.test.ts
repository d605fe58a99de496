import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type MoneybirdSim, startMoneybirdSim } from './index';

const client = {
  clientId: 'winkelbrug',
  clientSecret: 's3cret',
  redirectUri: 'http://127.0.0.1:53682/callback',
};
const oob = { clientId: 'winkelbrug-oob', clientSecret: 'other', redirectUri: 'urn:ietf:wg:oauth:2.0:oob' };
let sim: MoneybirdSim;

beforeAll(async () => {
  sim = await startMoneybirdSim({ seed: 3, oauthClients: [client, oob], accessTokenExpiresIn: 3600 });
});
afterEach(() => sim.contract!.assertNone());
afterAll(() => sim.close());

/** What a browser does: load the consent page, then submit its form with one button. */
async function consent(
  params: Record<string, string>,
  decision: 'allow' | 'deny',
  administrationId?: string,
) {
  const page = await fetch(`${sim.url}/oauth/authorize?${new URLSearchParams(params)}`);
  const html = await page.text();
  expect(page.status, html).toBe(200);
  expect(html).toMatch(/id="allow"/);
  expect(html).toMatch(/id="deny"/);
  expect(html).toMatch(/<select id="administration"/);
  const form = new URLSearchParams();
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g))
    form.set(
      m[1]!,
      m[2]!
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>'),
    );
  const firstAdministration = /<option value="(\d+)">/.exec(html)![1]!;
  form.set('administration_id', administrationId ?? firstAdministration);
  form.set('decision', decision);
  return fetch(`${sim.url}/oauth/authorize`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form,
    redirect: 'manual',
  });
}

const authorizeParams = (extra: Record<string, string> = {}) => ({
  client_id: client.clientId,
  redirect_uri: client.redirectUri,
  response_type: 'code',
  scope: 'sales_invoices settings',
  state: 'xyz-123',
  ...extra,
});

async function token(form: Record<string, string>) {
  const r = await fetch(`${sim.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
  return { status: r.status, body: await r.json() };
}

async function codeFrom(response: Response): Promise<string> {
  expect(response.status).toBe(302);
  const location = new URL(response.headers.get('location')!);
  expect(`${location.origin}${location.pathname}`).toBe(client.redirectUri);
  expect(location.searchParams.get('state')).toBe('xyz-123');
  return location.searchParams.get('code')!;
}

describe('OAuth authorization code flow', () => {
  it('issues tokens for a code, refreshes them, and the tokens reach only the chosen administration', async () => {
    const code = await codeFrom(await consent(authorizeParams(), 'allow', sim.administrationId));
    const grant = {
      grant_type: 'authorization_code',
      client_id: client.clientId,
      client_secret: client.clientSecret,
      code,
      redirect_uri: client.redirectUri,
    };
    const first = await token(grant);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      access_token: expect.any(String),
      token_type: 'bearer',
      refresh_token: expect.any(String),
      scope: 'sales_invoices settings',
      created_at: expect.any(Number),
      expires_in: 3600,
    });
    const admins = await fetch(`${sim.apiBaseUrl}/administrations.json`, {
      headers: { authorization: `Bearer ${first.body.access_token}` },
    });
    expect((await admins.json()).map((a: { id: string }) => a.id)).toEqual([sim.administrationId]);

    const reused = await token(grant);
    expect(reused.status).toBe(400);
    expect(reused.body.error).toBe('invalid_grant');

    const refreshed = await token({
      grant_type: 'refresh_token',
      client_id: client.clientId,
      client_secret: client.clientSecret,
      refresh_token: first.body.refresh_token,
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.access_token).not.toBe(first.body.access_token);
    const withNew = await fetch(`${sim.apiBaseUrl}/${sim.administrationId}/tax_rates.json`, {
      headers: { authorization: `Bearer ${refreshed.body.access_token}` },
    });
    expect(withNew.status).toBe(200);
    const oldRefresh = await token({
      grant_type: 'refresh_token',
      client_id: client.clientId,
      client_secret: client.clientSecret,
      refresh_token: first.body.refresh_token,
    });
    expect(oldRefresh.body.error).toBe('invalid_grant');
  });

  it('refuses a wrong redirect_uri at the token endpoint and a wrong client secret', async () => {
    const code = await codeFrom(await consent(authorizeParams(), 'allow'));
    const wrongRedirect = await token({
      grant_type: 'authorization_code',
      client_id: client.clientId,
      client_secret: client.clientSecret,
      code,
      redirect_uri: 'http://127.0.0.1:53682/callback/',
    });
    expect(wrongRedirect.status).toBe(400);
    expect(wrongRedirect.body.error).toBe('invalid_grant');
    const wrongSecret = await token({
      grant_type: 'authorization_code',
      client_id: client.clientId,
      client_secret: 'nope',
      code,
      redirect_uri: client.redirectUri,
    });
    expect(wrongSecret.status).toBe(401);
    expect(wrongSecret.body.error).toBe('invalid_client');
  });

  it('shows an error page (no redirect) for an unregistered redirect_uri or unknown client', async () => {
    const page = await fetch(
      `${sim.url}/oauth/authorize?${new URLSearchParams(authorizeParams({ redirect_uri: 'http://localhost:53682/callback' }))}`,
      { redirect: 'manual' },
    );
    expect(page.status).toBe(400);
    expect(await page.text()).toMatch(/invalid_redirect_uri/);
    const unknown = await fetch(
      `${sim.url}/oauth/authorize?${new URLSearchParams(authorizeParams({ client_id: 'x' }))}`,
    );
    expect(unknown.status).toBe(400);
    const badType = await fetch(
      `${sim.url}/oauth/authorize?${new URLSearchParams(authorizeParams({ response_type: 'token' }))}`,
      { redirect: 'manual' },
    );
    expect(new URL(badType.headers.get('location')!).searchParams.get('error')).toBe(
      'unsupported_response_type',
    );
  });

  it('redirects with error=access_denied and the state when the person clicks Deny', async () => {
    const denied = await consent(authorizeParams(), 'deny');
    expect(denied.status).toBe(302);
    const location = new URL(denied.headers.get('location')!);
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('state')).toBe('xyz-123');
    expect(location.searchParams.get('code')).toBeNull();
  });

  it('verifies a PKCE code_verifier when a code_challenge was given', async () => {
    const verifier = 'a-long-random-verifier-string-of-at-least-43-characters-123456';
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const params = authorizeParams({ code_challenge: challenge, code_challenge_method: 'S256' });
    const base = {
      grant_type: 'authorization_code',
      client_id: client.clientId,
      client_secret: client.clientSecret,
      redirect_uri: client.redirectUri,
    };
    const bad = await token({
      ...base,
      code: await codeFrom(await consent(params, 'allow')),
      code_verifier: 'wrong',
    });
    expect(bad.body.error).toBe('invalid_grant');
    const good = await token({
      ...base,
      code: await codeFrom(await consent(params, 'allow')),
      code_verifier: verifier,
    });
    expect(good.status).toBe(200);
  });

  it('shows the code on a page for the out-of-band redirect URI', async () => {
    const page = await consent(
      {
        client_id: oob.clientId,
        redirect_uri: oob.redirectUri,
        response_type: 'code',
        scope: 'sales_invoices',
      },
      'allow',
    );
    expect(page.status).toBe(200);
    const code = /<code id="code">([0-9a-f]+)<\/code>/.exec(await page.text())![1]!;
    const r = await token({
      grant_type: 'authorization_code',
      client_id: oob.clientId,
      client_secret: oob.clientSecret,
      code,
      redirect_uri: oob.redirectUri,
    });
    expect(r.status).toBe(200);
    expect(r.body.scope).toBe('sales_invoices');
  });
});
