// The orders screen's query: every order the journal knows, searched by order number, customer name
// or e-mail, filtered by state and order date, newest first, a page at a time, all in SQLite. The
// indexes of migration 6 keep each variant well under 50 ms at 50 000 orders (test/bench).
import type { Database, Statement } from 'better-sqlite3';
import type { OrderOverviewState } from '../../../shared/contract/orders';
import { ORDER_OVERVIEW_STATES } from '../../../shared/contract/orders';
import type { JournalState } from './journal-states';
import { foldForSearch } from './search-fold';

/**
 * The journal states each state on the screen stands for. A booked order whose invoice a comparison
 * found deleted in Moneybird is shown apart from the booked ones (`deleted_in_moneybird`): it is no
 * longer in the books. One the shop called off since, without a credit covering it
 * (`cancelled_in_shop`), is shown as such, yet its invoice is in Moneybird still: it stays among the
 * booked ones (`booked` finds it and counts it), as the dashboard's "Geboekt" counts it, "waarvan 1
 * geannuleerd in je winkel".
 */
export const OVERVIEW_STATE_MEMBERS: Record<OrderOverviewState, readonly JournalState[]> = {
  booked: ['done'],
  deleted_in_moneybird: ['done'],
  cancelled_in_shop: ['done'],
  in_progress: ['pending', 'contact_ok', 'invoice_created', 'totals_ok', 'sent', 'paid'],
  parked: ['parked'],
  waiting: ['waiting_transient'],
  skipped: ['skipped'],
  not_eligible: ['discovered'],
};

/**
 * The states on the screen a booked order is found by, each a condition on the journal's row:
 * `cancelled_in_shop` is a part of `booked`.
 */
const BOOKED_STATES = {
  booked: "(state = 'done' AND booked_gone_at IS NULL)",
  // Deleted in Moneybird comes first: called off in the shop as well, its books agree already.
  deleted_in_moneybird: "(state = 'done' AND booked_gone_at IS NOT NULL)",
  cancelled_in_shop: "(state = 'done' AND booked_gone_at IS NULL AND cancelled_in_shop_at IS NOT NULL)",
} as const satisfies Partial<Record<OrderOverviewState, string>>;
type BookedState = keyof typeof BOOKED_STATES;
const isBookedState = (state: OrderOverviewState): state is BookedState => state in BOOKED_STATES;
/** The booked states other than `booked`: few orders, each counted through its own small index. */
const SET_APART = ['deleted_in_moneybird', 'cancelled_in_shop'] as const;
/** Of those, the ones not among `booked` (the others are a part of it). */
const OUT_OF_BOOKED: readonly (typeof SET_APART)[number][] = ['deleted_in_moneybird'];

/**
 * Where an order is on the screen: its journal state, and for a booked one whether its invoice is
 * gone, or the shop called it off since.
 */
export function overviewStateOf(
  state: JournalState,
  bookedGone = false,
  cancelledInShop = false,
): OrderOverviewState {
  if (state === 'done') {
    if (bookedGone) return 'deleted_in_moneybird';
    return cancelledInShop ? 'cancelled_in_shop' : 'booked';
  }
  for (const overview of ORDER_OVERVIEW_STATES) {
    if (OVERVIEW_STATE_MEMBERS[overview].includes(state)) return overview;
  }
  // Every journal state is a member of one overview state (checked by the unit test).
  throw new Error(`journal state ${state} has no overview state`);
}

/** The chosen states with the booked ones set apart added, in the screen's order. */
function withSetApart(states: readonly OrderOverviewState[]): OrderOverviewState[] {
  return ORDER_OVERVIEW_STATES.filter(
    (s) => (SET_APART as readonly string[]).includes(s) || states.includes(s),
  );
}

