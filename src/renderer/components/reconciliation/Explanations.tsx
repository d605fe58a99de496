import { Link } from 'react-router';
import type { ExplanationKind, ReconciliationView } from '../../../shared/contract';
import { orderReadInMoneybird } from '../../../shared/reconciliation/checked-at';
import {
  explanationText,
  lineAmountsText,
  lineDifferencesText,
  whereText,
} from '../../../shared/reconciliation/explanation-text';
import { kindGroup } from '../../../shared/reconciliation/standing';
import { formatCount, formatDate, formatMoney, type MessageKey } from '../../i18n/text';
import { EXPLANATION_PAGE_SIZE, useReconciliation } from '../../state/reconciliation-store';
import { useLocale, useText } from '../../state/store-context';
import { lineName } from './period-name';
import { kindAmountsText } from './verdict-text';

const kindKey = (kind: ExplanationKind) => `reconciliation.kind.${kind}` as MessageKey;

/** Where an order's own page is (the orders screen). */
export const orderPath = (orderNumber: string) => `/orders/${encodeURIComponent(orderNumber)}`;

/**
 * What the period's difference is made of, per kind, what needs the owner first: the orders, and
 * which way they make Moneybird differ from the shop in turnover excl. VAT and VAT, as the verdict
 * says it. A kind filters the list below.
 */
