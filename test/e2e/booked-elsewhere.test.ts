// An order the owner booked in the administration they left, on a computer set up afresh for the new
// one, in Chromium against the headless shell: the booking there is not paid yet, so the order is
// parked, not booked again; its page names both administrations and the invoice, and offers Retry
// and Skip. Nothing is written in either administration.
import { expect, it } from 'vitest';
import { sale } from '../integration/sync/shop-sales';
import { startDemo } from '../sim/demo';
import type { MwwOrder } from '../sim/mijnwebwinkel/types';
import { ask, setUpAfterShop } from '../support/setup-requests';
import { freshDemoHarness } from './support/fresh-demo-harness';
import { recordScreen } from './support/screens';
import { type DutchCustomer, dutchDebtor } from './support/shop-customers';
import { DAY, isoDay } from './support/wizard';

const harness = freshDemoHarness();

const ANNA: DutchCustomer = {
  name: 'Anna de Vries',
  email: 'anna.de.vries@example.nl',
  street: 'Oudegracht',
  number: '112',
  city: 'Utrecht',
};

type Demo = Awaited<ReturnType<typeof startDemo>>;

/** The order as the old install booked it in `administrationId` before the switch: sent, not paid. */
function bookedUnpaidIn(
  demo: Demo,
  administrationId: string,
  reference: string,
  order: MwwOrder,
  [firstname, lastname]: [string, string],
) {
  const contact = demo.moneybird.owner.addContact(
    { firstname, lastname, send_invoices_to_email: order.debtor.email },
    administrationId,
  );
  return demo.moneybird.owner.addInvoice(
    {
      kind: 'sales',
      contactId: contact.id,
      reference,
      date: order.date,
      state: 'open',
      lines: [
        { description: 'Mok', price: '12.10', amount: '2', taxRate: '21% btw' },
        { description: 'Thee', price: '5.45', taxRate: '9% btw' },
      ],
    },
    administrationId,
  );
}

/**
 * A new computer after a switch of administration: a fresh demo with these orders, the shop connected
 * (which gives the shop's own reference prefix); the two administrations, the old one first.
 */
async function newComputerAfterSwitch(seed: number, orderList: MwwOrder[]) {
  const demo = harness.track(
    await startDemo({ fresh: true, seed, orderList, rateWindowSeconds: 2, logger: { log: () => {} } }),
  );
  const [oldBv, newBv] = demo.moneybird.administrations as [
    { id: string; name: string },
    { id: string; name: string },
  ];
  await ask(demo.service, 'setup.shop.connect', { token: demo.shopToken });
  const prefix = (await ask(demo.service, 'settings.get', {})).referencePrefix;
  return { demo, service: demo.service, oldBv, newBv, prefix };
}