/** The condition for the chosen states on the screen; states are inlined from the fixed list. */
function statesCondition(chosen: readonly OrderOverviewState[]): string {
  const booked = chosen.filter(isBookedState);
  const others = chosen.filter((s) => !isBookedState(s)).flatMap((s) => OVERVIEW_STATE_MEMBERS[s]);
  const parts: string[] = [];
  if (booked.length === Object.keys(BOOKED_STATES).length) others.push('done');
  else parts.push(...booked.map((s) => BOOKED_STATES[s]));
  if (others.length > 0) parts.push(`state IN (${others.map((s) => `'${s}'`).join(', ')})`);
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
}

export interface OrderOverviewQuery {
  /** Part of the order number, the customer's name or e-mail (accents and case do not matter). */
  text?: string;
  states?: readonly OrderOverviewState[];
  /** Order date from and to, YYYY-MM-DD, both included. */
  from?: string;
  to?: string;
  /** From 1. */
  page: number;
  pageSize: number;
  /**
   * The list as it was when its first page was read (the `asOf` that page answered): orders the
   * journal met later are left out, so a run booking new orders while the owner reads does not push
   * rows from one page onto the next. Absent: the list as it is now.
   */
  asOf?: number;
}

/** One order as the list shows it: the journal's columns, unparsed (the list shows, never books). */
export interface OrderOverviewRow {
  orderNumber: string;
  state: JournalState;
  orderDate: string | null;
  customerName: string | null;
  customerEmail: string | null;
  shopTotal: string | null;
  currency: string | null;
  invoiceNumber: string | null;
  creditedOrderNumber: string | null;
  reasonCode: string | null;
  reasonNl: string | null;
  reasonEn: string | null;
  bookedAt: number | null;
  /** 1 when a comparison found the booked invoice deleted in Moneybird. */
  bookedGone: number;
  /** 1 when the shop called the order off after it was booked, and no credit covers it. */
  cancelledInShop: number;
}

export interface OrderOverviewPage {
  rows: OrderOverviewRow[];
  /** Matches over all pages. */
  total: number;
  /** The journal's moment this page was read at (its last row id), for the next pages' `asOf`. */
  asOf: number;
}

export interface OrderOverview {
  search(query: OrderOverviewQuery): OrderOverviewPage;
  /**
   * The orders per overview state with an order date in the period (both ends included; absent:
   * open-ended), for the filter's labels: not narrowed by the chosen states. With a search `text`, the
   * orders it finds (as `search` does, among the list as of `asOf`; absent: as it is now), so the
   * labels count what the owner looks for: a search that finds nothing counts 0 everywhere.
   */
  stateCounts(filter?: StateCountsFilter): Record<OrderOverviewState, number>;
}

export interface StateCountsFilter {
  from?: string;
  to?: string;
  /** The search: counts only the orders it finds. Empty or absent: every order in the period. */
  text?: string;
  /** The list as it was at this moment (a page's `asOf`); only with a `text`. */
  asOf?: number;
}

/**
 * The journal states that are not booked: held, on their way or not booked. Few orders next to the
 * booked ones, so their matches are counted through the state index, and the booked ones follow as
 * every match less these.
 */
const NOT_DONE_STATES: readonly JournalState[] = ORDER_OVERVIEW_STATES.flatMap((s) =>
  OVERVIEW_STATE_MEMBERS[s].filter((state) => state !== 'done'),
);

const LIST_COLUMNS = `order_number AS orderNumber, state, order_date AS orderDate,
  customer_name AS customerName, customer_email AS customerEmail, shop_total AS shopTotal, currency,
  invoice_number AS invoiceNumber, credited_order_number AS creditedOrderNumber,
  reason_code AS reasonCode, reason_nl AS reasonNl, reason_en AS reasonEn, booked_at AS bookedAt,
  booked_gone_at IS NOT NULL AS bookedGone, cancelled_in_shop_at IS NOT NULL AS cancelledInShop`;

