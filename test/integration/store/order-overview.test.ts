// The orders screen's query over a real SQLite journal: search by number, name and e-mail (accents
// and case aside), filters by state and order date, newest first, paging, every state the journal
// knows; the steps each order went through; and a database from before version 6 migrating.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDecimal } from '../../../src/main/core/money';
import {
  createOrderOverview,
  JOURNAL_STATES,
  MIGRATIONS,
  type OrderOverviewQuery,
  openDatabase,
  openStore,
  overviewStateOf,
  type Store,
} from '../../../src/main/core/store';
import { ORDER_OVERVIEW_STATES } from '../../../src/shared/contract';
import { fillJournal, type HistoryOrder } from '../../support/journal-history';
import { freshTempDirs } from '../../support/temp-dir';

const tempDir = freshTempDirs();
let store: Store | undefined;
let clock = 1_700_000_000_000;

function open(file = join(tempDir(), 'w.sqlite')): Store {
  store = openStore(file, { now: () => clock });
  return store;
}

afterEach(() => {
  store?.close();
  store = undefined;
});

const page = (query: Partial<OrderOverviewQuery> = {}): OrderOverviewQuery => ({
  page: 1,
  pageSize: 50,
  ...query,
});

/** Newest first as the screen promises: order date descending, then the order met last first. */
const newestFirst = (orders: HistoryOrder[]) =>
  [...orders].reverse().sort((a, b) => (a.orderDate < b.orderDate ? 1 : a.orderDate > b.orderDate ? -1 : 0));

