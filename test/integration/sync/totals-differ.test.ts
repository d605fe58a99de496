// The totals check is the one guard between a booking plan and what Moneybird made of it. Here the
// Moneybird simulator computes other totals than the shop's (`distortTotals`): by a cent, by a VAT
// rate, or only once the draft is sent. Each case must be caught, with the figures that differ.
import { describe, expect, it } from 'vitest';
import { parseDecimal, toFixed } from '../../../src/main/core/money';
import { writtenMoney } from '../../../src/shared/i18n/written-money';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { isPlainDomesticSale, moneybirdRequestsSince, type WorldOptions, worldPerTest } from './support';

const worlds = worldPerTest();

const SINCE = '2024-01-01';

const rates = (order: MwwOrder): bigint[] =>
  (order.orderlines ?? []).flatMap((l) =>
    (Array.isArray(l.price) ? l.price : [l.price]).filter((p) => p).map((p) => parseDecimal(String(p!.rate))),
  );

/** A plain, paid, completed Dutch order with a 21 % line: booked without any question when nothing differs. */
function domesticOrder(): MwwOrder {
  const order = generateOrders({ seed: 21, count: 80 }).find(
    (o) => isPlainDomesticSale(o, SINCE) && rates(o).some((r) => r === parseDecimal('21')),
  );
  expect(order, 'the generator makes plain domestic orders').toBeDefined();
  return order!;
}

async function bookOne(options: WorldOptions) {
  const order = domesticOrder();
  const world = await worlds.start({ orders: [order], ...options });
  const report = await world.runtime.engine.run('import', { importSince: SINCE });
  expect(report.outcome).toBe('completed');
  const entry = world.runtime.store.journal.get(String(order.number))!;
  const invoices = world.moneybird.books.salesInvoices();
  return { world, order, report, entry, invoices };
}

const shopTotal = (order: MwwOrder) => toFixed(parseDecimal(String(order.price!.total)));

