// Setting Winkelbrug up through the core's setup channels, as the wizard does, against both
// simulators: from an empty data folder to booked orders, each refusal with its message and
// nothing stored, the browser login through the simulator's consent page, and disconnecting.
import { afterEach, describe, expect, it } from 'vitest';
import type { AppService } from '../../../src/main/core/app-service';
import {
  bookkeepingMappingSetting,
  cancelledStatusesSetting,
} from '../../../src/main/core/sync/sync-settings';
import type { CoreEvent, LoginProgress } from '../../../src/shared/contract';
import { type FreshDemo, startDemo } from '../../sim/demo';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import { accepted, ask } from '../../support/setup-requests';

const DAY = 24 * 60 * 60 * 1000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

let demo: FreshDemo | undefined;
afterEach(async () => {
  demo?.moneybird.contract?.assertNone();
  await demo?.close();
  demo = undefined;
});

async function fresh(options: Parameters<typeof startDemo>[0] & object = {}): Promise<FreshDemo> {
  demo = await startDemo({
    ...options,
    fresh: true,
    orderList:
      options.orderList ??
      generateOrders({
        seed: 5,
        count: 24,
        from: isoDay(Date.now() - 40 * DAY),
        to: isoDay(Date.now() - DAY),
      }),
    rateWindowSeconds: 2,
    logger: { log: () => {} },
  });
  return demo;
}

function nextEvent<T>(service: AppService, test: (event: CoreEvent) => T | undefined): Promise<T> {
  return new Promise((resolve) => {
    const stop = service.subscribe((event) => {
      const found = test(event);
      if (found !== undefined) {
        stop();
        resolve(found);
      }
    });
  });
}

async function connectShopAndOrders(d: FreshDemo, sinceDaysAgo = 45) {
  const { service } = d;
  expect(await ask(service, 'setup.shop.connect', { token: d.shopToken })).toMatchObject({
    ok: true,
    shop: { name: expect.any(String) },
  });
  const options = await ask(service, 'setup.orders.options', {});
  if (!options.ok) throw new Error(options.problem.message.en);
  const since = isoDay(Date.now() - sinceDaysAgo * DAY);
  expect(await ask(service, 'setup.orders.save', { statuses: options.choice.selected, since })).toEqual({
    ok: true,
  });
  return options.choice;
}

async function chooseFirstAdministration(service: AppService) {
  const list = await ask(service, 'setup.moneybird.administrations', {});
  if (!list.ok) throw new Error(list.problem.message.en);
  const first = list.administrations[0]!;
  expect(await ask(service, 'setup.moneybird.chooseAdministration', { administrationId: first.id })).toEqual({
    ok: true,
  });
  return first;
}

