// The page the browser lands on after Moneybird's consent, in a real Chromium against the simulator:
// "connected" only after the code exchange worked; when the exchange fails, the page says the
// connection was not made and why, in Dutch and English.
import { createServer } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoginEnvironment } from '../../../src/main/core/moneybird/oauth/login';
import { loginWithBrowser } from '../../../src/main/core/moneybird/oauth/login';
import { type MoneybirdSim, startMoneybirdSim } from '../../sim/moneybird/index';
import { type LaunchedBrowser, launchChromium } from '../../support/browser';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

let sim: MoneybirdSim;
let browser: LaunchedBrowser;
let redirectUri: string;
const client = { clientId: 'winkelbrug-desktop', clientSecret: 'desktop-secret-0123456789' };
const scopes = ['sales_invoices', 'settings'];

beforeAll(async () => {
  redirectUri = `http://127.0.0.1:${await freePort()}/oauth/callback`;
  sim = await startMoneybirdSim({ seed: 22, rateLimit: null, oauthClients: [{ ...client, redirectUri }] });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await sim?.close();
});

/** Clicks Allow on the consent page; `landed` resolves with the callback page once it has loaded. */
function allowing(page: Page) {
  let landed: Promise<void> = Promise.resolve();
  return {
    open: (url: string) => {
      landed = page
        .goto(url)
        .then(() => page.click('#allow', { noWaitAfter: true }))
        .then(() => page.waitForURL((target) => target.href.startsWith(redirectUri), { waitUntil: 'load' }));
      return landed;
    },
    landed: () => landed,
  };
}

async function shown(page: Page) {
  await page.waitForSelector('#result');
  return {
    outcome: await page.getAttribute('#result', 'data-outcome'),
    nl: (await page.textContent('p[lang="nl"]')) ?? '',
    en: (await page.textContent('p[lang="en"]')) ?? '',
  };
}

describe('the browser page after a Moneybird login', () => {
  it('says connected once the code was exchanged', async () => {
    const env: LoginEnvironment = { oauthUrl: sim.url, oauth: { ...client, redirectUri, scopes } };
    const page = await browser.newPage();
    const opener = allowing(page);
    const tokens = await loginWithBrowser(env, { timeoutMs: 20_000, openBrowser: opener.open });
    expect(tokens.accessToken).toBeTruthy();
    await opener.landed();
    const result = await shown(page);
    expect(result.outcome).toBe('connected');
    expect(result.nl).toMatch(/^Gelukt: Winkelbrug is gekoppeld met Moneybird\./);
    expect(result.en).toMatch(/connected to Moneybird/);
    await page.close();
  });

  it('says the connection was not made, and why, when the exchange fails', async () => {
    // This build's client secret is not the one Moneybird knows: the code cannot be exchanged.
    const env: LoginEnvironment = {
      oauthUrl: sim.url,
      oauth: { ...client, clientSecret: 'not-the-secret-0123456789', redirectUri, scopes },
    };
    const page = await browser.newPage();
    const opener = allowing(page);
    const error = await loginWithBrowser(env, { timeoutMs: 20_000, openBrowser: opener.open }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(sim.server.log.filter((e) => e.path === '/oauth/token').at(-1)?.status).not.toBe(200);
    await opener.landed();
    const result = await shown(page);
    expect(result.outcome).toBe('failed');
    expect(result.nl).toMatch(/niet gemaakt/);
    expect(result.en).toMatch(/not made/);
    expect(`${result.nl} ${result.en}`).not.toMatch(/is gekoppeld met Moneybird|is connected to Moneybird/);
    await page.close();
  });
});
