import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createCheckedClient } from './bridge/checked-client';
import { resolveBridge } from './bridge/resolve-bridge';
import { App } from './components/App';
import { createAppStore } from './state/app-store';
import { StoreContext } from './state/store-context';
import './styles.css';

const { bridge, onConnection } = resolveBridge();
const store = createAppStore(createCheckedClient(bridge), onConnection);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
);
