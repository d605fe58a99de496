import { Link } from 'react-router';
import { paths } from '../../routes';
import { useText } from '../../state/store-context';
import './reconciliation.css';

/** On the dashboard: the way to the month per VAT rate ("do my books match the shop?"). */
export function DashboardReconciliationLink() {
  const t = useText();
  return (
    <p className="dashboard-reconciliation-link">
      <Link to={paths.reconciliation} data-testid="dashboard-reconciliation-link">
        {t('reconciliation.dashboardLink')}
      </Link>
    </p>
  );
}