describe('the orders query', () => {
  it('maps every journal state to exactly one state on the screen', () => {
    for (const state of JOURNAL_STATES) expect(ORDER_OVERVIEW_STATES).toContain(overviewStateOf(state));
  });

  it('lists every order newest first, a page at a time, with the total over all pages', () => {
    const s = open();
    const made = fillJournal(s, { count: 230, seed: 3, from: '2025-01-01', to: '2025-03-31' });
    const overview = createOrderOverview(s.db);
    const expected = newestFirst(made).map((o) => o.orderNumber);
    const first = overview.search(page({ pageSize: 100 }));
    const third = overview.search(page({ page: 3, pageSize: 100 }));
    expect(first.total).toBe(230);
    expect(first.rows.map((r) => r.orderNumber)).toEqual(expected.slice(0, 100));
    expect(third.rows.map((r) => r.orderNumber)).toEqual(expected.slice(200));
    expect(overview.search(page({ page: 4, pageSize: 100 })).rows).toEqual([]);
  });

  it('finds orders by part of the order number, the name or the e-mail, whatever the case or accents', () => {
    const s = open();
    const made = fillJournal(s, { count: 400, seed: 5, from: '2025-01-01', to: '2025-06-30' });
    const overview = createOrderOverview(s.db);
    const numbers = (text: string) =>
      overview
        .search(page({ text, pageSize: 1_000 }))
        .rows.map((r) => r.orderNumber)
        .sort();
    const fold = (t: string) => t.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    const expectMatches = (text: string, predicate: (o: HistoryOrder) => boolean) => {
      const wanted = made.filter(predicate).map((o) => o.orderNumber);
      expect(wanted.length).toBeGreaterThan(0);
      expect(numbers(text)).toEqual(wanted.sort());
    };
    const someone = made[17]!;
    expectMatches(someone.orderNumber, (o) => o.orderNumber.includes(someone.orderNumber));
    expectMatches('JANSEN', (o) => o.customerName.includes('Jansen'));
    // "José" and "Öztürk" are found without their accents.
    expectMatches('jose', (o) => fold(o.customerName).includes('jose'));
    expectMatches('ozturk', (o) => fold(o.customerName).includes('ozturk'));
    expectMatches(someone.customerEmail, (o) => o.customerEmail.includes(someone.customerEmail));
    // Two letters are looked for too (without the index).
    expectMatches('bo', (o) => fold(`${o.orderNumber} ${o.customerName} ${o.customerEmail}`).includes('bo'));
    expect(numbers('niemand-heet-zo')).toEqual([]);
  });

  it('takes wildcards in the search literally', () => {
    const s = open();
    fillJournal(s, { count: 50, seed: 8, from: '2025-01-01', to: '2025-01-31' });
    const overview = createOrderOverview(s.db);
    for (const text of ['*', '?', '[a]', 'an*', '%', '_']) {
      expect(overview.search(page({ text })).total, text).toBe(0);
    }
  });

  it('uses the date order for a text most orders contain, with the same answer', () => {
    const s = open();
    const made = fillJournal(s, { count: 1_200, seed: 9, from: '2024-01-01', to: '2025-12-31' });
    const overview = createOrderOverview(s.db);
    const found = overview.search(page({ text: '@example.nl' }));
    expect(found.total).toBe(1_200);
    expect(found.rows.map((r) => r.orderNumber)).toEqual(
      newestFirst(made)
        .slice(0, 50)
        .map((o) => o.orderNumber),
    );
  });

  it('filters by state and by order date, both ends included, and combines them with search', () => {
    const s = open();
    const made = fillJournal(s, { count: 600, seed: 11, from: '2025-01-01', to: '2025-12-31' });
    const overview = createOrderOverview(s.db);
    const all = (query: Partial<OrderOverviewQuery>) => {
      const found = overview.search(page({ ...query, pageSize: 1_000 }));
      expect(found.rows).toHaveLength(found.total);
      return found.rows.map((r) => r.orderNumber).sort();
    };
    const of = (predicate: (o: HistoryOrder) => boolean) =>
      made
        .filter(predicate)
        .map((o) => o.orderNumber)
        .sort();
    expect(all({ states: ['parked'] })).toEqual(of((o) => o.state === 'parked'));
    expect(all({ states: ['waiting', 'skipped'] })).toEqual(
      of((o) => o.state === 'waiting_transient' || o.state === 'skipped'),
    );
    expect(all({ states: ['not_eligible'] })).toEqual(of((o) => o.state === 'discovered'));
    expect(all({ states: ['in_progress'] })).toEqual(of((o) => o.state === 'contact_ok'));
    expect(all({ from: '2025-03-01', to: '2025-03-31' })).toEqual(
      of((o) => o.orderDate >= '2025-03-01' && o.orderDate <= '2025-03-31'),
    );
    expect(all({ states: ['booked'], from: '2025-06-15', text: 'de' })).toEqual(
      of(
        (o) =>
          o.state === 'done' &&
          o.orderDate >= '2025-06-15' &&
          /de/i.test(`${o.customerName} ${o.customerEmail}`),
      ),
    );
    const march = overview.stateCounts({ from: '2025-03-01', to: '2025-03-31' });
    expect(march.parked).toBe(
      made.filter((o) => o.state === 'parked' && o.orderDate >= '2025-03-01' && o.orderDate <= '2025-03-31')
        .length,
    );
    expect(overview.stateCounts({ from: '2025-12-01' }).booked).toBe(
      made.filter((o) => o.state === 'done' && o.orderDate >= '2025-12-01').length,
    );
    const counts = overview.stateCounts();
    expect(counts.booked).toBe(made.filter((o) => o.state === 'done').length);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(600);
  });

  it('counts per state what a search finds in the period, the same as listing each state would', () => {
    const s = open();
    const made = fillJournal(s, { count: 1_500, seed: 29, from: '2024-01-01', to: '2025-12-31' });
    const booked = made.filter((o) => o.state === 'done');
    // Booked orders set apart: two with their invoice deleted in Moneybird, two the shop called off.
    for (const o of [booked[5]!, booked[700]!]) s.vatFigures.recordGone(o.orderNumber);
    for (const o of [booked[9]!, booked[900]!])
      s.cancelledInShop.mark(o.orderNumber, 'Geannuleerd', '2026-01-02');
    const overview = createOrderOverview(s.db);
    // Every order once: those cancelled in the shop are a part of the booked ones, counted there too.
    const sum = ({ cancelled_in_shop: _part, ...counts }: Record<string, number>) =>
      Object.values(counts).reduce((a, b) => a + b, 0);
    const listed = (query: Partial<OrderOverviewQuery>) =>
      Object.fromEntries(
        ORDER_OVERVIEW_STATES.map((state) => [
          state,
          overview.search(page({ ...query, states: [state] })).total,
        ]),
      );
    const fold = (t: string) => t.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    const finds = (text: string) => (o: HistoryOrder) =>
      fold(`${o.orderNumber} ${o.customerName} ${o.customerEmail}`).includes(fold(text));
    const someone = made[321]!;
    const name = someone.customerName.split(' ').at(-1)!;
    // A name (the search index), two letters and a text every order holds (both read every order),
    // an order number, and a text nobody has.
    for (const text of [name, 'an', '@example.nl', someone.orderNumber, 'niemand-heet-zo']) {
      const periods: { from?: string; to?: string }[] = [
        {},
        { from: '2025-03-01', to: '2025-05-31' },
        { from: '2025-06-15' },
      ];
      for (const period of periods) {
        const counts = overview.stateCounts({ ...period, text });
        expect(counts, `"${text}" ${JSON.stringify(period)}`).toEqual(listed({ ...period, text }));
        const inPeriod = made.filter(
          (o) =>
            finds(text)(o) &&
            (period.from === undefined || o.orderDate >= period.from) &&
            (period.to === undefined || o.orderDate <= period.to),
        );
        expect(sum(counts)).toBe(inPeriod.length);
        expect(counts.parked).toBe(inPeriod.filter((o) => o.state === 'parked').length);
      }
    }
    // A search that finds nothing counts nothing: no label keeps the period's counts beside "Geen
    // bestellingen gevonden".
    expect(Object.values(overview.stateCounts({ text: 'niemand-heet-zo' })).every((n) => n === 0)).toBe(true);
    const byName = overview.stateCounts({ text: name });
    expect(byName.booked).toBeGreaterThan(0);
    expect(byName.booked).toBeLessThan(overview.stateCounts().booked);
    // The orders set apart count in their own state, found by their number; one cancelled in the
    // shop among the booked too (its invoice is in Moneybird still), one deleted there not.
    expect(overview.stateCounts({ text: booked[700]!.orderNumber })).toMatchObject({
      deleted_in_moneybird: 1,
      booked: 0,
    });
    expect(overview.stateCounts({ text: booked[900]!.orderNumber })).toMatchObject({
      cancelled_in_shop: 1,
      booked: 1,
    });
    // A blank search is no search: the period's counts.
    expect(overview.stateCounts({ text: '  ' })).toEqual(overview.stateCounts());
    // As of a page's moment: an order the journal met later is not counted, as the list leaves it out.
    const { asOf } = overview.search(page({ text: '@example.nl' }));
    fillJournal(s, { count: 5, seed: 30, from: '2025-07-01', to: '2025-07-02', firstNumber: 900_000 });
    const then = overview.stateCounts({ text: '@example.nl', asOf });
    expect(then).toEqual(listed({ text: '@example.nl', asOf }));
    expect(sum(then)).toBe(1_500);
    expect(sum(overview.stateCounts({ text: '@example.nl' }))).toBe(1_505);
  });

  it('lists a booked order whose invoice a comparison found deleted apart, in its own state', () => {
    const s = open();
    const made = fillJournal(s, { count: 300, seed: 17, from: '2025-01-01', to: '2025-06-30' });
    const overview = createOrderOverview(s.db);
    const booked = made.filter((o) => o.state === 'done');
    const gone = [booked[3]!, booked[40]!, booked.at(-1)!];
    for (const o of gone) s.vatFigures.recordGone(o.orderNumber);
    const numbers = (query: Partial<OrderOverviewQuery>) => {
      const found = overview.search(page({ ...query, pageSize: 1_000 }));
      expect(found.rows).toHaveLength(found.total);
      return found.rows.map((r) => r.orderNumber).sort();
    };
    const sorted = (orders: HistoryOrder[]) => orders.map((o) => o.orderNumber).sort();
    expect(numbers({ states: ['deleted_in_moneybird'] })).toEqual(sorted(gone));
    expect(numbers({ states: ['booked'] })).toEqual(sorted(booked.filter((o) => !gone.includes(o))));
    expect(numbers({ states: ['booked', 'deleted_in_moneybird'] })).toEqual(sorted(booked));
    expect(numbers({ states: ['deleted_in_moneybird', 'parked'] })).toEqual(
      sorted([...gone, ...made.filter((o) => o.state === 'parked')]),
    );
    const [row] = overview.search(
      page({ text: gone[1]!.orderNumber, states: ['deleted_in_moneybird'] }),
    ).rows;
    expect(row).toMatchObject({ orderNumber: gone[1]!.orderNumber, state: 'done', bookedGone: 1 });
    expect(overviewStateOf('done', true)).toBe('deleted_in_moneybird');

    const counts = overview.stateCounts();
    expect(counts.deleted_in_moneybird).toBe(3);
    expect(counts.booked).toBe(booked.length - 3);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(300);
    const first = gone[0]!.orderDate;
    expect(overview.stateCounts({ from: first, to: first }).deleted_in_moneybird).toBe(
      gone.filter((o) => o.orderDate === first).length,
    );
    // Booked again: recorded with its new invoice, it is booked like any other.
    s.vatFigures.recordBooked(gone[0]!.orderNumber, {
      total: parseDecimal('10.00'),
      date: first,
      version: 1,
      rates: [],
    });
    expect(overview.stateCounts().deleted_in_moneybird).toBe(2);
  });

  it('counts the booked orders in another administration among the booked ones only while their invoice is there', () => {
    const s = open();
    const made = fillJournal(s, { count: 60, seed: 29, from: '2025-01-01', to: '2025-02-28' });
    const booked = made.filter((o) => o.state === 'done');
    const before = booked.slice(0, 4);
    const inAdministration = (o: HistoryOrder, id: string) =>
      s.db
        .prepare('UPDATE order_journal SET moneybird_administration_id = ? WHERE order_number = ?')
        .run(id, o.orderNumber);
    for (const o of booked) inAdministration(o, '1001');
    for (const o of before) inAdministration(o, '900');
    expect(s.journal.bookedOutsideCount('1001')).toBe(4);
    // Deleted in Moneybird since: no longer among the booked (the status's "Geboekt" leaves it out),
    // so not a part of them either ("waarvan 3 in een andere administratie").
    s.vatFigures.recordGone(before[1]!.orderNumber);
    expect(s.journal.bookedOutsideCount('1001')).toBe(3);
  });

  it('lists a booked order the shop called off in its own state, among the booked too, and one also deleted in Moneybird as deleted', () => {
    const s = open();
    const made = fillJournal(s, { count: 300, seed: 23, from: '2025-01-01', to: '2025-06-30' });
    const overview = createOrderOverview(s.db);
    const booked = made.filter((o) => o.state === 'done');
    const parked = made.filter((o) => o.state === 'parked');
    const called = [booked[2]!, booked[30]!, booked.at(-2)!];
    const gone = booked[50]!;
    for (const o of [...called, gone]) {
      expect(s.cancelledInShop.mark(o.orderNumber, 'Geannuleerd', '2025-07-01 10:00:00')).toBe(true);
    }
    // Called off and deleted in Moneybird: the books agree with the shop already; the owner decides
    // about the deletion.
    s.vatFigures.recordGone(gone.orderNumber);
    // A parked order with a draft invoice can carry the mark too; it stays among the parked.
    s.cancelledInShop.mark(parked[0]!.orderNumber, 'Geannuleerd', '2025-07-01 10:00:00');
    const numbers = (query: Partial<OrderOverviewQuery>) => {
      const found = overview.search(page({ ...query, pageSize: 1_000 }));
      expect(found.rows).toHaveLength(found.total);
      return found.rows.map((r) => r.orderNumber).sort();
    };
    const sorted = (orders: HistoryOrder[]) => orders.map((o) => o.orderNumber).sort();
    const plainBooked = booked.filter((o) => o !== gone && !called.includes(o));
    expect(numbers({ states: ['cancelled_in_shop'] })).toEqual(sorted(called));
    // "Geboekt": their invoice is in Moneybird still, so they are among the booked, as the
    // dashboard's "Geboekt" counts them ("waarvan 3 geannuleerd in je winkel").
    expect(numbers({ states: ['booked'] })).toEqual(sorted([...plainBooked, ...called]));
    expect(numbers({ states: ['booked', 'cancelled_in_shop'] })).toEqual(sorted([...plainBooked, ...called]));
    expect(numbers({ states: ['booked', 'deleted_in_moneybird'] })).toEqual(
      sorted([...plainBooked, ...called, gone]),
    );
    expect(numbers({ states: ['cancelled_in_shop', 'parked'] })).toEqual(sorted([...called, ...parked]));
    expect(numbers({ states: ['booked', 'parked'] })).toEqual(sorted([...plainBooked, ...called, ...parked]));
    // The same found by a search: the list's rows and its total agree.
    const text = called[2]!.orderNumber;
    expect(numbers({ text, states: ['booked'] })).toEqual([text]);
    expect(numbers({ states: ['booked', 'deleted_in_moneybird', 'cancelled_in_shop'] })).toEqual(
      sorted(booked),
    );
    expect(numbers({ states: ['parked'] })).toEqual(sorted(parked));
    const [row] = overview.search(page({ text: called[1]!.orderNumber, states: ['cancelled_in_shop'] })).rows;
    expect(row).toMatchObject({ state: 'done', bookedGone: 0, cancelledInShop: 1 });
    expect(overviewStateOf('done', false, true)).toBe('cancelled_in_shop');
    expect(overviewStateOf('done', true, true)).toBe('deleted_in_moneybird');

    const counts = overview.stateCounts();
    expect(counts).toMatchObject({
      cancelled_in_shop: 3,
      deleted_in_moneybird: 1,
      booked: booked.length - 1,
      parked: parked.length,
    });
    // Every order once: the cancelled ones are a part of the booked.
    expect(Object.values(counts).reduce((a, b) => a + b, 0) - counts.cancelled_in_shop).toBe(300);
    // In a period, and for a search, alike.
    const first = called[0]!.orderDate;
    expect(overview.stateCounts({ from: first, to: first }).booked).toBe(
      booked.filter((o) => o !== gone && o.orderDate === first).length,
    );
    expect(overview.stateCounts({ text: called[1]!.orderNumber })).toMatchObject({
      booked: 1,
      cancelled_in_shop: 1,
    });
    expect(s.cancelledInShop.bookedCount()).toBe(3);
    expect(overview.stateCounts({ from: first, to: first }).cancelled_in_shop).toBe(
      called.filter((o) => o.orderDate === first).length,
    );
    // Settled: booked like any other; the same cancellation is not marked again, a new one is.
    expect(s.cancelledInShop.clear(called[0]!.orderNumber)).toBe(true);
    expect(s.cancelledInShop.mark(called[0]!.orderNumber, 'Geannuleerd', '2025-07-01 10:00:00')).toBe(false);
    expect(overview.stateCounts().cancelled_in_shop).toBe(2);
    expect(s.cancelledInShop.mark(called[0]!.orderNumber, 'Geannuleerd', '2025-08-01 09:00:00')).toBe(true);
    expect(overview.stateCounts().cancelled_in_shop).toBe(3);
    // Taken off by a credit or a new completion, it was not settled by the owner; by "Zelf geregeld" it was.
    expect(s.cancelledInShop.settledByOwner(called[0]!.orderNumber)).toBe(false);
    expect(s.cancelledInShop.settleByOwner(called[1]!.orderNumber)).toBe(true);
    expect(s.cancelledInShop.settleByOwner(called[1]!.orderNumber)).toBe(false);
    expect(s.cancelledInShop.settledByOwner(called[1]!.orderNumber)).toBe(true);
    expect(overview.stateCounts().cancelled_in_shop).toBe(2);
  });

  it('shows why an order is held, its invoice number once booked, and who ordered', () => {
    const s = open();
    const made = fillJournal(s, { count: 200, seed: 13, from: '2025-01-01', to: '2025-02-28' });
    const overview = createOrderOverview(s.db);
    const parked = made.find((o) => o.state === 'parked')!;
    const [row] = overview.search(page({ text: parked.orderNumber })).rows;
    expect(row).toMatchObject({
      orderNumber: parked.orderNumber,
      state: 'parked',
      customerName: parked.customerName,
      customerEmail: parked.customerEmail,
      reasonCode: 'tax_rate_unmapped',
      invoiceNumber: null,
    });
    const booked = made.find((o) => o.state === 'done')!;
    const [done] = overview.search(page({ text: booked.orderNumber })).rows;
    expect(done?.invoiceNumber).toMatch(/^2024-\d{5}$/);
    expect(done?.bookedAt).toBe(clock);
  });
});

