// What the wizard does when a connection is refused, in Chromium against the headless shell and the
// simulators: a wrong shop token, a shop whose plan has no API access, consent denied on
// Moneybird's page, a wrong personal token, and an administration without a usable revenue
// account. Each shows its message on screen, stores nothing, and the wizard stays where it is.
import { describe, expect, it } from 'vitest';
import type { RequestResult } from '../../src/shared/contract';
import { type FreshDemo, type FreshDemoOptions, startDemo } from '../sim/demo';
import { generateOrders } from '../sim/mijnwebwinkel/generator';
import type { MemorySecretStore } from '../support/memory-secrets';
import { freshDemoHarness } from './support/fresh-demo-harness';
import { recordScreen, screenshot } from './support/screens';
import {
  button,
  chooseAdministration,
  currentStep,
  DAY,
  isoDay,
  loginInBrowser,
  next,
  onStep,
  openFresh,
  pastePersonalToken,
  pasteShopToken,
  toMoneybirdStep,
} from './support/wizard';

const harness = freshDemoHarness();

async function freshDemo(simulators: FreshDemoOptions['simulators']): Promise<FreshDemo> {
  return harness.track(
    await startDemo({
      fresh: true,
      seed: 11,
      orderList: generateOrders({
        seed: 11,
        count: 10,
        from: isoDay(Date.now() - 20 * DAY),
        to: isoDay(Date.now() - DAY),
      }),
      rateWindowSeconds: 2,
      simulators,
      logger: { log: () => {} },
    }),
  );
}

/** What the core keeps in the (in-memory) secret store the demo gave it. */
const stored = (d: FreshDemo) => (d.secrets.store as MemorySecretStore).entries();

async function setupState(d: FreshDemo): Promise<RequestResult<'setup.state'>> {
  const reply = await d.service.dispatch('setup.state', {}, 'test');
  if (!reply.ok) throw new Error(reply.error.message.en);
  return reply.result;
}

/** The wizard is still on `step` and its Volgende cannot be pressed. */
async function expectStaysOn(page: import('playwright-core').Page, step: string): Promise<void> {
  expect(currentStep(page)).toBe(step);
  expect(await page.getByTestId('wizard-next').isDisabled()).toBe(true);
}