it('parks an order whose booking in the administration left is not paid, and its page says where to finish it', async () => {
  // One customer throughout: the shop's name and e-mail, and the contact the old install made of them.
  const order: MwwOrder = {
    ...sale(973_001, ANNA.email),
    debtor: dutchDebtor(ANNA),
    date: isoDay(Date.now() - 3 * DAY),
  };
  const { demo, service, oldBv, newBv, prefix } = await newComputerAfterSwitch(17, [order]);
  // Before the switch the old install booked the order in the old BV; its payment is not in yet.
  const open = bookedUnpaidIn(demo, oldBv.id, `${prefix}-${order.number}`, order, ['Anna', 'de Vries']);
  const contact = demo.moneybird.books.contacts(oldBv.id).find((c) => c.id === open.contact_id);
  expect([contact?.firstname, contact?.lastname, contact?.send_invoices_to_email]).toEqual([
    'Anna',
    'de Vries',
    ANNA.email,
  ]);

  await setUpAfterShop(service, {
    since: isoDay(Date.now() - 10 * DAY),
    moneybirdToken: demo.moneybirdToken,
    administrationId: newBv.id,
  });
  expect(await ask(service, 'setup.finish', {})).toEqual({ ok: true });
  await expect
    .poll(() => demo.currentRuntime()?.store.journal.get(String(order.number))?.state)
    .toBe('parked');

  const page = await harness.browser().newPage();
  await page.goto(`${demo.url}#/orders/${order.number}`);
  const reason = page.getByTestId('order-reason');
  await reason.waitFor();
  // What happened, then the three ways out as a list under "Wat je kunt doen:", each with its button.
  expect(await reason.locator('p').allTextContents()).toEqual([
    `Bestelling ${order.number} staat al in de administratie "${oldBv.name}" (factuur ${open.invoice_id}), maar is daar nog niet als betaald geboekt. Winkelbrug boekt haar niet nog eens in "${newBv.name}": dan zou ze twee keer in je boeken staan.`,
    'Wat je kunt doen:',
  ]);
  expect(await reason.getByRole('listitem').allTextContents()).toEqual([
    `Hoort ze in "${oldBv.name}": zet de factuur daar op betaald en kies "Overslaan".`,
    `Hoort ze in "${newBv.name}": overleg met je boekhouder. Meestal maak je in "${oldBv.name}" een creditfactuur voor de factuur van de bestelling en boek je haar zelf in "${newBv.name}"; kies daarna "Overslaan".`,
    `Verwijder je de factuur in "${oldBv.name}" toch (dat laat een gat in de factuurnummers daar): kies daarna "Opnieuw proberen"; dan boekt Winkelbrug haar in "${newBv.name}".`,
  ]);
  expect(await page.getByTestId('held-box').getByRole('button').allTextContents()).toEqual([
    'Opnieuw proberen',
    'Overslaan',
  ]);
  // Moneybird's side says where the order is, by name, with the invoice as it stands there, and
  // opens it there, named so.
  expect(await page.getByTestId('moneybird-nothing').textContent()).toBe(
    `In de gekoppelde administratie staat nog niets van deze bestelling, maar in de administratie "${oldBv.name}" wel: factuur ${open.invoice_id} (openstaand). Hierboven lees je wat je kunt doen.`,
  );
  const link = page.getByTestId('open-invoice');
  expect(await link.getAttribute('href')).toBe(`https://moneybird.com/${oldBv.id}/sales_invoices/${open.id}`);
  expect(await link.textContent()).toContain(`Factuur ${open.invoice_id} openen in "${oldBv.name}"`);
  // The shop's customer is the one the contact in the old administration was made of.
  expect(await page.getByTestId('shop-customer').textContent()).toBe('Anna de Vries');
  expect(await page.getByTestId('shop-address').textContent()).toBe(
    'Oudegracht 112, 3511 LX Utrecht, Nederland',
  );
  await recordScreen(page, 'order-booked-elsewhere-unfinished');
  // The overview, where Retry and Skip are offered too, lists the same three ways out.
  const overview = await harness.browser().newPage();
  await overview.goto(`${demo.url}#/`);
  const parked = overview.locator(`[data-testid="parked-order"][data-order="${order.number}"]`);
  await parked.waitFor();
  expect(await parked.getByTestId('parked-reason').locator('.todo-heading').textContent()).toBe(
    'Wat je kunt doen:',
  );
  expect(await parked.getByTestId('parked-reason').getByRole('listitem').count()).toBe(3);
  await overview.close();

  expect(demo.moneybird.books.salesInvoices(newBv.id)).toEqual([]);
  expect(demo.moneybird.books.salesInvoices(oldBv.id)).toHaveLength(1);
  // The owner deletes it there after all: the page says it is gone, and offers no link to it.
  demo.moneybird.owner.deleteInvoice(open.id, oldBv.id);
  await page.reload();
  await page.getByTestId('order-reason').waitFor();
  await expect
    .poll(() => page.getByTestId('moneybird-nothing').textContent())
    .toContain(`staat niet meer in de administratie "${oldBv.name}". Kies "Opnieuw proberen"`);
  expect(await page.getByTestId('open-invoice').count()).toBe(0);
  expect(harness.appErrors(demo)).toEqual([]);
  await page.close();
}, 120_000);

it('shows three such orders on the overview as one group: what happened once, its ways out as a list', async () => {
  const orders: MwwOrder[] = [973_101, 973_102, 973_103].map((number, i) => ({
    ...sale(number, `klant${i}@example.nl`),
    date: isoDay(Date.now() - (3 - i) * DAY),
  }));
  const { demo, service, oldBv, newBv, prefix } = await newComputerAfterSwitch(18, orders);
  // Booked in the old BV before the switch, none of them paid there yet.
  for (const order of orders)
    bookedUnpaidIn(demo, oldBv.id, `${prefix}-${order.number}`, order, ['Klant', String(order.number)]);
  await setUpAfterShop(service, {
    since: isoDay(Date.now() - 10 * DAY),
    moneybirdToken: demo.moneybirdToken,
    administrationId: newBv.id,
  });
  expect(await ask(service, 'setup.finish', {})).toEqual({ ok: true });
  for (const order of orders)
    await expect
      .poll(() => demo.currentRuntime()?.store.journal.get(String(order.number))?.state)
      .toBe('parked');

  const page = await harness.browser().newPage();
  await page.goto(`${demo.url}#/`);
  const group = page.getByTestId('parked-group');
  await group.waitFor();
  expect(await group.locator(':scope > .order-heading').textContent()).toBe(
    '3 bestellingen om dezelfde reden',
  );
  const reason = group.getByTestId('parked-group-reason');
  // What happened, once, for the first order as an example; then the ways out as a list.
  const [what, todo] = await reason.locator(':scope > p').allTextContents();
  expect(what).toMatch(
    new RegExp(`^Bijvoorbeeld: Bestelling 973101 staat al in de administratie "${oldBv.name}" \\(factuur `),
  );
  expect(todo).toBe('Wat je kunt doen:');
  const cases = await reason.getByRole('listitem').allTextContents();
  expect(cases).toHaveLength(3);
  expect(cases[0]).toBe(`Hoort ze in "${oldBv.name}": zet de factuur daar op betaald en kies "Overslaan".`);
  // The group's one button; each order's Skip and Retry in the fold.
  expect(await group.getByTestId('retry-group').textContent()).toBe('Alle 3 opnieuw proberen');
  expect(await group.getByTestId('skip-order').count()).toBe(3);
  expect(await group.getByTestId('skip-order').first().isVisible()).toBe(false);
  await recordScreen(page, 'dashboard-parked-group-in-lines');
  expect(demo.moneybird.books.salesInvoices(newBv.id)).toEqual([]);
  expect(harness.appErrors(demo)).toEqual([]);
  await page.close();
}, 120_000);
