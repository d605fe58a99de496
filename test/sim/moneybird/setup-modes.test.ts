// What a first-run setup meets in Moneybird: a personal API token that works (and a wrong one that
// gets 401), an extra administration without an active revenue ledger account, and an OAuth
// application registered with a loopback and the out-of-band redirect URI, whose consent page
// names the application and lists every administration, with Deny sending error=access_denied.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type MoneybirdSim, OOB_REDIRECT_URI, startMoneybirdSim } from './index';

const loopback = 'http://127.0.0.1:47999/oauth/callback';
const app = {
  clientId: 'winkelbrug-test',
  clientSecret: 'geheim',
  name: 'Winkelbrug',
  redirectUri: [loopback, OOB_REDIRECT_URI],
};
let sim: MoneybirdSim;
let withoutRevenue: string;

beforeAll(async () => {
  sim = await startMoneybirdSim({
    seed: 9,
    rateLimit: null,
    oauthClients: [app],
    extraAdministrations: [{ name: 'Zonder Omzet B.V.', withoutRevenueLedger: true }],
  });
  withoutRevenue = sim.administrations.find((a) => a.name === 'Zonder Omzet B.V.')!.id;
});
afterEach(() => sim.contract!.assertNone());
afterAll(() => sim.close());

async function api(path: string, token: string | null = sim.token) {
  const response = await fetch(`${sim.apiBaseUrl}${path}`, {
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
  });
  // biome-ignore lint/suspicious/noExplicitAny: API JSON inspected loosely; the contract recorder checks its shape
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

type Ledger = { account_type: string; active: boolean; name: string };
const activeRevenue = (ledgers: Ledger[]) => ledgers.filter((l) => l.account_type === 'revenue' && l.active);

describe('the personal API token', () => {
  it('reaches every administration of the user, the extra one too', async () => {
    const { status, body } = await api('/administrations.json');
    expect(status).toBe(200);
    expect(body.map((a: { id: string; name: string }) => [a.id, a.name])).toEqual(
      sim.administrations.map((a) => [a.id, a.name]),
    );
    expect(sim.administrations.map((a) => a.name)).toEqual([
      'Winkelbrug Demo B.V.',
      'Tweede Zaak V.O.F.',
      'Zonder Omzet B.V.',
    ]);
    expect(sim.administrations[0]!.id).toBe(sim.administrationId);
  });

  it('a wrong or missing token gets 401 with an invalid_token challenge', async () => {
    for (const token of [`${sim.token.slice(0, -1)}0`, 'nonsense', null]) {
      const { status, headers, body } = await api('/administrations.json', token);
      expect(status).toBe(401);
      expect(headers.get('www-authenticate')).toMatch(/error="invalid_token"/);
      expect(body).toMatchObject({ error: expect.any(String), symbolic: { token: 'invalid' } });
    }
    expect((await api(`/${sim.administrationId}/ledger_accounts.json`, 'nonsense')).status).toBe(401);
  });
});

describe('an administration without a revenue ledger', () => {
  it('has every revenue account archived, and no active one', async () => {
    const { status, body } = await api(`/${withoutRevenue}/ledger_accounts.json`);
    expect(status).toBe(200);
    const revenue = body.filter((l: Ledger) => l.account_type === 'revenue');
    expect(revenue.length).toBeGreaterThan(0);
    expect(activeRevenue(body)).toEqual([]);
    // Its other accounts, tax rates and financial accounts are as usual.
    expect(body.some((l: Ledger) => l.account_type !== 'revenue' && l.active)).toBe(true);
    expect((await api(`/${withoutRevenue}/tax_rates.json`)).body.length).toBeGreaterThan(0);
    expect((await api(`/${withoutRevenue}/financial_accounts.json`)).body.length).toBeGreaterThan(0);
  });

  it('leaves the other administrations their active revenue accounts', async () => {
    for (const { id } of sim.administrations.filter((a) => a.id !== withoutRevenue)) {
      const { body } = await api(`/${id}/ledger_accounts.json`);
      expect(activeRevenue(body).map((l) => l.name)).toContain('Omzet');
    }
  });
});

/** Loads the consent page and submits it as a browser would. */
async function consent(redirectUri: string, decision: 'allow' | 'deny', administrationId: string) {
  const params = new URLSearchParams({
    client_id: app.clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'sales_invoices settings',
    state: 'st-1',
  });
  const page = await fetch(`${sim.url}/oauth/authorize?${params}`);
  const html = await page.text();
  expect(page.status, html).toBe(200);
  const form = new URLSearchParams(params);
  form.set('administration_id', administrationId);
  form.set('decision', decision);
  const answer = await fetch(`${sim.url}/oauth/authorize`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form,
    redirect: 'manual',
  });
  return { html, answer };
}

describe('an OAuth application with a loopback and the out-of-band redirect URI', () => {
  it('names the application and lists every administration on the consent page', async () => {
    const { html } = await consent(loopback, 'deny', sim.administrationId);
    expect(html).toContain('Toegang verlenen aan Winkelbrug');
    for (const { id, name } of sim.administrations)
      expect(html).toContain(`<option value="${id}">${name}</option>`);
  });

  it('Deny (Weigeren) redirects to the loopback URI with error=access_denied, the state and no code', async () => {
    const { html, answer } = await consent(loopback, 'deny', sim.administrationId);
    expect(html).toMatch(/<button id="deny"[^>]*>Weigeren<\/button>/);
    expect(answer.status).toBe(302);
    const location = new URL(answer.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(loopback);
    expect(Object.fromEntries(location.searchParams)).toEqual({ error: 'access_denied', state: 'st-1' });
  });

  it('accepts both registered redirect URIs and refuses any other', async () => {
    const allowed = await consent(loopback, 'allow', withoutRevenue);
    expect(new URL(allowed.answer.headers.get('location')!).searchParams.get('code')).toMatch(/^[0-9a-f]+$/);
    const oob = await consent(OOB_REDIRECT_URI, 'allow', sim.administrationId);
    expect(await oob.answer.text()).toMatch(/<code id="code">[0-9a-f]+<\/code>/);
    const other = await fetch(
      `${sim.url}/oauth/authorize?${new URLSearchParams({
        client_id: app.clientId,
        redirect_uri: 'http://127.0.0.1:48000/oauth/callback',
        response_type: 'code',
      })}`,
    );
    expect(other.status).toBe(400);
    expect(await other.text()).toContain('invalid_redirect_uri');
  });

  it('a login for the administration without revenue ledger reaches only that one', async () => {
    const { answer } = await consent(loopback, 'allow', withoutRevenue);
    const code = new URL(answer.headers.get('location')!).searchParams.get('code')!;
    const response = await fetch(`${sim.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: app.clientId,
        client_secret: app.clientSecret,
        code,
        redirect_uri: loopback,
      }),
    });
    expect(response.status).toBe(200);
    const { access_token: accessToken } = (await response.json()) as { access_token: string };
    const { body } = await api('/administrations.json', accessToken);
    expect(body.map((a: { id: string }) => a.id)).toEqual([withoutRevenue]);
    expect(activeRevenue((await api(`/${withoutRevenue}/ledger_accounts.json`, accessToken)).body)).toEqual(
      [],
    );
  });
});
