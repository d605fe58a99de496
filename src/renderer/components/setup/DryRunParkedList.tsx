import { Link } from 'react-router';
import type { Locale } from '../../../shared/i18n/translate';
import { formatDate, pick } from '../../i18n/text';
import { paths } from '../../routes';
import type { DryRunResult } from '../../state/setup-store';
import { useLocale, useText } from '../../state/store-context';
import { groupByCause } from '../common/group-by-cause';

type ParkedOrder = DryRunResult['parked'][number];

/** Where the setting that fixes an order's cause is, when a setting does. */
function SettingLink({ order }: { order: ParkedOrder }) {
  const t = useText();
  if (!order.section) return null;
  return (
    <Link to={paths.mappingSection(order.section)} data-testid="dry-run-fix">
      {t('parked.fixSetting')}
    </Link>
  );
}

const dated = (order: ParkedOrder, locale: Locale) =>
  order.orderDate ? `${order.orderNumber} (${formatDate(order.orderDate, locale)})` : order.orderNumber;

/** One order the first run would park: its number and date, why, and where to fix it. */
function OneOrder({ order }: { order: ParkedOrder }) {
  const t = useText();
  const locale = useLocale();
  return (
    <li data-testid="dry-run-parked-order" data-order={order.orderNumber}>
      <p className="order-heading">
        <strong>{t('orders.order', { order: order.orderNumber })}</strong>
        {order.orderDate && <span className="order-date"> · {formatDate(order.orderDate, locale)}</span>}
      </p>
      <p className="reason">{pick(order.reason, locale)}</p>
      <SettingLink order={order} />
    </li>
  );
}

/**
 * Orders the first run would park for one cause, as the dashboard shows them: the cause once (the
 * first order's reason as the example), then which orders, with their dates.
 */
function OrderGroup({ orders }: { orders: ParkedOrder[] }) {
  const t = useText();
  const locale = useLocale();
  const [first] = orders as [ParkedOrder, ...ParkedOrder[]];
  return (
    <li className="parked-group" data-testid="dry-run-parked-group" data-reason={first.reasonCode}>
      <p className="order-heading">
        <strong>{t('orders.parked.group.title', { count: orders.length })}</strong>
      </p>
      <p className="reason">
        <span className="group-example">{t('orders.parked.group.example')} </span>
        {pick(first.reason, locale)}
      </p>
      <p className="group-orders">
        {t('orders.parked.group.orders')}{' '}
        {orders.map((order, i) => (
          <span key={order.orderNumber}>
            {i > 0 && ', '}
            <span data-testid="dry-run-parked-order" data-order={order.orderNumber}>
              {dated(order, locale)}
            </span>
          </span>
        ))}
      </p>
      <SettingLink order={first} />
    </li>
  );
}

/**
 * Orders the first run would park, by cause (an order alone with its cause shows as itself), with why
 * and (when a setting fixes it) a link to that setting, and how to see the effect of a fix made now:
 * the step's "Opnieuw berekenen" right below.
 */
export function DryRunParkedList({ parked }: { parked: DryRunResult['parked'] }) {
  const t = useText();
  if (parked.length === 0) return null;
  return (
    <div className="dry-run-parked" data-testid="dry-run-parked">
      <h3 className="subheading">{t('dryRun.parked.title', { count: parked.length })}</h3>
      <p className="field-hint">{t(parked.length === 1 ? 'dryRun.parked.hint.one' : 'dryRun.parked.hint')}</p>
      <ul className="order-list">
        {groupByCause(parked, (order) => order.section).map((group) =>
          group.length > 1 ? (
            <OrderGroup key={group[0]!.orderNumber} orders={group} />
          ) : (
            group.map((order) => <OneOrder key={order.orderNumber} order={order} />)
          ),
        )}
      </ul>
      {/* The orders' reasons say to try again; here that is the step's own "Opnieuw berekenen". */}
      <p className="field-hint" data-testid="dry-run-parked-again">
        {t('dryRun.parked.again')}
      </p>
    </div>
  );
}
