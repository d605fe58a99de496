// The orders channels on the real core against both simulators: after a sync of generated orders
// (some parked for an unmapped 0 % rate, some credits), orders.search finds what the journal holds
// and orders.detail shows each order's shop side, its invoice as the Moneybird simulator holds it
// (number, lines, VAT per rate, payments, contact), its steps and links. Expectations come from the
// simulators' records, not from the product's own reading of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderDetail, RequestResult, RunSummary } from '../../../src/shared/contract';
import { parseDecimal, toFixed } from '../../sim/common/decimal';
import { type Demo, startDemo } from '../../sim/demo';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import { moneybirdList } from '../../support/moneybird-lists';

const DAY = 24 * 60 * 60 * 1000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

let demo: Demo;

beforeAll(async () => {
  demo = await startDemo({
    orderList: generateOrders({
      seed: 5,
      count: 60,
      from: isoDay(Date.now() - 40 * DAY),
      to: isoDay(Date.now() - DAY),
    }),
    startDaysAgo: 45,
    omit: ['taxRates.domestic.0'],
    rateWindowSeconds: 2,
    logger: { log: () => {} },
  });
  const finished = new Promise<RunSummary>((resolve) => {
    const stop = demo.service.subscribe((event) => {
      if (event.channel !== 'run.finished') return;
      stop();
      resolve(event.payload);
    });
  });
  const reply = await demo.service.dispatch('sync.runNow', {}, 'test');
  expect(reply.ok).toBe(true);
  await finished;
}, 120_000);

afterAll(async () => {
  demo?.moneybird.contract?.assertNone();
  await demo?.close();
});

async function call<C extends 'orders.search' | 'orders.detail' | 'orders.invoices'>(
  channel: C,
  args: Parameters<Demo['service']['dispatch']>[1],
): Promise<RequestResult<C>> {
  const reply = await demo.service.dispatch(channel, args as never, 'test');
  if (!reply.ok) throw new Error(`${channel} refused: ${reply.error.message.en}`);
  return reply.result as RequestResult<C>;
}

const detailOf = async (orderNumber: string): Promise<OrderDetail> => {
  const { order } = await call('orders.detail', { orderNumber });
  if (!order) throw new Error(`no order ${orderNumber}`);
  return order;
};

const money = (text: string | number) => toFixed(parseDecimal(String(text)), 2);
const sumOf = (amounts: string[]) =>
  toFixed(
    amounts.reduce((s, a) => s + parseDecimal(a), 0n),
    2,
  );

