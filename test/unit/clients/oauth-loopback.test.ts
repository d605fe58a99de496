import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAuthorizeUrl } from '../../../src/main/core/moneybird/oauth/authorize-url';
import {
  type LoopbackListener,
  startLoopbackListener,
} from '../../../src/main/core/moneybird/oauth/loopback';
import { OAuthError } from '../../../src/main/core/moneybird/oauth/oauth-error';
import { codeChallengeS256, createPkce } from '../../../src/main/core/moneybird/oauth/pkce';
import { rawRequest } from './support/raw-request';

const call = rawRequest;

const listeners: LoopbackListener[] = [];
async function listen(state: string, timeoutMs = 30_000) {
  const listener = await startLoopbackListener({
    redirectUri: 'http://127.0.0.1:0/oauth/callback',
    state,
    timeoutMs,
  });
  listeners.push(listener);
  return listener;
}

afterEach(async () => {
  await Promise.all(listeners.splice(0).map((l) => l.close()));
});

describe('PKCE and the authorize URL', () => {
  it('computes the S256 challenge of RFC 7636 appendix B', () => {
    expect(codeChallengeS256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
    const pkce = createPkce();
    expect(pkce.verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(pkce.challenge).toBe(codeChallengeS256(pkce.verifier));
  });

  it('builds the authorization request with state and PKCE', () => {
    const url = new URL(
      buildAuthorizeUrl({
        oauthUrl: 'https://moneybird.com',
        clientId: 'cid',
        redirectUri: 'http://127.0.0.1:47615/oauth/callback',
        scopes: ['sales_invoices', 'settings'],
        state: 'st4te',
        codeChallenge: 'ch',
      }),
    );
    expect(url.pathname).toBe('/oauth/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'cid',
      redirect_uri: 'http://127.0.0.1:47615/oauth/callback',
      response_type: 'code',
      scope: 'sales_invoices settings',
      state: 'st4te',
      code_challenge: 'ch',
      code_challenge_method: 'S256',
    });
  });
});

describe('loopback listener', () => {
  it('accepts the callback with our state, once, then stops listening', async () => {
    const listener = await listen('the-state');
    const answer = call(`${listener.redirectUri}?code=abc&state=the-state`);
    await expect(listener.result).resolves.toEqual({ code: 'abc' });
    listener.finish({ connected: true });
    expect((await answer).status).toBe(200);
    // A replay of the same callback is refused: either an explicit 410 or nobody listening any more.
    const replay = await call(`${listener.redirectUri}?code=abc&state=the-state`).catch(
      (e: NodeJS.ErrnoException) => e,
    );
    if (replay instanceof Error) expect(replay.code).toBe('ECONNREFUSED');
    else expect(replay.status).toBe(410);
  });

  it('refuses a wrong state, path, method or Host, and keeps waiting for the real callback', async () => {
    const listener = await listen('right-state');
    const port = new URL(listener.redirectUri).port;
    expect((await call(`${listener.redirectUri}?code=evil&state=wrong-state`)).status).toBe(400);
    expect((await call(`${listener.redirectUri}?code=evil`)).status).toBe(400);
    expect((await call(`http://127.0.0.1:${port}/other?code=evil&state=right-state`)).status).toBe(404);
    expect(
      (await call(`${listener.redirectUri}?code=evil&state=right-state`, { method: 'POST' })).status,
    ).toBe(405);
    expect(
      (await call(`${listener.redirectUri}?code=evil&state=right-state`, { host: `evil.example:${port}` }))
        .status,
    ).toBe(400);
    const answer = call(`${listener.redirectUri}?code=good&state=right-state`);
    await expect(listener.result).resolves.toEqual({ code: 'good' });
    listener.finish({ connected: true });
    expect((await answer).status).toBe(200);
  });

  it('reports a refusal in the browser as denied', async () => {
    const listener = await listen('s');
    expect((await call(`${listener.redirectUri}?error=access_denied&state=s`)).status).toBe(200);
    const error = await listener.result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OAuthError);
    expect((error as OAuthError).reason).toBe('denied');
  });

  it('gives up after its timeout and closes the port', async () => {
    const listener = await listen('s', 200);
    const error = await listener.result.catch((e: unknown) => e);
    expect((error as OAuthError).reason).toBe('timeout');
    expect((error as OAuthError).userMessage.nl).toMatch(/opnieuw/);
    await listener.close();
    const late = await call(`${listener.redirectUri}?code=x&state=s`).catch((e: NodeJS.ErrnoException) => e);
    expect(late).toBeInstanceOf(Error);
    expect((late as NodeJS.ErrnoException).code).toBe('ECONNREFUSED');
  });

  it('says so when the registered port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const error = await startLoopbackListener({
        redirectUri: `http://127.0.0.1:${port}/cb`,
        state: 's',
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OAuthError);
      expect((error as OAuthError).reason).toBe('port-in-use');
      expect((error as OAuthError).userMessage.en).toContain(String(port));
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  });

  it('only listens on 127.0.0.1 redirect URIs', async () => {
    await expect(
      startLoopbackListener({ redirectUri: 'https://example.com/cb', state: 's' }),
    ).rejects.toThrow();
    await expect(startLoopbackListener({ redirectUri: 'http://0.0.0.0:0/cb', state: 's' })).rejects.toThrow();
  });
});