describe('the steps of an order', () => {
  it('keeps every step with its time, also the ones passed in one transaction', () => {
    const s = open();
    const { journal } = s;
    clock = 1_000;
    journal.record({ orderNumber: '1', state: 'pending', bookingStyle: 'sales_invoice', reference: 'MWW-1' });
    clock = 2_000;
    journal.advance('1', 'pending', 'contact_ok', { contactId: '7' }, 'invoice');
    clock = 3_000;
    journal.park('1', 'contact_ok', { code: 'totals_differ', message: { nl: 'x', en: 'x' } });
    clock = 4_000;
    journal.resume('1', 'parked');
    clock = 5_000;
    journal.advanceThrough('1', 'contact_ok', [
      { to: 'invoice_created', patch: { invoiceId: '9' } },
      { to: 'totals_ok' },
      { to: 'sent', patch: { invoiceNumber: '2025-0001' } },
    ]);
    expect(journal.steps('1')).toEqual([
      { state: 'pending', at: 1_000, writeIntent: null, reasonCode: null, deletedInvoice: null },
      { state: 'contact_ok', at: 2_000, writeIntent: 'invoice', reasonCode: null, deletedInvoice: null },
      {
        state: 'parked',
        at: 3_000,
        writeIntent: 'invoice',
        reasonCode: 'totals_differ',
        deletedInvoice: null,
      },
      { state: 'contact_ok', at: 4_000, writeIntent: 'invoice', reasonCode: null, deletedInvoice: null },
      { state: 'invoice_created', at: 5_000, writeIntent: null, reasonCode: null, deletedInvoice: null },
      { state: 'totals_ok', at: 5_000, writeIntent: null, reasonCode: null, deletedInvoice: null },
      { state: 'sent', at: 5_000, writeIntent: null, reasonCode: null, deletedInvoice: null },
    ]);
    expect(journal.get('1')?.invoiceNumber).toBe('2025-0001');
    // A numbered invoice keeps its number.
    expect(journal.noteInvoiceNumber('1', '9', '2025-0001')).toBe(false);
    expect(journal.noteInvoiceNumber('1', '8', 'other')).toBe(false);
  });

  it('gives an external invoice its reference as number', () => {
    const { journal } = open();
    journal.record({
      orderNumber: '2',
      state: 'pending',
      bookingStyle: 'external_invoice',
      reference: 'MWW-2',
    });
    journal.advanceThrough('2', 'pending', [
      { to: 'invoice_created', patch: { invoiceId: '5', contactId: '6' } },
    ]);
    expect(journal.get('2')?.invoiceNumber).toBe('MWW-2');
  });
});