/**
 * A GLOB pattern that finds the folded text anywhere, GLOB's own wildcards taken literally. GLOB, not
 * LIKE: the trigram index answers it (LIKE with an ESCAPE clause it does not), and both sides are
 * folded to lower case already.
 */
export function containsPattern(text: string): string {
  return `*${foldForSearch(text).replace(/[*?[]/g, (c) => `[${c}]`)}*`;
}

/** The trigram index needs three characters; a shorter text is looked for in every row. */
const INDEXED_LENGTH = 3;
/**
 * Up to this many matches the index finds them and they are sorted by date; beyond it (a text most
 * orders contain, like "example.nl") walking the date order and stopping at the page is cheaper.
 */
const INDEXED_MATCHES_MAX = 1_000;

/**
 * The WHERE clause for a query's shape (which filters are present), with named parameters. States
 * are inlined from the fixed list, never from the caller's text.
 */
function whereFor(shape: {
  text: 'indexed' | 'scan' | null;
  states: readonly OrderOverviewState[] | null;
  from: boolean;
  to: boolean;
}) {
  // The snapshot's bound filters, never drives, the walk (the unary plus keeps the planner on the
  // date and state indexes, which end in the rowid, so it costs no row read).
  const parts: string[] = ['+rowid <= @asOf'];
  if (shape.states) parts.push(statesCondition(shape.states));
  if (shape.from) parts.push('order_date >= @from');
  if (shape.to) parts.push('order_date <= @to');
  if (shape.text === 'indexed')
    parts.push('rowid IN (SELECT rowid FROM order_search WHERE search_text GLOB @pattern)');
  if (shape.text === 'scan') parts.push('search_text GLOB @pattern');
  return `WHERE ${parts.join(' AND ')}`;
}

/**
 * Counting every match of a text most orders contain reads each row: the search index's own copy of
 * the text (FTS5's content table, a few bytes a row) is three times quicker to read than the journal.
 * With a state or period filter the journal's indexes narrow the rows first.
 */
function countSql(shape: Parameters<typeof whereFor>[0], where: string): string {
  const textOnly = shape.text === 'scan' && !shape.states && !shape.from && !shape.to;
  return textOnly
    ? 'SELECT count(*) FROM order_search_content WHERE c0 GLOB @pattern AND +id <= @asOf'
    : `SELECT count(*) FROM order_journal ${where}`;
}

