// The daily screens as a shop owner uses them, through the app service's channels exactly as the
// UI asks them (dispatch, arguments checked, results checked), on the real core against both
// simulators, with the odd data real shops have. Situations:
// - the first day: an empty administration on every screen (status, orders, order page, log and
//   its CSV, the month per VAT rate and its CSV);
// - customer names and e-mail addresses with accents, apostrophes, quotes, commas, semicolons,
//   newlines, emoji, very long text and formula-like text, shown as the shop gave them and found
//   by a search in any case and without accents;
// - letters with a stroke (ø, ł) and ligatures, which a Dutch owner types without them;
// - searching by order number, by e-mail in another case, with spaces around the text;
// - search text with SQL and GLOB wildcards (% _ * ? [) that must match literally;
// - paging through the list while a run books new orders: no order twice, none skipped;
// - period filters at the month and year boundary in Europe/Amsterdam (23:30 on 31 December);
// - the status headline's counts adding up to what the list's state filters show;
// - an order page for an order number that does not exist or is malformed;
// - the log filtered by order, level and words, with the tokens never shown (screen and CSV);
// - a refusal whose text holds a semicolon, quotes, a newline and a formula, in the log's CSV and
//   the month's CSV (Dutch Excel: `;`, BOM, CRLF, every row the header's width, no formula run);
// - amounts over a thousand: the Dutch way in Dutch and the English way in English on screen,
//   decimal commas in both languages' CSV, adding up to the cent.
// Expectations are what the owner needs, decided first.
import { afterEach, describe, expect, it } from 'vitest';
import { formatMoney } from '../../../src/renderer/i18n/text';
import type { OrderOverviewState, RequestArgs } from '../../../src/shared/contract';
import { ORDER_OVERVIEW_STATES } from '../../../src/shared/contract/orders';
import { type Demo, startDemo } from '../../sim/demo';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { type LineName, sale } from '../sync/shop-sales';
import { ask, call, syncNow } from './service-calls';

// ---- the world: a shop, a Moneybird and the app, one per test ----

let opened: Demo[] = [];
afterEach(async () => {
  const demos = opened;
  opened = [];
  for (const demo of demos) {
    try {
      demo.moneybird.contract?.assertNone();
      demo.mww.contract?.assertNone();
    } finally {
      await demo.close();
    }
  }
});

/**
 * The app on a shop with these orders, set up as the owner would: from 400 days ago, or a month
 * before the first order when that is earlier (counted from today, so the orders of late 2025 stay
 * within the days it books whenever the suite runs).
 */
async function openShop(orders: MwwOrder[], options: { omit?: string[] } = {}): Promise<Demo> {
  const first = Math.min(Date.now(), ...orders.map((o) => Date.parse(`${o.date}T12:00:00Z`)));
  const demo = await startDemo({
    orderList: orders,
    startDaysAgo: Math.max(400, Math.ceil((Date.now() - first) / (24 * 60 * 60 * 1000)) + 30),
    rateWindowSeconds: 2,
    logger: { log: () => {} },
    ...(options.omit && { omit: options.omit }),
  });
  opened.push(demo);
  return demo;
}

/** A paid sale (default 2 × Mok 21 % and Thee 9 %: 29.65) on a day and time, of a named customer. */
function order(
  number: number,
  date: string,
  customer: { name?: string; email?: string; company?: string } = {},
  options: { time?: string; lines?: LineName[] } = {},
): MwwOrder {
  const base = sale(number, customer.email ?? `klant-${number}@example.nl`, options.lines);
  const invoice = base.debtor.address?.invoice;
  return {
    ...base,
    date,
    time: options.time ?? '12:00:00',
    status: 3,
    status_changed_date: date,
    status_changed_time: options.time ?? '12:00:00',
    debtor: {
      ...base.debtor,
      ...(invoice && {
        address: {
          ...base.debtor.address!,
          invoice: {
            ...invoice,
            ...(customer.name !== undefined && { name: customer.name }),
            company: customer.company ?? '',
          },
        },
      }),
    },
  } as MwwOrder;
}

const numbersOf = (page: { orders: Array<{ orderNumber: string }> }) => page.orders.map((o) => o.orderNumber);

async function search(demo: Demo, args: RequestArgs<'orders.search'>) {
  return call(demo, 'orders.search', { pageSize: 100, ...args });
}

// ---- CSV read back as Dutch Excel reads it: `;` between fields, a quote only around a whole field,
// and a line end (CR LF, or a lone LF or CR) outside quotes ends the row. ----

