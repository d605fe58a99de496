import { Link } from 'react-router';
import { paths } from '../../routes';
import { useOrders } from '../../state/orders-store';
import { useApp, useText } from '../../state/store-context';
import './orders.css';

/**
 * Among what needs the owner: booked orders the shop called off since, whose invoice Moneybird still
 * counts as revenue. Winkelbrug does not credit them on a guess, so the owner is shown the way to
 * them: the orders screen filtered on them, where each order's page says what to do.
 */
export function DashboardCancelledOrders() {
  const t = useText();
  const count = useApp((state) => state.status?.counts.cancelled ?? 0);
  const setFilters = useOrders((s) => s.setFilters);
  if (count === 0) return null;
  return (
    <section className="panel held cancelled" data-testid="cancelled-orders">
      <h2>{t(count === 1 ? 'orders.cancelled.title.one' : 'orders.cancelled.title')}</h2>
      <p>{count === 1 ? t('orders.cancelled.one') : t('orders.cancelled.many', { count })}</p>
      <p>
        <Link
          to={paths.orders}
          data-testid="cancelled-orders-link"
          onClick={() => setFilters({ query: '', states: ['cancelled_in_shop'], from: null, to: null })}
        >
          {count === 1 ? t('orders.cancelled.showOne') : t('orders.cancelled.show')}
        </Link>
      </p>
    </section>
  );
}
