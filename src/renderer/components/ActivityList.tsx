import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { LogLine } from '../../shared/contract';
import { formatTime, pick } from '../i18n/text';
import { paths } from '../routes';
import { type OrderInvoice, useOrders } from '../state/orders-store';
import { useApp, useText } from '../state/store-context';
import { withAdministration, withInvoiceNumber } from './orders/invoice-names';

/** Lines shown open: what happened lately; the rest folds away (the log page holds everything). */
const SHOWN = 12;

/**
 * Where the line names its order by number ("Bestelling 1016 geboekt …"): not inside a longer number,
 * nor as the end of a reference ("MWE29627-1016") or an invoice number ("2026/1016").
 */
function orderNumberAt(text: string, orderNumber: string): number {
  const escaped = orderNumber.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?<![\\p{L}\\p{N}/-])${escaped}(?![\\p{L}\\p{N}])`, 'u').exec(text);
  return match ? match.index : -1;
}

function ActivityItem({ line, invoices }: { line: LogLine; invoices: Record<string, OrderInvoice> }) {
  const locale = useApp((state) => state.locale);
  const orderNumber = line.orderNumber;
  // The invoice by its number, and by the administration it is in once bookings are in more than one.
  const text = orderNumber
    ? withAdministration(
        withInvoiceNumber(pick(line.message, locale), invoices[orderNumber]),
        orderNumber,
        invoices[orderNumber],
        locale,
      )
    : pick(line.message, locale);
  // A line that names its order links the number where it stands, rather than a "#1016" beside it.
  const at = orderNumber ? orderNumberAt(text, orderNumber) : -1;
  const link = (content: string) =>
    orderNumber && (
      <Link className="order" to={paths.order(orderNumber)} data-testid="activity-order">
        {content}
      </Link>
    );
  return (
    <li className={`level-${line.level}`} data-testid="activity-item">
      <time dateTime={line.at}>{formatTime(line.at, locale)}</time>
      {orderNumber && at < 0 && link(`#${orderNumber}`)}
      <span className="message">
        {orderNumber && at >= 0 ? (
          <>
            {text.slice(0, at)}
            {link(orderNumber)}
            {text.slice(at + orderNumber.length)}
          </>
        ) : (
          text
        )}
      </span>
    </li>
  );
}

export function ActivityList() {
  const t = useText();
  const log = useApp((state) => state.log);
  const newestFirst = [...log].reverse();
  // The invoices of the orders the lines name, so a line shows the invoice's number, not its id.
  const invoices = useOrders((state) => state.invoices);
  const lookUpInvoices = useOrders((state) => state.lookUpInvoices);
  const named = [...new Set(log.flatMap((line) => (line.orderNumber ? [line.orderNumber] : [])))].join('\n');
  // The toggle says what a click does: show the older lines, or hide them again.
  const [olderOpen, setOlderOpen] = useState(false);
  useEffect(() => {
    if (named !== '') void lookUpInvoices(named.split('\n'));
  }, [named, lookUpInvoices]);
  return (
    <section className="panel activity">
      <h2>{t('activity.title')}</h2>
      {newestFirst.length === 0 ? (
        <p className="empty" data-testid="activity-empty">
          {t('activity.empty')}
        </p>
      ) : (
        <>
          <ol className="activity-list" data-testid="activity-list">
            {newestFirst.slice(0, SHOWN).map((line) => (
              <ActivityItem key={line.seq} line={line} invoices={invoices} />
            ))}
          </ol>
          {newestFirst.length > SHOWN && (
            <details
              className="activity-older"
              data-testid="activity-older"
              open={olderOpen}
              onToggle={(event) => setOlderOpen(event.currentTarget.open)}
            >
              <summary>
                {olderOpen
                  ? t('activity.older.hide')
                  : t('activity.older', { count: newestFirst.length - SHOWN })}
              </summary>
              <ol className="activity-list">
                {newestFirst.slice(SHOWN).map((line) => (
                  <ActivityItem key={line.seq} line={line} invoices={invoices} />
                ))}
              </ol>
            </details>
          )}
        </>
      )}
    </section>
  );
}
