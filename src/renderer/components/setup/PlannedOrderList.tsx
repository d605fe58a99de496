import type { PlannedOrder } from '../../../shared/contract';
import { formatDate, formatMoney } from '../../i18n/text';
import { useLocale, useText } from '../../state/store-context';

/** One order as its invoice would appear in Moneybird: who, when, and the lines with rate and ledger. */
function PlannedInvoice({ order }: { order: PlannedOrder }) {
  const t = useText();
  const locale = useLocale();
  return (
    <li className="planned-order" data-testid="planned-order" data-order={order.orderNumber}>
      <p className="order-heading">
        <strong>
          {order.creditOf
            ? t('dryRun.sample.credit', { order: order.orderNumber, credited: order.creditOf })
            : t('orders.order', { order: order.orderNumber })}
        </strong>
        {order.orderDate && <span className="order-date"> · {formatDate(order.orderDate, locale)}</span>}
        <span className="order-date"> · {order.customer}</span>
      </p>
      <table className="data-table compact">
        <caption className="visually-hidden">
          {t('dryRun.sample.linesCaption', { order: order.orderNumber })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('dryRun.line.description')}</th>
            <th scope="col" className="amount">
              {t('dryRun.line.amount')}
            </th>
            <th scope="col">{t('dryRun.line.taxRate')}</th>
            <th scope="col">{t('dryRun.line.ledger')}</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line, index) => (
            // Lines have no id; their order is the invoice's.
            // biome-ignore lint/suspicious/noArrayIndexKey: positional
            <tr key={index}>
              <td>{line.description}</td>
              <td className="amount">{formatMoney(line.amount, locale)}</td>
              <td>{line.taxRate}</td>
              <td>{line.ledgerAccount}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('dryRun.line.total')}</th>
            <td className="amount">{formatMoney(order.total, locale)}</td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      </table>
    </li>
  );
}

export function PlannedOrderList({ sample, orders }: { sample: PlannedOrder[]; orders: number }) {
  const t = useText();
  if (sample.length === 0) return null;
  return (
    <div className="planned-orders">
      <h3 className="subheading">{t('dryRun.sample.title')}</h3>
      <p className="field-hint">
        {sample.length < orders
          ? t('dryRun.sample.hint.some', { shown: sample.length, orders })
          : t('dryRun.sample.hint.all')}
      </p>
      <ul className="order-list">
        {sample.map((order) => (
          <PlannedInvoice key={order.orderNumber} order={order} />
        ))}
      </ul>
    </div>
  );
}
