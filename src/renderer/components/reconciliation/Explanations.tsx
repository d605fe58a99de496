import { Link } from 'react-router';
import type { ExplanationKind, ReconciliationView } from '../../../shared/contract';
import { explanationText } from '../../../shared/reconciliation/explanation-text';
import { kindGroup } from '../../../shared/reconciliation/standing';
import { formatDate, formatMoney, type MessageKey } from '../../i18n/text';
import { EXPLANATION_PAGE_SIZE, useReconciliation } from '../../state/reconciliation-store';
import { useLocale, useText } from '../../state/store-context';
import { lineName } from './period-name';

const kindKey = (kind: ExplanationKind) => `reconciliation.kind.${kind}` as MessageKey;

/** Where an order's own page is (the orders screen). */
const orderPath = (orderNumber: string) => `/orders/${encodeURIComponent(orderNumber)}`;

/** What the period's difference is made of, per kind; a kind filters the list below. */
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
        {view.kinds.map((k) => (
          <li key={k.kind}>
            <button
              type="button"
              className={`kind-chip group-${kindGroup(k.kind)}${selected === k.kind ? ' selected' : ''}`}
              aria-pressed={selected === k.kind}
              data-testid="kind-filter"
              data-kind={k.kind}
              onClick={() => void setKind(selected === k.kind ? null : k.kind)}
            >
              {k.kind === 'cancelled_in_shop'
                ? // Its figures agree: what matters is what Moneybird still counts of it.
                  t('reconciliation.kinds.line.cancelled_in_shop', {
                    count: k.orders,
                    kind: t(kindKey(k.kind)),
                    amount: formatMoney(view.cancelledInShop.stillBooked.inclTax, locale),
                  })
                : t('reconciliation.kinds.line', {
                    count: k.orders,
                    kind: t(kindKey(k.kind)),
                    amount: formatMoney(k.difference.exclTax, locale),
                  })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Per order: why it differs or what it needs (an order cancelled in the shop that Moneybird still
 * counts), with a link to the order's page; a page at a time.
 */
export function Explanations({ view }: { view: ReconciliationView }) {
  const t = useText();
  const locale = useLocale();
  const page = useReconciliation((state) => state.page);
  const { items, total, offset } = view.explanations;
  const money = (amount: string) => formatMoney(amount, locale);
  return (
    <section className="panel explanations" aria-labelledby="explanations-title" data-testid="explanations">
      <h2 id="explanations-title">{t('reconciliation.explanations.title')}</h2>
      <KindSummary view={view} />
      {total === 0 ? (
        <p className="empty">{t('reconciliation.explanations.none')}</p>
      ) : (
        <>
          <ul className="order-list explanation-list">
            {items.map((item) => (
              <li
                key={item.orderNumber}
                data-testid="explanation"
                data-order={item.orderNumber}
                data-kind={item.kind}
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
                  {explanationText(item, locale, money)}
                </p>
                {item.stillBooked.length > 0 && (
                  <p className="difference-rates" data-testid="still-booked">
                    {t('reconciliation.explanations.stillBooked', {
                      lines: item.stillBooked
                        .map((d) =>
                          t('reconciliation.explanations.differenceAt', {
                            rate: lineName(d, locale, t),
                            excl: money(d.exclTax),
                            vat: money(d.vat),
                          }),
                        )
                        .join(' · '),
                    })}
                  </p>
                )}
                {item.differences.length > 0 && (
                  <p className="difference-rates">
                    {item.differences
                      .map((d) =>
                        t('reconciliation.explanations.differenceAt', {
                          rate: lineName(d, locale, t),
                          excl: money(d.exclTax),
                          vat: money(d.vat),
                        }),
                      )
                      .join(' · ')}
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
    </section>
  );
}
