// The whole Moneybird login against the simulator's consent page in a real Chromium: the loopback
// listener receives the code and exchanges it with PKCE; forged and replayed callbacks are refused.
import { createServer } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../../src/main/core/http/clock';
import { MoneybirdClient } from '../../../src/main/core/moneybird/client';
import { OUT_OF_BAND_REDIRECT_URI } from '../../../src/main/core/moneybird/oauth/authorize-url';
import type { LoginEnvironment } from '../../../src/main/core/moneybird/oauth/login';
import {
  listAdministrations,
  loginWithBrowser,
  startOutOfBandLogin,
} from '../../../src/main/core/moneybird/oauth/login';
import { OAuthError } from '../../../src/main/core/moneybird/oauth/oauth-error';
import { OAuthSession, type TokenSet } from '../../../src/main/core/moneybird/oauth/tokens';
import { type MoneybirdSim, startMoneybirdSim } from '../../sim/moneybird/index';
import { type LaunchedBrowser, launchChromium } from '../../support/browser';
import { CapturingLogger } from './support/capture-logger';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

/**
 * An opener that clicks `selector` on the consent page. The login may end (on the callback) before
 * the page has finished navigating there; closing the page in that window can hang Playwright, so
 * tests wait for `done` before they close the page.
 */
function clicking(page: Page, selector: string) {
  let done: Promise<void> = Promise.resolve();
  return {
    open: (url: string) => {
      // Closing a page while it still navigates to the callback can hang Playwright: `done` waits
      // until the callback page has loaded (the login may end before that).
      done = page
        .goto(url)
        .then(() => page.click(selector, { noWaitAfter: true }))
        .then(() => page.waitForURL((target) => target.href.startsWith(redirectUri), { waitUntil: 'load' }));
      return done;
    },
    done: () => done.catch(() => {}),
  };
}

let sim: MoneybirdSim;
let browser: LaunchedBrowser;
let env: LoginEnvironment;
let oobEnv: LoginEnvironment;
let redirectUri: string;
const logger = new CapturingLogger();
const secrets: string[] = [];

beforeAll(async () => {
  redirectUri = `http://127.0.0.1:${await freePort()}/oauth/callback`;
  const desktop = { clientId: 'winkelbrug-desktop', clientSecret: 'desktop-secret-0123456789', redirectUri };
  const oob = {
    clientId: 'winkelbrug-oob',
    clientSecret: 'oob-secret-0123456789',
    redirectUri: OUT_OF_BAND_REDIRECT_URI,
  };
  sim = await startMoneybirdSim({
    seed: 21,
    rateLimit: null,
    oauthClients: [desktop, oob],
    accessTokenExpiresIn: 90,
  });
  const scopes = ['sales_invoices', 'settings'];
  env = { oauthUrl: sim.url, oauth: { ...desktop, scopes }, endpoint: { logger } };
  oobEnv = { oauthUrl: sim.url, oauth: { ...oob, scopes }, endpoint: { logger } };
  secrets.push(desktop.clientSecret, oob.clientSecret);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await sim?.close();
});