describe('refusals in the wizard', () => {
  it('refuses a wrong shop token and a shop without API access, and stores nothing', async () => {
    const d = await freshDemo({ mijnwebwinkel: { apiAccess: false } });
    const page = await harness.browser().newPage();
    await openFresh(page, d);
    await next(page);
    await onStep(page, 'shop');

    await pasteShopToken(page, 'dit-is-niet-het-token');
    const problem = page.getByTestId('shop-problem');
    await expect.poll(() => problem.textContent()).toContain('Mijnwebwinkel herkent dit token niet.');
    // Where to copy it from: the menu Mijnwebwinkel has now.
    expect(await problem.textContent()).toBe(
      'Mijnwebwinkel herkent dit token niet. Kopieer het opnieuw uit je Mijnwebwinkel-beheer (Instellingen → Add-ons & Modules → Integraties & koppelingen) en let erop dat je bij het token Winkelbrug als partner hebt gekozen.',
    );
    await recordScreen(page, 'refusal-shop-wrong-token');
    expect(stored(d)).toEqual({});
    await expectStaysOn(page, 'shop');

    // The shop's real token, but its plan has no API access.
    await pasteShopToken(page, d.shopToken);
    await expect
      .poll(() => problem.textContent())
      .toContain('Deze webwinkel heeft geen toegang tot de Mijnwebwinkel-API.');
    expect(await problem.textContent()).toContain('Premium');
    await recordScreen(page, 'refusal-shop-no-api-access');
    expect(stored(d)).toEqual({});
    await expectStaysOn(page, 'shop');
    expect(await page.getByTestId('shop-connected').count()).toBe(0);
    expect(await setupState(d)).toMatchObject({ next: 'shop', steps: { shop: { state: 'missing' } } });
    expect(harness.appErrors(d)).toEqual([]);
  }, 120_000);

  it('refuses denied consent, a wrong personal token and an administration without a revenue account, and stores nothing', async () => {
    const d = await freshDemo({
      moneybird: { extraAdministrations: [{ name: 'Lege Zaak', withoutRevenueLedger: true }] },
    });
    const page = await harness.browser().newPage();
    await openFresh(page, d);
    await toMoneybirdStep(page, d.shopToken, 30);
    const shopOnly = { 'mijnwebwinkel.token': d.shopToken };
    expect(stored(d)).toEqual(shopOnly);

    // Weigeren on Moneybird's consent page.
    const consent = await loginInBrowser(page, harness.browser().context, 'deny');
    // The page the login ends on says so, and where to go: back to Winkelbrug.
    expect(await consent.textContent('p[lang="nl"]')).toBe(
      'De koppeling met Moneybird is niet gemaakt: je gaf geen toestemming. Ga terug naar Winkelbrug om het opnieuw te proberen; je kunt dit tabblad sluiten.',
    );
    await screenshot(consent, 'refusal-moneybird-consent-denied-returned');
    await consent.close();
    const loginProblem = page.getByTestId('moneybird-login-problem');
    // What to do, in the words of the button right above it and of Moneybird's page.
    await expect
      .poll(() => loginProblem.textContent())
      .toBe(
        'Je hebt Winkelbrug in Moneybird geen toegang gegeven. Probeer het opnieuw en kies in Moneybird Toestaan.',
      );
    await recordScreen(page, 'refusal-moneybird-consent-denied');
    expect(stored(d)).toEqual(shopOnly);
    await expectStaysOn(page, 'moneybird');
    // The owner can start the login again.
    expect(await button(page, 'Opnieuw proberen').isEnabled()).toBe(true);

    // A personal token Moneybird does not accept.
    await pastePersonalToken(page, 'geen-geldig-moneybird-token');
    const tokenProblem = page.getByTestId('moneybird-personal-problem');
    await expect.poll(() => tokenProblem.textContent()).toContain('Moneybird accepteert dit token niet.');
    // The way's name is its heading; the field's label under it reads as plain text, not a second heading.
    const personal = page.getByTestId('moneybird-personal');
    const weight = (selector: string) =>
      personal.locator(selector).evaluate((element) => Number(getComputedStyle(element).fontWeight));
    expect(await weight('h4')).toBeGreaterThanOrEqual(600);
    expect(await weight('label')).toBe(400);
    // Only the newest problem shows: the denied login's message went when the token was tried.
    expect(await loginProblem.count()).toBe(0);
    await recordScreen(page, 'refusal-moneybird-wrong-token');
    expect(stored(d)).toEqual(shopOnly);
    await expectStaysOn(page, 'moneybird');
    expect(await page.getByTestId('administration-choice').count()).toBe(0);

    // The right token, then an administration without an active revenue account.
    await pastePersonalToken(page, d.moneybirdToken);
    await page.getByTestId('administration-choice').waitFor();
    const loggedIn = { ...shopOnly, 'moneybird.personal-token': d.moneybirdToken };
    expect(stored(d)).toEqual(loggedIn);
    // Several administrations and none chosen before: Volgende waits for the owner's pick.
    expect(await page.getByTestId('wizard-next').isDisabled()).toBe(true);
    await chooseAdministration(page, 'Lege Zaak');
    const adminProblem = page.getByTestId('administration-problem');
    await expect
      .poll(() => adminProblem.textContent())
      .toContain('In de administratie "Lege Zaak" staat geen actieve omzetrekening');
    // Moneybird's own menu: it calls ledger accounts "categorieën".
    expect(await adminProblem.textContent()).toContain(
      'Maak er een aan in Moneybird bij Instellingen → Categorieën (zo heten grootboekrekeningen in Moneybird), of kies een andere administratie.',
    );
    // The refusal is said under "Lege Zaak", and Volgende cannot store it.
    const legeZaak = page.getByTestId('administration').filter({ hasText: 'Lege Zaak' });
    expect(await legeZaak.getByTestId('administration-problem').count()).toBe(1);
    expect(await button(legeZaak, 'Opnieuw controleren').isEnabled()).toBe(true);
    await expect.poll(() => page.getByTestId('wizard-next').isDisabled()).toBe(true);
    await recordScreen(page, 'refusal-moneybird-no-revenue-account');
    expect(stored(d)).toEqual(loggedIn);
    expect(currentStep(page)).toBe('moneybird');
    // Another one picked: Volgende can store it; the refusal stays with "Lege Zaak".
    await page
      .getByTestId('administration-choice')
      .getByRole('radio', { name: 'Winkelbrug Demo B.V.' })
      .check();
    expect(await page.getByTestId('wizard-next').isEnabled()).toBe(true);
    expect(await legeZaak.getByTestId('administration-problem').count()).toBe(1);
    const state = await setupState(d);
    expect(state).toMatchObject({ next: 'administration', steps: { administration: { state: 'missing' } } });
    expect(state.administrationName).toBeNull();
    expect(harness.appErrors(d)).toEqual([]);
  }, 120_000);
});
