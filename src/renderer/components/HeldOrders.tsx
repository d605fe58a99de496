import { Link } from 'react-router';
import type { HeldOrder } from '../../shared/contract';
import { formatDate, formatTime, pick } from '../i18n/text';
import { paths } from '../routes';
import { useApp, useText } from '../state/store-context';
import { OrderActions } from './common/OrderActions';
import { RetryParkedHint } from './settings/RetryParkedHint';

function OrderHeading({ order }: { order: HeldOrder }) {
  const t = useText();
  const locale = useApp((state) => state.locale);
  return (
    <p className="order-heading">
      {/* The order's page: the shop's side, what Moneybird holds, the steps. */}
      <Link to={paths.order(order.orderNumber)} data-testid="held-order-link">
        <strong>{t('orders.order', { order: order.orderNumber })}</strong>
      </Link>
      {order.orderDate && <span className="order-date"> · {formatDate(order.orderDate, locale)}</span>}
    </p>
  );
}

/** A parked order whose cause is a setting: where to change it, and once changed, to try again. */
function SettingFix({ order }: { order: HeldOrder }) {
  const t = useText();
  const adjusted = useApp((state) => state.adjustedSections);
  if (!order.settingsSection) return null;
  return (
    <p className="setting-fix">
      {adjusted.includes(order.settingsSection) ? (
        <span data-testid="setting-adjusted">{t('parked.adjusted.one')} </span>
      ) : null}
      <Link to={paths.settingsSection(order.settingsSection)} data-testid="fix-setting">
        {t('parked.fixSetting')}
      </Link>
    </p>
  );
}

function ParkedOrders() {
  const t = useText();
  const locale = useApp((state) => state.locale);
  const orders = useApp((state) => state.orders);
  const busy = useApp((state) => state.busyOrder);
  const paused = useApp((state) => state.status?.state === 'paused');
  const retry = useApp((state) => state.retryOrder);
  const skip = useApp((state) => state.skipOrder);
  const bookInOpenPeriod = useApp((state) => state.bookInOpenPeriod);
  const takeOverInvoice = useApp((state) => state.takeOverInvoice);
  const parked = orders?.parked ?? [];
  // Dated in Moneybird's locked period: the owner chooses the first open day or skipping.
  const locked = parked.filter((order) => order.reasonCode === 'period_locked');
  const more = (orders?.parkedTotal ?? 0) - parked.length;
  return (
    <section className="panel held parked" data-testid="parked-orders">
      <h2>{t('orders.parked.title')}</h2>
      {parked.length === 0 ? (
        <p className="empty" data-testid="parked-empty">
          {t('orders.parked.empty')}
        </p>
      ) : (
        <>
          <p className="hint">{t('orders.parked.hint')}</p>
          <RetryParkedHint />
          {locked.length > 1 && (
            <p className="order-actions">
              <button
                type="button"
                data-testid="book-all-in-open-period"
                disabled={busy !== null}
                onClick={() => void bookInOpenPeriod()}
              >
                {t('action.bookAllInOpenPeriod', { count: locked.length })}
              </button>
            </p>
          )}
          <ul className="order-list">
            {parked.map((order) => (
              <li key={order.orderNumber} data-testid="parked-order" data-order={order.orderNumber}>
                <OrderHeading order={order} />
                <p className="reason" data-testid="parked-reason">
                  {order.reason ? pick(order.reason, locale) : t('orders.noReason')}
                </p>
                <SettingFix order={order} />
                <OrderActions
                  disabled={busy !== null}
                  retryTitle={paused ? t('state.paused') : undefined}
                  takeOverInvoice={
                    order.invoiceToTakeOver ? () => void takeOverInvoice(order.orderNumber) : undefined
                  }
                  retry={() => void retry(order.orderNumber)}
                  skip={() => void skip(order.orderNumber)}
                >
                  {order.reasonCode === 'period_locked' && (
                    <button
                      type="button"
                      data-testid="book-in-open-period"
                      disabled={busy !== null}
                      onClick={() => void bookInOpenPeriod(order.orderNumber)}
                    >
                      {t('action.bookInOpenPeriod')}
                    </button>
                  )}
                </OrderActions>
              </li>
            ))}
          </ul>
          {more > 0 && <p className="more">{t('orders.more', { count: more })}</p>}
        </>
      )}
    </section>
  );
}

function WaitingOrders() {
  const t = useText();
  const locale = useApp((state) => state.locale);
  const orders = useApp((state) => state.orders);
  const waiting = orders?.waiting ?? [];
  const more = (orders?.waitingTotal ?? 0) - waiting.length;
  return (
    <section className="panel held waiting" data-testid="waiting-orders">
      <h2>{t('orders.waiting.title')}</h2>
      {waiting.length === 0 ? (
        <p className="empty" data-testid="waiting-empty">
          {t('orders.waiting.empty')}
        </p>
      ) : (
        <>
          <ul className="order-list">
            {waiting.map((order) => (
              <li key={order.orderNumber} data-testid="waiting-order" data-order={order.orderNumber}>
                <OrderHeading order={order} />
                {order.reason && <p className="reason">{pick(order.reason, locale)}</p>}
                <p className="next-attempt" data-testid="waiting-next-attempt">
                  {order.nextAttemptAt
                    ? t('orders.nextAttempt', { time: formatTime(order.nextAttemptAt, locale) })
                    : t('orders.nextAttempt.nextRun')}
                  {order.attempts > 0 &&
                    ` · ${order.attempts === 1 ? t('orders.attempts.one') : t('orders.attempts', { attempts: order.attempts })}`}
                </p>
              </li>
            ))}
          </ul>
          {more > 0 && <p className="more">{t('orders.more', { count: more })}</p>}
        </>
      )}
    </section>
  );
}

export function HeldOrders() {
  return (
    <>
      <ParkedOrders />
      <WaitingOrders />
    </>
  );
}
