import { Fragment, type ReactNode, useEffect } from 'react';
import { Link } from 'react-router';
import type { ExplanationKind, ReconciliationView } from '../../../shared/contract';
import type { Locale } from '../../../shared/i18n/translate';
import { listParts } from '../../../shared/i18n/written-list';
import { readingOf } from '../../../shared/reconciliation/checked-at';
import { formatCount, formatDate, formatMoney, type MessageKey, type Translate } from '../../i18n/text';
import { useReconciliation } from '../../state/reconciliation-store';
import { useLocale, useText } from '../../state/store-context';
import './reconciliation.css';
import { downloadText } from '../common/download-text';
import { FocusHeading } from '../common/FocusHeading';
import { ProblemText } from '../common/ProblemText';
import { usePageTitle } from '../common/use-page-title';
import { AdministrationTable } from './AdministrationTable';
import { checkResultText } from './check-result-text';
import { Explanations, orderPath } from './Explanations';
import { PeriodPicker } from './PeriodPicker';
import { periodName } from './period-name';
import { RateChart } from './RateChart';
import { RateTable } from './RateTable';
import { checkedWhen, elsewhereText, verdictText } from './verdict-text';

/** Stands in for a list in a sentence, to put links where the list goes. */
const LIST_MARK = '\u0000';

type ForeignOrder = ReconciliationView['foreignCurrencyOrders'][number];

/** Whether the order's booking counts in another period than this one (booked after a lock). */
const bookedElsewhere = (order: ForeignOrder, view: ReconciliationView) =>
  order.bookedDate !== null && (order.bookedDate < view.from || order.bookedDate >= view.to);

/**
 * Orders in another currency named one by one in a sentence of `text` (its `{orders}`), each with its
 * total in its own currency, the day that says where Moneybird counts it (`day`), and a link to its
 * page; those beyond the first few dozen counted ("nog 3 andere").
 */
function OrdersSentence({
  orders,
  count,
  text,
  day,
  testId,
}: {
  orders: readonly ForeignOrder[];
  count: number;
  text: (orders: string) => string;
  day: (order: ForeignOrder) => string | null;
  testId: string;
}) {
  const t = useText();
  const locale = useLocale();
  const named: ReactNode[] = orders.map((order) => {
    const details = [
      order.total === null ? null : formatMoney(order.total, locale, order.currency),
      day(order),
    ].filter((part): part is string => part !== null);
    return (
      <Link key={order.orderNumber} to={orderPath(order.orderNumber)} data-testid={testId}>
        {details.length === 0
          ? order.orderNumber
          : t('reconciliation.foreignCurrency.order', {
              order: order.orderNumber,
              details: details.join(', '),
            })}
      </Link>
    );
  });
  const rest = count - orders.length;
  if (rest > 0) named.push(t('reconciliation.foreignCurrency.more', { count: formatCount(rest, locale) }));
  // "a, b en c", the links between the words of the owner's language.
  const list = listParts(named, locale).map((part, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for this view
    <Fragment key={i}>{part}</Fragment>
  ));
  const [before, after] = text(LIST_MARK).split(LIST_MARK);
  return (
    <>
      {before}
      {list}
      {after}
    </>
  );
}

/**
 * The orders in another currency than the euro, which the sums leave out: the period's own, named
 * one by one (each with its total in its own currency and a link to its page; the first few dozen,
 * the rest counted), and those of earlier periods booked in this one (after a lock), so that every
 * invoice Moneybird counts here is named; and why they are not summed: Moneybird converts them to
 * euros for the VAT return. One of the period's own booked in a later period says on which day, and
 * where to compare it: in the month Moneybird counts it in. Under the count of the period's orders in
 * euros (`besides`), they come on top of it ("Daarnaast …").
 */