/** The owner deletes an invoice in Moneybird, through its API. */
async function deleteInvoice(kind: 'sales_invoices' | 'external_sales_invoices', id: string): Promise<void> {
  const { apiBaseUrl, administrationId, token } = worlds.current.moneybird;
  const response = await fetch(`${apiBaseUrl}/${administrationId}/${kind}/${id}.json`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(204);
}

/** The order's outcome in a run the owner starts after choosing Retry. */
async function retry(orderNumber: string) {
  const world = worlds.current;
  world.runtime.engine.retry(orderNumber);
  const again = await world.runtime.engine.run('manual');
  return {
    report: again.orders.find((o) => o.orderNumber === orderNumber),
    entry: world.runtime.store.journal.get(orderNumber)!,
  };
}

describe('Moneybird computes other totals than the shop', () => {
  it('without a difference the same order is booked (the control case)', async () => {
    const { report, entry, invoices } = await bookOne({});
    expect(report.counts.booked).toBe(1);
    expect(entry.state).toBe('done');
    expect(invoices).toHaveLength(1);
    expect(invoices[0].state).toBe('paid');
  });

  it('a cent more on the invoice parks the order with both totals and leaves the draft in Moneybird', async () => {
    const { order, report, entry, invoices } = await bookOne({ distortTotals: { by: 'cent' } });
    expect(report.orders[0]).toMatchObject({ outcome: 'parked', reasonCode: 'totals_differ' });
    expect(entry.state).toBe('parked');
    expect(entry.reason?.code).toBe('totals_differ');

    // The draft is not cleaned up: it stays in Moneybird, unsent and unpaid, and the reason names it.
    expect(invoices).toHaveLength(1);
    const [draft] = invoices;
    expect(draft.state).toBe('draft');
    expect(draft.invoice_id).toBeNull();
    expect(draft.payments).toEqual([]);
    expect(entry.moneybird.invoiceId).toBe(draft.id);
    const expected = shopTotal(order);
    const invoiceTotal = toFixed(parseDecimal(draft.total_price_incl_tax));
    expect(toFixed(parseDecimal(invoiceTotal) - parseDecimal(expected))).toBe('0.01');
    const details = entry.reason?.details as { total: { expected: string; invoice: string } };
    expect(details.total).toEqual({ expected, invoice: invoiceTotal });
    for (const language of ['nl', 'en'] as const) {
      const text = entry.reason!.message[language];
      expect(text).toContain(writtenMoney(invoiceTotal, language));
      expect(text).toContain(writtenMoney(expected, language));
      // Named as the owner finds it in Moneybird, by its reference; the internal id means nothing there.
      expect(text).toContain(draft.reference);
      expect(text).not.toContain(draft.id);
    }
    expect(entry.reason!.message.en).toMatch(/draft with reference .* is still in Moneybird/);
  });

  it('another VAT rate on the invoice parks the order with the VAT per rate, though the total agrees', async () => {
    const { order, report, entry, invoices } = await bookOne({ distortTotals: { by: 'rate' } });
    expect(report.orders[0]).toMatchObject({ outcome: 'parked', reasonCode: 'totals_differ' });
    expect(entry.state).toBe('parked');
    const [draft] = invoices;
    expect(invoices).toHaveLength(1);
    expect(draft.state).toBe('draft');
    expect(entry.moneybird.invoiceId).toBe(draft.id);
    // Prices include VAT: the total is the shop's, only the VAT per rate tells the difference.
    const details = entry.reason?.details as {
      total: { expected: string; invoice: string };
      vat: Array<{ taxRateId: string; expected: string; invoice: string }>;
    };
    expect(details.total.invoice).toBe(details.total.expected);
    expect(details.total.expected).toBe(shopTotal(order));
    expect(details.vat.length).toBeGreaterThan(0);
    // Each differing figure is Moneybird's own VAT for that rate against the plan's.
    const moneybirdVat = new Map<string, string>(
      (draft.tax_totals as Array<{ tax_rate_id: string; tax_amount: string }>).map((t) => [
        t.tax_rate_id,
        toFixed(parseDecimal(t.tax_amount)),
      ]),
    );
    for (const v of details.vat) {
      expect(v.invoice).not.toBe(v.expected);
      expect(v.invoice).toBe(moneybirdVat.get(v.taxRateId) ?? '0.00');
      const en = `VAT ${writtenMoney(v.invoice, 'en')} against ${writtenMoney(v.expected, 'en')}`;
      const nl = `btw ${writtenMoney(v.invoice, 'nl')} tegen ${writtenMoney(v.expected, 'nl')}`;
      expect(entry.reason!.message.en).toContain(en);
      expect(entry.reason!.message.nl).toContain(nl);
    }
  });

  it('a retry while Moneybird still differs parks again without creating a second invoice', async () => {
    const { world, order } = await bookOne({ distortTotals: { by: 'cent' } });
    const before = world.moneybird.server.log.entries.length;
    world.runtime.engine.retry(String(order.number));
    const again = await world.runtime.engine.run('manual');
    expect(again.orders.find((o) => o.orderNumber === String(order.number))).toMatchObject({
      outcome: 'parked',
      reasonCode: 'totals_differ',
    });
    expect(world.moneybird.books.salesInvoices()).toHaveLength(1);
    const writes = moneybirdRequestsSince(world, before).filter((e) => e.method !== 'GET');
    expect(writes).toEqual([]);
  });

  it('an external invoice with other totals is parked too, and left open and unpaid in Moneybird', async () => {
    const { world, order, report, entry } = await bookOne({
      distortTotals: { by: 'cent' },
      style: 'external',
    });
    expect(report.orders[0]).toMatchObject({ outcome: 'parked', reasonCode: 'totals_differ' });
    const external = world.moneybird.books.externalSalesInvoices();
    expect(external).toHaveLength(1);
    expect(external[0].state).toBe('open');
    expect(external[0].payments).toEqual([]);
    expect(entry.moneybird.invoiceId).toBe(external[0].id);
    // It is no draft: it is in the books at once, so the owner corrects or deletes it in Moneybird.
    const expected = shopTotal(order);
    const invoiceTotal = toFixed(parseDecimal(external[0].total_price_incl_tax));
    for (const language of ['nl', 'en'] as const) {
      const text = entry.reason!.message[language];
      expect(text).toContain(writtenMoney(invoiceTotal, language));
      expect(text).toContain(writtenMoney(expected, language));
      // Named as the owner finds it in Moneybird, by its reference; the internal id means nothing there.
      expect(text).toContain(external[0].reference);
      expect(text).not.toContain(external[0].id);
      expect(text).not.toMatch(/draft|concept/i);
    }
    expect(entry.reason!.message.en).toMatch(/external invoice .* is already in the books/);
    expect(entry.reason!.message.en).toMatch(/correct or delete the invoice in Moneybird/);
    expect(entry.reason!.message.nl).toMatch(/externe factuur .* staat al in de boekhouding/);
  });

  it('a retry after the owner deleted the draft creates the invoice again and books it once', async () => {
    // Moneybird differs once: on the first create, not on the one after the retry.
    const { world, order, entry } = await bookOne({ distortTotals: { by: 'cent', times: 1 } });
    expect(entry.reason?.code).toBe('totals_differ');
    const draftId = entry.moneybird.invoiceId!;
    await deleteInvoice('sales_invoices', draftId);
    expect(world.moneybird.books.salesInvoices()).toEqual([]);

    const before = world.moneybird.server.log.entries.length;
    const { report, entry: after } = await retry(String(order.number));
    expect(report).toMatchObject({ outcome: 'booked' });
    expect(after.state).toBe('done');
    const invoices = world.moneybird.books.salesInvoices();
    expect(invoices.filter((i) => i.reference === after.reference)).toHaveLength(1);
    expect(invoices).toHaveLength(1);
    expect(invoices[0].id).not.toBe(draftId);
    expect(after.moneybird.invoiceId).toBe(invoices[0].id);
    expect(invoices[0].state).toBe('paid');
    expect(toFixed(parseDecimal(invoices[0].total_price_incl_tax))).toBe(shopTotal(order));
    // The create is announced again, so it is preceded by the look-up by reference.
    const requests = moneybirdRequestsSince(world, before).map((e) => `${e.method} ${e.path}`);
    const lookUp = requests.findIndex((r) => r.includes('/sales_invoices/find_by_reference/'));
    const create = requests.findIndex((r) => /^POST .*\/sales_invoices(\.json)?$/.test(r));
    expect(lookUp).toBeGreaterThanOrEqual(0);
    expect(create).toBeGreaterThan(lookUp);
    expect(requests.filter((r) => /^POST .*\/sales_invoices(\.json)?$/.test(r))).toHaveLength(1);
  });

  it('a re-create after the deleted draft whose answer is lost is found by reference, not made twice', async () => {
    const { world, order, entry } = await bookOne({ distortTotals: { by: 'cent', times: 1 } });
    await deleteInvoice('sales_invoices', entry.moneybird.invoiceId!);
    // The create after the retry lands but its answer is lost, and the look-ups say "not there (yet)".
    world.moneybird.server.faults.add({
      method: 'POST',
      path: /\/sales_invoices(\.json)?$/,
      fault: { kind: 'commit-then-drop' },
    });
    world.moneybird.server.faults.add({
      method: 'GET',
      path: /find_by_reference/,
      fault: { kind: 'status', status: 404, body: { error: 'record not found' } },
      times: 2,
    });
    const first = await retry(String(order.number));
    expect(first.report).toMatchObject({ outcome: 'waiting' });
    expect(first.entry).toMatchObject({ progress: 'contact_ok', writeIntent: 'invoice' });
    expect(first.entry.moneybird.invoiceId).toBeNull();
    expect(world.moneybird.books.salesInvoices()).toHaveLength(1);

    world.clock.now = Date.now() + 10 * 60 * 1000;
    const before = world.moneybird.server.log.entries.length;
    const second = await world.runtime.engine.run('scheduled');
    expect(second.counts.booked).toBe(1);
    const creates = moneybirdRequestsSince(world, before).filter(
      (e) => e.method === 'POST' && /\/sales_invoices(\.json)?$/.test(e.path),
    );
    expect(creates).toEqual([]);
    const after = world.runtime.store.journal.get(String(order.number))!;
    expect(after.state).toBe('done');
    const invoices = world.moneybird.books.salesInvoices();
    expect(invoices.filter((i) => i.reference === after.reference)).toHaveLength(1);
    expect(invoices).toHaveLength(1);
    expect(after.moneybird.invoiceId).toBe(invoices[0].id);
    expect(invoices[0].state).toBe('paid');
  });

  it('a retry after the owner deleted the external invoice creates it again and books it once', async () => {
    const { world, order, entry } = await bookOne({
      distortTotals: { by: 'cent', times: 1 },
      style: 'external',
    });
    expect(entry.reason?.code).toBe('totals_differ');
    const firstId = entry.moneybird.invoiceId!;
    await deleteInvoice('external_sales_invoices', firstId);
    const { report, entry: after } = await retry(String(order.number));
    expect(report).toMatchObject({ outcome: 'booked' });
    expect(after.state).toBe('done');
    const external = world.moneybird.books.externalSalesInvoices();
    expect(external.filter((i) => i.reference === after.reference)).toHaveLength(1);
    expect(external).toHaveLength(1);
    expect(external[0].id).not.toBe(firstId);
    expect(after.moneybird.invoiceId).toBe(external[0].id);
    expect(external[0].state).toBe('paid');
  });

  it('totals that change while sending park the order at sent, unpaid, with both figures', async () => {
    const { world, order, report, entry, invoices } = await bookOne({ distortTotals: { by: 'after-send' } });
    expect(report.orders[0]).toMatchObject({ outcome: 'parked', reasonCode: 'totals_differ' });
    const expected = shopTotal(order);
    expect(invoices).toHaveLength(1);
    const [sent] = invoices;
    const invoiceTotal = toFixed(parseDecimal(sent.total_price_incl_tax));
    expect(toFixed(parseDecimal(invoiceTotal) - parseDecimal(expected))).toBe('0.01');
    const warnings = world.runtime.store.log
      .recent({ limit: 1000, orderNumber: String(order.number) })
      .filter((line) => line.message.en === 'Totals changed while sending');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.level).toBe('warn');
    expect(warnings[0]!.fields?.problem).toMatchObject({ total: { expected, invoice: invoiceTotal } });
    // No payment is registered: the numbered invoice stays open, with the whole amount unpaid.
    expect(entry.state).toBe('parked');
    expect(entry.progress).toBe('sent');
    expect(entry.reason?.code).toBe('totals_differ');
    expect(entry.moneybird.invoiceId).toBe(sent.id);
    expect(entry.moneybird.paymentId).toBeNull();
    expect(sent.state).toBe('open');
    expect(sent.payments).toEqual([]);
    expect(world.moneybird.books.payments()).toEqual([]);
    const details = entry.reason?.details as { total: { expected: string; invoice: string } };
    expect(details.total).toEqual({ expected, invoice: invoiceTotal });
    // The invoice is numbered and in the books: the owner corrects or credits it in Moneybird.
    expect(sent.invoice_id).toBeTruthy();
    for (const language of ['nl', 'en'] as const) {
      const text = entry.reason!.message[language];
      expect(text).toContain(writtenMoney(invoiceTotal, language));
      expect(text).toContain(writtenMoney(expected, language));
      // Named as the owner finds it in Moneybird, by its reference; the internal id means nothing there.
      expect(text).toContain(sent.reference);
      expect(text).not.toContain(sent.id);
      expect(text).toContain(String(sent.invoice_id));
      expect(text).not.toMatch(/conceptfactuur|draft/i);
    }
    expect(entry.reason!.message.en).toMatch(/Correct the invoice in Moneybird or credit it/);
    expect(entry.reason!.message.nl).toMatch(/Corrigeer de factuur in Moneybird of crediteer hem/);

    // A retry while the invoice still differs parks it again, still without a payment.
    const again = await retry(String(order.number));
    expect(again.report).toMatchObject({ outcome: 'parked', reasonCode: 'totals_differ' });
    expect(again.entry.progress).toBe('sent');
    expect(world.moneybird.books.payments()).toEqual([]);
    expect(world.moneybird.books.salesInvoices()).toHaveLength(1);
  });
});
