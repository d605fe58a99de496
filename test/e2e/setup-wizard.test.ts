// The first-run wizard in Chromium against the headless shell on the real core and both
// simulators, from an empty data folder to booked orders: once logging in to Moneybird on the
// simulator's consent page, once with a personal API token. What the dry run shows is checked
// against what the Moneybird simulator then holds (its own arithmetic, not the product's), and a
// parked order is fixed through its link to Settings and retried. Every step is saved as a
// picture and checked with axe-core; `npm run screenshots` refreshes the README's from here.
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/renderer/i18n/text';
import { app } from '../../src/shared/i18n/messages/app';
import { type FreshDemo, startDemo } from '../sim/demo';
import { generateOrders } from '../sim/mijnwebwinkel/generator';
import { freshDemoHarness } from './support/fresh-demo-harness';
import { recordScreen, screenshot } from './support/screens';
import {
  appState,
  bookedInActivity,
  button,
  chooseAdministration,
  chooseInField,
  chooseMapping,
  chooseOrdersSince,
  connectShop,
  DAY,
  decimalCents,
  dutchDay,
  isoDay,
  loginInBrowser,
  next,
  onStep,
  openFresh,
  pastePersonalToken,
  readDryRun,
  type ShownDryRun,
  shownCents,
  toMoneybirdStep,
  waitForFinishedRun,
} from './support/wizard';

const harness = freshDemoHarness();

/** A fresh install over `count` generated orders of the last 40 days (from seed `seed`). */
async function freshDemo(seed: number, count = 16): Promise<FreshDemo> {
  return harness.track(
    await startDemo({
      fresh: true,
      seed,
      orderList: generateOrders({
        seed,
        count,
        from: isoDay(Date.now() - 40 * DAY),
        to: isoDay(Date.now() - DAY),
      }),
      rateWindowSeconds: 2,
      logger: { log: () => {} },
    }),
  );
}

/** A fresh install's wizard at the mapping step: the shop connected, Moneybird by personal token, its demo administration chosen. */
async function atMappingStep(seed: number) {
  const d = await freshDemo(seed);
  const page = await harness.browser().newPage();
  await openFresh(page, d);
  await toMoneybirdStep(page, d.shopToken, 45);
  await pastePersonalToken(page, d.moneybirdToken);
  await chooseAdministration(page, 'Winkelbrug Demo B.V.');
  return { d, page };
}

/** Moneybird's own figures (the simulator's state), grouped the way the dry run shows VAT: per country and rate. */
async function moneybirdFigures(d: FreshDemo) {
  const response = await fetch(`${d.moneybird.apiBaseUrl}/${d.moneybird.administrationId}/tax_rates.json`, {
    headers: { authorization: `Bearer ${d.moneybird.token}` },
  });
  const rates = (await response.json()) as Array<{ id: string; percentage: string; country: string | null }>;
  const rateOf = new Map(rates.map((rate) => [rate.id, rate]));
  const invoices = d.moneybird.books.salesInvoices();
  const perRate = new Map<string, { base: bigint; vat: bigint }>();
  /** "rate|box" for every line: where Moneybird put it in the VAT return. */
  const boxes = new Set<string>();
  for (const invoice of invoices)
    for (const line of invoice.details as Array<{ tax_rate_id: string; tax_report_reference?: string[] }>) {
      const rate = rateOf.get(line.tax_rate_id);
      const refs = line.tax_report_reference ?? [];
      const box = refs.find((r) => r.startsWith('NL/')) ?? refs.find((r) => r.startsWith('OSS/')) ?? 'none';
      if (rate) boxes.add(`${rateKey(rate.country, rate.percentage)}|${box}`);
    }
  let total = 0n;
  let vat = 0n;
  for (const invoice of invoices) {
    total += decimalCents(invoice.total_price_incl_tax);
    for (const line of invoice.tax_totals as Array<{
      tax_rate_id: string;
      taxable_amount: string;
      tax_amount: string;
    }>) {
      const rate = rateOf.get(line.tax_rate_id);
      if (!rate) throw new Error(`invoice ${invoice.id} uses an unknown tax rate ${line.tax_rate_id}`);
      const key = rateKey(rate.country, rate.percentage);
      const sum = perRate.get(key) ?? { base: 0n, vat: 0n };
      sum.base += decimalCents(line.taxable_amount);
      sum.vat += decimalCents(line.tax_amount);
      perRate.set(key, sum);
      vat += decimalCents(line.tax_amount);
    }
    // Moneybird leaves rates that show no tax ("Geen btw") out of tax_totals: their lines count as such.
    const totalled = new Set(
      (invoice.tax_totals as Array<{ tax_rate_id: string }>).map((t) => t.tax_rate_id),
    );
    for (const line of invoice.details as Array<{
      tax_rate_id: string;
      total_price_excl_tax_with_discount: string;
    }>) {
      const rate = rateOf.get(line.tax_rate_id);
      if (!rate || totalled.has(line.tax_rate_id)) continue;
      const key = rateKey(rate.country, rate.percentage);
      const sum = perRate.get(key) ?? { base: 0n, vat: 0n };
      sum.base += decimalCents(line.total_price_excl_tax_with_discount);
      perRate.set(key, sum);
    }
  }
  return { invoices, total, vat, perRate, boxes };
}