function ForeignCurrency({ view, besides }: { view: ReconciliationView; besides: boolean }) {
  const t = useText();
  const locale = useLocale();
  const count = view.counts.foreignCurrency;
  const fromEarlier = view.bookedAcrossPeriods.foreignCurrencyFromEarlier;
  const total = count + fromEarlier;
  if (total === 0) return null;
  const day = (key: 'bookedOn' | 'orderedOn', date: string) =>
    t(`reconciliation.foreignCurrency.${key}`, { day: formatDate(date, locale) });
  const later = view.foreignCurrencyOrders.filter((order) => bookedElsewhere(order, view));
  const ownKey = besides ? 'reconciliation.foreignCurrency.besides' : 'reconciliation.foreignCurrency';
  // Where to compare them: in Moneybird; one booked in a later period, in the month it counts in.
  const why =
    later.length === 0
      ? t(total === 1 ? 'reconciliation.foreignCurrency.why.one' : 'reconciliation.foreignCurrency.why')
      : total === 1
        ? t('reconciliation.foreignCurrency.why.later.one', {
            month: periodName(
              {
                kind: 'month',
                year: Number(later[0]!.bookedDate!.slice(0, 4)),
                index: Number(later[0]!.bookedDate!.slice(5, 7)),
              },
              locale,
              t,
            ),
          })
        : t('reconciliation.foreignCurrency.why.later');
  return (
    <p
      className="hint foreign-orders"
      data-testid="foreign-currency"
      data-count={count}
      data-from-earlier={fromEarlier}
    >
      {count > 0 && (
        <OrdersSentence
          orders={view.foreignCurrencyOrders}
          count={count}
          text={(orders) =>
            count === 1
              ? t(`${ownKey}.one`, { orders })
              : t(ownKey, { count: formatCount(count, locale), orders })
          }
          day={(order) => (bookedElsewhere(order, view) ? day('bookedOn', order.bookedDate!) : null)}
          testId="foreign-order"
        />
      )}
      {count > 0 && fromEarlier > 0 && ' '}
      {fromEarlier > 0 && (
        <OrdersSentence
          orders={view.bookedAcrossPeriods.foreignCurrencyFromEarlierOrders}
          count={fromEarlier}
          text={(orders) =>
            fromEarlier === 1
              ? t('reconciliation.foreignCurrency.fromEarlier.one', { orders })
              : t('reconciliation.foreignCurrency.fromEarlier', {
                  count: formatCount(fromEarlier, locale),
                  orders,
                })
          }
          day={(order) => day('orderedOn', order.orderDate)}
          testId="foreign-order-from-earlier"
        />
      )}{' '}
      {why}
    </p>
  );
}

/**
 * The verdict: what the period means for the owner in one headline (equal, explained with nothing
 * to do, still being booked, or orders that need the owner), which way the difference goes, and a
 * sentence per kind of order behind it, the owner's part first (`verdict-text.ts`).
 */
