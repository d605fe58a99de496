// Every order the journal knows, newest first: search, state and period filters, and a page of the
// table at a time. The core searches and pages (orders.search); TanStack Table renders the page in
// manual pagination mode, so it never holds more than the page the core sent.
import {
  createColumnHelper,
  type PaginationState,
  rowPaginationFeature,
  tableFeatures,
  type Updater,
  useTable,
} from '@tanstack/react-table';
import { useEffect, useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import {
  ORDER_OVERVIEW_STATES,
  ORDERS_PAGE_SIZES,
  type OrderOverviewState,
  type OrderSummary,
} from '../../../shared/contract';
import { formatCount, formatDate, formatMoney, pick, type Translate } from '../../i18n/text';
import { paths } from '../../routes';
import { useOrders } from '../../state/orders-store';
import { useLocale, useText } from '../../state/store-context';
import { DateField } from '../common/DateField';
import { PeriodReversedIssue, UnreadableDayIssue } from '../common/FilterDateIssue';
import { usePageTitle } from '../common/use-page-title';
import { OrderStateBadge } from './OrderStateBadge';
import './orders.css';
import { endsBeforeStart, type PeriodPreset, periodOf, presetOf } from './period';

/** How long typing pauses before the search goes to the core. */
const SEARCH_DEBOUNCE_MS = 300;

const features = tableFeatures({ rowPaginationFeature });
/** Amounts right-aligned; amounts (a credit's "€ -13,90"), dates and invoice numbers on one line. */
const CELL_CLASSES: Record<string, string | undefined> = {
  total: 'amount nowrap',
  orderDate: 'nowrap',
  invoiceNumber: 'nowrap',
};
const column = createColumnHelper<typeof features, OrderSummary>();

/** An e-mail address that, too long for its column, breaks after its "@" first. */
function emailBreakable(email: string) {
  const at = email.indexOf('@');
  if (at < 0) return email;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}

function useColumns(t: Translate) {
  const locale = useLocale();
  return useMemo(
    () =>
      column.columns([
        column.accessor('orderNumber', {
          header: () => t('orderList.column.order'),
          cell: (info) => {
            const order = info.row.original;
            return (
              <>
                <Link to={paths.order(order.orderNumber)} data-testid="order-link">
                  {order.orderNumber}
                </Link>
                {order.creditedOrderNumber && (
                  <span className="cell-note">
                    {t('orderList.credit', { order: order.creditedOrderNumber })}
                  </span>
                )}
              </>
            );
          },
        }),
        column.accessor('orderDate', {
          header: () => t('orderList.column.date'),
          cell: (info) => {
            const date = info.getValue();
            return date ? <time dateTime={date}>{formatDate(date, locale)}</time> : '–';
          },
        }),
        column.accessor('customerName', {
          header: () => t('orderList.column.customer'),
          cell: (info) => {
            const { customerName, customerEmail } = info.row.original;
            return (
              <>
                <span>{customerName ?? customerEmail ?? t('orderList.noCustomer')}</span>
                {customerName && customerEmail && (
                  <span className="cell-note">{emailBreakable(customerEmail)}</span>
                )}
              </>
            );
          },
        }),
        column.accessor('total', {
          header: () => t('orderList.column.amount'),
          cell: (info) => {
            const total = info.getValue();
            return total === null ? '–' : formatMoney(total, locale, info.row.original.currency ?? 'EUR');
          },
        }),
        column.accessor('state', {
          header: () => t('orderList.column.state'),
          // Known to the journal but not booked is only an order still waiting for its payment (test
          // orders and those before the start date are not kept): its badge says so, "Wacht op betaling".
          cell: (info) => <OrderStateBadge state={info.getValue()} />,
        }),
        column.accessor('invoiceNumber', {
          header: () => t('orderList.column.invoice'),
          cell: (info) => {
            const number = info.getValue();
            if (number === null) return '–';
            // The number of an invoice deleted in Moneybird since: struck through, and said so.
            if (info.row.original.state !== 'deleted_in_moneybird') return number;
            return (
              <>
                <s>{number}</s>
                <span className="visually-hidden"> {t('orderList.invoiceDeleted')}</span>
              </>
            );
          },
        }),
      ]),
    [t, locale],
  );
}

/** The search box: what is typed shows at once, the search follows when typing pauses. */
function SearchBox() {
  const t = useText();
  const id = useId();
  const query = useOrders((s) => s.filters.query);
  const setFilters = useOrders((s) => s.setFilters);
  const [text, setText] = useState(query);
  // Filters cleared elsewhere empty the box too.
  useEffect(() => setText(query), [query]);
  useEffect(() => {
    if (text === query) return;
    const timer = setTimeout(() => setFilters({ query: text }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, query, setFilters]);
  return (
    <div className="field order-search">
      <label htmlFor={id}>{t('orderList.search')}</label>
      <input
        id={id}
        type="search"
        value={text}
        maxLength={100}
        placeholder={t('orderList.search.placeholder')}
        data-testid="order-search"
        onChange={(event) => setText(event.target.value)}
      />
    </div>
  );
}

/**
 * The state filter's chips in the screen's order: the booked orders the shop called off since right
 * after "Geboekt", of which they are a part (their invoice is in Moneybird still: the core finds and
 * counts them among `booked` too), as the dashboard's "Geboekt" says "waarvan 1 geannuleerd in je
 * winkel".
 */
const STATE_CHIPS: readonly OrderOverviewState[] = [
  'booked',
  'cancelled_in_shop',
  ...ORDER_OVERVIEW_STATES.filter((state) => state !== 'booked' && state !== 'cancelled_in_shop'),
];

/** A chip's words: a state's own, or, for a part of the booked orders, that it is a part. */
const chipKey = (state: OrderOverviewState) =>
  state === 'cancelled_in_shop' ? 'orderList.states.cancelledOfBooked' : (`orderState.${state}` as const);

function StateFilter() {
  const t = useText();
  const locale = useLocale();
  const chosen = useOrders((s) => s.filters.states);
  const counts = useOrders((s) => s.result?.stateCounts);
  const setFilters = useOrders((s) => s.setFilters);
  const toggle = (state: OrderOverviewState) =>
    setFilters({ states: chosen.includes(state) ? chosen.filter((s) => s !== state) : [...chosen, state] });
  return (
    <fieldset className="state-filter">
      <legend>{t('orderList.states')}</legend>
      <button
        type="button"
        className="chip"
        aria-pressed={chosen.length === 0}
        data-testid="state-all"
        onClick={() => setFilters({ states: [] })}
      >
        {t('orderList.states.all')}
      </button>
      {STATE_CHIPS.map((state) => (
        <button
          key={state}
          type="button"
          className="chip"
          aria-pressed={chosen.includes(state)}
          data-testid={`state-${state}`}
          onClick={() => toggle(state)}
        >
          {t(chipKey(state))}
          {counts && <span className="chip-count"> {formatCount(counts[state], locale)}</span>}
        </button>
      ))}
    </fieldset>
  );
}

function PeriodFilter() {
  const t = useText();
  const locale = useLocale();
  const fromId = useId();
  const toId = useId();
  const presetId = useId();
  const from = useOrders((s) => s.filters.from);
  const to = useOrders((s) => s.filters.to);
  const setFilters = useOrders((s) => s.setFilters);
  const preset = presetOf(from, to, new Date());
  // A date field holding text that is no day: said under that field, as the list ignores it.
  const [unreadable, setUnreadable] = useState({ from: false, to: false });
  // An end before the start: said under "Tot en met", the field to change (the list finds nothing).
  const reversed = endsBeforeStart(from, to);
  // Counts the periods picked from the list.
  const [presets, setPresets] = useState(0);
  return (
    <fieldset className="period-filter">
      <legend>{t('orderList.period')}</legend>
      <div className="field">
        <label htmlFor={presetId} className="visually-hidden">
          {t('orderList.period')}
        </label>
        <select
          id={presetId}
          value={preset}
          data-testid="period-preset"
          onChange={(event) => {
            const chosen = event.target.value as PeriodPreset | 'custom';
            if (chosen === 'custom') return;
            setFilters(periodOf(chosen, new Date()));
            // The date fields start afresh with the period's days, dropping text that was no day.
            setPresets((count) => count + 1);
          }}
        >
          <option value="all">{t('orderList.period.all')}</option>
          <option value="thisMonth">{t('orderList.period.thisMonth')}</option>
          <option value="lastMonth">{t('orderList.period.lastMonth')}</option>
          <option value="thisYear">{t('orderList.period.thisYear')}</option>
          {preset === 'custom' && (
            <option value="custom">{`${from ? formatDate(from, locale) : '…'} – ${to ? formatDate(to, locale) : '…'}`}</option>
          )}
        </select>
      </div>
      <div className="field">
        <label htmlFor={fromId}>{t('orderList.period.from')}</label>
        <DateField
          key={`from-${presets}`}
          id={fromId}
          testId="period-from"
          value={from ?? ''}
          max={to ?? undefined}
          describedBy={unreadable.from ? `${fromId}-issue` : undefined}
          onUnreadable={(bad) => setUnreadable((current) => ({ ...current, from: bad }))}
          onChange={(day) => setFilters({ from: day || null })}
        />
        {unreadable.from && (
          <UnreadableDayIssue
            id={`${fromId}-issue`}
            field={t('orderList.period.from')}
            testId="period-from-unreadable"
          />
        )}
      </div>
      <div className="field">
        <label htmlFor={toId}>{t('orderList.period.to')}</label>
        <DateField
          key={`to-${presets}`}
          id={toId}
          testId="period-to"
          value={to ?? ''}
          min={from ?? undefined}
          invalid={reversed}
          describedBy={reversed ? `${toId}-period` : unreadable.to ? `${toId}-issue` : undefined}
          onUnreadable={(bad) => setUnreadable((current) => ({ ...current, to: bad }))}
          onChange={(day) => setFilters({ to: day || null })}
        />
        {unreadable.to && (
          <UnreadableDayIssue
            id={`${toId}-issue`}
            field={t('orderList.period.to')}
            testId="period-to-unreadable"
          />
        )}
        {reversed && from && (
          <PeriodReversedIssue
            id={`${toId}-period`}
            field={t('orderList.period.to')}
            from={from}
            testId="period-reversed"
          />
        )}
      </div>
    </fieldset>
  );
}

function Pager({ total, page, pageSize }: { total: number; page: number; pageSize: number }) {
  const t = useText();
  const locale = useLocale();
  const sizeId = useId();
  const setFilters = useOrders((s) => s.setFilters);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pager" aria-label={t('orderList.pagination')}>
      <p className="pager-range" data-testid="order-range">
        {t('orderList.range', {
          first: formatCount(first, locale),
          last: formatCount(last, locale),
          total:
            total === 1
              ? t('orderList.total.one')
              : t('orderList.total.many', { count: formatCount(total, locale) }),
        })}
      </p>
      <div className="pager-controls">
        <button
          type="button"
          disabled={page <= 1}
          data-testid="page-previous"
          onClick={() => setFilters({ page: page - 1 })}
        >
          {t('orderList.previous')}
        </button>
        <span data-testid="page-of">
          {t('orderList.page', { page: formatCount(page, locale), pages: formatCount(pages, locale) })}
        </span>
        <button
          type="button"
          disabled={page >= pages}
          data-testid="page-next"
          onClick={() => setFilters({ page: page + 1 })}
        >
          {t('orderList.next')}
        </button>
        <label htmlFor={sizeId}>{t('orderList.pageSize')}</label>
        <select
          id={sizeId}
          value={pageSize}
          data-testid="page-size"
          onChange={(event) => setFilters({ pageSize: Number(event.target.value) })}
        >
          {ORDERS_PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
    </nav>
  );
}

function OrdersTable({ orders, total }: { orders: OrderSummary[]; total: number }) {
  const t = useText();
  const columns = useColumns(t);
  const filters = useOrders((s) => s.filters);
  const setFilters = useOrders((s) => s.setFilters);
  // The store holds the page; the table follows it (manual pagination: the core already paged).
  const pagination: PaginationState = { pageIndex: filters.page - 1, pageSize: filters.pageSize };
  const table = useTable({
    features,
    columns,
    data: orders,
    getRowId: (order) => order.orderNumber,
    manualPagination: true,
    rowCount: total,
    state: { pagination },
    onPaginationChange: (updater: Updater<PaginationState>) => {
      const next = typeof updater === 'function' ? updater(pagination) : updater;
      setFilters({ page: next.pageIndex + 1, pageSize: next.pageSize });
    },
  });
  return (
    <div className="table-scroll">
      <table className="data-table orders-table" data-testid="orders-table">
        <caption className="visually-hidden">{t('orderList.title')}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col" className={CELL_CLASSES[header.column.id]}>
                  <table.FlexRender header={header} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} data-testid="order-row" data-order={row.id} data-state={row.original.state}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className={CELL_CLASSES[cell.column.id]}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function OrdersPage() {
  const t = useText();
  const locale = useLocale();
  usePageTitle(t('orderList.title'));
  const result = useOrders((s) => s.result);
  const answered = useOrders((s) => s.resultFilters);
  const loading = useOrders((s) => s.loading);
  const problem = useOrders((s) => s.problem);
  const filters = useOrders((s) => s.filters);
  const load = useOrders((s) => s.load);
  const clearFilters = useOrders((s) => s.clearFilters);
  // Fresh on every visit: orders may have been booked since.
  useEffect(() => void load(), [load]);
  const filtered =
    filters.query.trim() !== '' || filters.states.length > 0 || filters.from !== null || filters.to !== null;
  // Nothing at all (a new install) is said differently from nothing found for the filters.
  const answeredFiltered =
    answered !== null &&
    (answered.query.trim() !== '' ||
      answered.states.length > 0 ||
      answered.from !== null ||
      answered.to !== null);
  const knowsNone = result !== null && result.total === 0 && !answeredFiltered;
  return (
    <section
      className="panel orders-page"
      aria-busy={loading}
      data-testid="orders-page"
      data-query={answered?.query.trim() ?? ''}
      data-loading={loading}
    >
      <h2 className="page-title">{t('orderList.title')}</h2>
      <p className="hint">{t('orderList.intro')}</p>
      <SearchBox />
      <div className="order-filters">
        <PeriodFilter />
        <StateFilter />
      </div>
      {problem && (
        <p className="problem" role="alert" data-testid="orders-problem">
          {t('orderList.failed', { reason: pick(problem, locale) })}
        </p>
      )}
      {result === null ? (
        <p className="empty">{t('orderList.loading')}</p>
      ) : knowsNone ? (
        <p className="empty" data-testid="orders-empty">
          {t('orderList.empty')}
        </p>
      ) : result.total === 0 ? (
        <div className="empty" data-testid="orders-no-match">
          {/* An end before the start is said under "Tot en met": here only what to do. */}
          <p>
            {t(
              endsBeforeStart(filters.from, filters.to) ? 'orderList.noMatch.reversed' : 'orderList.noMatch',
            )}
          </p>
          {filtered && (
            <button type="button" data-testid="clear-filters" onClick={clearFilters}>
              {t('orderList.clear')}
            </button>
          )}
        </div>
      ) : (
        <>
          <OrdersTable orders={result.orders} total={result.total} />
          <Pager total={result.total} page={result.page} pageSize={result.pageSize} />
        </>
      )}
      <p className="visually-hidden" aria-live="polite" data-testid="orders-status">
        {result && !loading
          ? result.total === 1
            ? t('orderList.total.one')
            : t('orderList.total.many', { count: formatCount(result.total, locale) })
          : ''}
      </p>
    </section>
  );
}
