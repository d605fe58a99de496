import { Fragment, type ReactNode, useEffect } from 'react';
import { Link } from 'react-router';
import type { ExplanationKind, ReconciliationView } from '../../../shared/contract';
import type { Locale } from '../../../shared/i18n/translate';
import { listParts } from '../../../shared/i18n/written-list';
import { readingOf } from '../../../shared/reconciliation/checked-at';
import { formatCount, formatMoney, type Translate } from '../../i18n/text';
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
import { RateChart } from './RateChart';
import { RateTable } from './RateTable';
import { checkedWhen, elsewhereText, verdictText } from './verdict-text';

/** Stands in for a list in a sentence, to put links where the list goes. */
const LIST_MARK = '\u0000';

/**
 * The orders in another currency than the euro, which the sums leave out: named one by one, each
 * with its total in its own currency and a link to its page (the first few dozen; the rest counted),
 * and why they are not here: Moneybird converts them to euros for the VAT return. Under the count of
 * the period's orders in euros (`besides`), they come on top of it ("Daarnaast …").
 */
function ForeignCurrency({ view, besides }: { view: ReconciliationView; besides: boolean }) {
  const t = useText();
  const locale = useLocale();
  const count = view.counts.foreignCurrency;
  if (count === 0) return null;
  const named: ReactNode[] = view.foreignCurrencyOrders.map((order) => (
    <Link key={order.orderNumber} to={orderPath(order.orderNumber)} data-testid="foreign-order">
      {order.total === null
        ? order.orderNumber
        : t('reconciliation.foreignCurrency.order', {
            order: order.orderNumber,
            total: formatMoney(order.total, locale, order.currency),
          })}
    </Link>
  ));
  const rest = count - view.foreignCurrencyOrders.length;
  if (rest > 0) named.push(t('reconciliation.foreignCurrency.more', { count: formatCount(rest, locale) }));
  // "a, b en c", the links between the words of the owner's language.
  const list = listParts(named, locale).map((part, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for this view
    <Fragment key={i}>{part}</Fragment>
  ));
  const key = besides ? 'reconciliation.foreignCurrency.besides' : 'reconciliation.foreignCurrency';
  const [before, after] = (
    count === 1
      ? t(`${key}.one`, { orders: LIST_MARK })
      : t(key, { count: formatCount(count, locale), orders: LIST_MARK })
  ).split(LIST_MARK);
  return (
    <p className="hint foreign-orders" data-testid="foreign-currency" data-count={count}>
      {before}
      {list}
      {after}
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
  // With orders in another currency, the count says it holds those in euros; they come on top.
  const foreign = view.counts.foreignCurrency > 0;
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
        {movedText(view, locale, t)}
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
 * open day): said beside the count, which would otherwise read as at odds with the table's sums.
 */
function movedText(view: ReconciliationView, locale: Locale, t: Translate): string {
  const ordersOf = (kind: ExplanationKind) => view.kinds.find((k) => k.kind === kind)?.orders ?? 0;
  const later = ordersOf('booked_in_other_period');
  const earlier = ordersOf('booked_from_other_period');
  let text = '';
  if (later > 0)
    text += ` ${t(later === 1 ? 'reconciliation.counts.later.one' : 'reconciliation.counts.later', { count: formatCount(later, locale) })}`;
  if (earlier > 0)
    text += ` ${t(earlier === 1 ? 'reconciliation.counts.earlier.one' : 'reconciliation.counts.earlier', { count: formatCount(earlier, locale) })}`;
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
