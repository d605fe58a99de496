// The demo's two set-ups, without a browser: the configured one as before, and the fresh install
// (`--fresh`) that the setup wizard's tests start: none of the owner's tokens in its environment,
// an OAuth application registered with the simulator on a free loopback port, the owner's secrets
// kept in memory (or in the store a test passes), and instructions that name what to paste.
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { MemorySecretStore } from '../support/memory-secrets';
import { type Demo, type FreshDemo, freshDemoInstructions, startDemo } from './demo';
import { OOB_REDIRECT_URI } from './moneybird/index';

const quiet = { log: () => {} };
const started: Array<Demo | FreshDemo> = [];
afterAll(async () => {
  for (const demo of started.splice(0)) await demo.close();
});

async function consentPage(demo: FreshDemo, redirectUri: string) {
  const params = new URLSearchParams({
    client_id: demo.oauth.clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'sales_invoices settings',
  });
  const response = await fetch(`${demo.moneybird.url}/oauth/authorize?${params}`);
  return { status: response.status, html: await response.text() };
}

describe('the fresh demo', () => {
  it('starts without the owner’s tokens, with the app’s own configuration', async () => {
    const demo = await startDemo({ fresh: true, orders: 8, logger: quiet });
    started.push(demo);
    expect(demo.fresh).toBe(true);
    expect(demo.runtime).toBeNull();
    expect(demo.service.status().state).toBe('needs-setup');
    for (const name of [
      'MWW_TOKEN',
      'MONEYBIRD_TOKEN',
      'MONEYBIRD_ADMINISTRATION_ID',
      'MONEYBIRD_OAUTH_TOKENS',
    ])
      expect(demo.env, name).not.toHaveProperty(name);
    expect(demo.env).toMatchObject({
      MWW_BASE_URL: demo.mww.url,
      MWW_PARTNER_TOKEN: demo.mww.partnerToken,
      MONEYBIRD_BASE_URL: demo.moneybird.apiBaseUrl,
      MONEYBIRD_OAUTH_URL: demo.moneybird.url,
      MONEYBIRD_CLIENT_ID: demo.oauth.clientId,
      MONEYBIRD_CLIENT_SECRET: demo.oauth.clientSecret,
      MONEYBIRD_REDIRECT_URI: demo.oauth.redirectUri,
      WINKELBRUG_DATA_DIR: demo.dataDir,
    });
    expect(demo.oauth.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/oauth\/callback$/);
    expect(demo.shopToken).toBe(demo.mww.token);
    expect(demo.moneybirdToken).toBe(demo.moneybird.token);
    // Nothing of the owner's is stored, and the store under the demo is its own, in memory.
    expect(demo.secrets.store).toBeInstanceOf(MemorySecretStore);
    expect((demo.secrets.store as MemorySecretStore).entries()).toEqual({});
    expect(await demo.secrets.get('mijnwebwinkel.token')).toBeUndefined();
    expect(await demo.secrets.get('moneybird.personal-token')).toBeUndefined();
  });

  it('registers its OAuth application for the loopback URI and the out-of-band one, nothing else', async () => {
    const demo = started.find((d): d is FreshDemo => d.fresh)!;
    const loopback = await consentPage(demo, demo.oauth.redirectUri);
    expect(loopback.status).toBe(200);
    expect(loopback.html).toContain('Toegang verlenen aan Winkelbrug');
    expect((await consentPage(demo, OOB_REDIRECT_URI)).status).toBe(200);
    expect((await consentPage(demo, 'http://127.0.0.1:47615/oauth/callback')).status).toBe(400);
  });

  it('prints where to go, the shop token and the personal token', () => {
    const demo = started.find((d): d is FreshDemo => d.fresh)!;
    const text = freshDemoInstructions(demo);
    for (const part of [demo.url, demo.shopToken, demo.moneybirdToken, demo.oauth.redirectUri, demo.dataDir])
      expect(text).toContain(part);
    expect(text).toMatch(/Open in je browser \/ Open in your browser/);
  });

  it('two at once get different redirect ports; a passed store is the one written to; close cleans up', async () => {
    const store = new MemorySecretStore();
    const [a, b] = await Promise.all([
      startDemo({ fresh: true, orders: 4, logger: quiet, secrets: store }),
      startDemo({ fresh: true, orders: 4, seed: 8, logger: quiet }),
    ]);
    try {
      expect(a.oauth.redirectUri).not.toBe(b.oauth.redirectUri);
      expect(a.secrets.store).toBe(store);
      await a.secrets.set('mijnwebwinkel.token', a.shopToken);
      expect(store.entries()).toEqual({ 'mijnwebwinkel.token': a.shopToken });
      expect(await b.secrets.get('mijnwebwinkel.token')).toBeUndefined();
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
    expect(existsSync(a.dataDir)).toBe(false);
    expect(existsSync(b.dataDir)).toBe(false);
  });

  it('passes refusal modes to the simulators', async () => {
    const demo = await startDemo({
      fresh: true,
      orders: 4,
      logger: quiet,
      simulators: {
        mijnwebwinkel: { apiAccess: false },
        moneybird: { extraAdministrations: [{ name: 'Zonder Omzet B.V.', withoutRevenueLedger: true }] },
      },
    });
    started.push(demo);
    const orders = await fetch(
      `${demo.mww.url}/v1/orders?token=${demo.shopToken}&partner_token=${demo.mww.partnerToken}`,
    );
    expect(orders.status).toBe(403);
    expect(demo.moneybird.administrations.map((a) => a.name)).toContain('Zonder Omzet B.V.');
  });
});

describe('the configured demo', () => {
  it('still starts with its runtime, tokens and mapping', async () => {
    const demo = await startDemo({ orders: 6, logger: quiet });
    started.push(demo);
    expect(demo.fresh).toBe(false);
    expect(demo.runtime).not.toBeNull();
    expect(demo.env.MWW_TOKEN).toBe(demo.mww.token);
    expect(demo.env.MONEYBIRD_TOKEN).toBe(demo.moneybird.token);
    expect(demo.mapping.ledgerAccounts.revenue).toMatch(/^\d+$/);
  });
});