describe('a database from before the orders screen', () => {
  it('migrates: old orders are listed and searchable by number, with their current step', () => {
    const file = join(tempDir(), 'old.sqlite');
    const v5 = openDatabase(file, { migrations: MIGRATIONS.slice(0, 5), now: () => 5 });
    const insert = v5.prepare(
      `INSERT INTO order_journal (order_number, state, progress, booking_style, order_date, reference,
         moneybird_invoice_id, reason_code, reason_nl, reason_en, attempts, created_at, updated_at, booked_at)
       VALUES (@n, @state, @progress, @style, @date, @ref, @invoice, @code, @nl, @en, 0, 5, @updated, @booked)`,
    );
    insert.run({
      n: '1001',
      state: 'done',
      progress: 'done',
      style: 'sales_invoice',
      date: '2024-05-01',
      ref: 'MWW-1001',
      invoice: '480000000000000001',
      code: null,
      nl: null,
      en: null,
      updated: 60,
      booked: 60,
    });
    insert.run({
      n: '1002',
      state: 'done',
      progress: 'done',
      style: 'external_invoice',
      date: '2024-05-02',
      ref: 'MWW-1002',
      invoice: '480000000000000002',
      code: null,
      nl: null,
      en: null,
      updated: 70,
      booked: 70,
    });
    insert.run({
      n: '1003',
      state: 'parked',
      progress: 'contact_ok',
      style: 'sales_invoice',
      date: '2024-05-03',
      ref: 'MWW-1003',
      invoice: null,
      code: 'tax_rate_unmapped',
      nl: 'Kies een tarief.',
      en: 'Choose a rate.',
      updated: 80,
      booked: null,
    });
    v5.close();

    const s = open(file);
    const overview = createOrderOverview(s.db);
    const found = overview.search(page());
    expect(found.rows.map((r) => [r.orderNumber, r.state, r.customerName, r.invoiceNumber])).toEqual([
      ['1003', 'parked', null, null],
      ['1002', 'done', null, 'MWW-1002'],
      // A sales invoice's number is learnt when its page is opened.
      ['1001', 'done', null, null],
    ]);
    expect(overview.search(page({ text: '1002' })).rows.map((r) => r.orderNumber)).toEqual(['1002']);
    expect(s.journal.steps('1003')).toEqual([
      { state: 'parked', at: 80, writeIntent: null, reasonCode: 'tax_rate_unmapped', deletedInvoice: null },
    ]);
    expect(s.journal.noteInvoiceNumber('1001', '480000000000000001', '2024-0042')).toBe(true);
    expect(s.journal.get('1001')?.invoiceNumber).toBe('2024-0042');
    // A booked order learns who ordered when its page reads the shop's order; found by name then,
    // and a name once known is not replaced.
    expect(s.journal.noteCustomer('1001', { name: 'Zoë Çelik', email: 'zoe@example.nl' })).toBe(true);
    expect(s.journal.noteCustomer('1001', { name: 'Iemand Anders', email: null })).toBe(false);
    expect(overview.search(page({ text: 'zoe cel' })).rows.map((r) => r.orderNumber)).toEqual(['1001']);
    // Who ordered is learnt when the engine next sees the order: searchable from then on.
    s.journal.amend('1003', 'parked', { customerName: 'Renée Dubois', customerEmail: 'renee@example.fr' });
    expect(overview.search(page({ text: 'renee' })).rows.map((r) => r.orderNumber)).toEqual(['1003']);
  });
});

