import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { translator } from '../i18n/text';
import type { AppState, AppStore } from './app-store';
import type { SetupStore, SetupStoreState } from './setup-store';

export const StoreContext = createContext<AppStore | null>(null);
export const SetupStoreContext = createContext<SetupStore | null>(null);

export function useApp<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useApp outside <StoreContext.Provider>');
  return useStore(store, selector);
}

/** The wizard's and Settings' state (./setup-store.ts). */
export function useSetup<T>(selector: (state: SetupStoreState) => T): T {
  const store = useContext(SetupStoreContext);
  if (!store) throw new Error('useSetup outside <SetupStoreContext.Provider>');
  return useStore(store, selector);
}

export function useText() {
  return translator(useApp((state) => state.locale));
}

export function useLocale() {
  return useApp((state) => state.locale);
}

/** The setup store itself, for reading the latest state inside an event handler. */
export function useSetupStore(): SetupStore {
  const store = useContext(SetupStoreContext);
  if (!store) throw new Error('useSetupStore outside <SetupStoreContext.Provider>');
  return store;
}