interface ReadCsv {
  bom: boolean;
  crlfOnly: boolean;
  rows: string[][];
}

function readCsv(text: string): ReadCsv {
  const bom = text.startsWith('\uFEFF');
  const body = bom ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let bareLineEnd = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      else bareLineEnd = true;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { bom, crlfOnly: !bareLineEnd, rows };
}

/** Whether Excel would run the cell as a formula (a plain negative amount is a number, not one). */
const runsAsFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(,\d+)?$/.test(cell);

/** A Dutch-Excel amount ("-1234,56") in cents. */
const centsOf = (cell: string) => {
  expect(cell).toMatch(/^-?\d+,\d{2}$/);
  return Math.round(Number(cell.replace(',', '.')) * 100);
};

/** Any spaces (Intl puts a no-break space after €) as one plain space. */
const plainSpaces = (text: string) => text.replace(/\s/g, ' ');

const ALL_STATES: readonly OrderOverviewState[] = ORDER_OVERVIEW_STATES;

// ---- the situations ----

describe('the daily screens with odd shop data, through the app service', () => {
  it('the first day: an empty administration answers on every screen without an error', async () => {
    const demo = await openShop([]);
    await syncNow(demo);

    const status = await call(demo, 'app.status', {});
    expect(status.state).toBe('idle');
    expect(status.counts).toEqual({ booked: 0, parked: 0, waiting: 0, deleted: 0, cancelled: 0 });
    expect(status.lastRun).toMatchObject({ outcome: 'completed', booked: 0, parked: 0, failed: 0 });

    const list = await search(demo, {});
    expect(list).toMatchObject({ orders: [], total: 0, page: 1 });
    for (const state of ALL_STATES) expect(list.stateCounts[state]).toBe(0);
    expect((await search(demo, { query: 'jansen', states: ['parked'], page: 3 })).orders).toEqual([]);

    expect(await call(demo, 'orders.detail', { orderNumber: '1001' })).toEqual({ order: null });
    expect(await call(demo, 'orders.list', {})).toEqual({
      parked: [],
      waiting: [],
      parkedTotal: 0,
      waitingTotal: 0,
    });

    const log = await call(demo, 'log.search', { filter: { minLevel: 'warn' } });
    expect(log.lines).toEqual([]);
    const logCsv = await call(demo, 'log.exportCsv', { filter: { orderNumber: '1001' } });
    expect(logCsv.lines).toBe(0);
    expect(logCsv.truncated).toBe(false);
    const logRows = readCsv(logCsv.csv);
    expect(logRows.bom).toBe(true);
    expect(logRows.rows).toEqual([['Tijd', 'Soort', 'Bestelling', 'Melding']]);

    const november = { kind: 'month', year: 2026, index: 11 } as const;
    const view = await call(demo, 'reconciliation.period', { period: november });
    expect(view.rates).toEqual([]);
    expect(view.total.shop).toEqual({ inclTax: '0.00', exclTax: '0.00', vat: '0.00' });
    expect(view.total.difference).toEqual({ inclTax: '0.00', exclTax: '0.00', vat: '0.00' });
    expect(view.verdict).toBe('agrees');
    expect(view.counts.orders).toBe(0);
    expect(view.explanations).toMatchObject({ items: [], total: 0 });

    const monthCsv = await call(demo, 'reconciliation.exportCsv', { period: november });
    expect(monthCsv.fileName).toMatch(/2026-11\.csv$/);
    const monthRows = readCsv(monthCsv.csv).rows;
    // The header and the total row, at zero.
    expect(monthRows).toHaveLength(2);
    expect(monthRows[1]).toHaveLength(monthRows[0]!.length);
    expect(monthRows[1]!.slice(8)).toEqual(Array(9).fill('0,00'));

    const check = await call(demo, 'reconciliation.checkMoneybird', { period: november });
    expect(check).toMatchObject({ invoices: 0, changed: 0, deleted: 0 });
  });

  it('shows odd customer names and e-mails exactly as the shop gave them, and finds them by any part', async () => {
    const longName = `Van ${'Oldenbarnevelt-'.repeat(20)}Hoogstraten`;
    const customers = [
      { name: "Siobhán O'Brien", email: "Siobhan.O'Brien@Example.IE" },
      { name: 'Jan "de Kapper" Jansen', email: 'jan@kapper.nl' },
      { name: 'Müller, Jürgen; Kaffee', email: 'juergen@müller.de' },
      { name: 'Eerste regel\nTweede regel', email: 'twee-regels@example.nl' },
      { name: '🎉 Feest Winkel 🎂', email: 'feest@example.nl' },
      { name: longName, email: 'lang@example.nl' },
      { name: '=SUM(A1:A9)', email: 'formule@example.nl' },
      { name: '+31 6 12345678', email: 'plus@example.nl' },
      { name: '-2', email: 'min@example.nl' },
      { name: '@x', email: 'at@example.nl' },
    ];
    const demo = await openShop(customers.map((c, i) => order(2001 + i, '2026-11-10', c)));
    await syncNow(demo);

    const all = await search(demo, {});
    expect(all.total).toBe(customers.length);
    customers.forEach((c, i) => {
      const row = all.orders.find((o) => o.orderNumber === String(2001 + i))!;
      expect(row.customerName, c.name).toBe(c.name);
      expect(row.customerEmail, c.email).toBe(c.email);
    });

    const found = async (query: string) => numbersOf(await search(demo, { query }));
    expect(await found("o'brien")).toEqual(['2001']);
    expect(await found('SIOBHAN')).toEqual(['2001']);
    expect(await found('siobhán')).toEqual(['2001']);
    expect(await found("siobhan.o'brien@example.ie")).toEqual(['2001']);
    expect(await found('"de kapper"')).toEqual(['2002']);
    expect(await found('müller, jürgen;')).toEqual(['2003']);
    expect(await found('MULLER')).toEqual(['2003']);
    expect(await found('tweede regel')).toEqual(['2004']);
    expect(await found('🎂')).toEqual(['2005']);
    expect(await found('oldenbarnevelt-oldenbarnevelt')).toEqual(['2006']);
    expect(await found('=sum(a1')).toEqual(['2007']);
    expect(await found('+31 6')).toEqual(['2008']);
    expect(await found('@x')).toEqual(['2010']);

    // The page of one of them shows the same customer.
    const page = await call(demo, 'orders.detail', { orderNumber: '2001' });
    expect(page.order?.summary.customerName).toBe("Siobhán O'Brien");
    expect(page.order?.shop?.ok && page.order.shop.value.customer.email).toBe("Siobhan.O'Brien@Example.IE");
  });

  it('finds a name written with ø, ł or a ligature when the owner types it without', async () => {
    const demo = await openShop([
      order(2101, '2026-11-10', { name: 'Søren Ødegård', email: 'soren@example.dk' }),
      order(2102, '2026-11-10', { name: 'Łukasz Żółć', email: 'lz@example.pl' }),
      order(2103, '2026-11-10', { name: 'Ĳsbrand Ĳzerman', email: 'ijs@example.nl' }),
    ]);
    await syncNow(demo);
    const found = async (query: string) => numbersOf(await search(demo, { query }));
    expect(await found('ijzerman')).toEqual(['2103']);
    expect(await found('ŻÓŁĆ')).toEqual(['2102']);
    expect(await found('søren')).toEqual(['2101']);
    // ø and ł have no accent to drop: the fold writes them as the owner types them.
    expect(await found('odegard')).toEqual(['2101']);
    expect(await found('lukasz')).toEqual(['2102']);
  });

  it('searches by order number, by e-mail in another case and with spaces around the text', async () => {
    const demo = await openShop([
      order(1001, '2026-11-01', { name: 'Anna de Boer', email: 'anna.deboer@voorbeeld.nl' }),
      order(11001, '2026-11-02', { name: 'Bram Bakker', email: 'bram@voorbeeld.nl' }),
      order(1002, '2026-11-03', { name: 'Cor Dekker', email: 'cor@1001-nachten.nl' }),
      order(3003, '2026-11-04', { name: 'Dirk Visser', email: 'dirk@voorbeeld.nl' }),
    ]);
    await syncNow(demo);

    // Part of an order number: every order holding it in its number, name or e-mail.
    const byNumber = await search(demo, { query: '1001' });
    expect(numbersOf(byNumber).sort()).toEqual(['1001', '1002', '11001']);
    expect(byNumber.total).toBe(3);
    expect(numbersOf(await search(demo, { query: '3003' }))).toEqual(['3003']);
    expect(numbersOf(await search(demo, { query: '  3003  ' }))).toEqual(['3003']);
    expect(numbersOf(await search(demo, { query: 'ANNA.DEBOER@VOORBEELD.NL' }))).toEqual(['1001']);
    expect(numbersOf(await search(demo, { query: '\tAnna.DeBoer@ ' }))).toEqual(['1001']);
    expect(numbersOf(await search(demo, { query: 'de boer' }))).toEqual(['1001']);
    // Only spaces: no search at all, every order.
    expect((await search(demo, { query: '   ' })).total).toBe(4);
    // Two letters: still a search (not every order).
    expect(numbersOf(await search(demo, { query: 'vi' }))).toEqual(['3003']);
    // A text longer than the screen allows is refused with a reason, not cut silently into a
    // search for something else.
    const long = await ask(demo, 'orders.search', { query: 'x'.repeat(101) });
    expect(long.ok).toBe(false);
    if (!long.ok) {
      expect(long.error.code).toBe('invalid-arguments');
      expect(long.error.issues.map((i) => i.path).join(' ')).toContain('query');
    }
  });

  it('takes %, _, *, ? and [ in a search literally', async () => {
    const demo = await openShop([
      order(4001, '2026-11-05', { name: '100%_Puur', email: 'puur@example.nl' }),
      order(4002, '2026-11-05', { name: 'Jan_Smit', email: 'jansmit@example.nl' }),
      order(4003, '2026-11-05', { name: 'Jan Smit', email: 'jan.smit@example.nl' }),
      order(4004, '2026-11-05', { name: 'Jan-Smit', email: 'jan-smit@example.nl' }),
      order(4005, '2026-11-05', { name: 'Procent 1000 puur', email: 'procent@example.nl' }),
      order(4006, '2026-11-05', { name: 'Ster* [Winkel]?', email: 'ster@example.nl' }),
    ]);
    await syncNow(demo);
    const found = async (query: string) => numbersOf(await search(demo, { query })).sort();
    expect(await found('jan_smit')).toEqual(['4002']);
    expect(await found('_')).toEqual(['4001', '4002']);
    expect(await found('100%')).toEqual(['4001']);
    expect(await found('%')).toEqual(['4001']);
    expect(await found('j%n')).toEqual([]);
    expect(await found('jan%smit')).toEqual([]);
    expect(await found('*')).toEqual(['4006']);
    expect(await found('ster*')).toEqual(['4006']);
    expect(await found('s?er')).toEqual([]);
    expect(await found('[winkel]')).toEqual(['4006']);
    expect(await found('[')).toEqual(['4006']);
    expect(await found(']?')).toEqual(['4006']);
    expect(await found("' or 1=1 --")).toEqual([]);
    // The counts match the pages.
    expect((await search(demo, { query: '_' })).total).toBe(2);
  });

  it('pages through the list while a run books new orders: no order twice, none left out', async () => {
    const first = Array.from({ length: 30 }, (_, i) =>
      order(5001 + i, `2026-11-${String(1 + (i % 20)).padStart(2, '0')}`),
    );
    const demo = await openShop(first);
    await syncNow(demo);
    expect((await search(demo, {})).total).toBe(30);

    const seen: string[] = [];
    const page1 = await call(demo, 'orders.search', { page: 1, pageSize: 10 });
    seen.push(...numbersOf(page1));

    // While the owner reads page 1, the shop sells five more (newest, and one dated in the middle),
    // and a run books them.
    for (let i = 0; i < 5; i++) {
      const sold = order(5101 + i, i === 4 ? '2026-11-05' : '2026-11-27');
      demo.mww.shop.addOrder({ ...sold, status: 1 });
      demo.mww.shop.setStatus(sold.number, 3);
    }
    await syncNow(demo);

    // The next pages, as the screen asks for them: the list as page 1 showed it.
    for (const page of [2, 3, 4]) {
      const next = await call(demo, 'orders.search', { page, pageSize: 10, asOf: page1.asOf });
      expect(next.total).toBe(30);
      seen.push(...numbersOf(next));
    }
    const before = first.map((o) => String(o.number));
    expect(seen.length).toBe(new Set(seen).size);
    expect([...seen].sort()).toEqual([...before].sort());

    // Back on page 1, the list as it is now: the new orders are there.
    const fresh = await call(demo, 'orders.search', { page: 1, pageSize: 10 });
    expect(fresh.total).toBe(35);
    expect(fresh.asOf).toBeGreaterThan(page1.asOf);
    expect(numbersOf(fresh).slice(0, 4).sort()).toEqual(['5101', '5102', '5103', '5104']);
  });

  it('filters on periods at the month and year boundary as the shop counts days (Amsterdam)', async () => {
    const demo = await openShop([
      order(6001, '2025-11-30', {}, { time: '23:59:00' }),
      order(6002, '2025-12-01', {}, { time: '00:00:00' }),
      order(6003, '2025-12-31', {}, { time: '23:30:00' }),
      order(6004, '2026-01-01', {}, { time: '00:10:00' }),
      order(6005, '2026-01-31', {}, { time: '23:59:59' }),
    ]);
    await syncNow(demo);
    const inPeriod = async (from: string, to: string) => {
      const page = await search(demo, { from, to });
      const counted = Object.values(page.stateCounts).reduce((a, b) => a + b, 0);
      expect(counted, `counts ${from}..${to}`).toBe(page.total);
      return numbersOf(page).sort();
    };
    expect(await inPeriod('2025-12-01', '2025-12-31')).toEqual(['6002', '6003']);
    expect(await inPeriod('2025-01-01', '2025-12-31')).toEqual(['6001', '6002', '6003']);
    expect(await inPeriod('2026-01-01', '2026-12-31')).toEqual(['6004', '6005']);
    expect(await inPeriod('2026-01-01', '2026-01-31')).toEqual(['6004', '6005']);
    expect(await inPeriod('2025-12-31', '2025-12-31')).toEqual(['6003']);
    // The list shows the shop's own day.
    const late = (await search(demo, { query: '6003' })).orders[0]!;
    expect(late.orderDate).toBe('2025-12-31');

    // The month per VAT rate counts each on the same day.
    const december = await call(demo, 'reconciliation.period', {
      period: { kind: 'month', year: 2025, index: 12 },
    });
    expect(december.counts.orders).toBe(2);
    expect(december.total.shop.inclTax).toBe('59.30');
    expect(december.verdict).toBe('agrees');
    const q1 = await call(demo, 'reconciliation.period', {
      period: { kind: 'quarter', year: 2026, index: 1 },
    });
    expect(q1.counts.orders).toBe(2);
    const q4 = await call(demo, 'reconciliation.period', {
      period: { kind: 'quarter', year: 2025, index: 4 },
    });
    expect(q4.counts.orders).toBe(3);
    // Moneybird dates the invoices on the same days.
    const dated = (n: number) =>
      demo.moneybird.books
        .salesInvoices()
        .find((i: { reference: string }) => i.reference.endsWith(String(n)));
    expect(dated(6003)?.invoice_date).toBe('2025-12-31');
    expect(dated(6004)?.invoice_date).toBe('2026-01-01');
  });

  it("keeps the status headline's counts equal to what the list's state filters show", async () => {
    const unpaid = { ...order(7006, '2026-11-12'), payment_status: 'pending' } as MwwOrder;
    const demo = await openShop(
      [
        order(7001, '2026-11-10'),
        order(7002, '2026-11-10'),
        order(7003, '2026-11-11'),
        order(7004, '2026-11-11', {}, { lines: ['zegels'] }),
        order(7005, '2026-11-11', {}, { lines: ['mok', 'zegels'] }),
        unpaid,
      ],
      { omit: ['taxRates.domestic.0'] },
    );
    await syncNow(demo);
    // The owner skips one parked order; a booking of another is deleted in Moneybird, found by the
    // comparison.
    expect((await call(demo, 'orders.skip', { orderNumber: '7005' })).accepted).toBe(true);
    // A second click (a window that had not refreshed yet) is refused in the owner's language.
    const again = await call(demo, 'orders.skip', { orderNumber: '7005' });
    expect(again.accepted).toBe(false);
    expect(again.reason?.nl).toBe(
      'Bestelling 7005 is intussen al veranderd, dus er is niets aangepast. Vernieuw de lijst om te zien hoe ze er nu voor staat.',
    );
    const invoice = demo.moneybird.books
      .salesInvoices()
      .find((i: { reference: string }) => i.reference.endsWith('7001'))!;
    demo.moneybird.owner.deleteInvoice(invoice.id);
    const check = await call(demo, 'reconciliation.checkMoneybird', {
      period: { kind: 'month', year: 2026, index: 11 },
    });
    expect(check.deleted).toBe(1);

    const status = await call(demo, 'app.status', {});
    const list = await search(demo, {});
    const per = async (state: OrderOverviewState) => (await search(demo, { states: [state] })).total;
    expect(status.counts).toEqual({ booked: 2, parked: 1, waiting: 0, deleted: 1, cancelled: 0 });
    expect(list.total).toBe(6);
    for (const state of ALL_STATES) expect(await per(state), state).toBe(list.stateCounts[state]);
    expect(list.stateCounts).toMatchObject({
      booked: 2,
      deleted_in_moneybird: 1,
      parked: 1,
      skipped: 1,
      not_eligible: 1,
    });
    expect(status.counts.booked).toBe(list.stateCounts.booked);
    expect(status.counts.parked).toBe(list.stateCounts.parked);
    expect(status.counts.deleted).toBe(list.stateCounts.deleted_in_moneybird);
    expect(status.counts.waiting).toBe(list.stateCounts.waiting + list.stateCounts.in_progress);
    const held = await call(demo, 'orders.list', {});
    expect(held.parked.map((o) => o.orderNumber)).toEqual(['7004']);
    expect(held.parkedTotal).toBe(status.counts.parked);
    expect(held.waitingTotal).toBe(status.counts.waiting);
    // Booked and deleted chosen together: each once.
    expect((await search(demo, { states: ['booked', 'deleted_in_moneybird'] })).total).toBe(3);
    expect((await search(demo, { states: ['booked'], query: '700' })).total).toBe(2);
  });

  it('answers an order page for an order that does not exist or a malformed number clearly', async () => {
    const demo = await openShop([order(8001, '2026-11-10')]);
    await syncNow(demo);

    for (const orderNumber of [
      '99999',
      '0',
      '8001; DROP TABLE order_journal',
      "8001' OR '1'='1",
      'Ωμέγα-1',
    ]) {
      expect(await call(demo, 'orders.detail', { orderNumber }), orderNumber).toEqual({ order: null });
    }
    for (const orderNumber of ['', ' 8001', '8001 ', 'a'.repeat(65), '80\u202E01', '80\n01', '80  01']) {
      const reply = await ask(demo, 'orders.detail', { orderNumber });
      expect(reply.ok, JSON.stringify(orderNumber)).toBe(false);
      if (reply.ok) continue;
      expect(reply.error.code).toBe('invalid-arguments');
      expect(reply.error.message.nl.length).toBeGreaterThan(10);
      expect(reply.error.message.en.length).toBeGreaterThan(10);
      expect(reply.error.issues.map((i) => i.path).join(' ')).toContain('orderNumber');
    }
    const wrongType = await ask(demo, 'orders.detail', { orderNumber: 8001 } as never);
    expect(wrongType.ok).toBe(false);
    // The app is none the worse: the real order's page and the list still answer.
    const real = await call(demo, 'orders.detail', { orderNumber: '8001' });
    expect(real.order?.summary).toMatchObject({ orderNumber: '8001', state: 'booked' });
    expect((await search(demo, {})).total).toBe(1);
  });

  it('filters the log by order, level and words, and never shows a token (screen or CSV)', async () => {
    const demo = await openShop([
      order(9001, '2026-11-10', { name: 'Gewone Klant', email: 'gewoon@example.nl' }),
      order(9002, '2026-11-11', { name: 'Lastige Klant', email: 'lastig@example.nl' }),
    ]);
    const secrets = [demo.mww.token, demo.mww.partnerToken, demo.moneybird.token];
    // Moneybird refuses the first contact the run makes, echoing the request's credentials.
    demo.moneybird.server.faults.add({
      method: 'POST',
      path: /contacts/,
      fault: {
        kind: 'status',
        status: 422,
        body: {
          error: {
            email: [
              `ongeldig (Authorization: Bearer ${demo.moneybird.token}; sleutel ${demo.moneybird.token}; ` +
                `bron https://shop.example/v1/orders?token=${demo.mww.token}&partner_token=${demo.mww.partnerToken})`,
            ],
          },
        },
      },
      times: 1,
    });
    await syncNow(demo);
    const parkedOrders = (await search(demo, { states: ['parked'] })).orders;
    expect(parkedOrders).toHaveLength(1);
    const parked = parkedOrders[0]!.orderNumber;
    const detail = (await call(demo, 'orders.detail', { orderNumber: parked })).order!;
    expect(detail.summary.reason?.nl).toContain('ongeldig');
    expect(detail.summary.reason?.nl).toContain('[redacted]');

    const everything = await call(demo, 'log.search', { filter: {}, limit: 200 });
    expect(everything.lines.length).toBeGreaterThan(0);
    const ofOrder = await call(demo, 'log.search', { filter: { orderNumber: parked }, limit: 200 });
    expect(ofOrder.lines.length).toBeGreaterThan(0);
    expect(ofOrder.lines.every((l) => l.orderNumber === parked)).toBe(true);
    expect(ofOrder.lines.length).toBe(everything.lines.filter((l) => l.orderNumber === parked).length);
    const warnings = await call(demo, 'log.search', { filter: { minLevel: 'warn' }, limit: 200 });
    expect(warnings.lines.every((l) => l.level === 'warn' || l.level === 'error')).toBe(true);
    expect(warnings.lines.length).toBe(everything.lines.filter((l) => l.level !== 'info').length);
    expect(warnings.lines.some((l) => l.orderNumber === parked)).toBe(true);
    // Words, case ignored, in the owner's language.
    const word = await call(demo, 'log.search', {
      filter: { text: 'ONGELDIG', orderNumber: parked, language: 'nl' },
    });
    expect(word.lines.length).toBeGreaterThan(0);
    expect(word.lines.every((l) => l.message.nl.toLowerCase().includes('ongeldig'))).toBe(true);
    // Newest first, and paging back with beforeSeq gives the rest, no line twice.
    const seqs = everything.lines.map((l) => l.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    const first = await call(demo, 'log.search', { filter: {}, limit: 2 });
    const rest = await call(demo, 'log.search', {
      filter: {},
      beforeSeq: first.lines.at(-1)!.seq,
      limit: 200,
    });
    expect([...first.lines, ...rest.lines].map((l) => l.seq)).toEqual(seqs);

    // No token anywhere the owner can see or save.
    const csv = await call(demo, 'log.exportCsv', { filter: {} });
    const csvEn = await call(demo, 'log.exportCsv', { filter: { language: 'en' } });
    expect(csv.lines).toBe(everything.lines.length);
    const shown = [
      JSON.stringify(everything),
      JSON.stringify(detail),
      JSON.stringify(await search(demo, {})),
      JSON.stringify(await call(demo, 'app.status', {})),
      JSON.stringify(await call(demo, 'orders.list', {})),
      JSON.stringify(
        await call(demo, 'reconciliation.period', { period: { kind: 'month', year: 2026, index: 11 } }),
      ),
      csv.csv,
      csvEn.csv,
    ];
    for (const text of shown) for (const secret of secrets) expect(text).not.toContain(secret);
  });

  it("writes a refusal's semicolons, quotes, newline and formula into both CSVs as Dutch Excel needs", async () => {
    const echoed = 'Naam "Müller; Jürgen"\n=HYPERLINK("http://x";"klik") is te lang';
    const demo = await openShop([
      order(9101, '2026-11-10', { name: 'Müller; Jürgen' }),
      order(9102, '2026-11-11'),
    ]);
    demo.moneybird.server.faults.add({
      method: 'POST',
      path: /contacts/,
      fault: { kind: 'status', status: 422, body: { error: { company_name: [echoed] } } },
      times: 1,
    });
    await syncNow(demo);
    const parked = (await search(demo, { states: ['parked'] })).orders;
    expect(parked.map((o) => o.orderNumber)).toHaveLength(1);
    const parkedNumber = parked[0]!.orderNumber;
    expect(parked[0]!.reason?.nl).toContain('=HYPERLINK');

    // The log's CSV.
    const logLines = (await call(demo, 'log.search', { filter: { orderNumber: parkedNumber } })).lines;
    const withEcho = logLines.filter((l) => l.message.nl.includes('HYPERLINK'));
    expect(withEcho.length).toBeGreaterThan(0);
    const logCsv = await call(demo, 'log.exportCsv', { filter: { orderNumber: parkedNumber } });
    const log = readCsv(logCsv.csv);
    expect(log.bom).toBe(true);
    expect(log.rows[0]).toEqual(['Tijd', 'Soort', 'Bestelling', 'Melding']);
    expect(log.crlfOnly).toBe(true);
    expect(log.rows).toHaveLength(logLines.length + 1);
    for (const row of log.rows) expect(row).toHaveLength(4);
    for (const row of log.rows) for (const cell of row) expect(runsAsFormula(cell), cell).toBe(false);
    // A message in lines (here Moneybird's own line break) is one line in its cell: Excel keeps the
    // row at its usual height, and the lines read on as on the log screen.
    expect(log.rows.slice(1).map((r) => r[3])).toEqual(
      logLines.map((l) => l.message.nl.replaceAll('\n', ' ')),
    );
    expect(
      log.rows.some((r) => r[3]!.includes('Naam "Müller; Jürgen" =HYPERLINK("http://x";"klik") is te lang')),
    ).toBe(true);

    // The month's CSV names the parked order with its reason.
    const november = { kind: 'month', year: 2026, index: 11 } as const;
    const view = await call(demo, 'reconciliation.period', { period: november });
    expect(view.explanations.items.map((i) => i.orderNumber)).toEqual([parkedNumber]);
    const month = readCsv((await call(demo, 'reconciliation.exportCsv', { period: november })).csv);
    expect(month.bom).toBe(true);
    const width = month.rows[0]!.length;
    expect(month.crlfOnly).toBe(true);
    for (const row of month.rows) expect(row).toHaveLength(width);
    for (const row of month.rows) for (const cell of row) expect(runsAsFormula(cell), cell).toBe(false);
    const orderRows = month.rows.filter((r) => r.includes(parkedNumber));
    expect(orderRows.length).toBeGreaterThan(0);
    expect(orderRows.every((r) => r.some((c) => c.includes('=HYPERLINK("http://x";"klik")')))).toBe(true);
    for (const row of month.rows) for (const cell of row) expect(cell).not.toContain('\n');
  });

  it('shows amounts over a thousand the Dutch way in Dutch, the English way in English, and with a decimal comma in both CSVs', async () => {
    // 50 × the Mok line (24.20 incl., 4.20 VAT at 21 %): 1210.00 incl., 210.00 VAT.
    const fifty = Array.from({ length: 50 }, () => 'mok' as const);
    const demo = await openShop([
      order(9201, '2026-10-15', { email: 'groot@example.nl' }, { lines: fifty }),
      order(9202, '2026-10-16'),
    ]);
    await syncNow(demo);

    // The list and the page: an exact decimal, which the screen shows as the owner's language writes it.
    const row = (await search(demo, { query: '9201' })).orders[0]!;
    expect(row).toMatchObject({ state: 'booked', currency: 'EUR' });
    expect(row.total).toMatch(/^1210(\.0+)?$/);
    expect(plainSpaces(formatMoney(row.total!, 'nl', row.currency!))).toBe('€ 1.210,00');
    expect(plainSpaces(formatMoney(row.total!, 'en', row.currency!))).toBe('€1,210.00');
    const detail = (await call(demo, 'orders.detail', { orderNumber: '9201' })).order!;
    expect(detail.shop?.ok && detail.shop.value.total).toMatch(/^1210(\.0+)?$/);
    expect(detail.moneybird?.ok && detail.moneybird.value.totalInclVat).toMatch(/^1210(\.0+)?$/);

    const october = { kind: 'month', year: 2026, index: 10 } as const;
    const view = await call(demo, 'reconciliation.period', { period: october });
    expect(view.total.shop).toEqual({ inclTax: '1239.65', exclTax: '1025.00', vat: '214.65' });
    expect(view.total.booked).toEqual(view.total.shop);
    expect(view.verdict).toBe('agrees');
    expect(plainSpaces(formatMoney(view.total.shop.inclTax, 'nl'))).toBe('€ 1.239,65');
    expect(plainSpaces(formatMoney(view.total.shop.inclTax, 'en'))).toBe('€1,239.65');
    for (const language of ['nl', 'en'] as const) {
      const csv = readCsv((await call(demo, 'reconciliation.exportCsv', { period: october, language })).csv);
      expect(csv.bom).toBe(true);
      expect(csv.crlfOnly).toBe(true);
      const [header, ...rows] = csv.rows;
      expect(header).toHaveLength(17);
      // Columns 9–17: shop incl/excl/VAT, Moneybird incl/excl/VAT, difference incl/excl/VAT.
      const amounts = (r: string[]) => r.slice(8, 17);
      const rateRows = rows.filter((r) => r[0] === (language === 'nl' ? 'Tarief' : 'Rate'));
      // Domestic sales: box 1a of the VAT return at 21 %, 1b at 9 %.
      expect(rateRows.map((r) => [r[2], r[3]])).toEqual([
        ['1a', '21'],
        ['1b', '9'],
      ]);
      const total = rows.find((r) => r[0] === (language === 'nl' ? 'Totaal' : 'Total'))!;
      expect(amounts(total), language).toEqual([
        '1239,65',
        '1025,00',
        '214,65',
        '1239,65',
        '1025,00',
        '214,65',
        '0,00',
        '0,00',
        '0,00',
      ]);
      // The rows per rate add up to the total, to the cent, in every column.
      for (let k = 0; k < 9; k++) {
        const sum = rateRows.reduce((s, r) => s + centsOf(amounts(r)[k]!), 0);
        expect(sum, `${language} column ${k}`).toBe(centsOf(amounts(total)[k]!));
      }
    }
  });
});
