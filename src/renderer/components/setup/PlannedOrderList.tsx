import type { PlannedOrder } from '../../../shared/contract';
import { formatCount, formatDate, formatMoney } from '../../i18n/text';
import { useLocale, useText } from '../../state/store-context';
// The booking under each description looks as on the order's page (.line-booking).
import '../orders/orders.css';

/** One order as its invoice would appear in Moneybird: who, when, and its lines with their rate and ledger. */
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
      {/* As the order's page shows an invoice's lines: how many, the price of one and the amount,
          and under each description how it is booked. A line of six then reads as six. */}
      <table className="data-table compact">
        <caption className="visually-hidden">
          {t('dryRun.sample.linesCaption', { order: order.orderNumber })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('dryRun.line.description')}</th>
            <th scope="col" className="amount">
              {t('orderDetail.line.quantity')}
            </th>
            <th scope="col" className="amount">
              {t('orderDetail.line.unitPriceIncl')}
            </th>
            <th scope="col" className="amount">
              {t('dryRun.line.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line, index) => (
            // Lines have no id; their order is the invoice's.
            // biome-ignore lint/suspicious/noArrayIndexKey: positional
            <tr key={index}>
              <td>
                {line.description}
                <span className="line-booking" data-testid="planned-booking">
                  <span>{t('orderDetail.line.taxRate', { taxRate: line.taxRate })}</span>
                  <span>{t('orderDetail.line.ledger', { ledger: line.ledgerAccount })}</span>
                </span>
              </td>
              <td className="amount" data-testid="planned-quantity">
                {formatCount(Number(line.quantity), locale)}
              </td>
              <td className="amount" data-testid="planned-price">
                {formatMoney(line.price, locale)}
              </td>
              <td className="amount" data-testid="planned-amount">
                {formatMoney(line.amount, locale)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('dryRun.line.total')}
            </th>
            <td className="amount">{formatMoney(order.total, locale)}</td>
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
