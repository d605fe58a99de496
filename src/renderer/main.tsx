import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createCheckedClient } from './bridge/checked-client';
import { resolveBridge } from './bridge/resolve-bridge';
import { App } from './components/App';
import { createAppStore } from './state/app-store';
import { BrowserNotificationsContext, createBrowserNotifications } from './state/browser-notifications';
import { createLogStore, LogStoreContext } from './state/log-store';
import { createOrdersStore, OrdersStoreContext } from './state/orders-store';
import { createReconciliationStore, ReconciliationStoreContext } from './state/reconciliation-store';
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

const locale = () => store.getState().locale;
const logStore = createLogStore(client, locale, onConnection);
const reconciliationStore = createReconciliationStore(client, locale);
const ordersStore = createOrdersStore(client);
const notifications = createBrowserNotifications(client, {
  transport: bridge.transport,
  api: 'Notification' in window ? window.Notification : undefined,
  locale,
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <SetupStoreContext.Provider value={setupStore}>
        <LogStoreContext.Provider value={logStore}>
          <BrowserNotificationsContext.Provider value={notifications}>
            <ReconciliationStoreContext.Provider value={reconciliationStore}>
              <OrdersStoreContext.Provider value={ordersStore}>
                <App />
              </OrdersStoreContext.Provider>
            </ReconciliationStoreContext.Provider>
          </BrowserNotificationsContext.Provider>
        </LogStoreContext.Provider>
      </SetupStoreContext.Provider>
    </StoreContext.Provider>
  </StrictMode>,
);
