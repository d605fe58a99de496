import { Link } from 'react-router';
import { paths } from '../../routes';
import { useText } from '../../state/store-context';
import './orders.css';

/** Under the dashboard's held orders: the way to every order. */
export function DashboardOrdersLink() {
  const t = useText();
  return (
    <p className="dashboard-orders-link">
      <Link to={paths.orders} data-testid="dashboard-orders-link">
        {t('orderList.dashboardLink')}
      </Link>
    </p>
  );
}