describe('Moneybird login in the browser (loopback, RFC 8252)', () => {
  it('completes when the owner clicks Allow; a forged and a replayed callback are refused', async () => {
    const page = await browser.newPage();
    let callbackUrl: string | undefined;
    page.on('request', (request) => {
      if (request.url().startsWith(redirectUri)) callbackUrl = request.url();
    });
    let forgedStatus: number | undefined;
    const opener = clicking(page, '#allow');
    const tokens = await loginWithBrowser(env, {
      timeoutMs: 20_000,
      openBrowser: async (url) => {
        // Another page tries to inject its own code before the owner answers.
        const forged = await browser.newPage();
        forgedStatus = (await forged.goto(`${redirectUri}?code=forged-code&state=not-our-state`))?.status();
        await forged.close();
        await opener.open(url);
      },
    });
    await opener.done();
    expect(forgedStatus).toBe(400);
    expect(tokens.accessToken).toBeTruthy();
    expect(tokens.refreshToken).toBeTruthy();
    expect(tokens.scopes).toEqual(['sales_invoices', 'settings']);
    expect(tokens.expiresAt).toBeGreaterThan(Date.now());
    secrets.push(tokens.accessToken, tokens.refreshToken!);
    await page.waitForSelector('#result');

    // The authorization request carried state and an S256 challenge; the simulator verified the verifier.
    const authorize = sim.server.log
      .filter((e) => e.path === '/oauth/authorize' && e.method === 'GET')
      .at(-1)!;
    expect(authorize.query.state).toBeTruthy();
    expect(authorize.query.code_challenge_method).toBe('S256');
    expect(authorize.query.code_challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const exchange = sim.server.log.filter((e) => e.path === '/oauth/token').at(-1)!;
    expect(exchange.status).toBe(200);
    expect((exchange.body as Record<string, string>).code_verifier).toBeTruthy();

    // Replaying the callback reaches nobody: the listener closed after its one answer.
    expect(callbackUrl).toBeDefined();
    const replay = await page.goto(callbackUrl!).then(
      (response) => response?.status(),
      (error: Error) => error.message,
    );
    expect(String(replay)).toMatch(/ERR_CONNECTION_REFUSED|410/);

    const administrations = await listAdministrations(tokens.accessToken, {
      baseUrl: sim.apiBaseUrl,
      logger,
    });
    expect(administrations.length).toBe(1);
    await page.close();
  });

  it('reports Deny as a refusal', async () => {
    const page = await browser.newPage();
    const opener = clicking(page, '#deny');
    const error = await loginWithBrowser(env, { timeoutMs: 20_000, openBrowser: opener.open }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OAuthError);
    expect((error as OAuthError).reason).toBe('denied');
    await opener.done();
    await page.close();
  });

  it('gives up after the timeout and frees the port', async () => {
    const error = await loginWithBrowser(env, { timeoutMs: 300, openBrowser: () => {} }).catch(
      (e: unknown) => e,
    );
    expect((error as OAuthError).reason).toBe('timeout');
    const page = await browser.newPage();
    const late = await page.goto(`${redirectUri}?code=x&state=y`).then(
      (r) => r?.status(),
      (e: Error) => e.message,
    );
    expect(String(late)).toMatch(/ERR_CONNECTION_REFUSED/);
    await page.close();
  });

  it('ends on the answer or the timeout even when opening the browser never returns', async () => {
    // shell.openExternal can hang (xdg-open waiting for the browser); the login must still end.
    const never = () => new Promise<void>(() => {});
    const page = await browser.newPage();
    const clickDeny = clicking(page, '#deny');
    const denied = await loginWithBrowser(env, {
      timeoutMs: 20_000,
      openBrowser: (url) => {
        void clickDeny.open(url);
        return never();
      },
    }).catch((e: unknown) => e);
    expect((denied as OAuthError).reason).toBe('denied');
    await clickDeny.done();
    await page.close();

    const timedOut = await loginWithBrowser(env, { timeoutMs: 300, openBrowser: never }).catch(
      (e: unknown) => e,
    );
    expect((timedOut as OAuthError).reason).toBe('timeout');
  });

  it('ends with the error when opening the browser fails', async () => {
    const failure = new Error('no browser');
    const error = await loginWithBrowser(env, {
      timeoutMs: 20_000,
      openBrowser: () => Promise.reject(failure),
    }).catch((e: unknown) => e);
    expect(error).toBe(failure);
  });

  it('supports the out-of-band flow where the owner copies the code', async () => {
    const login = startOutOfBandLogin(oobEnv);
    const page = await browser.newPage();
    await page.goto(login.authorizeUrl);
    await page.click('#allow');
    const code = (await page.textContent('#code'))!;
    const tokens = await login.complete(`  ${code}\n`);
    secrets.push(tokens.accessToken, tokens.refreshToken!, code);
    expect(await listAdministrations(tokens.accessToken, { baseUrl: sim.apiBaseUrl })).toHaveLength(1);
    await expect(login.complete(code)).rejects.toBeInstanceOf(OAuthError);
    await page.close();
  });

  it('refreshes ahead of expires_in and once after a 401, and stores each new token set', async () => {
    const page = await browser.newPage();
    const opener = clicking(page, '#allow');
    const first = await loginWithBrowser(env, { timeoutMs: 20_000, openBrowser: opener.open });
    await opener.done();
    await page.close();
    const stored: TokenSet[] = [];
    // A clock 40 s ahead puts the 90 s token within a minute of expiring.
    const later = { now: () => Date.now() + 40_000, sleep: systemClock.sleep };
    const session = new OAuthSession(
      first,
      {
        oauthUrl: sim.url,
        clientId: env.oauth!.clientId,
        clientSecret: env.oauth!.clientSecret,
        clock: later,
        logger,
      },
      (tokens) => {
        stored.push(tokens);
      },
    );
    const refreshed = await session.accessToken();
    expect(refreshed).not.toBe(first.accessToken);
    expect(stored).toHaveLength(1);
    // The new token's 90 s count from this clock, not from Moneybird's `created_at`: a clock ahead
    // of Moneybird's does not find it about to expire at once and refresh before every request.
    expect(await session.accessToken()).toBe(refreshed);
    expect(stored).toHaveLength(1);

    // Moneybird revokes the access token; the client refreshes once and goes on.
    const steady = new OAuthSession(
      stored[0]!,
      { oauthUrl: sim.url, clientId: env.oauth!.clientId, clientSecret: env.oauth!.clientSecret, logger },
      (t) => {
        stored.push(t);
      },
    );
    sim.revokeToken(stored[0]!.accessToken);
    const mb = new MoneybirdClient({ baseUrl: sim.apiBaseUrl, token: steady, logger });
    expect((await mb.administrations()).length).toBe(1);
    expect(stored).toHaveLength(2);
    expect(steady.current.accessToken).toBe(stored[1]!.accessToken);
    secrets.push(...stored.flatMap((t) => [t.accessToken, t.refreshToken ?? '']), first.accessToken);
  });

  it('never logs a token, code or client secret', () => {
    const text = logger.text();
    expect(logger.lines.length).toBeGreaterThan(0);
    for (const secret of secrets.filter((s) => s.length > 0)) expect(text).not.toContain(secret);
  });
});