export function KindSummary({ view }: { view: ReconciliationView }) {
  const t = useText();
  const locale = useLocale();
  const selected = useReconciliation((state) => state.kind);
  const setKind = useReconciliation((state) => state.setKind);
  if (view.kinds.length === 0) return null;
  return (
    <section className="kind-summary" aria-labelledby="kinds-title" data-testid="kind-summary">
      <h3 id="kinds-title">{t('reconciliation.kinds.title')}</h3>
      <ul className="kind-list">
        {view.kinds.map((k) => {
          const amounts = kindAmountsText(k, view, locale, t);
          return (
            <li key={k.kind}>
              <button
                type="button"
                className={`kind-chip group-${kindGroup(k.kind)}${selected === k.kind ? ' selected' : ''}`}
                aria-pressed={selected === k.kind}
                data-testid="kind-filter"
                data-kind={k.kind}
                onClick={() => void setKind(selected === k.kind ? null : k.kind)}
              >
                <span className="kind-chip-name">
                  {t('reconciliation.kinds.line', { count: k.orders, kind: t(kindKey(k.kind)) })}
                </span>
                {amounts !== null && (
                  <>
                    {/* Read out as one sentence: the kind, then its amounts. */}
                    <span className="visually-hidden">{'. '}</span>
                    <span className="kind-chip-amounts" data-testid="kind-amounts">
                      {amounts}
                    </span>
                  </>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * The settled orders (nothing to do) are folded away unless the owner asks for them: a button says
 * how many there are, and folds them away again.
 */
function SettledToggle({ view }: { view: ReconciliationView }) {
  const t = useText();
  const locale = useLocale();
  const kind = useReconciliation((state) => state.kind);
  const showSettled = useReconciliation((state) => state.showSettled);
  const setShowSettled = useReconciliation((state) => state.setShowSettled);
  const settled = view.kinds
    .filter((k) => kindGroup(k.kind) === 'settled')
    .reduce((sum, k) => sum + k.orders, 0);
  // A kind chosen lists its orders whatever their group; nothing settled, nothing to fold.
  if (kind !== null || settled === 0) return null;
  return (
    <p className="settled-toggle">
      <button
        type="button"
        className="link-button"
        data-testid="settled-toggle"
        aria-expanded={showSettled}
        aria-controls="explanation-list"
        onClick={() => void setShowSettled(!showSettled)}
      >
        {showSettled
          ? t('reconciliation.explanations.hideSettled')
          : settled === 1
            ? t('reconciliation.explanations.showSettled.one')
            : t('reconciliation.explanations.showSettled', { count: formatCount(settled, locale) })}
      </button>
    </p>
  );
}

/**
 * Per order: why it differs or what it needs (an order cancelled in the shop that Moneybird still
 * counts), with a link to the order's page; what needs the owner first (the core orders them, so no
 * page hides one behind orders that need nothing), the settled ones folded away by default; a page
 * at a time. Under each sentence, per line of the return, which way Moneybird differs in words;
 * until the order's month is compared with Moneybird, as what Winkelbrug booked, as the table's
 * column says; a booking deleted in Moneybird always as Moneybird's (a comparison found it).
 */
export function Explanations({ view }: { view: ReconciliationView }) {
  const t = useText();
  const locale = useLocale();
  const page = useReconciliation((state) => state.page);
  const { items, total, offset, folded } = view.explanations;
  const money = (amount: string) => formatMoney(amount, locale);
  const line = (d: { rate: string; vatBox: string }) => lineName(d, locale, t);
  // Whose figures each order's are: Moneybird's once its month was compared (a booking found
  // deleted there always), else what Winkelbrug booked.
  const readOf = (item: (typeof items)[number]) => orderReadInMoneybird(item, view);
  return (
    <section className="panel explanations" aria-labelledby="explanations-title" data-testid="explanations">
      <h2 id="explanations-title">{t('reconciliation.explanations.title')}</h2>
      <KindSummary view={view} />
      {total === 0 ? (
        <p className="empty" data-testid="explanations-empty">
          {t(folded > 0 ? 'reconciliation.explanations.noneToDo' : 'reconciliation.explanations.none')}
        </p>
      ) : (
        <>
          <ul className="order-list explanation-list" id="explanation-list">
            {items.map((item) => (
              <li
                key={item.orderNumber}
                data-testid="explanation"
                data-order={item.orderNumber}
                data-kind={item.kind}
                data-read={readOf(item) ? 'moneybird' : 'booked'}
              >
                <p className="order-heading">
                  <Link to={orderPath(item.orderNumber)} data-testid="explanation-order">
                    {t('reconciliation.explanations.order', { order: item.orderNumber })}
                  </Link>
                  <span className="order-date">
                    {' · '}
                    {formatDate(item.orderDate, locale)}
                    {item.credit ? ` · ${t('reconciliation.explanations.credit')}` : ''}
                  </span>
                  <span className={`kind-badge kind-${item.kind} group-${kindGroup(item.kind)}`}>
                    {t(kindKey(item.kind))}
                  </span>
                </p>
                <p className="reason" data-testid="explanation-text">
                  {explanationText(item, locale, money, readOf(item))}
                </p>
                {item.stillBooked.length > 0 && (
                  <p className="difference-rates" data-testid="still-booked">
                    {t(
                      item.kind === 'cancelled_settled'
                        ? 'reconciliation.explanations.countedAsSold'
                        : 'reconciliation.explanations.stillBooked',
                      {
                        lines: lineAmountsText(item.stillBooked, locale, money, line),
                        where: whereText(readOf(item), locale),
                      },
                    )}
                  </p>
                )}
                {item.differences.length > 0 && (
                  <p className="difference-rates" data-testid="line-differences">
                    {t(
                      readOf(item)
                        ? 'reconciliation.explanations.differences'
                        : 'reconciliation.explanations.differences.booked',
                      { lines: lineDifferencesText(item.differences, locale, money, line) },
                    )}
                  </p>
                )}
              </li>
            ))}
          </ul>
          {total > items.length && (
            <div className="pager">
              <button
                type="button"
                disabled={offset === 0}
                data-testid="explanations-previous"
                onClick={() => void page(offset - EXPLANATION_PAGE_SIZE)}
              >
                {t('reconciliation.explanations.previous')}
              </button>
              <span data-testid="explanations-page">
                {t('reconciliation.explanations.page', {
                  first: offset + 1,
                  last: offset + items.length,
                  total,
                })}
              </span>
              <button
                type="button"
                disabled={offset + items.length >= total}
                data-testid="explanations-next"
                onClick={() => void page(offset + EXPLANATION_PAGE_SIZE)}
              >
                {t('reconciliation.explanations.next')}
              </button>
            </div>
          )}
        </>
      )}
      <SettledToggle view={view} />
    </section>
  );
}
