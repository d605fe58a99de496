import { Link } from 'react-router';
import type { HeldOrder } from '../../shared/contract';
import { formatDate, formatTime, pick } from '../i18n/text';
import { paths } from '../routes';
import { waitedForChange } from '../state/app-store';
import { useApp, useText } from '../state/store-context';
import { groupByCause, sameReasonAs } from './common/group-by-cause';
import { OrderActions } from './common/OrderActions';
import { ReasonText } from './orders/ReasonText';
import { RetryParkedHint } from './settings/RetryParkedHint';

function OrderHeading({ order }: { order: HeldOrder }) {
  const t = useText();
  const locale = useApp((state) => state.locale);
  return (
    <p className="order-heading">
      {/* The order's page: the shop's side, what Moneybird holds, the steps. */}
      <Link to={paths.order(order.orderNumber)} data-testid="held-order-link">
        {/* As the order's page heads it: a credit order is not called an order. */}
        <strong>
          {t(order.creditedOrderNumber ? 'orderDetail.titleCredit' : 'orders.order', {
            order: order.orderNumber,
          })}
        </strong>
      </Link>
      {order.orderDate && <span className="order-date"> · {formatDate(order.orderDate, locale)}</span>}
    </p>
  );
}

/**
 * A parked order whose cause is a setting: where to change it, and once changed, to try again. The
 * core tells whether the setting is made by now (its reason, written at the park, still says it is
 * missing); else this window knows whether the owner changed that part of Settings since. `count`:
 * the orders of a group, which its one button tries again.
 */
function SettingFix({ order, count }: { order: HeldOrder; count?: number }) {
  const t = useText();
  const adjusted = useApp((state) => state.adjustedSections);
  const section = order.settingsSection;
  if (!section) return null;
  const made = t(`orders.parked.settingMade.${section}`);
  return (
    <p className="setting-fix">
      {order.settingMade ? (
        <span data-testid="setting-made">
          {count === undefined
            ? t('orders.parked.settingMade.one', { made })
            : t('orders.parked.settingMade.group', { made, count })}{' '}
        </span>
      ) : adjusted.includes(section) ? (
        <span data-testid="setting-adjusted">{t('parked.adjusted.one')} </span>
      ) : null}
      <Link to={paths.settingsSection(section)} data-testid="fix-setting">
        {t('parked.fixSetting')}
      </Link>
    </p>
  );
}

/** From this many orders parked for one cause, they show as one group with one button for all. */
const GROUP_FROM = 3;
/** Orders of a locked period group from two: their one button books them all on the first open day. */
const LOCKED_GROUP_FROM = 2;

const isLocked = (order: HeldOrder) => order.reasonCode === 'period_locked';

/**
 * The setting a parked order waits for, told apart by whether it is made by now: a group then says
 * "made" of every order it holds (orders for another rate still wait for theirs).
 */
const madeApart = (order: HeldOrder) =>
  order.settingMade ? `${order.settingsSection ?? ''}+made` : order.settingsSection;

// Parked orders by cause: shared with the wizard's dry run (components/common/group-by-cause.ts).
export { groupByCause };

/**
 * One parked order: why, where to fix it, and what the owner can do. In a group's list (`example`:
 * the order whose reason the group shows), a reason that only differs by the order's number is not
 * said again.
 */
