import { ActivityList } from './ActivityList';
import { usePageTitle } from './common/use-page-title';
import { HeldOrders } from './HeldOrders';
import { HistoryImport } from './HistoryImport';
import { DashboardLogLink } from './log/DashboardLogLink';
import { Notice } from './Notice';
import { NotificationOffer } from './notifications/NotificationOffer';
import { DashboardOrdersLink } from './orders/DashboardOrdersLink';
import { DashboardReconciliationLink } from './reconciliation/DashboardReconciliationLink';
import { SetupReminder } from './SetupReminder';
import { StatusPanel } from './StatusPanel';
import { SyncActions } from './SyncActions';

/** The home screen once Winkelbrug is set up: how the sync stands and what needs the owner. */
export function Dashboard() {
  usePageTitle(null);
  return (
    <>
      <SetupReminder />
      <StatusPanel />
      <SyncActions />
      <Notice />
      <HeldOrders />
      <DashboardOrdersLink />
      <DashboardReconciliationLink />
      <HistoryImport />
      <ActivityList />
      <DashboardLogLink />
      <NotificationOffer />
    </>
  );
}