describe('a database from before the steps were kept by order (version 11)', () => {
  it('keeps every order its steps, in the order they were taken, and numbers new ones after them', () => {
    const file = join(tempDir(), 'v10.sqlite');
    const v10 = openDatabase(file, { migrations: MIGRATIONS.slice(0, 10), now: () => 5 });
    const order = v10.prepare(
      `INSERT INTO order_journal (order_number, state, progress, booking_style, reference, attempts,
         created_at, updated_at, write_intent)
       VALUES (?, 'contact_ok', 'contact_ok', 'sales_invoice', ?, 0, 10, 30, 'invoice')`,
    );
    order.run('1', 'M-1');
    order.run('2', 'M-2');
    // Two orders booked side by side: their steps interleave in the old table, one of them in the
    // same millisecond.
    const step = v10.prepare(
      'INSERT INTO order_journal_steps (order_number, state, at, write_intent) VALUES (?, ?, ?, ?)',
    );
    step.run('1', 'pending', 10, null);
    step.run('2', 'pending', 10, null);
    step.run('2', 'contact_ok', 20, 'invoice');
    step.run('1', 'contact_ok', 30, 'invoice');
    v10.close();

    const s = open(file);
    expect(s.journal.steps('1')).toEqual([
      { state: 'pending', at: 10, writeIntent: null, reasonCode: null, deletedInvoice: null },
      { state: 'contact_ok', at: 30, writeIntent: 'invoice', reasonCode: null, deletedInvoice: null },
    ]);
    expect(s.journal.steps('2').map((x) => x.state)).toEqual(['pending', 'contact_ok']);
    s.journal.park('1', 'contact_ok', {
      code: 'tax_rate_unmapped',
      message: { nl: 'Kies een tarief.', en: 'Choose a rate.' },
    });
    expect(s.journal.steps('1').map((x) => [x.state, x.reasonCode])).toEqual([
      ['pending', null],
      ['contact_ok', null],
      ['parked', 'tax_rate_unmapped'],
    ]);
    const indexes = s.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index'").pluck().all();
    expect(indexes).not.toContain('order_journal_state');
  });
});
