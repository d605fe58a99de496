import { Link } from 'react-router';
import { paths } from '../../routes';
import { useText } from '../../state/store-context';
import './log.css';

/** Under the dashboard's recent activity: the way to the whole log. */
export function DashboardLogLink() {
  const t = useText();
  return (
    <p className="dashboard-log-link">
      <Link to={paths.log} data-testid="dashboard-log-link">
        {t('log.dashboardLink')}
      </Link>
    </p>
  );
}
