import { ActivityList } from './ActivityList';
import { Header } from './Header';
import { HeldOrders } from './HeldOrders';
import { HistoryImport } from './HistoryImport';
import { Notice } from './Notice';
import { StatusPanel } from './StatusPanel';
import { SyncActions } from './SyncActions';

export function App() {
  return (
    <div className="app">
      <Header />
      <main className="content">
        <StatusPanel />
        <SyncActions />
        <Notice />
        <HeldOrders />
        <HistoryImport />
        <ActivityList />
      </main>
    </div>
  );
}