describe('orders.search', () => {
  it('lists every order the engine knows, newest first, and filters and searches them', async () => {
    const journal = demo.runtime.store.journal;
    const all = await call('orders.search', { pageSize: 100 });
    const counts = journal.counts();
    const known = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(all.total).toBe(known);
    const dates = all.orders.map((o) => o.orderDate ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(all.stateCounts.booked).toBe(counts.done);
    expect(all.stateCounts.parked).toBe(counts.parked);
    expect(counts.parked).toBeGreaterThan(0);

    const parked = await call('orders.search', { states: ['parked'] });
    expect(parked.orders.map((o) => o.orderNumber).sort()).toEqual(
      journal
        .list({ states: ['parked'], limit: 100 })
        .map((e) => e.orderNumber)
        .sort(),
    );
    for (const order of parked.orders) expect(order.reason?.nl).toContain('0% btw');

    // A customer found by part of the e-mail the shop gave.
    const shopOrder = demo.mww.shop
      .listOrders()
      .find((o) => journal.get(String(o.number))?.state === 'done')!;
    const email = String(shopOrder.debtor.email);
    const byEmail = await call('orders.search', { query: email.slice(0, email.indexOf('@')).toUpperCase() });
    expect(byEmail.orders.map((o) => o.orderNumber)).toContain(String(shopOrder.number));
    expect(byEmail.orders.every((o) => o.customerEmail?.toLowerCase().includes(email.split('@')[0]!))).toBe(
      true,
    );

    const none = await call('orders.search', { query: 'niemand-besteld', states: ['booked'] });
    expect(none).toMatchObject({ total: 0, orders: [] });
  });
});

describe('orders.detail', () => {
  it('shows a booked order as the shop and the Moneybird simulator hold it, with its steps and links', async () => {
    const journal = demo.runtime.store.journal;
    const booked = journal
      .list({ states: ['done'], limit: 500 })
      .find((e) => e.creditedOrderNumber === null)!;
    const invoice = demo.moneybird.books.salesInvoices().find((i) => i.id === booked.moneybird.invoiceId);
    const shopOrder = demo.mww.shop.listOrders().find((o) => String(o.number) === booked.orderNumber)!;
    const detail = await detailOf(booked.orderNumber);
    const taxRates = await moneybirdList(demo.moneybird, 'tax_rates');
    const ledgerAccounts = await moneybirdList(demo.moneybird, 'ledger_accounts');

    expect(detail.summary).toMatchObject({ state: 'booked', invoiceNumber: invoice.invoice_id });
    expect(detail.shop?.ok).toBe(true);
    if (!detail.shop?.ok) return;
    expect(detail.shop.value.total).toBe(money(shopOrder.price!.total!));
    expect(detail.shop.value.customer.email).toBe(shopOrder.debtor.email);
    // Booked because its payment was captured: the page says paid, as the booking decided.
    expect(shopOrder.payment_status).toBe('captured');
    expect(detail.shop.value.payment.state).toBe('paid');
    expect(detail.shop.value.lines).toHaveLength(shopOrder.orderlines!.length);

    expect(detail.moneybird?.ok).toBe(true);
    if (!detail.moneybird?.ok) return;
    const view = detail.moneybird.value;
    expect(view).toMatchObject({
      kind: 'sales_invoice',
      number: invoice.invoice_id,
      state: invoice.state,
      totalInclVat: money(invoice.total_price_incl_tax),
      totalExclVat: money(invoice.total_price_excl_tax),
    });
    expect(view.lines.map((l) => l.price)).toEqual(
      invoice.details.map((d: { price: string }) => money(d.price)),
    );
    expect(view.credit).toBe(false);
    // Each line's amount as the shop's lines have theirs: the price times the quantity; together the
    // invoice's total (its prices include VAT).
    expect(view.pricesIncludeVat).toBe(true);
    expect(view.lines.map((l) => l.amount)).toEqual(
      invoice.details.map((d: { price: string; amount_decimal: string }) =>
        money(Number(d.price) * Number(d.amount_decimal)),
      ),
    );
    expect(sumOf(view.lines.map((l) => l.amount))).toBe(money(invoice.total_price_incl_tax));
    // The shop's side has what its VAT is over, adding up with the VAT to the shop's total and on its
    // own to the invoice's total excl. VAT.
    const shopVat = detail.shop.value.vat;
    expect(shopVat.every((v) => v.taxable !== null)).toBe(true);
    expect(sumOf(shopVat.flatMap((v) => [v.taxable!, v.amount]))).toBe(money(shopOrder.price!.total!));
    expect(sumOf(shopVat.map((v) => v.taxable!))).toBe(money(invoice.total_price_excl_tax));
    // Moneybird's VAT per rate, highest rate first as the shop's side lists it, each by its name.
    const rateOf = (id: string) => taxRates.find((r) => r.id === id)!;
    const byRate = [...invoice.tax_totals].sort(
      (a: { tax_rate_id: string }, b: { tax_rate_id: string }) =>
        Number(rateOf(b.tax_rate_id).percentage) - Number(rateOf(a.tax_rate_id).percentage),
    );
    expect(view.vat.map((v) => [v.name, v.amount])).toEqual(
      byRate.map((t: { tax_rate_id: string; tax_amount: string }) => [
        rateOf(t.tax_rate_id).name,
        money(t.tax_amount),
      ]),
    );
    // Each line by its tax rate's name and the VAT-return box Moneybird put it in, and its ledger
    // account with its code, as the simulator holds them.
    expect(view.lines.map((l) => [l.taxRateName, l.vatBox, l.ledgerAccount])).toEqual(
      invoice.details.map(
        (d: { tax_rate_id: string; ledger_account_id: string; tax_report_reference: string[] }) => {
          const ledger = ledgerAccounts.find((a) => a.id === d.ledger_account_id)!;
          return [
            rateOf(d.tax_rate_id).name,
            d.tax_report_reference[0] ?? 'none',
            { name: ledger.name, code: ledger.account_id },
          ];
        },
      ),
    );
    expect(view.payments.map((p) => p.amount)).toEqual(
      invoice.payments.map((p: { price: string }) => money(p.price)),
    );
    expect(view.contact.email ?? view.contact.name).toBeTruthy();

    const admin = demo.moneybird.administrationId;
    expect(detail.links).toEqual({
      invoice: `https://moneybird.com/${admin}/sales_invoices/${invoice.id}`,
      contact: `https://moneybird.com/${admin}/contacts/${invoice.contact_id}`,
    });
    expect(detail.steps.map((s) => s.state)).toEqual([
      'pending',
      'contact_ok',
      'invoice_created',
      'totals_ok',
      'sent',
      'paid',
      'done',
    ]);
    expect(detail.earlierStepsUnknown).toBe(false);
    expect(detail).toMatchObject({ canRetry: false, canSkip: false, canBookAgain: false });

    const { invoices } = await call('orders.invoices', { orderNumbers: [booked.orderNumber, 'onbekend-1'] });
    // One administration holds every booking: no line needs to name it.
    expect(invoices).toEqual([
      {
        orderNumber: booked.orderNumber,
        invoiceId: invoice.id,
        invoiceNumber: invoice.invoice_id,
        creditedOrderNumber: null,
        administration: null,
      },
    ]);

    // The contact link opens the invoice's contact as Moneybird holds it, also where the journal
    // matched the customer to another one (an invoice the owner took over).
    demo.runtime.store.db
      .prepare("UPDATE order_journal SET moneybird_contact_id = '1' WHERE order_number = ?")
      .run(booked.orderNumber);
    expect((await detailOf(booked.orderNumber)).links.contact).toBe(
      `https://moneybird.com/${admin}/contacts/${invoice.contact_id}`,
    );
    demo.runtime.store.db
      .prepare('UPDATE order_journal SET moneybird_contact_id = ? WHERE order_number = ?')
      .run(invoice.contact_id, booked.orderNumber);
  });

  it('shows a parked order with its reason, Retry and Skip, and nothing in Moneybird', async () => {
    const parked = demo.runtime.store.journal.list({ states: ['parked'], limit: 10 })[0]!;
    const detail = await detailOf(parked.orderNumber);
    expect(detail.summary.state).toBe('parked');
    expect(detail.summary.reason?.nl).toContain('0% btw');
    expect(detail.settingsSection).toBe('taxRates');
    expect(detail).toMatchObject({ canRetry: true, canSkip: true, moneybird: null });
    expect(detail.steps.at(-1)?.state).toBe('parked');
    expect(detail.shop?.ok).toBe(true);
  });

  it('shows a credit with the order it credits', async () => {
    // A booked credit: a credit of a booked order is booked itself, with a credit invoice of its own.
    const credit = demo.runtime.store.journal
      .list({ limit: 500 })
      .find((e) => e.creditedOrderNumber !== null && e.state === 'done');
    expect(credit, 'the generated history holds a booked credit').toBeDefined();
    const detail = await detailOf(credit!.orderNumber);
    expect(detail.summary.creditedOrderNumber).toBe(credit!.creditedOrderNumber);
    if (!detail.shop?.ok || !detail.moneybird?.ok) throw new Error('the shop and Moneybird both answer');
    expect(detail.moneybird.value.credit).toBe(true);
    // The shop states the credit positive; the list and the page show it below zero, as it is booked.
    const shopTotal = money(
      demo.mww.shop.listOrders().find((o) => String(o.number) === credit!.orderNumber)!.price!.total!,
    );
    expect(detail.shop.value.total).toBe(shopTotal);
    expect(Number(shopTotal)).toBeGreaterThan(0);
    // Its payment is the refund, the owner's act: the page shows the one booked on its credit invoice.
    expect(detail.shop.value.payment.state).toBe('credit');
    expect(money(detail.summary.total!)).toBe(money(-Number(shopTotal)));
    expect(money(detail.moneybird.value.totalInclVat)).toBe(money(detail.summary.total!));
    const listed = await call('orders.search', { query: credit!.orderNumber });
    expect(listed.orders.find((o) => o.orderNumber === credit!.orderNumber)?.total).toBe(
      detail.summary.total,
    );
  });

  it('says so when the invoice was deleted in Moneybird, offers to book it again, and knows no order it never saw', async () => {
    const booked = demo.runtime.store.journal.list({ states: ['done'], limit: 500 }).at(-1)!;
    demo.moneybird.owner.deleteInvoice(booked.moneybird.invoiceId!);
    const detail = await detailOf(booked.orderNumber);
    expect(detail.moneybird).toEqual({
      ok: false,
      problem: {
        // Said once, in the deleted-invoice box above the card (its state is checked below).
        nl: expect.stringContaining('verwijderd, zie hierboven'),
        en: expect.stringContaining('deleted, see above'),
      },
    });
    // The page just asked Moneybird: it shows the order as deleted there, and offers to book it again.
    expect(detail.summary.state).toBe('deleted_in_moneybird');
    expect(detail.canBookAgain).toBe(true);
    expect(detail.canRetry).toBe(false);
    expect(detail.links.invoice).toBeNull();
    expect(detail.links.contact).not.toBeNull();
    expect(await call('orders.detail', { orderNumber: '99999999' })).toEqual({ order: null });
  });
});

describe('an order not paid yet', () => {
  it('shows its payment as the booking judged it: never paid, whatever words the shop has for it', async () => {
    const unpaid = demo.runtime.store.journal.list({ states: ['discovered'], limit: 5 });
    expect(unpaid.length).toBeGreaterThan(0);
    for (const entry of unpaid) {
      const detail = await detailOf(entry.orderNumber);
      if (!detail.shop?.ok) throw new Error('the shop answers');
      const sent = demo.mww.shop.listOrders().find((o) => String(o.number) === entry.orderNumber)!;
      expect(['unpaid', 'failed', 'refunded', 'authorized'], sent.payment_status).toContain(
        detail.shop.value.payment.state,
      );
    }
  });

  it('is listed with its amount, also when it was met before the journal kept one', async () => {
    const { store } = demo.runtime;
    const unpaid = store.journal.list({ states: ['discovered'], limit: 100 });
    expect(unpaid.length, 'the generated orders hold unpaid ones').toBeGreaterThan(0);
    const total = (orderNumber: string) =>
      money(demo.mww.shop.listOrders().find((o) => String(o.number) === orderNumber)!.price!.total!);
    const listed = async (orderNumber: string) =>
      (await call('orders.search', { query: orderNumber })).orders.find((o) => o.orderNumber === orderNumber);
    const [first] = unpaid;
    expect(await listed(first!.orderNumber)).toMatchObject({
      state: 'not_eligible',
      total: total(first!.orderNumber),
      currency: 'EUR',
      reason: { nl: expect.stringContaining('Nog niet betaald') },
    });
    // As an older version left it: no amount, and no time for its next look (an older version read
    // every unpaid order at every run). The next run looks at it again and learns it.
    store.db
      .prepare(
        "UPDATE order_journal SET shop_total = NULL, currency = NULL, next_attempt_at = NULL WHERE state = 'discovered'",
      )
      .run();
    expect((await listed(first!.orderNumber))?.total).toBeNull();
    const finished = new Promise<void>((resolve) => {
      const stop = demo.service.subscribe((event) => {
        if (event.channel !== 'run.finished') return;
        stop();
        resolve();
      });
    });
    expect((await demo.service.dispatch('sync.runNow', {}, 'test')).ok).toBe(true);
    await finished;
    for (const entry of unpaid)
      expect((await listed(entry.orderNumber))?.total).toBe(total(entry.orderNumber));
  });
});
