import { Link } from 'react-router';
import { formatDate, pick } from '../../i18n/text';
import { paths } from '../../routes';
import type { DryRunResult } from '../../state/setup-store';
import { useLocale, useText } from '../../state/store-context';

/**
 * Orders the first run would park, with why and (when a setting fixes it) a link to that setting,
 * and how to see the effect of a fix made now: the step's "Opnieuw berekenen" right below.
 */
export function DryRunParkedList({ parked }: { parked: DryRunResult['parked'] }) {
  const t = useText();
  const locale = useLocale();
  if (parked.length === 0) return null;
  return (
    <div className="dry-run-parked" data-testid="dry-run-parked">
      <h3 className="subheading">{t('dryRun.parked.title', { count: parked.length })}</h3>
      <p className="field-hint">{t('dryRun.parked.hint')}</p>
      <ul className="order-list">
        {parked.map((order) => (
          <li key={order.orderNumber} data-testid="dry-run-parked-order" data-order={order.orderNumber}>
            <p className="order-heading">
              <strong>{t('orders.order', { order: order.orderNumber })}</strong>
              {order.orderDate && (
                <span className="order-date"> · {formatDate(order.orderDate, locale)}</span>
              )}
            </p>
            <p className="reason">{pick(order.reason, locale)}</p>
            {order.section && (
              <Link to={paths.mappingSection(order.section)} data-testid="dry-run-fix">
                {t('parked.fixSetting')}
              </Link>
            )}
          </li>
        ))}
      </ul>
      {/* The orders' reasons say to try again; here that is the step's own "Opnieuw berekenen". */}
      <p className="field-hint" data-testid="dry-run-parked-again">
        {t('dryRun.parked.again')}
      </p>
    </div>
  );
}