function ParkedOrder({ order, example }: { order: HeldOrder; example?: HeldOrder }) {
  const t = useText();
  const locale = useApp((state) => state.locale);
  const busy = useApp((state) => state.busyOrder);
  const paused = useApp((state) => state.status?.state === 'paused');
  const retry = useApp((state) => state.retryOrder);
  const skip = useApp((state) => state.skipOrder);
  const bookInOpenPeriod = useApp((state) => state.bookInOpenPeriod);
  const takeOverInvoice = useApp((state) => state.takeOverInvoice);
  return (
    <li data-testid="parked-order" data-order={order.orderNumber}>
      <OrderHeading order={order} />
      {/* A reason with more than one way out lists them, each with its button, as the order's page does. */}
      {example?.reason &&
      order.reason &&
      sameReasonAs(
        pick(order.reason, locale),
        order.orderNumber,
        pick(example.reason, locale),
        example.orderNumber,
      ) ? (
        <p className="reason" data-testid="parked-reason" data-same="true">
          {t('orders.parked.group.sameReason')}
        </p>
      ) : (
        <ReasonText
          text={order.reason ? pick(order.reason, locale) : t('orders.noReason')}
          className="reason"
          testId="parked-reason"
        />
      )}
      {!example && <SettingFix order={order} />}
      <OrderActions
        disabled={busy !== null}
        retryTitle={paused ? t('state.paused') : undefined}
        takeOverInvoice={order.invoiceToTakeOver ? () => void takeOverInvoice(order.orderNumber) : undefined}
        // A locked period's order would only be parked again: booked on the first open day, or skipped.
        retry={isLocked(order) ? undefined : () => void retry(order.orderNumber)}
        skip={() => void skip(order.orderNumber)}
      >
        {isLocked(order) && (
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
  );
}

/**
 * Orders parked for one cause: the cause once (one order's reason as the example), the orders by
 * number, one button to try them all again, and each order folded away for skipping or a retry alone.
 */
function ParkedGroup({ orders }: { orders: HeldOrder[] }) {
  const t = useText();
  const locale = useApp((state) => state.locale);
  const busy = useApp((state) => state.busyOrder);
  const paused = useApp((state) => state.status?.state === 'paused');
  const retryOrders = useApp((state) => state.retryOrders);
  const bookInOpenPeriod = useApp((state) => state.bookInOpenPeriod);
  const [first] = orders as [HeldOrder, ...HeldOrder[]];
  // A locked period's orders are not retried as they are: the owner books them on the first open day.
  const locked = isLocked(first);
  return (
    <li className="parked-group" data-testid="parked-group" data-reason={first.reasonCode ?? ''}>
      <p className="order-heading">
        <strong>
          {t(locked ? 'orders.parked.group.lockedTitle' : 'orders.parked.group.title', {
            count: orders.length,
          })}
        </strong>
      </p>
      {/* A reason in lines lists its ways out, as for one order; the buttons they name are in the fold. */}
      <ReasonText
        text={first.reason ? pick(first.reason, locale) : t('orders.noReason')}
        className="reason"
        testId="parked-group-reason"
        prefix={
          <span className="group-example">
            {t('orders.parked.group.example', { order: first.orderNumber })}{' '}
          </span>
        }
      />
      <p className="group-orders" data-testid="parked-group-orders">
        {t('orders.parked.group.orders')}{' '}
        {orders.map((order, i) => (
          <span key={order.orderNumber}>
            {i > 0 && ', '}
            <Link to={paths.order(order.orderNumber)}>{order.orderNumber}</Link>
          </span>
        ))}
      </p>
      <SettingFix order={first} count={orders.length} />
      <p className="order-actions">
        {/* Not a primary button: "Nu synchroniseren" stays the one main action on the dashboard. */}
        {locked ? (
          <button
            type="button"
            data-testid="book-all-in-open-period"
            disabled={busy !== null}
            onClick={() => void bookInOpenPeriod()}
          >
            {t('action.bookAllInOpenPeriod', { count: orders.length })}
          </button>
        ) : (
          <button
            type="button"
            data-testid="retry-group"
            disabled={busy !== null || paused}
            title={paused ? t('state.paused') : undefined}
            onClick={() => void retryOrders(orders.map((order) => order.orderNumber))}
          >
            {t('action.retryGroup', { count: orders.length })}
          </button>
        )}
      </p>
      <details className="group-each">
        <summary>{t('orders.parked.group.each')}</summary>
        <ul className="order-list">
          {orders.map((order) => (
            <ParkedOrder key={order.orderNumber} order={order} example={first} />
          ))}
        </ul>
      </details>
    </li>
  );
}

/** Parked orders, when there are any: an empty card would only push what matters down. */
function ParkedOrders() {
  const t = useText();
  const orders = useApp((state) => state.orders);
  const adjusted = useApp((state) => state.adjustedSections);
  const adjustedAt = useApp((state) => state.adjustedAt);
  const parked = orders?.parked ?? [];
  const more = (orders?.parkedTotal ?? 0) - parked.length;
  if (parked.length === 0) return null;
  // A change in Settings this session is offered for a retry at the top, unless each order it may
  // book says so itself already: the core found its setting made.
  const offerRetry = waitedForChange(parked, adjusted, adjustedAt).some((order) => !order.settingMade);
  return (
    <section className="panel held parked" data-testid="parked-orders">
      <h2>{t('orders.parked.title')}</h2>
      <p className="hint">{t('orders.parked.hint')}</p>
      {offerRetry && <RetryParkedHint />}
      <ul className="order-list">
        {groupByCause(parked, madeApart).map((group) =>
          group.length >= (isLocked(group[0]!) ? LOCKED_GROUP_FROM : GROUP_FROM) ? (
            <ParkedGroup key={group[0]!.orderNumber} orders={group} />
          ) : (
            group.map((order) => <ParkedOrder key={order.orderNumber} order={order} />)
          ),
        )}
      </ul>
      {more > 0 && <p className="more">{t('orders.more', { count: more })}</p>}
    </section>
  );
}

/** Orders Winkelbrug tries again by itself, when there are any. */
function WaitingOrders() {
  const t = useText();
  const locale = useApp((state) => state.locale);
  const orders = useApp((state) => state.orders);
  const waiting = orders?.waiting ?? [];
  const more = (orders?.waitingTotal ?? 0) - waiting.length;
  if (waiting.length === 0) return null;
  return (
    <section className="panel held waiting" data-testid="waiting-orders">
      <h2>{t('orders.waiting.title')}</h2>
      <p className="hint">{t('orders.waiting.hint')}</p>
      <ul className="order-list">
        {waiting.map((order) => (
          <li key={order.orderNumber} data-testid="waiting-order" data-order={order.orderNumber}>
            <OrderHeading order={order} />
            {order.reason && (
              <ReasonText text={pick(order.reason, locale)} className="reason" testId="waiting-reason" />
            )}
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
