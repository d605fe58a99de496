import { Link } from 'react-router';
import { paths } from '../../routes';
import { useOrders } from '../../state/orders-store';
import { useApp, useText } from '../../state/store-context';
import './orders.css';

/**
 * Among what needs the owner: booked orders whose invoice a comparison with Moneybird found deleted
 * there since. The way to them is the orders screen filtered on them; each order's page offers to
 * book it again.
 */
export function DashboardDeletedBookings() {
  const t = useText();
  const count = useApp((state) => state.status?.counts.deleted ?? 0);
  const setFilters = useOrders((s) => s.setFilters);
  if (count === 0) return null;
  return (
    <section className="panel held deleted" data-testid="deleted-bookings">
      <h2>{t(count === 1 ? 'orders.deleted.title.one' : 'orders.deleted.title')}</h2>
      <p>{count === 1 ? t('orders.deleted.one') : t('orders.deleted.many', { count })}</p>
      <p>
        <Link
          to={paths.orders}
          data-testid="deleted-bookings-link"
          onClick={() => setFilters({ query: '', states: ['deleted_in_moneybird'], from: null, to: null })}
        >
          {count === 1 ? t('orders.deleted.showOne') : t('orders.deleted.show')}
        </Link>
      </p>
    </section>
  );
}