describe('setting up through the setup channels', () => {
  it('goes from an empty data folder to booked orders with a personal token', async () => {
    const d = await fresh();
    const { service } = d;
    const start = await ask(service, 'setup.state', {});
    expect(start).toMatchObject({ complete: false, next: 'shop', browserLoginAvailable: true });
    expect(service.status().state).toBe('needs-setup');

    const choice = await connectShopAndOrders(d);
    // Before the first run any earlier day may be chosen: the first run asks by order date.
    expect(choice.earliest).toBeNull();
    // Connecting the shop gives it a reference prefix of its own ("Het Simulatiewinkeltje" and the
    // start of its store id), so a second shop booking into the same administration never collides.
    const prefix = (await ask(service, 'settings.get', {})).referencePrefix;
    expect(prefix).toMatch(/^MW[0-9A-F]{6}$/);
    // The simulated shop calls 2, 3, 6 "Verzonden", "Betaald", "Betaald & afgehaald"; 10 is its credit status.
    expect(choice.selected).toEqual([2, 3, 6, 10]);
    expect(choice.statuses.find((s) => s.id === 7)).toMatchObject({ kind: 'cancelled', suggested: false });
    const estimate = await ask(service, 'setup.orders.estimate', {
      statuses: choice.selected,
      since: choice.today,
    });
    expect(estimate).toMatchObject({ ok: true, estimate: { orders: 0, etaMs: 0 } });

    expect(await ask(service, 'setup.state', {})).toMatchObject({
      next: 'moneybird',
      shopName: expect.any(String),
    });
    const connected = await ask(service, 'setup.moneybird.personalToken', { token: d.moneybirdToken });
    expect(connected).toMatchObject({ ok: true, selected: null });
    const administration = await chooseFirstAdministration(service);
    expect(await ask(service, 'setup.state', {})).toMatchObject({
      next: 'mapping',
      administrationName: administration.name,
      moneybirdLogin: 'personal',
    });

    const proposal = await ask(service, 'setup.mapping.proposal', {});
    if (!proposal.ok) throw new Error(proposal.problem.message.en);
    expect(proposal.fields.find((f) => f.path === 'ledgerAccounts.revenue')).toMatchObject({
      required: true,
    });
    expect(await ask(service, 'setup.mapping.save', { choices: accepted(proposal.fields) })).toEqual({
      ok: true,
    });

    const before = d.moneybird.server.log.entries.length;
    const dryRun = await ask(service, 'setup.dryRun', {});
    if (!dryRun.ok) throw new Error(dryRun.problem.message.en);
    expect(dryRun.orders).toBeGreaterThan(0);
    // The dry run costs Moneybird nothing: the reference data read for the mapping is reused.
    expect(d.moneybird.server.log.entries.slice(before)).toEqual([]);
    expect(d.currentRuntime()).toBeNull();

    const finished = nextEvent(service, (e) => (e.channel === 'run.finished' ? e.payload : undefined));
    expect(await ask(service, 'setup.finish', {})).toEqual({ ok: true });
    expect(await ask(service, 'setup.state', {})).toMatchObject({ complete: true, next: null });
    const run = await finished;
    expect(run).toMatchObject({ outcome: 'completed', booked: dryRun.orders, parked: dryRun.parked.length });
    expect(d.secrets.store).toBeDefined();
    expect(await d.secrets.store.get('mijnwebwinkel.token')).toBe(d.shopToken);
    expect(await d.secrets.store.get('moneybird.personal-token')).toBe(d.moneybirdToken);

    // After the run, later runs ask only for orders whose status changed: a start date moved back
    // would book nothing of the days before, so Settings refuses it and names the way that does.
    const booksFrom = isoDay(Date.now() - 45 * DAY);
    const after = await ask(service, 'setup.orders.options', {});
    if (!after.ok) throw new Error(after.problem.message.en);
    expect(after.choice).toMatchObject({ startDate: booksFrom, earliest: booksFrom });
    const back = await ask(service, 'setup.orders.save', {
      statuses: after.choice.selected,
      since: isoDay(Date.now() - 60 * DAY),
    });
    expect(back).toMatchObject({ ok: false, field: 'since', problem: { code: 'invalid' } });
    if (!back.ok) expect(back.problem.message.nl).toContain('"Eerdere bestellingen boeken" op het Overzicht');
    const kept = await ask(service, 'setup.orders.options', {});
    expect(kept.ok && kept.choice.startDate).toBe(booksFrom);
    // Later is fine: from then on.
    const later = isoDay(Date.now() - 10 * DAY);
    expect(
      await ask(service, 'setup.orders.save', { statuses: after.choice.selected, since: later }),
    ).toEqual({
      ok: true,
    });
    const moved = await ask(service, 'setup.orders.options', {});
    expect(moved.ok && moved.choice.startDate).toBe(later);

    // Connecting again keeps the prefix the bookings are found by.
    await ask(service, 'setup.shop.connect', { token: d.shopToken });
    expect((await ask(service, 'settings.get', {})).referencePrefix).toBe(prefix);
    // An install that booked before prefixes were per shop (none stored: it booked as "MWW") keeps "MWW".
    const store = d.currentRuntime()!.store;
    // The statuses that mean "called off" were kept with the choice: the runs watch them without
    // asking the shop for its statuses again (sync/shop-cancellations.ts).
    expect(store.settings.get(cancelledStatusesSetting)).toEqual([{ id: 7, name: 'Geannuleerd' }]);
    const { referencePrefix: _old, ...legacy } = store.settings.get(bookkeepingMappingSetting);
    store.settings.set(bookkeepingMappingSetting, legacy);
    await ask(service, 'setup.shop.connect', { token: d.shopToken });
    expect((await ask(service, 'settings.get', {})).referencePrefix).toBe('MWW');
    expect(store.settings.get(bookkeepingMappingSetting).referencePrefix).toBe('MWW');
  });

  it('refuses a wrong shop token and a shop without API access, storing nothing', async () => {
    const d = await fresh({ simulators: { mijnwebwinkel: { apiAccess: false } } });
    const { service } = d;
    const wrong = await ask(service, 'setup.shop.connect', { token: 'not-the-token' });
    expect(wrong).toMatchObject({ ok: false, problem: { code: 'wrong-token' } });
    const noAccess = await ask(service, 'setup.shop.connect', { token: d.shopToken });
    expect(noAccess).toMatchObject({ ok: false, problem: { code: 'no-api-access' } });
    if (!noAccess.ok) expect(noAccess.problem.message.nl).toMatch(/Premium/);
    expect(await d.secrets.store.get('mijnwebwinkel.token')).toBeUndefined();
    expect(await ask(service, 'setup.state', {})).toMatchObject({
      next: 'shop',
      steps: { shop: { state: 'missing' } },
    });
  });

  it('refuses a wrong personal token and an administration without a revenue ledger, storing nothing', async () => {
    const d = await fresh({
      simulators: {
        moneybird: { extraAdministrations: [{ name: 'Lege Zaak', withoutRevenueLedger: true }] },
      },
    });
    const { service } = d;
    const wrong = await ask(service, 'setup.moneybird.personalToken', { token: 'wrong-token' });
    expect(wrong).toMatchObject({ ok: false, problem: { code: 'wrong-token' } });
    expect(await d.secrets.store.get('moneybird.personal-token')).toBeUndefined();

    const connected = await ask(service, 'setup.moneybird.personalToken', { token: d.moneybirdToken });
    if (!connected.ok) throw new Error(connected.problem.message.en);
    const empty = connected.administrations.find((a) => a.name === 'Lege Zaak')!;
    const refused = await ask(service, 'setup.moneybird.chooseAdministration', {
      administrationId: empty.id,
    });
    expect(refused).toMatchObject({ ok: false, problem: { code: 'no-revenue-ledger' } });
    if (!refused.ok) expect(refused.problem.message.nl).toContain('Lege Zaak');
    expect(await ask(service, 'setup.state', {})).toMatchObject({
      steps: { administration: { state: 'missing' } },
    });
  });

  it('logs in through the browser: consent given, consent denied, and cancelled', async () => {
    const d = await fresh();
    const { service } = d;
    const progress: LoginProgress[] = [];
    service.subscribe((e) => {
      if (e.channel === 'setup.login') progress.push(e.payload);
    });

    // Denied on the consent page: the loopback gets error=access_denied.
    const denied = await ask(service, 'setup.moneybird.browserLogin', {});
    if (!denied.ok) throw new Error(denied.problem.message.en);
    const deniedEnd = nextEvent(service, (e) =>
      e.channel === 'setup.login' && e.payload.loginId === denied.loginId && e.payload.phase === 'failed'
        ? e.payload
        : undefined,
    );
    await decide(denied.authorizeUrl, 'deny');
    expect(await deniedEnd).toMatchObject({ problem: { code: 'consent-denied' } });
    expect(await d.secrets.store.get('moneybird.oauth-tokens')).toBeUndefined();

    // Cancelled by the owner while the consent page is open.
    const cancelled = await ask(service, 'setup.moneybird.browserLogin', {});
    if (!cancelled.ok) throw new Error(cancelled.problem.message.en);
    const cancelledEnd = nextEvent(service, (e) =>
      e.channel === 'setup.login' &&
      e.payload.loginId === cancelled.loginId &&
      e.payload.phase === 'cancelled'
        ? e.payload
        : undefined,
    );
    expect(await ask(service, 'setup.moneybird.cancelLogin', { loginId: cancelled.loginId })).toEqual({
      cancelled: true,
    });
    await cancelledEnd;

    // Allowed: the tokens are stored and the administrations listed.
    const login = await ask(service, 'setup.moneybird.browserLogin', {});
    if (!login.ok) throw new Error(login.problem.message.en);
    const connected = nextEvent(service, (e) =>
      e.channel === 'setup.login' && e.payload.loginId === login.loginId && e.payload.phase === 'connected'
        ? e.payload
        : undefined,
    );
    await decide(login.authorizeUrl, 'allow');
    await connected;
    expect(JSON.parse((await d.secrets.store.get('moneybird.oauth-tokens'))!)).toMatchObject({
      accessToken: expect.any(String),
    });
    expect(await ask(service, 'setup.state', {})).toMatchObject({
      moneybirdLogin: 'oauth',
      steps: { moneybird: { state: 'done' } },
    });
    expect(progress.filter((p) => p.loginId === login.loginId).map((p) => p.phase)).toEqual([
      'waiting',
      'exchanging',
      'connected',
    ]);
  });

  it('disconnects Moneybird: its token leaves the store, the sync stops, the history stays', async () => {
    const d = await fresh();
    const { service } = d;
    await connectShopAndOrders(d);
    await ask(service, 'setup.moneybird.personalToken', { token: d.moneybirdToken });
    await chooseFirstAdministration(service);
    const proposal = await ask(service, 'setup.mapping.proposal', {});
    if (!proposal.ok) throw new Error(proposal.problem.message.en);
    await ask(service, 'setup.mapping.save', { choices: accepted(proposal.fields) });
    const finished = nextEvent(service, (e) => (e.channel === 'run.finished' ? e.payload : undefined));
    await ask(service, 'setup.finish', {});
    const run = await finished;
    expect(run.booked).toBeGreaterThan(0);

    const after = await ask(service, 'setup.disconnect', { service: 'moneybird' });
    expect(after).toMatchObject({ complete: false, next: 'moneybird', steps: { shop: { state: 'done' } } });
    expect(await d.secrets.store.get('moneybird.personal-token')).toBeUndefined();
    expect(d.currentRuntime()).toBeNull();
    expect(service.status().state).toBe('needs-setup');
    // The history stays in view while Moneybird is disconnected.
    expect(service.status()).toMatchObject({
      counts: { booked: run.booked },
      lastRun: { runId: run.runId, booked: run.booked },
    });
    const log = await ask(service, 'log.recent', { limit: 200 });
    expect(log.lines.filter((l) => l.orderNumber !== null).length).toBeGreaterThanOrEqual(run.booked);
    // The log keeps when booking stopped, and why: the newest line, for the owner and their accountant.
    expect(log.lines.at(-1)).toMatchObject({
      level: 'info',
      orderNumber: null,
      message: {
        nl: 'Koppeling met Moneybird verbroken (op jouw verzoek). Winkelbrug boekt niets tot je opnieuw koppelt; wat al geboekt is, blijft in Moneybird staan.',
        en: 'Disconnected from Moneybird (at your request). Winkelbrug books nothing until you connect again; what is booked already stays in Moneybird.',
      },
    });
    await ask(service, 'sync.pause', {});
    const notes = (await ask(service, 'log.recent', { limit: 200 })).lines.map((l) => l.seq);
    expect(new Set(notes).size).toBe(notes.length);
    await ask(service, 'sync.resume', {});

    // Reconnecting and finishing again starts the sync on the same history: nothing is booked twice.
    await ask(service, 'setup.moneybird.personalToken', { token: d.moneybirdToken });
    const again = nextEvent(service, (e) => (e.channel === 'run.finished' ? e.payload : undefined));
    expect(await ask(service, 'setup.finish', {})).toEqual({ ok: true });
    expect((await again).booked).toBe(0);
  });

  it('after both are disconnected, says both are; once the shop is back, that Moneybird still is not', async () => {
    const d = await fresh();
    const { service } = d;
    await connectShopAndOrders(d);
    await ask(service, 'setup.moneybird.personalToken', { token: d.moneybirdToken });
    await chooseFirstAdministration(service);
    const proposal = await ask(service, 'setup.mapping.proposal', {});
    if (!proposal.ok) throw new Error(proposal.problem.message.en);
    await ask(service, 'setup.mapping.save', { choices: accepted(proposal.fields) });
    const finished = nextEvent(service, (e) => (e.channel === 'run.finished' ? e.payload : undefined));
    await ask(service, 'setup.finish', {});
    expect((await finished).booked).toBeGreaterThan(0);

    // The shop first: the status names the shop alone, Moneybird is still there.
    await ask(service, 'setup.disconnect', { service: 'mijnwebwinkel' });
    expect(service.status().reason).toEqual({
      nl: 'Winkelbrug is niet meer gekoppeld met je webwinkel en boekt niets tot je die opnieuw koppelt. Wat het al boekte, blijft in Moneybird staan.',
      en: 'Winkelbrug is no longer connected to your web shop and books nothing until you connect it again. What it booked stays in Moneybird.',
    });

    // Paused while the shop is away: the note is stored, so the disconnect after it gets a number of
    // its own (a note numbered apart from the store was hidden by the next stored line).
    await ask(service, 'sync.pause', {});

    // Then Moneybird: both are named, in the status and in each of the two steps.
    const both = {
      nl: 'Winkelbrug is niet meer gekoppeld met je webwinkel en met Moneybird, en boekt niets tot je ze allebei opnieuw koppelt. Wat het al boekte, blijft in Moneybird staan.',
      en: 'Winkelbrug is no longer connected to your web shop or to Moneybird, and books nothing until you connect both again. What it booked stays in Moneybird.',
    };
    const after = await ask(service, 'setup.disconnect', { service: 'moneybird' });
    expect(after).toMatchObject({
      syncedBefore: true,
      next: 'shop',
      steps: { shop: { state: 'missing', reason: both }, moneybird: { state: 'missing', reason: both } },
    });
    expect(service.status()).toMatchObject({ state: 'paused' });
    // Each disconnect and note is in the log, in the order they were made, each line numbered once.
    await ask(service, 'sync.resume', {});
    expect(service.status()).toMatchObject({ state: 'needs-setup', reason: both });
    const lines = (await ask(service, 'log.recent', { limit: 200 })).lines;
    expect(new Set(lines.map((l) => l.seq)).size).toBe(lines.length);
    const last = lines.slice(-4);
    expect(last.map((l) => l.seq)).toEqual([...last.map((l) => l.seq)].sort((a, b) => a - b));
    expect(last[0]!.message.nl).toMatch(/^Koppeling met Mijnwebwinkel verbroken/);
    expect(last[1]!.message.nl).not.toContain('verbroken');
    expect(last[2]!.message.nl).toMatch(/^Koppeling met Moneybird verbroken/);
    expect(last[3]!.message.nl).not.toContain('verbroken');
    expect(last[3]!.message.nl).not.toBe(last[1]!.message.nl);

    // The shop connected again: what is left is Moneybird, and the status says that, not "done".
    await ask(service, 'setup.shop.connect', { token: d.shopToken });
    expect(await ask(service, 'setup.state', {})).toMatchObject({
      next: 'moneybird',
      steps: { shop: { state: 'done' }, moneybird: { state: 'missing' } },
    });
    await expect
      .poll(() => service.status().reason?.nl)
      .toBe(
        'Winkelbrug is niet meer gekoppeld met Moneybird en boekt niets tot je Moneybird opnieuw koppelt. Wat het al boekte, blijft in Moneybird staan.',
      );
  });

  it('keeps a changed interval and applies it to the running sync', async () => {
    const d = await fresh();
    const { service } = d;
    expect(await ask(service, 'settings.get', {})).toMatchObject({
      intervalMinutes: 15,
      bookingStyle: 'sales',
    });
    const updated = await ask(service, 'settings.update', { intervalMinutes: 60, referencePrefix: 'WB1' });
    expect(updated).toMatchObject({
      intervalMinutes: 60,
      referencePrefix: 'WB1',
      // Nothing is booked yet: the prefix may still change.
      referencePrefixFixed: false,
      partnerTokenOverridden: false,
    });
    expect(await ask(service, 'settings.get', {})).toMatchObject({
      intervalMinutes: 60,
      referencePrefix: 'WB1',
    });
  });
});

/** What the owner does on the simulator's consent page, done with plain HTTP as a browser would. */
async function decide(authorizeUrl: string, decision: 'allow' | 'deny'): Promise<void> {
  const page = await (await fetch(authorizeUrl)).text();
  const form = new URLSearchParams();
  for (const [, name, value] of page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    form.set(name!, value!.replaceAll('&amp;', '&').replaceAll('&quot;', '"'));
  }
  form.set('administration_id', /<option value="(\d+)"/.exec(page)![1]!);
  form.set('decision', decision);
  const answer = await fetch(new URL('/oauth/authorize', authorizeUrl), {
    method: 'POST',
    body: form,
    redirect: 'manual',
  });
  const location = answer.headers.get('location');
  if (!location) throw new Error(`the consent page did not redirect (${answer.status})`);
  await fetch(location);
}
