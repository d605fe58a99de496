import { useEffect, useState } from 'react';
import { HashRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { paths, startPath } from '../routes';
import { useSetup } from '../state/store-context';
import { Dashboard } from './Dashboard';
import { Header } from './Header';
import { LogPage } from './log/LogPage';
import { OrderDetailPage } from './orders/OrderDetailPage';
import { OrdersPage } from './orders/OrdersPage';
import { ReconciliationPage } from './reconciliation/ReconciliationPage';
import { Starting } from './Starting';
import { SettingsPage } from './settings/SettingsPage';
import { SetupWizard } from './setup/SetupWizard';

/**
 * Picks the first screen once the core has said where the setup stands: the wizard while it is
 * not complete, else the dashboard (or wherever the address points, after a reload).
 */
function useStartScreen(): boolean {
  const loaded = useSetup((state) => state.setupLoaded);
  const setup = useSetup((state) => state.setup);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready || !loaded) return;
    // When the core could not say, the dashboard shows what it knows.
    const target = setup ? startPath(setup, pathname) : null;
    if (target) navigate(target, { replace: true });
    setReady(true);
  }, [ready, loaded, setup, pathname, navigate]);
  return ready;
}

function AppRoutes() {
  return (
    <Routes>
      <Route path={paths.dashboard} element={<Dashboard />} />
      <Route path="/setup" element={<Navigate to="/setup/welcome" replace />} />
      <Route path="/setup/:step" element={<SetupWizard />} />
      <Route path={paths.settings} element={<SettingsPage />} />
      <Route path="/settings/:section" element={<SettingsPage />} />
      <Route path={paths.log} element={<LogPage />} />
      <Route path={paths.orders} element={<OrdersPage />} />
      <Route path="/orders/:orderNumber" element={<OrderDetailPage />} />
      <Route path={paths.reconciliation} element={<ReconciliationPage />} />
      <Route path="*" element={<Navigate to={paths.dashboard} replace />} />
    </Routes>
  );
}

function AppShell() {
  const ready = useStartScreen();
  const inWizard = useLocation().pathname.startsWith('/setup');
  return (
    <div className={inWizard ? 'app app-wizard' : 'app'}>
      <Header />
      <main className="content">{ready ? <AppRoutes /> : <Starting />}</main>
    </div>
  );
}

export function App() {
  return (
    <HashRouter>
      <AppShell />
    </HashRouter>
  );
}