/** "21.0" and "21" are one rate; an OSS rate carries its country. */
const rateKey = (country: string | null, percentage: string) => `${country ?? '--'} ${Number(percentage)}`;

function shownPerRate(shown: ShownDryRun) {
  const perRate = new Map<string, { base: bigint; vat: bigint }>();
  for (const row of shown.perRate) {
    const key = rateKey(row.country, row.rate);
    const sum = perRate.get(key) ?? { base: 0n, vat: 0n };
    sum.base += row.base;
    sum.vat += row.vat;
    perRate.set(key, sum);
  }
  return perRate;
}

/** The order number in a Moneybird reference such as "MWW-1042". */
const orderOf = (reference: unknown) => /(\d+)$/.exec(String(reference))?.[1] ?? String(reference);

const vatOnly = (perRate: Map<string, { base: bigint; vat: bigint }>) =>
  Object.fromEntries([...perRate].filter(([, sum]) => sum.vat !== 0n).map(([key, sum]) => [key, sum.vat]));

describe('the first-run wizard in Chromium', () => {
  it('goes from an empty data folder to booked orders with the browser login, and books what the dry run showed', async () => {
    const d = await freshDemo(23);
    const page = await harness.browser().newPage();

    await openFresh(page, d);
    await recordScreen(page, 'wizard-1-welcome', 'welcome');
    await next(page);

    await onStep(page, 'shop');
    // Where the token is made, in the menu and button names Mijnwebwinkel's admin has now; the field
    // is described by it.
    const tokenHint =
      'In je Mijnwebwinkel-beheer: Instellingen → Add-ons & Modules → Integraties & koppelingen. Klik op Token toevoegen, kies Winkelbrug als partner en klik op Opslaan. Mijnwebwinkel maakt dan het token: kopieer het en plak het hier.';
    const described = await page.getByLabel('API-token van je winkel').getAttribute('aria-describedby');
    expect(await page.locator(`[id="${described}"]`).textContent()).toBe(tokenHint);
    await recordScreen(page, 'wizard-2-shop');
    const shopName = await connectShop(page, d.shopToken);
    expect(shopName.length).toBeGreaterThan(0);
    await recordScreen(page, 'wizard-2-shop-connected', 'shop-connected');
    await next(page);

    await onStep(page, 'orders');
    const since = isoDay(Date.now() - 45 * DAY);
    await chooseOrdersSince(page, since);
    // The day shows the Dutch way, as typed; the field's value is no browser's own date format.
    expect(await page.getByLabel('Vanaf datum').inputValue()).toBe(dutchDay(since));
    // Orders booked by hand already: the same advice as the dashboard's "Eerdere bestellingen boeken",
    // without an example reference, since the setup may still change the prefix.
    expect(await page.getByTestId('hand-booked-advice').textContent()).toBe(
      app.nl['handBooked.advice.noExample'],
    );
    // The count takes in every order in these statuses, paid or not: it promises no bookings, and
    // says the booking time as the dry run does.
    const estimateText = (await page.getByTestId('order-estimate').textContent()) ?? '';
    const estimate = new RegExp(
      `^(\\d+) bestellingen met deze statussen vanaf ${formatDate(since, 'nl')}; alleen de betaalde worden geboekt\\. Hoeveel dat er zijn, zie je in de proefberekening\\. Tijd om te boeken als ze allemaal betaald zijn: (minder dan een minuut|ongeveer .+)\\.$`,
    ).exec(estimateText);
    expect(estimate, estimateText).not.toBeNull();
    const estimated = Number(estimate![1]);
    await recordScreen(page, 'wizard-3-orders');
    await next(page);

    await onStep(page, 'moneybird');
    await recordScreen(page, 'wizard-4-moneybird');
    const consent = await loginInBrowser(page, harness.browser().context, 'allow');
    // The tab the login ends in is Winkelbrug's own page on the loopback address: calm, in the app's
    // look, Dutch first and English below it, smaller.
    expect(await consent.textContent('p[lang="nl"]')).toBe(
      'Gelukt: Winkelbrug is gekoppeld met Moneybird. Ga terug naar Winkelbrug; je kunt dit tabblad sluiten.',
    );
    const look = await consent.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        font: style('body').fontFamily,
        nl: Number.parseFloat(style('p[lang="nl"]').fontSize),
        en: Number.parseFloat(style('p[lang="en"]').fontSize),
        card: style('main').backgroundColor,
        page: style('body').backgroundColor,
      };
    });
    expect(look.font).toContain('system-ui');
    expect(look.en).toBeLessThan(look.nl);
    expect(look.card).not.toBe(look.page);
    await screenshot(consent, 'wizard-4-moneybird-login-returned');
    await consent.close();
    // The only administration there is is selected already: Volgende stores it, no other button first.
    const choice = page.getByTestId('administration-choice');
    await choice.waitFor();
    expect(await choice.getByRole('radio', { name: 'Winkelbrug Demo B.V.' }).isChecked()).toBe(true);
    expect(await page.getByTestId('wizard-next').isEnabled()).toBe(true);
    expect(await choice.getByRole('button').count()).toBe(0);
    expect(await choice.textContent()).not.toMatch(/\bNL\b|\bEUR\b/);
    await recordScreen(page, 'wizard-4-moneybird-administration');
    await next(page);

    await onStep(page, 'mapping');
    await page.getByTestId('mapping-field').first().waitFor();
    // Open are only the choices that need the owner (each marked with what to check); the rest of
    // each part is folded away, filled in or fine empty.
    const shownFields = page.locator('[data-testid="mapping-field"]:visible');
    const needingOwner = await shownFields.count();
    expect(needingOwner).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="mapping-field"]').count()).toBeGreaterThan(2 * needingOwner);
    expect(await page.locator('[data-testid="mapping-field"]:visible.has-warning').count()).toBe(
      needingOwner,
    );
    // Belgium's 0 % is marked too, but it is no choice: the simulator's Moneybird has no such rate.
    // The header counts the others and names it apart, so the two add up to the fields marked; the
    // owner can go on without it.
    const choices = needingOwner - 1;
    expect(await page.getByTestId('mapping-attention').textContent()).toMatch(
      new RegExp(
        `^Kijk ${choices} punten na, en 1 btw-tarief moet je eerst in Moneybird toevoegen; ze zijn hieronder gemarkeerd\\.`,
      ),
    );
    // The rounding line's rate is proposed, outside the VAT return, so it is not among them.
    const roundingRate = page.locator('[data-testid="mapping-field"][data-path="rounding.taxRateId"]');
    expect(await roundingRate.isVisible()).toBe(false);
    expect(await roundingRate.textContent()).toContain(
      'Voorstel: "Geen btw", het 0%-tarief buiten de btw-aangifte. Zo komen afrondingscenten niet in rubriek 1e.',
    );
    const unavailable = page.getByTestId('mapping-unavailable');
    expect(await unavailable.locator('p').first().textContent()).toBe(
      '1 btw-tarief ontbreekt nog in Moneybird: België 0% (OSS). Je kunt verder; bestellingen die het nodig hebben wachten tot je het toevoegt.',
    );
    for (const folded of await page.getByTestId('mapping-folded').all())
      expect(await folded.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    await recordScreen(page, 'wizard-5-mapping');

    // Once the owner has chosen, a field's warning gives way to that choice and the header counts
    // what is left. Winkelbrug filled in "Omzet" with a note to check it: the owner keeps it.
    const attention = page.getByTestId('mapping-attention');
    const fieldAt = (path: string) => page.locator(`[data-testid="mapping-field"][data-path="${path}"]`);
    const revenue = fieldAt('ledgerAccounts.revenue');
    await button(revenue, 'Klopt, deze houden').click();
    await expect.poll(() => revenue.getAttribute('data-state')).toBe('chosen');
    expect(await revenue.getByTestId('mapping-chosen').textContent()).toBe('Jouw keuze: Omzet — 8000');
    expect(await revenue.locator('.warning-text').count()).toBe(0);
    expect(await attention.textContent()).toBe(
      `Nog ${choices - 1} punten om na te kijken, en 1 btw-tarief moet je eerst in Moneybird toevoegen; ze zijn hieronder gemarkeerd.`,
    );
    // A 0 % rate chosen and then set back to nothing asks again.
    const zero = fieldAt('taxRates.domestic.0');
    await chooseInField(page, '0% btw', '0% btw');
    await expect.poll(() => zero.getAttribute('data-state')).toBe('chosen');
    await chooseInField(page, '0% btw', null);
    await expect.poll(() => zero.getAttribute('data-state')).toBe('warning');
    // It says what waits for the choice and names the rates for other sales as not to take; where
    // each ordinary 0 % rate lands in the VAT return the help says, and each option beside its name.
    // The help leaves the doubt to the accountant.
    expect(await zero.locator('.warning-text').textContent()).toBe(
      'Nog niet gekozen: bestellingen met 0% btw wachten tot je hier een tarief kiest. Niet "Btw verlegd", "Intracommunautaire levering" of "Export buiten de EU": die zijn voor andere verkopen.',
    );
    const zeroOptions = await zero.locator('option').allTextContents();
    expect(zeroOptions).toContain('0% btw — 0% · rubriek 1e');
    expect(zeroOptions).toContain('Geen btw — 0% · buiten de aangifte');
    expect(zeroOptions).toContain('Intracommunautaire levering — 0% · rubriek 3b');
    expect(await zero.locator('.field-hint').first().textContent()).toContain(
      'met een tarief als "0% btw" in rubriek 1e (belast met 0%), met een tarief als "Geen btw" buiten de aangifte',
    );
    expect(await zero.locator('.field-hint').first().textContent()).toMatch(
      /Twijfel je, vraag het je boekhouder\.$/,
    );

    // A rate chosen for sales that belong in another box of the VAT return says so while it is
    // chosen: Moneybird puts an ordinary "0% btw" in 1e, and intra-community supplies belong in 3b.
    // Set back to the proposal, the caution is gone.
    const icp = fieldAt('taxRates.reverseCharge');
    const proposedIcp = await icp.locator('select').inputValue();
    await chooseInField(page, 'Verkoop aan een bedrijf in de EU (ICP)', '0% btw');
    expect(await icp.getByTestId('mapping-caution').textContent()).toBe(
      'Aan dit tarief is niet te zien dat het voor verkopen aan bedrijven in de EU is, en een gewoon 0%-tarief zet Moneybird in rubriek 1e, niet in rubriek 3b. Winkelbrug ziet dat bij het boeken: zulke bestellingen wachten dan op je, met de factuur als concept in Moneybird. Kies "Intracommunautaire levering".',
    );
    expect(await icp.getAttribute('data-state')).toBe('warning');
    // The header counts it with the other choices it marks.
    expect(await attention.textContent()).toBe(
      `Nog ${choices} punten om na te kijken, en 1 btw-tarief moet je eerst in Moneybird toevoegen; ze zijn hieronder gemarkeerd.`,
    );
    await icp.scrollIntoViewIfNeeded();
    await recordScreen(page, 'wizard-5-mapping-rate-caution');
    await icp.locator('select').selectOption(proposedIcp);
    await expect.poll(() => icp.getByTestId('mapping-caution').count()).toBe(0);
    expect(await attention.textContent()).toBe(
      `Nog ${choices - 1} punten om na te kijken, en 1 btw-tarief moet je eerst in Moneybird toevoegen; ze zijn hieronder gemarkeerd.`,
    );
    // Back to the top, where the owner reads the step's heading (and the README's picture starts).
    await page.evaluate(() => window.scrollTo(0, 0));

    await chooseMapping(page, { zeroRate: true });
    // Every choice made shows as the owner's; only Belgium's 0 % keeps its warning: there is
    // nothing to choose. The header says all is chosen, and still names the missing rate.
    const chosen = page.locator('[data-testid="mapping-field"][data-state="chosen"]');
    expect(await chosen.count()).toBe(choices);
    expect(await chosen.filter({ hasText: 'Jouw keuze: Geen btw — 0% · buiten de aangifte' }).count()).toBe(
      1,
    );
    expect(await chosen.locator('.warning-text').count()).toBe(0);
    const warned = () =>
      page
        .locator('[data-testid="mapping-field"]:visible.has-warning')
        .evaluateAll((fields) => fields.map((field) => field.getAttribute('data-path')));
    expect(await warned()).toEqual(['taxRates.oss.BE.0']);
    // All that can be chosen now: the rate Moneybird lacks is added there later.
    expect(await attention.textContent()).toBe(
      'Alles gekozen wat nu kan; kies Volgende. Het tarief dat nog ontbreekt, voeg je later in Moneybird toe.',
    );
    expect(await unavailable.isVisible()).toBe(true);
    // Fetching Moneybird's records again (the rate is still not there) keeps every pick.
    const requestsBefore = d.moneybird.server.log.entries.length;
    await button(unavailable, 'Opnieuw ophalen uit Moneybird').click();
    await expect
      .poll(() =>
        d.moneybird.server.log.entries.slice(requestsBefore).some((e) => e.path.includes('/tax_rates')),
      )
      .toBe(true);
    await button(unavailable, 'Opnieuw ophalen uit Moneybird').waitFor();
    expect(await chosen.count()).toBe(choices);
    expect(await warned()).toEqual(['taxRates.oss.BE.0']);
    // All that can be chosen now: the rate Moneybird lacks is added there later.
    expect(await attention.textContent()).toBe(
      'Alles gekozen wat nu kan; kies Volgende. Het tarief dat nog ontbreekt, voeg je later in Moneybird toe.',
    );
    await recordScreen(page, 'wizard-5-mapping-chosen', 'mapping');
    await next(page);

    await onStep(page, 'dry-run');
    const shown = await readDryRun(page);
    await recordScreen(page, 'wizard-6-dry-run', 'dry-run');
    expect(shown.orders).toBeGreaterThan(0);
    // The orders step counted every order in the chosen statuses, paid or not: the dry run accounts
    // for each of them, booked, waiting for the owner, not paid yet or a test order.
    expect(shown.unpaid).toBeGreaterThan(0);
    expect(estimated).toBe(shown.orders + shown.parked.length + shown.unpaid + shown.testOrders);
    // Each VAT row names its part of the VAT return, as the month page does.
    const rowOf = (vatBox: string) => shown.perRate.find((row) => row.vatBox === vatBox);
    expect(rowOf('NL/1a')?.label).toBe('21% 1a · hoog tarief');
    expect(rowOf('NL/1b')?.label).toBe('9% 1b · laag tarief');
    // Outside the return is said in the same small letters as the boxes beside it.
    expect(rowOf('none')?.label).toBe('0% buiten de aangifte');
    // Each invoice line says how many and the price of one, named as on the order's page, so a
    // line of six reads as six, not as one dear item; the amount is what they come to.
    const planned = page.getByTestId('planned-order');
    expect(await planned.first().locator('thead th').allTextContents()).toEqual([
      'Omschrijving',
      'Aantal',
      'Prijs per stuk incl. btw',
      'Bedrag incl. btw',
    ]);
    // How each line is booked, under its description, as on the order's page.
    const booking = planned.first().getByTestId('planned-booking').first();
    expect(await booking.locator('span').allTextContents()).toEqual([
      expect.stringMatching(/^Btw-tarief: .+/),
      expect.stringMatching(/^Grootboekrekening: .+/),
    ]);
    const plannedLines = await planned.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => {
        const cell = (id: string) => row.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
        return {
          quantity: cell('planned-quantity'),
          price: cell('planned-price'),
          amount: cell('planned-amount'),
        };
      }),
    );
    expect(plannedLines.length).toBeGreaterThan(0);
    for (const line of plannedLines)
      expect(BigInt(line.quantity) * shownCents(line.price), JSON.stringify(line)).toBe(
        shownCents(line.amount),
      );
    expect(plannedLines.some((line) => Number(line.quantity) > 1)).toBe(true);
    // The Belgian order waits for a rate Moneybird lacks. Whatever the step tells the owner to
    // choose is a button it has: "Opnieuw berekenen", not the order page's "Opnieuw proberen".
    expect(shown.parked.length).toBeGreaterThan(0);
    const dryRunText = (await page.getByTestId('step-dry-run').textContent()) ?? '';
    const told = [...dryRunText.matchAll(/kies (?:daarna |dan )?(?:hier |hieronder )?"([^"]+)"/gi)].map(
      (match) => match[1]!,
    );
    expect(told).toContain('Opnieuw berekenen');
    for (const name of told) expect(await button(page, name).count(), name).toBe(1);
    expect(dryRunText).not.toContain('Opnieuw proberen');
    // Nothing was written to Moneybird by the dry run.
    expect(d.moneybird.books.salesInvoices()).toEqual([]);
    expect(d.moneybird.books.contacts()).toEqual([]);
    await next(page);

    await onStep(page, 'start');
    await expect.poll(() => page.getByTestId('start-summary').textContent()).toContain(shopName);
    // The first run as the dry run worked it out: what it books, and how many will wait for the owner.
    const waitsForOwner =
      shown.parked.length === 1 ? '1 wacht op jou' : `${shown.parked.length} wachten op jou`;
    expect(await page.getByTestId('start-first-run').textContent()).toBe(
      `${shown.orders === 1 ? '1 bestelling' : `${shown.orders} bestellingen`} boeken, ${waitsForOwner}`,
    );
    await recordScreen(page, 'wizard-7-start');
    await button(page, 'Start met boeken').click();

    await page.waitForURL(/#\/$/);
    const run = await waitForFinishedRun(page);
    await recordScreen(page, 'dashboard-after-first-run', 'dashboard');

    // The dashboard shows what the first run booked and parked: what the dry run said. (The
    // simulator's Moneybird has no 0 % rate for Belgium, so a Belgian order with a 0 % line waits.)
    expect(run).toEqual({ booked: shown.orders, parked: shown.parked.length });
    expect(await page.getByTestId('count-booked').textContent()).toBe(String(shown.orders));
    expect(await page.getByTestId('count-parked').textContent()).toBe(String(shown.parked.length));
    expect(await page.getByTestId('connection-moneybird').getAttribute('data-state')).toBe('connected');

    // Moneybird holds exactly those invoices: one per order the activity list names, no other.
    const mb = await moneybirdFigures(d);
    const references = mb.invoices.map((invoice) => orderOf(invoice.reference));
    expect(new Set(references).size).toBe(references.length);
    expect([...references].sort()).toEqual([...(await bookedInActivity(page))].sort());
    expect(d.moneybird.books.externalSalesInvoices()).toEqual([]);

    // The dry run's figures are what was booked: count, total, VAT, VAT per rate (and the base).
    expect(mb.invoices.length).toBe(shown.orders);
    expect(mb.total).toBe(shown.total);
    expect(mb.vat).toBe(shown.vat);
    expect(vatOnly(shownPerRate(shown))).toEqual(vatOnly(mb.perRate));
    expect(Object.fromEntries(shownPerRate(shown))).toEqual(Object.fromEntries(mb.perRate));
    // And each row's part of the VAT return is where Moneybird put its lines.
    expect(new Set(shown.perRate.map((row) => `${rateKey(row.country, row.rate)}|${row.vatBox}`))).toEqual(
      mb.boxes,
    );

    // The login is kept (in the store the demo gives the core), with the shop's token.
    expect(await d.secrets.store.get('mijnwebwinkel.token')).toBe(d.shopToken);
    expect(JSON.parse((await d.secrets.store.get('moneybird.oauth-tokens')) ?? '{}')).toMatchObject({
      accessToken: expect.any(String),
    });
    expect(harness.appErrors(d)).toEqual([]);
  }, 180_000);

  it('goes from an empty data folder to booked orders with a personal token, and books a parked order once its setting is fixed', async () => {
    const d = await freshDemo(7);
    const page = await harness.browser().newPage();

    await openFresh(page, d);
    await toMoneybirdStep(page, d.shopToken, 45);

    await pastePersonalToken(page, d.moneybirdToken);
    await page.getByTestId('administration-choice').waitFor();
    await chooseAdministration(page, 'Winkelbrug Demo B.V.');

    // The domestic 0 % rate is left open: the orders with a 0 % line will wait for it.
    await onStep(page, 'mapping');
    await chooseMapping(page, { zeroRate: false });
    await next(page);

    await onStep(page, 'dry-run');
    const shown = await readDryRun(page);
    expect(shown.parked.length).toBeGreaterThan(0);
    await recordScreen(page, 'wizard-6-dry-run-with-parked');
    // Each reason says what the orders hold in plain words, and where to choose the rate by a name
    // this wizard shows too: its part "Btw-tarieven", not a Settings menu it does not have.
    const dryRunText = (await page.getByTestId('step-dry-run').textContent()) ?? '';
    expect(dryRunText).not.toContain('Instellingen');
    expect(dryRunText).not.toContain('regels tegen');
    expect(dryRunText).toContain(
      `${shown.parked.length > 1 ? 'Bijvoorbeeld: ' : ''}Bestelling ${shown.parked[0]} bevat producten of kosten met 0% btw (binnenland), maar daarvoor is nog geen btw-tarief van Moneybird gekozen. Kies bij de stap Boekingen onder Btw-tarieven welk Moneybird-tarief hiervoor geldt.`,
    );
    // Orders parked for one cause show as one group, as on the dashboard: the reason once, the orders
    // by number and date, one way to the setting.
    const causes = page.getByTestId('dry-run-parked').locator(':scope > ul > li');
    const groups = page.getByTestId('dry-run-parked-group');
    if (shown.parked.length > 1) {
      expect(await groups.count()).toBe(1);
      expect(await causes.count()).toBe(1);
      expect(dryRunText.match(/bevat producten of kosten met 0% btw \(binnenland\)/g)).toHaveLength(1);
      expect(await groups.locator('.group-orders').textContent()).toMatch(
        new RegExp(
          `^Het gaat om: ${shown.parked.map((order) => `${order} \\(\\d+ \\w+ \\d{4}\\)`).join(', ')}$`,
        ),
      );
    }
    const dryRunFixes = page.getByTestId('dry-run-fix');
    expect(await dryRunFixes.count()).toBe(await causes.count());
    // "Instelling aanpassen" leads back to the part that holds the setting, unfolded.
    await dryRunFixes.first().click();
    await onStep(page, 'mapping');
    expect(page.url()).toMatch(/section=taxRates/);
    await page.getByTestId('mapping-taxRates').getByText('Btw-tarieven', { exact: true }).waitFor();
    const taxRatesFolded = page.getByTestId('mapping-taxRates').getByTestId('mapping-folded');
    await expect.poll(() => taxRatesFolded.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(
      await page
        .getByTestId('mapping-revenue')
        .getByTestId('mapping-folded')
        .evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(false);
    await next(page);
    await onStep(page, 'dry-run');
    await page.getByTestId('dry-run-report').waitFor();
    await next(page);

    await onStep(page, 'start');
    await button(page, 'Start met boeken').click();
    await page.waitForURL(/#\/$/);
    const run = await waitForFinishedRun(page);
    expect(run).toEqual({ booked: shown.orders, parked: shown.parked.length });
    expect(d.moneybird.books.salesInvoices()).toHaveLength(shown.orders);

    // The parked orders are the ones the dry run named, each with a way to the setting.
    const parked = page.getByTestId('parked-order');
    await expect.poll(() => parked.count()).toBe(shown.parked.length);
    expect(
      (await parked.evaluateAll((items) => items.map((item) => item.getAttribute('data-order')))).sort(),
    ).toEqual([...shown.parked].sort());
    // Each names the 0 % rate, or, in a group, says it waits for the reason the group names.
    for (const reason of [
      ...(await page.getByTestId('parked-group-reason').allTextContents()),
      ...(await page.locator('[data-testid="parked-reason"]:not([data-same])').allTextContents()),
    ])
      expect(reason).toMatch(/0 ?%/);
    for (const same of await page.locator('[data-testid="parked-reason"][data-same]').allTextContents())
      expect(same).toBe('Om dezelfde reden als hierboven.');
    // The headline says what the tray says: up to date, and how many orders wait for the owner.
    const headline =
      shown.parked.length === 1
        ? 'Bijgewerkt · 1 bestelling vraagt iets van je'
        : `Bijgewerkt · ${shown.parked.length} bestellingen vragen iets van je`;
    expect(await page.getByTestId('app-state').textContent()).toBe(headline);
    // Orders parked for one cause: the first one's reason, as an example, names its order once.
    const groupReason = page.getByTestId('parked-group-reason');
    if ((await groupReason.count()) > 0)
      expect(await groupReason.first().textContent()).toMatch(
        /^Bijvoorbeeld: Bestelling \d+ bevat producten of kosten met 0% btw \(binnenland\), maar [^\d]*$/,
      );
    await recordScreen(page, 'dashboard-with-parked');

    // Instelling aanpassen → Settings, on the VAT rates; choose the rate and save.
    const first = parked.first();
    const orderNumber = (await first.getAttribute('data-order'))!;
    // Orders parked for one cause show as one group, with the setting's link once.
    await page.getByRole('link', { name: 'Instelling aanpassen' }).first().click();
    await page.waitForURL(/#\/settings\/taxRates$/);
    await page.getByTestId('mapping-field').first().waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Btw-tarieven');
    await recordScreen(page, 'settings-taxRates-from-parked-order');
    await chooseInField(page, '0% btw', 'Geen btw');
    await expect.poll(() => page.getByTestId('saved').textContent()).toBe('1 wijziging nog niet opgeslagen');
    await button(page, 'Opslaan').click();
    await page.getByRole('status').getByText('Alles opgeslagen', { exact: true }).waitFor();

    // The settings screen offers to retry the orders that waited for this; they are booked.
    const hint = page.getByTestId('retry-adjusted');
    await hint.waitFor();
    expect(await hint.textContent()).toContain(
      `Je hebt een instelling aangepast waar ${shown.parked.length} bestellingen op wachtten.`,
    );
    await recordScreen(page, 'settings-taxRates-saved');
    await button(hint, 'Opnieuw proberen').click();

    await page.getByRole('link', { name: 'Overzicht' }).click();
    await page.waitForURL(/#\/$/);
    // No order waits for the owner any more: the parked orders' panel is gone.
    await page.getByTestId('parked-orders').waitFor({ state: 'detached' });
    // The retried orders' run: on a machine shared with the whole suite it once took over 15 s.
    try {
      await expect
        .poll(() => page.getByTestId('app-state').textContent(), { timeout: 60_000 })
        .toMatch(/^Alles geboekt · bijgewerkt (om|op) /);
    } catch (error) {
      // What the run did, for a run that did not finish: the app's log and Moneybird's last answers.
      const log = d.currentRuntime()?.store.log.recent({ limit: 40 }) ?? [];
      console.error(log.map((l) => `${new Date(l.at).toISOString()} ${l.level} ${l.message.en}`).join('\n'));
      const answers = d.moneybird.server.log.entries;
      console.error(`${answers.length} Moneybird requests; the last ones, seconds ago:`);
      console.error(
        answers
          .slice(-15)
          .map((e) => `${((Date.now() - e.at) / 1000).toFixed(1)} ${e.method} ${e.path} ${e.status}`)
          .join('\n'),
      );
      throw error;
    }
    await page
      .locator(`[data-testid="count-booked"]:text-is("${shown.orders + shown.parked.length}")`)
      .waitFor();
    await appState(page, 'idle').waitFor();
    await recordScreen(page, 'dashboard-after-retry');
    const references = d.moneybird.books.salesInvoices().map((invoice) => orderOf(invoice.reference));
    expect(references.filter((reference) => reference === orderNumber)).toHaveLength(1);
    for (const order of shown.parked) expect(references).toContain(order);
    expect(new Set(references).size).toBe(references.length);

    // Settings → Koppelingen: both connected, the shop by name and Moneybird by administration.
    await page.getByRole('link', { name: 'Instellingen' }).first().click();
    await page.waitForURL(/#\/settings\/connections$/);
    await page.getByTestId('settings-shop').getByText('Gekoppeld met').waitFor();
    await expect
      .poll(() => page.getByTestId('settings-moneybird').textContent())
      .toContain('Gekoppeld met administratie Winkelbrug Demo B.V.');
    await recordScreen(page, 'settings-connections-after-setup', 'settings-connections');

    expect(await d.secrets.store.get('moneybird.personal-token')).toBe(d.moneybirdToken);
    expect(await d.secrets.store.get('moneybird.oauth-tokens')).toBeUndefined();
    expect(harness.appErrors(d)).toEqual([]);
  }, 180_000);

  it('fetches the rates again once the owner added the missing one in Moneybird, and keeps their picks', async () => {
    const { d, page } = await atMappingStep(23);

    await onStep(page, 'mapping');
    await chooseMapping(page, { zeroRate: true });
    const unavailable = page.getByTestId('mapping-unavailable');
    expect(await unavailable.textContent()).toContain(
      '1 btw-tarief ontbreekt nog in Moneybird: België 0% (OSS).',
    );
    const chosen = page.locator('[data-testid="mapping-field"][data-state="chosen"]');
    const picks = await chosen.count();
    expect(picks).toBeGreaterThan(0);

    // The owner adds the rate in Moneybird's own app, comes back and fetches again.
    const added = d.moneybird.owner.addTaxRate({
      name: 'BE 0% btw',
      percentage: '0.0',
      country: 'BE',
      taxReportReference: ['OSS/BE'],
    });
    await button(unavailable, 'Opnieuw ophalen uit Moneybird').click();
    await unavailable.waitFor({ state: 'detached' });
    // Winkelbrug proposes the new rate (the only fit) and nothing asks for the owner any more;
    // every pick the owner made stays theirs.
    const belgian = page.locator('[data-testid="mapping-field"][data-path="taxRates.oss.BE.0"] select');
    expect(await belgian.inputValue()).toBe(added.id);
    expect(await page.getByTestId('mapping-attention').textContent()).toBe('Alles gekozen; kies Volgende.');
    expect(await chosen.count()).toBe(picks);
    await next(page);

    // The dry run books the Belgian order on it: nothing waits for a rate any more.
    await onStep(page, 'dry-run');
    const shown = await readDryRun(page);
    expect(shown.orders).toBeGreaterThan(0);
    expect(shown.parked).toEqual([]);
    expect(shown.perRate.some((row) => row.country === 'BE' && row.rate === '0')).toBe(true);
    expect(d.moneybird.books.salesInvoices()).toEqual([]);
    expect(harness.appErrors(d)).toEqual([]);
  }, 120_000);

  it('names the VAT return’s boxes as the aangifte does when a rate puts a sale to an EU business in the wrong one', async () => {
    // Seed 7's shop sold once to a business in the EU (order 1013, reverse charge).
    const { d, page } = await atMappingStep(7);

    // The owner picks the domestic "Btw verlegd" for sales to EU businesses: Moneybird puts those in
    // rubriek 1e, not in 3b.
    await onStep(page, 'mapping');
    await chooseMapping(page, { zeroRate: true });
    await chooseInField(page, 'Verkoop aan een bedrijf in de EU (ICP)', 'Btw verlegd');
    await next(page);

    // The dry run says the order would wait, naming the boxes by their number, not as Moneybird's
    // API does ("NL/1e").
    await onStep(page, 'dry-run');
    const shown = await readDryRun(page);
    expect(shown.parked).toEqual(['1013']);
    const dryRunText = (await page.getByTestId('step-dry-run').textContent()) ?? '';
    // What the first run would do, as the group above it says: nothing booked, only a draft.
    expect(dryRunText).toContain(
      'Bestelling 1013 zou in Moneybird in de verkeerde rubriek van de btw-aangifte komen: tarief "Btw verlegd" staat in rubriek 1e. Bij verkoop aan een bedrijf in de EU hoort de omzet in rubriek 3b en de ICP-opgaaf. Kies bij de stap Boekingen een btw-tarief voor rubriek 3b en de ICP-opgaaf. Doe je dat niet, dan zet Winkelbrug bij de eerste ronde alleen een concept van de factuur in Moneybird, dat nog niet meetelt in je boeken, en wacht de bestelling op jou.',
    );
    expect(dryRunText).toContain('Deze bestelling boekt Winkelbrug pas als de oorzaak is opgelost');
    expect(dryRunText).not.toContain('NL/');
    await recordScreen(page, 'wizard-6-dry-run-vat-box-wrong');

    // The first run leaves that order waiting, as the dry run said, its draft in Moneybird.
    await next(page);
    await onStep(page, 'start');
    await button(page, 'Start met boeken').click();
    await page.waitForURL(/#\/$/);
    expect(await waitForFinishedRun(page)).toEqual({ booked: shown.orders, parked: 1 });
    const parked = page.getByTestId('parked-order');
    await expect.poll(() => parked.getAttribute('data-order')).toBe('1013');
    const reason = (await parked.getByTestId('parked-reason').textContent()) ?? '';
    expect(reason).toContain(
      'Bestelling 1013 zou in Moneybird in de verkeerde rubriek van de btw-aangifte komen: tarief "Btw verlegd" staat in rubriek 1e. Bij verkoop aan een bedrijf in de EU hoort de omzet in rubriek 3b en de ICP-opgaaf. Winkelbrug heeft de factuur daarom alleen als concept in Moneybird gezet (referentie ',
    );
    // Winkelbrug's own VAT rates, by their whole place: Moneybird has "Btw-tarieven" too.
    expect(reason).toContain(
      ') en nog niet geboekt. Kies in Winkelbrug bij Instellingen → Boekhouding → Btw-tarieven een btw-tarief voor rubriek 3b en de ICP-opgaaf, zet dat tarief ook op het concept in Moneybird (of verwijder het concept) en kies daarna "Opnieuw proberen".',
    );
    expect(reason).not.toContain('NL/');
    await recordScreen(page, 'dashboard-parked-vat-box-wrong');
    expect(harness.appErrors(d)).toEqual([]);
  }, 120_000);
});
