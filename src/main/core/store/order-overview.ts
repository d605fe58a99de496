// The orders screen's query: every order the journal knows, searched by order number, customer name
// or e-mail, filtered by state and order date, newest first, a page at a time, all in SQLite. The
// indexes of migration 6 keep each variant well under 50 ms at 50 000 orders (test/bench).
import type { Database, Statement } from 'better-sqlite3';
import type { OrderOverviewState } from '../../../shared/contract/orders';
import { ORDER_OVERVIEW_STATES } from '../../../shared/contract/orders';
import type { JournalState } from './journal-states';
import { foldForSearch } from './order-journal';

/** The journal states each state on the screen stands for. */
export const OVERVIEW_STATE_MEMBERS: Record<OrderOverviewState, readonly JournalState[]> = {
  booked: ['done'],
  in_progress: ['pending', 'contact_ok', 'invoice_created', 'totals_ok', 'sent', 'paid'],
  parked: ['parked'],
  waiting: ['waiting_transient'],
  skipped: ['skipped'],
  not_eligible: ['discovered'],
};

export function overviewStateOf(state: JournalState): OrderOverviewState {
  for (const overview of ORDER_OVERVIEW_STATES) {
    if (OVERVIEW_STATE_MEMBERS[overview].includes(state)) return overview;
  }
  // Every journal state is a member of one overview state (checked by the unit test).
  throw new Error(`journal state ${state} has no overview state`);
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
}

export interface OrderOverviewPage {
  rows: OrderOverviewRow[];
  /** Matches over all pages. */
  total: number;
}

export interface OrderOverview {
  search(query: OrderOverviewQuery): OrderOverviewPage;
  /**
   * The orders per overview state with an order date in the period (both ends included; absent:
   * open-ended), for the filter's labels: not narrowed by the search or the chosen states.
   */
  stateCounts(period?: { from?: string; to?: string }): Record<OrderOverviewState, number>;
}

const LIST_COLUMNS = `order_number AS orderNumber, state, order_date AS orderDate,
  customer_name AS customerName, customer_email AS customerEmail, shop_total AS shopTotal, currency,
  invoice_number AS invoiceNumber, credited_order_number AS creditedOrderNumber,
  reason_code AS reasonCode, reason_nl AS reasonNl, reason_en AS reasonEn, booked_at AS bookedAt`;

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
  states: readonly JournalState[] | null;
  from: boolean;
  to: boolean;
}) {
  const parts: string[] = [];
  if (shape.states) parts.push(`state IN (${shape.states.map((s) => `'${s}'`).join(', ')})`);
  if (shape.from) parts.push('order_date >= @from');
  if (shape.to) parts.push('order_date <= @to');
  if (shape.text === 'indexed')
    parts.push('rowid IN (SELECT rowid FROM order_search WHERE search_text GLOB @pattern)');
  if (shape.text === 'scan') parts.push('search_text GLOB @pattern');
  return parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '';
}

/**
 * Counting every match of a text most orders contain reads each row: the search index's own copy of
 * the text (FTS5's content table, a few bytes a row) is three times quicker to read than the journal.
 * With a state or period filter the journal's indexes narrow the rows first.
 */
function countSql(shape: Parameters<typeof whereFor>[0], where: string): string {
  const textOnly = shape.text === 'scan' && !shape.states && !shape.from && !shape.to;
  return textOnly
    ? 'SELECT count(*) FROM order_search_content WHERE c0 GLOB @pattern'
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
  const indexedMatches = db
    .prepare(
      `SELECT count(*) FROM (SELECT rowid FROM order_search WHERE search_text GLOB @pattern
       LIMIT ${INDEXED_MATCHES_MAX + 1})`,
    )
    .pluck();

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

  return {
    search(query) {
      const text = query.text?.trim() ?? '';
      const chosen = query.states && query.states.length > 0 ? query.states : null;
      const states = chosen
        ? ORDER_OVERVIEW_STATES.filter((s) => chosen.includes(s)).flatMap((s) => OVERVIEW_STATE_MEMBERS[s])
        : null;
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
      const { page, count } = statementsFor(shape);
      const params: Record<string, string | number> = {};
      if (shape.text) params.pattern = pattern;
      if (query.from) params.from = query.from;
      if (query.to) params.to = query.to;
      const total = count.get(params) as number;
      const pageSize = Math.max(1, Math.trunc(query.pageSize));
      const offset = (Math.max(1, Math.trunc(query.page)) - 1) * pageSize;
      const rows =
        offset >= total ? [] : (page.all({ ...params, limit: pageSize, offset }) as OrderOverviewRow[]);
      return { rows, total };
    },
    stateCounts(period = {}) {
      const counts = Object.fromEntries(ORDER_OVERVIEW_STATES.map((s) => [s, 0])) as Record<
        OrderOverviewState,
        number
      >;
      const rows =
        period.from || period.to
          ? countByState.period.all({ from: period.from ?? '0000-00-00', to: period.to ?? '9999-99-99' })
          : countByState.all.all();
      for (const { state, n } of rows as { state: JournalState; n: number }[]) {
        counts[overviewStateOf(state)] += n;
      }
      return counts;
    },
  };
}
