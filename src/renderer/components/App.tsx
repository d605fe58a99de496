import { ActivityList } from './ActivityList';
import { Header } from './Header';
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
        <ActivityList />
      </main>
    </div>
  );
}
