import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createCheckedClient } from './bridge/checked-client';
import { resolveBridge } from './bridge/resolve-bridge';
import { App } from './components/App';
import { createAppStore } from './state/app-store';
import { createSetupStore } from './state/setup-store';
import { SetupStoreContext, StoreContext } from './state/store-context';
import './styles.css';

const { bridge, onConnection } = resolveBridge();
const client = createCheckedClient(bridge);
const store = createAppStore(client, onConnection);
const setupStore = createSetupStore(client, onConnection, {
  transport: bridge.transport,
  // Electron hands window.open of an allowed https URL to the system browser; a tab opens a tab.
  openExternal: (url) => void window.open(url, '_blank', 'noopener'),
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <SetupStoreContext.Provider value={setupStore}>
        <App />
      </SetupStoreContext.Provider>
    </StoreContext.Provider>
  </StrictMode>,
);
