import { useEffect } from 'react';
import { useApp } from '../state/store-context';
import { ActivityList } from './ActivityList';
import { usePageTitle } from './common/use-page-title';
import { HeldOrders } from './HeldOrders';
import { HistoryImport } from './HistoryImport';
import { DashboardLogLink } from './log/DashboardLogLink';
import { Notice } from './Notice';
import { NotificationOffer } from './notifications/NotificationOffer';
import { DashboardCancelledOrders } from './orders/DashboardCancelledOrders';
import { DashboardDeletedBookings } from './orders/DashboardDeletedBookings';
import { DashboardOrdersLink } from './orders/DashboardOrdersLink';
import { DashboardReconciliationLink } from './reconciliation/DashboardReconciliationLink';
import { SetupReminder } from './SetupReminder';
import { StatusPanel } from './StatusPanel';
import { SyncActions } from './SyncActions';

/** The home screen once Winkelbrug is set up: how the sync stands and what needs the owner. */
export function Dashboard() {
  usePageTitle(null);
  // Coming back from another screen: what happened there (a comparison that found an invoice
  // deleted in Moneybird, say) is in the status now, not at the next event.
  const refresh = useApp((state) => state.refresh);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return (
    <>
      <SetupReminder />
      <StatusPanel />
      <SyncActions />
      <Notice />
      <HeldOrders />
      <DashboardDeletedBookings />
      <DashboardCancelledOrders />
      <DashboardOrdersLink />
      <DashboardReconciliationLink />
      <HistoryImport />
      <ActivityList />
      <DashboardLogLink />
      <NotificationOffer />
    </>
  );
}