export function createOrderOverview(db: Database): OrderOverview {
  const statements = new Map<string, { page: Statement; count: Statement }>();
  // The (state, order_date) index answers each variant without reading a row.
  const countByState = {
    all: db.prepare('SELECT state, count(*) AS n FROM order_journal GROUP BY state'),
    period: db.prepare(
      `SELECT state, count(*) AS n FROM order_journal
       WHERE order_date >= @from AND order_date <= @to GROUP BY state`,
    ),
  };
  // The booked orders set apart (invoice gone, called off in the shop), each through its own small
  // index (migrations 15 and 21), named: without statistics the planner would walk every booked order
  // in the state index instead.
  const SET_APART_ROWS: Record<(typeof SET_APART)[number], string> = {
    deleted_in_moneybird: `order_journal INDEXED BY order_journal_deleted_bookings
      WHERE state = 'done' AND booked_gone_at IS NOT NULL`,
    cancelled_in_shop: `order_journal INDEXED BY order_journal_cancelled_in_shop
      WHERE cancelled_in_shop_at IS NOT NULL AND state = 'done' AND booked_gone_at IS NULL`,
  };
  /**
   * Counts of each set-apart state's rows, `narrowed` further (a search, a moment), in all or in a
   * period; the overview's labels and a search's matches share them.
   */
  const setApartCounts = (narrowed: string) =>
    Object.fromEntries(
      SET_APART.map((state) => {
        const rows = `${SET_APART_ROWS[state]}${narrowed}`;
        return [
          state,
          {
            all: db.prepare(`SELECT count(*) FROM ${rows}`).pluck(),
            period: db
              .prepare(`SELECT count(*) FROM ${rows} AND order_date >= @from AND order_date <= @to`)
              .pluck(),
          },
        ];
      }),
    ) as Record<(typeof SET_APART)[number], { all: Statement; period: Statement }>;
  const countSetApart = setApartCounts('');
  const countSetApartAsOf = setApartCounts(' AND +rowid <= @asOf');
  const lastRowId = db.prepare('SELECT coalesce(max(rowid), 0) FROM order_journal').pluck();
  const indexedMatches = db
    .prepare(
      `SELECT count(*) FROM (SELECT rowid FROM order_search WHERE search_text GLOB @pattern
       LIMIT ${INDEXED_MATCHES_MAX + 1})`,
    )
    .pluck();

  /** A period's bounds for the counts; null when it has none (every order, those without a date too). */
  const rangeOf = (period: { from?: string; to?: string }) =>
    period.from || period.to ? { from: period.from ?? '0000-00-00', to: period.to ?? '9999-99-99' } : null;

  const setApartIn = (state: (typeof SET_APART)[number], period: { from?: string; to?: string }): number => {
    const range = rangeOf(period);
    const count = countSetApart[state];
    return (range ? count.period.get(range) : count.all.get()) as number;
  };
  /** The orders of a set-apart state among a snapshot's orders (`asOf`), in a period or not. */
  const setApartAsOf = (
    state: (typeof SET_APART)[number],
    period: { from?: string; to?: string },
    asOf: number,
  ): number =>
    countSetApartAsOf[state].period.get({
      ...(rangeOf(period) ?? { from: '', to: '9999-99-99' }),
      asOf,
    }) as number;

  const counts = (period: { from?: string; to?: string }): Record<OrderOverviewState, number> => {
    const result = Object.fromEntries(ORDER_OVERVIEW_STATES.map((s) => [s, 0])) as Record<
      OrderOverviewState,
      number
    >;
    const range = rangeOf(period);
    const rows = range ? countByState.period.all(range) : countByState.all.all();
    for (const { state, n } of rows as { state: JournalState; n: number }[]) {
      result[overviewStateOf(state)] += n;
    }
    for (const state of SET_APART) {
      const apart = setApartIn(state, period);
      if (OUT_OF_BOOKED.includes(state)) result.booked -= apart;
      result[state] = apart;
    }
    return result;
  };

  const statementsFor = (shape: Parameters<typeof whereFor>[0]) => {
    const key = JSON.stringify(shape);
    let found = statements.get(key);
    if (!found) {
      const where = whereFor(shape);
      found = {
        // Newest order date first; the rowid orders a day's orders as the journal met them. Orders
        // without a date (unreadable ones) come last.
        page: db.prepare(
          `SELECT ${LIST_COLUMNS} FROM order_journal ${where}
           ORDER BY order_date DESC, rowid DESC LIMIT @limit OFFSET @offset`,
        ),
        count: db.prepare(countSql(shape, where)).pluck(),
      };
      statements.set(key, found);
    }
    return found;
  };

  /** How a query is answered (its shape) and the parameters its statements take. */
  const planOf = (query: {
    text?: string;
    states?: readonly OrderOverviewState[] | null;
    from?: string;
    to?: string;
    asOf?: number;
  }) => {
    const text = query.text?.trim() ?? '';
    const chosen = query.states && query.states.length > 0 ? query.states : null;
    const states = chosen ? ORDER_OVERVIEW_STATES.filter((s) => chosen.includes(s)) : null;
    const folded = foldForSearch(text);
    const pattern = containsPattern(text);
    const searched: 'indexed' | 'scan' | null =
      folded === ''
        ? null
        : folded.length >= INDEXED_LENGTH &&
            (indexedMatches.get({ pattern }) as number) <= INDEXED_MATCHES_MAX
          ? 'indexed'
          : 'scan';
    const shape = { text: searched, states, from: Boolean(query.from), to: Boolean(query.to) };
    const asOf = query.asOf ?? (lastRowId.get() as number);
    const params: Record<string, string | number> = { asOf };
    if (shape.text) params.pattern = pattern;
    if (query.from) params.from = query.from;
    if (query.to) params.to = query.to;
    return { shape, params, asOf };
  };

  // A search's matches per state that is not booked, through the (state, order_date) index: these
  // are few (at 50 000 orders some 5 000), so reading their rows costs a millisecond or two, where
  // grouping every match would read every row for a text most orders contain.
  const notDoneList = NOT_DONE_STATES.map((s) => `'${s}'`).join(', ');
  const notDoneMatches = {
    all: db.prepare(
      `SELECT state, count(*) AS n FROM order_journal INDEXED BY order_journal_state_date
       WHERE state IN (${notDoneList}) AND +rowid <= @asOf AND search_text GLOB @pattern GROUP BY state`,
    ),
    period: db.prepare(
      `SELECT state, count(*) AS n FROM order_journal INDEXED BY order_journal_state_date
       WHERE state IN (${notDoneList}) AND order_date >= @from AND order_date <= @to
         AND +rowid <= @asOf AND search_text GLOB @pattern GROUP BY state`,
    ),
  };
  const setApartMatches = setApartCounts(' AND +rowid <= @asOf AND search_text GLOB @pattern');

  /**
   * The orders a search finds per state, in the period or not: the others counted, booked the rest
   * (those cancelled in the shop among them, and counted on their own too).
   */
  const matchCounts = (filter: StateCountsFilter): Record<OrderOverviewState, number> => {
    const result = Object.fromEntries(ORDER_OVERVIEW_STATES.map((s) => [s, 0])) as Record<
      OrderOverviewState,
      number
    >;
    const { shape, params } = planOf({ ...filter, states: null });
    const matches = statementsFor(shape).count.get(params) as number;
    const range = rangeOf(filter);
    const bounds = { asOf: params.asOf, pattern: params.pattern, ...range };
    const rows = (range ? notDoneMatches.period : notDoneMatches.all).all(bounds);
    let counted = 0;
    for (const { state, n } of rows as { state: JournalState; n: number }[]) {
      result[overviewStateOf(state)] += n;
      counted += n;
    }
    for (const state of SET_APART) {
      const apart = (range ? setApartMatches[state].period : setApartMatches[state].all).get(
        bounds,
      ) as number;
      result[state] = apart;
      if (OUT_OF_BOOKED.includes(state)) counted += apart;
    }
    result.booked = matches - counted;
    return result;
  };

  return {
    search(query) {
      const { shape, params, asOf } = planOf(query);
      const { states } = shape;
      const { page, count } = statementsFor(shape);
      // Booked without the orders deleted in Moneybird: those are not in the state index, so they are
      // counted as all booked orders less the deleted ones, when not chosen (from their index).
      const left =
        states?.includes('booked') && !shape.text ? OUT_OF_BOOKED.filter((s) => !states.includes(s)) : [];
      const total =
        states !== null && left.length > 0
          ? (statementsFor({ ...shape, states: withSetApart(states) }).count.get(params) as number) -
            left.reduce((n, state) => n + setApartAsOf(state, { from: query.from, to: query.to }, asOf), 0)
          : (count.get(params) as number);
      const pageSize = Math.max(1, Math.trunc(query.pageSize));
      const offset = (Math.max(1, Math.trunc(query.page)) - 1) * pageSize;
      const rows =
        offset >= total ? [] : (page.all({ ...params, limit: pageSize, offset }) as OrderOverviewRow[]);
      return { rows, total, asOf };
    },
    stateCounts: (filter = {}) =>
      foldForSearch(filter.text?.trim() ?? '') === '' ? counts(filter) : matchCounts(filter),
  };
}