function Verdict() {
  const t = useText();
  const locale = useLocale();
  const view = useReconciliation((state) => state.view);
  const names = useReconciliation((state) => state.administrationNames);
  if (!view) return null;
  const verdict = verdictText(view, locale, t);
  if (verdict.standing === 'empty')
    return (
      <>
        <p className="verdict" data-testid="verdict" data-verdict="empty" data-standing="empty">
          {verdict.headline}
        </p>
        <ForeignCurrency view={view} besides={false} />
      </>
    );
  // With orders in another currency (of this period, or booked here from an earlier one), the
  // count says it holds those in euros; they come on top.
  const foreign = view.counts.foreignCurrency > 0 || view.bookedAcrossPeriods.foreignCurrencyFromEarlier > 0;
  const elsewhere = elsewhereText(view, names, locale, t);
  const elsewhereCount = view.administrations
    .filter((a) => !a.connected)
    .reduce((sum, a) => sum + a.orders, 0);
  return (
    <>
      <div
        className={`verdict verdict-${verdict.inOrder ? 'in-order' : verdict.standing}`}
        data-testid="verdict"
        data-verdict={view.verdict}
        data-standing={verdict.standing}
      >
        <p className="verdict-headline" data-testid="verdict-headline">
          {verdict.inOrder ? '✓ ' : ''}
          {verdict.headline}
        </p>
        {verdict.direction && (
          <p className="verdict-direction" data-testid="verdict-direction">
            {verdict.direction}
          </p>
        )}
        {verdict.items.length > 0 && (
          <ul className="verdict-items" aria-label={t('reconciliation.verdict.items')}>
            {verdict.items.map((item) => (
              <li
                key={item.kind}
                className={`verdict-item group-${item.group}`}
                data-testid="verdict-item"
                data-kind={item.kind}
                data-group={item.group}
                data-count={item.orders}
              >
                {item.text}
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className="hint" data-testid="period-counts">
        {t(
          foreign
            ? view.counts.orders === 1
              ? 'reconciliation.counts.euro.one'
              : 'reconciliation.counts.euro'
            : view.counts.orders === 1
              ? 'reconciliation.counts.one'
              : 'reconciliation.counts',
          {
            orders: formatCount(view.counts.orders, locale),
            inBooks: formatCount(view.counts.inBooks, locale),
          },
        )}
        {movedText(view, foreign, locale, t)}
      </p>
      {elsewhere && (
        <p className="administrations-note" data-testid="other-administration" data-count={elsewhereCount}>
          {elsewhere}
        </p>
      )}
      <ForeignCurrency view={view} besides />
    </>
  );
}

/**
 * Booked, but counted by Moneybird in another period (an order of a locked period, booked on the first
 * open day): said beside the count, which would otherwise read as at odds with the table's sums. A
 * booking of € 0 has no figure to sum, nor to explain: said apart, so that the count adds up ("16
 * geboekt": 15 counted later with their amounts, 1 of € 0). With orders in another currency on the
 * page (`foreign`), the orders from an earlier period counted here are said to be those in euros:
 * those in another currency are named with the others in their currency, under it.
 */
function movedText(view: ReconciliationView, foreign: boolean, locale: Locale, t: Translate): string {
  const ordersOf = (kind: ExplanationKind) => view.kinds.find((k) => k.kind === kind)?.orders ?? 0;
  const sentence = (key: string, count: number) =>
    ` ${t((count === 1 ? `${key}.one` : key) as MessageKey, { count: formatCount(count, locale) })}`;
  const later = ordersOf('booked_in_other_period');
  const earlier = ordersOf('booked_from_other_period');
  const { atZeroLater, atZeroFromEarlier } = view.bookedAcrossPeriods;
  let text = '';
  if (later > 0) text += sentence('reconciliation.counts.later', later);
  if (atZeroLater > 0) text += sentence('reconciliation.counts.later.atZero', atZeroLater);
  if (earlier > 0)
    text += sentence(
      foreign ? 'reconciliation.counts.earlier.euro' : 'reconciliation.counts.earlier',
      earlier,
    );
  if (atZeroFromEarlier > 0) text += sentence('reconciliation.counts.earlier.atZero', atZeroFromEarlier);
  return text;
}

function ExportButton() {
  const t = useText();
  const exporting = useReconciliation((state) => state.exporting);
  const exportCsv = useReconciliation((state) => state.exportCsv);
  return (
    <button
      type="button"
      data-testid="export-csv"
      disabled={exporting}
      onClick={async () => {
        const file = await exportCsv();
        if (file) downloadText(file.csv, file.fileName, 'text/csv;charset=utf-8');
      }}
    >
      {t('reconciliation.export')}
    </button>
  );
}

/** The file the last export saved, under the buttons. */
function ExportedNote() {
  const t = useText();
  const exported = useReconciliation((state) => state.exported);
  if (!exported) return null;
  return (
    <p className="saved toolbar-note" role="status" data-testid="exported">
      {t('reconciliation.exported', { file: exported })}
    </p>
  );
}

/**
 * A period that has not begun yet (on the shop's calendar): no month of it is in the view's
 * comparisons, since there is nothing to compare (`checkedMonths`).
 */
const notBegun = (view: ReconciliationView | null) => view !== null && view.checkedMonths.length === 0;

/**
 * Compares the period with Moneybird as it is now: an invoice changed or deleted there since it was
 * booked. The line under it says why one would, that it is busy, or what it found. Not for a period
 * that has not begun: there is nothing to compare yet.
 */
function CheckButton() {
  const t = useText();
  const checking = useReconciliation((state) => state.checking);
  const checkMoneybird = useReconciliation((state) => state.checkMoneybird);
  const upcoming = useReconciliation((state) => notBegun(state.view));
  return (
    <button
      type="button"
      data-testid="check-moneybird"
      disabled={checking || upcoming}
      aria-describedby="check-moneybird-status"
      onClick={() => void checkMoneybird()}
    >
      {t('reconciliation.check')}
    </button>
  );
}

/**
 * Under the button: why one would compare (until it was), that it is busy, what it found; or, back
 * on a period compared earlier, when that was: for a quarter compared month by month, per month,
 * and for one compared in part, which months were and which still show what Winkelbrug booked. A
 * month that has not begun is not named (the view leaves it out); a period that has not begun says
 * so, and asks for no comparison. Bookings in another administration are named on the page itself
 * (`elsewhereText`), so what the comparison found does not name them again.
 */
function CheckStatus() {
  const t = useText();
  const locale = useLocale();
  const checking = useReconciliation((state) => state.checking);
  const checked = useReconciliation((state) => state.checked);
  const view = useReconciliation((state) => state.view);
  const names = useReconciliation((state) => state.administrationNames);
  const months = view === null ? null : checkedWhen({ ...view, administrations: [] }, locale);
  const partly = view !== null && readingOf({ ...view, administrations: [] }) === 'mixed';
  const upcoming = notBegun(view);
  const state = checking
    ? 'busy'
    : checked
      ? 'done'
      : upcoming
        ? 'not-begun'
        : partly
          ? 'partly'
          : months
            ? 'earlier'
            : 'idle';
  const elsewhereShown = view !== null && elsewhereText(view, names, locale, t) !== null;
  const text =
    state === 'busy'
      ? t('reconciliation.check.busy')
      : checked !== null
        ? checkResultText(checked, locale, t, elsewhereShown)
        : upcoming
          ? t('reconciliation.check.notBegun')
          : months === null
            ? t('reconciliation.check.hint')
            : partly
              ? t('reconciliation.check.partly', { checked: months.text, unread: months.unread ?? '' })
              : months.when === null
                ? t('reconciliation.check.earlier.months', { checked: months.text })
                : t('reconciliation.check.earlier', { when: months.when });
  return (
    <p
      id="check-moneybird-status"
      className={state === 'idle' || state === 'not-begun' ? 'check-status hint' : 'check-status'}
      role="status"
      data-testid="check-status"
      data-state={state}
    >
      {text}
    </p>
  );
}

/** The month (or quarter) per VAT rate: do the books in Moneybird equal the shop, this month or quarter? */
export function ReconciliationPage() {
  const t = useText();
  const kind = useReconciliation((state) => state.period.kind);
  const title = t(kind === 'quarter' ? 'reconciliation.title.quarter' : 'reconciliation.title');
  usePageTitle(title);
  const view = useReconciliation((state) => state.view);
  const loading = useReconciliation((state) => state.loading);
  const problem = useReconciliation((state) => state.problem);
  const load = useReconciliation((state) => state.load);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <div className="reconciliation" data-testid="reconciliation" aria-busy={loading}>
      <section className="panel">
        <FocusHeading level={2} className="page-title">
          {title}
        </FocusHeading>
        <p className="hint">{t('reconciliation.intro')}</p>
        <div className="reconciliation-toolbar">
          <PeriodPicker />
          <div className="toolbar-actions">
            <CheckButton />
            <ExportButton />
          </div>
        </div>
        <CheckStatus />
        <ExportedNote />
        <ProblemText problem={problem} />
        {loading && !view ? <p className="busy">{t('reconciliation.loading')}</p> : <Verdict />}
        {view && view.rates.length > 0 && (
          <>
            <RateTable view={view} />
            <AdministrationTable view={view} />
            <RateChart view={view} />
          </>
        )}
      </section>
      {view && view.counts.orders > 0 && <Explanations view={view} />}
    </div>
  );
}
